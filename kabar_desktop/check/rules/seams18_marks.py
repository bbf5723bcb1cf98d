"""Round 18: a comma glued to the count that follows a word (P9).

EYD V (Tanda Koma): a space follows the comma. The general reading of P9 leaves a comma
before a digit alone, as a decimal comma is one (``2,5``); a comma after a *word's letter*
and before a digit is no decimal but a seam between a word and a count:
``THS (Lk,39 tahun)`` → ``Lk, 39``, ``sebanyak 12 orang,3 di antaranya``. Not inside a web
or mail address, not between digits, not after a lone capital that a code joins (``A,1``
is read as a code only when it is one letter alone: left)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.rules import N_, Hit
from kabar_desktop.check.rules.inner_stops import address_spans

# A comma glued to a count (digits, maybe a decimal part); the word before it is read after.
_COMMA_COUNT = re.compile(r",(\d+(?:[.,]\d+)?)(?![\w,./])")
# The word of two letters or more that ends right before the comma, standing alone.
_WORD_BEFORE = re.compile(r"(?<![\w.,/@-])[^\W\d_]{2,}$")


def glued_count_commas(doc: Doc) -> Iterator[Hit]:
    """'Lk,39' → 'Lk, 39': a space after the comma that parts a word from a count."""
    text = doc.text
    if "," not in text:
        return
    addresses: list[tuple[int, int]] | None = None
    for m in _COMMA_COUNT.finditer(text):
        word = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if word is None:
            continue
        if addresses is None:
            addresses = address_spans(text)
        if any(s <= word.start() < e for s, e in addresses):
            continue
        yield Hit(
            word.start(),
            m.end(),
            N_("A space follows a punctuation mark."),
            f"{word.group()}, {m.group(1)}",
        )
