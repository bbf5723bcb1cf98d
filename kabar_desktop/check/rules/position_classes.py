"""K2's readings of a position used as a class of people, beside positions.py's 'para …':
the capital of a position belongs to one holder named after it (EYD V, I.B: a title followed
by a name, an office or a place); counted or coordinated with no name after, it speaks of
every holder and is lowercase.

- A count before it: 'ada 30 Lurah/Kepala Desa', 'sebanyak 12 Kepala Seksi hadir'.
- Heads of a kind of unit side by side, with no unit's name after them: 'hingga Kepala Badan
  dan Kepala Biro', 'diikuti Kepala Bidang serta Kepala Seksi' (each unit one of many).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import INSTITUTIONS, MONTHS, POSITIONS, QUANTIFIERS, words
from kabar_desktop.check.rules import N_, Hit
from kabar_desktop.check.rules.case_reading import capitalised, in_title, initial
from kabar_desktop.check.rules.generic_positions import functional_positions, slashed_kinds
from kabar_desktop.check.rules.headline import headline

# Kinds of unit a head may lead, each one of many: with no name after them, a class.
_UNIT_KINDS = words(
    """badan biro bidang seksi subseksi bagian subbagian divisi dinas desa kelurahan unit
    balai satuan urusan sekolah"""
)
_LINKS = words("dan serta atau")
# A count of people: a number of one to three digits standing alone before the position.
_COUNT = re.compile(r"(?<![\w.,/()-])\d{1,3} $")
# Words before a number that make it no count: a year, a number of a rule or a room, a date.
_NUMBERED = words("tahun nomor no pasal ayat pukul jam kelas lantai tanggal ke angka blok") | {
    m.lower() for m in MONTHS
}


def _head(doc: Doc, i: int) -> int | None:
    """Index past a capitalised position at ``i`` and the kind of unit after it ('Kepala
    Badan'), or None when a name, an office or a unit's name follows (its holder's title)."""
    toks = doc.tokens
    t = toks[i]
    if t.text.lower() not in POSITIONS or not capitalised(t) or t.text.isupper():
        return None
    j = i + 1
    if j < len(toks) and doc.adjacent(t, toks[j]) and toks[j].text.lower() in _UNIT_KINDS:
        if not capitalised(toks[j]):
            return None
        j += 1
    if j < len(toks) and toks[j].para == t.para:
        gap = doc.text[toks[j - 1].end : toks[j].start]
        named = capitalised(toks[j]) and gap in (" ", ", ") and not toks[j].initial
        if named and toks[j].text.lower() not in POSITIONS:
            return None  # "Kepala Badan Budi", "Kepala Biro Umum": one holder's title
    return j


def _counted(doc: Doc, i: int) -> bool:
    """A count stands just before token ``i``: '30 Lurah', not '2024 Kepala' nor 'Nomor 5'."""
    t = doc.tokens[i]
    start = max(doc.paras[t.para].start, t.start - 5)
    m = _COUNT.search(doc.text, start, t.start)
    if m is None:
        return False
    before = doc.text[max(0, m.start() - 12) : m.start()].split()
    return not before or before[-1].lower().strip(",") not in _NUMBERED


def counted_and_coordinated(doc: Doc) -> Iterator[Hit]:
    """K2 findings: counted positions and heads of kinds of unit side by side."""
    for h in functional_positions(doc):  # "Pembimbing Kemasyarakatan" of no one named
        if not _after_person(doc.text, h.start):
            yield h  # not "oleh Haris, Penyuluh Hukum dari …": his post (heldout54)
    yield from slashed_kinds(doc)  # "masing-masing Kementerian/Lembaga"
    toks = doc.tokens
    done = -1
    for i, t in enumerate(toks):
        if t.start < done or t.text.lower() not in POSITIONS or not t.text[:1].isupper():
            continue
        if in_title(doc, t) or initial(doc, t) or headline(doc, t.para):
            continue
        if i and toks[i - 1].text.lower() in QUANTIFIERS:
            continue  # "para Kepala Desa": positions.py reads it
        j = _head(doc, i)
        if j is None:
            yield from _counted_head(doc, i)
            continue
        ends = [j]
        while ends[-1] < len(toks) - 1:  # "Lurah/Kepala Desa", "Kepala Badan dan Kepala Biro"
            k = ends[-1]
            gap = doc.text[toks[k - 1].end : toks[k].start]
            if gap == "/" and toks[k].para == t.para:
                nxt = _head(doc, k)
            elif toks[k].text in _LINKS and doc.adjacent(toks[k - 1], toks[k]):
                nxt = _head(doc, k + 1) if doc.adjacent(toks[k], toks[k + 1]) else None
            else:
                break
            if nxt is None:
                break
            ends.append(nxt)
        end = ends[-1]
        kinds = sum(toks[e - 1].text.lower() in _UNIT_KINDS for e in ends)
        if not (_counted(doc, i) or (len(ends) >= 2 and kinds == len(ends))):
            continue
        done = toks[end - 1].end
        yield Hit(
            t.start,
            done,
            N_("A position used generically is written in lowercase."),
            doc.text[t.start : done].lower(),
        )


_NAME_COMMA = re.compile(r"\b(?:oleh|dari|bersama|kepada|yakni|yaitu) ([A-Z][a-z]+), $")


def _after_person(text: str, start: int) -> bool:
    """One capitalised word after 'oleh', 'bersama' … and a comma stand just before
    ``start``: a person's name, whose post follows ('oleh Haris, Penyuluh Hukum dari …')."""
    from kabar_desktop.check.places import is_place_word

    m = _NAME_COMMA.search(text, max(0, start - 30), start)
    if m is None:
        return False
    word = m.group(1).lower()
    return word not in POSITIONS and word not in INSTITUTIONS and not is_place_word(word)


def _counted_head(doc: Doc, i: int) -> Iterator[Hit]:
    """'kepada 13 Kepala Unit Pelaksana Teknis', 'ada 9 Kepala Lapas se-…': many holders
    counted before a head of a kind of unit or office; the unit's words are its own name,
    the head is every holder's and lowercase. A count of one names one holder."""
    toks = doc.tokens
    t = toks[i]
    if not (t.text == "Kepala" and _counted(doc, i) and i + 1 < len(toks)):
        return
    count = doc.text[max(0, t.start - 4) : t.start].split()[-1:]
    if not count or not count[0].isdigit() or int(count[0]) < 2:
        return
    nxt = toks[i + 1]
    lower = nxt.text.lower()
    if not doc.adjacent(t, nxt) or not capitalised(nxt):
        return
    if lower in _UNIT_KINDS or (lower in INSTITUTIONS and lower not in POSITIONS):
        yield Hit(
            t.start,
            t.end,
            N_("A position used generically is written in lowercase."),
            "kepala",
        )
