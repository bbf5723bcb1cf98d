"""A date with a calendar that may also be "not set" (a report has a period, not a day)."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, QTime
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDateEdit, QWidget

from kabar_desktop.gui.form.fields import guard_wheel
from kabar_desktop.i18n import _

# What a writer types for a date: 25/09/2024, 25-09-2024, 25.09.2024, 5/9/2024 or 25092024.
_TYPED = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})|(\d{2})(\d{2})(\d{4})")
_KEYS = frozenset("0123456789/-.")
_PARTIAL = re.compile(r"[\d/.-]{0,10}")


def typed_date(text: str) -> QDate | None:
    """The date a writer typed (day first, as Indonesians write it); None if it is not one."""
    found = _TYPED.fullmatch(text.strip())
    if found is None:
        return None
    day, month, year = (int(g) for g in found.groups() if g is not None)
    date = QDate(year, month, day)
    return date if date.isValid() else None


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
        self._before: QDate | None = None  # the date typed over, until a date is typed
        self._held: QDate | None = None  # the last date held: cleared, it is still near
        self.editingFinished.connect(self._tidy)
        self.dateChanged.connect(self._hold)
        guard_wheel(self)

    def value(self) -> dt.date | None:
        date = self.date()
        return None if date == self.EMPTY else dt.date(date.year(), date.month(), date.day())

    def set_value(self, value: dt.date | None) -> None:
        date = self.EMPTY if value is None else QDate(value.year, value.month, value.day)
        self._hold(date)
        if date != self.date():
            self.blockSignals(True)
            self.setDate(date)
            self.blockSignals(False)

    # Qt reads typing section by section over the text shown: over "not set" nothing typed
    # fits, and a date typed without separators never does. These read whole dates first.
    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        special = self.specialValueText()
        if special and text.startswith(special) and text != special:
            text, pos = text[len(special) :], max(0, pos - len(special))  # typed over "not set"
        if typed_date(text) is not None:
            return QValidator.State.Acceptable, text, pos
        if _TYPED.fullmatch(text.strip()):  # 31/02/2024: no such day (Qt would make it 29/02)
            return QValidator.State.Intermediate, text, pos
        result = super().validate(text, pos)
        state = result[0] if isinstance(result, tuple) else result
        if state == QValidator.State.Invalid and _PARTIAL.fullmatch(text):
            return QValidator.State.Intermediate, text, pos  # a date on its way
        return result

    def fixup(self, text: str) -> str:
        return text if _TYPED.fullmatch(text.strip()) else super().fixup(text)

    def dateTimeFromText(self, text: str) -> QDateTime:  # noqa: N802 - Qt's name
        date = typed_date(text)
        return QDateTime(date, QTime(0, 0)) if date is not None else super().dateTimeFromText(text)

    def _watch_calendar(self) -> None:
        if not self._watching:
            self._watching = True
            self.calendarWidget().installEventFilter(self)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._watch_calendar()  # a click on the arrow opens the calendar
        super().mousePressEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._watch_calendar()  # so do F4 and Alt+Down
        typed = event.text()
        from PySide6.QtCore import Qt  # not at import: see qt.enum_properties

        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if typed and typed in _KEYS and plain and self._type(typed):
            event.accept()
            return
        super().keyPressEvent(event)

    def _type(self, typed: str) -> bool:
        """Type a date as plain text: over "not set" or a whole selection it starts afresh, and
        grows as typed while no date is held. Qt would read each key as part of the day, month
        or year shown (over "not set": none), and jump to the next part at "/". False: Qt's."""
        edit = self.lineEdit()
        empty = self.date() == self.EMPTY
        if edit.text() == self.specialValueText() or edit.selectedText() == edit.text():
            if not empty:  # typed over a date: held as none meanwhile, unseen by the draft
                self._before = self.date()
                self.blockSignals(True)
                self.setDate(self.EMPTY)
                self.blockSignals(False)
            edit.setText(typed)
        elif empty and self._typing():
            edit.insert(typed)
        else:
            return False
        return True

    def _shown(self) -> str:
        """The text for the date held now: "not set", or "25/09/2024"."""
        if self.date() == self.EMPTY:
            return self.specialValueText()
        return self.textFromDateTime(self.dateTime())

    def _typing(self) -> bool:
        """Whether the writer is typing a date of their own rather than editing the one shown."""
        return self.lineEdit().text() != self._shown()

    def _tidy(self) -> None:
        """Leaving the field shows the date it holds: "25092024" as 25/09/2024, and a date that
        is none (31/02) gives way to the one before."""
        before, self._before = self._before, None
        if before is not None and self.date() == self.EMPTY:  # nothing typed was a date
            self.blockSignals(True)
            self.setDate(before)
            self.blockSignals(False)
        if self._typing():
            self.lineEdit().setText(self._shown())

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        self._tidy()

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt's name
        if self.date() == self.EMPTY:  # the arrow keys start from today, not from 1900
            self.setDate(QDate.currentDate())
        else:
            super().stepBy(steps)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 - Qt's names
        # Tab leaves the date (Left/Right move between day, month and year): Qt's own Tab
        # would step through the parts, and it never leaves while "not set" is shown.
        return QWidget.focusNextPrevChild(self, next)

    # The calendar opens on the date held, else near the last one (cleared or typed over),
    # else on today: never on 1900, the date that stands for none.
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Show:
            near = self.date() if self.date() != self.EMPTY else self._held or QDate.currentDate()
            self.calendarWidget().setCurrentPage(near.year(), near.month())
        return False

    def _hold(self, date: QDate) -> None:
        if date != self.EMPTY:
            self._held = date
