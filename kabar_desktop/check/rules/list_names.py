"""Lists that are names, and pairs inside one item (P7 and P32's silences; round 12).

A serial comma belongs to a list the writer made, not to a name that reads like one:
"Pembinaan, Monitoring, Pengawasan dan Pengendalian (Bintorwasdal)" spells out the letters
of its short form, so it is one programme's name; "Kominfo, Humas dan Protokol" names a
unit the text calls "Bagian Humas dan Protokol" elsewhere. And "Penambahan mesin obras dan
mesin overdeck" pairs two things of one head noun inside the list's last item.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import INSTITUTION_KINDS, POSITION_PARTS, POSITIONS, words

_SHORT_FORM = re.compile(r" ?\(([A-Z][A-Za-z]{1,14})\)")
_WORD = re.compile(r"[^\W\d_]+")
# Words that stand before a unit's name: "Bagian Humas dan Protokol", "Kabag Humas dan …".
_UNIT_HEADS = POSITIONS | POSITION_PARTS | INSTITUTION_KINDS


def spelled_short_form(text: str, after_end: int) -> bool:
    """The words before ``after_end`` (joined by spaces and commas) spell the short form in
    brackets right after them: each word gives the next letters of it, in order ("Pembinaan,
    Monitoring, Pengawasan dan Pengendalian (Bintorwasdal)", "Sarana Asimilasi dan Edukasi
    (SAE)"); the list's words then make one name."""
    m = _SHORT_FORM.match(text, after_end)
    if m is None:
        return False
    found: list[str] = []
    nearest = after_end
    for w in reversed(list(_WORD.finditer(text, max(0, after_end - 160), after_end))):
        if found and text[w.end() : nearest] not in (" ", ", "):
            break
        nearest = w.start()
        found.append(w.group().lower())
        if len(found) == 9:
            break
    words_ = [w for w in reversed(found) if w not in ("dan", "serta", "atau")]
    short = m.group(1).lower()
    return any(_spells(tuple(words_[k:]), short) for k in range(len(words_) - 1))


# Capitalised words, then a short form in brackets: "… Hak Asasi Manusia (Kemenkumham)".
_NAME_THEN_SHORT = re.compile(r"(?: [A-Z][\w-]*)* \([A-Z][A-Za-z]{1,15}\)")


def titled_pair_with_short_form(text: str, last: str, after: str, after_end: int) -> bool:
    """'Last dan After …' in capitals, the words after ``after`` in capitals too up to a short
    form in brackets: one name ("Kementerian Hukum dan Hak Asasi Manusia (Kemenkumham)",
    "Keamanan dan Ketertiban (Kamtib)"; the fifth probe), no list's last two items."""
    if not (last[:1].isupper() and after[:1].isupper()):
        return False
    return _NAME_THEN_SHORT.match(text, after_end) is not None


@lru_cache(maxsize=256)
def _spells(found: tuple[str, ...], short: str) -> bool:
    """Each word of ``found`` holds, in order, a non-empty piece of ``short``; the pieces
    make ``short`` whole. A piece starts the word or follows its first letters ('pemBINaan')."""
    if not found:
        return not short
    word, rest = found[0], found[1:]
    if not short:
        return False
    for size in range(min(len(short), len(word)), 0, -1):
        piece = short[:size]
        at = word.find(piece)
        if at != -1 and (at == 0 or size >= 2) and _spells(rest, short[size:]):
            return True
    return False


def unit_named_elsewhere(doc: Doc, first: str, conj: str, second: str, here: int) -> bool:
    """'First dan Second' (both capitalised) stands elsewhere in the text after a unit's or a
    position's word ('Bagian Humas dan Protokol', 'Kabag Humas dan Protokol'): one unit's
    name, no list's last two items."""
    if not (first[:1].isupper() and second[:1].isupper()):
        return False
    pair = re.compile(rf"([^\W\d_]+) ({re.escape(first)}) {conj} {re.escape(second)}\b")
    return any(
        m.start(2) != here and m.group(1).lower() in _UNIT_HEADS for m in pair.finditer(doc.text)
    )


def pair_of_one_head(item: list[str], after: str) -> bool:
    """The list's last item pairs two things of one head noun: "Penambahan mesin obras dan
    mesin overdeck": the word after the conjunction repeats the item's word before the last,
    so the conjunction joins inside the item."""
    return len(item) >= 3 and item[-2].lower() == after.lower()


# The heads of an office's name that may hold 'dan' ('Dinas Tenaga Kerja dan Transmigrasi').
_NAME_HEADS = words("dinas badan kantor bagian biro bidang seksi subbagian direktorat komisi")
_PLACE_LEVELS = words("kabupaten kota provinsi kecamatan")


def office_name_pair(item: list[str], rest: str) -> bool:
    """The list's last item is an office's capitalised name and the words after 'dan' (up
    to ``rest``'s first mark) go on with it ('…, Dinas Tenaga Kerja dan Transmigrasi, …',
    heldout81): the name's own conjunction. Another office after it ('Dinas Sosial dan
    Dinas Kesehatan'), a short form ('dan Bappeda'), a name that had its place already
    ('Dinas … Kabupaten Kediri dan Pos Binda Kediri') or a long one is a list's item."""
    after = re.split(r"[,.;:()]", rest, maxsplit=1)[0].split()
    run = list(itertools.takewhile(lambda w: w[:1].isupper(), after))
    from kabar_desktop.check.rules.apposition_holders import is_full_place

    if len(after) > 2 and len(run) == 3 and is_full_place(run[-1]):
        after = run[:2]  # "Dinas Perikanan dan Ketahanan Pangan Agam dan lainnya" (p150)
    return (
        len(item) >= 2
        and item[0].lower() in _NAME_HEADS
        and all(w[:1].isupper() for w in item)
        and not _PLACE_LEVELS & {w.lower() for w in item}
        and 1 <= len(after) <= 2
        and all(w[:1].isupper() and not w.isupper() for w in after)
        and after[0].lower() not in _NAME_HEADS
    )


_SPELLED = re.compile(r"((?:[A-Z][a-z]+,? (?:dan |serta |yang )?){1,6})\(([A-Z][A-Z\d]{1,5})\)")


def spells_short_form(text: str, start: int) -> bool:
    """The capitalised words from ``start`` spell the short form in brackets after them: their
    initials are its letters ('Pemberdayaan dan Kesejahteraan Keluarga (PKK)', probe82)."""
    m = _SPELLED.match(text, start)
    if m is None:
        return False
    # "P2P": a letter and its count, the short form of "Pencegahan dan Pengendalian Penyakit"
    letters = re.sub(r"([A-Z])(\d)", lambda d: d.group(1) * int(d.group(2)), m.group(2))
    return "".join(w[0] for w in m.group(1).split() if w[0].isupper()) == letters


def within_spelled(text: str, start: int) -> bool:
    """The capital at ``start`` is one of the words that spell a bracketed short form after
    them ('Lahan Sawah yang Dilindungi (LSD)': 'Dilindungi' too, heldout221)."""
    line = text.rfind("\n", 0, start) + 1
    words = [m.start() for m in re.finditer(r"(?<!\S)[A-Z]", text[line:start + 1])]
    for k in words[-6:]:
        m = _SPELLED.match(text, line + k)
        if m is None or "," in m[0]:
            continue  # with commas, a list P7 reads (P4GN's fields, heldout95)
        if m.end() > start and spells_short_form(text, line + k):
            return True
    return False
