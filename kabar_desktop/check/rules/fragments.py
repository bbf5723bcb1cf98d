"""P29: a sentence that opens with 'Karena' needs the main clause after its comma (EYD V:
a subordinate clause does not stand alone): 'Karena saat ini masih dalam suasana Hari Raya
Idulfitri.' → 'Saat ini …'. 'Karena itu, …' is a connector (P8's), and a speaker's words
are left as said.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import words
from kabar_desktop.check.rules import ERROR, N_, Hit, rule

# After a comma these go on the subordinate clause, not open the main one.
_NOT_MAIN = words("tetapi namun melainkan dan serta atau sedangkan maupun yaitu yakni seperti")


@cache
def _opening() -> re.Pattern[str]:
    """'Karena' opening a sentence, not 'Karena itu' (compiled when first used)."""
    return re.compile(r"(Karena|Sebab)(?! (?:itu|ini|hal itu|hal tersebut)\b)(?= )")


def _main_clause_after_comma(sentence: str) -> bool:
    return any(m.group(1).lower() not in _NOT_MAIN for m in re.finditer(r", (\w+)", sentence))


@rule("P29", ERROR, N_("A sentence opening with 'Karena' needs its main clause"))
def reason_fragments(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    for para in doc.prose_paras():
        for s, e in para.sentences:
            m = _opening().match(text, s)
            if m is None or doc.in_quote(s) or _main_clause_after_comma(text[s:e]):
                continue
            yield Hit(
                m.start(1),
                m.end(1),
                N_(
                    "'{word}' opens a clause that no main clause follows: drop it or join the "
                    "sentence to the one before."
                ),
                None,
                {"word": m.group(1).lower()},
            )
