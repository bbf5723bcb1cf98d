"""Child process for the kill test: save revisions of a few drafts until killed.

Prints ``LOADED <draft_id> <sha256>`` for each draft once the store is open (what ``load()``
gives after the last kill), ``READY``, then for each save ``SAVING <draft_id> <sha256>``
before it starts and ``ACK <draft_id> <revision> <sha256>`` after it has returned (the
sha256 of the stored text), flushing every line: an ACK is a promise that the revision is on
the disk and is the draft's current version; between SAVING and ACK either version may be.
"""

from __future__ import annotations

import hashlib
import os
import random
import sys

from kabar_desktop.model.draft import Paragraph
from kabar_desktop.model.draft_file import read_draft
from kabar_desktop.store import DraftStore, codec

DRAFTS = 3


def digest_of(draft) -> str:
    return hashlib.sha256(codec.encode(draft).encode()).hexdigest()


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def ack(draft_id: int, revision: int, draft) -> None:
    say(f"ACK {draft_id} {revision} {digest_of(draft)}")


def main() -> None:
    rng = random.Random(os.getpid())
    store = DraftStore.open(session=True)
    ids = [row.id for row in store.list()]
    drafts = {draft_id: store.load(draft_id) for draft_id in ids}
    for draft_id, draft in drafts.items():
        say(f"LOADED {draft_id} {digest_of(draft)}")
    while len(drafts) < DRAFTS:
        draft = read_draft(sys.argv[1])
        draft_id = store.create(draft)
        ack(draft_id, store.history(draft_id)[0].id, draft)
        drafts[draft_id] = draft
    store.set_last_opened(rng.choice(list(drafts)))
    print("READY", flush=True)
    n = 0
    while True:
        n += 1
        draft_id = rng.choice(list(drafts))
        draft = drafts[draft_id]
        size = 200_000 if n % 25 == 0 else rng.randint(20, 4000)  # now and then a big one
        text = " ".join(f"kata{rng.randrange(10**6)}" for _ in range(size // 11))
        draft.paragraphs[-1:] = [Paragraph(text)]
        draft.title = f"Draf {draft_id} simpanan {n} \ud800\x00"
        say(f"SAVING {draft_id} {digest_of(draft)}")
        ack(draft_id, store.save(draft_id, draft), draft)


if __name__ == "__main__":
    main()
