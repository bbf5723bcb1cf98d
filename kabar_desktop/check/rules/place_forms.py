"""K10's reading of a regency's or a city's name in the wrong form, where the list of names
(wilayah.txt, as Kemendagri writes them) says the right one:

- half capitalised: 'Kabupaten Buton tengah', 'Sumatera utara' → 'Buton Tengah' (EYD V,
  I.B.12: every word of a geographical name is capitalised; the compass word is part of it);
- split: 'Pematang Siantar', 'Banjar Baru' → 'Pematangsiantar', 'Banjarbaru' (the name is one
  word). A writer who spells a local name one way throughout ('Pematang Siantar' three times
  and more, never solid) follows a settled local usage: left to the desk.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from kabar_desktop import paths
from kabar_desktop.check.document import Doc, Token
from kabar_desktop.check.lexicon import words
from kabar_desktop.check.places import PLACES_FILE
from kabar_desktop.check.rules import N_, Hit
from kabar_desktop.check.wordlists import read_word_list

# The words that end a regency's or a city's name of two words or more: 'Buton Tengah'.
_QUALIFIERS = words("utara selatan timur barat tengah tenggara daya laut pusat hulu hilir")
_PAIR = re.compile(r"\b([A-Z][a-z]{2,}) ([A-Z][a-z]{2,})\b(?! [A-Z])")
_SETTLED = 3  # a split form written this often, never solid, is the writer's usage
# Split forms in official use: Kemendagri's code list (Kepmendagri 300.2.2-2138/2025) writes
# the city so, where the list of names has its own solid form.
_OFFICIAL_SPLITS = frozenset({"Lubuk Linggau"})
# Cities whose own governments write the name as one word, which the sets mark however often
# an article splits it (session 39: 'Pekan Baru', 'Tanjung Pinang', 'Pangkal Pinang' 9 of 9;
# 'Pematang Siantar' 4 of 23, 'Tanjung Balai' 0 of 33: those stay the desk's note).
_CITY_SPELLING = frozenset({"Pekanbaru", "Tanjungpinang", "Pangkalpinang"})


@cache
def _solid() -> dict[str, str]:
    """The one-word names of regencies and cities, lowercase → as the list writes them."""
    names = read_word_list(paths.resources_dir() / "dictionaries" / PLACES_FILE)
    return {n.lower(): n for n in names if " " not in n and "-" not in n}


def half_capitalised(doc: Doc, names: frozenset[tuple[str, ...]]) -> Iterator[Hit]:
    """'Buton tengah': a name's first word capitalised, its compass word not."""
    toks = doc.tokens
    for i, t in enumerate(toks[:-1]):
        nxt = toks[i + 1]
        if nxt.text not in _QUALIFIERS or not t.text[:1].isupper() or not t.text.isalpha():
            continue
        if not doc.adjacent(t, nxt) or doc.paras[t.para].kind == "title":
            continue
        if (t.text.lower(), nxt.text) not in names:
            continue
        fixed = f"{t.text[0]}{t.text[1:].lower()} {nxt.text.capitalize()}"
        yield Hit(
            t.start,
            nxt.end,
            N_("A name starts each word with a capital letter: '{word}'."),
            fixed,
            {"word": fixed},
        )


# A village's or a street's own name, which may share a regency's letters: "Kelurahan Karang
# Anyar" (Jakarta Pusat) is no "Karanganyar" (probe138).
_VILLAGE_BEFORE = re.compile(r"\b(?:[Kk]elurahan|[Dd]esa|[Dd]usun|[Kk]ampung|[Jj]alan|Jl\.?) $")


def split_names(doc: Doc) -> Iterator[Hit]:
    """'Pematang Siantar' → 'Pematangsiantar': a one-word name written as two."""
    text = doc.text
    solid = _solid()
    toks = doc.tokens
    prose = {id(p) for p in doc.prose_paras()}
    starts = {
        t.start
        for t, u in zip(toks, toks[1:], strict=False)
        if t.text[:1].isupper()
        and u.text[:1].isupper()
        and (t.text + u.text).lower() in solid
        and id(doc.paras[t.para]) in prose
    }
    found = [
        (m, solid[(m.group(1) + m.group(2)).lower()])
        for start in sorted(starts)
        if (m := _PAIR.match(text, start))
        and (m.group(1) + m.group(2)).lower() in solid
        and m.group() not in _OFFICIAL_SPLITS
        and not _VILLAGE_BEFORE.search(text, max(0, m.start() - 12), m.start())
    ]
    for m, name in found:
        city = name in _CITY_SPELLING  # the city's own spelling: an error however often split
        written = sum(f.group() == m.group() for f, _ in found)
        if not city and written >= _SETTLED and name not in text:
            continue
        message = (
            N_("The city writes its name as one word: '{word}'.")
            if city
            else N_("The place's name is written as one word: '{word}'.")
        )
        yield Hit(m.start(), m.end(), message, name, {"word": name})


def name_hit(span: list[Token]) -> Hit:
    """K10's finding on a name written in lowercase: every word of ``span`` capitalised."""
    fixed = " ".join(w.text[:1].upper() + w.text[1:] for w in span)
    message = N_("A name starts each word with a capital letter: '{word}'.")
    return Hit(span[0].start, span[-1].end, message, fixed, {"word": fixed})


# Kinds of area below a regency, before their name: 'kecamatan sukasada', 'Desa ngadirejo'.
_AREA_THEN_LOWER = re.compile(r"\b(?:se-)?(?:[Kk]ecamatan|[Kk]elurahan|[Dd]esa) (?=[a-z])")


def district_names(doc: Doc) -> Iterator[Hit]:
    """A district's or a village's name in lowercase after its kind ('di kecamatan bayat',
    'se-Kecamatan pebayuran', 'Desa ngadirejo'): a word of the districts' names (or the
    regencies') that no Indonesian word list holds can only be the name (session 44: 29
    marked of 29 the other readings missed, none left). A common word ('desa baru', 'kecamatan
    karang tinggi') stays unread: it may be the place's description."""
    from kabar_desktop.check.places import is_place_word
    from kabar_desktop.check.spelling import speller

    toks = doc.tokens
    for m in _AREA_THEN_LOWER.finditer(doc.text):
        i = doc.token_at(m.start())
        if i is None or i + 1 >= len(toks):
            continue
        t, nxt = toks[i], toks[i + 1]
        if not doc.adjacent(t, nxt) or not nxt.text.isalpha():
            continue
        word = nxt.text
        if not word.islower() or len(word) < 4 or not is_place_word(word):
            continue
        if doc.paras[t.para].kind == "title" or speller().known(word):
            continue
        span = toks[i if t.text.islower() and t.text[:3] != "se-" else i + 1 : i + 2]
        yield name_hit(span)
