"""A unit's symbol after a figure is lowercase (K3's reading; EYD V, and the SI's symbols):
'8.000 Kg' → 'kg', '320 Ha' → 'ha', '5 Km' → 'km'. The sets mark it every time (4 of 4 'Kg',
1 of 1 'Ha'; heldout101); a symbol is no name, and no sentence starts with it after a figure.
After 'per' and in brackets after the unit's word too: 'Rp10.900 per Kg', 'kilogram (Kg)'
(4 of 4, heldout425, heldout67).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc

# The symbols the genre writes in capitals: weight, area, length, volume.
_UNIT = re.compile(
    r"(?:(?<=\d )|(?<=\d per )|(?<=gram \())(Kg|KG|Ha|HA|Km|KM|Cm|CM|Ltr|Gr)(?![\w-])(?!\.\w)"
)


def unit_symbols(doc: Doc) -> Iterator[tuple[int, int]]:
    """The spans of a unit's symbol in capitals right after a figure."""
    for para in doc.prose_paras():  # not a title, which may be all in capitals
        for m in _UNIT.finditer(doc.text, para.start, para.end):
            yield m.start(), m.end()
