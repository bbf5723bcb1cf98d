"""A date with a calendar that may also be "not set" (a report has a period, not a day)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject
from PySide6.QtWidgets import QDateEdit, QWidget

from kabar_desktop.gui.form.fields import guard_wheel
from kabar_desktop.i18n import _


class DateField(QDateEdit):
    """A date with a calendar, or "not set": the earliest date stands for no date at all."""

    EMPTY = QDate(1900, 1, 1)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd/MM/yyyy")
        self.setDateRange(self.EMPTY, QDate(2999, 12, 31))
        self.setSpecialValueText(_("not set"))
        self.setDate(self.EMPTY)
        self._watching = False  # the calendar is made when it first opens, not with the field
        guard_wheel(self)

    def value(self) -> dt.date | None:
        date = self.date()
        return None if date == self.EMPTY else dt.date(date.year(), date.month(), date.day())

    def set_value(self, value: dt.date | None) -> None:
        date = self.EMPTY if value is None else QDate(value.year, value.month, value.day)
        if date != self.date():
            self.blockSignals(True)
            self.setDate(date)
            self.blockSignals(False)

    def _watch_calendar(self) -> None:
        if not self._watching:
            self._watching = True
            self.calendarWidget().installEventFilter(self)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._watch_calendar()  # a click on the arrow opens the calendar
        super().mousePressEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._watch_calendar()  # so do F4 and Alt+Down
        super().keyPressEvent(event)

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt's name
        if self.date() == self.EMPTY:  # the arrow keys start from today, not from 1900
            self.setDate(QDate.currentDate())
        else:
            super().stepBy(steps)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 - Qt's names
        # Tab leaves the date (Left/Right move between day, month and year): Qt's own Tab
        # would step through the parts, and it never leaves while "not set" is shown.
        return QWidget.focusNextPrevChild(self, next)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Show and self.date() == self.EMPTY:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return False
