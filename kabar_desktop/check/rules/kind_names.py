"""Lowercase words that name a kind of thing, not slips of S1's (EYD V, huruf kapital).

A place's name that tells a kind stays in lowercase ("garam inggris", "pisang ambon", "jeruk
bali"); so does the variety after a food, a crop, an animal or a craft ("pepaya kalifornia",
"lebah klanceng"). A species' Latin name is no Indonesian word either: its genus is
capitalised and its epithet lowercase ("Aedes aegypti", "(Tectona grandis)"), and no word
list has the epithet (probe76: eighteen wrong warnings on two nature-conservation texts).
"""

from __future__ import annotations

import re

from kabar_desktop.check.document import Doc, Token
from kabar_desktop.check.lexicon import words
from kabar_desktop.check.places import place_name
from kabar_desktop.check.spelling import Speller

_KIND_HEADS = words(
    """nasi soto sate mi mie bakso ayam bebek ikan kue bika roti tahu tempe gula garam kopi teh
    jeruk pisang mangga salak durian pepaya nanas apel anggur kacang beras padi jagung cabai
    bawang kelapa batik tenun kain songket sapi kambing domba kerbau lebah madu sambal lele rusa
    kucing kuda jalak elang penyu anggrek"""
)
# The endings of a Latin epithet: 'aegypti', 'grandis', 'timorensis', 'sulphurea', 'indicum'.
_EPITHET = re.compile(r"[a-z]{3,}(?:us|um|is|ae|ii|i|a|es|ensis|oides|ata|ica|ium)")
# Nouns a genus follows unbracketed: 'nyamuk Aedes aegypti', 'bakteri Escherichia coli'.
_ORGANISMS = words(
    """nyamuk bakteri virus jamur cacing kutu lalat spesies jenis genus tanaman pohon tumbuhan
    burung ikan hewan satwa serangga hama parasit"""
)
# A genus: one capitalised word, in brackets or not ('(Cacatua sulphurea)', 'Aedes aegypti').
_GENUS = re.compile(r"[A-Z][a-z]{2,}")


def kind_descriptor(doc: Doc, t: Token, word: str, check: Speller) -> bool:
    """Whether the lowercase word after a noun of a kind names the kind: a place (EYD V keeps
    it lowercase) or a word with no close correction of the same first letter; or whether it
    is a species' epithet after its genus."""
    i = doc.token_at(t.start)
    if not i or not doc.adjacent(doc.tokens[i - 1], t):
        return False
    if doc.tokens[i - 1].text not in _KIND_HEADS:
        return species_epithet(doc, i, word, check)
    if place_name(word) is not None:
        return True
    near = check.quick_suggestions(word, 1)
    return not near or near[0][:1].lower() != word[:1].lower()


def species_epithet(doc: Doc, i: int, word: str, check: Speller) -> bool:
    """Token ``i`` ('grandis') is a Latin epithet: it has a Latin ending, its genus stands
    right before it, and the pair is bracketed after its Indonesian name ('jati (Tectona
    grandis)') or the genus, after a noun of living things, is no word the lists know ('nyamuk Aedes
    aegypti')."""
    genus = doc.tokens[i - 1]
    if not _EPITHET.fullmatch(word) or not _GENUS.fullmatch(genus.text):
        return False
    if doc.text[genus.start - 1 : genus.start] == "(" and doc.text[doc.tokens[i].end] in ") ":
        return True
    before = doc.tokens[i - 2].text.lower() if i > 1 else ""
    return before in _ORGANISMS and not check.known(genus.text.lower())
