"""The Kanwil's desk, read from the store: what came in from which office and when (issue 16).

Reads only: the sync engine fills ``sync_drafts`` (``origin``, ``sent``, ``arrived``, the
verdict, ``published_*``) and ``remarks`` (schema version 5, docs/desk.md). A draft "came in"
when this office received it from another (``arrived`` is set); conflict copies, drafts in the
trash and deleted ones are not the desk's. Days are the Kanwil's local days.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from . import codec
from .drafts import DraftStore

# ``sent`` is the sending office's clock; a draft from an older Kabar has none: its arrival.
_WHEN = "COALESCE(s.sent, s.arrived)"
_LIVE = "d.trashed IS NULL AND s.conflict_of IS NULL AND s.deleted = 0"
_INCOMING = f"s.arrived IS NOT NULL AND {_LIVE}"


class DeskRow(NamedTuple):
    """One line of the desk (a tuple: a year of drafts is built in milliseconds)."""

    draft_id: int
    uuid: str
    origin: str  # the sending office, as its own profile names it
    title: str
    sent: float | None  # epoch seconds, the sending office's clock
    arrived: float | None  # epoch seconds, when this office received it
    review: str  # "" (waiting), "accepted", "needs_changes", "published"
    published_url: str
    published_on: str  # YYYY-MM-DD, or ""
    open_remarks: int  # remarks the writer has not marked done

    @property
    def when(self) -> float:
        """When the draft came: sent, else arrived (what the desk sorts and groups by)."""
        return self.sent if self.sent is not None else (self.arrived or 0.0)

    @property
    def day(self) -> dt.date:
        """The Kanwil's local day the draft was sent (the desk's groups, the report's days)."""
        return dt.datetime.fromtimestamp(self.when).date()


def day_start(day: dt.date) -> float:
    """Epoch seconds of the local midnight that starts ``day``."""
    return dt.datetime.combine(day, dt.time()).timestamp()


def incoming(
    store: DraftStore,
    office: str | None = None,
    verdict: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    text: str = "",
    *,
    limit: int | None = None,
) -> list[DeskRow]:
    """Drafts received from other offices, newest first (by sent, else arrived).

    ``office``: one origin; ``verdict``: one review ("" is those still waiting); ``since`` and
    ``until``: local days, both included; ``text``: every word, through the full-text index
    (words the index cannot match give nothing); ``limit``: the newest so many.
    """
    where = [_INCOMING]
    params: list = []
    if office is not None:
        where.append("s.origin = ?")
        params.append(office)
    if verdict is not None:
        where.append("s.review = ?")
        params.append(verdict)
    if since is not None:
        where.append(f"{_WHEN} >= ?")
        params.append(day_start(since))
    if until is not None:
        where.append(f"{_WHEN} < ?")
        params.append(day_start(until + dt.timedelta(days=1)))
    if text.strip():
        expression = codec.match_expression(text)
        if expression is None:
            return []
        where.append(_matching(store, expression, limit))
        params.append(expression)
    if limit is None:  # every row: one scan and one sort, both in SQLite
        return _select(store, where, params, _WHEN, None)
    # The newest few: a walk down the index by ``sent`` stops at the limit (no sort of the
    # whole table); then drafts from an older Kabar without ``sent``, by arrival; merged here.
    sent = _select(store, [*where, "s.sent IS NOT NULL"], params, "s.sent", limit)
    unsent = _select(store, [*where, "s.sent IS NULL"], params, "s.arrived", limit)
    if not unsent:
        return sent
    rows = sorted(sent + unsent, key=lambda r: (r.when, r.draft_id), reverse=True)
    return rows[:limit]


def _matching(store: DraftStore, expression: str, limit: int | None) -> str:
    """The words' condition, written for the faster of two walks.

    SQLite reads the index's matches and sorts them: quick for a rare word, but a word in
    most drafts (``pembinaan``) means thousands of lookups and a sort for the newest 100.
    Then the walk down the ``sent`` index, testing each draft against the matches, stops
    after about ``limit × drafts / matches`` steps: the ``+`` keeps SQLite from driving the
    query from the index's matches.
    """
    condition = "d.id IN (SELECT rowid FROM search WHERE search MATCH ?)"
    if limit is None:
        return condition
    found = store.db.query("SELECT count(*) FROM search WHERE search MATCH ?", [expression])
    return "+" + condition if found[0][0] > 10 * limit else condition


def _select(
    store: DraftStore, where: list[str], params: list, order: str, limit: int | None
) -> list[DeskRow]:
    # CROSS JOIN keeps ``sync_drafts`` outside: its indexes give the order, and each draft
    # is then one lookup by its id (the other way round costs a search through
    # ``sync_drafts``' index by draft per draft, several times slower).
    sql = (
        "SELECT d.id, s.uuid, s.origin, d.title, s.sent, s.arrived, s.review, "
        "s.published_url, s.published_on, "
        "(SELECT COUNT(*) FROM remarks r WHERE r.uuid = s.uuid AND r.done = 0) "
        "FROM sync_drafts s CROSS JOIN drafts d ON d.id = s.draft_id "
        f"WHERE {' AND '.join(where)} ORDER BY {order} DESC, d.id DESC"
    )
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [DeskRow(*r) for r in store.db.query(sql, params)]


def waiting(store: DraftStore) -> int:
    """Drafts received that have no verdict yet: "12 waiting"."""
    return store.db.query(
        "SELECT COUNT(*) FROM sync_drafts s CROSS JOIN drafts d ON d.id = s.draft_id "
        f"WHERE {_INCOMING} AND s.review = ''"
    )[0][0]


def silent_offices(store: DraftStore, offices: list[str], day: dt.date) -> list[str]:
    """The offices of ``offices`` (in that order) that sent nothing on the local ``day``."""
    start, end = day_start(day), day_start(day + dt.timedelta(days=1))
    rows = store.db.query(
        "SELECT DISTINCT s.origin FROM sync_drafts s JOIN drafts d ON d.id = s.draft_id "
        f"WHERE s.sent >= ? AND s.sent < ? AND {_LIVE} "
        "UNION SELECT DISTINCT s.origin FROM sync_drafts s JOIN drafts d ON d.id = s.draft_id "
        f"WHERE s.sent IS NULL AND s.arrived >= ? AND s.arrived < ? AND {_LIVE}",
        (start, end, start, end),
    )
    sent = {r[0] for r in rows}
    return [office for office in offices if office not in sent]


def origins(store: DraftStore) -> list[str]:
    """Every office drafts came from (the desk's office filter also lists unlisted senders)."""
    return [
        r[0]
        for r in store.db.query(
            "SELECT DISTINCT s.origin FROM sync_drafts s WHERE s.arrived IS NOT NULL "
            "AND s.conflict_of IS NULL ORDER BY s.origin COLLATE NOCASE"
        )
    ]
