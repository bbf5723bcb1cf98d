"""The month's report to the Directorate General: per office, per day, for the month (issue 16).

Counted by the day each draft was **sent** (the Kanwil's local time; a draft from an older
Kabar, which carries no "sent", by the day it arrived), as docs/desk.md says:
sent, accepted (verdict accepted or published), sent back, published, and the days without an
article up to ``today``. The window and ``kabar report`` both build it here and write it with
``write_report`` (XLSX, CSV, PDF: each exporter imported only when used).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from kabar_desktop.i18n import _
from kabar_desktop.model.problems import N_

FORMATS = ("xlsx", "pdf", "csv")
# The columns every export shows, in this order (translated when written).
COLUMNS = (
    N_("Sent"),
    N_("Accepted"),
    N_("Sent back"),
    N_("Published"),
)
DAYS_WITHOUT = N_("Days without an article")
OFFICE = N_("Office")
DATE = N_("Date")
TOTAL = N_("Total")
UNKNOWN_OFFICE = N_("(office not named)")

TYPE_CHECKING = False
if TYPE_CHECKING:
    from kabar_desktop.store import DraftStore


@dataclass
class Counts:
    """What one office did on one day (or in the month)."""

    sent: int = 0
    accepted: int = 0
    sent_back: int = 0
    published: int = 0

    def add(self, other: Counts) -> None:
        self.sent += other.sent
        self.accepted += other.accepted
        self.sent_back += other.sent_back
        self.published += other.published

    def values(self) -> tuple[int, int, int, int]:
        """In the order of ``COLUMNS``."""
        return (self.sent, self.accepted, self.sent_back, self.published)


@dataclass
class OfficeMonth:
    """One office's month: a ``Counts`` per day of the month (``days[0]`` is the 1st)."""

    office: str
    days: list[Counts]
    days_without: int  # days up to today with nothing sent
    listed: bool = True  # in the Kanwil's list of UPTs (else: an origin that sent anyway)

    @property
    def total(self) -> Counts:
        out = Counts()
        for day in self.days:
            out.add(day)
        return out

    @property
    def label(self) -> str:
        return self.office or _(UNKNOWN_OFFICE)


@dataclass
class MonthReport:
    """The Kanwil's month, as every export and the window's chart show it."""

    kanwil_name: str
    year: int
    month: int
    today: dt.date
    counted_days: int  # days of the month up to today (all of a past month, none of a future)
    offices: list[OfficeMonth] = field(default_factory=list)

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month, 1)

    @property
    def day_count(self) -> int:
        return _days_in(self.year, self.month)

    def dates(self) -> list[dt.date]:
        return [dt.date(self.year, self.month, d) for d in range(1, self.day_count + 1)]

    @property
    def total(self) -> Counts:
        """The whole Kanwil's month."""
        out = Counts()
        for office in self.offices:
            out.add(office.total)
        return out

    @property
    def days_without(self) -> int:
        """Every office's days without an article, added up."""
        return sum(o.days_without for o in self.offices)

    def day_totals(self) -> list[Counts]:
        """The whole Kanwil, day by day."""
        out = [Counts() for _day in range(self.day_count)]
        for office in self.offices:
            for total, day in zip(out, office.days, strict=True):
                total.add(day)
        return out

    @property
    def month_name(self) -> str:
        """``November 2026``: the month in Indonesian, from Babel's calendar as the articles'
        dates take it (saved at build time: the command line does not load Babel)."""
        from kabar_desktop.compose.indonesian import _calendar

        return f"{_calendar()['months'][self.month - 1]} {self.year}"

    @property
    def title(self) -> str:
        if not self.kanwil_name.strip():  # a profile without the Kanwil's name yet
            return _("Articles of {month}").format(month=self.month_name)
        return _("Articles of {kanwil}, {month}").format(
            kanwil=self.kanwil_name.strip(), month=self.month_name
        )


def _days_in(year: int, month: int) -> int:
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return (following - dt.timedelta(days=1)).day


def _start(day: dt.date) -> float:
    return dt.datetime.combine(day, dt.time()).timestamp()


def month_report(
    store: DraftStore,
    year: int,
    month: int,
    offices: list[str],
    kanwil_name: str,
    today: dt.date,
) -> MonthReport:
    """Count the month ``year``-``month`` for the listed ``offices`` and any other origin that
    sent in it (not conflict copies, not deleted drafts), by the local day each was sent."""
    first = dt.date(year, month, 1)
    day_count = _days_in(year, month)
    following = first + dt.timedelta(days=day_count)
    if today >= following:
        counted = day_count
    elif today < first:
        counted = 0
    else:
        counted = today.day
    # A draft from an older Kabar carries no "sent": the day it arrived here stands for it.
    live = "s.conflict_of IS NULL AND s.deleted = 0 AND d.trashed IS NULL"
    rows = store.db.query(
        "SELECT s.origin, s.sent, s.review FROM sync_drafts s "
        f"CROSS JOIN drafts d ON d.id = s.draft_id WHERE s.sent >= ? AND s.sent < ? AND {live} "
        "UNION ALL SELECT s.origin, s.arrived, s.review FROM sync_drafts s "
        "CROSS JOIN drafts d ON d.id = s.draft_id "
        f"WHERE s.sent IS NULL AND s.arrived >= ? AND s.arrived < ? AND {live}",
        (_start(first), _start(following)) * 2,
    )
    listed = list(dict.fromkeys(offices))
    days: dict[str, list[Counts]] = {o: [Counts() for _d in range(day_count)] for o in listed}
    fromtimestamp = dt.datetime.fromtimestamp
    for origin, sent, review in rows:
        index = fromtimestamp(sent).day - 1
        per_day = days.get(origin)
        if per_day is None:
            per_day = days[origin] = [Counts() for _d in range(day_count)]
        counts = per_day[index]
        counts.sent += 1
        if review in ("accepted", "published"):
            counts.accepted += 1
        if review == "needs_changes":
            counts.sent_back += 1
        if review == "published":
            counts.published += 1
    others = sorted((o for o in days if o not in set(listed)), key=str.casefold)
    report = MonthReport(kanwil_name, year, month, today, counted)
    for office in [*listed, *others]:
        per_day = days[office]
        without = sum(1 for c in per_day[:counted] if c.sent == 0)
        report.offices.append(OfficeMonth(office, per_day, without, listed=office in listed))
    return report


def parse_month(text: str) -> tuple[int, int] | None:
    """``2026-11`` → (2026, 11); ``None`` for anything else."""
    parts = text.strip().split("-")
    if len(parts) != 2 or not all(p.isascii() and p.isdigit() for p in parts):
        return None
    if len(parts[0]) != 4 or len(parts[1]) not in (1, 2):
        return None
    year, month = int(parts[0]), int(parts[1])
    if not (1 <= month <= 12 and 1970 <= year <= 2999):
        return None
    return year, month


def format_for(path: Path) -> str | None:
    """The format a file name asks for by its suffix (``laporan.xlsx`` → ``xlsx``)."""
    suffix = Path(path).suffix.lower().lstrip(".")
    return suffix if suffix in FORMATS else None


def write_report(report: MonthReport, path: Path, fmt: str) -> None:
    """Write ``report`` as ``fmt`` (one of ``FORMATS``) to ``path``, whole or not at all."""
    if fmt == "xlsx":
        from kabar_desktop.export.report_xlsx import write_xlsx

        write_xlsx(report, path)
    elif fmt == "pdf":
        from kabar_desktop.export.report_pdf import write_pdf

        write_pdf(report, path)
    elif fmt == "csv":
        from kabar_desktop.export.report_csv import write_csv

        write_csv(report, path)
    else:
        raise ValueError(f"unknown report format {fmt!r}")
