"""A real WebDAV server (wsgidav on cheroot) on 127.0.0.1, with faults injected in front of it.

``Faults`` is a WSGI middleware: each planned fault fires on the next matching request.
``CutProxy`` is a TCP proxy that can cut a connection in the middle of an upload.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import ipaddress
import re
import socket
import threading
import time
from dataclasses import dataclass
from pathlib import Path

USER, PASSWORD = "humas", "rahasia-123"


@dataclass
class Fault:
    method: str
    path: str  # a regular expression the path must match
    action: str  # status, stall_after, duplicate, delay, gate
    arg: float = 0
    times: int = 1


class Faults:
    """Planned faults; ``seen`` counts requests by method (what reached the server)."""

    def __init__(self, app):
        self.app = app
        self.plan: list[Fault] = []
        self.seen: dict[str, int] = {}
        self.log: list[tuple[str, str]] = []
        self.lock = threading.Lock()
        self.gate = threading.Event()
        self.gate.set()

    def add(self, method: str, action: str, arg: float = 0, *, path: str = "", times: int = 1):
        with self.lock:
            self.plan.append(Fault(method, path, action, arg, times))

    def _take(self, method: str, path: str) -> Fault | None:
        with self.lock:
            self.seen[method] = self.seen.get(method, 0) + 1
            self.log.append((method, path))
            for fault in self.plan:
                if fault.method == method and re.search(fault.path, path):
                    fault.times -= 1
                    if fault.times <= 0:
                        self.plan.remove(fault)
                    return fault
        return None

    def __call__(self, environ, start_response):
        fault = self._take(environ["REQUEST_METHOD"], environ.get("PATH_INFO", ""))
        if fault is None:
            return self.app(environ, start_response)
        if fault.action == "status":  # the server fails without doing anything
            _body(environ)
            code = int(fault.arg)
            start_response(f"{code} Fault", [("Content-Length", "0")])
            return [b""]
        if fault.action == "delay":
            time.sleep(fault.arg)
            return self.app(environ, start_response)
        if fault.action == "gate":  # hold the request until the test opens the gate
            self.gate.wait(30)
            return self.app(environ, start_response)
        if fault.action == "stall_after":  # do the work, then answer too late
            result = _run(self.app, environ)
            time.sleep(fault.arg)
            return _answer(result, start_response)
        if fault.action == "duplicate":  # the same request arrives twice
            body = _body(environ)
            _run(self.app, {**environ, "wsgi.input": io.BytesIO(body)})
            second = _run(self.app, {**environ, "wsgi.input": io.BytesIO(body)})
            return _answer(second, start_response)
        raise AssertionError(fault.action)


def _body(environ) -> bytes:
    length = int(environ.get("CONTENT_LENGTH") or 0)
    return environ["wsgi.input"].read(length) if length else b""


def _run(app, environ):
    captured = {}

    def start_response(status, headers, exc_info=None):
        captured["status"], captured["headers"] = status, headers

    chunks = app(environ, start_response)
    try:
        body = b"".join(chunks)
    finally:
        if hasattr(chunks, "close"):
            chunks.close()
    return captured["status"], captured["headers"], body


def _answer(result, start_response):
    status, headers, body = result
    start_response(status, headers)
    return [body]


class DavServer:
    """wsgidav serving ``root`` (user ``USER``), behind ``Faults``; ``url`` is its address."""

    def __init__(self, root: Path, tls: tuple[Path, Path] | None = None):
        from cheroot import wsgi
        from wsgidav.wsgidav_app import WsgiDAVApp

        config = {
            "provider_mapping": {"/": str(root)},
            "simple_dc": {"user_mapping": {"*": {USER: {"password": PASSWORD}}}},
            "http_authenticator": {
                "accept_basic": True,
                "accept_digest": False,
                "default_to_digest": False,
            },
            "verbose": 0,
            "logging": {"enable": False},
            "dir_browser": {"enable": False},
            "lock_storage": True,
            "property_manager": None,
        }
        self.root = root
        self.faults = Faults(WsgiDAVApp(config))
        self.server = wsgi.Server(("127.0.0.1", 0), self.faults, numthreads=8)
        self.server.shutdown_timeout = 0.1
        if tls:
            from cheroot.ssl.builtin import BuiltinSSLAdapter

            self.server.ssl_adapter = BuiltinSSLAdapter(str(tls[0]), str(tls[1]))
        self.server.prepare()
        self.port = self.server.bind_addr[1]
        self.url = f"{'https' if tls else 'http'}://127.0.0.1:{self.port}/"
        self.thread = threading.Thread(target=self.server.serve, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.faults.gate.set()
        self.server.stop()
        self.thread.join(10)


class CutProxy:
    """Forwards 127.0.0.1:port to the server; ``cut_next_put(n)`` closes the connection after
    ``n`` bytes of the next PUT request went through (the server got half an upload)."""

    def __init__(self, upstream_port: int):
        self.upstream = upstream_port
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}/"
        self.cut_after: int | None = None
        self.cuts = 0
        self.lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def cut_next_put(self, after: int) -> None:
        self.cut_after = after

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(("127.0.0.1", self.upstream))
            threading.Thread(target=self._pump, args=(client, server, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client, False), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket, upward: bool) -> None:
        counting = None
        try:
            while True:
                data = src.recv(65536)
                if not data:
                    break
                if upward:
                    with self.lock:
                        armed = counting is None and self.cut_after is not None
                        if armed and data.startswith(b"PUT "):
                            counting, self.cut_after = self.cut_after, None
                    if counting is not None:
                        if len(data) >= counting:
                            dst.sendall(data[:counting])
                            self.cuts += 1
                            break
                        counting -= len(data)
                dst.sendall(data)
        except OSError:
            pass
        for s in (src, dst):
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
            s.close()

    def close(self) -> None:
        self.listener.close()


def make_certs(folder: Path) -> tuple[Path, Path, Path]:
    """A CA, and a certificate for 127.0.0.1 it signed: (ca.pem, cert.pem, key.pem)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    def name(text: str) -> x509.Name:
        return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, text)])

    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (
        x509.CertificateBuilder()
        .subject_name(name("Kabar test CA"))
        .issuer_name(name("Kabar test CA"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True, content_commitment=False, key_encipherment=False,
                data_encipherment=False, key_agreement=False, key_cert_sign=True,
                crl_sign=True, encipher_only=False, decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), False)
        .sign(ca_key, hashes.SHA256())
    )  # fmt: skip
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(name("127.0.0.1"))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), False
        )
        .sign(ca_key, hashes.SHA256())
    )
    paths = folder / "ca.pem", folder / "cert.pem", folder / "key.pem"
    paths[0].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    paths[1].write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    paths[2].write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return paths
