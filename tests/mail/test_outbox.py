"""The outbox sends each message once across retries and restarts, and says what it could not.

The server here is real (aiosmtpd over STARTTLS); it records what it accepted. Where the
server accepted a message but its reply was lost, SMTP leaves the sender no way to know: those
tests say so and check what the receiving side relies on instead, the same Message-ID.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kabar_desktop.mail.message import build_message
from kabar_desktop.mail.outbox import Outbox, OutboxError, retry_delay
from kabar_desktop.model.draft_file import read_draft

from .mailservers import PASSWORD

HERE = Path(__file__).parent


class Clock:
    """Time that moves only when the test says: retries are due exactly when they should be."""

    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def message(sample_path):
    def make(to: str = "kanwil@example.go.id"):
        return build_message(
            read_draft(sample_path), to=[to], sender="humas@rudenim-kupang.go.id",
            office="Rudenim Kupang",
        )  # fmt: skip

    return make


@pytest.fixture
def outbox_file(tmp_path) -> Path:
    return tmp_path / "data" / "outbox.sqlite"


def test_sends_once_then_has_nothing_to_send(smtp_server, message, outbox_file, clock):
    server = smtp_server()
    with Outbox(outbox_file, clock=clock) as outbox:
        msg = message()
        entry_id = outbox.add(msg, draft_id=7)
        assert outbox.add(msg) == entry_id  # pressing "send" twice keeps one message
        assert outbox.waiting_count() == 1
        report = outbox.send_due(server.account(), PASSWORD, timeout=5)
        assert report.sent == [entry_id] and report.stopped is None
        assert outbox.send_due(server.account(), PASSWORD, timeout=5).sent == []
        (entry,) = outbox.entries()
        assert (entry.state, entry.attempts, entry.draft_id) == ("sent", 1, 7)
        assert outbox.waiting_count() == 0
    assert server.recorder.per_message_id() == {msg["Message-ID"]: 1}


@pytest.mark.parametrize(
    "faults",
    [
        ["421 4.3.2 Service not available, closing channel"],
        ["451 4.3.0 Temporary failure, try later"],
        ["451 4.7.1 Greylisted", "421 4.3.2 Too busy"],
    ],
)
def test_server_errors_retry_with_backoff_and_deliver_once(
    smtp_server, message, outbox_file, clock, faults
):
    server = smtp_server()
    server.recorder.faults.extend(faults)
    with Outbox(outbox_file, clock=clock) as outbox:
        msg = message()
        outbox.add(msg)
        for attempt, fault in enumerate(faults, 1):
            report = outbox.send_due(server.account(), PASSWORD, timeout=5)
            assert report.sent == [] and fault[:3] in report.stopped.message()
            (entry,) = outbox.entries()
            assert entry.state == "waiting" and entry.attempts == attempt
            assert entry.next_attempt == clock.now + retry_delay(attempt)
            tried = server.recorder.attempts
            clock.advance(retry_delay(attempt) - 1)
            assert outbox.send_due(server.account(), PASSWORD, timeout=5).sent == []
            assert server.recorder.attempts == tried  # not due yet: the server hears nothing
            clock.advance(1)
        assert len(outbox.send_due(server.account(), PASSWORD, timeout=5).sent) == 1
    assert retry_delay(1) < retry_delay(2) < retry_delay(3)
    assert server.recorder.per_message_id() == {msg["Message-ID"]: 1}


def test_line_cut_before_the_server_accepted(smtp_server, message, outbox_file, clock):
    """The line broke after the whole message left: Kabar cannot know the server dropped it, so
    it marks the message uncertain and sends it again; this server had kept nothing."""
    server = smtp_server()
    server.recorder.faults.append("cut-before-accept")
    with Outbox(outbox_file, clock=clock) as outbox:
        msg = message()
        outbox.add(msg)
        assert outbox.send_due(server.account(), PASSWORD, timeout=5).stopped is not None
        assert outbox.entries()[0].uncertain
        clock.advance(retry_delay(1))
        assert len(outbox.send_due(server.account(), PASSWORD, timeout=5).sent) == 1
    assert server.recorder.per_message_id() == {msg["Message-ID"]: 1}


def test_reply_lost_after_the_server_accepted(smtp_server, message, outbox_file, clock):
    """Honest about the case SMTP cannot settle: the server accepted, its 250 never arrived.
    The retry is a second copy; it is byte for byte the same message with the same Message-ID,
    which is how the receiving side recognises it (one message after dropping duplicates)."""
    server = smtp_server()
    server.recorder.faults.append("cut-after-accept")
    with Outbox(outbox_file, clock=clock) as outbox:
        msg = message()
        outbox.add(msg)
        outbox.send_due(server.account(), PASSWORD, timeout=5)
        (entry,) = outbox.entries()
        assert entry.state == "waiting" and entry.uncertain  # shown as "may have arrived"
        clock.advance(retry_delay(1))
        outbox.send_due(server.account(), PASSWORD, timeout=5)
        assert outbox.entries()[0].state == "sent"
    first, second = server.recorder.deliveries
    assert first.message_id == second.message_id == msg["Message-ID"]
    assert first.data == second.data
    assert len({d.message_id for d in server.recorder.deliveries}) == 1


def test_new_outbox_instance_resends_the_same_message(smtp_server, message, outbox_file, clock):
    server = smtp_server()
    server.recorder.faults.append("451 4.3.0 try later")
    msg = message()
    with Outbox(outbox_file, clock=clock) as outbox:
        outbox.add(msg)
        outbox.send_due(server.account(), PASSWORD, timeout=5)
    clock.advance(retry_delay(1))
    with Outbox(outbox_file, clock=clock) as restarted:  # Kabar closed and opened again
        assert restarted.waiting_count() == 1
        assert len(restarted.send_due(server.account(), PASSWORD, timeout=5).sent) == 1
        assert restarted.send_due(server.account(), PASSWORD, timeout=5, force=True).sent == []
    assert server.recorder.per_message_id() == {msg["Message-ID"]: 1}


def _child(outbox_file: Path, server) -> subprocess.Popen:
    account = server.account()
    spec = {"outbox": str(outbox_file), "account": vars(account), "password": PASSWORD}
    return subprocess.Popen(
        [sys.executable, str(HERE / "send_child.py"), json.dumps(spec)],
        stdout=subprocess.PIPE,
        text=True,
    )


def _kill_while_held(child: subprocess.Popen, server) -> None:
    assert server.recorder.data_seen.wait(30), "the child never sent the message"
    child.kill()
    child.wait(30)
    server.recorder.release.set()


def test_killed_while_sending_is_sent_once_after_restart(smtp_server, message, outbox_file):
    """Kabar is killed after the whole message left but before the server answered (the server
    then keeps nothing, as a server does when the client is gone before its reply)."""
    server = smtp_server()
    server.recorder.faults.append("hold")
    msg = message()
    with Outbox(outbox_file) as outbox:
        outbox.add(msg)
    _kill_while_held(_child(outbox_file, server), server)
    assert server.recorder.deliveries == []
    with Outbox(outbox_file) as restarted:
        (entry,) = restarted.entries()
        assert entry.state == "sending"  # as the killed process left it
        report = restarted.send_due(server.account(), PASSWORD, timeout=5)
        assert len(report.sent) == 1
        assert restarted.entries()[0].uncertain
    assert server.recorder.per_message_id() == {msg["Message-ID"]: 1}


def test_killed_after_the_server_accepted_resends_same_message_id(
    smtp_server, message, outbox_file
):
    """The remaining window, shown honestly: the server had accepted when Kabar was killed.
    After the restart the message goes again, the same bytes under the same Message-ID."""
    server = smtp_server()
    server.recorder.faults.append("accept-then-hold")
    msg = message()
    with Outbox(outbox_file) as outbox:
        outbox.add(msg)
    _kill_while_held(_child(outbox_file, server), server)
    with Outbox(outbox_file) as restarted:
        assert len(restarted.send_due(server.account(), PASSWORD, timeout=5).sent) == 1
    first, second = server.recorder.deliveries
    assert first.message_id == second.message_id == msg["Message-ID"]
    assert first.data == second.data


def test_a_second_sender_waits_instead_of_sending_twice(smtp_server, message, outbox_file):
    """The window and `kabar outbox` at once: while one sends, the other tries nothing."""
    server = smtp_server()
    server.recorder.faults.append("hold")
    msg = message()
    with Outbox(outbox_file) as outbox:
        outbox.add(msg)
    child = _child(outbox_file, server)
    try:
        assert server.recorder.data_seen.wait(30)
        with Outbox(outbox_file) as other:
            report = other.send_due(server.account(), PASSWORD, timeout=5, force=True)
            assert report.busy and report.sent == []
    finally:
        server.recorder.release.set()
    out, _ = child.communicate(timeout=30)
    assert json.loads(out)["sent"] == [1]
    with Outbox(outbox_file) as outbox:
        assert outbox.send_due(server.account(), PASSWORD, timeout=5).sent == []
    assert server.recorder.per_message_id() == {msg["Message-ID"]: 1}


def test_refused_message_waits_for_the_user(smtp_server, message, outbox_file, clock):
    server = smtp_server()
    server.recorder.refuse_rcpt = {"salah-ketik@example.go.id"}
    with Outbox(outbox_file, clock=clock) as outbox:
        bad = outbox.add(message("salah-ketik@example.go.id"))
        good = outbox.add(message())
        report = outbox.send_due(server.account(), PASSWORD, timeout=5)
        assert report.sent == [good] and [i for i, _ in report.failed] == [bad]
        assert "550" in report.failed[0][1].message()
        clock.advance(10 * 24 * 3600)
        assert outbox.send_due(server.account(), PASSWORD, timeout=5).failed == []
        server.recorder.refuse_rcpt = set()  # the office created the mailbox
        assert outbox.send_due(server.account(), PASSWORD, timeout=5, force=True).sent == [bad]
        assert outbox.remove(bad) and [e.id for e in outbox.entries()] == [good]


def test_account_problem_stops_the_run_and_keeps_everything(smtp_server, message, outbox_file):
    server = smtp_server("starttls", "wrong-name")
    with Outbox(outbox_file) as outbox:
        outbox.add(message())
        outbox.add(message())
        report = outbox.send_due(server.account(), PASSWORD, timeout=5)
        assert report.sent == [] and len(report.waiting) == 1  # the second was not even tried
        assert "127.0.0.1" in report.stopped.message()
        assert outbox.waiting_count() == 2
        assert "127.0.0.1" in outbox.entries()[-1].problem.message()  # kept for the list
    assert server.recorder.deliveries == [] and server.recorder.logins == []


def test_outbox_from_a_newer_kabar_is_refused(outbox_file):
    Outbox(outbox_file).close()
    with sqlite3.connect(outbox_file) as db:
        db.execute("PRAGMA user_version = 99")
    with pytest.raises(OutboxError) as err:
        Outbox(outbox_file)
    assert "newer" in err.value.message()
