"""The drafts browser: every stored draft, found by any word written in it, opened in a click.

A table of drafts (title, event date, office, status, last change) that sorts by any
column, a search box over everything written in the drafts (the store's full-text index,
filtering as one types), a status filter, and the trash. Work on the selected drafts:
open, duplicate, change status, delete into the trash (restorable until emptied), export.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from kabar_desktop.gui.drafts.batch_export import export_selected
from kabar_desktop.gui.drafts.drafts_model import COLUMNS, STATUS_NAMES, status_name
from kabar_desktop.gui.editor.autosave import store_message
from kabar_desktop.i18n import _
from kabar_desktop.store import StoreError

if TYPE_CHECKING:
    from kabar_desktop.gui.context import StoredDrafts, WindowContext
    from kabar_desktop.store import DraftStore

SEARCH_DELAY_MS = 150
COPY_SUFFIX = " (salinan)"  # in the title, which is always Indonesian (not the interface)


def restore_hint() -> str:
    """Where a trashed draft comes back from, in the menus' own words."""
    steps = (_("&File"), _("Dra&fts…"), _("Show the trash"), _("Restore"))
    path = " ▸ ".join(step.replace("&", "").rstrip("…") for step in steps)
    return _("To get it back: {path}.").format(path=path)


class DraftBrowser(QDialog):
    """Berkas ▸ Daftar Draf…: not modal, so the window stays usable beside it."""

    def __init__(self, window: WindowContext):
        super().__init__(window.widget)
        self.w = window
        self.setObjectName("draft-browser")
        self.setWindowTitle(_("Drafts"))
        self.resize(900, 520)

        self.search = QLineEdit()
        self.search.setPlaceholderText(_("Search every word written in the drafts…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(_("Search"))
        self.status = QComboBox()
        self.status.setAccessibleName(_("Status"))
        self.status.addItem(_("All statuses"), None)
        for key in STATUS_NAMES:
            self.status.addItem(status_name(key), key)
        self.trash_box = QCheckBox(_("Show the trash"))
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.status)
        top.addWidget(self.trash_box)

        from kabar_desktop.gui.sync.shared_drafts import SyncDraftsModel, SyncPanel

        self.model = SyncDraftsModel(self)  # with each draft's sync state and verdict
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(_("Drafts"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COLUMNS.index("changed"), Qt.SortOrder.DescendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.count = QLabel()

        self.open_button = self._button(_("Open"), self.open_selected)
        self.open_button.setDefault(True)
        self.duplicate_button = self._button(_("Duplicate"), self.duplicate_selected)
        self.status_button = QPushButton(_("Change Status"))
        self.status_menu = QMenu(self.status_button)
        for key in STATUS_NAMES:
            action = self.status_menu.addAction(status_name(key))
            action.triggered.connect(lambda _checked=False, k=key: self.set_status(k))
        self.status_button.setMenu(self.status_menu)
        self.delete_button = self._button(_("Delete"), self.trash_selected)
        self.export_button = self._button(_("Export Selected…"), self.export_selected)
        self.restore_button = self._button(_("Restore"), self.restore_selected)
        self.empty_button = self._button(_("Empty the Trash…"), self.empty_trash)
        close = self._button(_("Close"), self.close)
        buttons = QHBoxLayout()
        for button in (
            self.open_button,
            self.duplicate_button,
            self.status_button,
            self.export_button,
            self.delete_button,
            self.restore_button,
            self.empty_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        self.main_layout = layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addLayout(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.status.currentIndexChanged.connect(lambda _i: self.refresh())
        self.trash_box.toggled.connect(lambda _on: self.refresh())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._enable())
        self.sync_panel = SyncPanel(self)  # conflicts, verdict and remark
        self.refresh()

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    @property
    def widget(self) -> QDialog:
        """The browser itself, as the Qt parent of what sync's parts show."""
        return self

    @property
    def store(self) -> DraftStore:
        """The window's drafts store: the browser opens only with one (``show_browser``)."""
        store = self.w.store
        assert store is not None
        return store

    @property
    def autosave(self) -> StoredDrafts:
        """The window's autosave, there whenever the drafts store is."""
        autosave = self.w.autosave
        assert autosave is not None
        return autosave

    # --- what is listed --------------------------------------------------------------------
    def refresh(self) -> None:
        """List the drafts again: search words, status filter, trash or not."""
        self._timer.stop()
        trash = self.trash_box.isChecked()
        try:
            rows = self.store.list(trashed=trash, status=self.status.currentData())
            words = self.search.text().strip()
            if words:
                found = set(self.store.search_ids(words))
                rows = [r for r in rows if r.id in found]
        except StoreError as exc:
            self._fault(exc)
            rows = []
        self.model.set_rows(rows)
        if trash:
            self.count.setText(_("{n} drafts in the trash").format(n=len(rows)))
        else:
            self.count.setText(_("{n} drafts").format(n=len(rows)))
        for button in (self.open_button, self.duplicate_button, self.status_button):
            button.setVisible(not trash)
        self.export_button.setVisible(not trash)
        self.delete_button.setVisible(not trash)
        self.restore_button.setVisible(trash)
        self.empty_button.setVisible(trash)
        self.empty_button.setEnabled(bool(rows))
        self._enable()

    def _enable(self) -> None:
        chosen = bool(self.selected_ids())
        for button in (
            self.open_button,
            self.duplicate_button,
            self.status_button,
            self.delete_button,
            self.export_button,
            self.restore_button,
        ):
            button.setEnabled(chosen)
        self.open_button.setEnabled(len(self.selected_ids()) == 1)

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.rows[r].id for r in rows]

    def select_id(self, draft_id: int) -> None:
        for n, row in enumerate(self.model.rows):
            if row.id == draft_id:
                self.table.selectRow(n)
                return

    def _fault(self, exc: StoreError) -> None:
        QMessageBox.warning(self, _("Drafts"), store_message(exc))

    def _each(self, work: Callable[[int], object]) -> list:
        """Do ``work`` for every selected draft; a store fault stops and is said."""
        done = []
        try:
            for draft_id in self.selected_ids():
                done.append(work(draft_id))
        except StoreError as exc:
            self._fault(exc)
        return done

    # --- what the buttons do ---------------------------------------------------------------
    def open_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1 and self.autosave.open_draft(ids[0]):
            self.close()

    def duplicate_selected(self) -> None:
        self.autosave.flush()  # a copy of the draft in the window has its latest words
        copies = self._each(self._duplicate)
        self.refresh()
        if copies:
            self.select_id(copies[-1])

    def set_status(self, status: str) -> None:
        ids = self.selected_ids()
        self._each(lambda i: self.store.set_status(i, status))
        self.refresh()
        for draft_id in ids:
            self.select_id(draft_id)

    def _duplicate(self, draft_id: int) -> int:
        """A copy titled "<title> (salinan)", so the list tells it from the original."""
        draft = self.store.load(draft_id)
        if draft.title.strip():
            draft.title = f"{draft.title.rstrip()}{COPY_SUFFIX}"
        return self.store.create(draft, kind="duplicate")

    def trash_selected(self) -> None:
        """Into the trash; the draft open in the window only after asking (it leaves the
        window for a new draft), and the status bar says how to get it back."""
        ids = self.selected_ids()
        if not ids:
            return
        open_id = self.w.session.draft_id
        if open_id in ids:
            answer = QMessageBox.question(
                self,
                _("Delete"),
                _("Move the draft open in the window to the trash?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            if not self.autosave.new_draft(self.w.settings.profile.new_draft()):
                return
        done = self._each(self.store.trash)
        self.refresh()
        if not done:
            return
        if open_id in ids:
            text = _("The open draft was moved to the trash; a new draft is open.")
        else:
            text = _("{n} drafts moved to the trash").format(n=len(done))
        self.w.say(f"{text} {restore_hint()}", 15_000)

    def restore_selected(self) -> None:
        self._each(self.store.restore)
        self.refresh()

    def empty_trash(self) -> None:
        answer = QMessageBox.question(
            self,
            _("Empty the Trash"),
            _("Delete the drafts in the trash for good? This cannot be undone."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.store.empty_trash()
        except StoreError as exc:
            self._fault(exc)
        self.refresh()

    def export_selected(self) -> None:
        self.autosave.flush()
        export_selected(self, self.store, self.selected_ids(), self.w.settings)
