"""One sync, run on a worker thread so the editor keeps working (and autosaving) meanwhile.

The engine uses the store from the thread that calls it, so the worker opens its own
``DraftStore`` on the window's database file (WAL: the window's short transactions and the
sync's interleave). Whatever happens, the thread ends with one ``SyncOutcome``: a report, a
question for the user, or a plain message; never a traceback. The sync modules are imported
here, on the worker thread, when a sync first runs: the window's start does not pay for them.
"""

from __future__ import annotations

import logging
import socket
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from PySide6.QtCore import QThread, Signal

from kabar_desktop.i18n import _

if TYPE_CHECKING:
    from kabar_desktop.sync import SyncReport

REACH_TIMEOUT = 4.0  # seconds to wait for a server before saying it cannot be reached now
log = logging.getLogger(__name__)


@dataclass
class SyncJob:
    """What one sync needs, all plain values (read on the window's thread, used on the worker's)."""

    db_path: Path
    where: str  # a folder, or a WebDAV address
    office: str
    user: str = ""
    password: str = ""
    ca_file: str = ""
    allow: bool = False  # the user said "go on" to a SyncQuestion
    automatic: bool = False  # started by the timer: first check the target can be reached


@dataclass
class SyncOutcome:
    """How a sync ended. ``kind``: "done", "question", "unreachable", "cancelled", or a
    failure ("auth", "certificate", "store", "unexpected", a ``TargetError`` kind)."""

    kind: str
    report: SyncReport | None = None
    message: str = ""  # what to tell the user (the question's text for "question")
    problems: list[str] = field(default_factory=list)  # bundles that could not be read


def reachable(where: str) -> bool:
    """Whether the target answers at all (a folder that exists; a server that accepts a TCP
    connection): an automatic sync waits quietly for a USB disk or a network to come back."""
    from kabar_desktop.sync import is_url

    if not is_url(where):
        return Path(where).expanduser().is_dir()
    parts = urlsplit(where)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        with socket.create_connection((parts.hostname or "", port), timeout=REACH_TIMEOUT):
            return True
    except OSError:
        return False


def run_job(job: SyncJob, progress, cancel: threading.Event) -> SyncOutcome:
    """Do the sync of ``job`` on the calling thread; every way it can end is an outcome."""
    from kabar_desktop.store import DraftStore, StoreError
    from kabar_desktop.sync import Cancelled, SyncEngine, SyncQuestion, TargetError, open_target

    if job.automatic and not reachable(job.where):
        return SyncOutcome("unreachable")
    try:
        target = open_target(job.where, job.user, job.password, ca_file=job.ca_file or None)
    except TargetError as exc:
        return SyncOutcome(exc.kind, message=exc.message(_))
    store = None
    try:
        store = DraftStore.open(job.db_path)
        engine = SyncEngine(
            store,
            target,
            job.office,
            progress=progress,
            cancel=cancel,
            allow_removals=job.allow,
            allow_emptied=job.allow,
        )
        report = engine.run()
    except SyncQuestion as question:
        return SyncOutcome("question", message=question.message(_))
    except TargetError as exc:
        return SyncOutcome(exc.kind, message=exc.message(_))
    except Cancelled:
        return SyncOutcome("cancelled", message=_("The sync was stopped; what was done is kept."))
    except StoreError as exc:
        return SyncOutcome("store", message=exc.message(_))
    except Exception as exc:  # a bug must not take the window down: say it, keep it in the log
        log.exception("sync failed")
        reason = str(exc) or type(exc).__name__
        return SyncOutcome(
            "unexpected", message=_("The sync failed: {reason}").format(reason=reason)
        )
    finally:
        target.close()
        if store is not None:
            store.close()
    return SyncOutcome("done", report=report, problems=[p.message(_) for p in report.problems])


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
