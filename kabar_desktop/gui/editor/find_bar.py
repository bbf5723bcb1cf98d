"""Find (Ctrl+F): a bar under the window that searches the form's fields or the preview.

Word users press Ctrl+F and type: the bar searches as they type, Enter (F3) goes to the next
match, Shift+Enter (Shift+F3) to the previous one, Esc closes it. Where it searches follows
where the writer was: the preview when it had the focus, else the form (a choice in the bar
changes it). The match is selected and scrolled to; the focus stays in the bar so typing
goes on refining the search, and goes to the match when the bar closes.

The bar is built the first time Ctrl+F is pressed: nothing of it weighs on the start.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QToolBar, QToolButton, QWidget
from shiboken6 import isValid

from kabar_desktop.gui.editor.form_search import (
    Match,
    SearchableForm,
    deselect,
    find_all,
    show_match,
    text_fields,
)
from kabar_desktop.i18n import _

if TYPE_CHECKING:
    from kabar_desktop.gui.editor.draft_session import DraftSession
    from kabar_desktop.gui.editor.preview import PreviewPane

FORM, PREVIEW = 0, 1
_NOT_FOUND = "QLineEdit { background-color: #fde2e1; }"


class FindBar(QToolBar):
    """The find bar; ``open`` shows it, ``find_next`` / ``find_previous`` move between matches."""

    def __init__(
        self,
        session: DraftSession,
        form: Callable[[], SearchableForm],
        preview: PreviewPane,
        parent: QWidget | None = None,
    ):
        """``form`` gives the window's form now (it is rebuilt when the language changes)."""
        super().__init__(parent)
        self._session, self._form, self._preview = session, form, preview
        self._at: Match | None = None  # the match shown last (form), or its place (preview)
        self._box: QWidget | None = None  # the input showing it
        self.setObjectName("find-bar")
        self.setMovable(False)
        self.setFloatable(False)
        self.edit = QLineEdit()
        self.edit.setObjectName("find-text")
        self.edit.setClearButtonEnabled(True)
        self.edit.setMaximumWidth(320)
        self.edit.textEdited.connect(lambda _t: self._search(0))
        self.edit.installEventFilter(self)
        self.scope = QComboBox()
        self.scope.setObjectName("find-scope")
        self.scope.addItems(["", ""])
        self.scope.currentIndexChanged.connect(self._scope_changed)
        self.previous_button = QToolButton()
        self.next_button = QToolButton()
        self.close_button = QToolButton()
        self.previous_button.clicked.connect(self.find_previous)
        self.next_button.clicked.connect(self.find_next)
        self.close_button.clicked.connect(self.close_bar)
        self.status = QLabel()
        self.status.setObjectName("find-status")
        self.status.setContentsMargins(8, 0, 8, 0)
        self.label = QLabel()
        self.label.setContentsMargins(6, 0, 4, 0)
        self.label.setBuddy(self.edit)
        for widget in (self.label, self.edit, self.scope, self.previous_button, self.next_button):
            self.addWidget(widget)
        self.addWidget(self.status)
        spacer = QWidget()
        spacer.setSizePolicy(spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Fixed)
        self.addWidget(spacer)
        self.addWidget(self.close_button)
        escape = QShortcut(QKeySequence("Escape"), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.close_bar)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(_("Find"))
        self.label.setText(_("&Find:"))
        self.edit.setPlaceholderText(_("Words to find"))
        self.edit.setAccessibleName(_("Words to find"))
        self.scope.setItemText(FORM, _("in the form"))
        self.scope.setItemText(PREVIEW, _("in the preview"))
        self.scope.setAccessibleName(_("Where to find"))
        texts = (
            (self.previous_button, _("Previous"), _("Previous match (Shift+F3)")),
            (self.next_button, _("Next"), _("Next match (Enter, F3)")),
            (self.close_button, _("Close"), _("Close the find bar (Esc)")),
        )
        for button, text, tip in texts:
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(text)
        self._say_count()

    # --- opening and closing ---------------------------------------------------------------
    def open(self) -> None:
        """Show the bar, searching where the writer was (the preview or the form)."""
        from PySide6.QtWidgets import QApplication

        focus = QApplication.focusWidget()
        if focus is not None and not self.isAncestorOf(focus):
            in_preview = focus is self._preview or self._preview.isAncestorOf(focus)
            self.scope.setCurrentIndex(PREVIEW if in_preview else FORM)
        self.show()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()
        if self.edit.text():
            self._search(0)

    def close_bar(self) -> None:
        """Hide the bar; the focus goes to the match (or to the preview)."""
        self.hide()
        target = self._box if self.scope.currentIndex() == FORM else self._preview
        if target is not None and isValid(target):  # the form may have rebuilt its inputs
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Enter: the next match; Shift+Enter: the previous one."""
        enter = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if (
            obj is self.edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in enter
        ):
            back = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self._search(-1 if back else 1)
            return True
        return False

    # --- searching -------------------------------------------------------------------------
    def find_next(self) -> None:
        if not self.isVisible():
            self.open()
            return
        self._search(1)

    def find_previous(self) -> None:
        if not self.isVisible():
            self.open()
            return
        self._search(-1)

    def _scope_changed(self) -> None:
        self._at = None
        if self.isVisible() and self.edit.text():
            self._search(0)

    def _search(self, step: int) -> None:
        """Show the match after (1), before (-1) or at or after (0: typing) the last one."""
        needle = self.edit.text()
        matches = self._matches(needle)
        found = _pick(matches, self._at, step)
        if found is not None:
            self._at = matches[found]
            self._show(self._at, needle)
        self._say_count(found, len(matches))
        if self.isVisible():  # back to the bar; "popup" keeps a line edit's selection shown
            self.edit.setFocus(Qt.FocusReason.PopupFocusReason)

    def _matches(self, needle: str) -> list[Match]:
        if not needle:
            return []
        if self.scope.currentIndex() == FORM:
            return find_all(text_fields(self._session.draft), needle)
        document = self._preview.document()
        found: list[Match] = []
        cursor = document.find(needle, 0)
        while not cursor.isNull():
            found.append(Match(0, cursor.selectionStart(), cursor.selectionEnd()))
            cursor = document.find(needle, cursor)
        return found

    def _show(self, match: Match, needle: str) -> None:
        if self.scope.currentIndex() == FORM:
            path = text_fields(self._session.draft)[match.field][0]
            before, self._box = self._box, show_match(self._form(), path, match, needle)
            if before is not None and before is not self._box and isValid(before):
                deselect(before)  # one match marked at a time
            return
        cursor = QTextCursor(self._preview.document())
        cursor.setPosition(match.start)
        cursor.setPosition(match.end, QTextCursor.MoveMode.KeepAnchor)
        self._preview.setTextCursor(cursor)
        self._preview.ensureCursorVisible()

    def _say_count(self, found: int | None = None, total: int = 0) -> None:
        if not self.edit.text():
            self.status.setText("")
            self.edit.setStyleSheet("")
            return
        if found is None:
            self.status.setText(_("Not found"))
        else:
            self.status.setText(_("{n} of {total}").format(n=found + 1, total=total))
        self.edit.setStyleSheet(_NOT_FOUND if found is None else "")


def _pick(matches: list[Match], at: Match | None, step: int) -> int | None:
    """The index of the match to show, wrapping round at either end."""
    if not matches:
        return None
    if at is None:
        return len(matches) - 1 if step < 0 else 0
    key = (at.field, at.start)
    if step < 0:
        before = [i for i, m in enumerate(matches) if (m.field, m.start) < key]
        return before[-1] if before else len(matches) - 1
    # typing (0): the match at the same place (now longer) or the next; else the next
    after = [
        i
        for i, m in enumerate(matches)
        if (m.field, m.start) >= key and (step == 0 or (m.field, m.start) > key)
    ]
    return after[0] if after else 0
