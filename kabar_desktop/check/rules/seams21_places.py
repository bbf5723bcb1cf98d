"""Round 21: the comma between a foreign city and its country (P20, called from commas.py).

EYD V (Tanda Koma) parts a place from the wider region it lies in, abroad as at home
(``Kuala Lumpur, Malaysia``; ``Jeddah, Arab Saudi``). The reading: a word that says where
someone or something comes from or is (``asal``, ``dari``, ``di``, ``ke``, ``kota``), one to
three capitalised words, then a country's name closing the run (no capital after it). The
capitalised words must read as a place: none is a word of a body, an office or a position
(``di Kedutaan Besar Malaysia``, ``dari Universitas Malaya Malaysia`` are left), nor a word
of geography that heads a region's own name (``Semenanjung Malaysia``) or of nationality
(``Warga Negara Malaysia``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import (
    COUNTRIES,
    GENERIC_NOUNS,
    INSTITUTIONS,
    POSITION_PARTS,
    POSITIONS,
    words,
)
from kabar_desktop.check.rules import N_, Hit

_LINK = N_("A comma parts a place from the wider region it lies in: '{word}'.")
_TWO_WORD = (
    "Arab Saudi",
    "Amerika Serikat",
    "Korea Selatan",
    "Korea Utara",
    "Papua Nugini",
    "Timor Leste",
    "Selandia Baru",
)
_ONE_WORD = sorted(
    (
        "-".join(p.capitalize() for p in c.split("-"))
        for c in COUNTRIES
        if c not in ("arab", "amerika", "korea", "saudi")
    ),
    key=len,
    reverse=True,
)
_COUNTRY = "|".join([*_TWO_WORD, *_ONE_WORD])
_ANY_COUNTRY = re.compile(rf" (?:{_COUNTRY})\b")
# Foreign cities and states the news names before their country whatever precedes them
# ("Pusat Koreksional Johor Baru Malaysia", heldout35).
_FOREIGN_PLACES = "Johor Baru|Johor Bahru|Kuala Lumpur|Kota Kinabalu|Kuching|Penang|Selangor"
_CITY_COUNTRY = re.compile(
    rf"\b(?:asal|dari|di|ke|kota|menuju|tujuan|negeri) ((?:[A-Z][a-z]+ ){{0,2}}[A-Z][a-z]+) "
    rf"({_COUNTRY})(?![\w-]| [A-Z(])"
    rf"|(?<=[A-Za-z] )({_FOREIGN_PLACES}) ({_COUNTRY})(?![\w-]| [A-Z(])"
)
# Words that make the capitals a body's or a region's own name, not a city's.
_NOT_CITY = (
    POSITIONS
    | POSITION_PARTS
    | GENERIC_NOUNS
    | frozenset(INSTITUTIONS)
    | COUNTRIES
    | words(
        """kedutaan besar konsulat jenderal universitas bank kerajaan republik negara warga
        semenanjung pulau kepulauan selat laut teluk gunung wilayah perbatasan utara selatan
        barat timur tengah bagian timnas tim klub perusahaan pemerintah kementerian
        masyarakat bangsa bahasa orang rakyat presiden raja perdana menteri duta"""
    )
)


def city_then_country(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    for para in doc.prose_paras():
        if _ANY_COUNTRY.search(text, para.start, para.end) is None:
            continue
        for m in _CITY_COUNTRY.finditer(text, para.start, para.end):
            g = 1 if m.group(1) else 3
            city = m.group(g)
            if any(w.lower() in _NOT_CITY for w in city.split()):
                continue
            yield Hit(m.start(g), m.end(g), _LINK, city + ",", {"word": city})
