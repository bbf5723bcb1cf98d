"""Work a window's first frame does not show, done as soon as that frame is on the screen.

A window appears sooner when it is built from what the first frame shows and nothing else;
the rest (tabs behind the first one, the first house-style check, the drafts store, the log
file) follows a moment later. Jobs run in the order they were added, one per turn of the
event loop (a key pressed meanwhile is not kept waiting for all of them), after the first
paint; all at once when the window closes first or something asks for what a job makes
(``run``), and after ``FALLBACK_MS`` when the window is never painted (minimised).

One of those jobs opens the draft that was open when Kabar was last closed: a writer quits
in the evening and goes on in the morning. ``RememberOnClose`` notes it in the settings.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from kabar_desktop.i18n import _

if TYPE_CHECKING:
    from kabar_desktop.gui.context import WindowContext

FALLBACK_MS = 2000


class AfterFirstPaint(QObject):
    """Runs the jobs given to ``add`` once ``window`` has painted (or ``run`` is called)."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self._window = window
        self._jobs: list[Callable[[], object]] = []
        self._last: list[Callable[[], object]] = []
        self.done = False
        self._scheduled = False
        window.installEventFilter(self)
        # a timer of its own: QTimer.singleShot(ms, context, slot) makes PySide6 build
        # QMetaMethod's enums while it picks the overload (~0.4 ms of the first frame)
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.timeout.connect(self._schedule)
        self._fallback.start(FALLBACK_MS)

    def add(self, job: Callable[[], object], last: bool = False) -> None:
        """Run ``job`` after the first paint (at once if that is past); ``last`` jobs after
        all the others (the slow ones that the window's first use does not wait for)."""
        (self._last if last else self._jobs).append(job)
        if self.done:
            self.run()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            self._schedule()
        return False

    def _schedule(self) -> None:
        if not self._scheduled:
            self._scheduled = True
            self._fallback.stop()
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self, self._step)  # once this frame is painted

    def _step(self) -> None:
        """One job, then the next on the next turn of the event loop (also after a failed one:
        the error is told by the excepthook, the rest of the start still happens)."""
        try:
            if self._jobs or self._last:
                (self._jobs or self._last).pop(0)()
        finally:
            if self._jobs or self._last:
                QTimer.singleShot(0, self, self._step)
            else:
                self.done = True

    def run(self) -> None:
        """Do what is left now (the window closes, or something needs a job's result)."""
        if not self._scheduled:
            self._scheduled = True
            self._fallback.stop()
            self._window.removeEventFilter(self)
        while self._jobs or self._last:
            (self._jobs or self._last).pop(0)()
        self.done = True


class RememberOnClose(QObject):
    """Notes in the settings, as the window closes, which draft it holds; the window saves
    the settings right after (``MainWindow.closeEvent``)."""

    def __init__(self, window: WindowContext):
        super().__init__(window.widget)
        self._window = window
        window.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if obj is self._window and event.type() == QEvent.Type.Close:
            remember_open_draft(self._window)
        return False


def remember_open_draft(window: WindowContext) -> None:
    """The draft in ``window`` becomes the one the next start opens (a new draft never
    typed in: none); it is stored first, so that a draft typed a moment ago has its id."""
    window.later.run()
    if window.autosave is not None:
        window.autosave.flush()
    settings, session = window.settings, window.session
    settings.last_draft_id = session.draft_id or 0
    settings.last_file = str(session.path) if session.path is not None else ""
    if session.draft_id is not None:
        settings.add_recent_draft(session.draft_id)


def reopen_last(window: WindowContext) -> None:
    """Open the draft that was open when Kabar was last closed, or say why it cannot be."""
    settings = window.settings
    draft_id, file = settings.last_draft_id, settings.last_file
    if draft_id and window.store is not None and window.autosave is not None:
        from kabar_desktop.store import StoreError

        try:
            trashed = window.store.row(draft_id).trashed is not None
        except StoreError:
            trashed = None  # deleted for good, or the store cannot say: start anew
        if trashed is None or trashed:
            settings.forget_draft(draft_id)
            why = (
                _("The draft open when Kabar was last closed is in the Trash; this is a new one.")
                if trashed
                else _("The draft open when Kabar was last closed is no longer kept.")
            )
            window.say(why, 0)
        elif window.autosave.open_draft(draft_id):
            window.say(_("The draft you were writing is open again."))
        return
    if file:
        path = Path(file)
        if path.is_file():
            window.files.open_path(path, ask=False)
        else:
            settings.last_file = ""
            window.say(
                _("{file}, open when Kabar was last closed, is no longer there.").format(
                    file=path.name
                ),
                0,
            )
