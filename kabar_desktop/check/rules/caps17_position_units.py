"""K1's reading of round 17: a position's unit written in lowercase before its holder's name
('Staf Ahli bidang kemasyarakatan dan SDM Drs. Ernizwar' → 'Bidang Kemasyarakatan'). EYD V
capitalises a position followed by the name of its holder, and the unit or field it heads
is part of that position's name. Without a name after it ('Kepala bidang pelayanan
mengatakan') the reading is silent: the post may be meant generically (K2)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import FUNCTION_WORDS, words
from kabar_desktop.check.rules import N_, Hit
from kabar_desktop.check.rules.case_reading import cap, capitalised, in_title

_UNITS = words("bidang subbidang seksi subseksi bagian subbagian divisi urusan")
# A position's second word that is no position by itself: 'Staf Ahli', 'Tenaga Ahli'.
_POST_TAILS = words("ahli")
# An academic or pilgrim's title opening a holder's name: 'Drs. Ernizwar', 'H. Romi'.
_HOLDER = re.compile(r",? (?:(?:Drs?|Dra|Ir|H|Hj|Prof|dr|KH)\. ?)?[A-Z][a-z]+")


def _post(doc: Doc, i: int) -> bool:
    t = doc.tokens[i]
    lower = t.text.lower()
    # A position of the list ('Kepala bidang …') is K1's own _half_capitalised reading.
    return capitalised(t) and lower in _POST_TAILS and not in_title(doc, t)


def _holder_after(doc: Doc, end: int) -> bool:
    """A holder's name starts right after ``end``: with a title ('Drs. Ernizwar'), or a name
    the draft gives elsewhere."""
    m = _HOLDER.match(doc.text, end)
    if m is None:
        return False
    if "." in m.group():
        return True
    name = m.group().lstrip(", ")
    return name in doc.given_names


def _capital(m: re.Match[str]) -> str:
    return m.group() if m.group() in FUNCTION_WORDS else cap(m.group())


def lowercase_units(doc: Doc) -> Iterator[Hit]:
    toks = doc.tokens
    for i in range(len(toks) - 2):
        u = toks[i + 1]
        if u.text not in _UNITS or not doc.adjacent(toks[i], u) or not _post(doc, i):
            continue
        k, low = i + 2, []
        while k < len(toks) and k <= i + 6 and doc.adjacent(toks[k - 1], toks[k]):
            w = toks[k].text
            if w.islower() and w.isalpha():
                if w not in FUNCTION_WORDS:
                    low.append(k)
            elif not (w.isupper() and len(w) >= 2):
                break  # an initialism ('SDM') goes on the field; a name ends it
            k += 1
        if not low or toks[low[-1]].text == "dan" or not _holder_after(doc, toks[k - 1].end):
            continue
        start, end = u.start, toks[low[-1]].end
        span = doc.text[start:end]
        fixed = re.sub(r"[^\W\d_]+", _capital, span)
        yield Hit(
            start,
            end,
            N_("Every word of a position's name starts with a capital letter."),
            fixed,
        )


# 'Kepala rutan, Amiek Diyah …': the head of a named unit with its holder after a comma
# (heldout283; the sets mark a lowercase unit after 'Kepala' 15 times of 18, the three left
# a short form's expansion in brackets).
_HEADED_UNIT = re.compile(r"\bKepala (lapas|rutan|bapas|rudenim|lpka|rupbasan), [A-Z][a-z]+ [A-Z]")


def lowercase_unit_head(doc: Doc) -> Iterator[Hit]:
    for m in _HEADED_UNIT.finditer(doc.text):
        unit = m.group(1)
        fixed = unit.upper() if unit == "lpka" else cap(unit)
        yield Hit(
            m.start(1),
            m.end(1),
            N_("Every word of a position's name starts with a capital letter."),
            fixed,
        )
