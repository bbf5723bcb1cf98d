"""Round 21: the comma after a short opening phrase of occasion (P8, called from
connector_commas.py) where the main clause's first words cannot belong to the phrase.

EYD V (Tanda Koma) wants the comma after an opening phrase; after a short one (``Dalam
kegiatan ini warga binaan …``) it leaves the comma to the writer, and round 18 stays silent
there. The house decided (round 21's conventions) that the phrase takes its comma where the
clause after it plainly opens with something of its own:

- an adverb of the main clause right after the demonstrative and then its predicate
  (``Dalam pertemuan tersebut juga dibahas …``, ``Pada kesempatan itu pun hadir …``): the
  adverb modifies the predicate, never the phrase;
- a quantifier opening the subject (``berbagai``, ``sejumlah``, ``beberapa``, ``seluruh``,
  ``para`` …) and then its predicate (``Dalam pertemuan itu berbagai tantangan
  disampaikan``): a quantifier opens a new noun phrase.

Only 'Dalam' or 'Pada' and one noun of an occasion (``pertemuan``, ``kegiatan``,
``kesempatan`` …: lexicon.OCCASION_NOUNS) before the demonstrative: the phrase of when, not
of what (``Dalam komitmen bersama itu juga disepakati`` is left) nor of place (``Di bagian
ini para rombongan …``, which the sets leave). Silent in a speaker's words (the caller's
care) and where no predicate follows.
"""

from __future__ import annotations

import re

from kabar_desktop.check import clause_reader as cr
from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import OCCASION_NOUNS, words
from kabar_desktop.check.rules import N_, Hit

_MESSAGE = N_("A comma closes the opening phrase before the subject: '{word}'.")
_SHORT = re.compile(r"(?:Pada|Dalam) (([a-z]+) (?:ini|itu|tersebut)) ([a-z]+) ([a-z]+)\b")
_MAIN_ADVERBS = words("juga pun pula")
_QUANTIFIERS = words("berbagai sejumlah beberapa seluruh semua segenap para banyak")
_NOT_PREDICATES = words("ada adalah merupakan yang dan")


def short_occasion(doc: Doc, s: int, e: int) -> Hit | None:
    """The comma missing after ``Dalam pertemuan itu`` before ``juga`` + a predicate or a
    quantified subject and its predicate."""
    text = doc.text
    m = _SHORT.match(text, s, e)
    if m is None:
        return None
    phrase = m.group(1).split()
    if m.group(2) not in OCCASION_NOUNS:
        return None  # an occasion's noun: 'Dalam komitmen itu' is what, not when
    first, second = m.group(3), m.group(4)
    if first in _MAIN_ADVERBS:
        if second in _NOT_PREDICATES or not cr.is_predicate(second):
            return None
    elif first in _QUANTIFIERS:
        if not _predicate_within(text, m.start(4), e):
            return None
    else:
        return None
    last = phrase[-1]
    end = m.end(1)
    return Hit(end - len(last), end, _MESSAGE, last + ",", {"word": last})


_WORD = re.compile(r"[a-z][\w-]*")


def _predicate_within(text: str, pos: int, e: int) -> bool:
    """A predicate follows within three words of the quantified noun phrase at ``pos`` (its
    head and up to two modifiers), with no mark or capital before it."""
    for _ in range(4):
        w = _WORD.match(text, pos, e)
        if w is None:
            return False
        word = w.group()
        if word in _NOT_PREDICATES:
            return False
        if pos > 0 and cr.is_predicate(word) and word not in _QUANTIFIERS:
            return True
        if text[w.end() : w.end() + 1] != " ":
            return False
        pos = w.end() + 1
    return False
