"""Round 23 (P39, for wrong_commas.py): no comma before 'maupun' that joins two items.

EYD V (Tanda Koma) puts a comma before the conjunction only in a list of three or more;
'maupun' joining two items takes none, and neither does the correlative 'baik … maupun …'
('baik petugas maupun warga binaan'). Read where the words show a pair: 'baik' opens the
first item with no comma between it and ', maupun' ('baik yang wajib disediakan, maupun …'),
or the words since the last comma are a clause of five words or more with its own predicate,
whose last word is the first item ('… dapat membuka wawasan pelajar tentang tugas Bapas,
maupun SPPA'): a list's middle item after its comma is a short phrase.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check import clause_reader as cr
from kabar_desktop.check.document import Doc
from kabar_desktop.check.rules import N_, Hit

_COMMA_MAUPUN = re.compile(r"(?<=[^\W\d_]), maupun (?=[^\W\d_])")
_CLAUSE_START = re.compile(r"[,;:(“\"]")


def pair_maupun_commas(doc: Doc, s: int, e: int) -> Iterator[Hit]:
    """Sentence [s, e): ', maupun' after the first of two items."""
    text = doc.text
    for m in _COMMA_MAUPUN.finditer(text, s, e):
        start = s
        for b in _CLAUSE_START.finditer(text, s, m.start()):
            start = b.end()
        words_ = [w for _, w in cr.tokens(text, start, m.start())]
        low = [w.lower() for w in words_]
        if "baik" in low:
            pass  # 'baik X, maupun Y': the correlative pair
        elif len(words_) < 5 or not any(cr.is_predicate(w) for w in low[:-1]):
            continue  # 'A, B, maupun C': a list's short middle item
        yield Hit(
            m.start(),
            m.start() + 1,
            N_(
                "No comma before 'maupun' joining two items (EYD V: only in a list of three "
                "or more)."
            ),
            "",
        )
