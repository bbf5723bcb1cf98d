"""Indonesia's provinces, regencies and cities (``wilayah.txt``): a capitalised word one slip
from a word of their names is a misspelt place (``BALIKAPAN`` → ``BALIKPAPAN``), while a word
that is itself part of one ("Pekanbaru", "Lubuklinggau") is a name, never a typo.

Read once, on the first capitalised word the lists do not know (about 1 ms).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from kabar_desktop import paths
from kabar_desktop.check.suggest import edits
from kabar_desktop.check.wordlists import read_word_list

PLACES_FILE = "wilayah.txt"
DISTRICTS_FILE = "wilayah-kecamatan.txt"
SHORT_FORMS_FILE = "singkatan-wilayah.txt"  # "Kutim", "Batola": regencies as the press writes
MIN_PLACE = 7  # shorter place words have too many neighbours among names ("Kapus", "Kapuas")
_SPLIT = re.compile(r"[\s-]+")


@cache
def place_words() -> dict[str, str]:
    """Every word of the names, lowercase → as the list writes it."""
    out: dict[str, str] = {}
    for name in read_word_list(paths.resources_dir() / "dictionaries" / PLACES_FILE):
        for word in _SPLIT.split(name):
            if word.isalpha() and word[:1].isupper():
                out.setdefault(word.lower(), word)
    for short in place_short_forms():
        out.setdefault(short.lower(), short)
    return out


@cache
def place_short_forms() -> frozenset[str]:
    """Regencies' and cities' short forms ("Kutim", "Batola"), as their press writes them."""
    return frozenset(read_word_list(paths.resources_dir() / "dictionaries" / SHORT_FORMS_FILE))


@cache
def solid_names() -> frozenset[str]:
    """The names of two words or more, written solid and lowercase ("batubara"): a place's
    name some write as one word, no compound to split."""
    names = read_word_list(paths.resources_dir() / "dictionaries" / PLACES_FILE)
    return frozenset(_SPLIT.sub("", n).lower() for n in names if _SPLIT.search(n))


@cache
def place_names() -> frozenset[str]:
    """The provinces', regencies' and cities' whole names, as the list writes them."""
    return frozenset(read_word_list(paths.resources_dir() / "dictionaries" / PLACES_FILE))


@cache
def district_words() -> frozenset[str]:
    """The words of the districts' names (lowercase): names, never slips of a city's."""
    found = read_word_list(paths.resources_dir() / "dictionaries" / DISTRICTS_FILE)
    return frozenset(w.lower() for w in found)


@cache
def _with_districts() -> dict[str, str]:
    out = {w: w.capitalize() for w in district_words() if len(w) >= MIN_PLACE}
    out.update(place_words())
    return out


def is_place_word(word: str) -> bool:
    lower = word.lower()
    return lower in place_words() or lower in district_words()


def place_name(word: str) -> str | None:
    """``word``, a place's name written in lowercase, with its capital ("manado" →
    "Manado"); ``None`` for any other word."""
    lower = word.lower()
    found = place_words().get(lower)
    if found is None and lower in district_words():
        found = lower.capitalize()
    return found


@lru_cache(maxsize=4096)
def place_slip(word: str, districts: bool = False, headed: bool = False) -> str | None:
    """The one place word of eight letters or more that ``word`` is with a letter dropped or
    doubled, or two neighbours swapped, in ``word``'s case; ``None`` when none or several are.
    Not another letter put for one ("Binda" is no "Banda") nor an added one ("Linggau" is no
    "Lingga"): names differ from places so. ``districts``: where only a place can stand (a
    dateline), a district's name is one too ("PURWOKETO" → "PURWOKERTO"), and a word of
    seven letters is enough. ``headed``: after 'Kota' or 'Kabupaten' a city's last letter
    dropped is a slip too ("Kota Pangkalpinan"), no village's name."""
    lower = word.lower()
    places = _with_districts() if districts else place_words()
    least = MIN_PLACE if districts else MIN_PLACE + 1  # "Sanggu", "Paitan": villages' names
    if len(lower) < least - 2 or not lower.isalpha() or is_place_word(lower):
        return None
    found = {
        c
        for c in edits(lower)
        if len(c) >= least and c in places and c[0] == lower[0] and _slip_of(lower, c, headed)
    }
    if len(found) != 1:
        return None
    fix = places[found.pop()]
    return fix.upper() if word.isupper() else fix


def _slip_of(typed: str, place: str, headed: bool = False) -> bool:
    """``typed`` is ``place`` with a letter dropped, a letter doubled, or letters swapped."""
    if len(typed) == len(place):
        return sorted(typed) == sorted(place)
    if len(typed) == len(place) - 1:
        return headed or typed != place[:-1]  # "Semaran" may be a village's name
    i = next((k for k in range(len(place)) if typed[k] != place[k]), len(place))
    return typed[i] == typed[i - 1] if i else False
