"""The draft being edited: one object the form panes, the preview and the window share.

Typing edits the draft in place (``edit``) and is undone by the fields themselves;
structural changes (add, remove, reorder speakers, statements, photos, paragraphs) go
through ``apply``, which snapshots the draft so the window's Undo brings them back.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from kabar_desktop.model.draft import Draft

if TYPE_CHECKING:
    from kabar_desktop.compose import Article


class _Snapshot(QUndoCommand):
    def __init__(self, session: DraftSession, label: str, before: Draft, after: Draft):
        super().__init__(label)
        self._session, self._before, self._after = session, before, after
        self._first = True

    def redo(self) -> None:
        if self._first:  # the change is already made
            self._first = False
            return
        self._session._restore(copy.deepcopy(self._after))

    def undo(self) -> None:
        self._session._restore(copy.deepcopy(self._before))


class DraftSession(QObject):
    changed = Signal()  # the draft's content changed: refresh the preview, the title bar
    reset = Signal()  # the draft was replaced or restructured: panes re-read everything
    modified_changed = Signal(bool)

    def __init__(self, draft: Draft | None = None, path: Path | None = None, parent=None):
        super().__init__(parent)
        self.draft = draft or Draft()
        self.path = path
        self.draft_id: int | None = None  # its row in Kabar's store; None until first stored
        self.undo_stack = QUndoStack(self)
        self._modified = False
        self._article: Article | None = None  # the preview's composition, until the next change

    # --- editing ---------------------------------------------------------------------------
    def edit(self, change: Callable[[Draft], None]) -> None:
        """A small edit (typing in a field): applied at once, not on the undo stack."""
        change(self.draft)
        self._article = None
        self._set_modified(True)
        self.changed.emit()

    def apply(self, label: str, change: Callable[[Draft], None]) -> None:
        """A structural edit the user can undo ("Hapus pembicara")."""
        before = copy.deepcopy(self.draft)
        change(self.draft)
        self._article = None
        self.undo_stack.push(_Snapshot(self, label, before, copy.deepcopy(self.draft)))
        self._set_modified(True)
        self.reset.emit()
        self.changed.emit()

    def _restore(self, draft: Draft) -> None:
        self.draft = draft
        self._article = None
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
        self.path = path
        self.draft_id = draft_id
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
