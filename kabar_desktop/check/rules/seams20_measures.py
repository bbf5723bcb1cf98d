"""Round 20: a comma that parts a verb from its object, a measured quantity (P39, called
from wrong_commas.py).

EYD V (Tanda Koma): no comma parts a verb from its complement. A transitive meN- verb
followed by an approximate count (``sekitar``, ``kurang lebih``, ``sebanyak``, ``hampir``,
``lebih dari``, ``mencapai`` … then a number) has that count as its object: ``Rudenim itu
hanya menampung, sekitar 90 orang`` → ``menampung sekitar``. Left alone: a verb of saying,
whose clause may follow a comma (``mengatakan, sekitar 90 orang hadir``), and a count of
time (``sekitar pukul 10.00``), an adverb that may be set off.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import SAYING_VERBS
from kabar_desktop.check.rules import N_, Hit
from kabar_desktop.check.rules.commas import is_verb

_MEASURED = re.compile(
    r"(?<= )(me[a-z]{3,}), (sekitar|kurang lebih|sebanyak|hampir|lebih dari|kira-kira)"
    r" \d[\d.,]*(?: (?:sampai|hingga|-) \d[\d.,]*)? (?!(?:pukul|jam|menit|detik)\b)[a-z]"
)
# A sentence opened by a passive or ter- verb before the meN- word: that clause is fronted.
_FRONTED = re.compile(r"(?:Di|Ter)[a-z]{3,} (?:[a-z]+ )?")
# meN- verbs that take a clause or stand alone before an adverb of measure.
_NOT_TRANSITIVE = frozenset(
    ("menurut", "mengenai", "melalui", "menuju", "menjelang", "meningkat", "menurun", "melonjak")
)


def measure_commas(doc: Doc, s: int, e: int) -> Iterator[Hit]:
    text = doc.text
    for m in _MEASURED.finditer(text, s, e):
        verb = m.group(1)
        if verb in SAYING_VERBS or verb in _NOT_TRANSITIVE or not is_verb(verb):
            continue
        if _FRONTED.fullmatch(text, s, m.start(1)):
            continue  # "Dinilai mencurigakan, sebanyak 604 …": a fronted clause (heldout53)
        comma = m.end(1)
        yield Hit(
            comma,
            comma + 1,
            N_("No comma between the subject or verb and '{word}'."),
            "",
            {"word": m.group(2)},
        )
