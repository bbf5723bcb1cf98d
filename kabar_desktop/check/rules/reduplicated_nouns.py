"""K3: a common noun reduplicated for its plural and capitalised mid-sentence ("kepada
Ibu-Ibu PKK", "ke Desa-Desa lainnya", "hanya Dinas-Dinas saja") is lowercase (EYD V: a
plural of kind names no one; the sets mark it 35 of 40 after a lowercase word, session 42).
Not after a capitalised word, where a name goes on ("Paguyuban Ibu-Ibu Pemasyarakatan",
"Persatuan Gereja-Gereja"), nor 'Anak-anak', which the writers keep for the children of
their LPKA as often as the editors lower it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import GENERIC_NOUNS, ORDINARY_WORDS, words

_KINDS = (
    GENERIC_NOUNS
    | ORDINARY_WORDS
    | words(
        """ibu bapak dinas camat hotel kader kapal kebun laki latihan pasar pulau sekolah guru
    lembaga tokoh rumah toko perusahaan sungai jalan gereja"""
    )
) - words("anak")
_PLURAL = re.compile(r"(?<= )([A-Z]([a-z]{2,})-[A-Za-z]\2)\b(?!-)")
_LOWER_BEFORE = re.compile(r"(?:^|\s)[a-z][\w-]*,? $")


def reduplicated_kinds(doc: Doc) -> Iterator[tuple[int, int]]:
    """The spans of a kind's plural in capitals after a lowercase word, in the prose."""
    text = doc.text
    for para in doc.prose_paras():
        for m in _PLURAL.finditer(text, para.start, para.end):
            if m.group(1).split("-")[0].lower() not in _KINDS:
                continue
            if _LOWER_BEFORE.search(text, max(para.start, m.start() - 30), m.start()):
                yield m.start(1), m.end(1)
