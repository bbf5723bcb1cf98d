"""A database of schema version 4 (before the Kanwil desk) opens as version 5 after a backup
copy, its synced drafts and verdicts kept, and syncs on with the new metadata (issue 16)."""

from __future__ import annotations

from storehelp import sample
from v3_store import user_version

from kabar_desktop.store import DraftStore, remarks
from kabar_desktop.store import sync_state as state
from kabar_desktop.store.database import Database, OpenResult, _connect
from kabar_desktop.store.schema import MIGRATIONS, SCHEMA_VERSION


def _v4_store(path, clock) -> DraftStore:
    conn = _connect(path)
    for version in (1, 2, 3, 4):
        conn.execute("BEGIN IMMEDIATE")
        MIGRATIONS[version](conn)
        conn.execute(f"PRAGMA user_version = {version}")
        conn.execute("COMMIT")
    return DraftStore(Database(path, conn, clock, OpenResult(path=path)), clock)


def _v4_row(store: DraftStore, draft_id: int) -> None:
    """A draft as a version-4 Kabar synced it: identity, revision, the Kanwil's verdict."""
    with store.db.transaction() as c:
        c.execute(
            "INSERT INTO sync_drafts (uuid, draft_id, origin, review, remark, rev, gen, head, "
            "digest) VALUES (?, ?, 'Rudenim Kupang', 'needs_changes', 'Judul terlalu panjang', "
            "?, 1, (SELECT head FROM drafts WHERE id = ?), 'x')",
            ("a" * 32, draft_id, "b" * 24, draft_id),
        )


def test_a_version_4_database_is_backed_up_then_migrated(tmp_path):
    assert SCHEMA_VERSION == 5
    path = tmp_path / "data" / "kabar.sqlite"
    path.parent.mkdir()
    clock = lambda: 1_764_547_200.0  # noqa: E731
    old = _v4_store(path, clock)
    draft_id = old.create(sample())
    _v4_row(old, draft_id)
    old.close()
    assert user_version(path) == 4

    store = DraftStore.open(path, clock=clock)
    try:
        backup = store.db.opened.migration_backup
        assert backup is not None and backup.name.endswith("-before-v5.sqlite")
        assert user_version(backup) == 4 and user_version(path) == 5
        row = state.for_draft(store, draft_id)
        assert row is not None
        assert (row.origin, row.review, row.remark) == (
            "Rudenim Kupang", "needs_changes", "Judul terlalu panjang"
        )  # fmt: skip
        assert (row.sent, row.arrived, row.published_url, row.published_on) == (None, None, "", "")
        assert remarks.for_draft(store, draft_id) == []
        # the new columns and table work on the migrated file
        remarks.add(store, draft_id, "title", "Sebut tempatnya")
        state.set_published(store, draft_id, "https://kemenkumham.go.id/a", "2025-12-01", "")
        row = state.for_draft(store, draft_id)
        assert row is not None and row.published_url == "https://kemenkumham.go.id/a"
    finally:
        store.close()
