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

_KEYS = ("merah putih", "pancasila", "tunggal ika", "indonesia raya")


@cache
def _symbols() -> re.Pattern[str]:
    """Each symbol's name in any case (compiled when first used); the place is read after."""
    return re.compile(
        r"\b(merah putih|(?:garuda )?pancasila|bhin?neka tunggal ika|indonesia raya)\b",
        re.IGNORECASE,
    )


def _in_place(text: str, start: int, word: str) -> bool:
    """'merah putih' names the flag after 'bendera' or 'sang'; 'Indonesia raya' the anthem
    after 'lagu' (a lowercase 'indonesia' is K10's); the others wherever they stand."""
    before = text[max(0, start - 8) : start].lower()
    if word.lower() == "merah putih":
        return before.endswith(("bendera ", "sang "))
    if word.lower() == "indonesia raya":
        return before.endswith("lagu ") and word[0] == "I"
    return True


@rule("K28", ERROR, N_("The names of the state's symbols are capitalised"))
def national_symbols(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    lower = text.lower()
    if not any(key in lower for key in _KEYS):
        return  # most articles name no symbol: no pattern run over them
    for m in _symbols().finditer(text):
        word = m.group(1)
        fixed = _NAMES[word.lower()]
        if word == fixed or not _in_place(text, m.start(1), word):
            continue
        yield Hit(
            m.start(1),
            m.end(1),
            N_("The name of a state symbol is capitalised: '{word}'."),
            fixed,
            {"word": fixed},
        )
