"""P7's reading of a list whose items repeat their head noun ("unsur petugas, unsur warga
binaan dan juga unsur masyarakat"): moved out of appositions.py, which reads appositions."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import words
from kabar_desktop.check.rules import N_, Hit

# "unsur petugas, unsur warga binaan dan juga unsur masyarakat": one head noun opens every
# item, so the items are plain to see however long, and the last takes its comma.
_SHARED_HEAD = re.compile(
    r"\b([a-z]{3,}) [^\W\d_]+(?: [^\W\d_]+){0,4}, \1 (?:[^\W\d_]+ ){0,4}([^\W\d_]+) "
    r"(dan|serta|atau)(?: juga| pula)? \1 [^\W\d_]+"
)


def shared_head_lists(doc: Doc, start: int, end: int) -> Iterator[Hit]:
    """P7's comma before the last of three items that share their head noun."""
    text = doc.text
    for m in _shared_heads(text, start, end):
        if m.group(1) in _NOT_HEADS:  # in a quote too, as P7 reads lists there
            continue
        yield Hit(
            m.start(2),
            m.end(3),
            N_("In a list of three or more, a comma goes before '{word}'."),
            f"{m.group(2)}, {m.group(3)}",
            {"word": m.group(3)},
        )


_HEAD_REACH = 6  # the head is the 2nd to the 6th word before the first item's comma


def _shared_heads(text: str, start: int, end: int) -> Iterator[re.Match]:
    """_SHARED_HEAD's matches in [start, end), as finditer finds them, tried only where one
    can start: at the 2nd to the 6th word before a comma (a pattern run over every letter
    of a paragraph cost more than the rest of P7)."""
    nxt = start  # matches do not overlap
    comma = text.find(", ", start, end)
    while comma != -1:
        space = comma
        starts = []
        for _ in range(_HEAD_REACH):
            space = text.rfind(" ", max(start, comma - 120), space)
            if space == -1:
                break
            starts.append(space + 1)
        if len(starts) < _HEAD_REACH and comma - 120 <= start:
            starts.append(start)  # the paragraph's first words
        for at in sorted(starts[1:]):
            while at < comma and not text[at].isalpha():
                at += 1  # "(unsur …"
            if at < nxt:
                continue
            m = _SHARED_HEAD.match(text, at, end)
            if m:
                nxt = m.end()
                yield m
                break
        comma = text.find(", ", comma + 2, end)


# Words that repeat without heading items: "yang …, yang … dan yang …" is P7's own reading.
_NOT_HEADS = words("yang dan atau serta para dari untuk dengan pada")
