"""Earlier versions of a draft: listing, thinning as they age, and what changed between two.

Autosave writes a version at every pause in typing; keeping them all would grow without end,
keeping few would lose work. So versions thin out with age: every one from the last hour,
then the newest of each 10 minutes for a day, of each day for a month, of each week after.
The current version is never removed. Thinning runs inside a save, over one draft's old
versions only (a few hundred at most), so it costs almost nothing.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import sqlite3
from dataclasses import dataclass

from kabar_desktop.model.draft import Draft
from kabar_desktop.model.field_path import generic
from kabar_desktop.model.problems import N_

from .database import Database
from .errors import missing_revision

HOUR, DAY = 3600, 86400
KEEP_ALL_FOR = HOUR
TEN_MINUTES_FOR = DAY
DAILY_FOR = 30 * DAY


KIND_LABELS = {
    "create": N_("created"),
    "import": N_("imported"),
    "edit": N_("edited"),
    "restore": N_("restored from an earlier version"),
    "duplicate": N_("copied from another draft"),
    "sync": N_("received by sync"),
    "conflict": N_("conflict copy made by sync"),
}


def kind_label(kind: str) -> str:
    """How a version came to be, in English (translate it with ``_``)."""
    return KIND_LABELS.get(kind, kind)


@dataclass(frozen=True, slots=True)
class RevisionInfo:
    """One stored version of a draft, as the history lists it."""

    id: int
    draft_id: int
    saved: float  # seconds since the epoch
    kind: str  # create, import, edit, restore, duplicate
    size: int  # characters of stored text
    current: bool


def revisions(db: Database, draft_id: int, limit: int = -1) -> list[RevisionInfo]:
    """The kept versions of a draft, newest first (the newest ``limit`` only: each size is
    the length of a whole stored text, read from the disk)."""
    rows = db.query(
        "SELECT r.id, r.draft_id, r.saved, r.kind, length(r.content), r.id = d.head "
        "FROM revisions r JOIN drafts d ON d.id = r.draft_id WHERE r.draft_id = ? "
        "ORDER BY r.saved DESC, r.id DESC LIMIT ?",
        (draft_id, limit),
    )
    return [RevisionInfo(r[0], r[1], r[2], r[3], r[4], bool(r[5])) for r in rows]


def revision_text(db: Database, revision_id: int) -> tuple[int, str]:
    rows = db.query("SELECT draft_id, content FROM revisions WHERE id = ?", (revision_id,))
    if not rows:
        raise missing_revision(revision_id)
    return rows[0][0], rows[0][1]


# --- thinning -----------------------------------------------------------------------------
def bucket(saved: float, now: float) -> tuple | None:
    """The period a version stands for at this age; ``None``: too recent to thin."""
    age = now - saved
    if age < KEEP_ALL_FOR:
        return None
    if age < TEN_MINUTES_FOR:
        return ("10min", int(saved // 600))
    day = dt.date.fromtimestamp(saved)
    if age < DAILY_FOR:
        return ("day", day.toordinal())
    year, week, _ = day.isocalendar()
    return ("week", year, week)


def to_drop(versions: list[tuple[int, float]], now: float, keep: set[int]) -> list[int]:
    """Ids of versions to remove: all but the newest of each period (and those in ``keep``)."""
    seen: set[tuple] = set()
    drop = []
    for rev_id, saved in sorted(versions, key=lambda v: (v[1], v[0]), reverse=True):
        key = bucket(saved, now)
        if key is None:
            continue
        if key in seen and rev_id not in keep:
            drop.append(rev_id)
        seen.add(key)
    return drop


def thin(c: sqlite3.Connection, draft_id: int, now: float) -> int:
    """Thin one draft's history inside the caller's transaction; how many versions went."""
    head = c.execute("SELECT head FROM drafts WHERE id = ?", (draft_id,)).fetchone()
    old = c.execute(
        "SELECT id, saved FROM revisions WHERE draft_id = ? AND saved <= ?",
        (draft_id, now - KEEP_ALL_FOR),
    ).fetchall()
    drop = to_drop(old, now, {head[0]} if head else set())
    if drop:
        c.executemany("DELETE FROM revisions WHERE id = ?", [(i,) for i in drop])
        collect_photos(c)
    return len(drop)


def collect_photos(c: sqlite3.Connection) -> None:
    """Remove photos no kept version shows any more."""
    c.execute(
        "DELETE FROM photos WHERE NOT EXISTS "
        "(SELECT 1 FROM revision_photos rp WHERE rp.sha256 = photos.sha256)"
    )


# --- differences --------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class DiffRow:
    """One line of the side-by-side view: a field before and after.

    ``tag`` is ``equal``, ``changed``, ``removed`` (only ``old``) or ``added`` (only ``new``);
    the fields are paths such as ``speakers[0].statements[1].text`` for the window to name.
    """

    tag: str
    old_field: str
    old: str
    new_field: str
    new: str


def fields(draft: Draft) -> list[tuple[str, str]]:
    """Every non-empty field of a draft as (path, text), in reading order."""
    out = [
        ("title", draft.title),
        ("dateline", draft.dateline),
        ("date", draft.date.isoformat() if draft.date else ""),
        ("period", draft.period),
        ("organizer", draft.organizer),
        ("counterpart", draft.counterpart),
        ("event", draft.event),
        ("event_detail", draft.event_detail),
        ("venue", draft.venue),
        ("participants", draft.participants),
        ("purpose", draft.purpose),
        ("kind", draft.kind or ""),
        ("date_in_lead", "" if draft.date_in_lead else "no"),
        ("lead", draft.lead or ""),
    ]
    for i, s in enumerate(draft.speakers):
        p = f"speakers[{i}]"
        for name in ("name", "short_name", "position", "part", "role", "topic", "context"):
            out.append((f"{p}.{name}", getattr(s, name)))
        out.append((f"{p}.name_first", "yes" if s.name_first else ""))
        out.append((f"{p}.intro", s.intro or ""))
        for j, st in enumerate(s.statements):
            q = f"{p}.statements[{j}]"
            out += [(f"{q}.text", st.text), (f"{q}.verb", st.verb or "")]
            out.append((f"{q}.context", st.context))
    for key in ("companions", "attendees"):
        for i, person in enumerate(getattr(draft, key)):
            out += [(f"{key}[{i}].position", person.position), (f"{key}[{i}].name", person.name)]
    for i, paragraph in enumerate(draft.paragraphs):
        out.append((f"paragraphs[{i}]", paragraph.text))
        if paragraph.after != "end":
            out.append((f"paragraphs[{i}].after", paragraph.after))
    for i, photo in enumerate(draft.photos):
        for name in ("file", "caption", "credit"):
            out.append((f"photos[{i}].{name}", getattr(photo, name)))
    out.append(("credit", draft.credit))
    style = draft.style
    out += [
        ("style.pad_dates", "yes" if style.pad_dates else ""),
        ("style.credit_inline", "" if style.credit_inline else "no"),
        ("style.dateline_tag", style.dateline_tag),
        ("style.dateline_dash", "" if style.dateline_dash == "-" else style.dateline_dash),
        ("style.photo_credit", style.photo_credit),
        ("style.photo_credit_brackets", "" if style.photo_credit_brackets else "no"),
    ]
    return [(path, text) for path, text in out if text]


def diff_drafts(old: Draft, new: Draft) -> list[DiffRow]:
    """Field-by-field differences, aligned so an inserted paragraph does not shift the rest."""
    a, b = fields(old), fields(new)

    def key(item: tuple[str, str]) -> tuple[str, str]:
        return generic(item[0]), item[1]

    rows: list[DiffRow] = []
    matcher = difflib.SequenceMatcher(None, [key(x) for x in a], [key(x) for x in b], False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            rows += [
                DiffRow("equal", *a[i], *b[j])
                for i, j in zip(range(i1, i2), range(j1, j2), strict=True)
            ]
            continue
        # Within a changed block, pair fields of the same kind (title with title).
        olds, news = a[i1:i2], b[j1:j2]
        kinds = difflib.SequenceMatcher(
            None, [key(x)[0] for x in olds], [key(x)[0] for x in news], False
        )
        for op2, k1, k2, m1, m2 in kinds.get_opcodes():
            if op2 == "equal":
                rows += [
                    DiffRow("changed", *olds[k], *news[m])
                    for k, m in zip(range(k1, k2), range(m1, m2), strict=True)
                ]
                continue
            rows += [DiffRow("removed", *olds[k], "", "") for k in range(k1, k2)]
            rows += [DiffRow("added", "", "", *news[m]) for m in range(m1, m2)]
    return rows


_TOKEN = re.compile(r"\s+|\w+|[^\w\s]")


def word_diff(old: str, new: str) -> tuple[list[tuple[str, bool]], list[tuple[str, bool]]]:
    """Both texts cut into (piece, changed) runs, for marking what differs word by word."""
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    left: list[tuple[str, bool]] = []
    right: list[tuple[str, bool]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, False).get_opcodes():
        if i2 > i1:
            left.append(("".join(a[i1:i2]), op != "equal"))
        if j2 > j1:
            right.append(("".join(b[j1:j2]), op != "equal"))
    return left, right
