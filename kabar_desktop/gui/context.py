"""What the window's controllers may use of the window: a narrow context, not ``MainWindow``.

Autosave, the File menu's work, the drafts browser, history, sync, mail and the checker all
act for one editor window. They name here exactly what they reach for, so none of them
imports ``MainWindow`` (which imports them: that was one import loop of 17 modules) and a
test window can stand in for it. The members that are objects the window owns and that
import this module themselves (autosave, files, the first-paint jobs) are described by
what is used of them, as protocols too.

The window is also the Qt parent of what a controller makes (dialogs, timers, labels): a
Protocol cannot add "and a ``QMainWindow``", so ``widget`` hands the window itself over as
one, and type checkers follow every parent too.

Only Qt types and the layers below the GUI (and the shared ``DraftSession`` and
``FormPanel``, which know nothing of the window) are imported, and only for type checking.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

if TYPE_CHECKING:
    from PySide6.QtCore import QObject, SignalInstance
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMainWindow, QMenuBar, QSplitter, QStatusBar, QStyle

    from kabar_desktop.compose import Article
    from kabar_desktop.gui.editor.draft_session import DraftSession
    from kabar_desktop.gui.form import FormPanel
    from kabar_desktop.model.draft import Draft
    from kabar_desktop.settings import Settings
    from kabar_desktop.store import DraftStore

T = TypeVar("T", bound="QObject")


class Later(Protocol):
    """The jobs the window runs after its first paint (``shell.first_paint.AfterFirstPaint``)."""

    def add(self, job: Callable[[], object], last: bool = False) -> None: ...

    def run(self) -> None: ...


class StoredDrafts(Protocol):
    """The window's autosave (``editor.autosave.Autosave``): which stored draft it shows."""

    @property
    def stored(self) -> SignalInstance: ...

    def flush(self) -> bool: ...

    def new_draft(self, draft: Draft) -> bool: ...

    def open_draft(self, draft_id: int) -> bool: ...

    def import_draft(self, draft: Draft, path: Path) -> bool: ...

    def reload(self) -> None: ...


class DraftFiles(Protocol):
    """The File menu's work (``editor.draft_files.FileOps``) that others ask for."""

    def open_path(self, path: Path, ask: bool = True) -> bool: ...

    def ready_article(self) -> Article | None: ...


class MenuActions(Protocol):
    """The window's menu actions; the checker puts its toggle in the menu holding Undo."""

    @property
    def undo(self) -> QAction: ...


class DraftsList(Protocol):
    """The drafts browser, when the window opened one (a sync refreshes it)."""

    def isVisible(self) -> bool: ...  # noqa: N802 - Qt's name

    def refresh(self) -> None: ...


class SyncState(Protocol):
    """The window's sync controller (``sync.controller.SyncController``): what waits."""

    def refresh(self) -> None: ...


class WindowContext(Protocol):
    """The editor window as its controllers see it."""

    @property
    def widget(self) -> QMainWindow:
        """The window itself as a Qt widget: the parent of what a controller makes."""

    @property
    def session(self) -> DraftSession: ...

    @property
    def settings(self) -> Settings: ...

    @property
    def store(self) -> DraftStore | None:
        """None: no drafts store (it could not be opened, or is still opening)."""

    @property
    def store_pending(self) -> bool:
        """The store is being opened after the first paint (the menus are built for it)."""

    @property
    def autosave(self) -> StoredDrafts | None: ...

    @property
    def files(self) -> DraftFiles: ...

    @property
    def form(self) -> FormPanel: ...

    @property
    def later(self) -> Later: ...

    @property
    def splitter(self) -> QSplitter: ...

    @property
    def acts(self) -> MenuActions: ...

    @property
    def browser(self) -> DraftsList | None: ...

    @property
    def sync(self) -> SyncState: ...

    def say(self, message: str, timeout_ms: int = 6000) -> None: ...

    def title_changed(self) -> None: ...

    def recent_changed(self) -> None: ...

    def edit_preferences(self, page: str = "") -> None: ...

    # Qt's side of the window (QMainWindow's own methods)
    def statusBar(self) -> QStatusBar: ...  # noqa: N802 - Qt's name

    def menuBar(self) -> QMenuBar: ...  # noqa: N802 - Qt's name

    def style(self) -> QStyle: ...

    def isVisible(self) -> bool: ...  # noqa: N802 - Qt's name

    def installEventFilter(self, filter_obj: QObject, /) -> None: ...  # noqa: N802 - Qt's name

    def findChild(self, kind: type[T], /, name: str = ...) -> T | None: ...  # noqa: N802
