"""Reproducible builds (issue 15 #5): one commit gives the same wheel byte for byte, and a
download that is not the file packaging/lock.txt pins stops the build."""

from __future__ import annotations

import hashlib
import importlib.util
import sys
import time
import zipfile
from pathlib import Path

import pytest
from wheel_fixtures import build, shared_wheel

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"


def load(name: str):
    """A packaging/ module under a private name (its plain name could shadow a package)."""
    path = PACKAGING / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"kabar_packaging_{name}", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def locked(tmp_path):
    """A cache holding one downloaded file and a lock pinning it."""
    lock = load("lock")
    cache = tmp_path / "cache"
    cache.mkdir()
    wheel = cache / "demo-1.0-py3-none-any.whl"
    wheel.write_bytes(b"PK\x05\x06" + bytes(18))  # an empty zip: any bytes would do
    lock_file = tmp_path / "lock.txt"
    lock.write([lock.Pin("linux", wheel.name, lock.sha256(wheel))], lock_file)
    return lock, wheel, lock_file


def test_the_pinned_file_passes(locked):
    lock, wheel, lock_file = locked
    lock.verify(wheel, lock=lock_file)
    assert lock.read(lock_file) == [lock.Pin("linux", wheel.name, lock.sha256(wheel))]


def test_a_tampered_file_is_refused_by_name(locked):
    lock, wheel, lock_file = locked
    wheel.write_bytes(wheel.read_bytes() + b"\0")
    with pytest.raises(lock.LockError) as refused:
        lock.verify(wheel, lock=lock_file)
    message = str(refused.value)
    assert wheel.name in message and lock.sha256(wheel) in message


def test_a_file_the_lock_does_not_name_is_refused(locked, tmp_path):
    lock, _wheel, lock_file = locked
    other = tmp_path / "cache" / "other-2.0-py3-none-any.whl"
    other.write_bytes(b"whatever")
    with pytest.raises(lock.LockError, match="other-2.0-py3-none-any.whl is not in lock.txt"):
        lock.verify(other, lock=lock_file)


def test_fetch_checks_a_cached_file_before_the_build_uses_it(locked):
    lock, wheel, lock_file = locked
    pins = lock.read(lock_file)
    assert lock.fetch(pins, ["false"], wheel.parent, lock_file) == [wheel]  # no download
    wheel.write_bytes(b"tampered")
    with pytest.raises(lock.LockError):
        lock.fetch(pins, ["false"], wheel.parent, lock_file)


def test_the_repository_lock_pins_both_platforms_and_the_embeddable_python():
    lock = load("lock")
    targets = {pin.target for pin in lock.read()}
    assert targets == {"linux", "windows", "embed", "build"}
    names = {pin.filename.split("-")[0].lower() for pin in lock.read()}
    assert {"pyside6_essentials", "jinja2", "lxml", "babel", "pillow", "spylls"} <= names
    backend = {pin.filename.split("-")[0].lower() for pin in lock.read() if pin.target == "build"}
    assert backend == {"setuptools", "babel"}  # what pyproject.toml's [build-system] asks for


@pytest.mark.slow  # builds Kabar's wheel again beside the run's (pip, setuptools, catalogs)
@pytest.mark.timeout(300)
def test_two_wheel_builds_are_byte_identical(tmp_path, tmp_path_factory):
    sys.path.insert(0, str(PACKAGING))
    try:
        from wheels import source_date_epoch
    finally:
        sys.path.remove(str(PACKAGING))
    first = shared_wheel(tmp_path_factory)
    second = build(tmp_path / "two")
    assert first.name == second.name
    digest = [hashlib.sha256(path.read_bytes()).hexdigest() for path in (first, second)]
    assert digest[0] == digest[1]
    with zipfile.ZipFile(first) as zf:
        stamps = {info.date_time for info in zf.infolist()}
        modes = {  # RECORD is written by the wheel tool itself, always 0664
            info.external_attr >> 16 & 0o777
            for info in zf.infolist()
            if not info.filename.endswith("/RECORD")
        }
    epoch = time.gmtime(max(source_date_epoch(), 315532800))  # zip dates start in 1980
    assert stamps == {(*epoch[:5], epoch[5] - epoch[5] % 2)}  # in steps of 2 s, rounded down
    assert modes <= {0o644, 0o755}


@pytest.mark.slow  # runs pip's build
@pytest.mark.timeout(300)
def test_the_wheel_is_built_only_with_the_pinned_back_end(tmp_path):
    """A folder without the pinned setuptools gives no wheel: pip never fetches a newer
    back end from PyPI behind the lock's back."""
    import subprocess

    sys.path.insert(0, str(PACKAGING))
    try:
        from wheels import build_kabar_wheel
    finally:
        sys.path.remove(str(PACKAGING))
    empty = tmp_path / "no-backend"
    empty.mkdir()
    with pytest.raises(subprocess.CalledProcessError):
        build_kabar_wheel(tmp_path / "out", backend=empty)
