"""Regular KBBI formations of Latin stock that the word list lacks (round 13: S1's false
alarms on unseen texts were words built by a rule KBBI follows, not misspellings)."""

from __future__ import annotations

from collections.abc import Callable


def adjective_of_process(lower: str, known: Callable[[str], bool]) -> bool:
    """An adjective in -atif on a listed noun in -asi (KBBI pairs them: informasi →
    informatif, partisipasi → partisipatif, koordinasi → koordinatif, fasilitasi →
    fasilitatif): the adjective is as regular as the noun is known."""
    if not lower.endswith("atif") or len(lower) < 9:
        return False
    noun = lower[:-4] + "asi"
    return known(noun)
