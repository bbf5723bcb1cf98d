"""Round 20: the comma between a place and the wider place or the address after it (P20,
called from commas.py).

EYD V (Tanda Koma): a comma parts the names of a place from the wider region and the address
(``Pontianak, Kalimantan Barat``; ``Kantor Kemendagri, Jalan Medan Merdeka Utara``). Two
seams whose edges the names show:

- a regency's or city's whole name (the gazetteer's) then a province's short form, which
  names no body of its own (``Rudenim Pontianak Kalbar`` → ``Pontianak, Kalbar``; not
  ``Kanwil Kemenkumham Kalbar``: an office, no city, before it);
- an office's short name or a place's name then a street's address (``Kantor Imigrasi
  Sanggau Jalan Jenderal Sudirman`` → ``Sanggau, Jalan``; not ``di Jalan …``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from kabar_desktop import paths
from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import INSTITUTIONS
from kabar_desktop.check.places import PLACES_FILE, is_place_word
from kabar_desktop.check.rules import N_, Hit
from kabar_desktop.check.rules.appositions import PROVINCE_SHORT_FORMS
from kabar_desktop.check.wordlists import read_word_list

_PROVINCE_MESSAGE = N_("A comma separates '{word}' from its province.")
_LINK = N_("A comma parts a place from the wider region it lies in: '{word}'.")
_SHORT = "|".join(
    sorted((w.upper() if len(w) <= 3 else w.capitalize() for w in PROVINCE_SHORT_FORMS), key=len)[
        ::-1
    ]
)
# Up to three capitalised words, a province's short form, then no further part of a name.
_CITY_SHORT = re.compile(rf"(?<![\w-])((?:[A-Z][a-z]+ ){{1,3}})({_SHORT})\b(?![ -][A-Z]|-)")
_STREET = re.compile(r"(?<=[a-z)] )([A-Z][\w-]*) (Jalan|Jl\.|Jln\.) (?=[A-Z\d])")
# Words before 'Jalan' that make it part of the name ("Ruas Jalan", "Dinas … Jalan").
_ROAD_WORDS = frozenset(("ruas", "simpang", "pertigaan", "perempatan", "persimpangan", "proyek"))


@cache
def _city_names() -> frozenset[str]:
    """The regencies' and cities' whole names (the provinces left out)."""
    from kabar_desktop.check.rules.commas import PROVINCES

    names = read_word_list(paths.resources_dir() / "dictionaries" / PLACES_FILE)
    return frozenset(n for n in names if n not in PROVINCES)


def place_seams(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    for para in doc.prose_paras():
        chunk = text[para.start : para.end]
        if any(w in chunk for w in _SHORT.split("|")):
            yield from _city_then_short(text, para.start, para.end)
        if "Jalan " in chunk or "Jl" in chunk:
            yield from _office_then_street(text, para.start, para.end)


def _city_then_short(text: str, start: int, end: int) -> Iterator[Hit]:
    for m in _CITY_SHORT.finditer(text, start, end):
        parts = m.group(1).split()
        # the longest tail of the capitals that is a city's whole name
        city = next(
            (
                " ".join(parts[k:])
                for k in range(len(parts))
                if " ".join(parts[k:]) in _city_names()
            ),
            None,
        )
        if city is None:
            continue
        before = parts[: len(parts) - len(city.split())]
        if before and before[-1].lower() in ("provinsi", "prov"):
            continue
        at = m.end(1) - 1 - len(city)
        yield Hit(at, at + len(city), _PROVINCE_MESSAGE, city + ",", {"word": city})


def _office_then_street(text: str, start: int, end: int) -> Iterator[Hit]:
    for m in _STREET.finditer(text, start, end):
        word = m.group(1)
        low = word.lower()
        if low in _ROAD_WORDS or not (low in INSTITUTIONS or is_place_word(word)):
            continue
        yield Hit(m.start(1), m.end(1), _LINK, word + ",", {"word": word})
