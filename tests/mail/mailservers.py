"""Real SMTP servers for the mail tests: aiosmtpd on 127.0.0.1, TLS with certificates made here.

The handler records every message it accepts and can be told, message by message, to fail in
the ways a real server or line fails: a 421/451 reply, a line cut before or after accepting,
a reply held back until the test says so (to kill the sender meanwhile).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import ipaddress
import shutil
import ssl
import subprocess
import threading
from collections import deque
from dataclasses import dataclass, field
from email import message_from_bytes
from email.policy import default
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

USER, PASSWORD = "humas", "rahasia-kanwil"


# -- certificates ------------------------------------------------------------------------------


@dataclass
class Pki:
    """A certificate authority and server certificates it signed, as PEM files in ``folder``."""

    folder: Path
    ca: Path  # what the client trusts

    def server(self, name: str) -> tuple[Path, Path]:
        return self.folder / f"{name}.crt", self.folder / f"{name}.key"


def make_pki(folder: Path, *, use_openssl: bool = False) -> Pki:
    """``good`` (for 127.0.0.1), ``wrong-name``, ``expired``, and ``stranger`` (self-signed)."""
    try:
        if use_openssl:
            raise ImportError
        import cryptography  # noqa: F401
    except ImportError:
        return _openssl_pki(folder)
    return _cryptography_pki(folder)


def _cryptography_pki(folder: Path) -> Pki:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = dt.datetime.now(dt.UTC)

    def key():
        return ec.generate_private_key(ec.SECP256R1())

    def name(cn: str) -> x509.Name:
        return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])

    def write(stem: str, cert, private) -> None:
        (folder / f"{stem}.crt").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        (folder / f"{stem}.key").write_bytes(
            private.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )

    def cert(subject, issuer, public, signer, *, ca=False, sans=(), days=(-1, 30)):
        builder = (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(issuer)
            .public_key(public)
            .serial_number(x509.random_serial_number())
            .not_valid_before(now + dt.timedelta(days=days[0]))
            .not_valid_after(now + dt.timedelta(days=days[1]))
            .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        )
        if sans:
            builder = builder.add_extension(x509.SubjectAlternativeName(list(sans)), critical=False)
        if ca:
            usage = x509.KeyUsage(
                digital_signature=True, content_commitment=False, key_encipherment=False,
                data_encipherment=False, key_agreement=False, key_cert_sign=True, crl_sign=True,
                encipher_only=False, decipher_only=False,
            )  # fmt: skip
            builder = builder.add_extension(usage, critical=True)
            builder = builder.add_extension(
                x509.SubjectKeyIdentifier.from_public_key(public), critical=False
            )
        else:
            builder = builder.add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(signer.public_key()),
                critical=False,
            )
        return builder.sign(signer, hashes.SHA256())

    ca_key = key()
    ca_cert = cert(name("Kanwil Test CA"), name("Kanwil Test CA"), ca_key.public_key(), ca_key,
                   ca=True, days=(-1, 365))  # fmt: skip
    write("ca", ca_cert, ca_key)
    local = (x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost"))
    for stem, sans, days in (
        ("good", local, (-1, 30)),
        ("wrong-name", (x509.DNSName("mail.example.go.id"),), (-1, 30)),
        ("expired", local, (-60, -30)),
    ):
        k = key()
        write(stem, cert(name(stem), ca_cert.subject, k.public_key(), ca_key, sans=sans,
                         days=days), k)  # fmt: skip
    k = key()
    write("stranger", cert(name("127.0.0.1"), name("127.0.0.1"), k.public_key(), k, sans=local), k)
    return Pki(folder, folder / "ca.crt")


def _openssl_pki(folder: Path) -> Pki:
    """The same certificates with the ``openssl`` command (when ``cryptography`` is missing)."""
    openssl = shutil.which("openssl")
    if openssl is None:
        raise RuntimeError("the mail tests need the cryptography package or the openssl command")

    def run(*args: str) -> None:
        subprocess.run([openssl, *args], cwd=folder, check=True, capture_output=True)

    run("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
        "-keyout", "ca.key", "-out", "ca.crt", "-days", "365", "-subj", "/CN=Kanwil Test CA",
        "-addext", "basicConstraints=critical,CA:TRUE",
        "-addext", "keyUsage=critical,keyCertSign,cRLSign")  # fmt: skip
    local = "subjectAltName=IP:127.0.0.1,DNS:localhost"
    for stem, san, days in (
        ("good", local, "30"),
        ("wrong-name", "subjectAltName=DNS:mail.example.go.id", "30"),
    ):
        run("req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
            "-keyout", f"{stem}.key", "-out", f"{stem}.csr", "-subj", f"/CN={stem}")  # fmt: skip
        (folder / f"{stem}.ext").write_text(f"{san}\nbasicConstraints=CA:FALSE\n")
        run("x509", "-req", "-in", f"{stem}.csr", "-CA", "ca.crt", "-CAkey", "ca.key",
            "-CAcreateserial", "-out", f"{stem}.crt", "-days", days,
            "-extfile", f"{stem}.ext")  # fmt: skip
    # openssl x509 cannot date a certificate in the past: the expired one reuses "good".
    shutil.copy(folder / "good.crt", folder / "expired.crt")
    shutil.copy(folder / "good.key", folder / "expired.key")
    run("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
        "-keyout", "stranger.key", "-out", "stranger.crt", "-days", "30", "-subj", "/CN=127.0.0.1",
        "-addext", local)  # fmt: skip
    return Pki(folder, folder / "ca.crt")


def server_context(pki: Pki, name: str = "good") -> ssl.SSLContext:
    crt, key = pki.server(name)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(crt, key)
    return context


# -- the server --------------------------------------------------------------------------------


@dataclass
class Delivery:
    message_id: str
    mail_from: str
    rcpt_tos: list[str]
    data: bytes
    authenticated: bool


@dataclass
class Recorder:
    """The server's side: what it accepted, and the faults it plays, one per message."""

    deliveries: list[Delivery] = field(default_factory=list)
    faults: deque = field(default_factory=deque)
    attempts: int = 0  # messages whose whole data reached the server
    refuse_rcpt: set[str] = field(default_factory=set)
    data_seen: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)
    logins: list[tuple[str, str]] = field(default_factory=list)

    def per_message_id(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for d in self.deliveries:
            counts[d.message_id] = counts.get(d.message_id, 0) + 1
        return counts

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        if address in self.refuse_rcpt:
            return "550 5.1.1 no such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        self.attempts += 1
        fault = self.faults.popleft() if self.faults else "accept"
        if fault[:1].isdigit():  # "421 4.3.2 ...": a refusal, the server keeps nothing
            return fault
        if fault == "cut-before-accept":
            server.transport.abort()
            return "250 OK"  # never reaches the client
        if fault == "cut-after-accept":
            self._record(session, envelope)
            server.transport.abort()
            return "250 OK"
        if fault in ("hold", "accept-then-hold"):
            if fault == "accept-then-hold":
                self._record(session, envelope)
            self.data_seen.set()
            while not self.release.is_set():
                await asyncio.sleep(0.01)
            if fault == "accept-then-hold" or server.transport is None:
                return "250 OK"
            if server.transport.is_closing():
                return "250 OK"
        self._record(session, envelope)
        return "250 OK"

    def _record(self, session, envelope) -> None:
        data = envelope.original_content or envelope.content
        message = message_from_bytes(data, policy=default)
        self.deliveries.append(
            Delivery(
                str(message["Message-ID"]),
                envelope.mail_from,
                list(envelope.rcpt_tos),
                data,
                bool(session.authenticated),
            )
        )

    def authenticate(self, server, session, envelope, mechanism, auth_data) -> AuthResult:
        if not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        login, password = auth_data.login.decode(), auth_data.password.decode()
        self.logins.append((login, password))
        return AuthResult(success=(login, password) == (USER, PASSWORD), handled=False)


class _Controller(Controller):
    """aiosmtpd's controller on a port the system picks (port 0), so parallel runs never clash."""

    def _trigger_server(self):
        self.port = self.server.sockets[0].getsockname()[1]
        super()._trigger_server()


def start_server(
    recorder: Recorder, *, security: str, context: ssl.SSLContext | None, port: int = 0
):
    """``security``: starttls, ssl, or plain (a server that offers no TLS at all). ``port``:
    0 lets the system pick; a fixed one brings a server up where a client already waits."""
    kwargs: dict = {"hostname": "127.0.0.1", "port": port, "authenticator": recorder.authenticate}
    if security == "ssl":
        # aiosmtpd only counts STARTTLS as TLS; on SMTPS the whole line is TLS already.
        kwargs.update(ssl_context=context, auth_require_tls=False)
    elif security == "starttls":
        kwargs.update(tls_context=context, require_starttls=True)
    controller = _Controller(recorder, **kwargs)
    controller.start()
    return controller
