"""W8's ordinals outside 'ke N': 'Ke-17' capitalised mid-sentence, and an anniversary's number
written without 'ke-' ('HUT 104 Pemadam Kebakaran' → 'HUT ke-104'; session 44: 5 of 5 marked).

Both give (start, end, fixed) for W8 to report; the ordinal is 'ke-' and digits (EYD V).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import MONTHS

_CAPITAL_KE = re.compile(r"\bKe-(\d+)")
# An anniversary's count right after 'HUT': one to three digits, not a year, a date ('HUT 17
# Agustus'), a decimal or a part of a code.
_HUT_COUNT = re.compile(r"\b(HUT) (\d{1,3})\b(?![.,/:-]\d)")
_MONTHS = frozenset(m.lower() for m in MONTHS)


def ordinal_spellings(doc: Doc) -> Iterator[tuple[int, int, str]]:
    text = doc.text
    for m in _CAPITAL_KE.finditer(text):
        i = doc.token_at(m.start())
        tok = doc.tokens[i] if i is not None else None
        if tok is not None and not tok.initial and doc.paras[tok.para].kind != "title":
            yield m.start(), m.end(), f"ke-{m.group(1)}"
    if "HUT " not in text:
        return
    for m in _HUT_COUNT.finditer(text):
        after = re.match(r" (\w+)", text[m.end() : m.end() + 20])
        if after and after.group(1).lower() in _MONTHS:
            continue  # "HUT 17 Agustus": the day of the date
        i = doc.token_at(m.start())
        if i is None or doc.paras[doc.tokens[i].para].kind == "title":
            continue
        yield m.start(), m.end(), f"HUT ke-{m.group(2)}"
