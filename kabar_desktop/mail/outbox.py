"""Messages waiting to be sent, kept in ``outbox.sqlite`` until the server has accepted them.

Why each message reaches the server once (docs/mail.md has the whole argument):

- A message is stored whole, as the bytes that will be sent, with its Message-ID. Every retry,
  in this process or after a restart, sends those same bytes.
- Before talking to the server, the row is marked ``sending`` and committed; it is marked
  ``sent`` only after the server answered 250 to the end of the message. A refusal (4xx, 5xx)
  means the server does not have it, so a retry cannot make a second copy.
- One sender at a time: ``send_due`` holds an operating-system lock on ``outbox.lock`` while it
  sends (the window and ``kabar outbox`` may run together). The lock dies with its process, so
  a ``sending`` row found while holding it was left by a sender that was killed: it is sent
  again, flagged ``uncertain``.
- What remains: the server accepted, but its 250 never arrived (a cut line, a kill between the
  reply and our commit). Then the retry is a second copy with the same Message-ID, which mail
  servers and programs recognise as the same message. SMTP offers no way to ask "do you have
  it?", so this window cannot be closed from the sending side, only made small.

Used from one thread; the window's worker opens its own ``Outbox``.
"""

from __future__ import annotations

import json
import sqlite3
import ssl
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import getaddresses
from pathlib import Path
from typing import BinaryIO

from kabar_desktop import paths
from kabar_desktop.mail.smtp import DEFAULT_TIMEOUT, Outcome, deliver
from kabar_desktop.model.problems import N_, Msg, Problem
from kabar_desktop.settings import SmtpAccount

SCHEMA_VERSION = 1
STATES = ("waiting", "sending", "sent", "failed")
STATE_LABELS = {  # each state as the outbox's list shows it (both faces)
    "waiting": N_("waiting"),
    "sending": N_("sending"),
    "sent": N_("sent"),
    "failed": N_("refused"),
}
FIRST_DELAY = 60.0  # seconds before the first retry; doubled at each attempt
MAX_DELAY = 3600.0  # an office offline for days still sends within the hour it comes back
BUSY_TIMEOUT_MS = 5000

_SCHEMA = """
CREATE TABLE messages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    message_id TEXT NOT NULL UNIQUE,
    subject TEXT NOT NULL,
    recipients TEXT NOT NULL,
    raw BLOB NOT NULL,
    draft_id INTEGER,
    state TEXT NOT NULL CHECK (state IN ('waiting', 'sending', 'sent', 'failed')),
    created REAL NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt REAL NOT NULL,
    uncertain INTEGER NOT NULL DEFAULT 0,
    problem TEXT,
    sent_at REAL
);
CREATE INDEX messages_due ON messages (state, next_attempt);
"""

_INTERRUPTED = N_("Kabar stopped while sending this message; it is sent again, unchanged")


class OutboxError(Exception):
    """The outbox file cannot be used (disk full, damaged, from a newer Kabar)."""

    def __init__(self, problem: Problem):
        super().__init__(str(problem))
        self.problem = problem

    def message(self, translate=lambda s: s) -> str:
        return self.problem.message(translate)


@dataclass(frozen=True)
class Entry:
    """One message as the outbox list shows it."""

    id: int
    message_id: str
    subject: str
    recipients: tuple[str, ...]
    draft_id: int | None
    state: str
    created: float
    attempts: int
    next_attempt: float
    uncertain: bool  # an earlier try may have reached the server
    problem: Problem | None
    sent_at: float | None


@dataclass
class SendReport:
    """What one ``send_due`` run did, for the window's status line or the command line."""

    sent: list[int] = field(default_factory=list)
    waiting: list[tuple[int, Problem]] = field(default_factory=list)  # retried later
    failed: list[tuple[int, Problem]] = field(default_factory=list)  # refused for good
    stopped: Problem | None = None  # the account or the line: the rest waits
    busy: bool = False  # another Kabar is sending; nothing was tried


def outbox_path() -> Path:
    return paths.data_dir() / "outbox.sqlite"


def retry_delay(attempts: int) -> float:
    """Seconds to wait after ``attempts`` failed tries: 1, 2, 4, … minutes, at most an hour."""
    return min(FIRST_DELAY * 2 ** max(attempts - 1, 0), MAX_DELAY)


def _problem_json(problem: Problem | None) -> str | None:
    if problem is None:
        return None
    msgs = sorted(k for k, v in problem.params.items() if isinstance(v, Msg))
    data = {"path": problem.path, "template": problem.template, "params": problem.params}
    return json.dumps({**data, "msgs": msgs})


def _problem_from(text: str | None) -> Problem | None:
    """A stored problem, its message parameters still translatable."""
    if not text:
        return None
    data = json.loads(text)
    params = data.get("params", {})
    for key in data.get("msgs", []):
        params[key] = Msg(params[key])
    return Problem(data.get("path", ""), data["template"], params)


def _fail(exc: Exception) -> OutboxError:
    return OutboxError(Problem("", N_("the outbox cannot be used: {reason}"), {"reason": str(exc)}))


class _SendLock:
    """An exclusive, non-blocking lock on a file; the system releases it if the process dies."""

    def __init__(self, path: Path):
        self.path = path
        self._fh: BinaryIO | None = None

    def acquire(self) -> bool:
        fh = open(self.path, "a+b")  # noqa: SIM115 - held open while the lock is held
        try:
            if sys.platform == "win32":
                import msvcrt

                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.close()
            return False
        self._fh = fh
        return True

    def release(self) -> None:
        if self._fh is not None:
            self._fh.close()  # closing the file releases the lock on every system
            self._fh = None


class Outbox:
    """The persistent queue. ``send_due`` is the only method that talks to a server."""

    def __init__(self, path: Path | None = None, *, clock: Callable[[], float] = time.time):
        self.path = Path(path or outbox_path())
        self.clock = clock
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(
                self.path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000
            )
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=FULL")
            self._migrate()
        except (sqlite3.Error, OSError) as exc:
            raise _fail(exc) from exc
        self._lock = _SendLock(self.path.with_suffix(".lock"))

    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise OutboxError(
                Problem("", N_("the outbox was written by a newer Kabar; update Kabar to use it"))
            )
        if version == 0:
            with self._transaction():
                if self.db.execute("PRAGMA user_version").fetchone()[0] == 0:
                    for statement in filter(str.strip, _SCHEMA.split(";")):
                        self.db.execute(statement)
                    self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def _transaction(self):
        return _Transaction(self.db)

    def close(self) -> None:
        self._lock.release()
        self.db.close()

    def __enter__(self) -> Outbox:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- the queue ----------------------------------------------------------------------------

    def add(self, message: EmailMessage, *, draft_id: int | None = None) -> int:
        """Keep ``message`` for sending, due at once; the same Message-ID is kept only once."""
        message_id = str(message["Message-ID"] or "").strip()
        recipients = [a for _, a in getaddresses([str(v) for v in message.get_all("To", [])]) if a]
        if not message_id or not recipients:
            raise ValueError("a message for the outbox needs a Message-ID and a recipient")
        raw = message.as_bytes(policy=SMTP)
        now = self.clock()
        try:
            with self._transaction():
                self.db.execute(
                    "INSERT INTO messages (message_id, subject, recipients, raw, draft_id, state,"
                    " created, next_attempt) VALUES (?, ?, ?, ?, ?, 'waiting', ?, ?)"
                    " ON CONFLICT (message_id) DO NOTHING",
                    (
                        message_id,
                        str(message["Subject"] or ""),
                        json.dumps(recipients),
                        raw,
                        draft_id,
                        now,
                        now,
                    ),
                )
                row = self.db.execute(
                    "SELECT id FROM messages WHERE message_id = ?", (message_id,)
                ).fetchone()
        except sqlite3.Error as exc:
            raise _fail(exc) from exc
        return int(row[0])

    def entries(self) -> list[Entry]:
        """Every message, the newest first."""
        rows = self._query(
            "SELECT id, message_id, subject, recipients, draft_id, state, created, attempts,"
            " next_attempt, uncertain, problem, sent_at FROM messages ORDER BY id DESC"
        )
        return [
            Entry(
                r[0],
                r[1],
                r[2],
                tuple(json.loads(r[3])),
                r[4],
                r[5],
                r[6],
                r[7],
                r[8],
                bool(r[9]),
                _problem_from(r[10]),
                r[11],
            )
            for r in rows
        ]

    def raw(self, entry_id: int) -> bytes:
        rows = self._query("SELECT raw FROM messages WHERE id = ?", entry_id)
        if not rows:
            raise KeyError(entry_id)
        return bytes(rows[0][0])

    def waiting_count(self) -> int:
        """Messages not yet accepted by the server ("3 messages waiting to be sent")."""
        return self._query("SELECT count(*) FROM messages WHERE state != 'sent'")[0][0]

    def next_due(self) -> float | None:
        """When ``send_due`` next has something to send (for the window's timer)."""
        return self._query(
            "SELECT min(next_attempt) FROM messages WHERE state IN ('waiting', 'sending')"
        )[0][0]

    def remove(self, entry_id: int) -> bool:
        """Drop a message that is not being sent right now; ``False`` if it is."""
        try:
            with self._transaction():
                cur = self.db.execute(
                    "DELETE FROM messages WHERE id = ? AND state != 'sending'", (entry_id,)
                )
        except sqlite3.Error as exc:
            raise _fail(exc) from exc
        return cur.rowcount > 0

    def _query(self, sql: str, *params) -> list[tuple]:
        try:
            return self.db.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise _fail(exc) from exc

    # -- sending ------------------------------------------------------------------------------

    def send_due(
        self,
        account: SmtpAccount,
        password: str | None,
        *,
        force: bool = False,
        timeout: float = DEFAULT_TIMEOUT,
        context: ssl.SSLContext | None = None,
    ) -> SendReport:
        """Send what is due (``force``: everything not sent, refused ones too), oldest first.

        A run stops at the first message that must wait (no line, 4xx, account problem): the
        next would fare no better, and each dead attempt could cost ``timeout`` seconds.
        """
        if not self._lock.acquire():
            return SendReport(busy=True)
        report = SendReport()
        try:
            self._recover()
            tried: set[int] = set()
            while (entry_id := self._next(force, tried)) is not None:
                tried.add(entry_id)
                recipients, raw = self._claim(entry_id)
                outcome = deliver(
                    account, password, raw, recipients, timeout=timeout, context=context
                )
                self._record(entry_id, outcome)
                if outcome.kind == "sent":
                    report.sent.append(entry_id)
                    continue
                problem = outcome.problem
                assert problem is not None  # a delivery that failed says why
                if outcome.kind == "refused":
                    report.failed.append((entry_id, problem))
                else:
                    report.waiting.append((entry_id, problem))
                    report.stopped = problem
                    break
        except sqlite3.Error as exc:
            raise _fail(exc) from exc
        finally:
            self._lock.release()
        return report

    def _recover(self) -> None:
        """Rows left ``sending`` by a sender that died (we hold the lock, so none is alive)."""
        with self._transaction():
            self.db.execute(
                "UPDATE messages SET state = 'waiting', uncertain = 1, next_attempt = ?,"
                " problem = ? WHERE state = 'sending'",
                (self.clock(), _problem_json(Problem("", _INTERRUPTED))),
            )

    def _next(self, force: bool, tried: set[int]) -> int | None:
        states = "('waiting', 'failed')" if force else "('waiting')"
        due = "" if force else " AND next_attempt <= ?"
        params: tuple = () if force else (self.clock(),)
        rows = self.db.execute(
            f"SELECT id FROM messages WHERE state IN {states}{due} ORDER BY next_attempt, id",
            params,
        ).fetchall()
        return next((r[0] for r in rows if r[0] not in tried), None)

    def _claim(self, entry_id: int) -> tuple[list[str], bytes]:
        """Mark the message ``sending`` on disk before a byte of it leaves."""
        with self._transaction():
            self.db.execute(
                "UPDATE messages SET state = 'sending', attempts = attempts + 1 WHERE id = ?",
                (entry_id,),
            )
            recipients, raw = self.db.execute(
                "SELECT recipients, raw FROM messages WHERE id = ?", (entry_id,)
            ).fetchone()
        return json.loads(recipients), bytes(raw)

    def _record(self, entry_id: int, outcome: Outcome) -> None:
        now = self.clock()
        with self._transaction():
            if outcome.kind == "sent":
                note = None
                if outcome.refused:
                    note = Problem(
                        "",
                        N_("not delivered to: {addresses}"),
                        {"addresses": ", ".join(outcome.refused)},
                    )
                self.db.execute(
                    "UPDATE messages SET state = 'sent', sent_at = ?, problem = ? WHERE id = ?",
                    (now, _problem_json(note), entry_id),
                )
            elif outcome.kind == "refused":
                self.db.execute(
                    "UPDATE messages SET state = 'failed', problem = ? WHERE id = ?",
                    (_problem_json(outcome.problem), entry_id),
                )
            else:
                attempts = self.db.execute(
                    "SELECT attempts FROM messages WHERE id = ?", (entry_id,)
                ).fetchone()[0]
                self.db.execute(
                    "UPDATE messages SET state = 'waiting', next_attempt = ?, problem = ?,"
                    " uncertain = uncertain OR ? WHERE id = ?",
                    (
                        now + retry_delay(attempts),
                        _problem_json(outcome.problem),
                        int(outcome.uncertain),
                        entry_id,
                    ),
                )


class _Transaction:
    """``BEGIN IMMEDIATE`` … ``COMMIT``, rolled back on any error."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.db.execute("COMMIT")
        else:
            self.db.execute("ROLLBACK")
