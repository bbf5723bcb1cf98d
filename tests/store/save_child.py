"""Child process for the fault tests: open the store, save one big new revision, report.

Usage: save_child.py DRAFT_ID CHARS [--limit BYTES | --limit-at-open BYTES]

``--limit`` caps the size of any file this process writes (RLIMIT_FSIZE, with SIGXFSZ
ignored so a write fails with EFBIG instead of killing us) after the store is open, like a
disk that fills up during the save; ``--limit-at-open`` caps it before opening. Prints
``SAVED <revision> <sha256>`` or ``ERROR <kind> <message>``; a traceback means Kabar crashed.
"""

from __future__ import annotations

import hashlib
import os
import resource
import signal
import sys

from kabar_desktop.model.draft import Paragraph
from kabar_desktop.store import DraftStore, StoreError, codec


def limit(size: int) -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))


def main() -> int:
    draft_id, chars = int(sys.argv[1]), int(sys.argv[2])
    option, value = (sys.argv[3], int(sys.argv[4])) if len(sys.argv) > 4 else ("", 0)
    try:
        if option == "--limit-at-open":
            limit(value)
        store = DraftStore.open()
        draft = store.load(draft_id)
        if option == "--limit":
            limit(value)
        letters = os.urandom(chars // 2).hex()  # words that do not repeat: a big index too
        text = " ".join(letters[i : i + 10] for i in range(0, chars, 10))
        draft.paragraphs.append(Paragraph(text))
        revision = store.save(draft_id, draft)
    except StoreError as exc:
        print("ERROR", exc.kind, exc.message(), flush=True)
        return 3
    print("SAVED", revision, hashlib.sha256(codec.encode(draft).encode()).hexdigest(), flush=True)
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
