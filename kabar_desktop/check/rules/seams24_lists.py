"""Round 24: a regional office's name that lists its fields (P7, called from clauses.py).

A regional agency is named by its kind and the fields it is for, then its region: 'Dinas
Komunikasi, Informatika, Persandian dan Statistik Provinsi Kalimantan Tengah', 'Dinas
Kominfo, Persandian dan Statistik Kabupaten Gowa', 'Badan Kesatuan Bangsa dan Politik Kota
Kupang'. The fields are the name's words, written as the agency is named: no serial comma is
asked inside them. Read where the capitalised run that ends at the list's first item is
opened, at most six words back, by an agency's kind ('Dinas', 'Badan', 'Kantor',
'Kementerian'; 'Dinas' short forms such as 'Diskominfo' excepted) and the words right after
the last field are the region: a region's kind ('Provinsi', 'Kabupaten', 'Kota', 'Kab.'), a
province's, regency's or city's name, or the agency's short form in brackets; the last field
may run a few capitalised words ('… Koperasi dan Usaha Kecil Menengah (Disperindagkop dan
UKM)', session 38). A list of agencies, each with its kind ('Dinas Sosial, Dinas Kesehatan
dan Dinas Pendidikan'), is still a list.
"""

from __future__ import annotations

import re

_SHORT_REGION = re.compile(r" [A-Z][a-z]{3,7} [a-z]")  # 'Pessel', 'Kukar', 'Inhil' (probe87)
_AGENCY = frozenset(("dinas", "badan", "kantor", "kementerian", "kementrian"))
_AGENCY_WORD = re.compile(r"\b(?:Dinas|Badan|Kantor|Kementerian|Kementrian)\b")
_CAPITALISED = re.compile(r"(?<![\w/&-])(?:[A-Z][\w/&-]*|dan),? $")
_FIELD_TAIL = re.compile(r"(?: (?!Provinsi|Kabupaten|Kota)[A-Z][a-z]+){1,3}")
_REGION_AFTER = re.compile(
    r" (?:Provinsi|Kabupaten|Kota|Kab\.|Prov\.|Pemprov|Pemkab|Pemkot|provinsi|kabupaten|kota)\b"
    r"| \((?=[A-Z][\w -]{1,30}\))"  # its short form: '… Pemuda dan Olahraga (Dispora)'
)


def agency_fields(text: str, start: int, first: int, after_end: int) -> bool:
    """The list whose first item starts at ``first`` and whose last item ends at
    ``after_end`` is the fields of one agency's name before its region."""
    if _AGENCY_WORD.search(text, first, after_end):
        return False  # 'Dinas Sosial, Dinas Kesehatan dan Dinas …': agencies listed
    region = _REGION_AFTER.match(text, after_end)
    if region is None:  # the last field of several words: '… dan Usaha Kecil Menengah (…)'
        field_end = _FIELD_TAIL.match(text, after_end)
        region = field_end and _REGION_AFTER.match(text, field_end.end())
    if region is None:
        from kabar_desktop.check.rules.apposition_holders import is_full_place

        nxt = re.match(r" ([A-Z][\w-]+)( [a-z])?", text[after_end : after_end + 40])
        if nxt is None or not (is_full_place(nxt.group(1)) or _SHORT_REGION.fullmatch(nxt[0])):
            return False  # a region's short name before the verb: '… Perkebunan Pessel mengadakan'
    pos = first
    for _ in range(6):
        m = _CAPITALISED.search(text, max(start, pos - 40), pos)
        if m is None:
            return False
        word = m.group().strip(" ,").lower()
        if word in _AGENCY:
            return True
        pos = m.start()
    return False


# Round 24: a list of offices, each named in full ('Lapas Kelas I Medan, Lapas Perempuan
# Kelas IIA Medan dan Rutan Perempuan Kelas IIB Medan'): three items or more take the
# comma before 'dan'/'serta' (EYD V, P7), however many words each item's name has. Read
# where every item opens with an office's word and holds only its name's words (capitalised
# words, a class's numeral or letter), at most seven words.
_OFFICE = r"(?:Lapas|Rutan|Bapas|LPKA|LPP|Rudenim|Kanim|Cabrutan|Kantor Imigrasi)"
_NAME_WORD = r"(?:[A-Z][\w.'’-]*|\d{1,2}[AB]?)"
_ITEM = rf"{_OFFICE}(?: {_NAME_WORD}){{0,6}}"
_OFFICE_LIST = re.compile(
    rf"(?<![\w-]){_ITEM}(?:, {_ITEM})+( (?:[A-Z][\w.'’-]*|\d{{1,2}}[AB]?))"
    rf" (dan|serta) {_OFFICE}\b"
)


def office_list_commas(text: str, start: int, end: int):
    """Paragraph [start, end): (position of the last item's last word, its end, the
    conjunction) for each list of offices with no comma before its conjunction."""
    for m in _OFFICE_LIST.finditer(text, start, end):
        last = m.group(1).strip()
        yield m.start(1) + 1, m.end(1), m.group(2), last


# Round 24: 'Bapas Kelas II Ambon, Kementerian Hukum dan HAM RI …': the last item opens
# with a body's kind and 'dan' joins that body's fields ('Kementerian Hukum dan HAM',
# 'Dinas Kesehatan dan Pendidikan'), not a third item; agencies listed each with its kind
# ('Dinas Sosial, Dinas Kesehatan dan Dinas Pendidikan') are a list still.
_BODY_KINDS = frozenset(("kementerian", "dinas", "badan", "kantor", "direktorat", "biro"))


def fields_of_last_body(items: str, after: str) -> bool:
    """``items`` (the words before the conjunction) open with a body's kind and ``after`` is
    the next field of the same body's name."""
    first = items.split()[0].lower()
    return first in _BODY_KINDS and after[:1].isupper() and after.lower() not in _BODY_KINDS
