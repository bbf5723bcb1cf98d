"""Drafts as they stand at a Kanwil after sync, made directly through the store.

The sync engine fills ``sync_drafts`` (another part of issue 16); these tests of the desk's
reading and the month's report create real drafts (revisions, search index) and then write
their ``sync_drafts`` rows with SQL, as schema version 5 holds them.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuidlib

from kabar_desktop.model.draft import Draft, Paragraph
from kabar_desktop.store import DraftStore


def at(day: dt.date, hour: int = 9, minute: int = 0) -> float:
    """Epoch seconds of a local time (the Kanwil's clock)."""
    return dt.datetime.combine(day, dt.time(hour, minute)).timestamp()


def received(
    store: DraftStore,
    origin: str,
    sent: float | None,
    review: str = "",
    *,
    title: str = "Penyuluhan hukum",
    body: str = "Kegiatan berjalan lancar.",
    arrived: float | None = None,
    conflict_of: str | None = None,
    deleted: bool = False,
    trashed: bool = False,
    published_url: str = "",
    published_on: str = "",
    remarks: tuple[tuple[str, bool], ...] = (),
) -> int:
    """A draft from ``origin`` sent at ``sent``, as it stands here after a sync; its id."""
    draft = Draft(title=title, organizer=origin, paragraphs=[Paragraph(text=body)])
    draft_id = store.create(draft, kind="sync")
    store.set_status(draft_id, "sent")
    uuid = uuidlib.uuid4().hex
    with store.db.transaction() as c:
        c.execute(
            "INSERT INTO sync_drafts (uuid, draft_id, origin, review, sent, arrived, rev, gen, "
            "head, digest, published_url, published_on, conflict_of, deleted) "
            "SELECT ?, ?, ?, ?, ?, ?, ?, 1, d.head, 'x', ?, ?, ?, ? FROM drafts d WHERE d.id = ?",
            (
                uuid,
                draft_id,
                origin,
                review,
                sent,
                arrived if arrived is not None else (sent or 0) + 600,
                uuidlib.uuid4().hex,
                published_url,
                published_on,
                conflict_of,
                int(deleted),
                draft_id,
            ),
        )
        for n, (text, done) in enumerate(remarks):
            c.execute(
                "INSERT INTO remarks (rid, uuid, anchor, text, created, done) "
                "VALUES (?, ?, 'title', ?, ?, ?)",
                (uuidlib.uuid4().hex[:24], uuid, text, (sent or 0) + n, int(done)),
            )
    if trashed:
        store.trash(draft_id)
    return draft_id


def own(store: DraftStore, origin: str, sent: float) -> int:
    """A draft this office wrote and sent itself (never "arrived")."""
    draft_id = store.create(Draft(title="Berita Kanwil", organizer=origin), kind="create")
    with store.db.transaction() as c:
        c.execute(
            "INSERT INTO sync_drafts (uuid, draft_id, origin, sent) VALUES (?, ?, ?, ?)",
            (uuidlib.uuid4().hex, draft_id, origin, sent),
        )
    return draft_id
