"""The month's report as a PDF (fpdf2: the command line has no Qt): title, table, bar chart.

The chart is drawn with fpdf2's own rectangles. The text is in a core font (Helvetica,
Windows-1252), which holds Indonesian whole; a letter it lacks in an office's name (Ś, ł, a
Chinese name) is written without its accent, else as "?", never a failure.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from kabar_desktop.atomic import write_bytes_atomic
from kabar_desktop.i18n import _
from kabar_desktop.model.problems import N_

ENCODING = "windows-1252"
CHART_TITLE = N_("Articles sent and published, per office")
MARGIN, WIDTH = 15.0, 180.0  # millimetres on A4 portrait
NAME_WIDTH, NUMBER_WIDTH, LAST_WIDTH = 60.0, 22.0, 32.0
ROW = 6.0
SENT_COLOUR, PUBLISHED_COLOUR = (158, 187, 222), (31, 78, 140)

# Letters with no decomposition to their base letter (NFKD leaves them whole).
_BASES = str.maketrans({"Ł": "L", "ł": "l", "Đ": "D", "đ": "d", "Ħ": "H", "ħ": "h", "ı": "i"})

TYPE_CHECKING = False
if TYPE_CHECKING:
    from fpdf import FPDF

    from kabar_desktop.services.report import MonthReport


def printable(text: str) -> str:
    """``text`` as the core font can write it: letters it lacks lose their accent, or become
    "?"; control characters become spaces."""
    out = []
    for ch in text:
        if unicodedata.category(ch) in ("Cc", "Cs"):
            out.append(" ")
            continue
        try:
            ch.encode(ENCODING)
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFKD", ch.translate(_BASES))
        base = "".join(c for c in parts if not unicodedata.combining(c))
        try:
            base.encode(ENCODING)
            out.append(base or "?")
        except UnicodeEncodeError:
            out.append("?")
    return "".join(out)


def _fit(pdf: FPDF, text: str, width: float) -> str:
    """``text`` cut (with "…") to fit ``width`` millimetres in the current font."""
    text = printable(text)
    if pdf.get_string_width(text) <= width:
        return text
    while text and pdf.get_string_width(text + "…") > width:
        text = text[:-1]
    return text + "…"


def _table(pdf: FPDF, report: MonthReport) -> None:
    from kabar_desktop.services import report as labels

    names = [*(_(c) for c in labels.COLUMNS), _(labels.DAYS_WITHOUT)]
    widths = [NUMBER_WIDTH] * len(labels.COLUMNS) + [LAST_WIDTH]

    def header() -> None:
        pdf.set_font("Helvetica", "B", 8)
        pdf.set_fill_color(221, 228, 238)
        pdf.cell(NAME_WIDTH, ROW, _fit(pdf, _(labels.OFFICE), NAME_WIDTH - 2), border=1, fill=True)
        for name, width in zip(names, widths, strict=True):
            pdf.cell(width, ROW, _fit(pdf, name, width - 2), border=1, align="C", fill=True)
        pdf.ln(ROW)
        pdf.set_font("Helvetica", "", 9)

    def line(name: str, values: list[int], bold: bool = False) -> None:
        if pdf.get_y() + ROW > pdf.h - MARGIN:
            pdf.add_page()
            header()
        pdf.set_font("Helvetica", "B" if bold else "", 9)
        pdf.cell(NAME_WIDTH, ROW, _fit(pdf, name, NAME_WIDTH - 2), border=1)
        for value, width in zip(values, widths, strict=True):
            pdf.cell(width, ROW, str(value), border=1, align="R")
        pdf.ln(ROW)

    header()
    for office in report.offices:
        line(office.label, [*office.total.values(), office.days_without])
    line(_(labels.TOTAL), [*report.total.values(), report.days_without], bold=True)


def _chart(pdf: FPDF, report: MonthReport) -> None:
    """Horizontal bars, one per office: sent (light) with published over it (dark)."""
    from kabar_desktop.services import report as labels

    bar, gap, label_width = 4.0, 2.0, 55.0
    needed = 20 + len(report.offices) * (bar + gap)
    if pdf.get_y() + min(needed, 80) > pdf.h - MARGIN:
        pdf.add_page()
    pdf.ln(6)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(WIDTH, 7, printable(_(CHART_TITLE)))
    pdf.ln(8)
    pdf.set_font("Helvetica", "", 8)
    x = MARGIN
    for colour, name in ((SENT_COLOUR, labels.COLUMNS[0]), (PUBLISHED_COLOUR, labels.COLUMNS[3])):
        pdf.set_fill_color(*colour)
        pdf.rect(x, pdf.get_y() + 1, 4, 3, style="F")
        pdf.set_x(x + 5)
        text = printable(_(name))
        pdf.cell(pdf.get_string_width(text) + 2, 5, text)
        x += pdf.get_string_width(text) + 12
    pdf.ln(7)
    most = max([1, *(o.total.sent for o in report.offices)])
    room = WIDTH - label_width - 12
    for office in report.offices:
        if pdf.get_y() + bar + gap > pdf.h - MARGIN:
            pdf.add_page()
        y = pdf.get_y()
        total = office.total
        pdf.set_x(MARGIN)
        pdf.cell(label_width, bar, _fit(pdf, office.label, label_width - 2), align="R")
        left = MARGIN + label_width
        if total.sent:
            pdf.set_fill_color(*SENT_COLOUR)
            pdf.rect(left, y, room * total.sent / most, bar, style="F")
        if total.published:
            pdf.set_fill_color(*PUBLISHED_COLOUR)
            pdf.rect(left, y, room * total.published / most, bar, style="F")
        pdf.set_xy(left + room * total.sent / most + 1, y)
        pdf.cell(12, bar, str(total.sent))
        pdf.set_y(y + bar + gap)


def render(report: MonthReport) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(orientation="portrait", unit="mm", format="A4")
    pdf.core_fonts_encoding = ENCODING
    pdf.set_margins(MARGIN, MARGIN, MARGIN)
    pdf.set_auto_page_break(False)
    pdf.set_title(printable(report.title))
    pdf.set_creator("Kabar")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.multi_cell(WIDTH, 8, printable(report.title), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    pdf.multi_cell(WIDTH, 5, printable(_subtitle(report)), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    _table(pdf, report)
    _chart(pdf, report)
    return bytes(pdf.output())


def _subtitle(report: MonthReport) -> str:
    """How it was counted: by the day sent; for the month under way, up to which day."""
    from kabar_desktop.compose.indonesian import long_date

    said = _("Counted by the day each article was sent.")
    if 0 < report.counted_days < report.day_count:
        upto = _("Days without an article counted up to {date}.").format(
            date=long_date(report.today)
        )
        said = f"{said} {upto}"
    return said


def write_pdf(report: MonthReport, path: Path) -> None:
    write_bytes_atomic(Path(path), render(report), durable=False)
