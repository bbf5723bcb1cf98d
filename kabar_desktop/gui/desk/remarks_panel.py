"""The remarks on the draft being read, and the box to write one.

A remark is about a field (picked in the facts list) or words chosen in the preview (the
field they were typed in, else their sentence: ``anchors.anchor_for``). The list shows the
earlier ones, open first, each with what it is about.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kabar_desktop.gui.checker.labels import field_label
from kabar_desktop.i18n import _
from kabar_desktop.model.draft import Draft
from kabar_desktop.store.remarks import Remark

DONE_COLOR = "#5f6368"


def anchor_label(anchor: str, draft: Draft) -> str:
    """ "Paragraph 2", "Sentence 3", or "nothing chosen yet"."""
    if not anchor:
        return _("nothing chosen yet")
    if anchor.startswith("sentence:"):
        return _("Sentence {number}").format(number=anchor.partition(":")[2])
    return field_label(anchor, draft) or anchor


def short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class RemarksPanel(QWidget):
    """The earlier remarks and a new one's text; ``add_requested`` asks the desk to store it."""

    add_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("desk-remarks")
        self.anchor = ""
        self.quote = ""
        self._draft = Draft()
        self.list = QListWidget(self)
        self.list.setObjectName("desk-remark-list")
        self.list.setAccessibleName(_("Remarks on this draft"))
        self.list.setMaximumHeight(72)
        self.about = QLabel(self)
        self.about.setObjectName("desk-remark-about")
        self.about.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("desk-remark-text")
        self.text.setAccessibleName(_("Remark"))
        self.text.setPlaceholderText(
            _("Pick a field on the left or select words in the article, then write the remark.")
        )
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(64)
        self.add = QPushButton(_("Add &Remark"), self)
        self.add.setObjectName("desk-remark-add")
        self.add.setAccessibleName(_("Add remark"))
        self.add.clicked.connect(self.add_requested)
        self.text.textChanged.connect(self._enable)

        row = QHBoxLayout()
        row.addWidget(self.text, 1)
        row.addWidget(self.add)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(_("Remarks"), self)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        layout.addWidget(self.list)
        layout.addWidget(self.about)
        layout.addLayout(row)
        self.set_anchor("", "")

    def _enable(self) -> None:
        self.add.setEnabled(bool(self.anchor and self.text.toPlainText().strip()))

    def show_remarks(self, draft: Draft, remarks: list[Remark]) -> None:
        """The draft's remarks, open ones first (each oldest first)."""
        self._draft = draft
        self.list.clear()
        for remark in sorted(remarks, key=lambda r: (r.done, r.created)):
            where = anchor_label(remark.anchor, draft)
            quote = f" “{short(remark.quote, 50)}”" if remark.quote else ""
            state = _("done") if remark.done else _("open")
            item = QListWidgetItem(f"[{state}] {where}{quote}: {short(remark.text)}", self.list)
            item.setToolTip(remark.text)
            item.setData(256, remark.rid)
            if remark.done:
                item.setForeground(QBrush(QColor(DONE_COLOR)))
        if not remarks:
            item = QListWidgetItem(_("No remarks yet."), self.list)
            item.setForeground(QBrush(QColor(DONE_COLOR)))
        self.set_anchor(self.anchor, self.quote)

    def set_anchor(self, anchor: str, quote: str) -> None:
        """What the next remark is about: a field path or ``sentence:<n>``, and the words."""
        self.anchor, self.quote = anchor, quote
        where = anchor_label(anchor, self._draft)
        text = _("About: {where}").format(where=where)
        if quote:
            text += f" — “{short(quote, 120)}”"
        self.about.setText(text)
        self._enable()

    def typed(self) -> str:
        return self.text.toPlainText().strip()

    def clear_text(self) -> None:
        self.text.clear()

    def texts(self) -> list[str]:
        return [self.list.item(n).text() for n in range(self.list.count())]
