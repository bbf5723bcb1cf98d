"""Capitals K3 keeps (``kept_capital``): a firm's name, the words after its legal form ('PT
Dinara Hidroponik Farm', 'CV Maju Jaya'), wherever the article names the firm again
('Perwakilan Dinara Hidroponik Farm'; probe84); an office's unit named in full before its
short form ('Seksi Intelijen Penindakan dan Keimigrasian (Inteldakim)'), in whatever order
the office lists its fields (heldout181); a house of prayer before its quoted name; a holy
name with -nya; a few words the sets leave capitalised nearly always.
"""

from __future__ import annotations

import re
from weakref import WeakKeyDictionary

from kabar_desktop.check.document import Doc

_FIRM = re.compile(r"\b(?:PT|CV|UD|Koperasi|Yayasan)\.? ((?:[A-Z][\w&'-]*\s?){1,5})")


def firm_word(doc: Doc, start: int, end: int) -> bool:
    """The capitalised words at [start, end) are words of a firm the article names after its
    legal form."""
    words = doc.text[start:end].split()
    named = _NAMED.get(doc)
    if named is None:  # read once a check: K3 asks for every capitalised noun it finds
        found = (w for m in _FIRM.finditer(doc.text) for w in m.group(1).split())
        named = _NAMED[doc] = frozenset(found)
    return bool(words) and all(w in named for w in words)


_NAMED: WeakKeyDictionary[Doc, frozenset[str]] = WeakKeyDictionary()


# A house of prayer before its quoted name: 'Masjid "Al-Ikhlas"' is the mosque's (probe85).
_HOUSE_OF_PRAYER = re.compile(r'(?:Masjid|Musala|Mushola|Gereja|Pura|Vihara|Klenteng) ["“][A-Z]')
# A holy name with -nya keeps its capital (EYD V: 'Tuhannya', 'Natalnya'; heldout177, 179).
_HOLY_NYA = re.compile(r"(?:Tuhan|Allah|Natal|Nabi|Rasul|Idulfitri|Iduladha)nya")


# A unit's head, its capitalised fields (joined by 'dan'), its short form in brackets.
_UNIT_NAME = re.compile(
    r"\b(?:Seksi|Subseksi|Bidang|Subbidang|Bagian|Subbagian|Urusan)"
    r"(?: (?:dan )?[A-Z][a-z]+){1,7} \([A-Z][A-Za-z]{2,12}\)"
)


# A section's head, then its capitalised name: 'Kasi Kegiatan Kerja' (probe126).
_HEAD_THEN_UNIT = re.compile(
    r"\b(?:Kasi|Kasubsi|Kasubag|Kasubbag|Kabid|Kabag|Seksi|Subseksi|Bidang|Bagian|Subbagian)"
    r"((?: [A-Z][a-z]+){2,4})\b"
)


def unit_name_word(doc: Doc, start: int, end: int) -> bool:
    """[start, end) lies inside a unit's full name written before its short form, or is a
    unit's name of two words or more that the article writes after its head elsewhere
    ('staf jajaran Kegiatan Kerja' beside 'Kasi Kegiatan Kerja')."""
    read = _UNITS.get(doc)
    if read is None:
        spans = tuple(m.span() for m in _UNIT_NAME.finditer(doc.text))
        named = frozenset(m.group(1).strip() for m in _HEAD_THEN_UNIT.finditer(doc.text))
        read = _UNITS[doc] = (spans, named)
    spans, named = read
    return any(a <= start and end <= b for a, b in spans) or doc.text[start:end] in named


_UNITS: WeakKeyDictionary[Doc, tuple[tuple[tuple[int, int], ...], frozenset[str]]] = (
    WeakKeyDictionary()
)


# Capitalised words the sets leave as written (session 36, mid-sentence on the 416 sets): a
# regional bill's short form, as the offices write it ("7 Raperda", 0 of 14 marked); the Mass
# (0 of 4); the faiths' followers (Muslim 6 of 30, Kristiani 0 of 22); the ministry's named
# programme ("13 Program Akselerasi", 0 of 12); the farmers' "Brigade Pangan" (0 of 18).
_LEFT_AS_WRITTEN = frozenset(
    {"Raperda", "Misa", "Muslim", "Kristiani", "Program Akselerasi", "Brigade Pangan"}
)


def kept_capital(doc: Doc, start: int, end: int) -> bool:
    """K3 leaves the capital at [start, end): a firm's word, a unit's field before its short
    form, a house of prayer before its quoted name, a holy name with -nya, a word the sets
    leave."""
    return (
        doc.text[start:end] in _LEFT_AS_WRITTEN
        or firm_word(doc, start, end)
        or unit_name_word(doc, start, end)
        or _HOUSE_OF_PRAYER.fullmatch(doc.text, start, end + 3) is not None
        or _HOLY_NYA.fullmatch(doc.text, start, end) is not None
        or in_acronym_expansion(doc.text, start)
        or _SCHOOL_SHIFT.search(doc.text, max(0, start - 45), end) is not None
        or _KEPT_RUNS.match(doc.text, start) is not None
    )


# Runs the sets leave in capitals though K3 reads their first word: the civil servant's
# status spelled out (3 of 16 marked), the marriage registrar (0 of 1), BPJS's 'Kader JKN'
# (3 of 11) (session 37).
_KEPT_RUNS = re.compile(r"Pegawai (?:Negeri Sipil|Pencatat Nikah)\b|Kader JKN\b")


# A Jakarta school's shift after its number: "SD Negeri Gedong 05 Pagi" (heldout456).
_SCHOOL_SHIFT = re.compile(r"\b(?:SDN?|SMPN?|MIN?|Negeri)\b[^.,;]{0,30} \d{1,3} (?:Pagi|Petang)$")


_EXPANDS = re.compile(r"\b(?:singkatan|kepanjangan|akronim|kependekan) dari\b")


def in_acronym_expansion(text: str, start: int) -> bool:
    """The capital at ``start`` opens a phrase of an acronym spelled out letter by letter
    in the sentence ("BAHAGIA. Itu singkatan dari Berat badan …, Aturlah …, Hindari …",
    probe154): the writer's capitals show the letters."""
    before = text[max(0, start - 400) : start]
    found = list(_EXPANDS.finditer(before))
    return bool(found) and not re.search(r"[.!?]\s", before[found[-1].end() :])
