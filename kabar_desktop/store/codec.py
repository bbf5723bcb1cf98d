"""A draft as the text the store keeps, and back, exactly.

The store keeps what the writer typed, even characters no document can hold (a lone
surrogate pasted from a broken program, a NUL): those are refused at export with the
field's name, not lost at save. ``json.dumps(ensure_ascii=True)`` writes them as ``\\ud800``
and ``\\u0000`` escapes, so the stored text is plain ASCII that SQLite always accepts, and
reading goes through the draft reader with ``keep_unsafe``.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata

from kabar_desktop.model.draft import FORMAT_VERSION, Draft
from kabar_desktop.model.parse import draft_from_dict, draft_to_dict
from kabar_desktop.model.problems import N_, DraftError

from .errors import StoreError, store_error

# What SQLite's text columns and the search index must not see: lone surrogates cannot be
# encoded as UTF-8, and NUL ends strings in the tokenizer.
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
_WORD = re.compile(r"[^\W_]+")
MAX_QUERY_WORDS = 16


def photo_digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class DigestCache:
    """Photo hashes by object identity: autosave must not hash megabytes on every keystroke."""

    def __init__(self, size: int = 64) -> None:
        self._size = size
        self._items: dict[int, tuple[bytes, str]] = {}

    def __call__(self, data: bytes) -> str:
        hit = self._items.get(id(data))
        if hit is not None and hit[0] is data:  # holding ``data`` keeps its id from reuse
            return hit[1]
        if len(self._items) >= self._size:
            self._items.clear()
        digest = photo_digest(data)
        self._items[id(data)] = (data, digest)
        return digest


def encode(draft: Draft, digest=photo_digest) -> str:
    """The stored text of ``draft``: ``draft.json`` content plus each photo's ``sha256``."""
    content = draft_to_dict(draft)
    for item, photo in zip(content["photos"], draft.photos, strict=True):
        item["sha256"] = digest(photo.data) if photo.data is not None else None
    return json.dumps(content, ensure_ascii=True, separators=(",", ":"))


def decode(text: str) -> tuple[Draft, list[str | None]]:
    """The ``Draft`` a stored text holds, and its photos' hashes (the store adds the data).

    Older draft formats are migrated forward by the draft reader itself.
    """
    try:
        data = json.loads(text)
        version = data.get("version")
        refs = [p.get("sha256") for p in data.get("photos") or []]
    except (ValueError, TypeError, AttributeError) as exc:
        raise _damaged(exc) from None
    if isinstance(version, int) and version > FORMAT_VERSION:
        raise store_error(
            "newer",
            N_("this draft was saved by a newer Kabar (draft format {found})"),
            found=version,
        )
    try:
        return draft_from_dict(data, keep_unsafe=True, limits=False), refs  # never lost
    except DraftError as exc:
        raise _damaged(exc) from None


def _damaged(exc: BaseException) -> StoreError:
    return store_error("corrupt", N_("a saved draft cannot be read ({detail})"), detail=exc)


def storable(text: str, replacement: str = "\ufffd") -> str:
    """``text`` with what SQLite's text columns cannot hold replaced (for copies only)."""
    return _UNSTORABLE.sub(replacement, text)


def search_text(draft: Draft) -> tuple[str, str]:
    """The title and everything else written in the draft, as the search index gets them."""
    parts = [
        draft.dateline,
        draft.organizer,
        draft.event,
        draft.event_detail,
        draft.venue,
        draft.participants,
        draft.counterpart,
        draft.period,
        draft.purpose,
        draft.lead or "",
    ]
    for person in (*draft.companions, *draft.attendees):
        parts += [person.position, person.name]
    for s in draft.speakers:
        parts += [s.name, s.short_name, s.position, s.role, s.topic, s.context, s.intro or ""]
        for st in s.statements:
            parts += [st.text, st.context]
    parts += [p.text for p in draft.paragraphs]
    for p in draft.photos:
        parts += [p.caption, p.credit]
    parts.append(draft.credit)
    body = "\n".join(p for p in parts if p)
    return storable(draft.title, " "), storable(body, " ")


def match_expression(query: str) -> str | None:
    """An FTS5 expression for what the user typed: every word, as a quoted prefix.

    The user's text never reaches FTS5's syntax: words are cut out by Kabar and quoted, so
    ``"``, ``*``, ``NEAR(``, ``-`` or ``AND`` are just text, and nothing can be a syntax error.
    """
    text = unicodedata.normalize("NFC", storable(query, " "))
    words = [w[:64] for w in _WORD.findall(text)][:MAX_QUERY_WORDS]
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)
