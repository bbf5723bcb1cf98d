"""Backup copies of the database, and setting a damaged one aside.

A copy is made with SQLite's backup API (a consistent snapshot even while Kabar writes),
into a temporary file that is renamed into place only once it is whole. A damaged database is
never deleted: it is moved aside as ``kabar-corrupt-<time>.sqlite`` for a technician, and the
newest backup copy that passes SQLite's check takes its place.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
from pathlib import Path

from .errors import from_sqlite

BACKUP_FOLDER = "backups"
BACKUPS_KEPT = 4
_STAMP = "%Y%m%d-%H%M%S"


def stamp(when: float) -> str:
    return dt.datetime.fromtimestamp(when).strftime(_STAMP)


def list_backups(db_path: Path) -> list[Path]:
    """Backup copies, newest first."""
    folder = db_path.parent / BACKUP_FOLDER
    try:
        found = [(p.stat().st_mtime, p.name, p) for p in folder.glob("kabar-*.sqlite")]
    except OSError:
        return []
    return [p for *_, p in sorted(found, reverse=True)]


def make_backup(conn: sqlite3.Connection, db_path: Path, when: float, label: str = "") -> Path:
    """Copy the database ``conn`` holds into ``backups/``; keep the newest few copies."""
    folder = db_path.parent / BACKUP_FOLDER
    target = free_name(folder / f"kabar-{stamp(when)}{'-' + label if label else ''}.sqlite")
    tmp = folder / f".{target.name}.tmp"
    try:
        folder.mkdir(exist_ok=True)
        for left in folder.glob(".kabar-*.tmp"):  # from a copy that was killed halfway
            with contextlib.suppress(OSError):
                left.unlink()
        copy = sqlite3.connect(tmp, isolation_level=None)
        try:
            conn.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")  # one standalone file
        finally:
            copy.close()
        fsync(tmp)
        os.replace(tmp, target)
        fsync(folder)
    except (sqlite3.Error, OSError) as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise from_sqlite(exc, db_path) from None
    for old in list_backups(db_path)[BACKUPS_KEPT:]:
        with contextlib.suppress(OSError):
            old.unlink()
    return target


def set_aside(db_path: Path, when: float) -> tuple[Path, Path | None]:
    """Keep the damaged database aside and put the newest whole backup in its place.

    Returns where the damaged file went and the backup used (``None``: none was whole, and
    the database starts empty). Raises ``OSError`` when files cannot be copied. Each step
    leaves a state the next start recovers from, should this one be killed halfway: the
    damaged file is copied (not moved) aside, and replaced only by a rename.
    """
    aside = free_name(db_path.parent / f"kabar-corrupt-{stamp(when)}.sqlite")
    tmp = db_path.parent / f".{db_path.name}.restore.tmp"
    shutil.copyfile(db_path, tmp)
    fsync(tmp)
    os.replace(tmp, aside)
    wal, shm = Path(f"{db_path}-wal"), Path(f"{db_path}-shm")
    if wal.exists():  # it may hold the last commits: keep it with the damaged file
        os.replace(wal, Path(f"{aside}-wal"))  # and never replay it over the backup
    with contextlib.suppress(FileNotFoundError):
        shm.unlink()
    fsync(db_path.parent)
    for backup in list_backups(db_path):
        shutil.copyfile(backup, tmp)
        fsync(tmp)
        if is_whole(tmp):
            os.replace(tmp, db_path)
            fsync(db_path.parent)
            return aside, backup
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    db_path.unlink()
    return aside, None


def is_whole(path: Path) -> bool:
    """Whether SQLite finds the file intact (``PRAGMA quick_check``)."""
    try:
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            return conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def free_name(path: Path) -> Path:
    candidate, n = path, 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
        n += 1
    return candidate


def fsync(path: Path) -> None:
    """Flush a file (or a folder's entries) to the disk; folders cannot be opened on Windows."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
