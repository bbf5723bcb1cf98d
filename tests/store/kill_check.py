"""Fresh process after the kill test: is the database whole, and holds it every ACK?

Usage: kill_check.py ACKS_FILE CURRENT_FILE. Prints one JSON object: SQLite's own verdict
(before Kabar touches the file), then what Kabar's start found, every ACKed revision missing
or different, and every draft whose ``load()`` is not its last ACKed content (CURRENT_FILE:
draft id → the digests allowed, the last ACKed and the one under way at the kill).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import sys
from pathlib import Path

from kabar_desktop.store import DraftStore, codec, database_path


def main() -> None:
    raw = sqlite3.connect(database_path(), isolation_level=None)
    integrity = [r[0] for r in raw.execute("PRAGMA integrity_check")]
    raw.close()
    store = DraftStore.open(session=True)
    bad = []
    acks = [line.split() for line in Path(sys.argv[1]).read_text().splitlines() if line]
    for draft_id, revision, digest in acks:
        try:
            owner, text = store.db.query(
                "SELECT draft_id, content FROM revisions WHERE id = ?", (int(revision),)
            )[0]
            again = codec.encode(store.load_revision(int(revision)))
        except (IndexError, Exception) as exc:  # noqa: BLE001 - reported, not raised
            bad.append([revision, f"missing: {exc!r}"])
            continue
        if owner != int(draft_id) or hashlib.sha256(text.encode()).hexdigest() != digest:
            bad.append([revision, "different content"])
        elif hashlib.sha256(again.encode()).hexdigest() != digest:
            bad.append([revision, "does not load back the same"])
    current = json.loads(Path(sys.argv[2]).read_text())
    current_bad = []
    for draft_id, allowed in current.items():
        digest = hashlib.sha256(codec.encode(store.load(int(draft_id))).encode()).hexdigest()
        if digest not in allowed:
            current_bad.append([draft_id, f"loads {digest[:12]}, not {allowed[0][:12]}"])
    result = {
        "integrity": integrity,
        "crashed": store.opened.crashed,
        "corrupt_copy": str(store.opened.corrupt_copy or ""),
        "aside": sorted(p.name for p in database_path().parent.glob("kabar-corrupt-*")),
        "revisions": store.db.query("SELECT count(*) FROM revisions")[0][0],
        "checked": len(acks),
        "bad": bad[:20],
        "current_checked": len(current),
        "current_bad": current_bad,
    }
    store.close()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
