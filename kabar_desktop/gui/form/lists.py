"""An ordered list with Add / Remove / Up / Down buttons, all reachable from the keyboard.

Used for the speakers and their statements. The list never changes the draft itself: the
pane decides what a button does (through ``session.apply``, so the window's Undo works).
Keys while the list has focus: Insert adds, Delete removes, Alt+Up / Alt+Down move.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from kabar_desktop.i18n import _

Action = Callable[[], None]


class OrderedList(QWidget):
    """A list box and its buttons; ``add`` holds one (label, tooltip, action) per Add button."""

    current_changed = Signal(int)
    remove_requested = Signal(int)
    move_requested = Signal(int, int)  # from, to

    def __init__(
        self,
        add: list[tuple[str, str, Action]],
        accessible_name: str,
        rows: int = 4,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setAccessibleName(accessible_name)
        self.list.setAlternatingRowColors(True)
        self.list.setUniformItemSizes(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        icon = self.list.fontMetrics().height() - 2  # a warning mark no taller than the text
        self.list.setIconSize(QSize(icon, icon))
        row_height = self.list.fontMetrics().height() + 8
        self.list.setFixedHeight(rows * row_height + 2 * self.list.frameWidth() + 4)
        self.list.currentRowChanged.connect(self._row_changed)

        self.add_buttons: list[QPushButton] = []
        buttons = QVBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.setSpacing(4)
        for label, tooltip, action in add:
            button = self._button(label, tooltip, buttons)
            button.clicked.connect(action)
            self.add_buttons.append(button)
        moves = QHBoxLayout()  # Remove, Up and Down share a line: the list takes less height
        moves.setSpacing(4)
        self.remove_button = self._button(
            _("Remove"), _("Remove the selected entry (Delete)"), moves
        )
        self.up_button = self._button(_("Up"), _("Move the selected entry up (Alt+Up)"), moves)
        self.down_button = self._button(
            _("Down"), _("Move the selected entry down (Alt+Down)"), moves
        )
        buttons.addLayout(moves)
        for button, arrow in (
            (self.up_button, QStyle.StandardPixmap.SP_ArrowUp),
            (self.down_button, QStyle.StandardPixmap.SP_ArrowDown),
        ):
            button.setIcon(self.style().standardIcon(arrow))
            button.setText("")  # the arrow says it; the name and tooltip say it in words
        buttons.addStretch(1)
        self.remove_button.clicked.connect(self._remove)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(+1))

        keys: list[tuple[QKeySequence | QKeySequence.StandardKey, Action]] = [
            (QKeySequence.StandardKey.Delete, self._remove),
            (QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Up), lambda: self._move(-1)),
            (QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Down), lambda: self._move(+1)),
        ]
        if add:
            keys.append((QKeySequence(Qt.Key.Key_Insert), add[0][2]))
        for key, action in keys:
            shortcut = QShortcut(key, self.list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(action)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def _button(self, label: str, tooltip: str, layout: QBoxLayout) -> QPushButton:
        button = QPushButton(label)
        button.setToolTip(tooltip)
        button.setAccessibleName(label)
        button.setAccessibleDescription(tooltip)
        button.setAutoDefault(False)
        layout.addWidget(button)
        return button

    # --- contents ----------------------------------------------------------------------
    def set_items(self, texts: list[str], current: int) -> None:
        """Replace the entries and select ``current`` without announcing it as a choice."""
        self.list.blockSignals(True)
        self.list.clear()
        for text in texts:
            self.list.addItem(QListWidgetItem(text))
        self.list.setCurrentRow(current if 0 <= current < len(texts) else -1)
        self.list.blockSignals(False)
        self._update_buttons()

    def set_text(self, row: int, text: str) -> None:
        item = self.list.item(row)
        if item is not None and item.text() != text:
            item.setText(text)

    def mark(self, row: int, message: str | None) -> None:
        """Flag an entry that has a missing fact inside it."""
        item = self.list.item(row)
        if item is None:
            return
        if message:
            item.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
        else:
            item.setData(Qt.ItemDataRole.DecorationRole, None)
        item.setToolTip(message or "")

    def texts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def current(self) -> int:
        return self.list.currentRow()

    def select(self, row: int) -> None:
        if row != self.list.currentRow():
            self.list.setCurrentRow(row)

    # --- actions -------------------------------------------------------------------------
    def _row_changed(self, row: int) -> None:
        self._update_buttons()
        self.current_changed.emit(row)

    def _remove(self) -> None:
        row = self.current()
        if row >= 0:
            self.remove_requested.emit(row)
            self._keep_focus(self.remove_button)

    def _move(self, step: int) -> None:
        row = self.current()
        target = row + step
        if row >= 0 and 0 <= target < self.list.count():
            self.move_requested.emit(row, target)
            self._keep_focus(self.up_button if step < 0 else self.down_button)

    def _keep_focus(self, button: QPushButton) -> None:
        """A button that just went grey hands the keyboard to the list, not to a stranger."""
        if not button.isEnabled() and self.isVisible():
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_buttons(self) -> None:
        row, count = self.current(), self.list.count()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
