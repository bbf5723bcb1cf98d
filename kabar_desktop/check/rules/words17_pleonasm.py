"""W13's readings of round 17: two connectors that say the same thing, and 'antara … hingga'.

'Selain itu' says 'also' (KBBI: selain 'di samping'), so 'juga' or 'pula' right after it
says it twice: 'Selain itu juga, …' → 'Selain itu, …' (as 'Di samping itu juga'). A
connector of result ('dengan demikian', 'oleh karena itu', 'oleh sebab itu', 'karena itu',
'maka dari itu') joined to 'sehingga' doubles the result: one of them stays, 'sehingga'
inside a sentence. And 'antara' pairs with 'dan' (EYD V, KBBI): 'antara 15 hari hingga 2
bulan' → 'antara 15 hari dan 2 bulan' (or 'dari … hingga', without 'antara').
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.rules import N_, Hit, keep_case

_ALSO_TWICE = re.compile(r"\b((?:[Ss]elain|[Dd]i samping) itu) (?:juga|pula)\b(?=,)")
_RESULT_TWICE = re.compile(
    r"\b(?:dengan demikian|oleh karena itu|oleh sebab itu|karena itu|maka dari itu),? "
    r"(sehingga)\b",
    re.IGNORECASE,
)
# "Dengan begitu, maka warga …": the connector already says 'so' (heldout221).
_THEREFORE_MAKA = re.compile(
    r"\b((?:[Dd]engan (?:begitu|demikian)|[Oo]leh (?:karena|sebab) itu|[Kk]arena itu)),? maka\b"
)
# "antara 15 hari hingga 2 bulan": two short items (a number may be one), no "dan" between.
_ANTARA_TO = re.compile(
    r"(?<!di )(?<!ke )\b[Aa]ntara(?! lain)((?: (?:\d+(?:[.,]\d+)?|[^\W\d_]+)){1,4}?)"
    r" (hingga|sampai)\b(?! dengan)"
)
_TWICE = N_("'{word}' says the same thing twice: write '{fix}'.")


def connectors_twice(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    for para in doc.prose_paras():
        for m in _ALSO_TWICE.finditer(text, para.start, para.end):
            fixed = m.group(1)
            yield Hit(m.start(), m.end(), _TWICE, fixed, {"word": m.group(), "fix": fixed})
        for m in _RESULT_TWICE.finditer(text, para.start, para.end):
            if text[m.start() - 2 : m.start()] != ", ":
                continue  # opening a sentence: "Oleh karena itu, sehingga …" is another slip
            fixed = keep_case(m.group(), m.group(1).lower())
            yield Hit(m.start(), m.end(), _TWICE, fixed, {"word": m.group(), "fix": fixed})
        for m in _THEREFORE_MAKA.finditer(text, para.start, para.end):
            fixed = m.group(1) + ","
            yield Hit(m.start(), m.end(), _TWICE, fixed, {"word": m.group(), "fix": fixed})
        for m in _ANTARA_TO.finditer(text, para.start, para.end):
            if doc.in_quote(m.start()):
                continue  # the speaker's words, as said
            if re.search(r"\b(?:dan|serta|atau|dengan)\b", m.group(1), re.IGNORECASE):
                continue
            yield Hit(
                m.start(2),
                m.end(2),
                N_("'antara' pairs with 'dan', not '{word}'."),
                "dan",
                {"word": m.group(2)},
            )
