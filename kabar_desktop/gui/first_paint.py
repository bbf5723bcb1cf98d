"""Work a window's first frame does not show, done as soon as that frame is on the screen.

A window appears sooner when it is built from what the first frame shows and nothing else;
the rest (tabs behind the first one, the first house-style check, the drafts store, the log
file) follows a moment later, before the user can do anything with it. Jobs run in the order
they were added, after the first paint; also at once when the window closes first (nothing is
left undone), and after ``FALLBACK_MS`` when the window is never painted (minimised).
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
            QTimer.singleShot(0, self, self.run)  # once this frame is painted

    def run(self) -> None:
        """Do what is left now (also when the window closes before its first paint)."""
        if not self._scheduled:
            self._scheduled = True
            self._window.removeEventFilter(self)
        self.done = True
        while self._jobs or self._last:
            (self._jobs or self._last).pop(0)()
