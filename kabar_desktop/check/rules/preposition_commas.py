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
_PREPOSITION = re.compile(
    rf"(?:^|(?<=[^\W\d_]) )({'|'.join(sorted(PREPOSITIONS))}),(?= ([^\W\d_]+))", re.IGNORECASE
)
_WORD_BEFORE = re.compile(r"([^\W\d_]+) $")
_OBJECT = N_("No comma between '{word}' and its object.")


def preposition_commas(doc: Doc, s: int, e: int) -> Iterator[Hit]:
    """The comma right after a preposition in sentence [s, e), before its object."""
    text = doc.text
    if "," not in text[s:e]:
        return
    for m in _PREPOSITION.finditer(text, s, e):
        word, after = m.group(1), m.group(2)
        low = after.lower()
        if low in FUNCTION_WORDS or low in SAYING_VERBS or is_verb(low):
            continue  # "…, seperti, di antaranya, …", "pihak terkait, memberikan …"
        if word.lower() == "terkait" and not _object_taker_before(text, s, m.start(1)):
            continue  # "unsur terkait, antara lain …": the adjective ends the phrase
        comma = m.end(1)
        yield Hit(comma, comma + 1, _OBJECT, "", {"word": word.lower()})


def _object_taker_before(text: str, s: int, at: int) -> bool:
    """The word before 'terkait' makes it a preposition: a verb, a word in '-nya'."""
    m = _WORD_BEFORE.search(text, max(s, at - 40), at)
    if m is None:
        return False
    low = m.group(1).lower()
    return low.endswith("nya") or is_verb(low) or low in SAYING_VERBS
