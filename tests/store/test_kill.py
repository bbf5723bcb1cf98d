"""The kill test: SIGKILL at random moments never loses an acknowledged save.

A child saves revisions of a few drafts and prints an ACK after each save returns; the test
kills it at a random moment (while it saves, or while it is still starting and recovering
from the last kill), ``KABAR_KILL_RUNS`` times (200 by default) on one growing database.
Then a fresh process checks the file with ``PRAGMA integrity_check`` and finds every ACKed
revision whole.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time

import pytest
from storehelp import HERE, SAMPLE, child_env, run_child

RUNS = int(os.environ.get("KABAR_KILL_RUNS", "200"))


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_never_loses_an_acknowledged_save(tmp_path):
    rng = random.Random(int(os.environ.get("KABAR_KILL_SEED", "0")) or None)
    env = child_env()
    acks: list[str] = []
    during_start = 0
    started = time.perf_counter()
    for run in range(RUNS):
        child = subprocess.Popen(
            [sys.executable, str(HERE / "kill_child.py"), str(SAMPLE)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        head = ""
        if run % 5 == 4:  # kill during start-up: opening, recovery, the check, migrations
            during_start += 1
        else:
            head = child.stdout.readline()
            while head.startswith("ACK "):  # the first run creates the drafts
                acks.append(head.strip())
                head = child.stdout.readline()
            assert head == "READY\n", child.stderr.read()
        time.sleep(rng.uniform(0, 0.080))
        child.send_signal(signal.SIGKILL)
        out, err = child.communicate()
        assert child.returncode == -signal.SIGKILL, err
        assert "Traceback" not in err, err
        lines = out.split("\n")[:-1]  # the last piece has no newline yet: not a whole ACK
        acks += [line for line in lines if line.startswith("ACK ")]
    elapsed = time.perf_counter() - started
    assert len(acks) > RUNS  # the kills did land among saves

    ack_file = tmp_path / "acks.txt"
    ack_file.write_text("\n".join(a[4:] for a in acks) + "\n")
    done = run_child("kill_check.py", str(ack_file))
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["integrity"] == ["ok"]
    assert result["bad"] == []
    assert result["checked"] == len(acks)
    assert result["corrupt_copy"] == "" and result["aside"] == []  # never "repaired"
    assert result["crashed"]  # the start after a kill knows
    print(
        f"\nkill test: {RUNS} kills ({during_start} during start-up), {len(acks)} ACKed saves "
        f"checked, {result['revisions']} revisions, {elapsed:.1f} s"
    )
