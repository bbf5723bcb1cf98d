"""Faults inside one process: a full database, error mapping, a store that keeps working."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from storehelp import sample

from kabar_desktop.model.draft import Paragraph
from kabar_desktop.store import DraftStore, StoreError
from kabar_desktop.store.errors import from_sqlite


def test_a_full_database_keeps_the_last_saved_version_and_recovers():
    store = DraftStore.open()
    draft = sample()
    draft_id = store.create(draft)
    pages = store.db.query("PRAGMA page_count")[0][0]
    store.db.query(f"PRAGMA max_page_count = {pages + 2}")  # SQLite's own "disk full"
    big = sample()
    big.paragraphs.append(Paragraph("kata " * 200_000))
    with pytest.raises(StoreError) as err:
        store.save(draft_id, big)
    assert err.value.kind == "full"
    assert "kept" in err.value.message()
    with pytest.raises(StoreError):
        store.create(big)
    assert store.load(draft_id) == draft
    assert len(store.history(draft_id)) == 1 and len(store.list()) == 1
    store.db.query("PRAGMA max_page_count = 1073741823")  # space again: saving works
    store.save(draft_id, big)
    assert store.load(draft_id) == big
    assert store.db.query("PRAGMA integrity_check") == [("ok",)]
    store.close()


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        (13, "full"),
        (8, "readonly"),
        (10 | (4 << 8), "io"),
        (11, "corrupt"),
        (26, "corrupt"),
        (5, "busy"),
        (18, "toobig"),
        (1, "other"),
    ],
)
def test_sqlite_errors_become_messages(code, kind, tmp_path):
    exc = sqlite3.OperationalError("something failed")
    exc.sqlite_errorcode = code
    error = from_sqlite(exc, tmp_path / "kabar.sqlite")
    assert error.kind == kind
    assert error.message() and "{" not in error.message()


def test_a_unicode_error_is_a_message_not_a_crash(tmp_path):
    error = from_sqlite(UnicodeEncodeError("utf-8", "\ud800", 0, 1, "surrogates"), Path("x"))
    assert error.kind == "other"


def test_messages_are_translated_by_the_caller():
    from kabar_desktop.store.errors import MESSAGES, store_error

    catalog = {MESSAGES["readonly"]: "folder data Kabar {folder} tidak dapat ditulisi"}
    error = store_error("readonly", folder="/data")
    assert (
        error.message(lambda s: catalog.get(s, s)) == "folder data Kabar /data tidak dapat ditulisi"
    )
