"""Store faults as messages a writer understands, never a traceback.

SQLite and the operating system fail in many ways (a full disk, a read-only folder, a
damaged file); each becomes a ``StoreError`` carrying a ``Problem`` with an English template
marked ``N_`` that the caller translates, and a ``kind`` the GUI can act on.
"""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path
from typing import Any

from kabar_desktop.model.problems import N_, Msg, Problem

# Primary SQLite result codes (extended codes carry them in the low byte).
_BUSY, _LOCKED, _NOMEM, _READONLY, _IOERR, _CORRUPT = 5, 6, 7, 8, 10, 11
_FULL, _CANTOPEN, _TOOBIG, _PERM, _NOTADB = 13, 14, 18, 3, 26

MESSAGES = {
    "full": N_("the disk is full: the change was not saved; the last saved version is kept"),
    "readonly": N_(
        "Kabar's data folder {folder} cannot be written to: the change was not saved; "
        "the last saved version is kept"
    ),
    "io": N_(
        "the disk could not be written ({detail}): the change was not saved; "
        "the last saved version is kept"
    ),
    "corrupt": N_(
        "Kabar's database is damaged ({detail}); restart Kabar to start from its latest backup"
    ),
    "busy": N_("Kabar's database is in use by another program; try again in a moment"),
    "cantopen": N_("Kabar cannot open its database {path} ({detail})"),
    "toobig": N_("the draft is too large to be saved; the last saved version is kept"),
    "other": N_("Kabar's database failed ({detail}); the last saved version is kept"),
}


# The same faults in a few words, for messages that name a fault inside a longer sentence.
REASONS = {
    "full": N_("the disk is full"),
    "readonly": N_("the folder cannot be written to"),
    "io": N_("the disk could not be written"),
    "corrupt": N_("the database is damaged"),
    "busy": N_("the database is in use by another program"),
}


def reason(kind: str, detail: str = "") -> Msg | str:
    """A short description of a fault, translated along with the message holding it."""
    return Msg(REASONS[kind]) if kind in REASONS else detail


class StoreError(Exception):
    """A store operation that failed; nothing half-done was kept.

    ``kind`` is one of ``full``, ``readonly``, ``io``, ``corrupt``, ``busy``, ``cantopen``,
    ``toobig``, ``missing``, ``newer``, ``other``.
    """

    def __init__(self, kind: str, problem: Problem):
        super().__init__(str(problem))
        self.kind = kind
        self.problem = problem

    def message(self, translate=lambda s: s) -> str:
        return self.problem.message(translate)


# Opening fails before any change was asked for: no "the change was not saved" there.
OPEN_MESSAGES = {
    "full": N_("the disk is full: Kabar cannot open its database; free some space and start again"),
    "readonly": N_(
        "Kabar's data folder {folder} cannot be written to, so Kabar cannot save drafts; "
        "nothing was changed"
    ),
    "io": N_("Kabar cannot open its database ({detail})"),
    "other": N_("Kabar cannot open its database ({detail})"),
}


def at_open(error: StoreError, db_path: Path) -> StoreError:
    """The same fault, worded for a database that could not be opened."""
    if error.kind not in OPEN_MESSAGES or error.problem.template != MESSAGES.get(error.kind):
        return error
    params = {"folder": db_path.parent, "detail": error.problem.params.get("detail", "")}
    return StoreError(error.kind, Problem("", OPEN_MESSAGES[error.kind], params))


def store_error(kind: str, template: str | None = None, **params: Any) -> StoreError:
    return StoreError(kind, Problem("", template or MESSAGES[kind], params))


def missing_draft(draft_id: int) -> StoreError:
    return store_error("missing", N_("there is no draft number {id}"), id=draft_id)


def missing_revision(revision_id: int) -> StoreError:
    return store_error("missing", N_("there is no saved version number {id}"), id=revision_id)


def is_corrupt(exc: BaseException) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (_CORRUPT, _NOTADB)
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text


def from_sqlite(exc: BaseException, db_path: Path) -> StoreError:
    """Translate a ``sqlite3.Error`` (or an ``OSError``) into a ``StoreError``."""
    folder = db_path.parent
    if isinstance(exc, OSError):
        return from_os(exc, db_path)
    if isinstance(exc, UnicodeError):  # text SQLite cannot hold slipped through
        return store_error("other", detail=str(exc))
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    detail = str(exc) or type(exc).__name__
    if primary == _FULL or (primary == _IOERR and _disk_is_full(folder)):
        return store_error("full")
    if primary in (_READONLY, _PERM):
        return store_error("readonly", folder=folder)
    if primary == _IOERR:
        return store_error("io", detail=detail)
    if is_corrupt(exc):
        return store_error("corrupt", detail=detail)
    if primary in (_BUSY, _LOCKED):
        return store_error("busy")
    if primary == _CANTOPEN:
        if not _writable(folder):
            return store_error("readonly", folder=folder)
        return store_error("cantopen", path=db_path, detail=detail)
    if primary == _TOOBIG:
        return store_error("toobig")
    if primary == _NOMEM or isinstance(exc, MemoryError):
        return store_error("other", detail="out of memory")
    return store_error("other", detail=detail)


def from_os(exc: OSError, db_path: Path) -> StoreError:
    folder = db_path.parent
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return store_error("full")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return store_error("readonly", folder=folder)
    return store_error("io", detail=exc.strerror or str(exc))


def _disk_is_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < 1024 * 1024
    except OSError:
        return False


def _writable(folder: Path) -> bool:
    return os.access(folder, os.W_OK)
