"""The editor window: the form on the left, the article taking shape on the right.

The window owns little: the draft lives in the ``DraftSession`` it shares with the form and
the preview, the File menu's work is in ``editor.draft_files`` and the menus in ``menus``.
Its controllers (autosave, files, sync, mail, the checker, the drafts browser) see it through
``gui.context.WindowContext``, never as this class. Switching the interface language
rebuilds menus and form around the same session, so nothing is lost.

It is built from what its first frame shows; the rest waits in ``later`` until that frame
is painted (see ``first_paint``), and the drafts store may be attached after it too.
"""

from __future__ import annotations

import contextlib
from dataclasses import fields
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMainWindow, QSplitter, QWidget

from kabar_desktop import __version__, i18n
from kabar_desktop.gui.editor.draft_files import FileOps
from kabar_desktop.gui.editor.draft_session import DraftSession
from kabar_desktop.gui.editor.preview import PreviewPane
from kabar_desktop.gui.editor.word_count import WordCount
from kabar_desktop.gui.shell import menus
from kabar_desktop.gui.shell.first_paint import AfterFirstPaint
from kabar_desktop.gui.sync.controller import SyncController
from kabar_desktop.i18n import _
from kabar_desktop.settings import Settings, save_settings

if TYPE_CHECKING:
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent

    from kabar_desktop.gui.checker import CheckerController
    from kabar_desktop.gui.drafts.drafts_browser import DraftBrowser
    from kabar_desktop.gui.drafts.history_view import HistoryDialog
    from kabar_desktop.gui.editor.autosave import Autosave
    from kabar_desktop.gui.editor.find_bar import FindBar
    from kabar_desktop.store import DraftStore

DEFAULT_SIZE = (1280, 800)
FORM_SHARE = 0.45
TITLE_MAX = 70
DRAFT_SUFFIXES = (".kabar", ".json")


def _b64(data: QByteArray) -> str:
    return bytes(data.toBase64().data()).decode("ascii")


def _unb64(text: str) -> QByteArray:
    from PySide6.QtCore import QByteArray

    return QByteArray.fromBase64(text.encode("ascii"))


class MainWindow(QMainWindow):
    """Form | preview, the menus and toolbar, and the title bar showing the draft's title."""

    def __init__(
        self,
        settings: Settings,
        session: DraftSession,
        store: DraftStore | None = None,
        *,
        store_pending: bool = False,
    ):
        """``store_pending``: the drafts store is being opened and comes with ``attach_store``
        (the window is built as it will look with it)."""
        super().__init__()
        self.settings = settings
        self.session = session
        self.store = store  # None: no drafts store (it could not be opened), files only
        self.store_pending = store_pending and store is None
        self.later = AfterFirstPaint(self)
        self.files = FileOps(self)
        self.setObjectName("main-window")
        self.setAcceptDrops(True)

        self.splitter = QSplitter(parent=self)  # side by side (a keyword: see qt.enum_properties)
        self.splitter.setObjectName("main-splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(6)
        self.form = self._make_form()
        self.preview = PreviewPane(session, self.splitter, later=self.later.add)
        self.splitter.addWidget(self.form)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 45)
        self.splitter.setStretchFactor(1, 55)
        self.setCentralWidget(self.splitter)

        self.hint = QLabel()
        self.hint.setContentsMargins(6, 0, 6, 0)
        self.statusBar().addWidget(self.hint, 1)
        self.words = WordCount(session, self.preview)
        self.statusBar().addPermanentWidget(self.words)
        self.preview.zoom_changed.connect(self._say_zoom)
        self._find_bar: FindBar | None = None  # made on the first Ctrl+F
        self._stored_label: QLabel | None = None
        if store is not None or self.store_pending:  # the status bar is whole from the start
            self._stored_label = QLabel()
            self._stored_label.setObjectName("autosave-label")
            self._stored_label.setContentsMargins(6, 0, 6, 0)
            self.statusBar().addPermanentWidget(self._stored_label)
        self.autosave: Autosave | None = None
        if store is not None:
            self._start_autosave(store)
        self.browser: DraftBrowser | None = None  # made when first shown
        self.history: HistoryDialog | None = None
        self.sync = SyncController(self)  # before the menus: its actions go in them
        self.acts = menus.build(self)
        self.later.add(lambda: menus.load_icons(self, self.acts))
        self._retranslate_texts()

        session.changed.connect(self.title_changed)
        session.modified_changed.connect(self.setWindowModified)
        self.setWindowModified(session.modified)
        self.title_changed()
        self._checker: CheckerController | None = None  # its dock too: hidden in the first frame
        self._restore_layout()
        self.later.add(lambda: self.form.build_all(), last=True)  # instant when chosen
        self.later.add(self._install_checker, last=True)
        self.later.add(self._resume_outbox, last=True)  # what an earlier run left unsent
        self.later.add(self._install_desk, last=True)  # the Kanwil's remarks; a Kanwil's desk

    def _resume_outbox(self) -> None:
        from kabar_desktop.gui.mail.worker import resume_outbox

        resume_outbox(self)

    def _install_desk(self) -> None:
        """The Kanwil's remarks beside the fields (gui/desk/upt_remarks.py); a Kanwil's
        window opens on the desk as soon as its drafts store is there."""
        from kabar_desktop.gui.desk.upt_remarks import install_upt_remarks

        install_upt_remarks(self)
        if self.settings.profile.is_kanwil:
            self._open_desk_at_start()

    def _open_desk_at_start(self) -> None:
        if self.store is not None:
            self.show_desk()
        elif self.store_pending:
            QTimer.singleShot(100, self, self._open_desk_at_start)

    def show_desk(self) -> None:
        """The Kanwil desk (Berkas ▸ Meja Kanwil…, gui/desk/desk_window.py)."""
        if self.autosave is not None:
            self.autosave.flush()
        from kabar_desktop.gui.desk.desk_window import show_desk

        show_desk(self)

    def _install_checker(self) -> None:
        from kabar_desktop.gui.checker import install_checker

        self._checker = install_checker(self)

    @property
    def widget(self) -> QMainWindow:
        """The window itself, as the Qt parent of what its controllers make (they see the
        window as ``gui.context.WindowContext``, which cannot say "a QMainWindow")."""
        return self

    @property
    def checker(self) -> CheckerController:
        """The house-style check (installed after the first paint; asking finishes that)."""
        if self._checker is None:
            self.later.run()
        assert self._checker is not None
        return self._checker

    def _start_autosave(self, store: DraftStore) -> None:
        from kabar_desktop.gui.editor.autosave import Autosave

        self.autosave = Autosave(self, store, label=self._stored_label)

    def attach_store(self, store: DraftStore | None) -> None:
        """The drafts store, opened after the window showed (None: it could not be opened)."""
        self.store_pending = False
        if store is None:
            if self.store is None:  # the menus and toolbar without the drafts
                menus.remove(self, self.acts)
                self.acts = menus.build(self)
                menus.load_icons(self, self.acts)
            return
        self.store = store
        self._start_autosave(store)
        if self.session.modified and self.autosave is not None:
            self.autosave.timer.start()  # typed in before the store was there: keep it too

    def _make_form(self):
        from kabar_desktop.gui.form import FormPanel

        # No parent: a splitter child would join the splitter.
        form = FormPanel(self.session, later=None if self.later.done else self.later.add)
        form.setMinimumWidth(320)
        return form

    # --- what the window shows -------------------------------------------------------------
    def title_changed(self) -> None:
        """The title bar: the draft's title and Qt's modified marker, or "New draft"."""
        title = " ".join(self.session.draft.title.split())
        if not title and self.session.path is not None:
            title = self.session.path.stem
        title = title or _("New draft")
        if len(title) > TITLE_MAX:
            title = title[: TITLE_MAX - 1].rstrip() + "…"
        self.setWindowTitle(f"{title.replace('[*]', '[ * ]')}[*] — Kabar")

    def find_bar(self) -> FindBar:
        """The find bar under the window (Ctrl+F), built when first asked for."""
        if self._find_bar is None:
            from PySide6.QtCore import Qt

            from kabar_desktop.gui.editor.find_bar import FindBar

            self._find_bar = FindBar(self.session, lambda: self.form, self.preview, self)
            self.addToolBar(Qt.ToolBarArea.BottomToolBarArea, self._find_bar)
            self._find_bar.hide()
        return self._find_bar

    def _say_zoom(self, factor: float) -> None:
        self.say(_("Preview at {percent}%").format(percent=round(factor * 100)), 3000)

    def say(self, message: str, timeout_ms: int = 6000) -> None:
        """A short note in the status bar ("Saved contoh.kabar"); 0 keeps it until the next."""
        self.statusBar().showMessage(message, timeout_ms)

    def recent_changed(self) -> None:
        menus.fill_recent(self, self.acts.recent)

    def _retranslate_texts(self) -> None:
        self.hint.setText(_("Fill in the facts on the left; the article takes shape on the right."))
        if self.autosave is not None:  # "Saved automatically 16.05" in the new language
            self.autosave.retranslate()
        self.preview.retranslate()
        self.words.retranslate()
        if self._find_bar is not None:
            self._find_bar.retranslate()
        self.title_changed()

    # --- language and preferences ----------------------------------------------------------
    def apply_language(self, language: str) -> None:
        """Switch the interface language now: menus, toolbar and form are rebuilt, the draft
        (and its undo history) stays."""
        self.later.run()  # the start's jobs hold the old form's panes: they run before it goes
        language = i18n.set_language(language)
        self.settings.language = language
        from kabar_desktop.gui.shell.qt_translations import install_qt_translator

        app = QApplication.instance()
        assert app is not None  # a window needs its application
        install_qt_translator(app, language)
        menus.remove(self, self.acts)
        self.acts = menus.build(self)
        self.later.add(lambda: menus.load_icons(self, self.acts))
        sizes = self.splitter.sizes()
        old = self.form
        self.form = self._make_form()
        self.splitter.replaceWidget(0, self.form)
        old.hide()
        old.deleteLater()
        self.splitter.setSizes(sizes)
        self._retranslate_texts()
        if self.findChild(QDialog, "desk-window") is not None:  # a Kanwil's open desk
            from kabar_desktop.gui.desk.desk_window import retranslate_desk

            retranslate_desk(self)

    def edit_preferences(self, page: str = "") -> None:
        """``page``: the object name of the tab to show first (``smtp-page``)."""
        from kabar_desktop.gui.preferences.dialogs import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self)
        if page and (tab := dialog.tabs.findChild(QWidget, page)) is not None:
            dialog.tabs.setCurrentWidget(tab)
        if dialog.exec() != dialog.DialogCode.Accepted:
            return
        edited = dialog.settings()
        old_language = self.settings.language
        for f in fields(Settings):  # keep this object: the application holds it too
            setattr(self.settings, f.name, getattr(edited, f.name))
        if self.settings.language != old_language:
            self.apply_language(self.settings.language)
        self._save_settings()
        # the outbox tries a corrected account now, not at its next retry (up to an hour away)
        QTimer.singleShot(0, self, self._resume_outbox)

    def show_browser(self) -> None:
        """The drafts browser (Berkas ▸ Daftar Draf…)."""
        if self.autosave is None:
            return
        from kabar_desktop.gui.drafts.drafts_browser import DraftBrowser

        self.autosave.flush()  # the list shows the draft in the window as it is now
        browser = self.browser
        if browser is None or not browser.isVisible():  # built anew: in today's language
            if browser is not None:
                browser.deleteLater()
            self.browser = browser = DraftBrowser(self)
        browser.refresh()
        browser.show()
        browser.raise_()
        browser.activateWindow()

    def show_history(self) -> None:
        """The kept versions of the draft in the window (Berkas ▸ Riwayat Versi…)."""
        if self.autosave is None:
            return
        from kabar_desktop.gui.drafts.history_view import HistoryDialog

        self.autosave.flush()
        if self.session.draft_id is None:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(
                self, _("Version History"), _("This draft has no earlier versions yet.")
            )
            return
        self.history = HistoryDialog(self)
        self.history.open()

    def send_by_email(self) -> None:
        """Berkas ▸ Kirim lewat Email… (gui/mail/dialog.py)."""
        from kabar_desktop.gui.mail.dialog import send_by_email

        send_by_email(self)

    def show_outbox(self) -> None:
        """Berkas ▸ Kotak Keluar… (gui/mail/outbox_view.py)."""
        from kabar_desktop.gui.mail.outbox_view import show_outbox

        show_outbox(self)

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            _("About Kabar"),
            "<h3>Kabar {version}</h3><p>{what}</p><p>{licence}</p>".format(
                version=__version__,
                what=_("House-style news articles for Humas offices."),
                licence=_("Free software under the GNU General Public License, version 3."),
            ),
        )

    # --- window layout, kept between runs --------------------------------------------------
    def _restore_layout(self) -> None:
        s = self.settings
        if not (s.window_geometry and self.restoreGeometry(_unb64(s.window_geometry))):
            screen = QGuiApplication.primaryScreen()
            width, height = DEFAULT_SIZE
            if screen is not None:
                room = screen.availableGeometry()
                width = min(width, int(room.width() * 0.95))
                height = min(height, int(room.height() * 0.92))
            self.resize(width, height)
        if s.window_state:
            self.restoreState(_unb64(s.window_state))
        if not (s.splitter_state and self.splitter.restoreState(_unb64(s.splitter_state))):
            width = self.width()
            self.splitter.setSizes([int(width * FORM_SHARE), width - int(width * FORM_SHARE)])

    def _save_layout(self) -> None:
        self.settings.window_geometry = _b64(self.saveGeometry())
        self.settings.window_state = _b64(self.saveState())
        self.settings.splitter_state = _b64(self.splitter.saveState())

    def _save_settings(self) -> None:
        with contextlib.suppress(OSError):
            save_settings(self.settings)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.later.run()  # closed before its first paint: finish starting, then close
        if not self.files.maybe_save():
            event.ignore()
            return
        if self.autosave is not None:
            self.autosave.shutdown()
        self._save_layout()
        self._save_settings()
        event.accept()

    # --- drop a draft file on the window to open it ----------------------------------------
    def _dropped_draft(self, event: QDragEnterEvent | QDropEvent) -> Path | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if len(urls) == 1 and urls[0].isLocalFile():
            path = Path(urls[0].toLocalFile())
            if path.suffix.lower() in DRAFT_SUFFIXES:
                return path
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if self._dropped_draft(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        path = self._dropped_draft(event)
        if path is not None:
            event.acceptProposedAction()
            self.files.open_path(path)
