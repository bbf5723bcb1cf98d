"""One incoming draft, read as it will be published, beside its facts; read only.

The preview is the editor's own (``editor.preview.PreviewPane`` on a session of its own),
so the reviewer reads exactly what the export will write. Nothing here changes the draft:
"Edit" hands it to the editor window, where every change is a new revision that travels
back to the office (which sees it in its version history).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kabar_desktop.compose.anchors import anchor_for
from kabar_desktop.gui.desk.facts_view import FactsView
from kabar_desktop.gui.desk.remarks_panel import RemarksPanel
from kabar_desktop.gui.editor.draft_session import DraftSession
from kabar_desktop.gui.editor.preview import PreviewPane
from kabar_desktop.i18n import _
from kabar_desktop.model.draft import Draft


class Reader(QWidget):
    """The draft being read: heading, facts | preview, remarks, and the verdict buttons."""

    edit_requested = Signal()
    accept_requested = Signal()
    send_back_requested = Signal()
    published_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("desk-reader")
        self.draft_id: int | None = None
        self.session = DraftSession(Draft(), parent=self)
        self.heading = QLabel(self)
        self.heading.setObjectName("desk-heading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setOpenExternalLinks(True)
        self.heading.setAccessibleName(_("The draft being read"))
        self.facts = FactsView(self)
        self.preview = PreviewPane(self.session, self)
        self.preview.setMinimumWidth(360)
        self.remarks = RemarksPanel(self)

        self.edit = self._button(_("&Edit"), "desk-edit", self.edit_requested)
        self.edit.setToolTip(_("Open the draft in the editor; your changes travel back."))
        self.on_words = self._button(
            _("Remark on the &Selected Words"), "desk-remark-selection", None
        )
        self.on_words.clicked.connect(self.use_selection)
        self.accept = self._button(_("&Accept"), "desk-accept", self.accept_requested)
        self.send_back = self._button(_("Send &Back"), "desk-send-back", self.send_back_requested)
        self.send_back.setToolTip(_("Needs changes: the remarks go back to the office."))
        self.published = self._button(
            _("Mark &Published…"), "desk-published", self.published_requested
        )

        split = QSplitter(self)
        split.setChildrenCollapsible(False)
        split.addWidget(self.facts)
        split.addWidget(self.preview)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit)
        buttons.addWidget(self.on_words)
        buttons.addStretch(1)
        for button in (self.accept, self.send_back, self.published):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(split, 1)
        layout.addWidget(self.remarks)
        layout.addLayout(buttons)
        self.facts.picked.connect(self._picked)
        self.preview.selectionChanged.connect(self._selection_changed)
        self.show_nothing()

    def _button(self, text: str, name: str, signal) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        if signal is not None:
            button.clicked.connect(lambda _checked=False: signal.emit())
        return button

    def _actions(self) -> list[QPushButton]:
        return [self.edit, self.accept, self.send_back, self.published]

    def show_nothing(self) -> None:
        self.draft_id = None
        self.session.load(Draft())
        self.facts.clear()
        self.heading.setText(_("Choose a draft on the left to read it."))
        for button in self._actions():
            button.setEnabled(False)
        self.on_words.setEnabled(False)
        self.remarks.setEnabled(False)

    def show_draft(self, draft_id: int, draft: Draft, heading: str, remarks) -> None:
        """Read ``draft`` (stored as ``draft_id``); ``heading`` is rich text."""
        same = draft_id == self.draft_id
        self.draft_id = draft_id
        self.session.load(draft, draft_id=draft_id)
        self.preview.refresh_now()
        self.heading.setText(heading)
        open_paths = {r.anchor for r in remarks if not r.done}
        keep = self.facts.current_path() if same else ""
        self.facts.show_draft(draft, open_paths)
        self.remarks.show_remarks(draft, remarks)
        if not same:
            self.remarks.set_anchor("", "")
            self.remarks.clear_text()
        elif keep:
            self.facts.pick(keep)
        for button in self._actions():
            button.setEnabled(True)
        self.remarks.setEnabled(True)
        self._selection_changed()

    def _picked(self, path: str) -> None:
        self.remarks.set_anchor(path, "")

    def _selection_changed(self) -> None:
        has = self.preview.textCursor().hasSelection() and self.draft_id is not None
        self.on_words.setEnabled(has)

    def use_selection(self) -> bool:
        """Anchor the next remark to the words selected in the preview; False if none."""
        words = self.preview.textCursor().selectedText().replace("\u2029", " ").strip()
        if not words:
            return False
        anchor = anchor_for(self.session.preview_article(), words)
        if not anchor:
            return False
        self.facts.blockSignals(True)
        if not self.facts.pick(anchor):
            self.facts.clearSelection()
        self.facts.blockSignals(False)
        self.remarks.set_anchor(anchor, words)
        self.remarks.text.setFocus()
        return True
