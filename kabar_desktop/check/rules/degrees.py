"""P27: an academic degree after a name keeps every period (EYD V, Tanda Titik: "S.H.",
"M.Si.", "S.Sos."): 'Denial Arif, S.H, M.H' → 'S.H., M.H.'.

Only the two-part degrees of the form letter, period, short part ("S.H", "M.Pd", "S.Sos")
standing after a comma are read: after a name's comma nothing else takes that shape, while a
three-part form ("A.Md.IP") or a bare acronym ("SH") may be an office's own writing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from kabar_desktop.check.document import Doc
from kabar_desktop.check.rules import ERROR, N_, Hit, rule


@cache
def _degree() -> re.Pattern[str]:
    """'S.H' or 'M.Si' after a comma, with no period closing it (compiled when first used)."""
    return re.compile(r"(?<=,)(?: ?)(?<![\w.])([SMD]\.[A-Z][A-Za-z]{0,3})(?![\w.])")


@rule("P27", ERROR, N_("An academic degree keeps its final period"))
def degree_periods(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    for m in _degree().finditer(text):
        if doc.in_quote(m.start(1)):
            continue
        word = m.group(1) + "."
        yield Hit(
            m.start(1),
            m.end(1),
            N_("An academic degree ends with a period: '{word}'."),
            word,
            {"word": word},
        )
