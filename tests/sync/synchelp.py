"""Helpers of the sync tests (a module, not a conftest: tests/conftest.py is one)."""

from __future__ import annotations

import copy
from pathlib import Path

from kabar_desktop.model.draft import Draft, Paragraph
from kabar_desktop.model.draft_file import read_draft
from kabar_desktop.store import DraftStore, codec
from kabar_desktop.store import sync_state as state
from kabar_desktop.sync import Retry, SyncEngine

ROOT = Path(__file__).resolve().parent.parent.parent
_SAMPLE = read_draft(ROOT / "tests" / "data" / "sample.json")


def sample(title: str = "") -> Draft:
    draft = copy.deepcopy(_SAMPLE)
    if title:
        draft.title = title
    return draft


def no_wait(seconds: float) -> bool:
    return False


class Office:
    """One office's Kabar: its own store and office name."""

    def __init__(self, path: Path, name: str, clock=None):
        self.name = name
        self.store = DraftStore.open(path, **({"clock": clock} if clock else {}))

    def close(self) -> None:
        self.store.close()

    def new(self, title: str, ready: bool = True) -> int:
        draft_id = self.store.create(sample(title))
        if ready:
            self.store.set_status(draft_id, "ready")
        return draft_id

    def edit(self, draft_id: int, title: str = "", paragraph: str = "") -> None:
        draft = self.store.load(draft_id)
        if title:
            draft.title = title
        if paragraph:
            draft.paragraphs.append(Paragraph(paragraph))
        self.store.save(draft_id, draft)

    def sync(self, target, *, attempts: int = 3, workers: int = 1, **kwargs):
        retry = Retry(attempts=attempts, first=0.001, wait=no_wait)
        return SyncEngine(
            self.store, target, self.name, retry=retry, workers=workers, **kwargs
        ).run()

    def id_of(self, title: str) -> int:
        ids = [r.id for r in self.store.list() if r.title == title]
        assert len(ids) == 1, (title, ids)
        return ids[0]

    def titles(self) -> list[str]:
        return sorted(r.title for r in self.store.list())

    def waiting(self) -> int:
        return state.waiting(self.store)

    def view(self) -> dict[str, tuple]:
        """What a user sees of every live synced draft, by uuid: content, verdict, conflict."""
        out = {}
        for row in state.all_rows(self.store):
            if row.gone:
                continue
            content = codec.encode(self.store.load(row.draft_id))
            out[row.uuid] = (content, row.review, row.remark, row.conflict_of)
        return out


def jpeg_bytes(width: int = 320, height: int = 200) -> bytes:
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (width, height), (30, 90, 160)).save(buf, "JPEG", quality=85)
    return buf.getvalue()
