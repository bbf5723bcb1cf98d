"""The window's outbox: sending in a worker thread, a line in the status bar, retries on a timer.

Why a thread: a send may wait for a name lookup (DNS has no timeout of ours) and for a slow
server (30 s for each reply); the editor must never wait with it. Each run opens its own
``Outbox`` in the thread (an SQLite connection belongs to one thread) and reports back through
a queued signal. One run at a time per window; a request during a run is done right after it.
A run is ``kabar outbox --send``'s too (``services.mailing.send_outbox``).

Passwords: ``KABAR_SMTP_PASSWORD``, else the keyring, read in the thread too (the keyring may
wait on D-Bus), as the command line reads them (``services.mailing``). When nothing is
stored, the user is asked, but only when they asked to send: a retry on the timer never pops up
a question. A typed password is kept in memory for this session and never written anywhere.
"""

from __future__ import annotations

import contextlib
import copy
import logging
import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from kabar_desktop.i18n import _, ngettext
from kabar_desktop.model.problems import N_, Problem

if TYPE_CHECKING:
    from kabar_desktop.gui.context import WindowContext
    from kabar_desktop.mail.outbox import SendReport
    from kabar_desktop.settings import SmtpAccount

log = logging.getLogger(__name__)

MIN_RETRY_S = 60.0  # after a failed run: a dead line is not tried again at once
SLACK_S = 1.0  # the timer fires just after the message is due, never just before
SENT_MESSAGE_MS = 15000
_LOGIN_REFUSED = "the server refused the user name or password"  # smtp.py's template starts so
# Problems that waiting fixes (smtp.py's templates): the status bar says them, no message box.
_TRANSIENT = ("cannot reach {host}: {reason}", "the server asked to try later: {reply}")


@dataclass
class RunResult:
    """What one run in the thread found, handed to the GUI thread."""

    interactive: bool
    force: bool
    report: SendReport | None = None
    waiting: int = 0  # messages not sent yet (refused ones included)
    next_due: float | None = None  # when the next retry is due (None: nothing to retry)
    sent_to: list[str] = field(default_factory=list)
    needs_password: bool = False
    error: Problem | None = None  # the outbox itself could not be used


def minutes_text(seconds: float) -> str:
    """ "2 minutes": how long until the next try, rounded up (never "0 minutes")."""
    n = max(1, math.ceil(seconds / 60))
    return ngettext("{n} minute", "{n} minutes", n).format(n=n)


class MailSender(QObject):
    """Runs the outbox for ``window``: ``send`` starts a run, the timer starts the retries."""

    changed = Signal()  # the outbox's content may have changed (its dialog refreshes)
    finished = Signal(object)  # a run ended: its RunResult, in the GUI thread
    _done = Signal(object)  # from the worker thread, queued to the GUI thread

    def __init__(self, window: WindowContext):
        super().__init__(window.widget)
        self.setObjectName("mail-sender")
        self.window = window
        self.clock: Callable[[], float] = time.time  # the outbox's clock (tests move it on)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._retry)
        self.status = ""  # the last line shown in the status bar
        self._delay: float | None = None  # seconds until the timer's retry
        self._thread: threading.Thread | None = None
        self._again: tuple[bool, bool] | None = None  # (force, interactive) asked meanwhile
        self._password: str | None = None  # typed in this session; never stored
        self._password_for = ""  # the account (keyring key and user) it was typed for
        self._done.connect(self._finished)

    @property
    def busy(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def settled(self) -> bool:
        """No run is going or still to report, and none was asked for meanwhile: the status
        line and the retry timer are the final ones (a queued run restarts both)."""
        return self._thread is None and self._again is None

    def wait(self, seconds: float = 60.0) -> None:
        """Let a running send end (the window is closing): a message is not cut in half."""
        if self._thread is not None:
            self._thread.join(seconds)

    # --- starting a run --------------------------------------------------------------------
    def send(
        self, *, force: bool = False, interactive: bool = False, password: str | None = None
    ) -> None:
        """Send what is due (``force``: everything not sent). ``interactive``: the user asked,
        so a missing password may be asked for and problems are told in a message box."""
        account = copy.deepcopy(self.window.settings.smtp)
        if not account.is_set:
            return
        if self.busy:
            old_force, old_interactive = self._again or (False, False)
            self._again = (force or old_force, interactive or old_interactive)
            return
        self.timer.stop()
        account_key = f"{account.service_key}|{account.user.strip()}"
        if password:
            self._password, self._password_for = password, account_key
        elif self._password_for != account_key:
            self._password = None  # typed for an account that has changed since
        thread = threading.Thread(
            target=self._run,
            args=(account, self._password, force, interactive),
            name="kabar-outbox",
            daemon=True,  # a send cut by quitting is sent again next time (outbox.py)
        )
        self._thread = thread
        thread.start()

    def _retry(self) -> None:
        self.send()

    def _run(
        self, account: SmtpAccount, password: str | None, force: bool, interactive: bool
    ) -> None:
        """In the worker thread: nothing here touches a widget."""
        result = RunResult(interactive=interactive, force=force)
        try:
            from kabar_desktop.mail.outbox import Outbox, OutboxError
            from kabar_desktop.services.mailing import saved_password, send_outbox

            password = password or saved_password(account)
            try:
                with Outbox(clock=self.clock) as outbox:
                    run = send_outbox(outbox, account, password, force=force)
                result.report, result.sent_to = run.report, run.sent_to
                result.waiting, result.next_due = run.waiting, run.next_due
                result.needs_password = run.needs_password
            except OutboxError as exc:
                result.error = exc.problem
        except Exception as exc:  # told in the window, and logged for whoever helps the user
            log.exception("sending the outbox failed")
            stopped = N_("sending stopped unexpectedly: {reason}")
            result.error = Problem("", stopped, {"reason": exc})
        with contextlib.suppress(RuntimeError):  # the window is gone; the outbox keeps the rest
            self._done.emit(result)

    # --- the end of a run, in the GUI thread -----------------------------------------------
    def _finished(self, result: RunResult) -> None:
        self._thread = None
        self.changed.emit()
        report = result.report
        stopped = report.stopped if report is not None else None
        if stopped is not None and stopped.template.startswith(_LOGIN_REFUSED):
            self._password = None  # a wrong password is not tried again and again
        if result.needs_password and result.interactive and self._ask_password():
            self.send(force=result.force, interactive=True)
            return
        self._schedule(result)
        self._tell(result)
        again, self._again = self._again, None
        if again is not None:
            self.send(force=again[0], interactive=again[1])
        self.finished.emit(result)

    def _ask_password(self) -> bool:
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        account = self.window.settings.smtp
        text, ok = QInputDialog.getText(
            self.window.widget,
            _("Email password"),
            _("Password for {user} at {host}:").format(
                user=account.user.strip(), host=account.host.strip()
            ),
            QLineEdit.EchoMode.Password,
        )
        if ok and text:
            self._password = text
            self._password_for = f"{account.service_key}|{account.user.strip()}"
            return True
        return False

    def _schedule(self, result: RunResult) -> None:
        """The retry timer: when the next message is due, never sooner than a minute after a
        failed run (each try at a dead line can take a timeout)."""
        self.timer.stop()
        self._delay = None
        report = result.report
        busy = report is not None and report.busy
        if result.needs_password or result.error is not None:
            return
        if busy:
            self._delay = MIN_RETRY_S
        elif result.next_due is not None:
            failed = report is not None and report.stopped is not None
            self._delay = max(result.next_due - self.clock(), MIN_RETRY_S if failed else 0.0)
        if self._delay is not None:
            self.timer.start(int((self._delay + SLACK_S) * 1000))

    def _tell(self, result: RunResult) -> None:
        """One line in the status bar; a message box when the user asked and it failed."""
        report = result.report
        problem: Problem | None = result.error
        lines: list[str] = []
        if result.sent_to:
            lines.append(_("Sent to {addresses}").format(addresses=", ".join(result.sent_to)))
        if report is not None and report.busy:
            lines.append(_("Another Kabar is sending the outbox; this one tries again later"))
        elif result.waiting:
            lines.append(self._waiting_text(result))
        if report is not None:
            problem = problem or report.stopped or (report.failed[0][1] if report.failed else None)
        if result.needs_password:
            user = self.window.settings.smtp.user.strip()
            problem = Problem("", N_("the password for {user} is needed"), {"user": user})
        text = "; ".join(lines)
        if problem is not None:
            reason = problem.message(_)
            text = f"{text} ({reason})" if text else reason[:1].upper() + reason[1:]
        if not text:
            return
        self.status = text
        self.window.say(text, SENT_MESSAGE_MS if not result.waiting else 0)
        if (
            result.interactive
            and problem is not None
            and problem.template not in _TRANSIENT
            and not result.needs_password  # asked and cancelled: the status line is enough
            and not result.sent_to
        ):
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self.window.widget, _("Not sent yet"), text)

    def _waiting_text(self, result: RunResult) -> str:
        count = result.waiting
        if self._delay is None:  # only refused messages are left: the user decides
            return ngettext(
                "{count} message not sent: see File ▸ Outbox",
                "{count} messages not sent: see File ▸ Outbox",
                count,
            ).format(count=count)
        return ngettext(
            "{count} message waiting to be sent; Kabar retries in {when}",
            "{count} messages waiting to be sent; Kabar retries in {when}",
            count,
        ).format(count=count, when=minutes_text(self._delay))


def mail_sender(window: WindowContext) -> MailSender:
    """The window's sender, made on first use."""
    sender = window.findChild(MailSender, "mail-sender")
    return sender if sender is not None else MailSender(window)


def resume_outbox(window: WindowContext) -> None:
    """After the window's start: send what an earlier run left waiting, and set the timer."""
    if not window.settings.smtp.is_set:
        return
    from kabar_desktop.mail.outbox import outbox_path

    if outbox_path().exists():
        mail_sender(window).send()
