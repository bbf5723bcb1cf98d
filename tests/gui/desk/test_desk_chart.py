"""The month's chart draws each office's numbers: bar lengths in proportion, parts coloured."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from kabar_desktop.gui.desk.chart import PARTS, ChartRow, MonthChart

ROWS = [
    ChartRow("Lapas Kelas IIA Kupang", sent=20, accepted=12, sent_back=5, published=8),
    ChartRow("Rutan Kelas IIB Soe", sent=10, accepted=10, sent_back=0, published=10),
    ChartRow("Rudenim Kupang", sent=5, accepted=0, sent_back=1, published=0),
    ChartRow("Lapas Atambua", sent=0, accepted=0, sent_back=0, published=0),
]


@pytest.fixture
def chart(qtbot):
    widget = MonthChart()
    qtbot.addWidget(widget)
    widget.resize(700, 300)
    widget.set_rows(ROWS)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _width(parts) -> float:
    return sum(rect.width() for _key, rect in parts)


def test_bars_are_as_long_as_the_articles_sent(chart):
    bars = chart.segments()
    assert [round(_width(p) / chart.scale()) for p in bars] == [20, 10, 5, 0]
    assert _width(bars[0]) == pytest.approx(2 * _width(bars[1]))
    assert _width(bars[1]) == pytest.approx(2 * _width(bars[2]))


def test_each_part_of_a_bar_counts_what_became_of_the_articles(chart):
    parts = {key: rect.width() / chart.scale() for key, rect in chart.segments()[0]}
    # 20 sent: 8 published, 4 accepted not yet published, 5 sent back, 3 waiting
    assert parts == pytest.approx({"published": 8, "accepted": 4, "sent_back": 5, "waiting": 3})
    assert [key for key, _rect in chart.segments()[2]] == ["sent_back", "waiting"]


def test_the_picture_shows_the_bars_in_their_colours(chart):
    image = chart.grab().toImage()
    colours = dict(PARTS)
    for parts in chart.segments():
        for key, rect in parts:
            centre = rect.center().toPoint()
            assert QColor(image.pixel(centre)) == colours[key], key
    last = chart.segments()[0][-1][1]  # right of the longest bar: no bar colour
    beyond = QColor(image.pixel(int(last.right()) + 30, int(last.center().y())))
    assert beyond not in colours.values()


def test_the_chart_follows_a_new_month_and_says_its_numbers(chart):
    chart.set_rows([ChartRow("Lapas Kupang", 4, 2, 1, 1)])
    assert chart.sizeHint().height() < 120
    assert round(_width(chart.segments()[0]) / chart.scale()) == 4
    assert "Lapas Kupang" in chart.accessibleDescription()
    assert "4" in chart.accessibleDescription()
    chart.set_rows([])
    assert chart.segments() == []
    chart.grab()  # an empty month paints its note, no crash
