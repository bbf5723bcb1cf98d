"""WebDAV safety (issue 12 #8): a hostile server on 127.0.0.1 cannot hold, flood or misdirect a
sync. Each case runs the real ``kabar sync`` in a child process with an address-space limit
and a timeout, and asserts what the user sees (one line, the exit code), the time it took,
the child's peak memory, and what reached the server.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from kabar_desktop.sync import TransientError, WebDAVTarget

from .davserver import PASSWORD, USER
from .hostiledav import BUNDLE, HostileDav
from .synchelp import ROOT

LIMIT_MB = 1024  # RLIMIT_AS of the child: reading a 2 GB answer whole would die here
pytestmark = [
    pytest.mark.slow,  # a child process each, a second or more
    pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_AS and wait4 are POSIX"),
]


@dataclass
class Run:
    code: int
    out: str
    err: str
    seconds: float
    peak_mb: float  # the child's maximum resident size


def kabar_sync(url: str, home, *, timeout: float = 60, **env: str) -> Run:
    """``kabar sync --to url`` in a child limited to LIMIT_MB of address space."""

    # A small Python starts Kabar with the limit and reports Kabar's own peak: measured on
    # this (large) test process, a forked child's peak would include the pages it inherits.
    peak_file = Path(home) / "peak-kb"
    limited = (
        "import os, resource, subprocess, sys\n"
        "def limit():\n"
        f"    resource.setrlimit(resource.RLIMIT_AS, ({LIMIT_MB << 20}, {LIMIT_MB << 20}))\n"
        "kabar = subprocess.Popen([sys.executable, '-m', 'kabar_desktop', *sys.argv[2:]],"
        " preexec_fn=limit)\n"
        "_, status, usage = os.wait4(kabar.pid, 0)\n"
        "open(sys.argv[1], 'w').write(str(usage.ru_maxrss))\n"
        "sys.exit(os.waitstatus_to_exitcode(status) % 256)\n"
    )

    full_env = {
        **os.environ,
        "KABAR_HOME": str(home),
        "KABAR_LANG": "en",
        "PYTHONPATH": str(ROOT),
        "KABAR_SYNC_USER": USER,
        "KABAR_SYNC_PASSWORD": PASSWORD,
        "MALLOC_ARENA_MAX": "2",  # threads' malloc arenas would count against RLIMIT_AS
        **env,
    }
    started = time.monotonic()
    child = subprocess.Popen(
        [sys.executable, "-c", limited, str(peak_file), "sync", "--to", url],
        env=full_env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # so a timeout stops Kabar too, not only the small Python
    )
    texts: dict[str, str] = {}
    readers = [
        threading.Thread(target=lambda k=k, f=f: texts.__setitem__(k, f.read()))
        for k, f in (("out", child.stdout), ("err", child.stderr))
    ]
    for reader in readers:
        reader.start()
    killer = threading.Timer(timeout, lambda: os.killpg(child.pid, signal.SIGKILL))
    killer.start()
    _, status, _usage = os.wait4(child.pid, 0)
    killer.cancel()
    for reader in readers:
        reader.join()
    child.returncode = os.waitstatus_to_exitcode(status)
    child.stdout.close()
    child.stderr.close()
    seconds = time.monotonic() - started
    assert child.returncode != -9, f"killed after {timeout} s: {texts}"
    peak_mb = int(peak_file.read_text()) / 1024 if peak_file.exists() else float("nan")
    return Run(child.returncode, texts["out"], texts["err"], seconds, peak_mb)


def one_line(run: Run) -> str:
    """The error the user reads: exactly one line, no traceback."""
    assert "Traceback" not in run.err, run.err
    lines = run.err.strip().splitlines()
    assert len(lines) == 1, run.err
    return lines[0]


@pytest.fixture
def hostile():
    made: list[HostileDav] = []

    def make(mode: str, **kwargs) -> HostileDav:
        server = HostileDav(mode, **kwargs)
        made.append(server)
        return server

    yield make
    for server in made:
        server.stop()


@pytest.mark.timeout(180)  # ~22 s alone (the backoff), more on a busy machine
def test_a_dripping_server_is_given_up_on_time(hostile, tmp_path):
    """A byte every 0.4 s, under the 1 s read timeout: without a deadline per request the
    sync would wait 40,000 s. With it: each attempt stops at 1 s, the retries end, one line."""
    server = hostile("drip_body", interval=0.4)
    run = kabar_sync(server.url, tmp_path / "home", KABAR_SYNC_TIMEOUT="1")
    line = one_line(run)
    assert "is too slow: Kabar stopped waiting after 1 s" in line, line
    assert run.code == 1
    assert run.seconds < 50  # 6 attempts of 1 s and the backoff between them (15.5 s)
    assert server.sent < 100  # a few dripped bytes per attempt
    assert "PUT" not in server.seen
    print(f"\ndrip: {run.seconds:.1f} s, {run.peak_mb:.0f} MB")


def test_headers_dripped_one_byte_at_a_time_hit_the_deadline_too():
    server = HostileDav("drip_head", interval=0.2)
    try:
        target = WebDAVTarget(server.url, USER, PASSWORD, timeout=1.0)
        started = time.monotonic()
        with pytest.raises(TransientError) as slow:
            target.list("stamps")
        elapsed = time.monotonic() - started
        target.close()
    finally:
        server.stop()
    assert slow.value.kind == "slow"
    assert 0.9 < elapsed < 3.0


@pytest.mark.parametrize("mode", ["huge_listing", "huge_length"])
def test_a_huge_listing_is_refused_while_reading(hostile, tmp_path, mode):
    """A listing streamed without end, or announcing 4 GB (before: an OverflowError
    traceback): refused at 32 MB, with little memory, and not retried."""
    server = hostile(mode)
    run = kabar_sync(server.url, tmp_path / "home")
    line = one_line(run)
    assert "the server's answer to PROPFIND is larger than 32 MB: not read" in line, line
    assert run.code == 1
    assert run.seconds < 20
    assert run.peak_mb < 250, run.peak_mb
    assert server.sent < 48 << 20  # it stopped reading at the cap (plus socket buffers)
    assert server.seen.count("PROPFIND") == 1
    print(f"\n{mode}: {run.seconds:.1f} s, peak {run.peak_mb:.0f} MB, {server.sent >> 20} MB sent")


@pytest.mark.parametrize("mode", ["huge_get", "huge_get_chunked"])
def test_a_huge_bundle_is_set_aside_by_name(hostile, tmp_path, mode):
    """A GET announcing 10 GB is refused before reading; one streamed without a length is
    cut at 256 MB. The bundle is named, the sync itself ends normally."""
    server = hostile(mode)
    run = kabar_sync(server.url, tmp_path / "home")
    line = one_line(run)
    assert line.endswith(f"{BUNDLE}: larger than 256 MB: not read"), line
    assert run.code == 1  # a bundle could not be read
    assert "Traceback" not in run.out
    assert run.seconds < 30
    assert run.peak_mb < (150 if mode == "huge_get" else 700), run.peak_mb
    assert server.seen.count("GET") == 1  # not retried
    print(f"\n{mode}: {run.seconds:.1f} s, peak {run.peak_mb:.0f} MB, {server.sent >> 20} MB sent")


def test_a_redirected_mkcol_is_refused(hostile, tmp_path):
    """A 301 used to count as "the folder exists"; a redirect is never followed."""
    server = hostile("mkcol_301")
    run = kabar_sync(server.url, tmp_path / "home")
    line = one_line(run)
    assert "the server redirects MKCOL elsewhere (HTTP 301)" in line, line
    assert run.code == 1
    assert run.seconds < 20
    assert server.seen == ["MKCOL"]  # nothing listed, nothing sent
