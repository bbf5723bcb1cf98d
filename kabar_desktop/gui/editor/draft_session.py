"""The draft being edited: one object the form panes, the preview and the window share.

Every change is a typed command (model/edits.py) in one history for the whole draft:
typing goes through ``set`` (consecutive keystrokes in one field merge into one command),
structural changes through ``apply``, a checker fix inside ``group``. ``undo_stack`` mirrors
that history for Qt, so the window's Undo/Redo actions follow the command on top.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from kabar_desktop.i18n import _
from kabar_desktop.model.draft import Draft

if TYPE_CHECKING:
    from kabar_desktop.compose import Article
    from kabar_desktop.gui.editor.draft_size import DraftSize
    from kabar_desktop.model.edits import Command, FieldPath, History

# model/edits.py (its command classes: ~2 ms) is imported at the first edit, after the window's
# first paint; an import statement once it is loaded costs a dictionary look-up.


class _Step(QUndoCommand):
    """One command of the session's history, as Qt's undo stack sees it."""

    def __init__(self, session: DraftSession, label: str):
        super().__init__(label)
        self._session = session
        self._first = True

    def redo(self) -> None:
        if self._first:  # the history has applied it already
            self._first = False
            return
        self._session._step(self._session.history.redo)

    def undo(self) -> None:
        self._session._step(self._session.history.undo)


def typing_label(path: FieldPath) -> str:
    """ "Ketik judul", "Ketik paragraf": what typing in the field at ``path`` is called."""
    head, last = path[0], path[-1]
    if head == "paragraphs":
        return _("Type paragraph")
    if head == "speakers":
        return _("Type statement") if "statements" in path else _("Edit speaker")
    if head in ("companions", "attendees"):
        return _("Edit person")
    if head == "photos":
        return _("Type photo caption") if last == "caption" else _("Edit photo credit")
    if head == "title":
        return _("Type title")
    if head == "credit":
        return _("Type credit")
    if head == "lead":
        return _("Type lead")
    return _("Edit the facts")


class DraftSession(QObject):
    changed = Signal()  # the draft's content changed: refresh the preview, the title bar
    reset = Signal()  # the draft was replaced or restructured: panes re-read everything
    modified_changed = Signal(bool)

    def __init__(self, draft: Draft | None = None, path: Path | None = None, parent=None):
        super().__init__(parent)
        self.draft = draft or Draft()
        self.path = path
        self.draft_id: int | None = None  # its row in Kabar's store; None until first stored
        self._history: History | None = None
        self.undo_stack = QUndoStack(self)
        self._group: list[Command] | None = None
        self._modified = False
        self._article: Article | None = None  # the preview's composition, until the next change
        self._size: DraftSize | None = None

    @property
    def size(self) -> DraftSize:
        """The size of the draft's JSON, followed as the writer types (gui/form/limits.py)."""
        if self._size is None:
            from kabar_desktop.gui.editor.draft_size import DraftSize

            self._size = DraftSize()
        return self._size

    @property
    def history(self) -> History:
        """The draft's one history of commands, made when first needed."""
        if self._history is None:
            from kabar_desktop.model.edits import History

            self._history = History()
        return self._history

    # --- editing ---------------------------------------------------------------------------
    def set(self, path: FieldPath, value: object, label: str = "") -> None:
        """Typing: put ``value`` in the field at ``path`` (the field already shows it)."""
        from kabar_desktop.model.edits import SetField, get

        old = get(self.draft, path)
        if old == value and type(old) is type(value):
            return
        self._record(SetField(label or typing_label(path), path, old, value))
        self.size.typed(old, value)
        self.changed.emit()

    def edit(self, change: Callable[[Draft], object], label: str = "") -> None:
        """A change given as a function: recorded as the part of the draft it changed."""
        from kabar_desktop.model.edits import structural

        command = structural(self.draft, label or _("Edit"), change)
        if command is not None:
            self.size.forget()
            self._record(command)
            self.changed.emit()

    def apply(self, label: str, change: Callable[[Draft], object]) -> None:
        """A structural edit the user can undo ("Hapus pembicara"): panes re-read the draft."""
        from kabar_desktop.model.edits import structural

        command = structural(self.draft, label, change)
        if command is None:
            return
        self.size.forget()
        self._record(command)
        self.reset.emit()
        self.changed.emit()

    @contextmanager
    def group(self, label: str) -> Iterator[None]:
        """Everything recorded inside is one command ("Perbaikan pemeriksa")."""
        if self._group is not None:  # nested: the outer group takes it all
            yield
            return
        parts: list[Command] = []
        self._group = parts
        try:
            yield
        finally:
            self._group = None
            if parts:
                from kabar_desktop.model.edits import Group

                self.history.record(Group(label, parts))  # a Group never merges
                self.undo_stack.push(_Step(self, label))

    def _record(self, command: Command) -> None:
        self._article = None
        if self._group is not None:
            command.apply(self.draft)
            self._group.append(command)
        elif not self.history.push(self.draft, command):
            self.undo_stack.push(_Step(self, command.label))
        self._set_modified(True)

    def _step(self, move: Callable[[Draft], Command | None]) -> None:
        if move(self.draft) is None:
            return
        self._article = None
        self.size.forget()
        self._set_modified(True)
        self.reset.emit()
        self.changed.emit()

    # --- whole drafts ----------------------------------------------------------------------
    def load(
        self,
        draft: Draft,
        path: Path | None = None,
        modified: bool = False,
        draft_id: int | None = None,
    ) -> None:
        self.draft = draft
        self._article = None
        self.size.forget()
        self.path = path
        self.draft_id = draft_id
        self.history.clear()
        self.undo_stack.clear()
        self._set_modified(modified)
        self.reset.emit()
        self.changed.emit()

    def preview_article(self) -> Article:
        """The draft composed with placeholders: composed once per change, shared by the
        form's composed-text boxes and the preview."""
        if self._article is None:
            from kabar_desktop.compose import compose  # not before the window's first paint

            self._article = compose(self.draft, placeholders=True)
        return self._article

    def mark_saved(self, path: Path | None = None) -> None:
        if path is not None:
            self.path = path
        self._set_modified(False)

    @property
    def modified(self) -> bool:
        return self._modified

    def _set_modified(self, value: bool) -> None:
        if value != self._modified:
            self._modified = value
            self.modified_changed.emit(value)
