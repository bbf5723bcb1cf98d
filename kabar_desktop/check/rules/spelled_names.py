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
from collections.abc import Iterator
from functools import lru_cache

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


_BRACKETED_SHORT = re.compile(r" \(([^\W\d_]{3,15})\)")


def syllabic_name(doc: Doc, i: int) -> bool:
    """Whether token ``i`` opens a run of three capitalised words or more that a bracketed
    acronym of syllables closes: its first letter the run's, and more letters than the run
    has words and one more (``Petugas Imigrasi Pembina Desa (Pimpasa)``; not ``… (WBP)``)."""
    toks = doc.tokens
    j = i + 1
    while j < len(toks) and doc.adjacent(toks[j - 1], toks[j]) and toks[j].text[:1].isupper():
        j += 1
    m = _BRACKETED_SHORT.match(doc.text, toks[j - 1].end)
    if m is None or j - i < 3:  # not 'Pemerintah Daerah (Pemda)': K14's term (heldout16)
        return False
    short = m.group(1)
    return short[:1].upper() == toks[i].text[:1] and len(short) > j - i + 1


# A bracket opening with two capitalised words or more: a name spelled out.
_EXPANSION = r" \((?:[A-Z][\w-]*[ )]){2}"


def expanded_name(text: str, word: str) -> bool:
    """Whether the text spells ``word`` out in brackets after it somewhere (``E-Motion
    (Electronic Immigrant Mobile Administration)``): a name of its own, whatever its
    language and its case elsewhere (heldout43)."""
    low = word.lower()
    return any(before.endswith(low) for before in _before_expansions(text))


@lru_cache(maxsize=8)
def _before_expansions(text: str) -> tuple[str, ...]:
    """What stands before each bracket that spells a name out, lowercase (read once a text:
    W9 and K10 ask for each foreign phrase)."""
    return tuple(
        text[max(0, m.start() - 60) : m.start()].lower() for m in re.finditer(_EXPANSION, text)
    )


# A name in title case spelled out in brackets after it: 'E-Motion (Electronic …)'.
_SPELLED_OUT = re.compile(r"(?<![\w-])([A-Z][\w]*(?:-[A-Z][\w]*)+)" + _EXPANSION)


def name_case_slips(text: str) -> Iterator[tuple[int, int, str]]:
    """Each place the article writes a name it spells out in brackets with other capitals
    ('E-Motion (Electronic Immigrant …)', later 'aplikasi e-Motion'): its span and the
    name's own form (heldout43)."""
    for name in {m.group(1) for m in _SPELLED_OUT.finditer(text)}:
        for m in re.finditer(f"(?<![\\w-])(?i:{re.escape(name)})(?![\\w-])", text):
            if m.group() != name:
                yield m.start(), m.end(), name
