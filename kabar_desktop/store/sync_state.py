"""What the store remembers for syncing: each draft's world-wide identity and agreed revision.

The sync engine (kabar_desktop/sync/) decides; this module only reads and writes the
``sync_drafts`` and ``sync_targets`` tables (schema version 3; version 5 adds when a draft
was sent and arrived, the published link and the remarks: docs/desk.md), each change in one
transaction, so a sync killed at any point resumes from what was committed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid as uuidlib
from dataclasses import dataclass
from urllib.parse import urlsplit

from kabar_desktop.model.problems import N_

from .drafts import DraftStore
from .errors import missing_draft, store_error

REVIEWS = ("", "accepted", "needs_changes", "published")
REVIEW_LABELS = {
    "": N_("not reviewed"),
    "accepted": N_("accepted"),
    "needs_changes": N_("needs changes"),
    "published": N_("published"),
}
MAX_ANCESTORS = 500  # older ones are forgotten: at worst a false conflict, never a lost edit
MAX_URL = 2_000  # the published address, in characters
_COLUMNS = (
    "s.uuid, s.draft_id, s.origin, s.review, s.remark, s.meta_changed, s.conflict_of, s.rev, "
    "s.gen, s.ancestors, s.head, s.deleted, s.digest, d.head, d.trashed, d.status, s.pending, "
    "s.base, s.sent, s.arrived, s.published_url, s.published_on"
)
# A row whose draft changed since the agreed revision (or was never sent).
_DIRTY = (
    "(s.rev IS NULL OR s.meta_changed != 0 "
    "OR (CASE WHEN d.id IS NULL OR d.trashed IS NOT NULL THEN 1 ELSE 0 END) != s.deleted "
    "OR (d.id IS NOT NULL AND d.head IS NOT s.head))"
)


@dataclass
class SyncRow:
    """One draft's sync record, with the bits of its ``drafts`` row the engine needs."""

    uuid: str
    draft_id: int | None
    origin: str
    review: str
    remark: str
    meta_changed: bool
    conflict_of: str | None
    rev: str | None
    gen: int
    ancestors: list[str]
    head: int | None  # drafts.head when ``rev`` was agreed
    deleted: bool  # ``rev`` is a tombstone
    digest: str | None
    draft_head: int | None  # drafts.head now (None: the draft row is gone)
    trashed: bool
    status: str
    pending: dict | None  # the revision being sent when a sync stopped, unconfirmed
    base: str | None  # ``rev`` settled a conflict, carrying this revision's content
    sent: float | None = None  # when the sending office first sent it (its clock)
    arrived: float | None = None  # when this office first received it
    published_url: str = ""
    published_on: str = ""  # YYYY-MM-DD

    @property
    def gone(self) -> bool:
        """The user deleted the draft here (trash, or emptied from it)."""
        return self.draft_id is None or self.draft_head is None or self.trashed


def _row(r: tuple) -> SyncRow:
    return SyncRow(
        uuid=r[0],
        draft_id=r[1] if r[13] is not None else None,
        origin=r[2],
        review=r[3],
        remark=r[4],
        meta_changed=bool(r[5]),
        conflict_of=r[6],
        rev=r[7],
        gen=r[8],
        ancestors=r[9].split() if r[9] else [],
        head=r[10],
        deleted=bool(r[11]),
        digest=r[12],
        draft_head=r[13],
        trashed=r[14] is not None,
        status=r[15] or "",
        pending=json.loads(r[16]) if r[16] else None,
        base=r[17],
        sent=r[18],
        arrived=r[19],
        published_url=r[20],
        published_on=r[21],
    )


def office_key(store: DraftStore) -> str:
    """This installation's own id (made once): names its stamps and temporary files."""
    key = store.db.get_meta("sync_office_key")
    if not key:
        key = uuidlib.uuid4().hex[:12]
        store.db.set_meta("sync_office_key", key)
    return key


def get(store: DraftStore, uuid: str) -> SyncRow | None:
    rows = store.db.query(
        f"SELECT {_COLUMNS} FROM sync_drafts s LEFT JOIN drafts d ON d.id = s.draft_id "
        "WHERE s.uuid = ?",
        (uuid,),
    )
    return _row(rows[0]) if rows else None


def for_draft(store: DraftStore, draft_id: int) -> SyncRow | None:
    rows = store.db.query(
        f"SELECT {_COLUMNS} FROM sync_drafts s JOIN drafts d ON d.id = s.draft_id "
        "WHERE s.draft_id = ?",
        (draft_id,),
    )
    return _row(rows[0]) if rows else None


def agreed_revs(store: DraftStore) -> dict[str, tuple[str | None, bool, bool]]:
    """uuid → (agreed revision, changed here since, agreed deleted): every row, cheaply."""
    rows = store.db.query(
        f"SELECT s.uuid, s.rev, {_DIRTY}, s.deleted "
        "FROM sync_drafts s LEFT JOIN drafts d ON d.id = s.draft_id"
    )
    return {u: (rev, bool(dirty), bool(deleted)) for u, rev, dirty, deleted in rows}


def identify_ready(store: DraftStore, origin: str) -> int:
    """Give every draft marked ready to send (or sent) its sync identity; how many were new."""
    with store.db.transaction() as c:
        ids = [
            r[0]
            for r in c.execute(
                "SELECT d.id FROM drafts d LEFT JOIN sync_drafts s ON s.draft_id = d.id "
                "WHERE s.uuid IS NULL AND d.trashed IS NULL AND d.status IN ('ready', 'sent')"
            ).fetchall()
        ]
        for draft_id in ids:
            _insert(c, draft_id, origin)
    return len(ids)


def _insert(c, draft_id: int, origin: str) -> str:
    new = uuidlib.uuid4().hex
    c.execute(
        "INSERT INTO sync_drafts (uuid, draft_id, origin) VALUES (?, ?, ?)",
        (new, draft_id, origin),
    )
    return new


def ensure_identity(store: DraftStore, draft_id: int, origin: str) -> str:
    with store.db.transaction() as c:
        row = c.execute("SELECT uuid FROM sync_drafts WHERE draft_id = ?", (draft_id,)).fetchone()
        if row:
            return row[0]
        if c.execute("SELECT 1 FROM drafts WHERE id = ?", (draft_id,)).fetchone() is None:
            raise missing_draft(draft_id)
        return _insert(c, draft_id, origin)


def waiting(store: DraftStore) -> int:
    """Drafts with something not yet sent: "3 drafts waiting to be sent"."""
    fresh = store.db.query(
        "SELECT COUNT(*) FROM drafts d LEFT JOIN sync_drafts s ON s.draft_id = d.id "
        "WHERE s.uuid IS NULL AND d.trashed IS NULL AND d.status IN ('ready', 'sent')"
    )[0][0]
    changed = store.db.query(
        f"SELECT COUNT(*) FROM sync_drafts s LEFT JOIN drafts d ON d.id = s.draft_id "
        f"WHERE {_DIRTY} AND NOT (s.rev IS NULL AND (d.id IS NULL OR d.trashed IS NOT NULL))"
    )[0][0]
    return fresh + changed


def dirty(store: DraftStore) -> list[SyncRow]:
    """Rows whose draft changed here since the agreed revision (or never travelled)."""
    rows = store.db.query(
        f"SELECT {_COLUMNS} FROM sync_drafts s LEFT JOIN drafts d ON d.id = s.draft_id "
        f"WHERE {_DIRTY}"
    )
    return [_row(r) for r in rows]


def all_rows(store: DraftStore) -> list[SyncRow]:
    rows = store.db.query(
        f"SELECT {_COLUMNS} FROM sync_drafts s LEFT JOIN drafts d ON d.id = s.draft_id"
    )
    return [_row(r) for r in rows]


def head_content(store: DraftStore, draft_id: int) -> str:
    rows = store.db.query(
        "SELECT r.content FROM drafts d JOIN revisions r ON r.id = d.head WHERE d.id = ?",
        (draft_id,),
    )
    if not rows:
        raise missing_draft(draft_id)
    return rows[0][0]


def head_and_digest(
    store: DraftStore, draft_id: int, review: str, remark: str, extra: str = ""
) -> tuple[int, str]:
    """The draft's head revision now, and the digest a sync compares it by."""
    rows = store.db.query(
        "SELECT d.head, r.content FROM drafts d JOIN revisions r ON r.id = d.head WHERE d.id = ?",
        (draft_id,),
    )
    if not rows:
        raise missing_draft(draft_id)
    head, content = rows[0]
    return head, digest(content, review, remark, extra)


def digest(content: str | None, review: str, remark: str, extra: str = "") -> str:
    """What a revision says, as a hash (``content`` None: deleted). Compared locally only.
    ``extra`` (``extra_text``) is empty for a draft without a published link or remarks, so
    the digests of older revisions stay what they were."""
    if content is None:
        return "deleted"
    text = f"{content}\n{review}\n{remark}"
    if extra:
        text += f"\n{extra}"
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


REMARK_KEYS = ("rid", "anchor", "quote", "text", "author", "created", "done")


def extra_text(published_url: str, published_on: str, remarks: list[dict]) -> str:
    """The desk's metadata of a revision (docs/desk.md) as one canonical text, for the
    digest: a remark added or marked done alone is a change that travels."""
    if not (published_url or published_on or remarks):
        return ""
    items = sorted(([r[k] for k in REMARK_KEYS] for r in remarks), key=lambda r: r[0])
    return json.dumps([published_url, published_on, items], ensure_ascii=True)


def remark_dicts(store: DraftStore, uuid: str) -> list[dict]:
    """The remarks on a draft as they travel, oldest first."""
    return _remark_dicts(store.db.conn, uuid)


def _remark_dicts(c, uuid: str) -> list[dict]:
    rows = c.execute(
        "SELECT rid, anchor, quote, text, author, created, done FROM remarks WHERE uuid = ? "
        "ORDER BY created, rid",
        (uuid,),
    ).fetchall()
    return [dict(zip(REMARK_KEYS, (*r[:6], bool(r[6])), strict=True)) for r in rows]


def _current_extra(c, uuid: str) -> str:
    row = c.execute(
        "SELECT published_url, published_on FROM sync_drafts WHERE uuid = ?", (uuid,)
    ).fetchone()
    url, on = row if row else ("", "")
    return extra_text(url, on, _remark_dicts(c, uuid))


def current_extra(store: DraftStore, uuid: str) -> str:
    return _current_extra(store.db.conn, uuid)


def current_digest(store: DraftStore, row: SyncRow) -> str:
    if row.gone or row.draft_id is None:
        return digest(None, "", "")
    content = head_content(store, row.draft_id)
    return digest(content, row.review, row.remark, current_extra(store, row.uuid))


def record(
    store: DraftStore,
    uuid: str,
    *,
    rev: str,
    gen: int,
    ancestors: list[str],
    deleted: bool,
    digest_: str,
    head: int | None,
    review: str,
    remark: str,
    base: str | None = None,
    mark_sent: bool = False,
    extra: str = "",
) -> None:
    """The revision ``rev`` is now agreed with the target (pushed, or taken from it).

    ``review``, ``remark`` and ``extra`` (the published link and remarks, ``extra_text``)
    are those the revision holds: if the row's differ (changed meanwhile, or remarks only
    this office had), they stay marked as changed, to travel with the next sync."""
    with store.db.transaction() as c:
        same = int(_current_extra(c, uuid) == extra)
        c.execute(
            "UPDATE sync_drafts SET rev = ?, gen = ?, ancestors = ?, deleted = ?, digest = ?, "
            "head = ?, base = ?, pending = NULL, meta_changed = "
            "CASE WHEN review = ? AND remark = ? AND ? THEN 0 ELSE 1 END WHERE uuid = ?",
            (
                rev,
                gen,
                " ".join(ancestors[:MAX_ANCESTORS]),
                int(deleted),
                digest_,
                head,
                base,
                review,
                remark,
                same,
                uuid,
            ),
        )
        if mark_sent:
            c.execute(
                "UPDATE drafts SET status = 'sent' WHERE status = 'ready' AND id = "
                "(SELECT draft_id FROM sync_drafts WHERE uuid = ?)",
                (uuid,),
            )


def set_pending(store: DraftStore, uuid: str, pending: dict) -> None:
    """Note the revision about to be sent, before sending it (see ``pending`` in schema.py)."""
    with store.db.transaction() as c:
        c.execute("UPDATE sync_drafts SET pending = ? WHERE uuid = ?", (json.dumps(pending), uuid))


def adopt(
    store: DraftStore,
    uuid: str,
    *,
    draft_id: int | None,
    origin: str,
    review: str,
    remark: str,
    conflict_of: str | None,
    sent: float | None = None,
    published_url: str = "",
    published_on: str = "",
) -> None:
    """Create or update the row of a draft as another office (or a conflict) describes it.
    ``sent`` keeps the earliest time known: the first sending is the one that counts."""
    with store.db.transaction() as c:
        c.execute(
            "INSERT INTO sync_drafts (uuid, draft_id, origin, review, remark, conflict_of, sent, "
            "published_url, published_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (uuid) DO UPDATE SET draft_id = "
            "excluded.draft_id, origin = excluded.origin, review = excluded.review, "
            "remark = excluded.remark, conflict_of = excluded.conflict_of, "
            "sent = CASE WHEN sent IS NULL OR excluded.sent < sent THEN "
            "COALESCE(excluded.sent, sent) ELSE sent END, "
            "published_url = excluded.published_url, published_on = excluded.published_on",
            (uuid, draft_id, origin, review, remark, conflict_of, sent, published_url,
             published_on),
        )  # fmt: skip


def stamp_sent(store: DraftStore, uuid: str, when: float) -> float:
    """Note when this office first sends the draft (kept if already known); the time kept."""
    with store.db.transaction() as c:
        c.execute("UPDATE sync_drafts SET sent = ? WHERE uuid = ? AND sent IS NULL", (when, uuid))
        row = c.execute("SELECT sent FROM sync_drafts WHERE uuid = ?", (uuid,)).fetchone()
    return row[0] if row and row[0] is not None else when


def stamp_arrived(store: DraftStore, uuid: str, when: float) -> None:
    """Note when this office first received the draft (kept if already known)."""
    with store.db.transaction() as c:
        c.execute(
            "UPDATE sync_drafts SET arrived = ? WHERE uuid = ? AND arrived IS NULL", (when, uuid)
        )


def set_review(store: DraftStore, draft_id: int, review: str, remark: str, origin: str) -> str:
    """The Kanwil's verdict on a draft (travels back with the next sync); the draft's uuid."""
    if review not in REVIEWS:
        raise store_error("other", N_("unknown review status {status}"), status=review)
    with store.db.transaction():
        uuid = ensure_identity(store, draft_id, origin)
        store.db.conn.execute(
            "UPDATE sync_drafts SET review = ?, remark = ?, meta_changed = 1, "
            "published_url = CASE WHEN ? = 'published' THEN published_url ELSE '' END, "
            "published_on = CASE WHEN ? = 'published' THEN published_on ELSE '' END "
            "WHERE uuid = ?",
            (review, remark, review, review, uuid),
        )
    return uuid


def checked_url(url: str) -> str:
    """The published address, or ``StoreError`` ("bad") saying why not: http/https only."""
    url = url.strip()
    parts = urlsplit(url) if len(url) <= MAX_URL else None
    if (
        parts is None
        or parts.scheme.lower() not in ("http", "https")
        or not parts.hostname
        or any(ch.isspace() or ord(ch) < 32 for ch in url)
    ):
        raise store_error(
            "bad", N_("{url} is not a web address (http:// or https://)"), url=url[:200]
        )
    return url


def checked_day(on: str) -> str:
    """A date as ``YYYY-MM-DD``, or ``StoreError`` ("bad")."""
    try:
        if len(on) != 10:
            raise ValueError(on)
        return dt.date.fromisoformat(on).isoformat()
    except ValueError:
        raise store_error("bad", N_("{date} is not a date (YYYY-MM-DD)"), date=on[:40]) from None


def set_published(store: DraftStore, draft_id: int, url: str, on: str, origin: str) -> str:
    """The verdict "published", with the address where the article appeared and the date
    (travels back with the next sync); the draft's uuid."""
    url, on = checked_url(url), checked_day(on)
    with store.db.transaction():
        uuid = ensure_identity(store, draft_id, origin)
        store.db.conn.execute(
            "UPDATE sync_drafts SET review = 'published', published_url = ?, published_on = ?, "
            "meta_changed = 1 WHERE uuid = ?",
            (url, on, uuid),
        )
    return uuid


def conflicts(store: DraftStore) -> list[tuple[int, int | None]]:
    """(conflict copy, the draft it disagrees with) for every copy still not resolved."""
    return [
        (r[0], r[1])
        for r in store.db.query(
            "SELECT c.draft_id, o.draft_id FROM sync_drafts c "
            "JOIN drafts d ON d.id = c.draft_id AND d.trashed IS NULL "
            "LEFT JOIN sync_drafts o ON o.uuid = c.conflict_of "
            "WHERE c.conflict_of IS NOT NULL ORDER BY c.draft_id"
        )
    ]


def resolve_conflict(store: DraftStore, copy_id: int, keep: str) -> int:
    """End a conflict: ``keep="copy"`` makes the copy's content the draft's, ``"original"``
    keeps the draft as it is. Either way the copy goes to the trash (its deletion travels).
    Returns the id of the draft kept."""
    row = for_draft(store, copy_id)
    original = get(store, row.conflict_of) if row and row.conflict_of else None
    if row is None or original is None or original.draft_id is None:
        raise store_error("missing", N_("draft {id} is not a conflict copy"), id=copy_id)
    with store.db.transaction():
        if keep == "copy":
            store.save(original.draft_id, store.load(copy_id), kind="edit")
            store.db.conn.execute(
                "UPDATE sync_drafts SET review = ?, remark = ?, meta_changed = 1 WHERE uuid = ?",
                (row.review, row.remark, original.uuid),
            )
            if original.trashed:
                store.restore(original.draft_id)
        store.trash(copy_id)
    return original.draft_id


def target_state(store: DraftStore, target: str) -> tuple[str, bool, bool]:
    """(stamps seen at the last sync, a stamp still owed, synced before) for ``target``."""
    rows = store.db.query(
        "SELECT stamps, stamp_pending, synced FROM sync_targets WHERE target = ?", (target,)
    )
    return (rows[0][0], bool(rows[0][1]), bool(rows[0][2])) if rows else ("", False, False)


def set_target_state(store: DraftStore, target: str, **values) -> None:
    columns = {"stamps", "stamp_pending", "synced"}
    assert set(values) <= columns
    with store.db.transaction() as c:
        c.execute("INSERT OR IGNORE INTO sync_targets (target) VALUES (?)", (target,))
        for name, value in values.items():
            c.execute(f"UPDATE sync_targets SET {name} = ? WHERE target = ?", (value, target))
