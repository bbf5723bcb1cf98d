"""A draft's facts, read only, one line per field, named as the form names them.

Beside the preview at the desk: the reviewer reads what the writer typed, and picks the
line a remark is about (its field path, as the checker's findings name fields: the UPT sees
the remark beside that field). Lines with open remarks are marked.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from kabar_desktop.gui.checker.labels import field_label
from kabar_desktop.i18n import _
from kabar_desktop.model.draft import Draft

PATH_ROLE = Qt.ItemDataRole.UserRole
REMARKED = "#fff3c4"  # a soft yellow: a remark waits on this field


def text_fields(draft: Draft) -> list[tuple[str, str]]:
    """(field path, text) of every field the writer filled in, in the form's order."""
    found: list[tuple[str, str]] = []

    def add(path: str, value: object) -> None:
        if isinstance(value, str) and value.strip():
            found.append((path, value))

    for name in ("title", "dateline", "period", "organizer", "counterpart", "event"):
        add(name, getattr(draft, name))
    for name in ("event_detail", "venue", "participants", "purpose"):
        add(name, getattr(draft, name))
    add("lead", draft.lead or "")
    for group in ("companions", "attendees"):
        for i, person in enumerate(getattr(draft, group)):
            add(f"{group}[{i}].position", person.position)
            add(f"{group}[{i}].name", person.name)
    for i, speaker in enumerate(draft.speakers):
        for name in ("name", "position", "role", "topic", "context"):
            add(f"speakers[{i}].{name}", getattr(speaker, name))
        add(f"speakers[{i}].intro", speaker.intro or "")
        for j, statement in enumerate(speaker.statements):
            add(f"speakers[{i}].statements[{j}]", statement.text)
    for i, paragraph in enumerate(draft.paragraphs):
        add(f"paragraphs[{i}]", paragraph.text)
    for i, photo in enumerate(draft.photos):
        add(f"photos[{i}].caption", photo.caption)
    add("credit", draft.credit)
    return found


class FactsView(QTreeWidget):
    """The draft's fields; ``picked`` gives the chosen field's path."""

    picked = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("desk-facts")
        self.setAccessibleName(_("The draft's facts"))
        self.setColumnCount(2)
        self.setHeaderLabels([_("Field"), _("Text")])
        self.setRootIsDecorated(False)
        self.setWordWrap(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.currentItemChanged.connect(self._current)

    def _current(self, item: QTreeWidgetItem | None, _old: QTreeWidgetItem | None) -> None:
        if item is not None:
            self.picked.emit(item.data(0, PATH_ROLE))

    def show_draft(self, draft: Draft, remarked: set[str] | frozenset[str] = frozenset()) -> None:
        self.clear()
        for path, text in text_fields(draft):
            label = field_label(path, draft) or path
            item = QTreeWidgetItem(self, [label, " ".join(text.split())])
            item.setData(0, PATH_ROLE, path)
            item.setToolTip(1, text)
            if path in remarked:
                for column in (0, 1):
                    item.setBackground(column, QBrush(QColor(REMARKED)))

    def items(self) -> list[QTreeWidgetItem]:
        found = (self.topLevelItem(n) for n in range(self.topLevelItemCount()))
        return [item for item in found if item is not None]

    def paths(self) -> list[str]:
        return [item.data(0, PATH_ROLE) for item in self.items()]

    def pick(self, path: str) -> bool:
        for item in self.items():
            if item.data(0, PATH_ROLE) == path:
                self.setCurrentItem(item)
                return True
        return False

    def current_path(self) -> str:
        item = self.currentItem()
        return item.data(0, PATH_ROLE) if item is not None else ""
