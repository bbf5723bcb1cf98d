"""The Kanwil's remarks anchored to the article: a field (``speakers[0].statements[1]``, the
path the checker's findings use) or a sentence of the composed article (``sentence:3``).

A draft may carry many; they travel in the bundle's metadata (docs/desk.md) and are merged
by their world-wide ``rid``: a remark is never edited, only marked done by the writer, and
"done" on either side wins. Every change marks the draft's metadata changed, so the next
sync sends it even when the article did not change.
"""

from __future__ import annotations

import dataclasses
import re
import uuid as uuidlib
from dataclasses import dataclass

from kabar_desktop.model import field_path
from kabar_desktop.model.problems import N_

from . import sync_state as state
from .drafts import DraftStore
from .errors import store_error

MAX_REMARKS = 500  # on one draft
MAX_ANCHOR, MAX_QUOTE, MAX_TEXT, MAX_AUTHOR = 200, 2_000, 10_000, 200
SENTENCE = "sentence:"
_RID = re.compile(r"[0-9a-f]{24}\Z")
_SENTENCE = re.compile(r"sentence:([1-9][0-9]{0,5})\Z")


@dataclass(frozen=True)
class Remark:
    """One remark: where it points, the words it is about, what the reviewer said."""

    rid: str
    uuid: str  # the draft's world-wide id
    anchor: str  # a field path, or ``sentence:<n>`` (n from 1, from the first paragraph)
    quote: str
    text: str
    author: str
    created: float  # epoch seconds
    done: bool

    @property
    def sentence(self) -> int | None:
        """The sentence's number (from 1) for a ``sentence:<n>`` anchor, else None."""
        return sentence_number(self.anchor)


def sentence_number(anchor: str) -> int | None:
    """The number (from 1) in a ``sentence:<n>`` anchor, else None."""
    m = _SENTENCE.match(anchor)
    return int(m.group(1)) if m else None


def anchor_form_ok(anchor: str) -> bool:
    """Whether ``anchor`` has the form of an anchor (no draft needed: data from outside)."""
    if not anchor or len(anchor) > MAX_ANCHOR:
        return False
    if anchor.startswith(SENTENCE):
        return _SENTENCE.match(anchor) is not None
    return bool(field_path.parse_or_none(anchor))


def anchor_in_draft(draft: object, anchor: str) -> bool:
    """Whether ``anchor`` points at something ``draft`` has: a field that exists (a text, a
    statement, a paragraph, a person, a date, also one left empty), or a sentence number."""
    if not anchor_form_ok(anchor):
        return False
    if anchor.startswith(SENTENCE):
        return True
    path = field_path.parse(anchor)
    holder = field_path.resolve(draft, path[:-1])
    last = path[-1]
    if isinstance(last, int):
        value = holder[last] if isinstance(holder, list) and last < len(holder) else None
    elif dataclasses.is_dataclass(holder) and last in {f.name for f in dataclasses.fields(holder)}:
        value = getattr(holder, last)
    else:
        return False
    return not isinstance(value, list | bool) and (value is not None or isinstance(last, str))


def _uuid_of(store: DraftStore, draft_id: int) -> str | None:
    rows = store.db.query("SELECT uuid FROM sync_drafts WHERE draft_id = ?", (draft_id,))
    return rows[0][0] if rows else None


def add(
    store: DraftStore, draft_id: int, anchor: str, text: str, quote: str = "", author: str = ""
) -> Remark:
    """A new remark on draft ``draft_id`` (it travels with the next sync); ``anchor`` must
    point at a field the draft has, or a sentence."""
    text = text.strip()
    if not anchor_in_draft(store.load(draft_id), anchor):
        raise store_error("bad", N_("{anchor} is not a field or a sentence"), anchor=anchor[:200])
    if not text:
        raise store_error("bad", N_("a remark needs some text"))
    if len(text) > MAX_TEXT or len(quote) > MAX_QUOTE or len(author) > MAX_AUTHOR:
        raise store_error("bad", N_("the remark is too long"))
    with store.db.transaction() as c:
        uuid = state.ensure_identity(store, draft_id, "")
        count = c.execute("SELECT COUNT(*) FROM remarks WHERE uuid = ?", (uuid,)).fetchone()[0]
        if count >= MAX_REMARKS:
            raise store_error("bad", N_("a draft holds at most {count} remarks"), count=count)
        remark = Remark(
            uuidlib.uuid4().hex[:24], uuid, anchor, quote, text, author, store.clock(), False
        )
        c.execute(
            "INSERT INTO remarks (rid, uuid, anchor, quote, text, author, created, done) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, 0)",
            (remark.rid, uuid, anchor, quote, text, author, remark.created),
        )
        c.execute("UPDATE sync_drafts SET meta_changed = 1 WHERE uuid = ?", (uuid,))
    return remark


def _remark(r: tuple) -> Remark:
    return Remark(r[0], r[1], r[2], r[3], r[4], r[5], r[6], bool(r[7]))


_COLUMNS = "rid, uuid, anchor, quote, text, author, created, done"


def for_draft(store: DraftStore, draft_id: int) -> list[Remark]:
    """The remarks on a draft, oldest first (none for a draft that never travelled)."""
    uuid = _uuid_of(store, draft_id)
    if uuid is None:
        return []
    rows = store.db.query(
        f"SELECT {_COLUMNS} FROM remarks WHERE uuid = ? ORDER BY created, rid", (uuid,)
    )
    return [_remark(r) for r in rows]


def find(store: DraftStore, draft_id: int, rid: str) -> Remark:
    """The remark on ``draft_id`` whose id is or starts with ``rid`` (at least 4 digits, as
    ``kabar remarks`` shows them); ``StoreError`` ("missing") if none or several."""
    rid = rid.strip().lower()
    found = [r for r in for_draft(store, draft_id) if len(rid) >= 4 and r.rid.startswith(rid)]
    if len(found) != 1:
        raise store_error(
            "missing", N_("draft {id} has no remark {rid}"), id=draft_id, rid=rid[:40]
        )
    return found[0]


def set_done(store: DraftStore, rid: str, done: bool = True) -> None:
    """The writer dealt with the remark (or not yet, ``done=False``); it travels back."""
    with store.db.transaction() as c:
        row = c.execute("SELECT uuid, done FROM remarks WHERE rid = ?", (rid,)).fetchone()
        if row is None:
            raise store_error("missing", N_("there is no remark {rid}"), rid=rid[:40])
        if bool(row[1]) != done:
            c.execute("UPDATE remarks SET done = ? WHERE rid = ?", (int(done), rid))
            c.execute("UPDATE sync_drafts SET meta_changed = 1 WHERE uuid = ?", (row[0],))


def merge(store: DraftStore, uuid: str, remarks: list[dict]) -> bool:
    """Take the remarks another office's revision carries (checked by sync/bundle_meta.py):
    new ones are added, "done" on either side stays done. Whether anything changed here."""
    changed = False
    with store.db.transaction() as c:
        for r in remarks:
            old = c.execute(
                "SELECT done FROM remarks WHERE rid = ? AND uuid = ?", (r["rid"], uuid)
            ).fetchone()
            if old is None:  # (a rid another draft holds already is not taken)
                added = c.execute(
                    "INSERT OR IGNORE INTO remarks (rid, uuid, anchor, quote, text, author, "
                    "created, done) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (r["rid"], uuid, r["anchor"], r["quote"], r["text"], r["author"],
                     r["created"], int(r["done"])),
                )  # fmt: skip
                changed = changed or added.rowcount > 0
            elif r["done"] and not old[0]:
                c.execute("UPDATE remarks SET done = 1 WHERE rid = ?", (r["rid"],))
                changed = True
    return changed


def union(*lists: list[dict]) -> list[dict]:
    """The remarks of several revisions as one list (by ``rid``, done if any says so)."""
    out: dict[str, dict] = {}
    for remarks in lists:
        for r in remarks:
            if r["rid"] in out:
                out[r["rid"]] = {**out[r["rid"]], "done": out[r["rid"]]["done"] or r["done"]}
            else:
                out[r["rid"]] = dict(r)
    return sorted(out.values(), key=lambda r: (r["created"], r["rid"]))


def rid_ok(rid: object) -> bool:
    return isinstance(rid, str) and _RID.match(rid) is not None
