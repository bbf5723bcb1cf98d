"""Ranking the words one edit away from a misspelling: the likeliest slip first.

Without word frequencies the ranking follows the slips Humas writers make: a doubled or
undoubled letter (penegakkan, penyebaranya), a dropped consonant (melasanakan), two letters
swapped, a letter of like sound (b/p, d/t, f/p/v, i/e, u/o) or a neighbour on the keyboard.
A word of the lists beats a form only the affix rules make, and the first letter rarely
changes. About 700 candidates a word, each a set lookup or an affix reading: 10–30 ms.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kabar_desktop.check.spelling import Speller

_SOUND_ALIKE = {
    frozenset(p) for p in ("bp", "dt", "fp", "fv", "pv", "ie", "uo", "kg", "sz", "jz", "ck")
}
_KEYBOARD = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_DROPPED = frozenset("hknrgylmst")
MIN_LENGTH = 4  # shorter words have too many neighbours to guess from


def _neighbours() -> set[frozenset[str]]:
    out = set()
    for row in _KEYBOARD:
        out |= {frozenset(row[i : i + 2]) for i in range(len(row) - 1)}
    for upper, lower in zip(_KEYBOARD, _KEYBOARD[1:], strict=False):
        out |= {frozenset((upper[i], lower[i])) for i in range(len(lower))}
        out |= {frozenset((upper[i + 1], lower[i])) for i in range(len(lower))}
    return out


_NEAR_KEYS = _neighbours()


def edit_cost(word: str, candidate: str) -> int:
    """How likely a slip turns ``candidate`` into ``word`` (lower is likelier); 9 if the two
    are not one edit apart."""
    n, c = len(word), len(candidate)
    i = 0
    while i < min(n, c) and word[i] == candidate[i]:
        i += 1
    if n == c + 1:  # the writer typed a letter too many
        extra = word[i]
        doubled = (i > 0 and word[i - 1] == extra) or word[i + 1 : i + 2] == extra
        return 1 if doubled else (3 if extra in "aeiou" else 4)
    if c == n + 1:  # the writer dropped a letter
        missing = candidate[i]
        doubled = (i > 0 and candidate[i - 1] == missing) or candidate[i + 1 : i + 2] == missing
        if doubled:
            return 1
        return 2 if missing in _DROPPED else 3
    if n == c:
        if word[i + 1 : i + 2] == candidate[i] and word[i] == candidate[i + 1 : i + 2]:
            return 2  # two letters swapped
        pair = frozenset((word[i], candidate[i]))
        if pair in _SOUND_ALIKE:
            return 2
        return 3 if pair in _NEAR_KEYS else 4
    return 9


def ranked(lower: str, speller: Speller, limit: int = 8) -> list[str]:
    """Known words one edit from ``lower``, likeliest first."""
    if len(lower) < MIN_LENGTH:
        return []
    from kabar_desktop.check.spelling import edits

    lists = speller.lists
    scored = []
    for cand in edits(lower):
        if cand == lower or "-" in cand[:1] + cand[-1:] or cand in lists.wrong:
            continue
        if not speller.known(cand):
            continue
        cost = edit_cost(lower, cand)
        if cand[:1] != lower[:1]:
            cost += 2
        if not speller.attested(cand):
            if cost > 1:
                continue  # only the affix rules make it, and the slip is no mere doubling
            cost += 2
        scored.append((cost, cand))
    scored.sort()
    return [c for _, c in scored[:limit]]
