"""Work a window's first frame does not show, done as soon as that frame is on the screen.

A window appears sooner when it is built from what the first frame shows and nothing else;
the rest (tabs behind the first one, the first house-style check, the drafts store, the log
file) follows a moment later. Jobs run in the order they were added, one per turn of the
event loop (a key pressed meanwhile is not kept waiting for all of them), after the first
paint; all at once when the window closes first or something asks for what a job makes
(``run``), and after ``FALLBACK_MS`` when the window is never painted (minimised).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

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
        QTimer.singleShot(FALLBACK_MS, self, self._schedule)

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
            self._window.removeEventFilter(self)
        while self._jobs or self._last:
            (self._jobs or self._last).pop(0)()
        self.done = True
