"""The disk-full test: a save that runs out of space is a message, and loses nothing.

A child process (forked from one that made the imports) gets a file-size limit
(RLIMIT_FSIZE, SIGXFSZ ignored: writes past it fail with EFBIG, as on a full disk) a little
above the database's current size, at many different offsets, and saves a big new revision.
It must print the StoreError message (no traceback), and afterwards the database must be
whole with the previous version intact; or, when the limit left room for the save, the new
version must be whole.
"""

from __future__ import annotations

import hashlib
import sys

import pytest
from storehelp import ForkServer, sample

from kabar_desktop.model.draft import Paragraph
from kabar_desktop.store import DraftStore, codec, database_path

REVISION_CHARS = 500_000  # 50,000 words that never repeat: the full-text index grows too
FAILING_OFFSETS = [int(i * 470_000 / 24) + (i * 523) % 4096 for i in range(24)]
ROOMY_OFFSETS = [700_000, 1_400_000, 2_400_000, 4_000_000, 7_000_000, 14_000_000]


def _sizes() -> int:
    path = database_path()
    wal = path.with_name(path.name + "-wal")
    return max(path.stat().st_size, wal.stat().st_size if wal.exists() else 0)


def _check(draft_id: int, expect_hash: str, revisions: int) -> None:
    store = DraftStore.open()
    try:
        assert store.db.query("PRAGMA integrity_check") == [("ok",)]
        loaded = codec.encode(store.load(draft_id))
        assert hashlib.sha256(loaded.encode()).hexdigest() == expect_hash
        assert len(store.history(draft_id)) == revisions
        assert store.opened.corrupt_copy is None
    finally:
        store.close()


@pytest.mark.slow
@pytest.mark.timeout(240)  # ~15 s alone: fills a disk limit many times over
@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_full_disk_is_a_message_and_the_previous_version_stays(tmp_path):
    store = DraftStore.open()
    draft = sample()
    draft_id = store.create(draft)
    for n in range(5):
        draft.paragraphs.append(Paragraph(f"tambahan {n}"))
        store.save(draft_id, draft)
    store.close()
    current = hashlib.sha256(codec.encode(draft).encode()).hexdigest()
    revisions = 6
    outcomes = {"ERROR": 0, "SAVED": 0}
    runs = [("--limit-at-open", limit) for limit in (0, 1000, 32_767)]
    runs += [("--limit-at-open", None), ("--limit", None)]  # just above what is there
    runs += [("--limit", offset) for offset in FAILING_OFFSETS + ROOMY_OFFSETS]
    server = ForkServer("save_child")  # 35 children: an interpreter's start each was most
    try:
        for option, offset in runs:
            relative = option == "--limit" or offset is None
            limit = _sizes() + (offset or 0) if relative else offset
            args = (str(draft_id), str(REVISION_CHARS), option, str(limit))
            done = server.run("save_child", *args, folder=tmp_path)
            assert "Traceback" not in done.stderr, (option, limit, done.stderr)
            word, *rest = done.stdout.strip().split(" ", 2)
            assert word in outcomes, (option, limit, done.stdout, done.stderr)
            outcomes[word] += 1
            if word == "ERROR":
                assert done.returncode == 3
                kind, message = rest[0], rest[1]
                assert kind in ("full", "io"), done.stdout
                assert "kept" in message or "space" in message or "open" in message, message
            else:
                assert done.returncode == 0
                current, revisions = rest[1], revisions + 1
            _check(draft_id, current, revisions)
    finally:
        server.close()
    assert outcomes["ERROR"] >= len(FAILING_OFFSETS)
    print(
        f"\ndisk-full test: {outcomes['ERROR']} refused with a message, {outcomes['SAVED']} saved"
    )
