"""The "Event" tab: the kind of story, the facts of the event, the lead Kabar composes from
them, and who was there without saying anything quoted.

The kind combo opens with "Automatic: <the kind Kabar suggests>", kept in step with the facts
as they are typed, so the writer sees Kabar's reading and can overrule it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kabar_desktop.gui.editor.draft_session import DraftSession
from kabar_desktop.gui.form.composed_text import ComposedText, composed_lead
from kabar_desktop.gui.form.date_field import DateField
from kabar_desktop.gui.form.fields import (
    FieldRow,
    Path,
    add_row,
    bold,
    guard_wheel,
    line_edit,
    new_form,
    set_combo,
    set_line,
)
from kabar_desktop.gui.form.names import counterpart_texts, event_placeholder, story_kind_names
from kabar_desktop.gui.form.people import PeopleEditor
from kabar_desktop.i18n import _
from kabar_desktop.model.story import STORY_KINDS, effective_kind, suggest_kind

if TYPE_CHECKING:
    from kabar_desktop.compose import Article

__all__ = ["DateField", "FactsPane"]

# The facts in the order the form shows them; "kind" and "date" are not text fields.
_ORDER = (
    "title",
    "kind",
    "dateline",
    "date",
    "period",
    "organizer",
    "counterpart",
    "event",
    "event_detail",
    "venue",
    "participants",
    "purpose",
)
PEOPLE = ("companions", "attendees")


def _labels() -> dict[str, tuple[str, str]]:
    """Label and placeholder of each text field, in the interface language."""
    return {
        "title": (_("Title"), _("The headline of the article")),
        "dateline": (_("City"), _("optional, e.g. Kupang")),
        "period": (_("Period"), _("a report's span instead of a day, e.g. Oktober 2024")),
        "organizer": (_("Office"), _("your office, e.g. Rudenim Kupang")),
        "counterpart": counterpart_texts(""),
        "event": (_("Event"), event_placeholder("")),
        "event_detail": (_("Event detail"), _("e.g. hari kedua")),
        "venue": (_("Venue"), _("e.g. Aula Rudenim Kupang")),
        "participants": (_("Participants"), _("e.g. 40 pegawai")),
        "purpose": (_("Opening clause"), _("e.g. Dalam rangka memperingati Hari Bhakti …")),
    }


class FactsPane(QWidget):
    """Title, kind of story, dateline, date or period, the office and the other party, the
    event, the lead's opening clause and date, the lead, companions and attendees."""

    def __init__(self, session: DraftSession, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self.rows: dict[str, FieldRow] = {}
        self.edits = {}
        form = new_form()
        labels = _labels()
        for name in _ORDER:
            if name == "kind":
                self._add_kind(form)
            elif name == "date":
                self._add_date(form)
            else:
                label, placeholder = labels[name]
                edit = line_edit(placeholder)
                edit.textChanged.connect(lambda text, name=name: self._edit(name, text))
                self.edits[name] = edit
                self.rows[name] = add_row(form, label, edit)
        self.edits["purpose"].setToolTip(
            _("A clause that opens the lead: the purpose or background of the event.")
        )
        self.date_in_lead = QCheckBox(_("Date in the lead"))
        self.date_in_lead.setToolTip(
            _("Off: the lead leaves out the date and venue; a sentence after it gives them.")
        )
        self.date_in_lead.setAccessibleName(self.date_in_lead.text())
        self.date_in_lead.toggled.connect(lambda on: self._edit("date_in_lead", on))
        form.addRow("", self.date_in_lead)

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
        self.people = {
            "companions": PeopleEditor(
                session,
                "companions",
                _("Accompanied by"),
                _("In the lead: “…, didampingi oleh …”"),
                _("Add companion"),
                _("Remove companion {number}"),
            ),
            "attendees": PeopleEditor(
                session,
                "attendees",
                _("Also attending"),
                _("A paragraph after the lead: “Turut hadir dalam kegiatan tersebut …”"),
                _("Add attendee"),
                _("Remove attendee {number}"),
            ),
        }
        present = QLabel(_("Who was there"))
        bold(present)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(16)
        layout.addLayout(form)
        layout.addWidget(self.lead)
        people = QVBoxLayout()
        people.setSpacing(10)
        people.addWidget(present)
        for editor in self.people.values():
            people.addWidget(editor)
        layout.addLayout(people)
        layout.addStretch(1)

    def _add_kind(self, form) -> None:
        self.kind = QComboBox()
        self.kind.addItem("", None)  # "Automatic: …", named on refresh
        for kind, name in story_kind_names().items():
            self.kind.addItem(name, kind)
        self.kind.setToolTip(
            _(
                "The kind of story decides how the lead is written; Automatic: Kabar reads it "
                "from the facts."
            )
        )
        guard_wheel(self.kind)
        self.kind.currentIndexChanged.connect(self._choose_kind)
        self.rows["kind"] = add_row(form, _("Kind of story"), self.kind)
        self._name_automatic()

    def _add_date(self, form) -> None:
        self.date = DateField()
        self.date.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.date.setMinimumWidth(self.date.fontMetrics().horizontalAdvance("00/00/0000") + 60)
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
        date_caption = self.rows["date"].caption
        assert date_caption is not None  # add_row gave it one
        date_caption.setBuddy(self.date)

    # --- draft → form --------------------------------------------------------------------
    def populate(self) -> None:
        d = self._session.draft
        for name, edit in self.edits.items():
            set_line(edit, getattr(d, name))
        self.date.set_value(d.date)
        set_combo(self.kind, STORY_KINDS.index(d.kind) + 1 if d.kind in STORY_KINDS else 0)
        self.date_in_lead.blockSignals(True)
        self.date_in_lead.setChecked(d.date_in_lead)
        self.date_in_lead.blockSignals(False)
        self.lead.show_value(d.lead)
        for editor in self.people.values():
            editor.populate()
        self._follow_kind()

    def refresh(self, article: Article) -> None:
        self.lead.set_composed(composed_lead(article))
        self._name_automatic()
        self._follow_kind()

    def _name_automatic(self) -> None:
        """ "Automatic: <what Kabar suggests now>": the facts may have changed the suggestion."""
        suggested = story_kind_names()[suggest_kind(self._session.draft)]
        text = _("Automatic: {kind}").format(kind=suggested)
        if self.kind.itemText(0) != text:
            self.kind.setItemText(0, text)

    def _follow_kind(self) -> None:
        """The other party's and the event's field say what they hold for this kind."""
        kind = effective_kind(self._session.draft)
        label, placeholder = counterpart_texts(kind)
        caption = self.rows["counterpart"].caption
        if caption is not None and caption.text() != label:
            caption.setText(label)
            self.edits["counterpart"].setAccessibleName(label)
        self.edits["counterpart"].setPlaceholderText(placeholder)
        self.edits["event"].setPlaceholderText(event_placeholder(kind))

    def show_problems(self, problems: dict[str, str]) -> None:
        for name, row in self.rows.items():
            row.mark(problems.get(name))
        for editor in self.people.values():
            editor.show_problems(problems)

    def field_widget(self, name: str, index: int | None, rest: Path) -> QWidget | None:
        """The input showing field ``name`` (``companions[1].name`` too), or None."""
        if name in self.people:
            if index is None or len(rest) != 1:
                return None
            return self.people[name].field_widget(index, rest[0][0])
        if index is not None or rest:
            return None
        if name == "lead":
            return self.lead.editor if self.lead.own else None
        fields = {**self.edits, "date": self.date, "kind": self.kind}
        fields["date_in_lead"] = self.date_in_lead
        return fields.get(name)

    def focus_path(self, parts: Path) -> QWidget | None:
        name, index = parts[0]
        if name in self.people:
            return self.people[name].focus_path(parts)
        if index is not None or len(parts) > 1:
            return None
        if name == "lead":
            self.lead.focus_input()
            return self.lead
        widget = self.field_widget(name, None, [])
        if widget is not None:
            widget.setFocus()  # Qt's OtherFocusReason (no Qt enum before the first paint)
        return widget

    # --- form → draft --------------------------------------------------------------------
    def _edit(self, name: str, value: object) -> None:
        if name in self.rows:
            self.rows[name].mark(None)
        self._session.set((name,), value)

    def _choose_kind(self, row: int) -> None:
        kind = self.kind.itemData(row)
        if kind == self._session.draft.kind:
            return
        self.rows["kind"].mark(None)
        self._session.apply(_("Change kind of story"), lambda d: setattr(d, "kind", kind))

    def _clear_date(self) -> None:
        if self.date.value() is not None:
            self.date.setDate(DateField.EMPTY)  # announces the change: the draft follows

    def _write_own_lead(self, text: str) -> None:
        self._session.apply(_("Write own lead"), lambda d: setattr(d, "lead", text))
        self.lead.focus_input()
