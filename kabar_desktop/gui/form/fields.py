"""Small pieces every form pane shares: labelled rows that can show a problem, quiet setters
that never echo back into the draft, text boxes that grow with their text, field paths.

Setters only touch a widget whose text differs, so a refresh never moves the cursor of the
field being typed in, and signals are blocked so a refresh is never mistaken for an edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRectF
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kabar_desktop.gui.form.limits import (
    FIELD_CHARS,
    fit,
    full_draft_message,
    full_field_message,
    tell,
)
from kabar_desktop.gui.qt.enum_properties import set_keys
from kabar_desktop.i18n import _
from kabar_desktop.model.field_path import parse_or_none
from kabar_desktop.model.problems import Problem

if TYPE_CHECKING:
    from PySide6.QtWidgets import QToolButton

PROBLEM_COLOR = "#b3261e"  # a calm red, readable on white and on grey

Path = list[tuple[str, int | None]]


def parse_path(path: str) -> Path | None:
    """``speakers[1].text`` → ``[("speakers", 1), ("text", None)]``; None if malformed
    (read by model.field_path, the one reader of field paths)."""
    out: Path = []
    for step in parse_or_none(path) or ():
        if isinstance(step, str):
            out.append((step, None))
        elif out and out[-1][1] is None:
            out[-1] = (out[-1][0], step)
        else:
            return None  # two indices in a row: no form field is addressed so
    return out or None


def problem_text(problem: Problem) -> str:
    """The problem's message in the interface language, without the field path in front."""
    text = problem.message(_)
    prefix = f"{problem.path}: "
    if problem.path and text.startswith(prefix):
        text = text[len(prefix) :]
    if _(problem.template)[:1].isalpha():  # never "Foto.jpg" for a file named foto.jpg
        text = text[:1].upper() + text[1:]
    return text


def problems_by_path(problems: list[Problem]) -> dict[str, str]:
    """One message per field (several joined), ready for the panes to show."""
    out: dict[str, list[str]] = {}
    for problem in problems:
        out.setdefault(problem.path, []).append(problem_text(problem))
    return {path: "\n".join(texts) for path, texts in out.items()}


def has_problem_under(problems: dict[str, str], prefix: str) -> bool:
    """Whether a problem concerns ``prefix`` itself or a field inside it."""
    return any(p == prefix or p.startswith(prefix + ".") for p in problems)


class _Outline(QWidget):
    """Holds one input with a thin margin, drawing a red outline there when marked.

    The input keeps its native look; only the surrounding margin changes colour.
    """

    def __init__(self, field: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.marked = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(field)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if not self.marked:
            return
        from PySide6.QtGui import QColor, QPainter, QPen

        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(PROBLEM_COLOR), 1.5))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.75, 0.75, -0.75, -0.75), 3, 3)
        painter.end()  # ended here, not whenever the garbage collector gets to it


class FieldRow(QWidget):
    """An input with room under it for a plain message saying what is missing."""

    def __init__(self, field: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.field = field
        self.caption: QLabel | None = None  # its label in the form (``add_row``)
        self._outline = _Outline(field, self)
        self._message: QLabel | None = None  # made when there is first something to say
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._layout.addWidget(self._outline)

    def mark(self, message: str | None) -> None:
        """Show ``message`` under the input (``None`` clears it)."""
        if self._outline.marked != bool(message):
            self._outline.marked = bool(message)
            self._outline.update()
        if message and self._message is None:
            self._message = QLabel(self)
            self._message.setWordWrap(True)
            self._message.setStyleSheet(f"color: {PROBLEM_COLOR};")
            self._layout.addWidget(self._message)
        if self._message is not None:
            self._message.setText(message or "")
            self._message.setVisible(bool(message))
        self.field.setAccessibleDescription(message or "")

    @property
    def message(self) -> str:
        return self._message.text() if self._outline.marked and self._message else ""


def add_row(form: QFormLayout, label: str, field: QWidget, name: str | None = None) -> FieldRow:
    """Add ``field`` under a visible ``label`` (its buddy) and give it an accessible name."""
    row = FieldRow(field)
    row.caption = caption = QLabel(label)
    caption.setBuddy(field)
    field.setAccessibleName(name or label)
    form.addRow(caption, row)
    return row


def add_pair(
    form: QFormLayout, label: str, field: QWidget, second_label: str, second: QWidget
) -> tuple[FieldRow, FieldRow]:
    """Two inputs on one line of the form, each with its label (a line less where height is
    scarce: a speaker and a statement fit a 768-pixel screen)."""
    first_row, second_row = FieldRow(field), FieldRow(second)
    captions: list[QLabel] = []
    for row, text in ((first_row, label), (second_row, second_label)):
        row.caption = caption = QLabel(text)
        caption.setBuddy(row.field)
        row.field.setAccessibleName(text)
        captions.append(caption)
    line = QHBoxLayout()
    line.setContentsMargins(0, 0, 0, 0)
    line.setSpacing(8)
    line.addWidget(first_row, 3)
    line.addWidget(captions[1])
    line.addWidget(second_row, 2)
    form.addRow(captions[0], line)
    return first_row, second_row


def quiet(label: QLabel) -> QLabel:
    """Grey like a field's placeholder: a palette role, not a style sheet (a widget with a
    style sheet is polished by a style of its own, which the window's first frame pays for)."""
    from PySide6.QtGui import QPalette

    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def bold(label: QLabel) -> QLabel:
    """A heading in the form's bold font (not a style sheet, as for ``quiet``)."""
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def new_form() -> QFormLayout:
    """A form with labels aligned on the left and fields filling the width."""
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    set_keys(form, "labelAlignment", "AlignLeft|AlignTop")
    form.setHorizontalSpacing(12)
    form.setVerticalSpacing(2)  # each input keeps a 2-pixel margin for its red outline too
    return form


def _room(widget: QWidget) -> int | None:
    """The bytes the draft may still grow by, asked of the form panel holding ``widget``
    (None outside one: a pane built alone)."""
    parent = widget.parentWidget()
    while parent is not None:
        room = getattr(parent, "draft_room", None)
        if callable(room):
            return room()
        parent = parent.parentWidget()
    return None


def _taken_back(widget: QWidget, known: str, text: str, cursor: int, cap: int) -> int:
    """How much of what was just typed or pasted goes back (said in the status bar)."""
    if len(text) <= len(known):
        return 0
    k = fit(known, text, cursor, cap, _room(widget))
    if k:
        tell(widget, full_field_message(cap) if len(text) > cap else full_draft_message())
    return k


class LineEdit(QLineEdit):
    """A one-line field within the form's limits (gui/form/limits.py); a text loaded longer
    is shown whole. Its guard runs before the pane's handler: the draft still holds the text
    as it was."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMaxLength(FIELD_CHARS)  # Qt's own default is 32,767: a paste is cut there
        self._known = ""
        self.textChanged.connect(self._guard)

    def setText(self, text: str | None) -> None:  # noqa: N802 - Qt's name
        text = text or ""
        self.setMaxLength(max(FIELD_CHARS, len(text)))
        self._known = text
        super().setText(text)

    def _guard(self, text: str) -> None:
        known, cap = self._known, self.maxLength()
        if len(text) >= cap > len(known):  # Qt cut the paste at maxLength
            tell(self, full_field_message(cap))
        cursor = self.cursorPosition()
        k = _taken_back(self, known, text, cursor, cap)
        self._known = text[: cursor - k] + text[cursor:]
        if k:
            self.setSelection(cursor - k, k)
            self.del_()  # the line's own Undo still knows the rest


def line_edit(placeholder: str = "") -> QLineEdit:
    edit = LineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(False)
    return edit


def set_line(edit: QLineEdit, text: str) -> None:
    if edit.text() != text:
        edit.blockSignals(True)
        edit.setText(text)
        edit.setCursorPosition(0)  # a long text shows its start, not its end
        edit.blockSignals(False)


def set_plain(edit: QPlainTextEdit, text: str) -> None:
    if edit.toPlainText() != text:
        edit.blockSignals(True)
        edit.setPlainText(text)
        edit.blockSignals(False)


def set_combo(combo: QComboBox, index: int) -> None:
    if combo.currentIndex() != index:
        combo.blockSignals(True)
        combo.setCurrentIndex(index)
        combo.blockSignals(False)


def set_combo_text(combo: QComboBox, text: str) -> None:
    if combo.currentText() != text:
        combo.blockSignals(True)
        combo.setCurrentText(text)
        combo.blockSignals(False)


class TextBox(QPlainTextEdit):
    """A wrapped text box that grows with its text between ``min_lines`` and ``max_lines``.

    Tab moves to the next field (a form, not a word processor).
    """

    def __init__(self, min_lines: int = 3, max_lines: int = 10, parent: QWidget | None = None):
        super().__init__(parent)
        self._min, self._max = min_lines, max_lines
        self.cap = FIELD_CHARS  # the form's limits (gui/form/limits.py); a longer text loaded
        self._known = ""  # stays whole; the text as it was before the latest change
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.textChanged.connect(self._guard)  # first: the draft still holds ``_known``
        self.textChanged.connect(self._fit)
        # re-wrapping after a resize changes the line count later than resizeEvent
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()

    def setPlainText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self.cap = max(FIELD_CHARS, len(text))
        self._known = text
        super().setPlainText(text)

    def insertFromMimeData(self, source) -> None:  # noqa: N802 - Qt's name
        """A paste or drop past the field's room is cut before it enters the document (5 MB
        laid out as one paragraph would hold the window for seconds)."""
        if source.hasText():
            text = source.text()
            room = self.cap - len(self.toPlainText()) + len(self.textCursor().selectedText())
            if len(text) > room:
                self.insertPlainText(text[: max(room, 0)])
                tell(self, full_field_message(self.cap))
                return
        super().insertFromMimeData(source)

    def _guard(self) -> None:
        text = self.toPlainText()
        cursor = self.textCursor()
        pos = cursor.position()
        k = _taken_back(self, self._known, text, pos, self.cap)
        self._known = text[: pos - k] + text[pos:]
        if k:
            cursor.setPosition(pos - k)
            cursor.setPosition(pos, cursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()  # through the field: its own Undo still works

    def _fit(self) -> None:
        metrics = self.fontMetrics()
        margin = int(self.document().documentMargin())
        # QPlainTextEdit's layout counts its height in wrapped lines: exact, whatever the font.
        used = int(self.document().size().height() + 0.999)
        lines = max(self._min, min(self._max, used))
        frame = self.contentsMargins()
        height = lines * metrics.lineSpacing() + 2 * margin + frame.top() + frame.bottom() + 2
        if self.height() != height:
            self.setFixedHeight(height)


class _NoStrayWheel(QObject):
    """Scrolling the form over a list box must scroll the form, not change the choice."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Wheel and isinstance(obj, QWidget) and not obj.hasFocus():
            event.ignore()
            return True
        return False


_WHEEL_GUARD: _NoStrayWheel | None = None


def guard_wheel(widget: QComboBox | QAbstractSpinBox) -> None:
    global _WHEEL_GUARD
    if _WHEEL_GUARD is None:
        _WHEEL_GUARD = _NoStrayWheel()
    set_keys(widget, "focusPolicy", "StrongFocus")
    widget.installEventFilter(_WHEEL_GUARD)


def clip(text: str, length: int = 60) -> str:
    """One line of ``text`` for a list entry."""
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def add_item_buttons(
    layout: QBoxLayout,
    index: int,
    count: int,
    tips: tuple[str, str, str],
    move: Callable[[int, int], None],
    remove: Callable[[int], None],
) -> tuple[list[QToolButton], QToolButton]:
    """Up, down and remove buttons for one item of a list pane (a paragraph, a photo).

    ``tips`` are the tooltips (also the accessible names) of the three buttons.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QStyle, QToolButton

    parent = layout.parentWidget()
    style = parent.style() if parent is not None else QApplication.style()
    moves: list[QToolButton] = []
    arrows = (
        (QStyle.StandardPixmap.SP_ArrowUp, tips[0], index > 0, -1),
        (QStyle.StandardPixmap.SP_ArrowDown, tips[1], index < count - 1, +1),
    )
    for icon, tip, enabled, step in arrows:
        button = QToolButton()
        button.setIcon(style.standardIcon(icon))
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setEnabled(enabled)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.clicked.connect(lambda _c=False, step=step: move(index, index + step))
        layout.addWidget(button)
        moves.append(button)
    remover = QToolButton()
    remover.setText(_("Remove"))
    remover.setToolTip(tips[2])
    remover.setAccessibleName(tips[2])
    remover.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    remover.clicked.connect(lambda: remove(index))
    layout.addWidget(remover)
    return moves, remover
