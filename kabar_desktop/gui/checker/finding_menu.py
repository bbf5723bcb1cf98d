"""The form's context menu on a marked word: what the check proposes comes first, as in Word
("dikoordinasi", "koordinator", then "Tambahkan ke kata kantor", "Abaikan"), then the usual
Cut, Copy, Paste. Choosing a correction goes through the window's one undo history.

The menu watches the inputs the highlighter marks (a text box's viewport, a line edit); a
right click (or the menu key) elsewhere gets the input's own menu untouched.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QLineEdit, QMenu, QPlainTextEdit, QTextEdit, QWidget
from shiboken6 import isValid

from kabar_desktop.gui.checker.highlight import span_in
from kabar_desktop.i18n import _

if TYPE_CHECKING:
    from PySide6.QtGui import QContextMenuEvent

    from kabar_desktop.check.finding import Finding
    from kabar_desktop.gui.checker.suggestions import Suggestions

SPELLING = "S1"


class FindingMenu(QObject):
    """Puts the fixes of the finding under the pointer first in an input's context menu."""

    fix = Signal(object)  # the Finding, its suggestion the chosen correction
    ignore = Signal(object)
    add_word = Signal(object)

    def __init__(
        self,
        findings: Callable[[QWidget], list[Finding]],
        suggestions: Suggestions,
        parent: QObject | None = None,
    ):
        """``findings(widget)``: the findings shown in that input now."""
        super().__init__(parent)
        self._findings = findings
        self._suggestions = suggestions
        self._watched: dict[QObject, QWidget] = {}

    def watch(self, widget: QWidget) -> None:
        """Give the marked input ``widget`` the findings' menu (once)."""
        target = widget.viewport() if isinstance(widget, QPlainTextEdit | QTextEdit) else widget
        self._watched = {t: w for t, w in self._watched.items() if isValid(t) and isValid(w)}
        if target not in self._watched:
            self._watched[target] = widget
            target.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.ContextMenu or obj not in self._watched:
            return False
        widget = self._watched[obj]
        found = self.at(widget, _position(widget, event))  # type: ignore[arg-type]
        if not found:
            return False
        menu = self.menu(widget, found[0], event)  # type: ignore[arg-type]
        menu.exec(event.globalPos())  # type: ignore[attr-defined]
        menu.deleteLater()
        return True

    def at(self, widget: QWidget, position: int) -> list[Finding]:
        """The findings whose words are at ``position`` of the input's text."""
        if isinstance(widget, QLineEdit):
            text = widget.text()
        else:
            assert isinstance(widget, QPlainTextEdit | QTextEdit)  # what the check marks
            text = widget.toPlainText()
        found = []
        for f in self._findings(widget):
            span = span_in(text, f)
            if span is not None and span[0] <= position <= span[1]:
                found.append(f)
        return found

    def menu(self, widget: QWidget, f: Finding, event: QContextMenuEvent) -> QMenu:
        """The input's own menu with the finding's choices on top."""
        if isinstance(widget, QLineEdit):
            menu = widget.createStandardContextMenu()
        else:
            assert isinstance(widget, QPlainTextEdit | QTextEdit)  # what the check marks
            menu = widget.createStandardContextMenu(event.pos())
        first = menu.actions()[0] if menu.actions() else None
        ours = []
        for word in self.corrections(f):
            label = word or _("Delete “{text}”").format(text=f.text)
            action = menu.addAction(label.replace("&", "&&"))
            font = action.font()
            font.setBold(True)
            action.setFont(font)
            action.triggered.connect(
                lambda _c=False, w=word: self.fix.emit(replace(f, suggestion=w))
            )
            ours.append(action)
        if not ours:
            none = menu.addAction(_("(no spelling suggestions)"))
            none.setEnabled(False)
            ours.append(none)
        if f.rule == SPELLING:
            add = menu.addAction(_("Add to office words"))
            add.triggered.connect(lambda: self.add_word.emit(f))
            ours.append(add)
        ignore = menu.addAction(_("Ignore"))
        ignore.triggered.connect(lambda: self.ignore.emit(f))
        ours.append(ignore)
        if first is not None:
            for action in ours:
                menu.removeAction(action)
            menu.insertActions(first, ours)
            menu.insertSeparator(first)
        menu.setObjectName("finding-menu")
        return menu

    def corrections(self, f: Finding) -> list[str]:
        """The finding's own fix, then (a misspelling) the speller's other suggestions."""
        out = [f.suggestion] if f.suggestion is not None else []
        if f.rule == SPELLING:
            found = self._suggestions.get(f.text)
            if found is None:
                from PySide6.QtWidgets import QApplication

                QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
                try:
                    found = self._suggestions.now(f.text)
                finally:
                    QApplication.restoreOverrideCursor()
            out += [w for w in found if w not in out]
        return out[:6]


def _position(widget: QWidget, event: QContextMenuEvent) -> int:
    """Where in the text the menu was asked for: under the pointer, or the text cursor (key)."""
    keyboard = event.reason() == event.Reason.Keyboard
    if isinstance(widget, QLineEdit):
        return widget.cursorPosition() if keyboard else widget.cursorPositionAt(event.pos())
    assert isinstance(widget, QPlainTextEdit | QTextEdit)
    if keyboard:
        return widget.textCursor().position()
    return widget.cursorForPosition(event.pos()).position()
