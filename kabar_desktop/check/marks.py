"""WhatsApp's marks in a plain article: ``*bold*`` and ``_italic_`` read as emphasis.

Kabar's TXT export writes the title as ``*Judul*`` and each italic run as ``_kata asing_``
(export/text.py), in the grammar compose reads from what the writer types
(compose/inline.py): a mark opens at the start of a word and closes at the end of one, on
one line. ``check_text`` checks the article as a WhatsApp reader sees it: those marks are
taken out of the checked text, so they are no findings, and ``_kata_`` counts as italic (W9)
as it does in a composed article. Whatever is not such a mark stays in the text for P10 to
report: ``~coret~``, ``**dobel**``, a lone ``*``. ``Unmarked.to_file`` then moves each
finding back onto the offsets of the text as the file has it.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace

from kabar_desktop.check.finding import Finding
from kabar_desktop.compose.inline import emphasis

MARKS = "*_~"


@dataclass(frozen=True)
class Unmarked:
    """The text without the marks read, and where those marks stood."""

    text: str
    italic: list[tuple[int, int]]  # offsets into ``text``
    before: list[int]  # for each mark taken out (in order): the offset in ``text`` it preceded
    marks: str  # the marks taken out, in the same order

    def to_file(self, f: Finding, original: str) -> Finding:
        """``f`` (offsets into ``text``) with its offsets, text and suggestion in ``original``.

        A mark inside the span is put back into the suggestion where the words around it are
        unchanged; where that cannot be known, the finding keeps no one-click fix rather than
        lose the writer's emphasis.
        """
        if not self.before:
            return f
        lo = bisect.bisect_right(self.before, f.start)
        hi = bisect.bisect_right(self.before, f.end - 1)
        start, end = f.start + lo, f.end + hi
        suggestion = f.suggestion
        if hi > lo and suggestion is not None:
            inside = [(self.before[k] - f.start, self.marks[k]) for k in range(lo, hi)]
            suggestion = _remarked(f.text, suggestion, inside)
            fixed = None if suggestion is None else original[:start] + suggestion + original[end:]
            wanted = self.text[: f.start] + (f.suggestion or "") + self.text[f.end :]
            if fixed is not None and read_marks(fixed).text != wanted:
                suggestion = None  # a mark would no longer be read as one
        return replace(f, start=start, end=end, text=original[start:end], suggestion=suggestion)


def read_marks(text: str) -> Unmarked:
    """``text`` with its well-formed ``*…*`` and ``_…_`` marks read (see the module)."""
    parts: list[str] = []
    italic: list[tuple[int, int]] = []
    before: list[int] = []
    marks: list[str] = []
    pos = length = 0
    for m in emphasis(text):
        inner = m.inner(text)
        if inner[0] in MARKS or inner[-1] in MARKS:
            continue  # "**dobel**": compose would keep a '*' of it as typed, so P10 says so
        parts.append(text[pos : m.start])
        length += m.start - pos
        start = length
        parts.append(inner)
        length += len(inner)
        before += [start, length]
        marks += [m.mark] * 2
        if m.mark == "_":
            italic.append((start, length))
        pos = m.end
    if not before:
        return Unmarked(text, [], [], "")
    parts.append(text[pos:])
    return Unmarked("".join(parts), italic, before, "".join(marks))


def _remarked(old: str, new: str, inside: list[tuple[int, str]]) -> str | None:
    """``new`` (a fix for ``old``) with the marks that stood inside ``old`` put back.

    ``inside`` holds (offset in ``old``, mark). A mark goes where the text before it, or the
    text after it, is the same in ``new`` as in ``old``; else None."""
    places = []
    for offset, mark in inside:
        if new[:offset] == old[:offset]:
            places.append((offset, mark))
        elif len(new) >= len(old) - offset and new.endswith(old[offset:]):
            places.append((len(new) - (len(old) - offset), mark))
        else:
            return None
    if any(a[0] > b[0] for a, b in zip(places, places[1:], strict=False)):
        return None
    for place, mark in reversed(places):
        new = new[:place] + mark + new[place:]
    return new
