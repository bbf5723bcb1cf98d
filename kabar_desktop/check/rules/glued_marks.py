"""Slips of form that need no reading of the sentence: a time zone after any clock time
written in small letters ('sampai 16.00 Wita', N4's), a name's initial glued to the name
('Bupati H.Mashuri', 'Lapangan J.Wayong', P9's: one space after an initial's period, EYD V),
and an opening quote mark glued to the word before it ('prinsip“Saring …”', P9's: a space
before an opening mark, as before an opening bracket).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.quote_marks import quote_roles
from kabar_desktop.check.rules import N_, Hit

# A clock time, then its zone in the wrong case: "08.00 Wita", "16.00 wib" (N4's "pukul"
# reading covers the time after 'pukul'; this one the second time of a range, or a time
# written without 'pukul').
_TIME_ZONE = re.compile(r"(?<![\d.,])\d{1,2}[.:]\d{2} (?i:(wib|wita|wit))\b")
# One capital, its period, then a name of four letters or more with no space: "H.Mashuri",
# "J.Wayong". A degree's parts are short ('S.Pd', 'S.Kom', 'M.Hum') and end with a period or
# a comma; a name goes on with a space or ends the clause.
_GLUED_INITIAL = re.compile(r"([A-Z])\.([A-Z][a-z]{2,})(?=[\s,;:)”\"]|$)")
# Degrees' second parts of four letters or more, written as an initial's name would be.
_DEGREE_PARTS = frozenset({"Farm", "Hum", "Kom", "Sos", "Psi", "Kep", "Ked", "Kes", "Hut"})


# A diploma's or an applied degree's first part glued to its field, after a name's comma:
# ', Amd.Keb', ', Str.Keb' (P27 writes them 'A.Md.Keb.', 'S.Tr.Keb.').
_DEGREE_BEFORE = re.compile(r",\s?(?:A\.?[Mm]d|S\.?[Tt]r|Bc)$")  # " ,Amd.Gz" (p84), "Bc.Ip." (p152)
_DEGREE_AFTER = re.compile(r"[A-Z][a-z]{1,3}\b")


def glued_degree(text: str, stop: int) -> bool:
    """The period at ``stop`` parts a degree's pieces ('Suhartini, Amd.Keb'): a degree keeps
    its parts together (probe83), so no space is asked after it; P27 asks its periods."""
    return bool(_DEGREE_BEFORE.search(text, max(0, stop - 8), stop)) and bool(
        _DEGREE_AFTER.match(text, stop + 1)
    )


def zone_case(doc: Doc, seen: set[int]) -> Iterator[Hit]:
    """A time's zone in small letters, anywhere after a clock time; ``seen``: the zones' starts
    already reported (after 'pukul')."""
    text = doc.text
    if not any(z in text for z in ("Wit", "wit", "wib", "Wib", "WIt", "WIb")):
        return
    for m in _TIME_ZONE.finditer(text):
        zone = m.group(1)
        if zone.isupper() or m.start(1) in seen:
            continue
        yield Hit(
            m.start(1),
            m.end(1),
            N_("A time zone is written in capitals: '{word}'."),
            zone.upper(),
            {"word": zone.upper()},
        )


def glued_initials(doc: Doc) -> Iterator[Hit]:
    """'H.Mashuri' → 'H. Mashuri': a space follows the period of a name's initial."""
    text = doc.text
    for m in _GLUED_INITIAL.finditer(text):
        before = text[m.start() - 1 : m.start()]
        if before == "." and _initials_before(text, m.start() - 1):
            before = ""  # round 24: "H.M.Hilman" → "H.M. Hilman": the last of a name's initials
        if m.group(2) in _DEGREE_PARTS or (before and (before.isalnum() or before in "._")):
            continue  # one capital alone, not a word's last letter: "H.Mashuri", not "RI.Dalam"
        if len(m.group(2)) == 3 and m.group(1) in "SMDA":
            continue  # session 40: "H.Ali", "H.Cik" are names; "S.Fil", "M.Pdk" are degrees
        yield Hit(
            m.start(),
            m.end(),
            N_("A space follows a punctuation mark."),
            f"{m.group(1)}. {m.group(2)}",
        )
    yield from _glued_openings(doc)


def _initials_before(text: str, stop: int) -> bool:
    """The period at ``stop`` closes a run of one-capital initials that opens a word
    ('H.' in 'H.M.Hilman')."""
    k = stop
    while k >= 2 and text[k] == "." and text[k - 1].isupper():
        if k - 2 < 0 or not text[k - 2].isalnum():
            return True
        if text[k - 2] != ".":
            return False
        k -= 2
    return False


def _glued_openings(doc: Doc) -> Iterator[Hit]:
    """'melalui prinsip“Saring …”' → 'prinsip “Saring': an opening mark between a word and
    the quote's first word stands apart from the word before it."""
    text = doc.text
    if "“" not in text and '"' not in text:
        return
    for para in doc.paras:
        for i, opening in quote_roles(text, para.start, para.end):
            # round 24: after a sentence's stop too ('berhasil.“Gagal …' → '. “Gagal')
            glued_after = text[i - 1].isalnum() or (
                i - 1 > para.start and text[i - 1] in ".!?" and text[i - 2].isalpha()
            )
            if opening and i > para.start and glued_after and text[i + 1 : i + 2].isalpha():
                yield Hit(i, i + 1, N_("A space goes before an opening quote mark."), " " + text[i])
