"""The window's menus, toolbar and shortcuts, built in the current interface language.

Everything here is rebuilt (not retranslated) when the language changes: ``build`` reads
``_()`` at the time it runs, and ``remove`` takes the old menus and toolbar away.

The toolbar's icons hold their place with blank ones until ``load_icons`` (after the window's
first paint): finding them (the system theme, else Qt's style) is not needed for that frame.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import QMenu, QToolBar

from kabar_desktop.gui.qt.enum_properties import set_keys
from kabar_desktop.gui.sync import menu_actions as sync_menu
from kabar_desktop.i18n import _

if TYPE_CHECKING:
    from typing import Protocol

    from kabar_desktop.gui.context import DraftFiles, WindowContext
    from kabar_desktop.gui.sync.controller import SyncController

    # Known to type checkers only: the start does not load gui/context.py for them.
    class FileCommands(DraftFiles, Protocol):
        """The File menu's work (``editor.draft_files.FileOps``), one method per action."""

        def new(self) -> None: ...

        def open(self) -> None: ...

        def save(self) -> bool: ...

        def save_as(self) -> bool: ...

        def export(self, fmt: str) -> None: ...

        def export_pdf(self) -> None: ...

        def print(self) -> None: ...

        def copy_whatsapp(self) -> None: ...

    class MenuWindow(WindowContext, Protocol):
        """The window as its menus see it: the context, the File menu's work and the commands
        the window itself answers (its dialogs), and where menus and toolbars go."""

        @property
        def files(self) -> FileCommands: ...

        @property
        def sync(self) -> SyncController: ...

        def show_browser(self) -> None: ...

        def show_history(self) -> None: ...

        def send_by_email(self) -> None: ...

        def show_outbox(self) -> None: ...

        def about(self) -> None: ...

        def close(self) -> bool: ...

        def addToolBar(self, toolbar: QToolBar, /) -> None: ...  # noqa: N802 - Qt's name

        def removeToolBar(self, toolbar: QToolBar, /) -> None: ...  # noqa: N802 - Qt's name


TOOLBAR_NAME = "main-toolbar"
ICON_SIZE = 20
ICON_PROPERTY = "kabarIcon"  # which of ``icon_names()`` an action shows


@dataclass
class Actions:
    new: QAction
    open: QAction
    browse: QAction
    history: QAction
    save: QAction
    save_as: QAction
    export_docx: QAction
    export_html: QAction
    export_pdf: QAction
    export_txt: QAction
    print: QAction
    copy_whatsapp: QAction
    send_mail: QAction
    outbox: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    preferences: QAction
    about: QAction
    recent: QMenu
    toolbar: QToolBar
    menus: list[QMenu]


def icon_names():
    """Toolbar icons: the system's (Windows 10/11 and Linux desktops have them), else Qt's own."""
    from PySide6.QtWidgets import QStyle

    sp = QStyle.StandardPixmap
    return {
        "new": (QIcon.ThemeIcon.DocumentNew, sp.SP_FileIcon),
        "open": (QIcon.ThemeIcon.DocumentOpen, sp.SP_DialogOpenButton),
        "save": (QIcon.ThemeIcon.DocumentSave, sp.SP_DialogSaveButton),
        "drafts": (QIcon.ThemeIcon.FolderOpen, sp.SP_DirOpenIcon),
        "undo": (QIcon.ThemeIcon.EditUndo, sp.SP_ArrowBack),
        "redo": (QIcon.ThemeIcon.EditRedo, sp.SP_ArrowForward),
        "docx": ("x-office-document", sp.SP_FileDialogDetailedView),
        "copy": (QIcon.ThemeIcon.EditCopy, sp.SP_FileDialogContentsView),
    }


def icon(window: MenuWindow, name: str) -> QIcon:
    theme, fallback = icon_names()[name]
    return QIcon.fromTheme(theme, window.style().standardIcon(fallback))


_BLANK: QIcon | None = None


def _blank() -> QIcon:
    """A transparent icon of the toolbar's size: the buttons are as wide as they will be."""
    global _BLANK
    if _BLANK is None:
        pixmap = QPixmap(ICON_SIZE, ICON_SIZE)
        pixmap.fill(QColor(0, 0, 0, 0))
        _BLANK = QIcon(pixmap)
    return _BLANK


def _set_icon(action: QAction, name: str) -> None:
    action.setProperty(ICON_PROPERTY, name)
    action.setIcon(_blank())


def load_icons(window: MenuWindow, acts: Actions) -> None:
    """Give the actions of ``acts`` their real icons (after the window's first paint)."""
    found: dict[str, QIcon] = {}
    for value in vars(acts).values():
        if isinstance(value, QAction) and value.property(ICON_PROPERTY):
            name = value.property(ICON_PROPERTY)
            if name not in found:
                found[name] = icon(window, name)
            value.setIcon(found[name])


def _action(
    window: MenuWindow,
    text: str,
    slot: Callable[[], object],
    shortcut: QKeySequence | str | None = None,
    icon_name: str = "",
    tip: str = "",
) -> QAction:
    action = QAction(text, window.widget)
    if shortcut is not None:
        action.setShortcuts([QKeySequence(shortcut)])  # not setShortcut: see qt.enum_properties
    if icon_name:
        _set_icon(action, icon_name)
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def build(window: MenuWindow) -> Actions:
    """Create the actions, the menu bar and the toolbar of ``window``."""
    w, ops = window, window.files
    stack = window.session.undo_stack
    undo = stack.createUndoAction(w.widget, _("&Undo"))
    undo.setShortcuts([QKeySequence("Ctrl+Z")])
    _set_icon(undo, "undo")
    redo = stack.createRedoAction(w.widget, _("&Redo"))
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    _set_icon(redo, "redo")

    stored = window.store is not None or window.store_pending
    save_tip = (
        _("Store the draft now (Kabar also does it by itself)") if stored else _("Save the draft")
    )
    acts = Actions(
        new=_action(w, _("&New"), ops.new, "Ctrl+N", "new", _("Start a new article")),
        open=_action(w, _("&Open…"), ops.open, "Ctrl+O", "open", _("Open a saved draft")),
        browse=_action(
            w,
            _("Dra&fts…"),
            w.show_browser,
            "Ctrl+Shift+O",
            "drafts",
            _("All your drafts: search, open, copy, export"),
        ),
        history=_action(
            w, _("Version H&istory…"), w.show_history, None, "", _("Earlier versions of this draft")
        ),
        save=_action(w, _("&Save"), ops.save, "Ctrl+S", "save", save_tip),
        save_as=_action(w, _("Save &As…"), ops.save_as, "Ctrl+Shift+S"),
        export_docx=_action(
            w,
            _("Export &DOCX…"),
            lambda: ops.export("docx"),
            None,
            "docx",
            _("Write the article as a Word document"),
        ),
        export_html=_action(w, _("Export &HTML…"), lambda: ops.export("html")),
        export_pdf=_action(w, _("Export &PDF…"), ops.export_pdf),
        export_txt=_action(w, _("Export &Text (WhatsApp)…"), lambda: ops.export("txt")),
        print=_action(w, _("&Print…"), ops.print, "Ctrl+P", "", _("Print the article on paper")),
        copy_whatsapp=_action(
            w,
            _("Copy &WhatsApp Text"),
            ops.copy_whatsapp,
            "Ctrl+Shift+C",
            "copy",
            _("Copy the article for WhatsApp, ready to paste"),
        ),
        send_mail=_action(
            w,
            _("Send by E&mail…"),
            w.send_by_email,
            "Ctrl+Shift+M",
            "",
            _("Send the article to the regional office by email, the DOCX attached"),
        ),
        outbox=_action(w, _("Out&box…"), w.show_outbox, None, "", _("Messages waiting to be sent")),
        quit=_action(w, _("&Quit"), w.close, "Ctrl+Q"),
        undo=undo,
        redo=redo,
        preferences=_action(w, _("&Preferences…"), w.edit_preferences),
        about=_action(w, _("&About Kabar"), w.about),
        recent=QMenu(_("Open &Recent"), w.widget),
        toolbar=QToolBar(_("Toolbar"), w.widget),
        menus=[],
    )
    acts.browse.setEnabled(stored)
    acts.history.setEnabled(stored)
    acts.quit.setMenuRole(QAction.MenuRole.QuitRole)
    acts.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
    acts.about.setMenuRole(QAction.MenuRole.AboutRole)
    acts.recent.aboutToShow.connect(lambda: fill_recent(window, acts.recent))
    fill_recent(window, acts.recent)

    bar = w.menuBar()
    file_menu = bar.addMenu(_("&File"))
    file_menu.addActions([acts.new, acts.open])
    file_menu.addMenu(acts.recent)
    file_menu.addActions([acts.browse, acts.history])
    file_menu.addSeparator()
    file_menu.addActions([acts.save, acts.save_as])
    file_menu.addSeparator()
    file_menu.addActions([acts.export_docx, acts.export_html, acts.export_pdf, acts.export_txt])
    file_menu.addSeparator()
    file_menu.addActions([acts.send_mail, acts.outbox])
    file_menu.addSeparator()
    file_menu.addActions([acts.print, acts.copy_whatsapp])
    file_menu.addSeparator()
    file_menu.addAction(acts.quit)

    edit_menu = bar.addMenu(_("&Edit"))
    edit_menu.addActions([acts.undo, acts.redo])
    edit_menu.addSeparator()
    edit_menu.addAction(acts.preferences)

    help_menu = bar.addMenu(_("&Help"))
    help_menu.addAction(acts.about)
    acts.menus = [file_menu, edit_menu, help_menu]

    tb = acts.toolbar
    tb.setObjectName(TOOLBAR_NAME)
    tb.setMovable(False)
    tb.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
    set_keys(tb, "toolButtonStyle", "ToolButtonTextBesideIcon")
    tb.addActions(
        [acts.new, acts.open, acts.browse, acts.save]
        if stored
        else [acts.new, acts.open, acts.save]
    )
    tb.addSeparator()
    tb.addActions([acts.undo, acts.redo])
    tb.addSeparator()
    tb.addActions([acts.export_docx, acts.copy_whatsapp])
    w.addToolBar(tb)  # at the top
    sync_menu.install(w.sync, file_menu, tb, before=acts.quit)  # Sync Now, Ready to Send, verdict
    return acts


def fill_recent(window: MenuWindow, menu: QMenu) -> None:
    """The recently used drafts, newest first: "1 name.kabar — folder"."""
    menu.clear()
    files = window.settings.recent_files[:8]
    for n, name in enumerate(files, start=1):
        path = Path(name)
        label = f"&{n} {path.name}" if n < 10 else path.name
        action = menu.addAction(f"{label}  —  {path.parent}")
        action.setData(name)
        action.triggered.connect(lambda _checked=False, p=path: window.files.open_path(p))
    if not files:
        empty = menu.addAction(_("(no recent drafts)"))
        empty.setEnabled(False)
    menu.setEnabled(True)


def remove(window: MenuWindow, acts: Actions) -> None:
    """Take the menus and toolbar of ``acts`` out of ``window`` (before a rebuild)."""
    window.menuBar().clear()
    window.removeToolBar(acts.toolbar)
    for value in vars(acts).values():
        for item in value if isinstance(value, list) else [value]:
            item.deleteLater()
