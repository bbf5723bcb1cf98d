"""Round 22 (seams): a city and its province inside a list of places (P20, from commas.py).

EYD V puts a comma between a place and the wider region it lies in. P20 reads a city after
``di``, ``ke``, ``dari``, ``Kota`` or ``Kabupaten``; in a list of places after those words
(``ke Makassar, Tanjungpinang Kepulauan Riau dan Kalideres``) a later item's city and its
province are the same seam: ``Tanjungpinang, Kepulauan Riau``. The city must be a place
the gazetteer knows (a city's or a district's), every word of it, so a body's name before a
province (``Polda Kepulauan Riau``) is never read as one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.rules import N_, Hit

_MESSAGE = N_("A comma separates '{word}' from its province.")


def listed_city_province(doc: Doc, province: str, not_cities: frozenset[str]) -> Iterator[Hit]:
    """'ke Makassar, Tanjungpinang Kepulauan Riau dan …' → 'Tanjungpinang,'."""
    from kabar_desktop.check.places import is_place_word
    from kabar_desktop.check.rules.commas import PROVINCES

    pattern = re.compile(
        rf"(?<=, )([A-Z][a-z]+(?:[ -][A-Z][a-z]+)??) (?:{province})\b(?![ -][A-Z])"
    )
    head = re.compile(r"\b(?:di|ke|dari) [A-Z][\w-]*(?: [A-Z][\w-]*){0,2}(?:, [A-Z][\w -]*?)*$")
    text = doc.text
    for para in doc.prose_paras():
        for m in pattern.finditer(text, para.start, para.end):
            city = m.group(1)
            parts = re.split(r"[ -]", city)
            if any(w.lower() in not_cities or not is_place_word(w) for w in parts):
                continue
            if any(p.startswith(city + " ") or p == city for p in PROVINCES):
                continue  # "Batam, Kepulauan Riau": the province's own first word
            if head.search(text, max(para.start, m.start() - 80), m.start() - 2) is None:
                continue  # the list is no list of places after 'di', 'ke' or 'dari'
            yield Hit(m.start(1), m.end(1), _MESSAGE, city + ",", {"word": city})
