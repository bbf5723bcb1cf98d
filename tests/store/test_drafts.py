"""The drafts store: round trips, the browser's list, search, trash, duplicates, sessions."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from conftest import jpeg_bytes
from storehelp import Clock, sample

from kabar_desktop.model.draft import Paragraph, Photo, Speaker, Statement
from kabar_desktop.store import DraftStore, StoreError, codec


@pytest.fixture
def store():
    s = DraftStore.open(session=True)
    yield s
    s.close()


def _with_photo():
    draft = sample()
    draft.photos.append(Photo(file="pembukaan.jpg", caption="Pembukaan", credit="Dok. Humas"))
    draft.photos[0].data = jpeg_bytes()
    draft.photos[0].media_type, draft.photos[0].width, draft.photos[0].height = (
        "image/jpeg",
        640,
        427,
    )
    return draft


def test_a_draft_round_trips_with_its_photos(store):
    draft = _with_photo()
    draft_id = store.create(draft)
    again = store.load(draft_id)
    assert again == draft
    assert again.photos[0].data == draft.photos[0].data
    assert (again.photos[0].width, again.photos[0].height) == (640, 427)
    assert again.photos[0].media_type == "image/jpeg"


def test_a_save_writes_a_revision_only_when_the_content_changed(store):
    draft = sample()
    draft_id = store.create(draft)
    first = store.history(draft_id)[0].id
    assert store.save(draft_id, draft) == first
    assert store.save(draft_id, sample()) == first  # equal content, another object
    draft.title += "!"
    second = store.save(draft_id, draft)
    assert second != first
    assert [r.id for r in store.history(draft_id)] == [second, first]
    assert store.history(draft_id)[0].current
    assert store.row(draft_id).title.endswith("!")


@pytest.mark.parametrize("odd", ["\ud800", "\x00", "a\udfffb\x00c", "\U0001f600\ud83d"])
def test_text_sqlite_cannot_hold_round_trips_exactly(store, odd):
    draft = sample()
    draft.title = f"Judul {odd}"
    draft.organizer = odd
    draft.paragraphs.append(Paragraph(f"paragraf {odd} akhir"))
    draft.speakers.append(Speaker(name=odd, statements=[Statement(text=odd)]))
    draft_id = store.create(draft)
    draft.paragraphs.append(Paragraph(odd))
    store.save(draft_id, draft)
    store.close()
    again = DraftStore.open()
    try:
        assert again.load(draft_id) == draft
        row = again.row(draft_id)
        assert row.title.startswith("Judul ")
        row.title.encode("utf-8")  # the list holds displayable text
        assert [r.id for r in again.search("paragraf akhir")] == [draft_id]
    finally:
        again.close()


def test_stored_text_is_plain_ascii_json():
    draft = sample()
    draft.title = "Kupang \ud800\x00 é"
    text = codec.encode(draft)
    assert text.isascii()
    assert codec.decode(text)[0] == draft


def _drafts(store: DraftStore, clock: Clock) -> dict[str, int]:
    ids = {}
    for name, organizer, date in [
        ("Bakti Sosial", "Lapas Atambua", dt.date(2024, 5, 1)),
        ("Apel Pagi", "Rudenim Kupang", dt.date(2024, 9, 25)),
        ("Coaching Clinic", "Rudenim Kupang", None),
    ]:
        draft = sample()
        draft.title, draft.organizer, draft.date = name, organizer, date
        clock.advance(10)
        ids[name] = store.create(draft)
    return ids


def test_the_browser_list_sorts_and_filters():
    clock = Clock()
    store = DraftStore.open(clock=clock)
    ids = _drafts(store, clock)
    newest_first = [r.id for r in store.list()]
    assert newest_first == [ids["Coaching Clinic"], ids["Apel Pagi"], ids["Bakti Sosial"]]
    assert [r.title for r in store.list(sort="title", descending=False)] == [
        "Apel Pagi",
        "Bakti Sosial",
        "Coaching Clinic",
    ]
    assert {r.id for r in store.list(organizer="Rudenim Kupang")} == {
        ids["Apel Pagi"],
        ids["Coaching Clinic"],
    }
    assert [r.id for r in store.list(date_from=dt.date(2024, 6, 1))] == [ids["Apel Pagi"]]
    store.set_status(ids["Apel Pagi"], "ready")
    assert [r.id for r in store.list(status="ready")] == [ids["Apel Pagi"]]
    row = store.row(ids["Apel Pagi"])
    assert (row.status, row.event_date, row.organizer) == (
        "ready",
        dt.date(2024, 9, 25),
        "Rudenim Kupang",
    )
    assert store.organizers() == ["Lapas Atambua", "Rudenim Kupang"]
    with pytest.raises(ValueError):
        store.set_status(ids["Apel Pagi"], "published")
    store.close()


def test_search_covers_everything_written_with_prefixes_and_without_accents(store):
    draft = sample()
    draft.photos.append(Photo(file="x.jpg", caption="Suasana kafetaria"))
    draft.speakers[0].statements.append(Statement(kind="quote", text="Pelayanan prima café"))
    draft_id = store.create(draft)
    other = store.create(_with_photo())
    for query in ["kafetaria", "kafet", "RENALDY", "prima cafe", "café", "renal kehumas"]:
        assert draft_id in [r.id for r in store.search(query)], query
    assert [r.id for r in store.search("kafetaria")] == [draft_id]
    assert store.search_ids("kafetaria") == [draft_id] == store.search_ids("kafet", ranked=True)
    assert sorted(store.search_ids("rudenim")) == sorted([draft_id, other])
    assert other in [r.id for r in store.search("Rudenim")]
    assert store.search("tidakadakatainidimanapun") == []


HOSTILE = [
    '"',
    '""',
    '"unterminated',
    "*",
    "**",
    "a*b",
    "NEAR(",
    "NEAR(a b",
    "-",
    "-rudenim",
    "AND",
    "OR NOT",
    "rudenim AND",
    "(",
    ")",
    "^",
    "title:rudenim",
    "body : x",
    "{title body}: x",
    "\U0001f600",
    "\U0001f600 rudenim \U0001f4f0",
    "\x00",
    "\ud800",
    "'; DROP TABLE drafts; --",
    "x" * 10_000,
    " ".join(["kata"] * 500),
    "   ",
    "",
]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_never_fail(store, query):
    draft_id = store.create(sample())
    found = store.search(query)
    assert isinstance(found, list)
    if "rudenim" in query.lower() and ":" not in query:
        assert draft_id in [r.id for r in found]
    assert store.list()  # the store still works


def test_trash_restore_and_empty(store):
    keep, gone = store.create(sample()), store.create(_with_photo())
    store.trash(gone)
    assert [r.id for r in store.list()] == [keep]
    assert [r.id for r in store.list(trashed=True)] == [gone]
    assert gone not in [r.id for r in store.search("Rudenim")]
    store.restore(gone)
    assert {r.id for r in store.search("Rudenim")} == {keep, gone}
    store.trash(gone)
    assert store.empty_trash() == 1
    assert store.list(trashed=True) == []
    with pytest.raises(StoreError) as err:
        store.load(gone)
    assert err.value.kind == "missing"
    conn = store.db.conn
    assert conn.execute("SELECT count(*) FROM photos").fetchone()[0] == 0  # nothing refers
    assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0  # the space went back
    assert (
        conn.execute("SELECT count(*) FROM revisions WHERE draft_id = ?", (gone,)).fetchone()[0]
        == 0
    )
    assert [r.id for r in store.search("Rudenim")] == [keep]
    assert conn.execute("INSERT INTO search(search) VALUES ('integrity-check')") is not None
    assert store.create(sample()) > gone  # ids are never reused


def test_duplicate_makes_a_new_draft_with_its_own_history(store):
    source = store.create(_with_photo())
    store.set_status(source, "sent")
    copy_id = store.duplicate(source)
    assert copy_id != source
    assert store.load(copy_id) == store.load(source)
    assert store.row(copy_id).status == "draft"
    assert [r.kind for r in store.history(copy_id)] == ["duplicate"]
    store.trash(source)
    store.empty_trash()
    assert store.load(copy_id).photos[0].data == jpeg_bytes()  # the photo is still there


def test_unknown_ids_are_a_message_not_a_crash(store):
    for call in (
        lambda: store.load(404),
        lambda: store.save(404, sample()),
        lambda: store.trash(404),
        lambda: store.restore(404),
        lambda: store.set_status(404, "sent"),
        lambda: store.history(404),
        lambda: store.load_revision(404),
    ):
        with pytest.raises(StoreError) as err:
            call()
        assert err.value.kind == "missing"
        assert "404" in err.value.message()


def test_the_next_start_knows_whether_kabar_crashed():
    store = DraftStore.open(session=True)
    draft_id = store.create(sample())
    store.set_last_opened(draft_id)
    store.close(clean=False)  # as good as a kill: the session was never marked ended
    again = DraftStore.open(session=True)
    assert again.opened.crashed
    assert again.opened.last_opened == draft_id == again.last_opened
    assert again.opened.notices()
    again.close()
    third = DraftStore.open(session=True)
    assert not third.opened.crashed
    assert not third.opened.notices()
    third.close()


def test_the_command_line_does_not_end_the_windows_session():
    window = DraftStore.open(session=True)
    cli = DraftStore.open()
    cli.close()
    window.db.conn.close()  # the window dies without closing
    again = DraftStore.open(session=True)
    assert again.opened.crashed
    again.close()


def test_bulk_is_one_transaction(store):
    with pytest.raises(RuntimeError), store.bulk():
        store.create(sample())
        store.create(sample())
        raise RuntimeError
    assert store.list() == []


def test_the_database_is_wal_with_full_sync(store):
    conn = store.db.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert isinstance(conn, sqlite3.Connection)


def test_what_the_writer_ignored_survives_the_store(store):
    draft = sample()
    draft.check_ignores = {"rules": ["W9"]}
    draft_id = store.create(draft)
    assert store.load(draft_id).check_ignores == {"rules": ["W9"]}
