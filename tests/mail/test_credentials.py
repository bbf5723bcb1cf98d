"""Passwords go to a secure keyring, or nowhere: the caller then asks each time."""

from __future__ import annotations

import keyring
import keyring.backends.chainer
import keyring.backends.fail
import keyring.backends.null
import pytest

from kabar_desktop import credentials

from .mailkeyrings import LockedKeyring, MemoryKeyring


def test_password_kept_read_back_and_forgotten(memory_keyring):
    assert credentials.secure_keyring_available()
    assert credentials.get_password("smtp:mail.example.go.id", "humas") is None
    assert credentials.set_password("smtp:mail.example.go.id", "humas", "rahasia")
    assert credentials.get_password("smtp:mail.example.go.id", "humas") == "rahasia"
    assert credentials.get_password("smtp:mail.example.go.id", "other") is None
    assert credentials.get_password("webdav:dav.example.go.id", "humas") is None
    # The keyring's manager shows which program the entry belongs to.
    assert ("Kabar smtp:mail.example.go.id", "humas") in memory_keyring.passwords
    credentials.forget("smtp:mail.example.go.id", "humas")
    assert credentials.get_password("smtp:mail.example.go.id", "humas") is None
    credentials.forget("smtp:mail.example.go.id", "humas")  # twice: nothing to forget, no error


@pytest.mark.parametrize("backend", [keyring.backends.fail.Keyring, keyring.backends.null.Keyring])
def test_no_secure_keyring_stores_nothing(backend):
    previous = keyring.get_keyring()
    keyring.set_keyring(backend())
    try:
        assert not credentials.secure_keyring_available()
        assert credentials.set_password("smtp:x", "humas", "rahasia") is False
        assert credentials.get_password("smtp:x", "humas") is None
        credentials.forget("smtp:x", "humas")
    finally:
        keyring.set_keyring(previous)


class PlaintextKeyring(MemoryKeyring):
    """Named like keyrings.alt's file keyring: a password any program can read is not kept."""


def test_plaintext_keyring_is_not_secure():
    previous = keyring.get_keyring()
    ring = PlaintextKeyring()
    keyring.set_keyring(ring)
    try:
        assert not credentials.secure_keyring_available()
        assert credentials.set_password("smtp:x", "humas", "rahasia") is False
        assert ring.passwords == {}
    finally:
        keyring.set_keyring(previous)


def test_chainer_secure_only_when_its_first_backend_is(monkeypatch):
    chainer = keyring.backends.chainer.ChainerBackend
    previous = keyring.get_keyring()
    try:
        monkeypatch.setattr(chainer, "backends", [])
        keyring.set_keyring(chainer())
        assert not credentials.secure_keyring_available()
        monkeypatch.setattr(chainer, "backends", [PlaintextKeyring(), MemoryKeyring()])
        assert not credentials.secure_keyring_available()
        ring = MemoryKeyring()
        monkeypatch.setattr(chainer, "backends", [ring])
        assert credentials.secure_keyring_available()
        assert credentials.set_password("smtp:x", "humas", "rahasia")
        assert ring.passwords == {("Kabar smtp:x", "humas"): "rahasia"}
    finally:
        keyring.set_keyring(previous)


def test_locked_keyring_answers_instead_of_raising():
    previous = keyring.get_keyring()
    keyring.set_keyring(LockedKeyring())
    try:
        assert credentials.secure_keyring_available()
        assert credentials.get_password("smtp:x", "humas") is None  # the caller asks
        assert credentials.set_password("smtp:x", "humas", "rahasia") is False
        credentials.forget("smtp:x", "humas")
    finally:
        keyring.set_keyring(previous)
