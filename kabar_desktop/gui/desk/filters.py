"""The desk's filters: office, verdict, a span of days, and words through the full-text index.

Typing waits a moment before it filters (one query per pause, not per key); the other
filters act at once. ``values()`` gives ``store.desk.incoming``'s keyword arguments.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from kabar_desktop.gui.drafts.verdict_dialog import review_label
from kabar_desktop.i18n import _
from kabar_desktop.store import sync_state as state

SEARCH_DELAY_MS = 200


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(date: QDate) -> dt.date:
    return dt.date(date.year(), date.month(), date.day())


class DeskFilters(QWidget):
    """One row of filters over the incoming drafts; ``changed`` after each change."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, today: dt.date | None = None):
        super().__init__(parent)
        self.setObjectName("desk-filters")
        today = today or dt.date.today()
        self.office = QComboBox(self)
        self.office.setObjectName("desk-office")
        self.office.setAccessibleName(_("Office"))
        # On Linux a combo box's name is its value ("All offices"): say what it chooses.
        self.office.setAccessibleDescription(_("Office"))
        self.office.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.set_offices([])
        self.verdict = QComboBox(self)
        self.verdict.setObjectName("desk-verdict")
        self.verdict.setAccessibleName(_("Verdict"))
        self.verdict.setAccessibleDescription(_("Verdict"))
        self.verdict.addItem(_("All verdicts"), None)
        for key in state.REVIEWS:
            self.verdict.addItem(review_label(key), key)
        self.span = QCheckBox(_("From"), self)
        self.span.setObjectName("desk-span")
        self.span.setAccessibleName(_("Only a span of days"))
        self.since = self._date_edit(today - dt.timedelta(days=6), _("First day"))
        self.until = self._date_edit(today, _("Last day"))
        self.text = QLineEdit(self)
        self.text.setObjectName("desk-search")
        self.text.setPlaceholderText(_("Search the drafts' words…"))
        self.text.setClearButtonEnabled(True)
        self.text.setAccessibleName(_("Search"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.changed)

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text, 1)
        row.addWidget(self.office)
        row.addWidget(self.verdict)
        row.addWidget(self.span)
        row.addWidget(self.since)
        self._to = QLabel(_("to"), self)
        row.addWidget(self._to)
        row.addWidget(self.until)
        self._enable_span(False)

        self.text.textChanged.connect(lambda _text: self._timer.start())
        self.office.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.verdict.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.span.toggled.connect(self._span_toggled)
        for edit in (self.since, self.until):
            edit.dateChanged.connect(self._dates_changed)

    def _date_edit(self, day: dt.date, name: str) -> QDateEdit:
        edit = QDateEdit(_qdate(day), self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setAccessibleName(name)
        return edit

    def _enable_span(self, on: bool) -> None:
        for widget in (self.since, self.until, self._to):
            widget.setEnabled(on)

    def _dates_changed(self) -> None:
        if self.span.isChecked():
            self.changed.emit()

    def _span_toggled(self, on: bool) -> None:
        self._enable_span(on)
        self.changed.emit()

    def set_offices(self, offices: list[str]) -> None:
        """The offices to choose from (the profile's list and every office that sent)."""
        shown = [self.office.itemData(n) for n in range(1, self.office.count())]
        if self.office.count() and shown == offices:
            return  # unchanged: no new layout of the whole row
        current = self.office.currentData() if self.office.count() else None
        self.office.blockSignals(True)
        self.office.clear()
        self.office.addItem(_("All offices"), None)
        for name in offices:
            self.office.addItem(name, name)
        index = self.office.findData(current) if current else 0
        self.office.setCurrentIndex(max(0, index))
        self.office.blockSignals(False)

    def copy_from(self, other: DeskFilters) -> None:
        """Take ``other``'s choices (the desk rebuilt in another language keeps them)."""
        self.set_offices([other.office.itemData(n) for n in range(1, other.office.count())])
        for mine, theirs in ((self.office, other.office), (self.verdict, other.verdict)):
            mine.blockSignals(True)
            mine.setCurrentIndex(max(0, mine.findData(theirs.currentData())))
            mine.blockSignals(False)
        for widget, value in (
            (self.since, other.since.date()),
            (self.until, other.until.date()),
        ):
            widget.blockSignals(True)
            widget.setDate(value)
            widget.blockSignals(False)
        self.span.blockSignals(True)
        self.span.setChecked(other.span.isChecked())
        self.span.blockSignals(False)
        self._enable_span(self.span.isChecked())
        self.text.blockSignals(True)
        self.text.setText(other.text.text())
        self.text.blockSignals(False)

    def flush(self) -> None:
        """Filter now by what was typed (the search's pause cut short)."""
        if self._timer.isActive():
            self._timer.stop()
            self.changed.emit()

    def values(self) -> dict:
        """``incoming``'s filters: office, verdict, since/until (local days, both
        included), text."""
        since = until = None
        if self.span.isChecked():
            first, last = _pydate(self.since.date()), _pydate(self.until.date())
            if last < first:
                first, last = last, first
            since, until = first, last
        return {
            "office": self.office.currentData(),
            "verdict": self.verdict.currentData(),
            "since": since,
            "until": until,
            "text": self.text.text().strip(),
        }
