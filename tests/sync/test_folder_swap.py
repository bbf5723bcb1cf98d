"""A bundle in the shared folder swapped for a FIFO or a link to /dev/zero as ``kabar sync``
opens it (issue 12): the listing saw a regular file, the reader gets a special one.

The folder reader checks what it opened (``kabar_desktop/regular_file.py``), never the name,
so the swap is refused like any special file: ``kabar sync`` (a child limited in memory and
time, ``tests/swap_child.py`` doing the swap) returns promptly, names the bundle in one line,
receives the good draft and leaves the stored one as it was.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kabar_desktop import i18n
from kabar_desktop.store.database import database_path
from kabar_desktop.sync import FolderTarget, bundle

from . import poison
from .synchelp import Office
from .test_poison_cli import _world

SWAP_CHILD = Path(__file__).parent.parent / "swap_child.py"
LIMIT_MB = 500
TIMEOUT = 60

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")


def _limit() -> None:
    limit = LIMIT_MB * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


@pytest.mark.parametrize("kind", ["fifo", "zero"])
def test_a_bundle_swapped_as_it_is_read_is_set_aside(tmp_path, kind):
    (tmp_path / "target").mkdir()
    target, uuid, good, before = _world(tmp_path, FolderTarget(tmp_path / "target"))
    name = bundle.file_name(uuid, poison.rev(), False)
    path = target.root / "drafts" / name
    path.write_bytes(good)  # a regular file when the folder is listed
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, str(SWAP_CHILD), str(path), kind, "sync", "--to", str(target.folder)],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        preexec_fn=_limit,  # noqa: PLW1509 - the limit is set in the child alone
        stdin=subprocess.DEVNULL,
    )
    seconds = time.monotonic() - started
    assert "SWAPPED" in result.stderr, result.stderr  # the race did happen
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if name in line]
    refusal = {
        "fifo": "is not a regular file: not read",
        "zero": "is a link, not a bundle: not read",
    }
    assert len(lines) == 1 and i18n._catalog("id").gettext(refusal[kind]) in lines[0], lines
    assert seconds < 30
    here = Office(database_path(), "Kanwil")
    try:
        assert here.titles() == ["Baru", "Lama"]
        assert {u: v for u, v in here.view().items() if u in before} == before
    finally:
        here.close()
