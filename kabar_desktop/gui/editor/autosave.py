"""The window's drafts live in Kabar's store: stored at every pause in typing, never lost.

There is no "save" to remember. A change starts a short timer; after 1.5 s of quiet the
draft is written to the store (about a millisecond). Switching draft, closing the window
and quitting store it at once (``flush``). A draft nobody has typed in is not stored, so
starting Kabar does not leave a trail of empty drafts: its row is made on the first edit.
A store fault is said once, in plain words; the draft stays in the window and the next
change tries again.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from kabar_desktop.i18n import _
from kabar_desktop.model.draft import Draft
from kabar_desktop.store import DraftStore, StoreError

if TYPE_CHECKING:
    from kabar_desktop.gui.context import WindowContext
    from kabar_desktop.gui.editor.draft_session import DraftSession

QUIET_MS = 1500  # a pause in typing this long stores the draft


def store_message(exc: StoreError) -> str:
    """A store fault in plain words (never a traceback)."""
    try:
        return exc.message(_)
    except Exception:  # a fault in the message itself must not hide the fault
        return str(exc)


class Autosave(QObject):
    """Binds the window's session to the store: timer, flush, switching and importing drafts."""

    stored = Signal(int)  # a draft's id, after its content was written

    def __init__(
        self,
        window: WindowContext,
        store: DraftStore,
        quiet_ms: int = QUIET_MS,
        label: QLabel | None = None,
    ):
        """``label``: the status bar's place for "Saved automatically …", if the window made it
        already (a widget added to the status bar later would show again what a message hides)."""
        super().__init__(window.widget)
        self.w = window
        self.store: DraftStore | None = store
        self._failing = False  # a fault was already shown: do not repeat the message box
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(quiet_ms)
        self.timer.timeout.connect(self.flush)
        if label is None:
            label = QLabel()
            label.setObjectName("autosave-label")
            label.setContentsMargins(6, 0, 6, 0)
            window.statusBar().addPermanentWidget(label)
        self.label = label
        # what the label says, kept as facts so a language switch can say it again:
        # ("saved", "16.05"), ("failed", the fault), or None for a draft not stored yet
        self._note: tuple[str, object] | None = None
        window.session.changed.connect(self._changed)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    @property
    def session(self) -> DraftSession:
        return self.w.session

    def _changed(self) -> None:
        if self.session.modified and self.store is not None:
            self.timer.start()  # restarted by every keystroke: fires after a pause

    # --- storing ---------------------------------------------------------------------------
    def flush(self) -> bool:
        """Store the draft now if it changed; False when the store refused (it was said)."""
        self.timer.stop()
        session = self.session
        if self.store is None or not session.modified:
            return True
        try:
            if session.draft_id is None:
                session.draft_id = self.store.create(session.draft)
                self.store.set_last_opened(session.draft_id)
            else:
                self.store.save(session.draft_id, session.draft)
        except StoreError as exc:
            self._failed(exc)
            return False
        self._failing = False
        session.mark_saved()
        self._note = ("saved", dt.datetime.now().strftime("%H.%M"))
        self.retranslate()
        self.stored.emit(session.draft_id)
        return True

    def _failed(self, exc: StoreError) -> None:
        text = _("The draft could not be stored: {reason}").format(reason=store_message(exc))
        self._note = ("failed", exc)
        self.retranslate()
        self.w.say(text, 0)
        if not self._failing:
            self._failing = True
            QMessageBox.warning(self.w.widget, _("The draft was not stored"), text)

    def retranslate(self) -> None:
        """The status bar's note in the interface language of now (also after a switch)."""
        kind, value = self._note or ("", None)
        if kind == "saved":
            text = _("Saved automatically {time}").format(time=value)
            tip = _("Every change is kept in Kabar's drafts; there is no need to save.")
        elif kind == "failed" and isinstance(value, StoreError):
            text = _("Not stored!")
            tip = _("The draft could not be stored: {reason}").format(reason=store_message(value))
        else:
            text = tip = ""
        self.label.setText(text)
        self.label.setToolTip(tip)

    def shutdown(self) -> None:
        """Store the draft and close the store cleanly (closing the window, quitting)."""
        if self.store is None:
            return
        self.flush()
        store, self.store = self.store, None
        with contextlib.suppress(StoreError):
            store.set_last_opened(self.session.draft_id)
        store.close(clean=True)

    # --- which draft is in the window ------------------------------------------------------
    def _show(self, draft: Draft, path: Path | None, draft_id: int | None) -> None:
        self.session.load(draft, path, draft_id=draft_id)
        self.w.form.show_problems([])
        self.w.title_changed()
        if self.store is not None:
            with contextlib.suppress(StoreError):  # only crash recovery uses it
                self.store.set_last_opened(draft_id)

    def new_draft(self, draft: Draft) -> bool:
        """Show a new draft; it is stored on its first change."""
        if not self.flush():
            return False
        self._show(draft, None, None)
        self._note = None  # nothing of this draft is stored yet: no "Saved automatically"
        self.retranslate()
        return True

    def open_draft(self, draft_id: int) -> bool:
        """Store the draft in the window, then show the stored draft ``draft_id``."""
        if self.store is None:
            return False
        if draft_id == self.session.draft_id:
            return True
        if not self.flush():
            return False
        try:
            draft = self.store.load(draft_id)
        except StoreError as exc:
            QMessageBox.warning(self.w.widget, _("Cannot open the draft"), store_message(exc))
            return False
        self._show(draft, None, draft_id)
        return True

    def import_draft(self, draft: Draft, path: Path) -> bool:
        """A draft read from a file becomes a stored draft (the file is left as it was)."""
        if not self.flush():
            return False
        draft_id = None
        if self.store is not None:
            try:
                draft_id = self.store.create(draft, kind="import")
            except StoreError as exc:
                self._failed(exc)
        self._show(draft, path, draft_id)
        return True

    def adopt_import(self) -> None:
        """The draft in the window was read from a file before the store was open (a file
        named on the command line): it becomes a stored draft now, as ``import_draft`` makes."""
        if self.store is None or self.session.draft_id is not None:
            return
        try:
            self.session.draft_id = self.store.create(self.session.draft, kind="import")
        except StoreError as exc:
            self._failed(exc)
            return
        with contextlib.suppress(StoreError):  # only crash recovery uses it
            self.store.set_last_opened(self.session.draft_id)

    def reload(self) -> None:
        """Show the stored content of the draft in the window (after restoring a version)."""
        if self.store is None or self.session.draft_id is None:
            return
        draft_id = self.session.draft_id
        self._show(self.store.load(draft_id), self.session.path, draft_id)
