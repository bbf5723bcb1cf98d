"""Round 22 (seams): commas before 'dan' that set a place in its wider ones, no list's.

"Bandara Kualanamu, Kabupaten Deli Serdang, Sumatera Utara dan Bandara Soekarno-Hatta": the
commas give the first airport's address (EYD V: a comma parts the parts of an address), and
'dan' joins two places; "SMA Negeri 3 Surakarta, Laweyan, Surakarta dan …": a district, then
its city. A chain runs from the smaller place to the wider one; a list of provinces ("Jawa
Barat, Jawa Tengah dan Jawa Timur") or of cities ("Kupang, Sabu dan Rote") stays a list.
Called by P7 (clauses.py) and P32 (list_commas.py).
"""

from __future__ import annotations

import re

from kabar_desktop.check.places import district_words, place_words

# A level of the administration before a place's name, and the one above it.
_NARROWER_LEVEL = re.compile(r"\b(?:Dusun|Kampung|RT|RW|Banjar|Jorong) [A-Z]\w*$")
_WIDER_LEVEL = re.compile(r"(?:Desa|Kelurahan|Nagari|Pekon) [A-Z]")


def place_chain_end(before: str, last: str) -> bool:
    """``last``, the item before 'dan', is the wider place of ``before``, the words before
    its comma: a province after a smaller place, or a city after one of its districts."""
    from kabar_desktop.check.rules.commas import PROVINCES

    before = before.strip()
    if not before:
        return False
    if _WIDER_LEVEL.match(last) and _NARROWER_LEVEL.search(before):
        return True  # "di Dusun Kediwung, Desa Mangunan dan …": a hamlet and its village (p102)
    if last in PROVINCES:
        return not any(before.endswith(p) for p in PROVINCES)
    first = before.split()[-1].lower()
    return (
        " " not in last
        and last.lower() in place_words()
        and first in district_words()
        and first not in place_words()
    )
