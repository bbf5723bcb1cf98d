"""Web and e-mail addresses, handles and hashtags in a text: not words, so neither the
spelling check nor the foreign-word rule reads their parts ("indonews.web.id")."""

from __future__ import annotations

import re

ADDRESS = re.compile(
    r"(?:https?://|www\.)\S+"
    r"|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|(?<![\w.-])[\w-]+(?:\.[\w-]+)*"
    r"\.(?:id|com|org|net|info|io|gov|edu|co|biz|me|tv|app|news|online|site)"  # '….news' (h54)
    r"(?![\w])(?:/\S*)?"
    r"|(?<!\w)[@#]\w+",
    re.IGNORECASE,
)
# Each starts where a run of such characters starts: one try per run, so linear time.
_MAYBE_ADDRESS = re.compile(r"(?<![^\s\"“”‘’()])[^\s\"“”‘’()]*(?:\w\.\w|[@#]\w|://)[^\s\"“”‘’()]*")


def address_spans(text: str) -> list[tuple[int, int]]:
    """Spans of web and e-mail addresses, handles and hashtags (only the chunks between
    spaces that hold a dot inside a word, an @, a # or a scheme are searched)."""
    out = []
    for chunk in _MAYBE_ADDRESS.finditer(text):
        base = chunk.start()
        out += [(base + m.start(), base + m.end()) for m in ADDRESS.finditer(chunk.group())]
    return out


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b in spans)


def in_address(text: str, start: int, end: int) -> bool:
    """The word at [start, end) is part of an address: read in the 60 characters around it,
    and only when a dot touches it."""
    if "." not in text[max(0, start - 1) : end + 1]:
        return False
    base = max(0, start - 60)
    return inside(address_spans(text[base : end + 60]), start - base, end - base)
