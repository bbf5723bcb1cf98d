"""K28: the names of the state's symbols are names (EYD V, huruf kapital: nama diri;
UUD 1945 Pasal 35–36A, UU 24/2009): 'bendera merah putih' → 'bendera Merah Putih',
'Pancasila', 'Garuda Pancasila', 'Bhinneka Tunggal Ika', 'lagu Indonesia Raya'.

'merah putih' is a name only after 'bendera' or 'Sang' (a red and white cloth is not);
the others are names wherever they stand.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from kabar_desktop.check.document import Doc
from kabar_desktop.check.rules import ERROR, N_, Hit, rule

_NAMES = {
    "merah putih": "Merah Putih",
    "pancasila": "Pancasila",
    "garuda pancasila": "Garuda Pancasila",
    "bhinneka tunggal ika": "Bhinneka Tunggal Ika",
    "bhineka tunggal ika": "Bhinneka Tunggal Ika",
    "indonesia raya": "Indonesia Raya",
}


@cache
def _symbols() -> re.Pattern[str]:
    """Each symbol's name written otherwise than as a name (compiled when first used)."""
    return re.compile(
        r"(?<=\b[Bb]endera )(?:[Ss]ang )?(merah putih|Merah putih|merah Putih)\b"
        r"|(?<=\b[Ss]ang )(merah putih|Merah putih|merah Putih)\b"
        r"|(?<=\blagu )(Indonesia raya)\b"
        r"|\b((?:[Gg]aruda )?pancasila|[Gg]aruda Pancasila|garuda pancasila)\b"
        r"|\b([Bb]hin?neka [Tt]unggal [Ii]ka)\b"
    )


@rule("K28", ERROR, N_("The names of the state's symbols are capitalised"))
def national_symbols(doc: Doc) -> Iterator[Hit]:
    for m in _symbols().finditer(doc.text):
        group = next(g for g in range(1, 6) if m.group(g))
        word = m.group(group)
        fixed = _NAMES[word.lower()]
        if word == fixed:
            continue
        yield Hit(
            m.start(group),
            m.end(group),
            N_("The name of a state symbol is capitalised: '{word}'."),
            fixed,
            {"word": fixed},
        )
