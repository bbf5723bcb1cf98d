"""What the drafts browser shows of sync: each draft's sync state, the verdict and its remark,
conflicts, and the buttons that settle a conflict or give a verdict.

``SyncDraftsModel`` adds two columns to the browser's table; ``SyncPanel`` adds a row under
it: the remark of the selected draft, Keep This Copy / Keep the Original (what
``kabar resolve`` does) and the verdict. Both read the store once per listing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton

from kabar_desktop.gui.drafts.drafts_model import COLUMNS, DraftsModel
from kabar_desktop.gui.drafts.verdict_dialog import ask_verdict, review_label
from kabar_desktop.gui.editor.autosave import store_message
from kabar_desktop.i18n import _
from kabar_desktop.store import DraftRow, StoreError
from kabar_desktop.store import sync_state as state

if TYPE_CHECKING:
    from typing import Protocol

    from PySide6.QtWidgets import QCheckBox, QTableView, QVBoxLayout, QWidget

    from kabar_desktop.gui.context import StoredDrafts, WindowContext
    from kabar_desktop.gui.drafts.drafts_model import AnyIndex
    from kabar_desktop.store import DraftStore

    class DraftBrowser(Protocol):
        """What sync's parts use of the drafts browser (``drafts.drafts_browser``, which
        imports this module); it is also their Qt parent."""

        @property
        def w(self) -> WindowContext: ...

        @property
        def widget(self) -> QWidget: ...

        @property
        def store(self) -> DraftStore: ...

        @property
        def autosave(self) -> StoredDrafts: ...

        @property
        def main_layout(self) -> QVBoxLayout: ...

        @property
        def table(self) -> QTableView: ...

        @property
        def model(self) -> SyncDraftsModel: ...

        @property
        def trash_box(self) -> QCheckBox: ...

        def selected_ids(self) -> list[int]: ...

        def select_id(self, draft_id: int) -> None: ...

        def refresh(self) -> None: ...

SYNC_COLUMNS = ("sync", "verdict")
CONFLICT_COLOR = QColor("#b3261e")


@dataclass
class Mark:
    """One draft as sync sees it."""

    state: str = ""  # "", "waiting", "sent", "conflict_copy", "conflict"
    review: str = ""
    remark: str = ""
    copy_of: int | None = None  # the draft a conflict copy disagrees with
    copies: tuple[int, ...] = ()  # the conflict copies of this draft


def marks(store) -> dict[int, Mark]:
    """Every draft's sync mark, by draft id (drafts never synced and not ready have none)."""
    found: dict[int, Mark] = {}
    for row in state.all_rows(store):
        if row.draft_id is None or row.gone:
            continue
        changed = row.rev is None or row.meta_changed or row.deleted or row.draft_head != row.head
        found[row.draft_id] = Mark("waiting" if changed else "sent", row.review, row.remark)
    copies: dict[int, list[int]] = {}
    for copy_id, original in state.conflicts(store):
        mark = found.setdefault(copy_id, Mark())
        mark.state, mark.copy_of = "conflict_copy", original
        if original is not None:
            copies.setdefault(original, []).append(copy_id)
    for original, ids in copies.items():
        mark = found.setdefault(original, Mark())
        mark.state, mark.copies = "conflict", tuple(ids)
    return found


def state_text(row: DraftRow, mark: Mark | None) -> str:
    if mark is None or not mark.state:
        return _("Waiting to be sent") if row.status == "ready" else ""
    return {
        "waiting": lambda: _("Waiting to be sent"),
        "sent": lambda: _("Up to date"),
        "conflict_copy": lambda: _("Conflict copy"),
        "conflict": lambda: _("Conflict"),
    }[mark.state]()


def verdict_text(mark: Mark | None) -> str:
    if mark is None or not (mark.review or mark.remark):
        return ""
    label = review_label(mark.review) if mark.review else ""
    remark = " ".join(mark.remark.split())
    return f"{label}: {remark}" if label and remark else label or remark


class SyncDraftsModel(DraftsModel):
    """The browser's table with two more columns: Sync and Verdict."""

    def __init__(self, browser: DraftBrowser):
        super().__init__(browser)
        self.browser = browser
        self.marks: dict[int, Mark] = {}

    def set_rows(self, rows: list[DraftRow]) -> None:
        try:
            self.marks = marks(self.browser.store)
        except StoreError:
            self.marks = {}
        super().set_rows(rows)

    def columnCount(self, parent: AnyIndex | None = None) -> int:  # noqa: N802 - Qt's name
        base = super().columnCount(parent)
        return base + len(SYNC_COLUMNS) if base else 0

    def column(self, index: int) -> str:
        return COLUMNS[index] if index < len(COLUMNS) else SYNC_COLUMNS[index - len(COLUMNS)]

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if section < len(COLUMNS):
            return super().headerData(section, orientation, role)
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _("Sync") if self.column(section) == "sync" else _("Verdict")
        return None

    def data(self, index: AnyIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.column() < len(COLUMNS):
            return super().data(index, role)
        row = self.rows[index.row()]
        mark = self.marks.get(row.id)
        column = self.column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "verdict":
                return verdict_text(mark) or None
            if mark is not None and mark.state in ("conflict", "conflict_copy"):
                return _(
                    "Two offices changed this draft at the same time; both versions are kept. "
                    "Select it and choose Keep This Copy or Keep the Original."
                )
        conflict = mark is not None and mark.state in ("conflict", "conflict_copy")
        if role == Qt.ItemDataRole.ForegroundRole and column == "sync" and conflict:
            return CONFLICT_COLOR
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def text(self, row: DraftRow, column: str) -> str:
        mark = self.marks.get(row.id)
        return state_text(row, mark) if column == "sync" else verdict_text(mark)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if column < len(COLUMNS):
            super().sort(column, order)
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (self.column(column), order)
        self._apply_sort()
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        column, order = self._sort
        if column not in SYNC_COLUMNS:
            super()._apply_sort()
            return
        self.rows.sort(
            key=lambda r: self.text(r, column).casefold(),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )


class SyncPanel:
    """A row under the browser's table: the selected draft's remark, conflicts, the verdict."""

    def __init__(self, browser: DraftBrowser):
        self.browser = browser
        self.remark = QLabel()
        self.remark.setObjectName("sync-remark")
        self.remark.setWordWrap(True)
        self.remark.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.keep_copy = self._button(_("Keep This Copy"), lambda: self.resolve("copy"))
        self.keep_copy.setToolTip(_("The conflict copy's content becomes the draft's"))
        self.keep_original = self._button(_("Keep the Original"), lambda: self.resolve("original"))
        self.keep_original.setToolTip(_("The draft stays as it is; the copy goes to the trash"))
        self.verdict = self._button(_("Verdict…"), self.edit_verdict)
        self.verdict.setToolTip(_("The regional office's verdict on the draft, with a remark"))
        self.row = QHBoxLayout()
        self.row.addWidget(self.remark, 1)
        for button in (self.keep_copy, self.keep_original, self.verdict):
            self.row.addWidget(button)
        layout = browser.main_layout
        layout.insertLayout(layout.count() - 1, self.row)  # above the browser's buttons
        browser.table.selectionModel().selectionChanged.connect(lambda *_a: self.update())
        browser.model.modelReset.connect(self._listed)

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _listed(self) -> None:
        """A new listing: the window's count and tick may have changed (a status, a trash)."""
        self.browser.w.sync.refresh()
        self.update()

    def _selected(self) -> tuple[int | None, Mark | None]:
        ids = self.browser.selected_ids()
        if len(ids) != 1:
            return None, None
        return ids[0], self.browser.model.marks.get(ids[0])

    def conflict_pair(self) -> tuple[int, int] | None:
        """(conflict copy, original) of the selection, when it is one side of one conflict."""
        draft_id, mark = self._selected()
        if draft_id is None or mark is None:
            return None
        if mark.state == "conflict_copy" and mark.copy_of is not None:
            return draft_id, mark.copy_of
        if mark.state == "conflict" and len(mark.copies) == 1:
            return mark.copies[0], draft_id
        return None

    def update(self) -> None:
        trash = self.browser.trash_box.isChecked()
        draft_id, mark = self._selected()
        pair = None if trash else self.conflict_pair()
        for button in (self.keep_copy, self.keep_original):
            button.setVisible(pair is not None)
        self.verdict.setVisible(not trash)
        self.verdict.setEnabled(draft_id is not None)
        text = verdict_text(mark)
        self.remark.setText(_("Regional office: {verdict}").format(verdict=text) if text else "")

    def resolve(self, keep: str) -> None:
        """End the selected conflict as ``kabar resolve`` does; the kept draft stays selected."""
        pair = self.conflict_pair()
        if pair is None:
            return
        copy_id, original = pair
        w = self.browser.w
        shown = w.session.draft_id
        if shown in pair and not self.browser.autosave.flush():
            return
        try:
            kept = state.resolve_conflict(self.browser.store, copy_id, keep)
        except StoreError as exc:
            QMessageBox.warning(self.browser.widget, _("Drafts"), store_message(exc))
            return
        if shown == copy_id:
            self.browser.autosave.open_draft(kept)
        elif shown == kept and keep == "copy":
            self.browser.autosave.reload()
        self.browser.refresh()
        self.browser.select_id(kept)
        w.say(_("Draft kept; the conflict copy is in the trash."))

    def edit_verdict(self) -> None:
        draft_id, _mark = self._selected()
        if draft_id is None:
            return
        if draft_id == self.browser.w.session.draft_id:
            self.browser.autosave.flush()
        if ask_verdict(self.browser.w, draft_id, self.browser.widget):
            self.browser.refresh()
            self.browser.select_id(draft_id)
