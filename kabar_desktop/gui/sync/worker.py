"""One sync, run on a worker thread so the editor keeps working (and autosaving) meanwhile.

The job is ``kabar sync``'s too (``services.syncing.run_job``): it opens its own ``DraftStore``
on the window's database file (WAL: the window's short transactions and the sync's
interleave), and whatever happens the thread ends with one ``SyncOutcome``, never a traceback.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QThread, Signal

from kabar_desktop.services.syncing import SyncJob, SyncOutcome, run_job

log = logging.getLogger(__name__)


class SyncThread(QThread):
    """Runs one ``SyncJob``; ``progress`` and ``ended`` arrive on the window's thread."""

    progress = Signal(int, int)
    ended = Signal(object)  # a SyncOutcome

    def __init__(self, job: SyncJob, parent=None):
        super().__init__(parent)
        self.job = job
        self.cancel = threading.Event()
        self.outcome: SyncOutcome | None = None

    def run(self) -> None:  # on the worker thread
        try:
            self.outcome = run_job(self.job, self.progress.emit, self.cancel)
        except Exception as exc:  # run_job answers everything; this is the last safety net
            log.exception("sync thread failed")
            self.outcome = SyncOutcome("unexpected", message=str(exc))
        self.ended.emit(self.outcome)
