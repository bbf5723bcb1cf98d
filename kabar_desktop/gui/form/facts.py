"""The "Event" tab: the facts of the event and the lead Kabar composes from them."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QObject
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kabar_desktop.gui.form.composed_text import ComposedText, composed_lead
from kabar_desktop.gui.form.fields import (
    FieldRow,
    Path,
    add_row,
    guard_wheel,
    line_edit,
    new_form,
    set_combo,
    set_line,
)
from kabar_desktop.gui.session import DraftSession
from kabar_desktop.i18n import _
from kabar_desktop.model.draft import LEAD_KINDS

if TYPE_CHECKING:
    from kabar_desktop.compose import Article

_TEXT_FIELDS = ("title", "dateline", "organizer", "event", "event_detail", "venue", "participants")


def lead_kind_names() -> dict[str, str]:
    """What each kind of lead means, in the interface language."""
    return {
        "narasumber": _("Event with speakers"),
        "pembukaan": _("Opened by the head of office"),
        "kunjungan": _("Working visit"),
        "penandatanganan": _("Signing"),
        "rapat": _("Coordination meeting"),
    }


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


class FactsPane(QWidget):
    """Title, dateline, date, organizer, event, venue, participants, kind of lead, the lead."""

    def __init__(self, session: DraftSession, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self.rows: dict[str, FieldRow] = {}
        form = new_form()

        labels = {
            "title": (_("Title"), _("The headline of the article")),
            "dateline": (_("City"), _("e.g. Kupang")),
            "organizer": (_("Organizer"), _("e.g. Rudenim Kupang")),
            "event": (_("Event"), _("e.g. Pelatihan Tugas dan Fungsi Bidang Kehumasan")),
            "event_detail": (_("Event detail"), _("e.g. hari kedua")),
            "venue": (_("Venue"), _("e.g. Aula Rudenim Kupang")),
            "participants": (_("Participants"), _("e.g. 40 pegawai")),
        }
        self.edits = {}
        for name in _TEXT_FIELDS:
            label, placeholder = labels[name]
            edit = line_edit(placeholder)
            edit.textChanged.connect(lambda text, name=name: self._edit(name, text))
            self.edits[name] = edit
            self.rows[name] = add_row(form, label, edit)
            if name == "dateline":
                self.date = DateField()
                self.date.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
                self.date.setMinimumWidth(
                    self.date.fontMetrics().horizontalAdvance("00/00/0000") + 60
                )
                self.date.dateChanged.connect(lambda _d: self._edit("date", self.date.value()))
                self.clear_date = clear = QPushButton(_("Clear"))
                clear.setToolTip(_("Leave the date empty"))
                clear.setAccessibleName(_("Clear the date"))
                clear.setAutoDefault(False)
                clear.clicked.connect(self._clear_date)
                box = QWidget()
                row = QHBoxLayout(box)
                row.setContentsMargins(0, 0, 0, 0)
                row.addWidget(self.date)
                row.addWidget(clear)
                row.addStretch(1)
                self.rows["date"] = add_row(form, _("Date"), box)
                self.date.setAccessibleName(_("Date"))
                self.rows["date"].caption.setBuddy(self.date)

        self.lead_kind = QComboBox()
        for kind, name in lead_kind_names().items():
            self.lead_kind.addItem(name, kind)
        guard_wheel(self.lead_kind)
        self.lead_kind.currentIndexChanged.connect(
            lambda i: self._edit("lead_kind", self.lead_kind.itemData(i))
        )
        self.rows["lead_kind"] = add_row(form, _("Kind of lead"), self.lead_kind)

        self.lead = ComposedText(
            _("Lead (composed by Kabar)"),
            _("Lead (your own wording)"),
            on_write_own=self._write_own_lead,
            on_back=lambda: session.apply(
                _("Use Kabar's lead"), lambda d: setattr(d, "lead", None)
            ),
            on_edit=lambda text: self._edit("lead", text),
        )
        self.rows["lead"] = self.lead.row

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(16)
        layout.addLayout(form)
        layout.addWidget(self.lead)
        layout.addStretch(1)

    # --- draft → form --------------------------------------------------------------------
    def populate(self) -> None:
        d = self._session.draft
        for name, edit in self.edits.items():
            set_line(edit, getattr(d, name))
        self.date.set_value(d.date)
        kind = d.lead_kind if d.lead_kind in LEAD_KINDS else LEAD_KINDS[0]
        set_combo(self.lead_kind, LEAD_KINDS.index(kind))
        self.lead.show_value(d.lead)

    def refresh(self, article: Article) -> None:
        self.lead.set_composed(composed_lead(article))

    def show_problems(self, problems: dict[str, str]) -> None:
        for name, row in self.rows.items():
            row.mark(problems.get(name))

    def focus_path(self, parts: Path) -> QWidget | None:
        name, index = parts[0]
        if index is not None or len(parts) > 1:
            return None
        if name == "lead":
            self.lead.focus_input()
            return self.lead
        fields: dict[str, QWidget] = {**self.edits, "date": self.date, "lead_kind": self.lead_kind}
        widget = fields.get(name)
        if widget is not None:
            from PySide6.QtCore import Qt

            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return widget

    # --- form → draft --------------------------------------------------------------------
    def _edit(self, name: str, value: object) -> None:
        self.rows[name].mark(None)
        self._session.edit(lambda d: setattr(d, name, value))

    def _clear_date(self) -> None:
        if self.date.value() is not None:
            self.date.setDate(DateField.EMPTY)  # announces the change: the draft follows

    def _write_own_lead(self, text: str) -> None:
        self._session.apply(_("Write own lead"), lambda d: setattr(d, "lead", text))
        self.lead.focus_input()
