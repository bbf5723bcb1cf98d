"""A suggestion for a word two slips from the one meant, found through its root (issue 13).

The near-word search (``suggest.ranked``) looks one edit away, and two edits away only among
listed words of about the same length. A Humas writer's slips are often two letters left out
of a long derived word (``diselengarkan`` for ``diselenggarakan``, ``kabupen`` for
``kabupaten``): the root is two letters short, and the affixes around it are right. So the
affixes are taken off as typed, the root is looked up two letters longer among the listed
roots (a letter changed as well reads too far: ``binanan`` is no ``binatang``), and the word
is built again; only a word in use (attested by the list's flags and met in the news) is
offered, the most frequent first.
"""

from __future__ import annotations

from kabar_desktop.check.frequency import zipf
from kabar_desktop.check.spelling import Speller
from kabar_desktop.check.suggest import edits

# Affixes as typed, outermost first; meN-/peN- change the root's first sound, so they are
# not taken off here (the near-word search reads them).
_PREFIXES = ("", "di", "ter", "ber", "ke", "se", "diper")
_SUFFIXES = ("", "kan", "an", "i", "nya", "kannya", "annya")
_SHORTEST_ROOT = 5


def far_slip(lower: str, check: Speller) -> str | None:
    """The word in use that ``lower`` (lowercase, unknown) is with two slips in its root."""
    if not lower.isalpha() or not 6 <= len(lower) <= 24:
        return None
    found: dict[str, float] = {}
    for prefix in _PREFIXES:
        if not lower.startswith(prefix):
            continue
        for suffix in _SUFFIXES:
            if suffix and not lower.endswith(suffix):
                continue
            stem = lower[len(prefix) : len(lower) - len(suffix)]
            if len(stem) < _SHORTEST_ROOT:
                continue
            for root in _roots_near(stem, check):
                word = prefix + root + suffix
                if word != lower and check.attested(word) and (score := zipf(word)) > 0:
                    found[word] = max(found.get(word, 0.0), score)
    return max(found, key=lambda w: (found[w], w)) if found else None


def _roots_near(stem: str, check: Speller) -> set[str]:
    """Listed roots that ``stem`` is with two letters left out: each string one letter
    longer than the stem looked up in the deletion index."""
    index = check.deletion_index(stem[0])
    roots: set[str] = set()
    for once in edits(stem):
        if len(once) != len(stem) + 1 or once[:1] != stem[:1]:
            continue  # a letter put back: a changed one reads too far ('binanan' ≠ binatang)
        roots.update(w for w in index.get(once, ()) if len(w) >= len(stem) + 1)
    return roots
