"""Checking off the GUI thread: a pause in typing starts a check of a snapshot of the draft.

Composing and checking a long article takes tens of milliseconds (the first check reads the
dictionary: a third of a second), so it runs in Qt's thread pool; typing only restarts a
timer. Each check is numbered and only the newest one's findings are delivered.

A draft longer than the checker reads at once (check/limits.py, the cap ``kabar check``
keeps) is checked up to the cap only: a pasted megabyte must not keep a CPU busy for
minutes after every pause in typing. ``clipped`` says so (issue 12 #7).
"""

from __future__ import annotations

import copy
import logging

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from kabar_desktop.check.finding import Finding
from kabar_desktop.gui.editor.draft_session import DraftSession
from kabar_desktop.model.draft import Draft

log = logging.getLogger(__name__)
PAUSE_MS = 400  # a pause in typing this long starts a check


class _Relay(QObject):
    """Carries a job's result back to the GUI thread (a queued signal)."""

    finished = Signal(int, object, bool)  # number, findings (None: failed), clipped


class _Job(QRunnable):
    def __init__(self, number: int, draft: Draft, relay: _Relay):
        super().__init__()
        self.setAutoDelete(True)
        self._number, self._draft, self._relay = number, draft, relay

    def run(self) -> None:
        try:
            from kabar_desktop.compose import compose

            article = compose(self._draft, placeholders=True)
            from kabar_desktop.check.checker import check_article  # in this worker thread
            from kabar_desktop.check.limits import clip_article

            article, clipped = clip_article(article)
            found = check_article(article, self._draft)
        except Exception:  # noqa: BLE001 - a failed check must never take the editor down
            log.exception("the house-style check failed")
            found, clipped = None, False
        self._relay.finished.emit(self._number, found, clipped)


class CheckRunner(QObject):
    """Checks ``session.draft`` after each pause in typing; ``checked`` gives the findings."""

    checked = Signal(object)  # list[Finding] of the draft as it was when the check began

    def __init__(self, session: DraftSession, parent: QObject | None = None):
        super().__init__(parent)
        self._session = session
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._delivered)
        self._number = 0
        self.running = False
        self.clipped = False  # the last findings delivered cover only the start of the text
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PAUSE_MS)
        self.timer.timeout.connect(self.check_now)
        session.changed.connect(self.timer.start)

    def schedule(self) -> None:
        """Check after the next pause (restarts the wait)."""
        self.timer.start()

    def check_now(self) -> None:
        """Start a check of the draft as it is now; an older check still running is dropped."""
        self.timer.stop()
        self._number += 1
        self.running = True
        snapshot = copy.deepcopy(self._session.draft)
        self._pool.start(_Job(self._number, snapshot, self._relay))

    @property
    def checks_started(self) -> int:
        return self._number

    def wait(self, ms: int = 5000) -> bool:
        """Wait for the checks under way (closing, tests)."""
        return self._pool.waitForDone(ms)

    def _delivered(self, number: int, found: list[Finding] | None, clipped: bool) -> None:
        if number != self._number:
            return
        self.running = False  # a failed check (logged) is no check under way either
        if found is None:
            return
        self.clipped = clipped
        self.checked.emit(found)
