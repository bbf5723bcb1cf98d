"""Kabar's wheel, built once for the whole run: each build is pip, setuptools and the
catalogs (~10 s), and three tests need one. Under pytest-xdist the workers share it through
a file in the run's common temporary folder, taken under a lock. The test modules import
these functions (a conftest.py here would be a second module named ``conftest`` beside
tests/conftest.py, which other tests import from)."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    try:
        import fcntl
    except ImportError:  # Windows: every worker builds its own (slower, never wrong)
        yield
        return
    with path.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def build(out: Path) -> Path:
    """A wheel built with the back end packaging/lock.txt pins (setuptools, Babel)."""
    sys.path.insert(0, str(PACKAGING))
    try:
        from wheels import backend_wheels, build_kabar_wheel
    finally:
        sys.path.remove(str(PACKAGING))
    backend = PACKAGING.parent / "build" / "installers" / "cache" / "build"
    backend_wheels(backend)  # downloaded once, checked by sha256
    return build_kabar_wheel(out, backend=backend)


def shared_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The run's wheel; never changed by a test (copy it before altering it)."""
    base = tmp_path_factory.getbasetemp()
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    out = shared / "kabar-wheel"
    with _locked(shared / "kabar-wheel.lock"):
        found = sorted(out.glob("kabar_desktop-*.whl"))
        if found:
            return found[0]
        return build(out)
