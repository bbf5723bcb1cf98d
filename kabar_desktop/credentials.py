"""Passwords (SMTP, WebDAV) in the operating system's keyring, or nowhere at all.

Kabar never writes a password to its own files. It uses the ``keyring`` library (Windows
Credential Manager, macOS Keychain, Secret Service on Linux). When no secure keyring exists
(keyring's ``fail`` or ``null`` backends, the plaintext or terminal-prompting keyrings of
``keyrings.alt``, or a chainer whose first choice is one of those), ``secure_keyring_available``
says so: the caller asks for the password each time and nothing is stored.

Every keyring failure (locked, no D-Bus, refused) is an answer, never an exception: reading
gives ``None`` (ask the user), storing gives ``False`` (the password was used, not kept).
No Qt here: the command line and the sync use the same functions.
"""

from __future__ import annotations

import contextlib

import keyring
import keyring.backend

SERVICE_PREFIX = "Kabar"

# Backends that keep passwords readable by anyone with the disk, or cannot keep them at all,
# or ask for a master password on the terminal (which would block the window).
_INSECURE_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


def _service(service_key: str) -> str:
    """The name the user sees in their keyring manager: ``Kabar smtp:mail.example.go.id``."""
    return f"{SERVICE_PREFIX} {service_key}"


def _is_secure(backend: keyring.backend.KeyringBackend) -> bool:
    cls = type(backend)
    if cls.__module__.startswith(_INSECURE_MODULES) or "plaintext" in cls.__name__.lower():
        return False
    if cls.__module__ == "keyring.backends.chainer":
        # A chainer writes to its first backend that accepts: that one must be secure.
        chained = list(getattr(backend, "backends", []))
        return bool(chained) and _is_secure(chained[0])
    return True


def secure_keyring_available() -> bool:
    """Whether a password given to ``set_password`` would be kept safely."""
    try:
        return _is_secure(keyring.get_keyring())
    except Exception:  # a broken keyring set-up means "no keyring"
        return False


def get_password(service_key: str, user: str) -> str | None:
    """The stored password, or ``None`` when there is none or the keyring cannot answer."""
    if not secure_keyring_available():
        return None
    try:
        return keyring.get_password(_service(service_key), user)
    except Exception:  # locked, unreachable, refused: the caller asks the user
        return None


def set_password(service_key: str, user: str, password: str) -> bool:
    """Keep ``password`` in the keyring; ``False`` when it could not be kept safely."""
    if not secure_keyring_available():
        return False
    try:
        keyring.set_password(_service(service_key), user, password)
    except Exception:  # PasswordSetError, KeyringLocked, D-Bus errors
        return False
    return True


def forget(service_key: str, user: str) -> None:
    """Remove a stored password (a wrong one, or an account the user removed); no-op if none."""
    with contextlib.suppress(Exception):  # nothing stored, or no keyring: nothing to forget
        keyring.delete_password(_service(service_key), user)
