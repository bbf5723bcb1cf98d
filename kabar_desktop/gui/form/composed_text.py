"""A part Kabar composes (the lead, a speaker's introduction) that the writer may take over.

Shown read-only and greyed while Kabar composes it; "Write my own" copies Kabar's text into an
editable box (the draft then holds the writer's version), "Back to Kabar's wording" returns
the part to Kabar. Both switches are undoable; typing in the box is a plain edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kabar_desktop.gui.form.fields import FieldRow, TextBox, set_plain
from kabar_desktop.gui.qt.enum_properties import set_keys
from kabar_desktop.i18n import _

if TYPE_CHECKING:
    from kabar_desktop.compose import Article


def composed_lead(article: Article) -> str:
    """The lead as Kabar writes it (with the dateline, without an inline credit)."""
    for block in article.blocks:
        if block.source == "lead":
            return "".join(run.text for run in block.runs if not run.credit).strip()
    return ""


def composed_intro(article: Article, index: int) -> tuple[str, bool]:
    """Speaker ``index``'s introduction, and whether Kabar joins it to their first paraphrase."""
    path = f"speakers[{index}]"
    for block in article.blocks:
        if block.source == f"{path}.intro":
            return "".join(r.text for r in block.runs if not r.credit).strip(), False
    for block in article.blocks:
        if block.kind == "body" and block.source.startswith(f"{path}.statements["):
            head = []
            for run in block.runs:
                if run.source == block.source:
                    break
                head.append(run.text)
            text = "".join(head).strip()
            return text, bool(text)
    return "", False


class ComposedText(QWidget):
    """Kabar's wording (read-only) or the writer's own (editable), with the switch between."""

    def __init__(
        self,
        heading: str,
        own_heading: str,
        on_write_own: Callable[[str], None],
        on_back: Callable[[], None],
        on_edit: Callable[[str], None],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._heading, self._own_heading = heading, own_heading
        self._on_write_own, self._on_back, self._on_edit = on_write_own, on_back, on_edit
        self._own = False
        self._composed_note = ""

        self.label = QLabel(heading)
        self.composed = TextBox(2, 8)
        self.composed.setReadOnly(True)
        set_keys(
            self.composed, "textInteractionFlags", "TextSelectableByMouse|TextSelectableByKeyboard"
        )
        palette = self.composed.palette()
        palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
        text, window = (
            palette.color(QPalette.ColorRole.Text),
            palette.color(QPalette.ColorRole.Window),
        )
        grey = QColor(
            (2 * text.red() + window.red()) // 3,
            (2 * text.green() + window.green()) // 3,
            (2 * text.blue() + window.blue()) // 3,
        )
        palette.setColor(QPalette.ColorRole.Text, grey)
        self.composed.setPalette(palette)
        self.composed.setAccessibleName(heading)
        self.composed.setAccessibleDescription(_("Composed by Kabar from the facts; read only."))

        self.editor = TextBox(3, 12)
        self.editor.setAccessibleName(own_heading)
        self.editor.textChanged.connect(lambda: self._on_edit(self.editor.toPlainText()))
        self.row = FieldRow(self.editor)
        self.note = QLabel()
        self.note.setWordWrap(True)
        quiet = self.note.palette()  # greyed like a placeholder (a palette, not a style sheet)
        quiet.setColor(
            QPalette.ColorRole.WindowText, quiet.color(QPalette.ColorRole.PlaceholderText)
        )
        self.note.setPalette(quiet)

        self.write_button = QPushButton(_("Write my own"))
        self.write_button.setToolTip(_("Copy Kabar's wording into a box you can edit"))
        self.write_button.clicked.connect(self._write_own)
        self.back_button = QPushButton(_("Back to Kabar's wording"))
        self.back_button.setToolTip(_("Discard your own wording and let Kabar compose it again"))
        self.back_button.clicked.connect(self._on_back)
        for button in (self.write_button, self.back_button):
            button.setAutoDefault(False)
            button.setAccessibleName(button.text())

        heading_line = QHBoxLayout()  # the switch beside the heading: a line less to scroll
        heading_line.setContentsMargins(0, 0, 0, 0)
        heading_line.addWidget(self.label, 1)
        self._heading_line = heading_line
        heading_line.addWidget(self.write_button)
        heading_line.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(heading_line)
        layout.addWidget(self.composed)
        layout.addWidget(self.row)
        layout.addWidget(self.note)
        self.show_value(None)

    def add_to_heading(self, widget: QWidget) -> None:
        """A choice that changes this wording, on the heading's line (before the switch)."""
        self._heading_line.insertWidget(1, widget)

    def show_value(self, own: str | None) -> None:
        """Show the writer's text when ``own`` is not None, else Kabar's (see ``set_composed``)."""
        self._own = own is not None
        self.label.setText(self._own_heading if self._own else self._heading)
        self.label.setBuddy(self.editor if self._own else self.composed)
        self.composed.setVisible(not self._own)
        self.row.setVisible(self._own)
        self.write_button.setVisible(not self._own)
        self.back_button.setVisible(self._own)
        if self._own:
            set_plain(self.editor, own or "")
            self.note.setText(_("Kabar uses your wording exactly as written."))
            self.note.setVisible(True)
        else:
            self.note.setText(self._composed_note)
            self.note.setVisible(bool(self._composed_note))

    def set_composed(self, composed: str, note: str = "") -> None:
        """Refresh Kabar's wording (cheap; never touches the writer's box)."""
        self._composed_note = note
        set_plain(self.composed, composed)
        if not self._own:
            self.note.setText(note)
            self.note.setVisible(bool(note))

    @property
    def own(self) -> bool:
        return self._own

    def focus_input(self) -> None:
        target = self.editor if self._own else self.composed
        from PySide6.QtCore import Qt

        target.setFocus(Qt.FocusReason.OtherFocusReason)
        if self._own:
            self.editor.moveCursor(self.editor.textCursor().MoveOperation.End)

    def _write_own(self) -> None:
        self._on_write_own(self.composed.toPlainText())
