"""The month's report in the window: a month with known numbers, counted off the interface
thread, drawn in the chart, listed per office and per day, exported as CSV and XLSX."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from desk_gui_data import at, received
from PySide6.QtCore import QDate

from kabar_desktop.gui.desk.report_view import EMPTY_DAY, ReportView
from kabar_desktop.store import DraftStore

MONTH = dt.date(2026, 11, 1)
TODAY = dt.date(2026, 12, 3)
OFFICES = ["Lapas Kupang", "Rutan Soe", "Lapas Atambua"]
# (office, day of November, verdict)
SENT = [
    ("Lapas Kupang", 2, "published"),
    ("Lapas Kupang", 2, "accepted"),
    ("Lapas Kupang", 3, "needs_changes"),
    ("Lapas Kupang", 30, ""),
    ("Rutan Soe", 5, "published"),
    ("Rudenim Kupang", 6, "accepted"),  # not in the Kanwil's list: counted all the same
]


@pytest.fixture
def report(qtbot) -> ReportView:
    store = DraftStore.open(session=True)
    for office, day, verdict in SENT:
        received(store, office, at(MONTH.replace(day=day), 10), verdict)
    received(store, "Rutan Soe", at(dt.date(2026, 10, 31), 23), "accepted")  # October
    path = Path(store.db.path)
    store.close()
    view = ReportView(path, OFFICES, "Kanwil Kemenkumham NTT", today=TODAY)
    qtbot.addWidget(view)
    view.resize(1200, 600)
    view.show()
    view.month.setDate(QDate(2026, 11, 1))
    qtbot.waitUntil(lambda: view.report is not None and view.job is None, timeout=5000)
    qtbot.waitUntil(lambda: view.report.month == 11, timeout=5000)
    return view


def test_the_chart_draws_the_months_numbers(report):
    rows = {r.office: (r.sent, r.accepted, r.sent_back, r.published) for r in report.chart.rows}
    assert rows == {
        "Lapas Kupang": (4, 2, 1, 1),
        "Rutan Soe": (1, 1, 0, 1),
        "Lapas Atambua": (0, 0, 0, 0),
        "Rudenim Kupang": (1, 1, 0, 0),
    }
    bars = dict(zip([r.office for r in report.chart.rows], report.chart.segments(), strict=True))
    kupang = sum(rect.width() for _k, rect in bars["Lapas Kupang"])
    soe = sum(rect.width() for _k, rect in bars["Rutan Soe"])
    assert kupang == pytest.approx(4 * soe)
    assert bars["Lapas Atambua"] == []
    assert "Kanwil Kemenkumham NTT" in report.title.text()


def test_the_tables_list_each_office_and_day(report):
    table = report.table
    names = [table.item(n, 0).text() for n in range(table.rowCount())]
    assert names[:3] == OFFICES and names[3] == "Rudenim Kupang"
    kupang = [table.item(0, c).text() for c in range(1, 6)]
    assert kupang == ["4", "2", "1", "1", "27"]  # 30 days, 3 with an article
    total = [table.item(table.rowCount() - 1, c).text() for c in range(1, 5)]
    assert total == ["6", "4", "1", "2"]
    days = report.days
    assert days.columnCount() == 31  # the office, then 30 days
    assert days.item(0, 2).text() == "2"  # Lapas Kupang, 2 November
    assert days.item(0, 1).text() == ""
    assert days.item(0, 1).background().color().name() == EMPTY_DAY
    assert days.item(0, 2).background().color().name() != EMPTY_DAY


def test_exports_are_written_off_the_interface_thread(qtbot, report, tmp_path):
    target = tmp_path / "laporan.csv"
    report.export("csv", target)
    assert report.job is not None  # writing: the buttons wait
    assert not report.exports["xlsx"].isEnabled()
    qtbot.waitUntil(lambda: report.job is None, timeout=5000)
    assert report.exports["xlsx"].isEnabled()
    assert str(target) in report.summary.text()
    rows = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines()))
    kupang = next(row for row in rows if row and row[0] == "Lapas Kupang")
    assert kupang[1:5] == ["4", "2", "1", "1"]
    xlsx = tmp_path / "laporan.xlsx"
    report.export("xlsx", xlsx)
    qtbot.waitUntil(lambda: report.job is None, timeout=10000)
    from openpyxl import load_workbook

    values = [c.value for row in load_workbook(xlsx).worksheets[0].iter_rows() for c in row]
    assert "Lapas Kupang" in values


def test_a_failed_export_says_why_and_writes_nothing(qtbot, report, tmp_path):
    target = tmp_path / "no-such-folder" / "laporan.csv"
    report.export("csv", target)
    qtbot.waitUntil(lambda: report.job is None, timeout=5000)
    assert not target.exists()
    assert str(target) not in report.summary.text()
    assert report.summary.text()  # the reason, in plain words
