"""Round 20: the space after a shortened word's period before its number (P9, called from
punctuation.py).

EYD V (Tanda Titik, Singkatan): a shortened word keeps its period and a space parts it from
the word after, a number too (``Jalan Medan Merdeka Utara No. 7``, ``Kav. 4``); glued on
(``No.7``) it reads as a decimal or a code.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.rules import N_, Hit

# The short forms that stand before a number: a house's, a lot's, a block's, a page's.
_NUMBERED = re.compile(r"(?<![\w.])(No|Nmr|Kav|Hal|Blk)\.(?=\d)")


def glued_numbers(doc: Doc) -> Iterator[Hit]:
    if "." not in doc.text:
        return
    for m in _NUMBERED.finditer(doc.text):
        yield Hit(m.start(), m.end(), N_("A space follows a punctuation mark."), m.group() + " ")
