"""People present without statements: who accompanied the lead's person, who also attended.

Each person is one row of two short fields (position, name) with a Remove button, so typing
reaches the preview at once (a table would only commit a cell when it is left). Adding and
removing go through ``session.apply``: the window's Undo brings them back.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kabar_desktop.gui.editor.draft_session import DraftSession
from kabar_desktop.gui.form.fields import FieldRow, Path, line_edit, quiet, set_line
from kabar_desktop.gui.form.limits import limit_button, may_add
from kabar_desktop.gui.qt.enum_properties import set_keys
from kabar_desktop.i18n import _
from kabar_desktop.model.draft import Person

PERSON_FIELDS = ("position", "name")


class _PersonRow(QWidget):
    """One person: "Jabatan [……] Nama [……] Hapus"."""

    def __init__(self, editor: PeopleEditor, index: int):
        super().__init__()
        number = index + 1
        self.edits: dict[str, QLineEdit] = {}
        self.rows: dict[str, FieldRow] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        captions = {"position": _("Position"), "name": _("Name")}
        placeholders = {
            "position": _("e.g. Kepala Seksi Registrasi"),
            "name": _("e.g. Budi Santoso"),
        }
        for field in PERSON_FIELDS:
            edit = line_edit(placeholders[field])
            caption = QLabel(captions[field])
            caption.setBuddy(edit)
            name = _("{field} ({list}, {number})")
            edit.setAccessibleName(
                name.format(field=captions[field], list=editor.heading.text(), number=number)
            )
            edit.textChanged.connect(lambda text, f=field: editor.edit(index, f, text))
            self.edits[field] = edit
            self.rows[field] = FieldRow(edit)
            layout.addWidget(caption)
            layout.addWidget(self.rows[field], 1)
        self.remove_button = QToolButton()
        self.remove_button.setText(_("Remove"))
        tip = editor.remove_tip.format(number=number)
        self.remove_button.setToolTip(tip)
        self.remove_button.setAccessibleName(tip)
        set_keys(self.remove_button, "focusPolicy", "StrongFocus")  # see qt.enum_properties
        self.remove_button.clicked.connect(lambda: editor.remove(index))
        layout.addWidget(self.remove_button)


class PeopleEditor(QWidget):
    """The list ``key`` of the draft ("companions" or "attendees"), one row per person."""

    def __init__(
        self,
        session: DraftSession,
        key: str,
        heading: str,
        hint: str,
        add_label: str,
        remove_tip: str,
        parent: QWidget | None = None,
    ):
        """``remove_tip`` names a row's Remove button: "Hapus pendamping {number}"."""
        super().__init__(parent)
        self._session, self.key = session, key
        self.remove_tip = remove_tip
        self._problems: dict[str, str] = {}
        self.people_rows: list[_PersonRow] = []

        self.heading = QLabel(heading)
        self.add_button = QPushButton(add_label)
        self.add_button.setAccessibleName(add_label)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._add)
        self.heading.setBuddy(self.add_button)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.add_button)
        self.hint = QLabel(hint)
        self.hint.setWordWrap(True)
        quiet(self.hint)
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout.setSpacing(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addLayout(self._rows_layout)

    def _people(self) -> list[Person]:
        return getattr(self._session.draft, self.key)

    # --- draft → form --------------------------------------------------------------------
    def populate(self) -> None:
        people = self._people()
        if len(people) != len(self.people_rows):
            for row in self.people_rows:
                row.hide()
                row.deleteLater()
            self.people_rows = [_PersonRow(self, i) for i in range(len(people))]
            for row in self.people_rows:
                self._rows_layout.addWidget(row)
            self._order_tabs()
        for row, person in zip(self.people_rows, people, strict=True):
            for field in PERSON_FIELDS:
                set_line(row.edits[field], getattr(person, field))
        limit_button(self.add_button, len(people), self.key)
        self.show_problems(self._problems)

    def _order_tabs(self) -> None:
        """New rows join the end of the Tab order; put them after the Add button, in order."""
        chain: list[QWidget] = [self.add_button]
        for row in self.people_rows:
            chain += [*row.edits.values(), row.remove_button]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def show_problems(self, problems: dict[str, str]) -> None:
        self._problems = problems
        for i, row in enumerate(self.people_rows):
            for field, field_row in row.rows.items():
                field_row.mark(problems.get(f"{self.key}[{i}].{field}"))

    def field_widget(self, i: int, field: str) -> QWidget | None:
        if not 0 <= i < len(self.people_rows):
            return None
        return self.people_rows[i].edits.get(field)

    def focus_path(self, parts: Path) -> QWidget | None:
        """``[("attendees", 1), ("name", None)]`` → focus that field."""
        (_key, i), rest = parts[0], parts[1:]
        if i is None:
            widget: QWidget | None = self.add_button
        else:
            widget = self.field_widget(i, rest[0][0] if rest else "position")
        if widget is not None:
            widget.setFocus()  # Qt's OtherFocusReason
        return widget

    # --- form → draft --------------------------------------------------------------------
    def edit(self, i: int, field: str, text: str) -> None:
        self.people_rows[i].rows[field].mark(None)
        self._session.set((self.key, i, field), text)

    def _add(self) -> None:
        if not may_add(self.add_button, self._session.draft, len(self._people()), self.key):
            return
        key = self.key
        self._session.apply(self.add_button.text(), lambda d: getattr(d, key).append(Person()))
        self.people_rows[-1].edits["position"].setFocus()  # Qt's OtherFocusReason

    def remove(self, i: int) -> None:
        key = self.key
        label = self.remove_tip.format(number=i + 1)
        self._session.apply(label, lambda d: getattr(d, key).pop(i))
        target: QWidget
        if self.people_rows:
            target = self.people_rows[min(i, len(self.people_rows) - 1)].remove_button
        else:
            target = self.add_button
        target.setFocus()  # Qt's OtherFocusReason
