"""N1's reading of a breakdown (round 17): the parts of one whole, each counted.

EYD V keeps numbers in digits in a breakdown ("perincian"). A sentence that counts the same
noun three times and more, each count after its own part ("Bapas Jember 30 orang, Bapas
Malang tiga orang, Bapas Kupang dua orang"), is such a breakdown, whether the writer typed
the small counts in digits or in words: its numbers are left as typed.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kabar_desktop.compose.indonesian import number_words


@lru_cache(maxsize=1)
def _count_words() -> str:
    spelled = {number_words(n) for n in range(1, 100)}
    return "|".join(sorted(spelled, key=len, reverse=True))


@lru_cache(maxsize=256)
def _counts_of(noun: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\w.,/-])(?:\d{{1,3}}(?:\.\d{{3}})*|(?:{_count_words()}))(?![\w.,/-])"
        rf" {re.escape(noun)}\b",
        re.IGNORECASE,
    )


def counted_parts(text: str, start: int, end: int, noun: str) -> int:
    """How many times the sentence ``text[start:end]`` counts ``noun``, in digits or words."""
    if text.count(noun, start, end) < 3:
        return 0
    return sum(1 for _ in _counts_of(noun).finditer(text, start, end))
