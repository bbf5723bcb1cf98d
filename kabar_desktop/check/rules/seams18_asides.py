"""Round 18: an explanation set into the sentence and left open before the predicate (P40).

EYD V (Tanda Koma): a phrase of explanation or example set into the sentence ('terutama …',
'khususnya …', 'termasuk …') is set off by commas on both sides. Opened by its comma after
the noun it explains, it is closed before the clause goes on: ``Kami mengajak masyarakat,
terutama yang tinggal di wilayah Jakarta Pusat, turut berpartisipasi``.

The phrase's end shows where a name that closes it (capitalised words) meets a lowercase
predicate: a verb, or an aspect, modal or adverb word of a predicate (turut, tetap, akan,
wajib …), not one inside a relative clause of the phrase ('yang tinggal' is the phrase's
own). Silent where the phrase ends the sentence or its comma is typed, where no name
closes it (the edge is not plain: 'terutama petugas jaga wajib …' may be a clause of its
own), and before words that go on the phrase (prepositions, 'yang', 'dan').
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check import clause_reader as cr
from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import words
from kabar_desktop.check.rules import N_, Hit

_OPENED = re.compile(r", (terutama|khususnya|termasuk) ")
_STOP = re.compile(r"[,;:.!?\"“”()]")
_PREDICATE_ADVERBS = words("turut tetap juga pun langsung segera terus selalu wajib diharapkan")
_MESSAGE = N_("A phrase set into the sentence is set off by commas on both sides: '{word}'.")


def _predicate(word: str) -> bool:
    if word.rstrip(",.") == "mendatang":
        return False  # "pada 17 April mendatang": the coming date, no verb (probe68)
    return word.islower() and (word in _PREDICATE_ADVERBS or cr.is_predicate(word))


def open_explanations(doc: Doc, s: int, e: int) -> Iterator[Hit]:
    """Sentence [s, e): each explanation opened by a comma and run on into the predicate."""
    text = doc.text
    if ", t" not in text[s:e] and ", k" not in text[s:e]:
        return
    for m in _OPENED.finditer(text, s, e):
        stop = _STOP.search(text, m.end(), e)
        end = stop.start() if stop else e
        pos = m.end()
        prev = ""
        after_yang = False
        for w in re.finditer(r"\S+", text[pos:end]):
            word = w.group()
            if word == "yang":
                after_yang = True
            elif prev[:1].isupper() and prev.isalpha() and _predicate(word):
                at = pos + w.start() - 1 - len(prev)
                fix = f"{prev}, {word}"
                yield Hit(at, pos + w.end(), _MESSAGE, fix, {"word": fix})
                break
            elif word.islower() and after_yang and cr.is_predicate(word):
                after_yang = False  # the relative clause's own verb: 'yang tinggal'
            prev = word
