"""Session 31 of issue 13, K3: a level of government standing alone, capitalised, in the
middle of a sentence (``pelayanan dasar di Desa kepada masyarakat``, ``warga Desa untuk``,
``di tingkat Kecamatan, …``). EYD V capitalises ``desa`` only as the first word of a name
(``Desa Sidosari``); with no name after it, it is the common noun. The sets mark it 127 of
151 times after a lowercase word (session thirty-one), and leave it where it is the last
word of a body's name (``Dinas Pemberdayaan Masyarakat dan Desa``) or a title pairs it
(``Desa atau Kelurahan Sadar Hukum``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import words
from kabar_desktop.check.rules.case_reading import in_dateline, in_title, initial

_LEVELS = frozenset({"Desa", "Kelurahan", "Kecamatan", "Kampung"})
# What may follow the lone word: a mark, or a word that cannot go on a name.
_AFTER = re.compile(
    r"(?:[.,;:)!?]|\s(?:di|ke|dari|yang|dan|atau|ataupun|maupun|ini|itu|tersebut|setempat|kami"
    r"|kita|mereka|kepada|dengan|melalui|memang|semakin|bisa|dapat|agar|untuk|sebelum|sesuai"
    r"|terutama|khususnya|harus|masing-masing|se|serta|adalah|merupakan|telah|sudah|akan"
    r"|juga)\b)"
)
# Links across which the word may end or start a name of several words.
_LINKS = words("dan atau serta maupun ataupun")
_PAIRED = re.compile(r"\s(?:dan|atau|ataupun|maupun|serta)\s+(?:[A-Z]|se-)")


def lone_levels(doc: Doc) -> Iterator[tuple[int, int]]:
    """(start, end) of each capitalised level word with no name after it, after a
    lowercase word that is no link of a name."""
    toks = doc.tokens
    text = doc.text
    for i, t in enumerate(toks):
        if t.text not in _LEVELS or i == 0:
            continue
        prev = toks[i - 1]
        if not doc.adjacent(prev, t) or not prev.text.isalpha() or not prev.text.islower():
            continue  # "Kepala Desa", "(Desa)": a name's word, or a bracket's
        if prev.text in _LINKS:
            continue  # "Masyarakat dan Desa": the end of a body's name
        if not _AFTER.match(text, t.end) or _PAIRED.match(text, t.end):
            continue  # "Desa Sidosari", "Desa atau Kelurahan Sadar Hukum"
        if initial(doc, t) or in_title(doc, t) or in_dateline(doc, t):
            continue
        yield t.start, t.end
