"""The drafts as a table: title, event date, office, status and last change, sorted by any.

The drafts browser shows it, and sync's columns extend it (``sync.shared_drafts``); dates
and moments are written as an Indonesian reader writes them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from kabar_desktop.i18n import _
from kabar_desktop.store import DraftRow

if TYPE_CHECKING:
    from PySide6.QtCore import QPersistentModelIndex

    AnyIndex = QModelIndex | QPersistentModelIndex  # what Qt may pass a model

COLUMNS = ("title", "event_date", "organizer", "status", "changed")
HEADERS: dict[str, Callable[[], str]] = {
    "title": lambda: _("Title"),
    "event_date": lambda: _("Event date"),
    "organizer": lambda: _("Office"),
    "status": lambda: _("Status"),
    "changed": lambda: _("Last change"),
}
STATUS_NAMES: dict[str, Callable[[], str]] = {
    "draft": lambda: _("Draft"),
    "ready": lambda: _("Ready to send"),
    "sent": lambda: _("Sent"),
}


def status_name(status: str) -> str:
    name = STATUS_NAMES.get(status)
    return name() if name else status


def when(seconds: float) -> str:
    """A moment as an Indonesian reader writes it: "12/02/2024 10.42", or "today 10.42"."""
    moment = dt.datetime.fromtimestamp(seconds)
    if moment.date() == dt.date.today():
        return _("today {time}").format(time=moment.strftime("%H.%M"))
    return moment.strftime("%d/%m/%Y %H.%M")


def _sort_key(row: DraftRow, column: str):
    if column == "event_date":
        return row.event_date or dt.date.min
    if column in ("title", "organizer"):
        return getattr(row, column).casefold()
    return getattr(row, column)


class DraftsModel(QAbstractTableModel):
    """The listed drafts as table rows; sorting is Python's, over rows already read."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[DraftRow] = []
        self._sort = ("changed", Qt.SortOrder.DescendingOrder)

    def set_rows(self, rows: list[DraftRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self._apply_sort()
        self.endResetModel()

    def rowCount(self, parent: AnyIndex | None = None) -> int:  # noqa: N802 - Qt's name
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex | None = None) -> int:  # noqa: N802 - Qt's name
        return 0 if parent is not None and parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[COLUMNS[section]]()
        return None

    def data(self, index: AnyIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "title":
                return " ".join(row.title.split()) or _("(untitled)")
            if column == "event_date":
                return row.event_date.strftime("%d/%m/%Y") if row.event_date else ""
            if column == "status":
                return status_name(row.status)
            if column == "changed":
                return when(row.changed)
            return row.organizer
        if role == Qt.ItemDataRole.ToolTipRole and column == "title":
            return row.title
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (COLUMNS[column], order)
        self._apply_sort()
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        column, order = self._sort
        self.rows.sort(
            key=lambda r: _sort_key(r, column), reverse=order == Qt.SortOrder.DescendingOrder
        )
