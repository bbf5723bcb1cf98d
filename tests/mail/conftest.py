"""Fixtures for the mail tests: a keyring per test, and real SMTP servers on 127.0.0.1."""

from __future__ import annotations

import keyring
import pytest
from mailkeyrings import MemoryKeyring


@pytest.fixture
def memory_keyring():
    """A secure in-memory keyring for one test; the previous keyring comes back after."""
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)
