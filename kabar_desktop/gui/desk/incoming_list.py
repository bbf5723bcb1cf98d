"""The incoming drafts, grouped by day and office, newest first.

Each day's heading (in the interface's language) holds one heading per office that sent
that day, each with its count; under it, one line per draft: the time it was sent and its
title, the verdict, the remarks still open. Only the first ``SHOWN_MAX`` drafts are listed
(a year of thirty offices is fifteen thousand: the filters find the others); the count says
so.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from kabar_desktop import i18n
from kabar_desktop.gui.drafts.verdict_dialog import review_label
from kabar_desktop.i18n import _

if TYPE_CHECKING:
    from kabar_desktop.store.desk import DeskRow

SHOWN_MAX = 100  # about two days of thirty offices; the filters reach the rest
DRAFT_ROLE = Qt.ItemDataRole.UserRole
REVIEW_COLORS = {
    "": "#5f6368",
    "accepted": "#2e7d32",
    "needs_changes": "#c62828",
    "published": "#1b5e20",
}


def moment(row: DeskRow) -> float | None:
    """When the draft came: sent by its office, else when it arrived here."""
    return row.sent if row.sent is not None else row.arrived


def day_of(row: DeskRow) -> dt.date | None:
    when = moment(row)
    return dt.datetime.fromtimestamp(when).date() if when is not None else None


def day_label(day: dt.date | None, today: dt.date | None = None) -> str:
    """ "Today — Thursday, 3 December 2026" in the interface's language."""
    if day is None:
        return _("Date unknown")
    text = _long_date(day, i18n.language())
    today = today or dt.date.today()
    if day == today:
        return _("Today — {day}").format(day=text)
    if day == today - dt.timedelta(days=1):
        return _("Yesterday — {day}").format(day=text)
    return text


@functools.lru_cache(maxsize=512)
def _long_date(day: dt.date, language: str) -> str:
    """Babel's long date, kept: a filter lists up to a hundred days, each a few Babel
    lookups, and the same days come back at every filter."""
    from babel.dates import format_date

    return format_date(day, "EEEE, d MMMM y", locale=language)


def headers() -> list[str]:
    return [_("Draft"), _("Verdict"), _("Remarks")]


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    found = (item.child(n) for n in range(item.childCount()))
    return [child for child in found if child is not None]


class IncomingList(QTreeWidget):
    """The desk's list; ``opened`` gives the draft id chosen (selection or Enter)."""

    opened = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("desk-list")
        self.setAccessibleName(_("Incoming drafts"))
        self.setColumnCount(3)
        self.setHeaderLabels(headers())
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._bold = QFont(self.font())
        self._bold.setBold(True)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Widths from the words, not from every row (measuring 200 rows at each layout is
        # most of a filter's time).
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(review_label(k)) for k in REVIEW_COLORS)
        for column, width in ((1, widest), (2, metrics.horizontalAdvance(headers()[2]))):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, width + 24)
        self.rows: list[DeskRow] = []
        self.currentItemChanged.connect(self._current)
        self.itemActivated.connect(lambda item, _c: self._current(item, None))

    def show_rows(self, rows: Sequence[DeskRow], today: dt.date | None = None) -> None:
        """List ``rows`` (newest first, as ``incoming`` gives them) under their day, then
        their office: "Today — Thursday, 3 December 2026 (7)" ▸ "Rutan Soe (2)" ▸ drafts."""
        keep = self.current_draft()
        self.setUpdatesEnabled(False)
        self.blockSignals(True)
        try:
            self.clear()
            self.rows = list(rows[:SHOWN_MAX])
            days: dict[dt.date | None, QTreeWidgetItem] = {}
            offices: dict[tuple[dt.date | None, str], QTreeWidgetItem] = {}
            chosen = None
            counts: dict[int, int] = {}
            for row in self.rows:
                day = day_of(row)
                day_item = days.get(day)
                if day_item is None:
                    day_item = days[day] = self._heading(self, day_label(day, today), bold=True)
                office = offices.get((day, row.origin))
                if office is None:
                    name = row.origin or _("(office unknown)")
                    office = offices[(day, row.origin)] = self._heading(day_item, name, False)
                for heading in (day_item, office):
                    counts[id(heading)] = counts.get(id(heading), 0) + 1
                item = self._item(office, row)
                if row.draft_id == keep:
                    chosen = item
            for heading in [*days.values(), *offices.values()]:
                name = heading.text(0)
                heading.setText(
                    0, _("{name} ({count})").format(name=name, count=counts[id(heading)])
                )
            self.expandAll()
            if chosen is not None:
                self.setCurrentItem(chosen)
        finally:
            self.blockSignals(False)
            self.setUpdatesEnabled(True)

    def _heading(self, parent, name: str, bold: bool) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [name])
        item.setFirstColumnSpanned(True)
        if bold:
            item.setFont(0, self._bold)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        return item

    def _item(self, group: QTreeWidgetItem, row: DeskRow) -> QTreeWidgetItem:
        title = " ".join(row.title.split()) or _("(untitled)")
        when = moment(row)
        if when is None:
            sent = "--.--"
        else:
            clock = dt.datetime.fromtimestamp(when)
            sent = f"{clock.hour:02d}.{clock.minute:02d}"
        item = QTreeWidgetItem(group, [f"{sent}  {title}", review_label(row.review), ""])
        item.setData(0, DRAFT_ROLE, row.draft_id)
        item.setForeground(1, QBrush(QColor(REVIEW_COLORS.get(row.review, "#5f6368"))))
        if row.open_remarks:
            item.setText(2, str(row.open_remarks))
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignCenter)
        if row.published_url:
            item.setToolTip(1, row.published_url)
        item.setToolTip(0, title)
        return item

    def days(self) -> list[QTreeWidgetItem]:
        found = (self.topLevelItem(n) for n in range(self.topLevelItemCount()))
        return [day for day in found if day is not None]

    def groups(self) -> list[QTreeWidgetItem]:
        """The office headings, day after day, newest first."""
        return [office for day in self.days() for office in _children(day)]

    def draft_items(self) -> list[QTreeWidgetItem]:
        return [item for group in self.groups() for item in _children(group)]

    def day_titles(self) -> list[str]:
        return [day.text(0) for day in self.days()]

    def group_titles(self) -> list[str]:
        """ "<day> · <office> (<count>)" for each office heading, in the list's order."""
        return [
            f"{day.text(0).rpartition(' (')[0]} · {office.text(0)}"
            for day in self.days()
            for office in _children(day)
        ]

    def current_draft(self) -> int | None:
        item = self.currentItem()
        return item.data(0, DRAFT_ROLE) if item is not None else None

    def select_draft(self, draft_id: int) -> bool:
        for item in self.draft_items():
            if item.data(0, DRAFT_ROLE) == draft_id:
                self.setCurrentItem(item)
                return True
        return False

    def _current(self, item: QTreeWidgetItem | None, _previous) -> None:
        draft_id = item.data(0, DRAFT_ROLE) if item is not None else None
        if draft_id is not None:
            self.opened.emit(draft_id)
