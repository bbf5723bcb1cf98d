"""The month's report as CSV: UTF-8 with a byte-order mark, so that Excel reads it as UTF-8.

Two tables one after the other, a blank line between: the month per office (with the
Kanwil's total), then every office's every day (the "one article a day" programmes' view).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from kabar_desktop.atomic import write_bytes_atomic
from kabar_desktop.i18n import _

TYPE_CHECKING = False
if TYPE_CHECKING:
    from kabar_desktop.services.report import MonthReport


def _safe(text: str) -> str:
    """A text cell Excel will not run as a formula (OWASP's advice for CSV): office names come
    from other offices' bundles, and "=HYPERLINK(…)" or "@SUM(…)" would otherwise run."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def rows(report: MonthReport) -> list[list[str | int]]:
    """The report's lines, as the CSV holds them (translated headers, numbers as numbers)."""
    from kabar_desktop.services import report as labels

    counts = [_(c) for c in labels.COLUMNS]
    out: list[list[str | int]] = [[_safe(report.title)], []]
    out.append([_(labels.OFFICE), *counts, _(labels.DAYS_WITHOUT)])
    for office in report.offices:
        out.append([_safe(office.label), *office.total.values(), office.days_without])
    out.append([_(labels.TOTAL), *report.total.values(), report.days_without])
    out.append([])
    out.append([_(labels.OFFICE), _(labels.DATE), *counts])
    dates = [d.isoformat() for d in report.dates()]
    for office in report.offices:
        label = _safe(office.label)
        for date, day in zip(dates, office.days, strict=True):
            out.append([label, date, *day.values()])
    return out


def write_csv(report: MonthReport, path: Path) -> None:
    text = io.StringIO()
    csv.writer(text, lineterminator="\r\n").writerows(rows(report))
    write_bytes_atomic(Path(path), text.getvalue().encode("utf-8-sig", "replace"), durable=False)
