"""The month's report as an Excel workbook (openpyxl), a sheet per view.

"By office": the month per office with the Kanwil's total; "By day": every office's every
day. Numbers are numbers (the Directorate General's staff add them up), dates are dates.
"""

from __future__ import annotations

from pathlib import Path

from kabar_desktop.atomic import write_atomic
from kabar_desktop.i18n import _
from kabar_desktop.model.problems import N_

BY_OFFICE = N_("By office")
BY_DAY = N_("By day")
CHART_TITLE = N_("Articles sent and published, per office")  # as the PDF's chart

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import BinaryIO

    from openpyxl.worksheet.worksheet import Worksheet

    from kabar_desktop.services.report import MonthReport


def _clean(text: str) -> str:
    """What a cell may hold: no control characters (Excel refuses the file), no surrogates."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    text = ILLEGAL_CHARACTERS_RE.sub(" ", text)
    return text.encode("utf-8", "replace").decode("utf-8")


def _header(sheet: Worksheet, row: int, names: list[str]) -> None:
    from openpyxl.styles import Font, PatternFill

    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDE4EE")
    for column, name in enumerate(names, start=1):
        cell = sheet.cell(row=row, column=column, value=name)
        cell.font, cell.fill = bold, fill


def _as_text(sheet: Worksheet) -> None:
    """Every text cell stays text: an office named "=HYPERLINK(…)" (names come from other
    offices' bundles) would otherwise be a formula that Excel runs."""
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, str):
                cell.data_type = "s"


def _chart(sheet: Worksheet, offices: int) -> None:
    """Bars of articles sent and published per office, beside the table (Excel draws it)."""
    if not offices:
        return
    from openpyxl.chart import BarChart, Reference

    chart = BarChart()
    chart.type = "bar"
    chart.title = _(CHART_TITLE)
    chart.height = max(7.5, 0.55 * offices + 2)
    chart.width = 18
    last = 3 + offices
    for column in (2, 5):  # sent, published
        chart.add_data(
            Reference(sheet, min_col=column, min_row=3, max_row=last), titles_from_data=True
        )
    chart.set_categories(Reference(sheet, min_col=1, min_row=4, max_row=last))
    chart.y_axis.majorGridlines = None
    chart.x_axis.scaling.orientation = "maxMin"  # the first office on top, as in the table
    sheet.add_chart(chart, "H3")


def write_xlsx(report: MonthReport, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from kabar_desktop.services import report as labels

    counts = [_(c) for c in labels.COLUMNS]
    book = Workbook()
    sheet = book.active
    assert sheet is not None  # a new workbook has one sheet
    sheet.title = _(BY_OFFICE)
    sheet["A1"] = _clean(report.title)
    sheet["A1"].font = Font(bold=True, size=14)
    _header(sheet, 3, [_(labels.OFFICE), *counts, _(labels.DAYS_WITHOUT)])
    row = 4
    for office in report.offices:
        sheet.append([_clean(office.label), *office.total.values(), office.days_without])
        row += 1
    sheet.append([_(labels.TOTAL), *report.total.values(), report.days_without])
    for cell in sheet[row]:
        cell.font = Font(bold=True)
    sheet.column_dimensions["A"].width = min(
        60, max([24, *(len(o.label) + 2 for o in report.offices)])
    )
    for letter in "BCDEF":
        sheet.column_dimensions[letter].width = 16
    sheet.freeze_panes = "B4"
    _chart(sheet, len(report.offices))

    days = book.create_sheet(_(BY_DAY))
    days["A1"] = _clean(report.title)
    days["A1"].font = Font(bold=True, size=14)
    _header(days, 3, [_(labels.OFFICE), _(labels.DATE), *counts])
    dates = report.dates()
    for office in report.offices:
        label = _clean(office.label)
        for date, day in zip(dates, office.days, strict=True):
            days.append([label, date, *day.values()])
    for number in range(4, days.max_row + 1):
        days.cell(row=number, column=2).number_format = "yyyy-mm-dd"
    for table in (sheet, days):
        _as_text(table)
    days.column_dimensions["A"].width = sheet.column_dimensions["A"].width
    days.column_dimensions["B"].width = 12
    days.freeze_panes = "C4"

    def write(out: BinaryIO) -> None:
        book.save(out)

    write_atomic(Path(path), write, durable=False)
