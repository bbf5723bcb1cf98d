"""Round 22 (seams): a result clause cut off from its sentence (P29, from seams21_fragments).

``hingga`` before a verb opens a clause of result or extent ('so that', 'to the point of'):
it has no subject of its own and goes on the clause before it (Tata Bahasa Baku: a
subordinate clause is no sentence). A sentence that opens with ``Hingga`` + a predicate
(``… dari lembaga donor. Hingga melakukan aksi perusakan …``) is that clause alone: it joins
the sentence before (``donor, hingga melakukan``). ``Hingga`` before a time (``Hingga kini``,
``Hingga saat ini``, ``Hingga akhir tahun``) opens a phrase of time before the main clause and
is left, as is a clause that a comma closes before its own subject (``Hingga terkumpul dana
itu, Lapas …``).
"""

from __future__ import annotations

import re

from kabar_desktop.check import clause_reader as cr
from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import FUNCTION_WORDS
from kabar_desktop.check.rules import N_, Hit

_JOINED = N_("'{word}' does not open a sentence: it goes on the sentence before.")
_NO_SUBJECT = N_("'{word}' needs its subject: the sentence has none.")
# After a comma, a subject of the main clause: a capitalised word or a pronoun.
_SUBJECT_AFTER_COMMA = re.compile(
    r", (?:[A-Z]|(?:ia|dia|mereka|pihaknya|kami|kita|petugas|pihak|para|seluruh|semua)\b)"
)


def result_fragment(doc: Doc, s: int, e: int, para_start: int) -> Hit | None:
    """'… lembaga donor. Hingga melakukan aksi …' → 'donor, hingga melakukan'."""
    text = doc.text
    word = "Hingga"
    toks = [w for _, w in cr.tokens(text, s + len(word) + 1, e)]
    if not toks or not toks[0].islower():
        return None
    first = toks[0] if toks[0] not in ("juga", "akhirnya") or len(toks) < 2 else toks[1]
    if not cr.is_predicate(first) or first in ("ada", "adalah", "merupakan"):
        return None
    if _SUBJECT_AFTER_COMMA.search(text, s, e) or doc.in_quote(s):
        return None  # "Hingga terkumpul dana itu, Lapas …": its main clause follows
    before = cr.joinable(text, s, para_start)
    if before is None or before[1].lower() in FUNCTION_WORDS:
        return Hit(s, s + len(word), _NO_SUBJECT, None, {"word": word})
    at, last = before
    return Hit(at, s + len(word), _JOINED, f"{last}, hingga", {"word": word})
