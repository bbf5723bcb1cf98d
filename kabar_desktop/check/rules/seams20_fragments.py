"""Round 20: a relative clause of the sentence before, cut off by a full stop (P29, called
from fragments.py).

A clause opened by 'yang' describes the noun or the clause before it; with nothing before
it, it is a headless relative that names its own subject ("Yang hadir adalah …"). A 'yang'
right before an adverb of consequence ('pada akhirnya', 'nantinya', 'pada gilirannya',
'sekaligus') and its modal ('dapat', 'akan', 'bisa' …), in a sentence with no
copula, can name no subject: it goes on from the
clause before, and the full stop is a comma (Tata Bahasa Baku: a relative clause is no
sentence; EYD V: the comma before a clause that explains): ``… masyarakat Kabupaten
Pemalang. Yang pada akhirnya dapat mendorong …`` → ``Pemalang, yang``.
"""

from __future__ import annotations

import re

from kabar_desktop.check import clause_reader as cr
from kabar_desktop.check.document import Doc
from kabar_desktop.check.rules import N_, Hit

_GOES_ON = re.compile(
    r"Yang (?:(?:pada akhirnya|akhirnya|nantinya|sekaligus|tentunya|secara otomatis"
    r"|pada gilirannya) (?:juga |pun )?(?:dapat|akan|bisa|mampu|diharapkan|dapat|turut|ikut)\b)"
)
# A headless relative as the subject: its predicate is a noun after a copula ("Yang
# akhirnya lolos adalah …").
_COPULA = re.compile(r" (?:adalah|ialah|merupakan|yaitu|yakni|antara lain|di antaranya)\b")


def relative_cut_off(doc: Doc, s: int, e: int, para_start: int) -> Hit | None:
    """'… Pemalang. Yang pada akhirnya dapat …' → 'Pemalang, yang'."""
    text = doc.text
    if not _GOES_ON.match(text, s, e) or doc.in_quote(s) or _COPULA.search(text, s, e):
        return None
    before = cr.joinable(text, s, para_start)
    if before is None:
        return None
    at, last = before
    return Hit(
        at,
        s + len("Yang"),
        N_("'{word}' does not open a sentence: it goes on the sentence before."),
        f"{last}, yang",
        {"word": "Yang"},
    )
