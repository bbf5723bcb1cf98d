"""The month's report written as XLSX, CSV and PDF holds exactly the known numbers."""

from __future__ import annotations

import csv
import datetime as dt
import re
import zipfile

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from kabar_desktop.services.report import month_report, write_report
from kabar_desktop.store import DraftStore

from . import monthdata as m
from .deskhelp import at, received


@pytest.fixture
def report():
    store = DraftStore.open()
    try:
        m.fill(store)
        return month_report(store, m.YEAR, m.MONTH, m.LISTED, m.KANWIL, m.TODAY)
    finally:
        store.close()


def test_xlsx_has_a_sheet_per_office_and_a_sheet_per_day(report, tmp_path):
    path = tmp_path / "laporan.xlsx"
    write_report(report, path, "xlsx")
    book = load_workbook(path)
    assert book.sheetnames == ["Per kantor", "Per hari"]
    offices = book["Per kantor"]
    assert m.KANWIL in offices["A1"].value and "Oktober 2026" in offices["A1"].value
    header = [c.value for c in offices[3]]
    assert header == [
        "Kantor",
        "Terkirim",
        "Diterima",
        "Dikembalikan",
        "Dipublikasikan",
        "Hari tanpa berita",
    ]
    table = {r[0]: tuple(r[1:]) for r in offices.iter_rows(min_row=4, values_only=True)}
    assert table == {**m.EXPECTED, "Jumlah": m.TOTAL}
    days = book["Per hari"]
    per_day = {
        (r[0], r[1].date()): tuple(r[2:]) for r in days.iter_rows(min_row=4, values_only=True)
    }
    assert len(per_day) == 4 * 31
    for (office, n), counts in m.EXPECTED_DAYS.items():
        assert per_day[(office, m.day(n))] == counts
    with zipfile.ZipFile(path) as package:  # the bar chart beside the table (openpyxl
        chart = package.read("xl/charts/chart1.xml").decode()  # reads no charts back)
    assert "Berita terkirim dan dipublikasikan, per kantor" in chart
    assert "'Per kantor'!$A$4:$A$7" in chart  # the four offices are its categories


def test_csv_is_utf8_with_a_bom_and_holds_both_tables(report, tmp_path):
    path = tmp_path / "laporan.csv"
    write_report(report, path, "csv")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as f:
        lines = list(csv.reader(f))
    assert m.KANWIL in lines[0][0] and "Oktober 2026" in lines[0][0]
    month = {r[0]: tuple(int(x) for x in r[1:]) for r in lines[3:8]}
    assert month == {**m.EXPECTED, "Jumlah": m.TOTAL}
    start = lines.index(
        ["Kantor", "Tanggal", "Terkirim", "Diterima", "Dikembalikan", "Dipublikasikan"]
    )
    per_day = {(r[0], r[1]): tuple(int(x) for x in r[2:]) for r in lines[start + 1 :]}
    assert len(per_day) == 4 * 31
    for (office, n), counts in m.EXPECTED_DAYS.items():
        assert per_day[(office, m.day(n).isoformat())] == counts


def test_pdf_names_the_kanwil_and_the_month_and_shows_the_numbers(report, tmp_path):
    path = tmp_path / "laporan.pdf"
    write_report(report, path, "pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    assert f"Laporan Berita {m.KANWIL}, Oktober 2026" in text
    for office, numbers in {**m.EXPECTED, "Jumlah": m.TOTAL}.items():
        line = " ".join([office, *map(str, numbers)])
        assert re.search(rf"^{re.escape(line)}$", text, re.M), line
    assert "Berita terkirim dan dipublikasikan, per kantor" in text  # the chart's title
    # the chart: one bar label per office with its number sent
    chart = text[text.index("per kantor\n") :]
    for office, numbers in m.EXPECTED.items():
        assert re.search(rf"^{re.escape(office)} {numbers[0]}$", chart, re.M), office


def test_names_the_font_lacks_do_not_stop_the_pdf(tmp_path):
    store = DraftStore.open()
    try:
        received(store, "Rutan Śoe 監獄 – Timur", at(m.day(2)), "published")
        report = month_report(store, m.YEAR, m.MONTH, [], "Kanwil Łódź", m.TODAY)
    finally:
        store.close()
    path = tmp_path / "laporan.pdf"
    write_report(report, path, "pdf")
    text = PdfReader(path).pages[0].extract_text()
    assert "Kanwil Lódz" in text  # what the font has is kept
    assert "Rutan Soe ?? – Timur 1 1 0 1 30" in text


def test_a_failed_export_leaves_the_old_file_as_it_was(report, tmp_path, monkeypatch):
    from kabar_desktop.export import report_pdf

    path = tmp_path / "laporan.pdf"
    path.write_bytes(b"the old report")

    def broken(_report):
        raise OSError("disk full")

    monkeypatch.setattr(report_pdf, "render", broken)
    with pytest.raises(OSError):
        write_report(report, path, "pdf")
    assert path.read_bytes() == b"the old report"
    assert [p.name for p in tmp_path.iterdir()] == ["laporan.pdf"]


def test_an_empty_month_still_makes_every_file(tmp_path):
    store = DraftStore.open()
    try:
        report = month_report(store, 2026, 2, ["Lapas Kupang"], "Kanwil NTT", dt.date(2026, 3, 1))
    finally:
        store.close()
    for fmt in ("xlsx", "csv", "pdf"):
        write_report(report, tmp_path / f"kosong.{fmt}", fmt)
    table = load_workbook(tmp_path / "kosong.xlsx")["Per kantor"]
    assert [c.value for c in table[4]] == ["Lapas Kupang", 0, 0, 0, 0, 28]
    assert "Februari 2026" in PdfReader(tmp_path / "kosong.pdf").pages[0].extract_text()


def test_an_office_named_like_a_formula_stays_text(tmp_path):
    """Office names come from other offices' bundles: neither file may make one a formula."""
    name = '=HYPERLINK("http://contoh.invalid/","Klik")'
    store = DraftStore.open()
    try:
        received(store, name, at(m.day(2)), "accepted")
        received(store, "@SUM(A1)", at(m.day(3)))
        report = month_report(store, m.YEAR, m.MONTH, [], "Kanwil NTT", m.TODAY)
    finally:
        store.close()
    write_report(report, tmp_path / "laporan.xlsx", "xlsx")
    write_report(report, tmp_path / "laporan.csv", "csv")
    book = load_workbook(tmp_path / "laporan.xlsx")
    for sheet in book.worksheets:
        cells = [c for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
        assert cells and all(c.data_type == "s" for c in cells), sheet.title
    labels = {r[0] for r in book["Per kantor"].iter_rows(min_row=4, values_only=True)}
    assert {name, "@SUM(A1)"} <= labels
    with (tmp_path / "laporan.csv").open(encoding="utf-8-sig", newline="") as f:
        first = [r[0] for r in csv.reader(f) if r]
    assert "'" + name in first and "'@SUM(A1)" in first
    assert not any(cell[:1] in "=+-@" for cell in first)


def test_a_long_list_of_offices_goes_on_to_the_next_page_with_its_header(tmp_path):
    offices = [f"Lapas Kelas III Nomor {n:02d}" for n in range(1, 61)]
    store = DraftStore.open()
    try:
        for n, office in enumerate(offices):
            for _k in range(n % 4):
                received(store, office, at(m.day(1 + n % 28)), "accepted")
        report = month_report(store, m.YEAR, m.MONTH, offices, m.KANWIL, m.TODAY)
    finally:
        store.close()
    path = tmp_path / "laporan.pdf"
    write_report(report, path, "pdf")
    pages = [page.extract_text() for page in PdfReader(path).pages]
    assert len(pages) >= 3  # the table runs over, then the chart
    assert pages[1].startswith("Kantor Terkirim")  # the header again on the next page
    text = "\n".join(pages)
    for n, office in enumerate(offices):
        sent = n % 4
        assert re.search(rf"^{office} {sent} {sent} 0 0 {31 - (1 if sent else 0)}$", text, re.M)
