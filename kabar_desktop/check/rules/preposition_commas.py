"""No comma between a preposition and its object (P39, for wrong_commas.py; round 12).

EYD V sets no comma inside a prepositional phrase: "tanaman seperti, cabai" → "seperti
cabai", "komentarnya terkait, adanya informasi" → "terkait adanya". A preposition that takes
an object never ends a phrase; 'terkait' also is an adjective ("instansi terkait, …"), so it
is read only after a verb or a word in '-nya', where it cannot be one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import FUNCTION_WORDS, SAYING_VERBS, words
from kabar_desktop.check.rules import N_, Hit
from kabar_desktop.check.rules.commas import is_verb

# Prepositions that always take their object right after them (KBBI: preposisi).
PREPOSITIONS = words(
    "seperti tentang mengenai terhadap kepada tanpa menuju berupa terkait menyangkut seputar"
    " perihal"
)
_WORD_AFTER = re.compile(r" ([^\W\d_]+)")
_WORD_BEFORE = re.compile(r"([^\W\d_]+) $")
_OBJECT = N_("No comma between '{word}' and its object.")


def preposition_commas(doc: Doc, s: int, e: int) -> Iterator[Hit]:
    """The comma right after a preposition in sentence [s, e), before its object."""
    text = doc.text
    comma = text.find(",", s, e)
    while comma != -1:  # a few commas a sentence: cheaper than a pattern over every letter
        word = text[(text.rfind(" ", s, comma) + 1) or s : comma]
        if word.lower() in PREPOSITIONS and (after := _WORD_AFTER.match(text, comma + 1, e)):
            low = after.group(1).lower()
            if (
                low not in FUNCTION_WORDS
                and low not in SAYING_VERBS
                and not is_verb(low)  # "…, seperti, di antaranya", "pihak terkait, memberikan"
                # "unsur terkait, antara lain …": the adjective ends the phrase
                and (word.lower() != "terkait" or _object_taker_before(text, s, comma - 7))
            ):
                yield Hit(comma, comma + 1, _OBJECT, "", {"word": word.lower()})
        comma = text.find(",", comma + 1, e)


def _object_taker_before(text: str, s: int, at: int) -> bool:
    """The word before 'terkait' makes it a preposition: a verb, a word in '-nya'."""
    m = _WORD_BEFORE.search(text, max(s, at - 40), at)
    if m is None:
        return False
    low = m.group(1).lower()
    return low.endswith("nya") or is_verb(low) or low in SAYING_VERBS
