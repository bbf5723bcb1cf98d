"""Fixtures for the mail tests: a keyring per test, and real SMTP servers on 127.0.0.1.

tests/mail is a package so that this conftest is ``mail.conftest`` and never shadows the root
``conftest`` that other tests import by name.
"""

from __future__ import annotations

import ssl
from dataclasses import dataclass

import keyring
import pytest

from kabar_desktop.settings import SmtpAccount

from .mailkeyrings import MemoryKeyring
from .mailservers import USER, Pki, Recorder, make_pki, server_context, start_server


@pytest.fixture
def memory_keyring():
    """A secure in-memory keyring for one test; the previous keyring comes back after."""
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def pki(tmp_path_factory) -> Pki:
    """A test certificate authority and the server certificates it signed (made once)."""
    return make_pki(tmp_path_factory.mktemp("pki"))


@dataclass
class SmtpServer:
    recorder: Recorder
    port: int
    security: str
    pki: Pki

    def account(self, **changes) -> SmtpAccount:
        """An account for this server, trusting the test authority the way an office would."""
        fields = {
            "host": "127.0.0.1",
            "port": self.port,
            "security": "ssl" if self.security == "ssl" else "starttls",
            "user": USER,
            "from_address": "humas@rudenim-kupang.go.id",
            "ca_file": str(self.pki.ca),
        }
        return SmtpAccount(**{**fields, **changes})


@pytest.fixture
def smtp_server(pki):
    """Start servers: ``smtp_server()`` is STARTTLS with a good certificate; all stop after."""
    controllers = []

    def start(security: str = "starttls", cert: str = "good") -> SmtpServer:
        recorder = Recorder()
        context: ssl.SSLContext | None = None
        if security != "plain":
            context = server_context(pki, cert)
        controller = start_server(recorder, security=security, context=context)
        controllers.append((controller, recorder))
        return SmtpServer(recorder, controller.port, security, pki)

    yield start
    for controller, recorder in controllers:
        recorder.release.set()
        controller.stop()
