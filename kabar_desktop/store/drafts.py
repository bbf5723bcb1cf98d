"""Every draft, in Kabar's database: save, load, list, search, trash, duplicate.

A draft is a row in ``drafts`` (what the browser lists, copied out of the content so the list
query reads no JSON) and its versions in ``revisions``; ``drafts.head`` is the current one.
A save is one transaction that writes a new revision only when the content changed, so the
window may autosave as often as it likes.
"""

from __future__ import annotations

import builtins
import contextlib
import datetime as dt
import functools
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from kabar_desktop.model.draft import Draft
from kabar_desktop.model.problems import N_

from . import codec, history
from .database import Clock, Database
from .errors import missing_draft
from .schema import STATUSES

STATUS_LABELS = {"draft": N_("draft"), "ready": N_("ready to send"), "sent": N_("sent")}
SORT_COLUMNS = {
    "changed": "d.changed",
    "created": "d.created",
    "title": "d.title COLLATE NOCASE",
    "event_date": "d.event_date",
    "organizer": "d.organizer COLLATE NOCASE",
    "status": "d.status",
}
THIN_EVERY = 60.0  # seconds between two thinnings of one draft's history


class DraftRow(NamedTuple):
    """One line of the drafts browser (a tuple: 10,000 of them are built in milliseconds)."""

    id: int
    title: str
    event_date: dt.date | None
    organizer: str
    status: str
    changed: float
    created: float
    trashed: float | None


_ROW = "d.id, d.title, d.event_date, d.organizer, d.status, d.changed, d.created, d.trashed"


@functools.lru_cache(maxsize=8192)
def _date(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _rows(rows: list[tuple]) -> list[DraftRow]:
    return [DraftRow(i, t, _date(d), o, s, c, cr, tr) for i, t, d, o, s, c, cr, tr in rows]


class DraftStore:
    """The drafts in one database. ``clock`` is injectable so tests can age the history."""

    def __init__(self, db: Database, clock: Clock | None = None):
        self.db = db
        self.clock = clock or db.clock
        self._digest = codec.DigestCache()
        self._thinned: dict[int, float] = {}

    @classmethod
    def open(
        cls, path: Path | None = None, *, session: bool = False, clock: Clock = time.time
    ) -> DraftStore:
        return cls(Database.open(path, session=session, clock=clock), clock)

    @property
    def opened(self):
        """What happened at opening (recovery, migration, a crash): ``OpenResult``."""
        return self.db.opened

    def close(self, clean: bool = True) -> None:
        self.db.close(clean)

    def bulk(self):
        """One transaction around many calls (importing many drafts at once)."""
        return self.db.transaction()

    # --- writing ---------------------------------------------------------------------------
    def create(self, draft: Draft, kind: str = "create") -> int:
        """Store a new draft; its id."""
        text = codec.encode(draft, self._digest)
        now = self.clock()
        with self.db.transaction() as c:
            draft_id = c.execute(
                "INSERT INTO drafts (created, changed) VALUES (?, ?)", (now, now)
            ).lastrowid
            assert draft_id is not None  # an INSERT always gives one
            self._write(c, draft_id, draft, text, now, kind, None)
        return draft_id

    def save(self, draft_id: int, draft: Draft, kind: str = "edit") -> int:
        """Store the draft's current content; the id of its current revision.

        Nothing is written when the content is what was saved last, so this is cheap to call
        on every pause in typing, on switching drafts and on quitting.
        """
        text = codec.encode(draft, self._digest)
        now = self.clock()
        with self.db.transaction() as c:
            row = c.execute(
                "SELECT r.id, r.content FROM drafts d JOIN revisions r ON r.id = d.head "
                "WHERE d.id = ?",
                (draft_id,),
            ).fetchone()
            if row is None:
                raise missing_draft(draft_id)
            if row[1] == text:
                return row[0]
            revision = self._write(c, draft_id, draft, text, now, kind, row[1])
            if now - self._thinned.get(draft_id, 0.0) >= THIN_EVERY:
                self._thinned[draft_id] = now
                history.thin(c, draft_id, now)
        return revision

    def _write(
        self, c, draft_id: int, draft: Draft, text: str, now: float, kind: str, old: str | None
    ) -> int:
        refs = []
        for photo in draft.photos:
            if photo.data is None:
                continue
            sha = self._digest(photo.data)
            refs.append(sha)
            if c.execute("SELECT 1 FROM photos WHERE sha256 = ?", (sha,)).fetchone() is None:
                c.execute(
                    "INSERT INTO photos (sha256, media_type, width, height, data) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (sha, photo.media_type, photo.width, photo.height, photo.data),
                )
        revision = c.execute(
            "INSERT INTO revisions (draft_id, saved, kind, content) VALUES (?, ?, ?, ?)",
            (draft_id, now, kind, text),
        ).lastrowid
        c.executemany(
            "INSERT OR IGNORE INTO revision_photos (revision_id, sha256) VALUES (?, ?)",
            [(revision, sha) for sha in refs],
        )
        c.execute(
            "UPDATE drafts SET title = ?, event_date = ?, organizer = ?, changed = ?, head = ? "
            "WHERE id = ?",
            (
                codec.storable(draft.title),
                draft.date.isoformat() if draft.date else None,
                codec.storable(draft.organizer),
                now,
                revision,
                draft_id,
            ),
        )
        if old is not None:
            _unindex(c, draft_id, old)
        c.execute(
            "INSERT INTO search (rowid, title, body) VALUES (?, ?, ?)",
            (draft_id, *codec.search_text(draft)),
        )
        return revision

    def duplicate(self, draft_id: int) -> int:
        """A new draft holding the current content of ``draft_id`` (its history starts anew)."""
        return self.create(self.load(draft_id), kind="duplicate")

    def set_status(self, draft_id: int, status: str) -> None:
        if status not in STATUSES:
            raise ValueError(f"unknown status {status!r}")
        self._update(draft_id, "UPDATE drafts SET status = ?, changed = ? WHERE id = ?", status)

    def trash(self, draft_id: int) -> None:
        """Move to the trash: hidden from the list and search, restorable until emptied."""
        self._update(draft_id, "UPDATE drafts SET trashed = ? WHERE id = ?")

    def restore(self, draft_id: int) -> None:
        """Take a draft back out of the trash."""
        with self.db.transaction() as c:
            cursor = c.execute("UPDATE drafts SET trashed = NULL WHERE id = ?", (draft_id,))
            if cursor.rowcount == 0:
                raise missing_draft(draft_id)

    def _update(self, draft_id: int, sql: str, *params) -> None:
        with self.db.transaction() as c:
            if c.execute(sql, (*params, self.clock(), draft_id)).rowcount == 0:
                raise missing_draft(draft_id)

    def empty_trash(self, ids: list[int] | None = None) -> int:
        """Delete trashed drafts (all, or those of ``ids``) with their history; how many."""
        with self.db.transaction() as c:
            gone = [
                r[0]
                for r in c.execute("SELECT id FROM drafts WHERE trashed IS NOT NULL").fetchall()
                if ids is None or r[0] in ids
            ]
            for draft_id in gone:
                head = c.execute(
                    "SELECT r.content FROM drafts d JOIN revisions r ON r.id = d.head "
                    "WHERE d.id = ?",
                    (draft_id,),
                ).fetchone()
                if head is not None:
                    _unindex(c, draft_id, head[0])
                c.execute("DELETE FROM drafts WHERE id = ?", (draft_id,))
            if gone:
                history.collect_photos(c)
        if gone:  # give the space back to the disk; not needed for anything to work
            with contextlib.suppress(sqlite3.Error):
                self.db.conn.executescript("PRAGMA incremental_vacuum;")  # steps to the end
        return len(gone)

    # --- reading ---------------------------------------------------------------------------
    def load(self, draft_id: int, *, photos: bool = True) -> Draft:
        """The draft's current content, photos included unless ``photos`` is false (a check
        reads captions, not images, as ``read_draft(load_photos=False)`` does for a file)."""
        rows = self.db.query(
            "SELECT r.content FROM drafts d JOIN revisions r ON r.id = d.head WHERE d.id = ?",
            (draft_id,),
        )
        if not rows:
            raise missing_draft(draft_id)
        return self.decode(rows[0][0]) if photos else codec.decode(rows[0][0])[0]

    def decode(self, text: str) -> Draft:
        draft, refs = codec.decode(text)
        shas = sorted({sha for sha in refs if sha})
        if not shas:
            return draft
        found = {
            r[0]: r[1:]
            for r in self.db.query(
                "SELECT sha256, media_type, width, height, data FROM photos "
                f"WHERE sha256 IN ({','.join('?' * len(shas))})",
                shas,
            )
        }
        for photo, sha in zip(draft.photos, refs, strict=True):
            if sha in found:
                photo.media_type, photo.width, photo.height, photo.data = found[sha]
        return draft

    def row(self, draft_id: int) -> DraftRow:
        rows = self.db.query(f"SELECT {_ROW} FROM drafts d WHERE d.id = ?", (draft_id,))
        if not rows:
            raise missing_draft(draft_id)
        return _rows(rows)[0]

    def list(
        self,
        *,
        query: str = "",
        status: str | None = None,
        organizer: str | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        trashed: bool = False,
        sort: str = "changed",
        descending: bool = True,
        limit: int | None = None,
    ) -> list[DraftRow]:
        """The drafts browser's rows: filtered, searched (``query``), sorted.

        ``sort="rank"`` orders search results by relevance; ``trashed=True`` lists the trash.
        """
        where = ["d.trashed IS NOT NULL" if trashed else "d.trashed IS NULL"]
        params: list = []
        source = "drafts d"
        if query.strip():
            expression = codec.match_expression(query)
            if expression is None:
                return []
            source = "search s JOIN drafts d ON d.id = s.rowid"
            where.append("search MATCH ?")
            params.append(expression)
        for clause, value in (
            ("d.status = ?", status),
            ("d.organizer = ?", organizer),
            ("d.event_date >= ?", date_from.isoformat() if date_from else None),
            ("d.event_date <= ?", date_to.isoformat() if date_to else None),
        ):
            if value is not None:
                where.append(clause)
                params.append(value)
        if sort == "rank" and query.strip():
            order = "bm25(search, 4.0, 1.0)" + ("" if descending else " DESC")
        else:
            column = SORT_COLUMNS.get(sort, SORT_COLUMNS["changed"])
            order = f"{column} {'DESC' if descending else 'ASC'}, d.id DESC"
        sql = f"SELECT {_ROW} FROM {source} WHERE {' AND '.join(where)} ORDER BY {order}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return _rows(self.db.query(sql, params))

    def search(self, query: str, **filters) -> builtins.list[DraftRow]:
        """Drafts whose text holds every word of ``query`` (as word beginnings), best first."""
        filters.setdefault("sort", "rank")
        return self.list(query=query, **filters)

    def search_ids(self, query: str, ranked: bool = False) -> builtins.list[int]:
        """Ids of the drafts (trashed ones too) holding every word of ``query``.

        The fast way for a browser that already holds the rows of ``list()``: it filters
        them by these ids, without building 10,000 rows again.
        """
        expression = codec.match_expression(query)
        if expression is None:
            return []
        order = " ORDER BY bm25(search, 4.0, 1.0)" if ranked else ""
        sql = f"SELECT rowid FROM search WHERE search MATCH ?{order}"
        return [r[0] for r in self.db.query(sql, (expression,))]

    def organizers(self) -> builtins.list[str]:
        """The organizers drafts name, for the browser's filter."""
        return [
            r[0]
            for r in self.db.query(
                "SELECT DISTINCT organizer FROM drafts WHERE trashed IS NULL AND organizer != '' "
                "ORDER BY organizer COLLATE NOCASE"
            )
        ]

    def ids(self) -> Iterator[int]:
        return (r[0] for r in self.db.query("SELECT id FROM drafts ORDER BY id"))

    # --- history (see history.py) ----------------------------------------------------------
    def history(self, draft_id: int, limit: int = -1) -> builtins.list[history.RevisionInfo]:
        self.row(draft_id)
        return history.revisions(self.db, draft_id, limit)

    def load_revision(self, revision_id: int) -> Draft:
        return self.decode(history.revision_text(self.db, revision_id)[1])

    def restore_revision(self, revision_id: int) -> int:
        """Make an earlier version current again, as a new revision (nothing is lost)."""
        draft_id, _text = history.revision_text(self.db, revision_id)
        return self.save(draft_id, self.load_revision(revision_id), kind="restore")

    # --- crash recovery --------------------------------------------------------------------
    @property
    def last_opened(self) -> int | None:
        value = self.db.get_meta("last_opened")
        return int(value) if value and value.isdigit() else None

    def set_last_opened(self, draft_id: int | None) -> None:
        """Remember the draft in the window, for the next start to open it again."""
        self.db.set_meta("last_opened", None if draft_id is None else str(draft_id))


def _unindex(c, draft_id: int, content: str) -> None:
    """Take a draft out of the (contentless) search index: it needs the text indexed."""
    c.execute(
        "INSERT INTO search (search, rowid, title, body) VALUES ('delete', ?, ?, ?)",
        (draft_id, *codec.search_text(codec.decode(content)[0])),
    )


def status_label(status: str) -> str:
    """The English label of a status (translate it with ``_``)."""
    return STATUS_LABELS.get(status, status)
