"""K10's reading of a place's name written in lowercase right after an office: 'Lapas
kupang', 'Kantor Imigrasi kelas I depok', 'Kanwil Kemenkumham jawa timur', 'kabupaten belu'.

After an office's name or a region's kind, the next word can only be the office's place, so
a word that is the whole name of a province, regency or city (places.py's list, as
Kemendagri writes them) is that name, even where it is also a common word ('kupang', 'batu').
Only whole names count: 'Lapas kelas II' or 'rutan baru' name no place. EYD V (huruf kapital,
I.B.12): names of places and regions are capitalised.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from kabar_desktop import paths
from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import FUNCTION_WORDS, words
from kabar_desktop.check.places import PLACES_FILE
from kabar_desktop.check.rules import Hit
from kabar_desktop.check.rules.place_forms import (
    district_names,
    half_capitalised,
    name_hit,
    split_names,
)
from kabar_desktop.check.wordlists import read_word_list

# Offices whose name goes on with their place: "Lapas Kupang", "Imigrasi Depok".
_OFFICES = words(
    """lapas rutan bapas rudenim lpka rupbasan kanim imigrasi kanwil kemenkumham kemenag
    kemenimipas pemkab pemkot pemprov polres polresta polda kejari kodim bnnk bnnp"""
)
# Kinds of region before their name: "kabupaten belu" (the kind is part of the name).
_REGION_KINDS = words("provinsi kabupaten kota")
_CLASS = words("kelas")
# Words that follow an office and open no place's name: read before the list is.
_NO_PLACE = FUNCTION_WORDS | words(
    """ini itu tersebut setempat juga akan sudah telah baru lain kelas se dapat bisa harus
    masih terus untuk menjadi adalah merupakan"""
)
_LONGEST = 3  # words of the longest name read: "Nusa Tenggara Timur"


@cache
def _names() -> frozenset[tuple[str, ...]]:
    """The names of provinces, regencies and cities, lowercase, word by word."""
    found = read_word_list(paths.resources_dir() / "dictionaries" / PLACES_FILE)
    return frozenset(tuple(n.lower().split()) for n in found if len(n.split()) <= _LONGEST)


@cache
def one_word_places() -> frozenset[str]:
    """The provinces', regencies' and cities' names of one word ('kupang', 'malang', 'batu'):
    capitalised in running text, such a word is the place, not a common word."""
    return frozenset(n[0] for n in _names() if len(n) == 1)


def _place_at(doc: Doc, k: int) -> int:
    """Index past the longest place name written in lowercase from token ``k`` (``k``: none)."""
    toks = doc.tokens
    best = k
    key: tuple[str, ...] = ()
    for j in range(k, min(len(toks), k + _LONGEST)):
        if j > k and not doc.adjacent(toks[j - 1], toks[j]):
            break
        word = toks[j].text
        if not word.isalpha() or not word.islower() or (j == k and word in _NO_PLACE):
            break  # "lapas yang …", "rutan ini": no name, and no need to read the list
        key += (word,)
        if key in _names():
            best = j + 1
    return best


def _after_class(doc: Doc, k: int) -> int:
    """Past 'kelas IIA' after an office ('Lapas Kelas IIA kupang'): the place comes next."""
    toks = doc.tokens
    if k + 1 < len(toks) and toks[k].text.lower() in _CLASS and doc.adjacent(toks[k], toks[k + 1]):
        cls = toks[k + 1].text
        if cls.rstrip("AB").strip("I") == "" or cls.upper().rstrip("AB") == "IV":
            return k + 2
    return k


def lowercase_places(doc: Doc) -> Iterator[Hit]:
    """The lowercase names below, the half-capitalised and the split ones (place_forms.py)."""
    yield from _lowercase_places(doc)
    yield from half_capitalised(doc, _names())
    yield from split_names(doc)
    yield from district_names(doc)  # 'di kecamatan bayat' (session 44)


def _lowercase_places(doc: Doc) -> Iterator[Hit]:
    """A place's whole name in lowercase after an office or a region's kind. (After 'di'
    or 'dari', a name no dictionary holds is S1's: 'di manado' → 'Manado'.)"""
    toks = doc.tokens
    for i, t in enumerate(toks[:-1]):
        lower = t.text.lower()
        if lower not in _OFFICES and lower not in _REGION_KINDS:
            continue
        if doc.paras[t.para].kind == "title":
            continue
        k = _after_class(doc, i + 1) if lower in _OFFICES else i + 1
        if k >= len(toks) or not doc.adjacent(toks[k - 1], toks[k]):
            continue
        end = _place_at(doc, k)
        if end == k or (
            end < len(toks)
            and doc.adjacent(toks[end - 1], toks[end])
            and toks[end].text[:1].isupper()
        ):
            continue  # no name, or a capitalised word goes on: not ours to read
        first = i if lower in _REGION_KINDS and t.text.islower() else k
        span = toks[first:end]
        yield name_hit(span)
