"""The list of what the house-style check found, and what the writer can do about each one.

The panel only shows and asks: the wiring (``install``) edits the draft and runs the checks.
A misspelt word with no one-click fix asks for its suggestions (``suggestions_wanted``) and,
once they are ``offer``-ed, "Fix" opens a menu of them.
"""

from __future__ import annotations

import functools
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from kabar_desktop.check.finding import ERROR, NOTE, Finding
from kabar_desktop.gui.checker.highlight import color
from kabar_desktop.gui.checker.labels import field_label
from kabar_desktop.i18n import _
from kabar_desktop.model.draft import Draft

if TYPE_CHECKING:  # what painting needs is imported when the first finding is painted
    from PySide6.QtCore import QModelIndex, QPersistentModelIndex
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QStyleOptionViewItem

SPELLING = "S1"
_ROLE = Qt.ItemDataRole.UserRole


@functools.lru_cache(maxsize=4)
def _dot(severity: str, size: int = 12) -> QIcon:
    from PySide6.QtGui import QColor, QPainter, QPixmap

    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(color(severity)))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


def clipped_note() -> str:
    """What the window says of a text longer than the checker reads (``kabar check``'s
    limit, check/limits.py): the rest was not checked."""
    from kabar_desktop.check.limits import MAX_PARAGRAPHS, MAX_TEXT_BYTES

    return _(
        "Too long to check whole: Kabar checks at most {size} KB or {count} paragraphs; "
        "the rest was not checked"
    ).format(size=MAX_TEXT_BYTES // 1024, count=MAX_PARAGRAPHS)


def summary_text(findings: list[Finding]) -> str:
    """ "3 kesalahan, 2 saran, 1 catatan", or a calm word when there is nothing."""
    errors = sum(1 for f in findings if f.severity == ERROR)
    notes = sum(1 for f in findings if f.severity == NOTE)
    warnings = len(findings) - errors - notes
    if not findings:
        return _("No findings: the text follows the house style.")
    parts = []
    if errors:
        parts.append(_("1 error") if errors == 1 else _("{count} errors").format(count=errors))
    if warnings:
        one = _("1 suggestion")
        parts.append(one if warnings == 1 else _("{count} suggestions").format(count=warnings))
    if notes:
        parts.append(_("1 note") if notes == 1 else _("{count} notes").format(count=notes))
    return ", ".join(parts)


class _TwoLines(QStyledItemDelegate):
    """The message, and under it in grey the words concerned and where they are."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        from PySide6.QtCore import QRect
        from PySide6.QtGui import QColor, QPalette
        from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        message, _nl, detail = opt.text.partition("\n")
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        opt.icon, opt.text = QIcon(), ""
        opt.features &= ~QStyleOptionViewItem.ViewItemFeature.HasDecoration
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        main = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        grey = QColor(main)
        grey.setAlphaF(0.62)
        line = opt.fontMetrics.lineSpacing()
        indent = opt.decorationSize.width() + 12
        rect = opt.rect.adjusted(indent, 3, -6, -3)
        painter.save()
        if isinstance(icon, QIcon):
            icon.paint(painter, QRect(opt.rect.left() + 6, rect.top() + 3, 10, 10))
        painter.setPen(main)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        elide = Qt.TextElideMode.ElideRight
        painter.drawText(rect, flags, opt.fontMetrics.elidedText(message, elide, rect.width()))
        painter.setPen(grey)
        painter.drawText(
            rect.adjusted(0, line, 0, 0),
            flags,
            opt.fontMetrics.elidedText(detail, elide, rect.width()),
        )
        painter.restore()

    def sizeHint(  # noqa: N802 - Qt's name
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(200, 2 * option.fontMetrics.lineSpacing() + 8)


class CheckerPanel(QWidget):
    """Findings, most serious first within reading order; buttons act on the selected one."""

    activated = Signal(object)  # Finding: show it in its field
    fix_requested = Signal(object)  # Finding
    ignore_requested = Signal(object)  # Finding
    ignore_rule_requested = Signal(str)  # rule id
    add_word_requested = Signal(object)  # a spelling Finding
    suggestions_wanted = Signal(str)  # a misspelt word with no fix of its own

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.findings: list[Finding] = []
        self._offered: dict[str, list[str]] = {}  # suggestions by misspelt word
        self.summary = QLabel()
        self.summary.setObjectName("checker-summary")
        self.list = QListWidget()
        self.list.setObjectName("checker-list")
        self.list.setMinimumHeight(48)
        self.list.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
        self.list.setIconSize(QSize(12, 12))
        self.list.setUniformItemSizes(True)
        self.list.setItemDelegate(_TwoLines(self.list))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemClicked.connect(lambda item: self.activated.emit(item.data(_ROLE)))
        self.list.itemActivated.connect(lambda item: self.activated.emit(item.data(_ROLE)))
        self.list.currentItemChanged.connect(lambda *_a: self._update_buttons())

        self.fix_button = QPushButton()
        self.ignore_button = QPushButton()
        self.ignore_rule_button = QPushButton()
        self.add_word_button = QPushButton()
        self.fix_button.clicked.connect(lambda: self._emit(self.fix_requested))
        self.ignore_button.clicked.connect(lambda: self._emit(self.ignore_requested))
        self.ignore_rule_button.clicked.connect(self._ignore_rule)
        self.add_word_button.clicked.connect(lambda: self._emit(self.add_word_requested))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in self.buttons:
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """A compact strip under the form: the findings, not the whole window."""
        return QSize(480, 140)

    @property
    def buttons(self) -> list[QPushButton]:
        return [self.fix_button, self.ignore_button, self.ignore_rule_button, self.add_word_button]

    def retranslate(self) -> None:
        self.fix_button.setText(_("Fix"))
        self.ignore_button.setText(_("Ignore"))
        self.ignore_button.setToolTip(_("Do not show this finding again in this draft"))
        self.ignore_rule_button.setText(_("Ignore this rule"))
        self.ignore_rule_button.setToolTip(_("Do not check this rule again in this draft"))
        self.add_word_button.setText(_("Add to office words"))
        self.add_word_button.setToolTip(_("The word is correct: never flag it again"))
        self.list.setAccessibleName(_("House-style findings"))
        for button in self.buttons:
            button.setAccessibleName(button.text())
        self._update_buttons()

    # --- showing ---------------------------------------------------------------------------
    def show_findings(
        self, findings: list[Finding], draft: Draft, clipped: bool = False, hidden: int = 0
    ) -> None:
        """Replace the list, keeping the selected finding selected if it is still there;
        ``clipped``: only the start of the text was checked; ``hidden``: findings left out of
        the list (the summary says both)."""
        current = self.current()
        keep = current.key if current is not None else None
        self.findings = list(findings)
        self.list.blockSignals(True)
        self.list.clear()
        for f in self.findings:
            self.list.addItem(self._item(f, draft))
        self.list.blockSignals(False)
        rows = [i for i, f in enumerate(self.findings) if f.key == keep]
        if rows:
            self.list.setCurrentRow(rows[0])
        summary = summary_text(self.findings)
        if hidden:
            more = _("Only the first {shown} findings are listed; {count} more are not")
            summary = f"{summary}\n{more.format(shown=len(self.findings), count=hidden)}"
        if clipped:  # "no findings" alone would promise what was not checked
            summary = f"{summary}\n{clipped_note()}"
        self.summary.setText(summary)
        self.summary.setWordWrap(clipped or bool(hidden))
        self._update_buttons()

    def _item(self, f: Finding, draft: Draft) -> QListWidgetItem:
        where = field_label(f.field or f.block, draft)
        quoted = f"“{f.text}”"
        if f.suggestion:
            quoted += f" → “{f.suggestion}”"
        detail = " · ".join(p for p in (quoted, where) if p)
        item = QListWidgetItem(_dot(f.severity), f"{f.describe(_)}\n{detail}")
        kind = {ERROR: _("Error"), NOTE: _("Note")}.get(f.severity, _("Suggestion"))
        item.setToolTip(f"{kind} ({f.rule})")
        # a screen reader says what the dot's colour shows
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{kind}: {f.describe(_)} {detail}")
        item.setData(_ROLE, f)
        return item

    def current(self) -> Finding | None:
        item = self.list.currentItem()
        return item.data(_ROLE) if item is not None else None

    def select(self, finding: Finding) -> bool:
        """Select the entry for ``finding`` (by key); False when it is not listed."""
        for i, f in enumerate(self.findings):
            if f.key == finding.key:
                self.list.setCurrentRow(i)
                return True
        return False

    # --- acting ----------------------------------------------------------------------------
    def offer(self, word: str, suggestions: list[str]) -> None:
        """The spelling suggestions for ``word`` (the selected finding's, maybe)."""
        self._offered[word] = suggestions
        f = self.current()
        if f is not None and f.text == word:
            self._update_buttons()

    def _update_buttons(self) -> None:
        f = self.current()
        self.fix_button.setEnabled(f is not None and f.suggestion is not None and bool(f.field))
        if self.fix_button.menu() is not None:
            self.fix_button.menu().deleteLater()
            self.fix_button.setMenu(None)  # type: ignore[arg-type]  # Qt takes no menu; the stub says QMenu
        if f is not None and f.suggestion:
            tip = _("Replace with “{suggestion}”").format(suggestion=f.suggestion)
        elif f is not None and f.suggestion == "":
            tip = _("Delete “{text}”").format(text=f.text)
        elif f is not None and f.rule == SPELLING and f.field:
            tip = self._spelling_menu(f)
        else:
            tip = _("Kabar has no fix to suggest; edit the text yourself")
        self.fix_button.setToolTip(tip)
        self.ignore_button.setEnabled(f is not None)
        self.ignore_rule_button.setEnabled(f is not None)
        self.add_word_button.setEnabled(f is not None and f.rule == SPELLING)

    def _spelling_menu(self, f: Finding) -> str:
        """A misspelt word with no fix of its own: "Fix" opens its suggestions (asked for
        the first time it is selected); the button's tip."""
        found = self._offered.get(f.text)
        if found is None:
            self.suggestions_wanted.emit(f.text)
            if f.text in self._offered:  # known already: ``offer`` has set the button up
                return self.fix_button.toolTip()
            return _("Looking for spelling suggestions…")
        if not found:
            return _("No spelling suggestions; edit the word yourself")
        menu = QMenu(self.fix_button)
        menu.setObjectName("spelling-suggestions")
        menu.setAccessibleName(_("Spelling suggestions"))
        for word in found:
            action = menu.addAction(word.replace("&", "&&"))
            action.triggered.connect(
                lambda _c=False, w=word: self.fix_requested.emit(replace(f, suggestion=w))
            )
        self.fix_button.setMenu(menu)
        self.fix_button.setEnabled(True)
        return _("Choose the right spelling of “{text}”").format(text=f.text)

    def _emit(self, signal) -> None:
        f = self.current()
        if f is not None:
            signal.emit(f)

    def _ignore_rule(self) -> None:
        f = self.current()
        if f is not None:
            self.ignore_rule_requested.emit(f.rule)
