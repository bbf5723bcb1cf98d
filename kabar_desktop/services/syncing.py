"""One sync, for the window's Sync Now and for ``kabar sync``: the same job, the same outcomes.

``run_job`` opens its own ``DraftStore`` on the database file (the window runs it on a worker
thread, and SQLite connections belong to one thread) and its own target. Whatever happens, it
ends with one ``SyncOutcome``: a report, a question for the user, or a plain message; never a
traceback. Each face only asks its user (the password, "go on?") and tells the outcome. The
sync modules are imported when a sync first runs: neither face's start pays for them.
"""

from __future__ import annotations

import logging
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from kabar_desktop.i18n import _

if TYPE_CHECKING:
    from kabar_desktop.sync import SyncReport

REACH_TIMEOUT = 4.0  # seconds to wait for a server before saying it cannot be reached now
log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]


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
    bad_target: bool = False  # the address itself was refused before any connection

    @property
    def password_refused(self) -> bool:
        """The server refused the user name or password: a kept password is wrong."""
        return self.kind == "auth"


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


def run_job(
    job: SyncJob, progress: Progress | None = None, cancel: threading.Event | None = None
) -> SyncOutcome:
    """Do the sync of ``job`` on the calling thread; every way it can end is an outcome."""
    from kabar_desktop.store import DraftStore, StoreError
    from kabar_desktop.sync import Cancelled, SyncEngine, SyncQuestion, TargetError, open_target

    if job.automatic and not reachable(job.where):
        return SyncOutcome("unreachable")
    try:
        target = open_target(job.where, job.user, job.password, ca_file=job.ca_file or None)
    except TargetError as exc:
        return SyncOutcome(exc.kind, message=exc.message(_), bad_target=True)
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


# -- the WebDAV password: one policy for both faces ---------------------------------------------


def password_key(where: str) -> str:
    """The keyring entry of a sync target's password (``SyncSettings.service_key`` too)."""
    return f"sync:{where.strip()}"


def saved_password(where: str, user: str) -> str | None:
    """The password kept for ``user`` at ``where`` (a secure keyring only), or ``None``."""
    from kabar_desktop import credentials

    return credentials.get_password(password_key(where), user.strip())


def settle_password(outcome: SyncOutcome, where: str, user: str, typed: str | None) -> None:
    """After a sync: a password the server refused is forgotten; one the user typed is kept
    once it worked (and only where the keyring is safe: ``credentials`` decides)."""
    from kabar_desktop import credentials

    user = user.strip()
    if not user:
        return
    if outcome.password_refused:
        credentials.forget(password_key(where), user)
    elif outcome.kind == "done" and typed:
        credentials.set_password(password_key(where), user, typed)
