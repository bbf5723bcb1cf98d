"""Round 19, P6 (called from clauses.py): a name with its academic degree, set after a
position as its apposition, is closed by a comma after the degree (EYD V, Tanda Koma: an
apposition is closed by a comma; the degree's own comma stands between name and degree).

- before the clause's next verb: ``Kabid … Chandra P. Manalu, ST didampingi …`` →
  ``ST, didampingi`` (the holder is the apposition of the position before it);
- before the next position of a list of officials: ``Kasi … Frans Sitanggang, S.Si. Kasi Tata
  Kelola …`` → ``S.Si., Kasi`` (the degree's stop is no sentence's end: a position follows).

Only where a position stands before the name in the same stretch of the sentence (not
after a comma of a list or a clause): ``Budi Santoso, S.H. mengatakan`` with no position
before it is a subject with its degree, and takes no comma before its verb.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check import clause_reader as cr
from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import POSITIONS, words
from kabar_desktop.check.rules import N_, Hit
from kabar_desktop.check.rules.apposition_names import _STARTS
from kabar_desktop.check.rules.degrees import _BARE_DEGREES, _DEGREE_FORMS

_MESSAGE = N_("The apposition is closed by a comma: '{word}'.")
_DOTTED = "|".join(re.escape(d) for d in sorted(_DEGREE_FORMS.split(), key=len, reverse=True))
_BARE = "|".join(sorted(_BARE_DEGREES, key=len, reverse=True))
# A name's last word, its comma, one or more degrees (dotted or bare), then a space and the
# next word.
_NAME_DEGREES = re.compile(
    rf"(?<=[a-z]), (?:(?:{_DOTTED})|(?:{_BARE})\b)(?:,? (?:(?:{_DOTTED})|(?:{_BARE})\b))*"
    r"(?= ([A-Za-z][\w-]*))"
)
_POSITION_STARTS = POSITIONS | _STARTS | words("kadis kabid kasi kasubsi kasubag kasubbag")


def degree_closings(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    if ", S" not in text and ", M" not in text and ", D" not in text:
        return
    for para in doc.prose_paras():
        # the paragraph, not the sentence: a degree's stop before a capital may end the
        # reader's sentence ("S.Si. Kasi …")
        for m in _NAME_DEGREES.finditer(text, para.start, para.end):
            if doc.in_quote(m.start()):
                continue
            s = max((a for a, _ in para.sentences if a <= m.start()), default=para.start)
            if not _position_before(text, s, m.start()):
                continue
            hit = _closing(text, m, para.end)
            if hit is not None:
                yield hit


def _closing(text: str, m: re.Match[str], para_end: int) -> Hit | None:
    nxt, end = m.group(1), m.end()
    if nxt[:1].islower():
        if not (nxt.startswith(("di", "me", "ber")) and cr.is_predicate(nxt)):
            return None
        return Hit(
            end, end + 1 + len(nxt), _MESSAGE, ", " + nxt, {"word": text[m.start() + 2 : end]}
        )
    if nxt.lower() not in _POSITION_STARTS or text[end - 1 : end] != ".":
        return None
    # the next item of the list: a position, its office and a name, no predicate before the
    # next comma ("Kepala Lapas juga memberi arahan." is a sentence of its own)
    comma = text.find(",", end, para_end)
    item = text[end : comma if comma != -1 else para_end].split()
    if any(w[:1].islower() and cr.is_predicate(w.strip('.,"”')) for w in item):
        return None
    start = text.rfind(" ", 0, end) + 1
    degree = text[start:end]
    return Hit(start, end + 1 + len(nxt), _MESSAGE, f"{degree}, {nxt}", {"word": degree})


def _position_before(text: str, s: int, at: int) -> bool:
    """A capitalised position opens the stretch of the sentence that ends with the name
    (since the last comma, or the sentence's start): the name is its apposition."""
    last = text.rfind(",", s, at)
    stretch = text[last + 1 if last != -1 else s : at].split()
    if any(w in ("dan", "serta") for w in stretch):
        return False  # "…, dan Kasi … Budi, S.E. mengikuti": a list's last item
    if any(w[:1].isupper() and w.lower().rstrip(".") in _POSITION_STARTS for w in stretch):
        return True
    if last == -1 or not stretch or not all(w[:1].isupper() for w in stretch):
        return False
    # the name alone after a comma: the apposition's opening comma, its position before it
    before = text.rfind(",", s, last)
    office = text[before + 1 if before != -1 else s : last].split()
    return any(w[:1].isupper() and w.lower() in _POSITION_STARTS for w in office)
