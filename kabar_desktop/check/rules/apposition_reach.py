"""How far a position's phrase and the name after it reach (P6, for clauses.py; round 12).

"Kepala Kantor Imigrasi Kelas 1 TPI Pontianak, Dwi Anandita mengatakan": the office's class
may be a numeral; "Kasubsi Izin Tinggal, Kantor Imigrasi Kelas II TPI Tarakan, Aris Widodo
menjelaskan": the office's name may go on after a comma ("Camat Karau, Kabupaten Barito
Timur, Edy Adwar memulai"); "Muhammad Syafi’ mengambil": a name may hold or end in an
apostrophe; "Kalapas Sarolangun, Irwan dan para petugas": the name is closed before 'dan'
when what follows is a group of people, not a second name. Each reach keeps the reading of
clauses.py's P6: a capitalised name, then the lowercase predicate.
"""

from __future__ import annotations

import re

from kabar_desktop.check.document import Doc, Token
from kabar_desktop.check.lexicon import words

# "Kelas 1 TPI": a numeral for the office's class joins the phrase (N-rules ask 'Kelas I').
_CLASS_NUMBER = re.compile(r" \d{1,2} ?")  # and "Kelas 2A" (session 16: its 'A' a token)
_APOSTROPHES = ("’", "'")
# After 'dan', words that bring in a group of people, never a second person's name:
# "Kalapas Sarolangun, Irwan dan para petugas" closes the name before 'dan'.
_GROUP_AFTER_DAN = words("para seluruh segenap jajaran jajarannya sejumlah rombongan")
# The first word of an office's name that goes on past a comma ("…, Kantor Imigrasi …",
# "…, Kabupaten Barito Timur, …", "…, Kelas I TPI Pontianak, …").
_NAME_PARTICLES = ("I", "Ni", "Ida", "Anak", "Gusti")
_OFFICE_GOES_ON = words(
    """kantor kabupaten kota provinsi kecamatan kelas lembaga rumah balai direktorat kanwil
    kementerian dinas badan bagian bidang seksi subbagian sub unit"""
)


def joined(doc: Doc, a: Token, b: Token) -> bool:
    """Two tokens of one paragraph with only a space or a bracket between them: the words of
    "Lembaga Pemasyarakatan (Lapas) Kelas IIA Binjai" read as one phrase, and so do those of
    "Kelas 1 TPI", whose numeral is no word token."""
    if a.para != b.para:
        return False
    gap = doc.text[a.end : b.start]
    if gap in (" ", " (", ") "):
        return True
    # round 24: 'Klas 1' as 'Kelas 1' (the old spelling W6 corrects, its numeral K23's)
    return a.text.lower() in ("kelas", "klas") and _CLASS_NUMBER.fullmatch(gap) is not None


def phrase_end(doc: Doc, i: int) -> int:
    """Index past a capitalised phrase starting at token ``i`` ('Kepala Lapas Kelas IIB')."""
    toks = doc.tokens
    j = i + 1
    while j < len(toks) and joined(doc, toks[j - 1], toks[j]):
        if not (toks[j].text[0].isupper() or toks[j].text == "dan" or _lower_class(doc, j)):
            break
        j += 1
    while j - 1 > i and toks[j - 1].text == "dan":
        j -= 1
    return j


_CLASS_AFTER = re.compile(r" (?:I{1,3}|IV)(?: ?[AB])?\b| \d{1,2} ?[AB]? ")


def _lower_class(doc: Doc, j: int) -> bool:
    """'kelas' in lowercase before the office's class: the phrase goes on ('Kepala Rutan
    kelas IIB Boyolali, Agus …'; K10 asks its capital)."""
    t = doc.tokens[j]
    return t.text in ("kelas", "klas") and _CLASS_AFTER.match(doc.text, t.end) is not None


_OFFICE_WORDS = frozenset(("bapas", "lapas", "rutan", "lpka", "rudenim", "kanim", "kanwil"))


def name_end(doc: Doc, i: int) -> int:
    """Index past a name of up to four capitalised words ('Dr. Budi Santoso', 'Ma’ruf')."""
    toks = doc.tokens
    text = doc.text
    j = i + 1
    # a Balinese name keeps its gender and title particles before four words of its own
    # ("I Kadek Dedy Wirawan Arintama", "Ni Luh Putu Ayu Andiyani")
    reach = 5 if toks[i].text in _NAME_PARTICLES else 4
    while j < len(toks) and j - i < reach and (toks[j].text[0].isupper() or _particle(doc, j)):
        gap = text[toks[j - 1].end : toks[j].start]
        if gap not in (" ", ". ") or toks[j].para != toks[i].para or toks[j].initial:
            break  # "… Kendal, Samsul Hidayat. Ia lalu …": the next sentence
        if toks[j].text.lower() in _OFFICE_WORDS:
            break  # "…, Ika Yusianti Bapas sudah menjalin …": the office starts a clause (p98)
        j += 1
    # "Ma’ruf": the apostrophe inside a word of the name
    while j < len(toks) and text[toks[j - 1].end : toks[j].start] in _APOSTROPHES:
        if toks[j].para != toks[i].para or not toks[j].text[0].islower() or j - i > 5:
            break
        j += 1
    return j


# Lowercase particles inside a name, between its capitalised words ("Antonio da Costa",
# "Ahmad bin Yusuf"; heldout47).
_INNER_PARTICLES = frozenset({"da", "de", "dos", "das", "van", "von", "der", "bin", "binti"})


def _particle(doc: Doc, j: int) -> bool:
    toks = doc.tokens
    return (
        toks[j].text in _INNER_PARTICLES
        and j + 1 < len(toks)
        and doc.adjacent(toks[j], toks[j + 1])
        and toks[j + 1].text[:1].isupper()
    )


def name_stop(doc: Doc, k: int) -> int:
    """Where the name ending with token ``k - 1`` stops: past an apostrophe closing its last
    word ('Syafi’')."""
    end = doc.tokens[k - 1].end
    if doc.text[end : end + 2] in ("’ ", "' "):
        return end + 1
    return end


def next_after_name(doc: Doc, k: int) -> bool:
    """Token ``k`` follows the name's last token across one space (or an apostrophe and a
    space: "Syafi’ mengambil")."""
    toks = doc.tokens
    if k >= len(toks):
        return False
    a, b = toks[k - 1], toks[k]
    if doc.adjacent(a, b):
        return True
    return a.para == b.para and doc.text[a.end : b.start] in ("’ ", "' ")


def group_after_dan(doc: Doc, k: int) -> bool:
    """Token ``k`` is 'dan' before a group of people ('dan para petugas')."""
    toks = doc.tokens
    return (
        toks[k].text == "dan"
        and k + 1 < len(toks)
        and doc.adjacent(toks[k], toks[k + 1])
        and toks[k + 1].text in _GROUP_AFTER_DAN
    )


def office_goes_on(doc: Doc, j: int) -> int:
    """Past the parts of an office's name set off by commas after the position's phrase that
    ends before token ``j`` ('…, Kantor Imigrasi Kelas II TPI Tarakan, Aris …'): the index of
    the first token after them, or ``j`` when none follows."""
    toks = doc.tokens
    text = doc.text
    for _ in range(2):
        if j >= len(toks) or toks[j].text.lower() not in _OFFICE_GOES_ON:
            return j
        if not toks[j].text[0].isupper():
            return j
        end = phrase_end(doc, j)
        if end >= len(toks) or end - j < 2:
            return j
        if text[toks[end - 1].end : toks[end].start] != ", " or not toks[end].text[0].isupper():
            return j
        j = end
    return j
