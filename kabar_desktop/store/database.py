"""The SQLite file every draft lives in: opening, checking, migrating, backing up, recovering.

WAL with ``synchronous=FULL``: a commit is on the disk when it returns, and a power cut or a
kill leaves the last committed state whole. Every write goes through ``transaction()``, so a
fault (a full disk, a read-only folder) rolls back and leaves the last saved version as it
was. A damaged file is set aside, never deleted, and Kabar starts from the latest backup.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kabar_desktop.model.problems import N_, Problem
from kabar_desktop.paths import data_dir

from .backups import list_backups, make_backup, set_aside
from .errors import StoreError, at_open, from_os, from_sqlite, is_corrupt, reason, store_error
from .photo_migration import withheld_notice
from .schema import MIGRATIONS, SCHEMA_VERSION

DB_NAME = "kabar.sqlite"
BACKUP_EVERY = 24 * 3600  # a start makes a backup copy when the newest is older than this
CHECK_ALWAYS_BELOW = 64 * 1024 * 1024  # smaller databases are checked at every start

Clock = Callable[[], float]


def database_path() -> Path:
    return data_dir() / DB_NAME


@dataclass
class OpenResult:
    """What happened while opening, for the window to say (``notices()``)."""

    path: Path
    created: bool = False
    migrated_from: int | None = None
    migration_backup: Path | None = None
    corrupt_copy: Path | None = None  # the damaged file, set aside
    restored_from: Path | None = None  # the backup copy Kabar started from
    started_empty: bool = False  # damaged, and no backup copy could be used
    crashed: bool = False  # the last session did not end with a clean close
    last_opened: int | None = None  # the draft open when the last session ended
    warnings: list[Problem] = field(default_factory=list)

    def notices(self) -> list[Problem]:
        out = []
        if self.corrupt_copy and self.restored_from:
            out.append(
                Problem(
                    "",
                    N_(
                        "Kabar's database was damaged: it was set aside as {aside}, and Kabar "
                        "started from the backup copy {backup}"
                    ),
                    {"aside": self.corrupt_copy.name, "backup": self.restored_from.name},
                )
            )
        elif self.corrupt_copy:
            out.append(
                Problem(
                    "",
                    N_(
                        "Kabar's database was damaged and no backup copy could be used: it was "
                        "set aside as {aside}, and Kabar started with an empty one"
                    ),
                    {"aside": self.corrupt_copy.name},
                )
            )
        if self.migration_backup:
            out.append(
                Problem(
                    "",
                    N_("Kabar's database was upgraded; a copy of the old one is kept as {backup}"),
                    {"backup": str(self.migration_backup)},
                )
            )
        if self.crashed:
            out.append(
                Problem(
                    "",
                    N_(
                        "Kabar was not closed properly last time; "
                        "everything saved up to then is back"
                    ),
                )
            )
        return out + self.warnings


class _Damaged(Exception):
    pass


class Database:
    """One connection to Kabar's database; open it with ``Database.open``."""

    def __init__(self, path: Path, conn: sqlite3.Connection, clock: Clock, result: OpenResult):
        self.path = path
        self.conn = conn
        self.clock = clock
        self.opened = result
        self.session = False
        self.damaged = False  # a query met damage: the next start checks the whole file
        self._depth = 0

    @classmethod
    def open(
        cls, path: Path | None = None, *, session: bool = False, clock: Clock = time.time
    ) -> Database:
        """Open (or create) the database; ``session=True`` for the window, which tracks crashes.

        Raises ``StoreError`` when the database cannot be used at all (a read-only folder, a
        newer Kabar's schema); damage is repaired from a backup and reported in ``opened``.
        """
        path = Path(path) if path is not None else database_path()
        try:
            return cls._open(path, session, clock)
        except StoreError as exc:
            raise at_open(exc, path) from None

    @classmethod
    def _open(cls, path: Path, session: bool, clock: Clock) -> Database:
        result = OpenResult(path=path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fresh = not path.exists() or path.stat().st_size == 0
        except OSError as exc:
            raise from_os(exc, path) from None
        result.created = fresh
        try:
            conn = _checked(path, fresh, session, result)
        except _Damaged:
            try:
                result.corrupt_copy, result.restored_from = set_aside(path, clock())
                conn = _connect(path)
            except OSError as exc:
                raise from_os(exc, path) from None
            except sqlite3.Error as exc:
                raise from_sqlite(exc, path) from None
            result.started_empty = result.created = result.restored_from is None
        except sqlite3.Error as exc:
            raise from_sqlite(exc, path) from None
        db = cls(path, conn, clock, result)
        try:
            db._migrate()
            if session:
                db._start_session()
            db._backup_if_due()
        except BaseException:
            conn.close()
            raise
        return db

    # --- transactions and queries ----------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All or nothing; a fault rolls back and becomes a ``StoreError``. Nests."""
        if self._depth:
            self._depth += 1
            try:
                yield self.conn
            finally:
                self._depth -= 1
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            self._depth = 1
            yield self.conn
            self.conn.execute("COMMIT")
        except BaseException as exc:
            if self.conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error | OSError | UnicodeError):
                raise self._error(exc) from None
            raise
        finally:
            self._depth = 0

    def query(self, sql: str, params: tuple | list = ()) -> list[tuple]:
        try:
            return self.conn.execute(sql, params).fetchall()
        except (sqlite3.Error, UnicodeError) as exc:
            raise self._error(exc) from None

    def _error(self, exc: BaseException) -> StoreError:
        error = from_sqlite(exc, self.path)
        if error.kind == "corrupt":
            self.damaged = True
        return error

    def get_meta(self, key: str) -> str | None:
        rows = self.query("SELECT value FROM meta WHERE key = ?", (key,))
        return rows[0][0] if rows else None

    def set_meta(self, key: str, value: str | None) -> None:
        with self.transaction() as c:
            if value is None:
                c.execute("DELETE FROM meta WHERE key = ?", (key,))
            else:
                c.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    # --- session: did the last one end cleanly? --------------------------------------------
    def _start_session(self) -> None:
        last = self.get_meta("last_opened")
        self.opened.last_opened = int(last) if last and last.isdigit() else None
        self.set_meta("session", "open")
        self.session = True

    def close(self, clean: bool = True) -> None:
        """Close; ``clean=True`` records that this session ended properly (not a crash)."""
        if self.conn is None:
            return
        if self.session and clean and not self.damaged:
            with contextlib.suppress(StoreError):
                self.set_meta("session", "closed")
        with contextlib.suppress(sqlite3.Error):
            self.conn.execute("PRAGMA optimize")
        self.conn.close()
        self.conn = None  # type: ignore[assignment]

    # --- schema ----------------------------------------------------------------------------
    def _migrate(self) -> None:
        version = self.query("PRAGMA user_version")[0][0]
        if version > SCHEMA_VERSION:
            raise store_error(
                "newer",
                N_(
                    "Kabar's database was made by a newer Kabar "
                    "(schema {found}; this one knows {known})"
                ),
                found=version,
                known=SCHEMA_VERSION,
            )
        if version == SCHEMA_VERSION:
            return
        if version > 0:  # data to protect: copy the file first, or change nothing
            try:
                self.opened.migration_backup = self.backup(f"before-v{SCHEMA_VERSION}")
            except StoreError as exc:
                raise store_error(
                    exc.kind,
                    N_(
                        "Kabar's database could not be copied before upgrading it ({reason}); "
                        "nothing was changed"
                    ),
                    reason=reason(exc.kind, exc.problem.message()),
                ) from None
            self.opened.migrated_from = version
        for target in range(version + 1, SCHEMA_VERSION + 1):
            with self.transaction() as c:
                MIGRATIONS[target](c)
                c.execute(f"PRAGMA user_version = {target}")
        if 0 < version < 4:  # photos stored before the one photo door were cleaned
            try:
                notice = withheld_notice(self.conn)
            except (sqlite3.Error, UnicodeError) as exc:
                raise self._error(exc) from None
            if notice is not None:
                self.opened.warnings.append(notice)

    # --- backups ---------------------------------------------------------------------------
    def backups(self) -> list[Path]:
        return list_backups(self.path)

    def backup(self, label: str = "") -> Path:
        """A consistent copy of the database in ``backups/``, written whole or not at all."""
        return make_backup(self.conn, self.path, self.clock(), label)

    def _backup_if_due(self) -> None:
        if self.opened.created and not self.opened.restored_from:
            return
        existing = self.backups()
        newest = existing[0].stat().st_mtime if existing else None
        if newest is not None and self.clock() - newest < BACKUP_EVERY:
            return
        try:
            self.backup()
        except StoreError as exc:
            self.opened.warnings.append(
                Problem(
                    "",
                    N_("no backup copy of Kabar's database could be made ({reason})"),
                    {"reason": reason(exc.kind, exc.problem.message())},
                )
            )


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, timeout=5.0)
    try:
        conn.execute("PRAGMA auto_vacuum = INCREMENTAL")  # takes effect on a new file only
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_size_limit = 8388608")
        conn.execute("PRAGMA cache_size = -16000")
    except BaseException:
        conn.close()
        raise
    return conn


def _checked(path: Path, fresh: bool, session: bool, result: OpenResult) -> sqlite3.Connection:
    """Connect, and check the whole file after a crash (or always, while it is small)."""
    conn = None
    try:
        conn = _connect(path)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if session and not fresh and version >= 1:
            row = conn.execute("SELECT value FROM meta WHERE key = 'session'").fetchone()
            result.crashed = row is not None and row[0] == "open"
        check = not fresh and (result.crashed or path.stat().st_size < CHECK_ALWAYS_BELOW)
        if check and conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise _Damaged()
        return conn
    except sqlite3.DatabaseError as exc:
        if conn is not None:
            conn.close()
        if is_corrupt(exc):
            raise _Damaged() from None
        raise
    except _Damaged:
        if conn is not None:
            conn.close()
        raise
