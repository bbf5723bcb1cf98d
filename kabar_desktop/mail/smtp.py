"""One delivery attempt to the office's mail server, over TLS with the certificate verified.

Every outcome is a value the outbox can act on, never an exception:

- ``sent``: the server answered 250 to the end of the message; it is the server's now.
- ``retry``: nothing went wrong that waiting cannot fix (no network, 4xx replies, a cut line).
  ``uncertain`` says the line broke after the whole message was sent: the server may have
  accepted it, and the retry (same bytes, same Message-ID) may be a second copy.
- ``refused``: the server refused this message for good (5xx: unknown recipient, too large).
- ``account``: the account itself is wrong (certificate, password, no TLS offered, sender
  refused): no other message will fare better until the user changes the settings.

Kabar never falls back to plain text: no STARTTLS offered means nothing is sent.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import re
import smtplib
import socket
import ssl
from dataclasses import dataclass, field

from kabar_desktop.model.problems import N_, Msg, Problem
from kabar_desktop.settings import SMTP_SECURITY, SmtpAccount

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 30.0  # seconds for connecting and for each reply; a dead line ends in time


@dataclass(frozen=True)
class Outcome:
    """How one sending went, for the outbox to record."""

    kind: str  # sent, retry, refused, account
    problem: Problem | None = None
    uncertain: bool = False  # retry only: the server may have the message already
    refused: tuple[str, ...] = field(default=())  # sent: recipients the server turned down


def account_problems(account: SmtpAccount) -> list[Problem]:
    """What stops this account from sending at all (the settings page shows these)."""
    from kabar_desktop.mail.message import is_address

    out: list[Problem] = []
    if not str(account.host).strip():
        out.append(Problem("smtp.host", N_("the mail server's name is missing")))
    if not isinstance(account.port, int) or not 0 < account.port < 65536:
        out.append(Problem("smtp.port", N_("the port must be a number from 1 to 65535")))
    if account.security not in SMTP_SECURITY:
        out.append(Problem("smtp.security", N_("the security must be STARTTLS or SSL")))
    if not is_address(str(account.from_address).strip()):
        out.append(
            Problem(
                "smtp.from_address",
                N_("{address} is not an email address"),
                {"address": account.from_address},
            )
        )
    return out


def tls_context(account: SmtpAccount) -> ssl.SSLContext:
    """Verify the server's certificate and name: the system's authorities, or the office's own."""
    context = ssl.create_default_context(cafile=account.ca_file.strip() or None)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def _problem(template: str, **params) -> Problem:
    return Problem("", template, params)


def _reply(exc: smtplib.SMTPResponseException) -> str:
    text = exc.smtp_error
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return f"{exc.smtp_code} {' '.join(str(text).split())}"


def _by_code(code: int, reply: str, *, uncertain: bool = False) -> Outcome:
    if 400 <= code < 500:
        return Outcome(
            "retry", _problem(N_("the server asked to try later: {reply}"), reply=reply), uncertain
        )
    return Outcome("refused", _problem(N_("the server refused the message: {reply}"), reply=reply))


def _quoted(raw: bytes) -> bytes:
    """The DATA payload: CRLF line ends, leading dots doubled, the closing ``.`` line."""
    data = re.sub(rb"(?:\r\n|\n|\r(?!\n))", b"\r\n", raw)
    data = re.sub(rb"(?m)^\.", b"..", data)
    if not data.endswith(b"\r\n"):
        data += b"\r\n"
    return data + b".\r\n"


def deliver(
    account: SmtpAccount,
    password: str | None,
    raw: bytes,
    recipients: list[str],
    *,
    timeout: float = DEFAULT_TIMEOUT,
    context: ssl.SSLContext | None = None,
) -> Outcome:
    """Hand ``raw`` (the whole message) to the account's server for ``recipients``."""
    problems = account_problems(account)
    if problems:
        return Outcome("account", problems[0])
    if account.user.strip() and not password:
        needed = N_("the password for {user} is needed")
        return Outcome("account", _problem(needed, user=account.user.strip()))
    host = account.host.strip()
    context = context or tls_context(account)
    progress = _Progress()
    server: smtplib.SMTP | None = None
    try:
        if account.security == "ssl":
            server = smtplib.SMTP_SSL(host, account.port, timeout=timeout, context=context)
        else:
            server = smtplib.SMTP(host, account.port, timeout=timeout)
        return _session(server, account, password, raw, recipients, context, progress)
    except ssl.SSLCertVerificationError as exc:
        log.warning("SMTP %s:%s certificate: %s", host, account.port, exc)
        return Outcome(
            "account",
            _problem(
                N_(
                    "{host} did not prove its identity ({reason}); nothing was sent. Check the "
                    "server's name and this computer's date, or ask for the office's certificate"
                ),
                host=host,
                reason=certificate_reason(exc),
            ),
        )
    except smtplib.SMTPAuthenticationError as exc:
        refused = N_("the server refused the user name or password: {reply}")
        return Outcome("account", _problem(refused, reply=_reply(exc)))
    except smtplib.SMTPNotSupportedError:
        return Outcome("account", _problem(N_("{host} does not accept logging in"), host=host))
    except smtplib.SMTPSenderRefused as exc:
        if 400 <= exc.smtp_code < 500:
            return _by_code(exc.smtp_code, _reply(exc))
        refused = N_("the server refused the sender address: {reply}")
        return Outcome("account", _problem(refused, reply=_reply(exc)))
    except smtplib.SMTPResponseException as exc:  # 421 to any command, a refused greeting
        return _by_code(exc.smtp_code, _reply(exc), uncertain=progress.sent_whole)
    except (smtplib.SMTPException, OSError) as exc:  # cut line, timeout, DNS, TLS handshake
        log.warning("SMTP %s:%s unreachable: %r", host, account.port, exc)  # the OS's own words
        unreachable = N_("cannot reach {host}: {reason}")
        return Outcome(
            "retry",
            _problem(unreachable, host=host, reason=network_reason(exc)),
            uncertain=progress.sent_whole,
        )
    finally:
        if server is not None:
            server.close()


_CERTIFICATE_CODES: dict[int, str] = {  # OpenSSL's X509_V_ERR_* codes a user meets
    9: N_("its certificate is not valid yet"),
    10: N_("its certificate has expired"),
    18: N_("its certificate is self-signed"),
    19: N_("its certificate is signed by an authority this computer does not trust"),
    20: N_("its certificate is signed by an authority this computer does not trust"),
    21: N_("its certificate is signed by an authority this computer does not trust"),
    62: N_("its certificate is for another server name"),
}


def certificate_reason(exc: ssl.SSLCertVerificationError) -> Msg:
    """Why a certificate was refused, in words Kabar translates (OpenSSL's go to the log)."""
    code = exc.verify_code if isinstance(exc.verify_code, int) else -1
    return Msg(_CERTIFICATE_CODES.get(code, N_("its certificate could not be verified")))


def network_reason(exc: BaseException) -> Msg:
    """Why the server could not be reached, in words Kabar translates: the system's own text
    is English (or the system's language) and goes only to the log."""
    if isinstance(exc, socket.timeout | TimeoutError):
        return Msg(N_("no answer in time"))
    if isinstance(exc, ConnectionRefusedError):
        return Msg(N_("the connection was refused (is the server running, is the port right?)"))
    if isinstance(exc, socket.gaierror):
        return Msg(N_("the server's name was not found (check the name and the network)"))
    if isinstance(exc, ssl.SSLCertVerificationError):
        return certificate_reason(exc)
    if isinstance(exc, ssl.SSLError):
        return Msg(N_("the secure connection failed (check the security and the port)"))
    if isinstance(exc, OSError) and exc.errno in (errno.ENETUNREACH, errno.EHOSTUNREACH):
        return Msg(N_("the network cannot reach it (is this computer online?)"))
    cut = (ConnectionError, smtplib.SMTPServerDisconnected)
    if isinstance(exc, cut):
        return Msg(N_("the connection was cut"))
    return Msg(N_("the connection failed"))


@dataclass
class _Progress:
    """How far a session got: past the closing dot, a retry may send twice."""

    sent_whole: bool = False  # the closing "." went out: from here on, the server may have it


def _session(
    server: smtplib.SMTP,
    account: SmtpAccount,
    password: str | None,
    raw: bytes,
    recipients: list[str],
    context: ssl.SSLContext,
    progress: _Progress,
) -> Outcome:
    """The SMTP dialogue; the replies that end it early are returned, the rest raise."""
    server.ehlo()
    if account.security == "starttls":
        if not server.has_extn("starttls"):
            no_tls = N_(
                "{host} does not offer STARTTLS: Kabar sends nothing unencrypted "
                "(try SSL on port 465)"
            )
            return Outcome("account", _problem(no_tls, host=account.host.strip()))
        server.starttls(context=context)
        server.ehlo()
    if account.user.strip():
        server.login(account.user.strip(), password or "")
    code, reply = server.mail(account.from_address.strip())
    if code != 250:
        raise smtplib.SMTPSenderRefused(code, reply, account.from_address)
    refused: dict[str, tuple[int, str]] = {}
    for rcpt in recipients:
        code, reply = server.rcpt(rcpt)
        if code not in (250, 251):
            refused[rcpt] = (code, reply.decode("utf-8", "replace"))
    if len(refused) == len(recipients):
        return _all_refused(refused)
    code, reply = server.docmd("DATA")
    if code != 354:
        return _by_code(code, f"{code} {reply.decode('utf-8', 'replace')}")
    server.send(_quoted(raw))
    progress.sent_whole = True
    code, reply = server.getreply()
    if code != 250:  # the server said no: it does not have the message
        return _by_code(code, f"{code} {reply.decode('utf-8', 'replace')}")
    with contextlib.suppress(smtplib.SMTPException, OSError):
        server.quit()  # accepted is accepted: a lost goodbye changes nothing
    return Outcome("sent", refused=tuple(sorted(refused)))


def _all_refused(refused: dict[str, tuple[int, str]]) -> Outcome:
    code = max(c for c, _ in refused.values())  # any 5xx makes it final
    reply = "; ".join(f"{rcpt}: {c} {text}" for rcpt, (c, text) in refused.items())
    if all(400 <= c < 500 for c, _ in refused.values()):
        return _by_code(min(c for c, _ in refused.values()), reply)
    return _by_code(code, reply)
