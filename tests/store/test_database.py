"""The database file: migrating forward after a backup, damage, backups, a read-only folder."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys

import pytest
from storehelp import HERE, Clock, child_env, run_child, sample

from kabar_desktop.store import SCHEMA_VERSION, DraftStore, StoreError, codec, database_path
from kabar_desktop.store.backups import BACKUPS_KEPT, list_backups

# Version 1 of the schema exactly as it was released (no search index), frozen here.
V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE drafts (
    id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT NOT NULL DEFAULT '', event_date TEXT,
    organizer TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'ready', 'sent')),
    created REAL NOT NULL, changed REAL NOT NULL, trashed REAL, head INTEGER);
CREATE INDEX drafts_live_by_changed ON drafts (changed) WHERE trashed IS NULL;
CREATE TABLE revisions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    draft_id INTEGER NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
    saved REAL NOT NULL, kind TEXT NOT NULL, content TEXT NOT NULL);
CREATE INDEX revisions_by_draft ON revisions (draft_id, saved);
CREATE TABLE photos (id INTEGER PRIMARY KEY, sha256 TEXT NOT NULL UNIQUE,
    media_type TEXT NOT NULL, width INTEGER NOT NULL, height INTEGER NOT NULL,
    data BLOB NOT NULL);
CREATE TABLE revision_photos (
    revision_id INTEGER NOT NULL REFERENCES revisions (id) ON DELETE CASCADE,
    sha256 TEXT NOT NULL, PRIMARY KEY (revision_id, sha256)) WITHOUT ROWID;
CREATE INDEX revision_photos_by_sha ON revision_photos (sha256);
PRAGMA user_version = 1;
"""


def _v1_database() -> None:
    path = database_path()
    path.parent.mkdir(parents=True)
    conn = sqlite3.connect(path)
    conn.executescript(V1)
    draft = sample()
    draft.title = "Draf lama dari versi satu"
    conn.execute(
        "INSERT INTO drafts (id, title, organizer, created, changed, head) "
        "VALUES (7, ?, ?, 1, 2, 70)",
        (draft.title, draft.organizer),
    )
    conn.execute(
        "INSERT INTO revisions (id, draft_id, saved, kind, content) VALUES (70, 7, 2, 'import', ?)",
        (codec.encode(draft),),
    )
    conn.commit()
    conn.close()


def test_an_older_schema_is_migrated_after_a_backup_copy():
    _v1_database()
    before = database_path().read_bytes()
    store = DraftStore.open(session=True)
    try:
        result = store.opened
        assert result.migrated_from == 1
        assert result.migration_backup is not None and result.migration_backup.exists()
        assert result.notices()
        backup = sqlite3.connect(result.migration_backup)
        assert backup.execute("PRAGMA user_version").fetchone()[0] == 1
        assert (
            backup.execute("SELECT title FROM drafts").fetchone()[0] == "Draf lama dari versi satu"
        )
        backup.close()
        assert len(before) > 0
        assert store.db.query("PRAGMA user_version")[0][0] == SCHEMA_VERSION
        assert [r.id for r in store.search("versi satu")] == [7]  # indexed by the migration
        assert store.load(7).title == "Draf lama dari versi satu"
        assert store.create(sample()) == 8
    finally:
        store.close()
    again = DraftStore.open()
    assert again.opened.migrated_from is None
    again.close()


def test_a_newer_schema_is_refused_and_left_alone():
    store = DraftStore.open()
    store.create(sample())
    store.db.conn.execute("PRAGMA user_version = 99")
    store.close()
    with pytest.raises(StoreError) as err:
        DraftStore.open()
    assert err.value.kind == "newer"
    assert "99" in err.value.message()
    conn = sqlite3.connect(database_path())
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 99
    assert conn.execute("SELECT count(*) FROM drafts").fetchone()[0] == 1
    conn.close()


def _store_with_backup(clock: Clock) -> int:
    store = DraftStore.open(session=True, clock=clock)
    draft_id = store.create(sample())
    store.close()
    store = DraftStore.open(session=True, clock=clock)  # a second start copies the database
    assert len(store.db.backups()) == 1
    store.close()
    return draft_id


def test_a_damaged_database_is_set_aside_and_the_backup_used():
    clock = Clock()
    draft_id = _store_with_backup(clock)
    store = DraftStore.open(clock=clock)
    store.create(sample())  # after the backup: lost with the damaged file
    store.close()
    path = database_path()
    garbage = os.urandom(path.stat().st_size)
    path.write_bytes(garbage)
    store = DraftStore.open(session=True, clock=clock)
    try:
        result = store.opened
        assert result.corrupt_copy is not None and result.corrupt_copy.read_bytes() == garbage
        assert result.corrupt_copy.name.startswith("kabar-corrupt-")
        assert result.restored_from is not None and not result.started_empty
        assert result.notices()
        assert [r.id for r in store.list()] == [draft_id]
        assert store.load(draft_id) == sample()
        assert store.db.query("PRAGMA integrity_check")[0][0] == "ok"
    finally:
        store.close()


def test_damage_inside_the_file_is_found_at_the_next_start():
    clock = Clock()
    _store_with_backup(clock)
    store = DraftStore.open(clock=clock)
    for _ in range(40):  # enough pages that damage in the middle hits the tables
        store.create(sample())
    store.close()
    path = database_path()
    data = bytearray(path.read_bytes())
    page = 4096
    for n in range(2, len(data) // page, 3):
        data[n * page + 8 : n * page + 200] = os.urandom(192)
    path.write_bytes(bytes(data))
    store = DraftStore.open(session=True, clock=clock)
    assert store.opened.corrupt_copy is not None
    assert store.opened.restored_from is not None
    assert len(store.list()) == 1
    store.close()


def test_without_a_backup_a_damaged_database_starts_empty():
    store = DraftStore.open()
    store.create(sample())
    store.close()
    database_path().write_bytes(b"this is not a database at all" * 200)
    store = DraftStore.open()
    assert store.opened.started_empty and store.opened.corrupt_copy.exists()
    assert store.opened.notices()
    assert store.list() == []
    store.create(sample())
    store.close()


def test_backups_are_whole_standalone_files_and_only_a_few_are_kept():
    clock = Clock()
    store = DraftStore.open(clock=clock)
    store.create(sample())
    for _ in range(BACKUPS_KEPT + 3):
        clock.advance(2 * 86400)
        store.db.backup()
    backups = list_backups(database_path())
    assert len(backups) == BACKUPS_KEPT
    copy = sqlite3.connect(backups[0])
    assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert copy.execute("SELECT count(*) FROM drafts").fetchone()[0] == 1
    copy.close()
    store.close()


def _without_write_permission() -> list[str] | None:
    """A command prefix under which the data folder's permissions hold (root ignores them)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    caps = "-dac_override,-dac_read_search"
    return [setpriv, f"--inh-caps={caps}", f"--bounding-set={caps}"]


def test_a_read_only_data_folder_is_a_message_and_the_drafts_stay():
    prefix = _without_write_permission()
    if prefix is None:
        pytest.skip("running as root without setpriv: permissions cannot be enforced")
    store = DraftStore.open()
    draft_id = store.create(sample())
    store.close()
    folder = database_path().parent
    before = database_path().read_bytes()
    folder.chmod(0o555)
    try:
        done = subprocess.run(
            [*prefix, sys.executable, str(HERE / "save_child.py"), str(draft_id), "100"],
            env=child_env(),
            capture_output=True,
            text=True,
            timeout=60,
        )
    finally:
        folder.chmod(0o755)
    assert done.returncode == 3, done.stderr
    assert done.stdout.startswith("ERROR readonly"), done.stdout
    assert "Traceback" not in done.stderr
    assert database_path().read_bytes() == before
    store = DraftStore.open()
    assert store.load(draft_id) == sample()
    store.close()


def test_the_fault_child_saves_when_nothing_is_wrong():
    store = DraftStore.open()
    draft_id = store.create(sample())
    store.close()
    done = run_child("save_child.py", str(draft_id), "1000")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("SAVED ")
