"""``kabar sync`` meets a hostile bundle in the shared folder or on a real WebDAV server
(wsgidav on 127.0.0.1): bounded time and memory.

Each case runs the real command in a child process limited to ``LIMIT_MB`` of address space
and ``TIMEOUT`` seconds (a 2 GB bomb read whole, or a FIFO read at all, would break one of
them). Asserted: exit code 1 (the sync ran, something was set aside), the bundle's name in
one line on stderr and no traceback, the good draft received, the stored draft unchanged.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time

import pytest

from kabar_desktop.store import sync_state as state
from kabar_desktop.store.database import database_path
from kabar_desktop.sync import FolderTarget, bundle

from . import poison
from .davserver import PASSWORD, USER
from .synchelp import Office

LIMIT_MB = 500
TIMEOUT = 60
HEAVY = (
    "kabar-sync.json inflating to 2 GB",
    "a header lying about its size",
    "a photo used 100 times",
    "10,000 members",
    "deep draft.json",
    "metadata a JSON list",
    "gen 10**30",
    "its own revision an ancestor",
    "conflict_of {}",
    "two draft.json",
    "an encrypted member",
    "an unknown compression",
)
SPECIAL = tuple(label for label, _make in poison.special_files())


def _limit() -> None:
    limit = LIMIT_MB * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


@pytest.fixture
def world(tmp_path):
    (tmp_path / "target").mkdir()
    return _world(tmp_path, FolderTarget(tmp_path / "target"))


def _world(tmp_path, target):
    """UPT-A sent "Lama", which this Kabar (the command's own store) received; then "Baru"."""
    upt = Office(tmp_path / "upt.sqlite", "UPT-A")
    upt.new("Lama")
    upt.sync(target)
    here = Office(database_path(), "Kanwil")
    here.sync(target)
    row = state.for_draft(here.store, here.id_of("Lama"))
    before = here.view()
    here.close()
    upt.new("Baru")
    upt.sync(target)
    upt.close()
    good = target.read("drafts", bundle.file_name(row.uuid, row.rev, False))
    return target, row.uuid, good, before


def _run_sync(target, name: str, before: dict) -> float:
    where = str(target.folder) if isinstance(target, FolderTarget) else target.display
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "kabar_desktop", "sync", "--to", where, "--user", USER],
        env={**os.environ, "KABAR_SYNC_PASSWORD": PASSWORD},
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        preexec_fn=_limit,  # noqa: PLW1509 - the limit is set in the child alone
        stdin=subprocess.DEVNULL,
    )
    seconds = time.monotonic() - started
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr and "MemoryError" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if name in line]
    assert len(lines) == 1, result.stderr
    here = Office(database_path(), "Kanwil")
    try:
        assert here.titles() == ["Baru", "Lama"]
        assert {u: v for u, v in here.view().items() if u in before} == before
    finally:
        here.close()
    return seconds


@pytest.mark.parametrize("label", HEAVY)
def test_kabar_sync_sets_a_hostile_bundle_aside(world, label):
    target, uuid, good, before = world
    name_rev = poison.rev()
    name = bundle.file_name(uuid, name_rev, False)
    (target.root / "drafts" / name).write_bytes(dict(poison.poisons(good, name_rev))[label])
    assert _run_sync(target, name, before) < 30


@pytest.mark.parametrize("label", SPECIAL)
def test_kabar_sync_refuses_a_special_file(world, label):
    target, uuid, _good, before = world
    name = bundle.file_name(uuid, poison.rev(), False)
    dict(poison.special_files())[label](target.root / "drafts" / name)
    assert _run_sync(target, name, before) < 30


@pytest.mark.parametrize("label", HEAVY[:4])
def test_kabar_sync_sets_a_hostile_bundle_on_the_server_aside(tmp_path, dav, dav_target, label):
    target, uuid, good, before = _world(tmp_path, dav_target())
    name_rev = poison.rev()
    name = bundle.file_name(uuid, name_rev, False)
    data = dict(poison.poisons(good, name_rev))[label]
    (dav.root / "kabar-sync" / "drafts" / name).write_bytes(data)
    assert _run_sync(target, name, before) < 30
