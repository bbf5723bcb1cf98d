"""Text as typed → runs: tidy whitespace, read ``*bold*`` and ``_italic_`` (WhatsApp's marks)."""

from __future__ import annotations

import bisect
import re
import sys
from collections import namedtuple

from kabar_desktop.compose.document import Run

TYPE_CHECKING = False  # typing costs a bare interpreter ~3 ms (cli.py): no typing.NamedTuple
if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator
    from typing import NamedTuple

    class _Span(NamedTuple):
        start: int
        end: int
        mark: str

else:
    _Span = namedtuple("_Span", "start end mark")

_SPACE = re.compile(r"\s+")
# A mark opens after the start or a non-word character and closes before the end or a
# non-word character, so ``Humas_Unit`` and ``5*3`` stay as typed. What ``emphasis`` reads
# is what ``(?<![\w*_])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*_])`` would match, but that pattern
# scans to the line's end from every opening mark that never closes ('_a _a _a …': seconds
# for 24 KB, minutes for 100 KB); each mark is looked at once here (issue 12 #4).
_OPENING = re.compile(r"(?<![\w*_])[*_](?=\S)")
_CLOSING = re.compile(r"(?<=\S)[*_](?![\w*_])")


class Emphasis(_Span):
    """One emphasised span: ``text[start:end]`` with its marks, ``mark`` being ``*`` or ``_``."""

    __slots__ = ()

    def inner(self, text: str) -> str:
        return text[self.start + len(self.mark) : self.end - len(self.mark)]


def emphasis(text: str) -> Iterator[Emphasis]:
    """The spans ``*…*`` and ``_…_`` of ``text``, left to right, in time linear in its length.

    An opening mark pairs with the first closing mark of its kind that leaves at least one
    character between them, on the same line; the next span starts after it."""
    return pair_marks(text, _OPENING.finditer(text), _CLOSING.finditer(text))


def pair_marks(
    text: str, openings: Iterable[re.Match], closings: Iterable[re.Match]
) -> Iterator[Emphasis]:
    """Each opening mark with the first closing mark alike, on its line, at least one character
    after it; the next pair starts after the closing one. Every mark is looked at once."""
    ends: dict[str, list[int]] = {}
    for m in closings:
        ends.setdefault(m.group(), []).append(m.start())
    seen = dict.fromkeys(ends, 0)  # per mark: its closings before this index are behind us
    pos, line_end = 0, -1
    for m in openings:
        start, mark = m.start(), m.group()
        if start < pos or mark not in ends:
            continue
        if line_end <= start:
            line_end = text.find("\n", start + 1)
            line_end = len(text) if line_end < 0 else line_end
        found, k = ends[mark], seen[mark]
        while k < len(found) and found[k] < m.end() + 1:
            k += 1
        seen[mark] = k
        if k < len(found) and found[k] < line_end:
            pos = found[k] + len(mark)
            yield Emphasis(start, pos, mark)


def within(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` lies in one of ``spans`` (sorted, not overlapping): a binary search."""
    k = bisect.bisect_right(spans, (pos, sys.maxsize)) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


def tidy(text: str) -> str:
    """One space between words, none at the ends: what the reader would expect."""
    return _SPACE.sub(" ", text).strip()


def runs(text: str, source: str = "") -> list[Run]:
    """Split already tidied text into runs with their emphasis."""
    out: list[Run] = []
    pos = 0
    for span in emphasis(text):
        if span.start > pos:
            out.append(Run(text[pos : span.start], source=source))
        bold = span.mark == "*"
        out.append(Run(span.inner(text), italic=not bold, bold=bold, source=source))
        pos = span.end
    if pos < len(text):
        out.append(Run(text[pos:], source=source))
    return out
