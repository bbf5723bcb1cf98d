"""``kabar sync`` meets a hostile bundle in the shared folder: bounded time and memory.

Each case runs the real command in a child process limited to ``LIMIT_MB`` of address space
and ``TIMEOUT`` seconds (a 2 GB bomb read whole, or a FIFO read at all, would break one of
them). Asserted: exit code 1 (the sync ran, something was set aside), the bundle's name in
one line on stderr and no traceback, the good draft received, the stored draft unchanged.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import time

import pytest

from kabar_desktop.store import sync_state as state
from kabar_desktop.store.database import database_path
from kabar_desktop.sync import FolderTarget, bundle

from . import poison
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
    """UPT-A sent "Lama", which this Kabar (the command's own store) received; then "Baru"."""
    (tmp_path / "target").mkdir()
    target = FolderTarget(tmp_path / "target")
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
    good = (target.root / "drafts" / bundle.file_name(row.uuid, row.rev, False)).read_bytes()
    return target, row.uuid, good, before


def _run_sync(target: FolderTarget, name: str, before: dict) -> float:
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "kabar_desktop", "sync", "--to", str(target.folder)],
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
