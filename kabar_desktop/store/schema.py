"""The database schema, one migration per version, each run in its own transaction.

``PRAGMA user_version`` holds the version. A migration is never edited once released: a
change to the schema is a new migration, so every older database walks forward step by step
(after a backup copy, see database.py).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from . import codec, photo_migration

STATUSES = ("draft", "ready", "sent")

# Ids are never reused (AUTOINCREMENT): ``kabar export 12`` and the history must not find
# another draft where an emptied one was.
_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE drafts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT NOT NULL DEFAULT '',
    event_date TEXT,
    organizer TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'ready', 'sent')),
    created REAL NOT NULL,
    changed REAL NOT NULL,
    trashed REAL,
    head INTEGER
);
CREATE INDEX drafts_live_by_changed ON drafts (changed) WHERE trashed IS NULL;
CREATE TABLE revisions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    draft_id INTEGER NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
    saved REAL NOT NULL,
    kind TEXT NOT NULL,
    content TEXT NOT NULL
);
CREATE INDEX revisions_by_draft ON revisions (draft_id, saved);
CREATE TABLE photos (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,
    media_type TEXT NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    data BLOB NOT NULL
);
CREATE TABLE revision_photos (
    revision_id INTEGER NOT NULL REFERENCES revisions (id) ON DELETE CASCADE,
    sha256 TEXT NOT NULL,
    PRIMARY KEY (revision_id, sha256)
) WITHOUT ROWID;
CREATE INDEX revision_photos_by_sha ON revision_photos (sha256);
"""

# Version 1 + the full-text index over everything written in a draft (title weighs more),
# keyed by the draft's id. Contentless: the text is in ``revisions`` already, and a copy would
# double the file. Removing a draft's entry needs the text it was indexed with, which
# ``codec.search_text`` recomputes from the stored content: changing what it returns needs a
# migration that rebuilds the index ('delete-all', then insert every draft).
_V2 = """
CREATE VIRTUAL TABLE search USING fts5 (
    title, body, content = '', tokenize = 'unicode61 remove_diacritics 2'
);
"""


def _v1(conn: sqlite3.Connection) -> None:
    for statement in _V1.split(";"):
        if statement.strip():
            conn.execute(statement)


def _v2(conn: sqlite3.Connection) -> None:
    conn.execute(_V2)
    rows = conn.execute(
        "SELECT d.id, r.content FROM drafts d JOIN revisions r ON r.id = d.head"
    ).fetchall()
    for draft_id, content in rows:
        title, body = codec.search_text(codec.decode(content)[0])
        conn.execute(
            "INSERT INTO search (rowid, title, body) VALUES (?, ?, ?)", (draft_id, title, body)
        )


# Version 2 + what syncing with the regional office needs (kabar_desktop/sync/, docs/sync.md).
# ``sync_drafts`` is keyed by the draft's world-wide uuid and outlives the draft row (ON DELETE
# SET NULL): a draft emptied from the trash still owes the other offices its tombstone.
# ``rev``/``gen``/``ancestors`` are the last revision agreed with a target (NULL: never sent);
# ``head`` is ``drafts.head`` at that moment, so "changed since" is one comparison, and
# ``digest`` tells a real change from an edit undone. ``review``/``remark`` are the Kanwil's
# status; ``meta_changed`` says they changed since ``rev``. ``conflict_of`` marks a conflict
# copy (the uuid of the draft it disagrees with). ``pending`` is the revision being sent (JSON),
# written before the upload: after a crash, finding it on the target means it was sent.
# ``base``: when ``rev`` merely settled a conflict, the revision whose content it carries.
# ``sync_targets`` remembers, per target, the change stamps seen at the last sync (a
# nothing-changed sync reads only those).
_V3 = """
CREATE TABLE sync_drafts (
    uuid TEXT PRIMARY KEY,
    draft_id INTEGER UNIQUE REFERENCES drafts (id) ON DELETE SET NULL,
    origin TEXT NOT NULL DEFAULT '',
    review TEXT NOT NULL DEFAULT ''
        CHECK (review IN ('', 'accepted', 'needs_changes', 'published')),
    remark TEXT NOT NULL DEFAULT '',
    meta_changed INTEGER NOT NULL DEFAULT 0,
    conflict_of TEXT,
    rev TEXT,
    gen INTEGER NOT NULL DEFAULT 0,
    ancestors TEXT NOT NULL DEFAULT '',
    head INTEGER,
    deleted INTEGER NOT NULL DEFAULT 0,
    digest TEXT,
    pending TEXT,
    base TEXT
) WITHOUT ROWID;
CREATE INDEX sync_drafts_conflicts ON sync_drafts (conflict_of) WHERE conflict_of IS NOT NULL;
CREATE TABLE sync_targets (
    target TEXT PRIMARY KEY,
    stamps TEXT NOT NULL DEFAULT '',
    stamp_pending INTEGER NOT NULL DEFAULT 0,
    synced INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
"""


def _v3(conn: sqlite3.Connection) -> None:
    for statement in _V3.split(";"):
        if statement.strip():
            conn.execute(statement)


# Version 3 + every stored photo through the one photo door, references following, and
# ``withheld_photos`` for the photos it refuses (photo_migration.py; issue 12).

# Version 4 + the Kanwil desk (issue 16, docs/desk.md). ``sent`` is when the sending office
# first sent the draft (its clock, epoch seconds; the desk's "day" and the month's report),
# ``arrived`` when this office first received it; ``published_url``/``published_on`` go with
# the verdict "published". ``remarks`` are the Kanwil's remarks anchored to a field path or a
# sentence: ``rid`` is world-wide (they travel in the bundle's metadata), ``done`` is set by
# the writer at the UPT. The indexes serve the desk: by office and day, newest first.
_V5 = """
ALTER TABLE sync_drafts ADD COLUMN sent REAL;
ALTER TABLE sync_drafts ADD COLUMN arrived REAL;
ALTER TABLE sync_drafts ADD COLUMN published_url TEXT NOT NULL DEFAULT '';
ALTER TABLE sync_drafts ADD COLUMN published_on TEXT NOT NULL DEFAULT '';
CREATE INDEX sync_drafts_by_origin_sent ON sync_drafts (origin, sent);
CREATE INDEX sync_drafts_by_sent ON sync_drafts (sent);
CREATE TABLE remarks (
    rid TEXT PRIMARY KEY,
    uuid TEXT NOT NULL REFERENCES sync_drafts (uuid) ON DELETE CASCADE,
    anchor TEXT NOT NULL DEFAULT '',
    quote TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    author TEXT NOT NULL DEFAULT '',
    created REAL NOT NULL,
    done INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX remarks_by_draft ON remarks (uuid, created);
"""


def _v5(conn: sqlite3.Connection) -> None:
    for statement in _V5.split(";"):
        if statement.strip():
            conn.execute(statement)


MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: _v1,
    2: _v2,
    3: _v3,
    4: photo_migration.migrate,
    5: _v5,
}
SCHEMA_VERSION = max(MIGRATIONS)
