"""The window's menus, toolbar and shortcuts, built in the current interface language.

Everything here is rebuilt (not retranslated) when the language changes: ``build`` reads
``_()`` at the time it runs, and ``remove`` takes the old menus and toolbar away.

The toolbar's icons hold their place with blank ones until ``load_icons`` (after the window's
first paint): finding them (the system theme, else Qt's style) is not needed for that frame.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QColor, QIcon, QPixmap
from PySide6.QtWidgets import QMenu, QToolBar

from kabar_desktop.gui.qt.enum_properties import set_keys, set_shortcut
from kabar_desktop.gui.sync import menu_actions as sync_menu
from kabar_desktop.i18n import _

if TYPE_CHECKING:
    from typing import Protocol

    from kabar_desktop.gui.context import DraftFiles, WindowContext
    from kabar_desktop.gui.editor.find_bar import FindBar
    from kabar_desktop.gui.editor.preview import PreviewPane
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

        def show_desk(self) -> None: ...

        def show_history(self) -> None: ...

        def send_by_email(self) -> None: ...

        def show_outbox(self) -> None: ...

        def about(self) -> None: ...

        def find_bar(self) -> FindBar: ...

        @property
        def preview(self) -> PreviewPane: ...

        def close(self) -> bool: ...

        def addToolBar(self, toolbar: QToolBar, /) -> None: ...  # noqa: N802 - Qt's name

        def removeToolBar(self, toolbar: QToolBar, /) -> None: ...  # noqa: N802 - Qt's name


TOOLBAR_NAME = "main-toolbar"
ICON_SIZE = 20
ICON_PROPERTY = "kabarIcon"  # which of ``icon_names()`` an action shows


class Actions:
    """The window's actions, menus and toolbar (``build`` sets every one). A plain class: a
    dataclass of 29 fields costs 1 ms to make, a twentieth of the window's own start."""

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
    find: QAction
    find_next: QAction
    find_previous: QAction
    zoom_in: QAction
    zoom_out: QAction
    zoom_reset: QAction
    recent: QMenu
    toolbar: QToolBar
    menus: list[QMenu]
    second_keys: list[QAction]  # Ctrl+Y beside Ctrl+Shift+Z, Ctrl+= beside Ctrl++

    def __init__(self, **parts: QAction | QMenu | QToolBar | list) -> None:
        odd = parts.keys() ^ Actions.__annotations__.keys()
        if odd:
            raise TypeError(f"Actions: missing or unknown {sorted(odd)}")
        vars(self).update(parts)


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


def _tip_from_text(action: QAction) -> None:
    """ "Urungkan Tambah paragraf" as the tooltip of the toolbar's steady "Urungkan"."""
    try:
        text = action.text().replace("&", "")
        action.setToolTip(text)
        action.setStatusTip(text)
    except RuntimeError:  # the action is being deleted (a language switch, closing)
        return


def _action(
    window: MenuWindow,
    text: str,
    slot: Callable[[], object],
    shortcut: str | None = None,
    icon_name: str = "",
    tip: str = "",
) -> QAction:
    action = QAction(text, window.widget)
    if shortcut is not None:
        set_shortcut(action, shortcut)
    if icon_name:
        _set_icon(action, icon_name)
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def _second_key(window: MenuWindow, action: QAction, keys: str) -> QAction:
    """A second shortcut for ``action``: a hidden action of the window that triggers it (one
    shortcut each is set as text, without QKeySequence: see ``qt.enum_properties``)."""
    second = QAction(window.widget)
    set_shortcut(second, keys)
    second.triggered.connect(lambda _checked=False: action.trigger())
    window.widget.addAction(second)
    return second


def build(window: MenuWindow) -> Actions:
    """Create the actions, the menu bar and the toolbar of ``window``."""
    w, ops = window, window.files
    stack = window.session.undo_stack
    undo = stack.createUndoAction(w.widget, _("&Undo"))
    set_shortcut(undo, "Ctrl+Z")
    _set_icon(undo, "undo")
    redo = stack.createRedoAction(w.widget, _("&Redo"))
    set_shortcut(redo, "Ctrl+Shift+Z")
    _set_icon(redo, "redo")
    for action, label in ((undo, _("&Undo")), (redo, _("&Redo"))):
        action.setIconText(label.replace("&", ""))  # a steady toolbar: the step in the tip
        action.changed.connect(lambda a=action: _tip_from_text(a))
        _tip_from_text(action)

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
        find=_action(
            w,
            _("&Find…"),
            lambda: w.find_bar().open(),
            "Ctrl+F",
            "",
            _("Find words in the form or the preview"),
        ),
        find_next=_action(w, _("Find &Next"), lambda: w.find_bar().find_next(), "F3"),
        find_previous=_action(
            w, _("Find Pre&vious"), lambda: w.find_bar().find_previous(), "Shift+F3"
        ),
        zoom_in=_action(w, _("Zoom &In"), lambda: w.preview.zoom_in(), "Ctrl++"),
        zoom_out=_action(w, _("Zoom &Out"), lambda: w.preview.zoom_out(), "Ctrl+-"),
        zoom_reset=_action(w, _("&Actual Size"), lambda: w.preview.zoom_reset(), "Ctrl+0"),
        recent=QMenu(_("Open &Recent"), w.widget),
        toolbar=QToolBar(_("Toolbar"), w.widget),
        menus=[],
        second_keys=[],
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
    edit_menu.addActions([acts.find, acts.find_next, acts.find_previous])
    edit_menu.addSeparator()
    edit_menu.addAction(acts.preferences)

    # View: where the house-style check puts its dock's toggle (F7) once it is installed
    view_menu = bar.addMenu(_("&View"))
    view_menu.setObjectName("view-menu")
    toolbar_toggle = acts.toolbar.toggleViewAction()
    toolbar_toggle.setText(_("&Toolbar"))
    view_menu.addAction(toolbar_toggle)
    acts.second_keys = [_second_key(w, redo, "Ctrl+Y"), _second_key(w, acts.zoom_in, "Ctrl+=")]
    view_menu.addSeparator()
    view_menu.addActions([acts.zoom_in, acts.zoom_out, acts.zoom_reset])

    help_menu = bar.addMenu(_("&Help"))
    help_menu.addAction(acts.about)
    acts.menus = [file_menu, edit_menu, view_menu, help_menu]

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
    from kabar_desktop.gui.desk import menu_actions as desk_menu  # File ▸ Kanwil Desk…

    desk_menu.install(w.widget, file_menu, w.show_desk, before=acts.history, enabled=stored)
    return acts


def recent_stored(window: MenuWindow, limit: int = 8) -> list[tuple[int, str]]:
    """(id, title) of the stored drafts used last, newest first: not the one in the window,
    none in the Trash or gone from the store (nor while the store is still opening)."""
    store, autosave = window.store, window.autosave
    if store is None or autosave is None:
        return []
    from kabar_desktop.store import StoreError

    found = []
    for draft_id in window.settings.recent_drafts:
        if draft_id == window.session.draft_id:
            continue
        try:
            row = store.row(draft_id)
        except StoreError:
            continue
        if row.trashed is None:
            found.append((draft_id, " ".join(row.title.split()) or _("Untitled draft")))
        if len(found) == limit:
            break
    return found


def _open_stored(window: MenuWindow, draft_id: int) -> None:
    if window.autosave is not None and window.autosave.open_draft(draft_id):
        window.settings.add_recent_draft(draft_id)


def fill_recent(window: MenuWindow, menu: QMenu) -> None:
    """The drafts used last, newest first: the stored ones by title ("1 Rapat Kerja"), then
    the files ("3 name.kabar — folder")."""
    menu.clear()
    drafts = recent_stored(window)
    for n, (draft_id, title) in enumerate(drafts, start=1):
        title = title.replace("&", "&&")  # "Humas & Protokol" is no shortcut
        action = menu.addAction(f"&{n} {title}" if n < 10 else title)
        action.setData(draft_id)
        action.triggered.connect(lambda _checked=False, d=draft_id: _open_stored(window, d))
    files = window.settings.recent_files[:8]
    if drafts and files:
        menu.addSeparator()
    for n, name in enumerate(files, start=len(drafts) + 1):
        path = Path(name)
        label = f"&{n} {path.name}" if n < 10 else path.name
        action = menu.addAction(f"{label}  —  {path.parent}")
        action.setData(name)
        action.triggered.connect(lambda _checked=False, p=path: window.files.open_path(p))
    if not files and not drafts:
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
