"""The kill test: SIGKILL at random moments never loses an acknowledged save.

A child saves revisions of a few drafts and prints an ACK after each save returns; the test
kills it at a random moment (while it saves, or while it is still starting and recovering
from the last kill), ``KABAR_KILL_RUNS`` times (200 by default) on one growing database.
Each child is a fork of fork_server.py, which made the imports once.
Every start after a kill says what ``load()`` gives for each draft, and it must be the last
ACKed save (or the save under way when the kill landed): a store that loses the newest
save, or loads an older version, fails here, not only one that loses revision rows. At the
end a fresh process checks the file with ``PRAGMA integrity_check``, finds every ACKed
revision whole, and the current version of every draft the last one ACKed.

SIGKILL tests what a crash of Kabar leaves, not a power cut: the operating system still
writes out what the process handed it (a store with ``synchronous = OFF`` passes here).
docs/storage.md says what would test a power cut and why the store uses WAL with
``synchronous = FULL``.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sys
import time

import pytest
from storehelp import SAMPLE, ForkServer, run_child

from kabar_desktop.store import DraftStore

RUNS = int(os.environ.get("KABAR_KILL_RUNS", "200"))


class Ledger:
    """What each draft's current version may be: the content of its last ACKed save, or of
    the save under way (SAVING, no ACK yet) when the kill landed."""

    def __init__(self) -> None:
        self.acked: dict[str, str] = {}
        self.saving: dict[str, str] = {}
        self.acks: list[str] = []
        self.loads = 0

    def feed(self, line: str) -> None:
        kind, *rest = line.split()
        if kind == "ACK":
            draft_id, revision, digest = rest
            self.acked[draft_id] = digest
            self.saving.pop(draft_id, None)
            self.acks.append(f"{draft_id} {revision} {digest}")
        elif kind == "SAVING":
            self.saving[rest[0]] = rest[1]
        elif kind == "LOADED":
            draft_id, digest = rest
            allowed = (self.acked[draft_id], self.saving.pop(draft_id, None))
            assert digest in allowed, (
                f"draft {draft_id} loads {digest[:12]} after a kill, not its last "
                f"acknowledged save {allowed[0][:12]} (nor the one under way)"
            )
            self.acked[draft_id] = digest
            self.loads += 1

    def current(self) -> dict[str, list[str]]:
        return {i: [d, *filter(None, [self.saving.get(i)])] for i, d in self.acked.items()}


def _kill_one(server: ForkServer, folder, run: int, rng: random.Random, ledger: Ledger) -> bool:
    """Start a child, kill it at a random moment, feed its lines to the ledger; whether the
    kill was meant to land during start-up (opening, recovery, the check, migrations)."""
    pid, out, err_stream = server.start("kill_child", [str(SAMPLE)], folder)
    at_start = run % 5 == 4
    with out, err_stream:
        if not at_start:
            head = out.readline()
            while head.startswith(("ACK ", "LOADED ")):  # the first run creates the drafts
                ledger.feed(head)
                head = out.readline()
            assert head == "READY\n", head
        time.sleep(rng.uniform(0, 0.080))
        os.kill(pid, signal.SIGKILL)
        rest = out.read()  # the same buffered reader: lines read ahead past READY count too
        err = err_stream.read()
    assert server.exit_code() == -signal.SIGKILL, err
    assert "Traceback" not in err, err
    for line in rest.split("\n")[:-1]:  # the last piece has no newline: not a whole line
        if line != "READY":
            ledger.feed(line)
    return at_start


def test_a_save_reaches_the_disk_before_it_returns(tmp_path):
    """What SIGKILL cannot see (docs/storage.md): each commit syncs the write-ahead log, so a
    power cut keeps every save that returned. ``synchronous = OFF`` or ``NORMAL`` fails here."""
    store = DraftStore.open(tmp_path / "kabar.sqlite")
    try:
        assert store.db.query("PRAGMA journal_mode") == [("wal",)]
        assert store.db.query("PRAGMA synchronous") == [(2,)]  # FULL
    finally:
        store.close()


@pytest.mark.slow
@pytest.mark.timeout(300)  # 200 kills: ~25 s alone, several times that on a busy machine
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_never_loses_an_acknowledged_save(tmp_path):
    rng = random.Random(int(os.environ.get("KABAR_KILL_SEED", "0")) or None)
    ledger = Ledger()
    during_start = 0
    started = time.perf_counter()
    server = ForkServer("kill_child")
    try:
        for run in range(RUNS):
            during_start += _kill_one(server, tmp_path, run, rng, ledger)
    finally:
        server.close()
    elapsed = time.perf_counter() - started
    acks = ledger.acks
    assert len(acks) > RUNS  # the kills did land among saves
    assert ledger.loads > RUNS  # and the starts after them loaded every draft

    ack_file = tmp_path / "acks.txt"
    ack_file.write_text("\n".join(acks) + "\n")
    current_file = tmp_path / "current.json"
    current_file.write_text(json.dumps(ledger.current()))
    done = run_child("kill_check.py", str(ack_file), str(current_file))
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["integrity"] == ["ok"]
    assert result["bad"] == []
    assert result["current_bad"] == []  # load() gives the last acknowledged save
    assert result["current_checked"] == len(ledger.acked) == 3
    assert result["checked"] == len(acks)
    assert result["corrupt_copy"] == "" and result["aside"] == []  # never "repaired"
    assert result["crashed"]  # the start after a kill knows
    print(
        f"\nkill test: {RUNS} kills ({during_start} during start-up), {len(acks)} ACKed saves "
        f"checked, {ledger.loads} loads after a kill, {result['revisions']} revisions, "
        f"{elapsed:.1f} s"
    )
