"""A Kabar killed in the middle of a sync: the next sync finishes the job, nothing is doubled."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from kabar_desktop.sync import bundle

from .davserver import PASSWORD, USER
from .synchelp import ROOT, Office

HERE = Path(__file__).resolve().parent


def test_a_sync_killed_midway_resumes(tmp_path, dav, dav_target, offices):
    db = tmp_path / "upt.sqlite"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(HERE), str(ROOT)])}
    child = subprocess.Popen(
        [sys.executable, str(HERE / "sync_child.py"), str(db), dav.url, USER, PASSWORD, "12"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while dav.faults.seen.get("MOVE", 0) < 4:
            assert child.poll() is None and time.monotonic() < deadline, child.stderr.read()
            time.sleep(0.002)
        dav.faults.gate.clear()  # hold the next upload in the server, then kill the writer
        dav.faults.add("PUT", "gate", path=r"^/kabar-sync/drafts/")
        puts = dav.faults.seen.get("PUT", 0)
        while dav.faults.seen.get("PUT", 0) == puts:
            assert time.monotonic() < deadline
            time.sleep(0.002)
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    finally:
        dav.faults.gate.set()
        if child.poll() is None:
            child.kill()
        child.stdout.close()
        child.stderr.close()
    drafts = dav.root / "kabar-sync" / "drafts"
    time.sleep(0.2)  # the held upload finishes as a temporary file
    sent_before = [p.name for p in drafts.iterdir() if not p.name.startswith(".")]
    assert 4 <= len(sent_before) < 12
    upt = Office(db, "UPT")
    try:
        assert upt.store.db.query("PRAGMA integrity_check")[0][0] == "ok"
        assert upt.waiting() == 12 - len(sent_before)
        report = upt.sync(dav_target())
        assert report.sent == 12 - len(sent_before)
        assert upt.waiting() == 0
        names = [p.name for p in drafts.iterdir()]
        assert not [n for n in names if n.startswith(".")]  # its leftover was cleaned up
        for name in names:
            bundle.decode((drafts / name).read_bytes(), name)
        kanwil = offices("Kanwil")
        assert kanwil.sync(dav_target()).received == 12
        assert kanwil.titles() == upt.titles()
        assert upt.sync(dav_target()).nothing_changed
    finally:
        upt.close()
