"""Where drafts are synced to: a small interface, its errors, and retrying with backoff.

A target holds two folders, ``drafts`` (the bundles) and ``stamps`` (one tiny file per
office, renamed whenever that office changed something, so a nothing-changed sync on a
server reads one short listing). Every write goes under a temporary name first and is then
moved into place: a reader never sees half a bundle.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import Protocol, TypeVar

from kabar_desktop.model.problems import N_, Problem

DRAFTS, STAMPS = "drafts", "stamps"
TEMP_PREFIX = ".part-"  # + office key + "-" + random: each office cleans up its own


class TargetError(Exception):
    """The target refused or failed; ``problem`` says why in words for the user."""

    def __init__(self, kind: str, message: str, **params):
        super().__init__(message.format(**params) if params else message)
        self.kind = kind  # unreachable, auth, certificate, full, locked, server, refused, missing
        self.problem = Problem("", message, params)

    def message(self, translate: Callable[[str], str]) -> str:
        return self.problem.message(translate)


class TransientError(TargetError):
    """Worth trying again: a busy or failing server, a cut connection, a timeout."""


class NotFound(TargetError):
    def __init__(self, name: str):
        super().__init__("missing", N_("{name} is not on the target"), name=name)


class Target(Protocol):
    """A place bundles are kept. Implementations must be safe to call from several threads."""

    key: str  # stable identity (the URL, the folder's absolute path)
    ordered: bool  # writes become visible in the order made (a server; not a cloud-synced folder)
    display: str  # what to show the user

    def prepare(self) -> None:
        """Make sure the folders exist (the root itself must exist already)."""

    def list(self, folder: str) -> dict[str, str]:
        """Names in ``folder`` (temporary ones too) → ETag or "" when the target has none."""

    def read(self, folder: str, name: str) -> bytes:
        """The file's bytes; ``NotFound`` if it is not there."""

    def write(self, folder: str, name: str, data: bytes, temp: str) -> None:
        """Write under the temporary name ``temp``, then move it to ``name`` (replacing)."""

    def delete(self, folder: str, name: str) -> None:
        """Remove ``name``; nothing happens if it is already gone."""

    def close(self) -> None: ...


T = TypeVar("T")


class Retry:
    """Try again after transient errors, waiting longer each time (with jitter).

    ``wait(seconds)`` returns True when the sync was cancelled meanwhile (an Event's
    ``wait``), so a long backoff never holds up cancelling.
    """

    def __init__(
        self,
        attempts: int = 6,
        first: float = 0.5,
        cap: float = 20.0,
        wait: Callable[[float], bool] | None = None,
        rng: random.Random | None = None,
    ):
        self.attempts = attempts
        self.first = first
        self.cap = cap
        self.wait = wait or _sleep
        self.rng = rng or random.Random()
        self.retried = 0

    def __call__(self, fn: Callable[..., T], *args) -> T:
        delay = self.first
        for attempt in range(1, self.attempts + 1):
            try:
                return fn(*args)
            except TransientError:
                if attempt == self.attempts:
                    raise
            self.retried += 1
            if self.wait(min(self.cap, delay) * (0.5 + self.rng.random())):
                raise Cancelled()
            delay *= 2
        raise AssertionError("unreachable")


class Cancelled(Exception):
    """The user stopped the sync; everything finished before that is kept."""


def _sleep(seconds: float) -> bool:
    time.sleep(seconds)
    return False
