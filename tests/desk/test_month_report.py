"""The month's report counts what docs/desk.md says, by the local day each draft was sent."""

from __future__ import annotations

import datetime as dt

import pytest

from kabar_desktop.services.report import format_for, month_report, parse_month
from kabar_desktop.store import DraftStore

from . import monthdata as m
from .deskhelp import at, received


@pytest.fixture
def store():
    store = DraftStore.open()
    yield store
    store.close()


def test_a_past_month_gives_the_known_numbers(store):
    m.fill(store)
    report = month_report(store, m.YEAR, m.MONTH, m.LISTED, m.KANWIL, m.TODAY)
    assert [o.office for o in report.offices] == [*m.LISTED, m.BAPAS]
    assert [o.listed for o in report.offices] == [True, True, True, False]
    for office in report.offices:
        assert (*office.total.values(), office.days_without) == m.EXPECTED[office.office]
    assert (*report.total.values(), report.days_without) == m.TOTAL
    by_name = {o.office: o for o in report.offices}
    for (office, n), counts in m.EXPECTED_DAYS.items():
        assert by_name[office].days[n - 1].values() == counts, (office, n)
    assert report.counted_days == report.day_count == 31
    day_totals = report.day_totals()
    assert day_totals[0].sent == 2 and day_totals[4].sent == 2 and day_totals[3].sent == 0
    assert sum(d.sent for d in day_totals) == m.TOTAL[0]
    assert report.month_name == "Oktober 2026"
    assert m.KANWIL in report.title and "Oktober 2026" in report.title


def test_the_current_month_counts_days_without_an_article_up_to_today(store):
    today = dt.date(2026, 11, 10)
    received(store, m.KUPANG, at(dt.date(2026, 11, 3), 9))
    received(store, m.KUPANG, at(dt.date(2026, 11, 3), 10))
    received(store, m.SOE, at(dt.date(2026, 11, 10), 7))
    report = month_report(store, 2026, 11, m.LISTED, m.KANWIL, today)
    assert report.counted_days == 10 and report.day_count == 30
    without = {o.office: o.days_without for o in report.offices}
    assert without == {m.KUPANG: 9, m.SOE: 9, m.RUDENIM: 10}
    assert report.total.sent == 3


def test_a_month_to_come_has_no_days_without_an_article(store):
    report = month_report(store, 2027, 1, m.LISTED, m.KANWIL, dt.date(2026, 11, 10))
    assert report.counted_days == 0
    assert [o.days_without for o in report.offices] == [0, 0, 0]
    assert report.total.values() == (0, 0, 0, 0)
    assert len(report.offices[0].days) == 31


def test_an_office_listed_twice_is_counted_once(store):
    m.fill(store)
    report = month_report(store, m.YEAR, m.MONTH, [m.KUPANG, m.KUPANG], m.KANWIL, m.TODAY)
    assert [o.office for o in report.offices] == [m.KUPANG, m.BAPAS, m.SOE]
    assert report.offices[0].total.sent == 5


@pytest.mark.parametrize(
    ("text", "month"),
    [("2026-11", (2026, 11)), ("2026-1", (2026, 1)), (" 2026-12 ", (2026, 12))],
)
def test_a_month_is_year_dash_month(text, month):
    assert parse_month(text) == month


@pytest.mark.parametrize(
    "text", ["2026-13", "2026-00", "11-2026", "2026/11", "2026", "", "2026-11-01", "２０２６-11"]
)
def test_anything_else_is_no_month(text):
    assert parse_month(text) is None


def test_the_format_follows_the_suffix(tmp_path):
    assert format_for(tmp_path / "laporan.XLSX") == "xlsx"
    assert format_for(tmp_path / "laporan.pdf") == "pdf"
    assert format_for(tmp_path / "laporan.csv") == "csv"
    assert format_for(tmp_path / "laporan.docx") is None
    assert format_for(tmp_path / "laporan") is None


def test_a_draft_without_sent_counts_on_the_day_it_arrived(store):
    received(store, m.SOE, None, "accepted", arrived=at(m.day(7), 10))  # from an older Kabar
    received(store, m.SOE, None, arrived=at(dt.date(2026, 11, 1), 10))  # arrived in November
    report = month_report(store, m.YEAR, m.MONTH, m.LISTED, m.KANWIL, m.TODAY)
    soe = report.offices[1]
    assert soe.office == m.SOE
    assert soe.days[6].values() == (1, 1, 0, 0)
    assert soe.total.sent == 1 and soe.days_without == 30


@pytest.fixture
def makassar_time(monkeypatch):
    """The Kanwil's clock in Kupang (WITA, UTC+8)."""
    import time

    monkeypatch.setenv("TZ", "Asia/Makassar")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_days_are_the_kanwils_local_days(store, makassar_time):
    utc = dt.UTC
    # 16:30 UTC on 31 October is 00:30 on 1 November in Kupang
    late = dt.datetime(2026, 10, 31, 16, 30, tzinfo=utc).timestamp()
    early = dt.datetime(2026, 10, 31, 15, 30, tzinfo=utc).timestamp()  # 23:30 on the 31st
    received(store, m.KUPANG, late)
    received(store, m.KUPANG, early)
    october = month_report(store, 2026, 10, [m.KUPANG], m.KANWIL, m.TODAY)
    november = month_report(store, 2026, 11, [m.KUPANG], m.KANWIL, m.TODAY)
    assert october.offices[0].days[30].sent == 1 and october.total.sent == 1
    assert november.offices[0].days[0].sent == 1 and november.total.sent == 1


def test_the_year_stays_within_the_calendar():
    assert parse_month("2999-12") == (2999, 12)
    assert parse_month("9999-12") is None
    assert parse_month("1969-12") is None


def test_a_kanwil_without_its_name_still_gets_a_title(store):
    report = month_report(store, 2026, 10, [], "  ", m.TODAY)
    assert report.title == "Laporan Berita Oktober 2026"
