"""The desk's slow work off the interface thread: the month's report and its exports.

A ``Job`` runs one function on a ``QThread`` and ends with ``done(result)`` or
``failed(message)`` on the window's thread, never a traceback (as the sync's and the
checker's workers do). The report reads the database through its own ``DraftStore`` on the
same file (SQLite connections stay in their thread; WAL lets the window write meanwhile).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

log = logging.getLogger(__name__)


class Job(QThread):
    """Runs ``work()`` once; ``done``/``failed`` arrive on the thread that made the job."""

    done = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Callable[[], object], parent: QObject | None = None):
        super().__init__(parent)
        self._work = work

    def run(self) -> None:  # on the worker thread
        try:
            result = self._work()
        except Exception as exc:  # every failure is one message to the user
            log.exception("desk job failed")
            self.failed.emit(_message(exc))
            return
        self.done.emit(result)


def _message(exc: Exception) -> str:
    from kabar_desktop.store import StoreError

    if isinstance(exc, StoreError):
        from kabar_desktop.gui.editor.autosave import store_message

        return store_message(exc)
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc) or type(exc).__name__


def build_report(
    db_path: Path, year: int, month: int, offices: list[str], kanwil: str, today: dt.date
):
    """The month's report, read through a store of this thread's own."""
    from kabar_desktop.services.report import month_report
    from kabar_desktop.store import DraftStore

    store = DraftStore.open(db_path)
    try:
        return month_report(store, year, month, offices, kanwil, today)
    finally:
        store.close()
