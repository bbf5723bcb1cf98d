"""One delivery attempt against a real server: TLS verified, never plain text, clear refusals."""

from __future__ import annotations

import socket

import pytest

from kabar_desktop.i18n import _
from kabar_desktop.mail.smtp import deliver

from .mailservers import PASSWORD

RAW = (
    b"From: humas@rudenim-kupang.go.id\r\nTo: kanwil@example.go.id\r\nSubject: Uji\r\n"
    b"Message-ID: <uji-1@rudenim-kupang.go.id>\r\n\r\n.baris berawal titik\r\nisi\r\n"
)


@pytest.mark.parametrize("security", ["starttls", "ssl"])
def test_delivers_over_verified_tls_with_login(smtp_server, security):
    server = smtp_server(security)
    outcome = deliver(server.account(), PASSWORD, RAW, ["kanwil@example.go.id"], timeout=5)
    assert outcome.kind == "sent", outcome.problem
    (delivery,) = server.recorder.deliveries
    assert delivery.message_id == "<uji-1@rudenim-kupang.go.id>"
    assert delivery.authenticated
    assert delivery.mail_from == "humas@rudenim-kupang.go.id"
    assert delivery.rcpt_tos == ["kanwil@example.go.id"]
    assert b"\r\n.baris berawal titik\r\n" in delivery.data  # dot-stuffing undone by the server


@pytest.mark.parametrize(
    ("cert", "trust_system"),
    [("stranger", False), ("wrong-name", False), ("expired", False), ("good", True)],
)
def test_server_with_bad_certificate_is_refused(smtp_server, cert, trust_system):
    """A certificate that is self-signed, for another name, expired, or from an authority the
    account does not trust: nothing is sent, not even the password, and the user is told why."""
    server = smtp_server("starttls", cert)
    account = server.account(ca_file="" if trust_system else str(server.pki.ca))
    outcome = deliver(account, PASSWORD, RAW, ["kanwil@example.go.id"], timeout=5)
    assert outcome.kind == "account"
    assert server.recorder.deliveries == []
    assert server.recorder.logins == []
    text = outcome.problem.message(_)
    assert "127.0.0.1" in text
    assert "sertifikat" in text  # why, in Kabar's own (translated) words
    assert "verify failed" not in text  # OpenSSL's English goes to the log only


def test_no_starttls_means_nothing_sent(smtp_server):
    server = smtp_server("plain")
    outcome = deliver(server.account(), PASSWORD, RAW, ["kanwil@example.go.id"], timeout=5)
    assert outcome.kind == "account"
    assert "STARTTLS" in outcome.problem.message(_)
    assert server.recorder.logins == [] and server.recorder.deliveries == []


def test_wrong_password_is_an_account_problem(smtp_server):
    server = smtp_server()
    outcome = deliver(server.account(), "salah", RAW, ["kanwil@example.go.id"], timeout=5)
    assert outcome.kind == "account"
    assert server.recorder.deliveries == []


def test_refused_recipient_is_final_and_partial_refusal_still_sends(smtp_server):
    server = smtp_server()
    server.recorder.refuse_rcpt = {"hilang@example.go.id"}
    alone = deliver(server.account(), PASSWORD, RAW, ["hilang@example.go.id"], timeout=5)
    assert alone.kind == "refused" and "550" in alone.problem.message(_)
    both = ["kanwil@example.go.id", "hilang@example.go.id"]
    partial = deliver(server.account(), PASSWORD, RAW, both, timeout=5)
    assert partial.kind == "sent" and partial.refused == ("hilang@example.go.id",)
    assert [d.rcpt_tos for d in server.recorder.deliveries] == [["kanwil@example.go.id"]]


def test_no_server_and_silent_server_mean_try_later():
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()  # the system accepts the connection; nobody ever greets
        port = silent.getsockname()[1]
        from kabar_desktop.settings import SmtpAccount

        account = SmtpAccount("127.0.0.1", port, "starttls", "", "humas@rudenim-kupang.go.id")
        outcome = deliver(account, None, RAW, ["kanwil@example.go.id"], timeout=0.5)
    assert outcome.kind == "retry" and not outcome.uncertain
    assert "127.0.0.1" in outcome.problem.message(_)
    closed = deliver(account, None, RAW, ["kanwil@example.go.id"], timeout=0.5)  # port now closed
    assert closed.kind == "retry" and not closed.uncertain


def test_a_refused_connection_is_said_in_kabars_words_and_the_raw_text_is_logged(caplog):
    """Issue 14 #10: the system's English "[Errno 111] Connection refused" never reaches the
    sentence the user reads (it would sit inside an Indonesian one); the log keeps it."""
    from kabar_desktop.settings import SmtpAccount

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed once the block ends: nobody listens there
    account = SmtpAccount("127.0.0.1", port, "starttls", "", "humas@rudenim-kupang.go.id")
    with caplog.at_level("WARNING", logger="kabar_desktop.mail.smtp"):
        outcome = deliver(account, None, RAW, ["kanwil@example.go.id"], timeout=2)
    assert outcome.kind == "retry"
    text = outcome.problem.message(_)
    assert "Errno" not in text and "Connection refused" not in text
    assert _("the connection was refused (is the server running, is the port right?)") in text
    assert "Connection refused" in caplog.text or "Errno" in caplog.text


@pytest.mark.parametrize(
    ("exc", "words"),
    [
        (ConnectionRefusedError(111, "Connection refused"), "the connection was refused"),
        (TimeoutError("timed out"), "no answer in time"),
        (TimeoutError("timed out"), "no answer in time"),
        (socket.gaierror(-2, "Name or service not known"), "the server's name was not found"),
        (OSError(101, "Network is unreachable"), "the network cannot reach it"),
        (ConnectionResetError(104, "Connection reset by peer"), "the connection was cut"),
    ],
)
def test_common_network_errors_map_to_translated_phrases(exc, words):
    from kabar_desktop.i18n import set_language
    from kabar_desktop.mail.smtp import network_reason

    reason = network_reason(exc)
    assert reason.startswith(words)
    said = _(reason)  # the tests run in Indonesian
    assert said != reason and str(exc.args[-1]) not in said
    set_language("en")
    assert _(reason) == reason


def test_a_certificate_reason_is_translated():
    import ssl

    from kabar_desktop.mail.smtp import certificate_reason

    exc = ssl.SSLCertVerificationError(1, "certificate verify failed: certificate has expired")
    exc.verify_code, exc.verify_message = 10, "certificate has expired"
    assert certificate_reason(exc) == "its certificate has expired"
    exc.verify_code = 4242
    assert certificate_reason(exc) == "its certificate could not be verified"
