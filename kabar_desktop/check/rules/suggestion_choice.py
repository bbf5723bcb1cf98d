"""Which of S1's suggestions a lowercase or capitalised unknown word is offered (round 26):
only likely slips of it, ranked by how much each is used (``check/frequency.py``), and none
where the typed word is itself far more used than the suggestion. Frequency only ranks and
withholds; it never decides whether a word is reported."""

from __future__ import annotations

from kabar_desktop.check.frequency import zipf
from kabar_desktop.check.rules.words24_spelling import IN_USE, likely_slip

# How much more a later suggestion must be used than the first to be offered before it, on
# the Zipf scale (1.5: about thirty times): the lists' own order knows the genre ("pasor" is
# paspor, not the commoner pasar), frequency only overrules it by far ("lburan": liburan).
USE_MARGIN = 1.5
# Zipf 4: once in ten thousand words of Indonesian text.
COMMON_USE = 4.0


def offered(word: str, found: list[str]) -> list[str]:
    """The suggestions of ``found`` (best first) worth offering for ``word``; for a lowercase
    word left with none, a common word one edit away or two words glued (``fallback``)."""
    chosen = _offered(word, found)
    if chosen or not word.islower():
        return chosen
    again = fallback(word, found)
    return [again] if again else []


# A common word (Zipf 4: ten times in a million words) one edit from a lowercase typo
# is offered where the slip rules judged the edit unlikely: "bumui" (bumi), "oang" (orang),
# "bikhlas" (ikhlas), "fasilisator" (fasilitator): the word is reported either way, and the
# common word is the likelier meant (session thirteen: over the 24 sets, more marks carry
# their fix and none lost it).
FALLBACK_USE = 4.0
# Each part of two glued words is a listed word in use of four letters or more
# ("wargabinaan": warga binaan, "tataboga": tata boga, "jurnalistiksehingga"; not "yangak":
# "yan gak", nor "tralis": "tra lis").
GLUED_PART_USE = 3.0


def fallback(word: str, found: list[str]) -> str | None:
    """The one suggestion for a lowercase typo the slip rules left with none."""
    if zipf(word) >= COMMON_USE:
        return None  # a word in use ("travel"): no slip of anything
    near = [f for f in found if _one_edit(word, f) and zipf(f) >= FALLBACK_USE]
    if near:
        return max(near, key=zipf)
    return glued_words(word)


def glued_words(word: str) -> str | None:
    """``word`` as two words in use typed without their space, the likeliest split."""
    from kabar_desktop.check.spelling import speller

    check = speller()
    best, score = None, 0.0
    for k in range(4, len(word) - 3):
        a, b = word[:k], word[k:]
        use = min(zipf(a), zipf(b))
        if use >= GLUED_PART_USE and use > score and check._listed(a) and check._listed(b):
            best, score = f"{a} {b}", use
    return best


def _one_edit(word: str, fix: str) -> bool:
    w, f = word.lower(), fix.lower()
    if abs(len(w) - len(f)) > 1 or w == f:
        return False
    if len(w) == len(f):
        diff = [k for k in range(len(w)) if w[k] != f[k]]
        return len(diff) == 1 or (
            len(diff) == 2 and diff[1] == diff[0] + 1 and w[diff[0]] == f[diff[1]]
        )
    short, long_ = sorted((w, f), key=len)
    return any(long_[:k] + long_[k + 1 :] == short for k in range(len(long_)))


def _offered(word: str, found: list[str]) -> list[str]:
    if found and found[0].lower() == word.lower() != found[0]:
        return found[:1]  # "minang" → "Minang": only the capital was missing (probe57)
    if found and not likely_slip(word, found[0]):
        # round 24: "klaster" → "blaster" is no slip: no suggestion; a later one that is a
        # likely slip is offered for a lowercase word ("mendapatan": not "pendapatan" but
        # "mendapatkan"), where no name can hide
        return [f for f in found[1:] if _later_slip(word, f)] if word.islower() else []
    if not word.islower():
        return found
    if len(found) > 1:
        found = by_use(word, found)  # "lburan" → liburan (in use), not leburan
    if found and _far_more_used(word, found[0]):
        return []  # "travel" is in use, "gravel" no word it slipped from
    return found


def use_of(fix: str) -> float:
    """How much a suggestion is used (Zipf); of words apart or hyphened, the rarer one ("di
    bagian", "masing-masing" when the list lacks the whole)."""
    parts = fix.replace("-", " ").split()
    return max(zipf(fix), min((zipf(p) for p in parts), default=0.0))


def by_use(word: str, found: list[str]) -> list[str]:
    """``found`` with a suggestion moved first when it is used far more than the first one
    and is itself a likely slip of ``word`` (``lburan``: liburan before leburan; never
    ``tralis``: tragis); else as it was."""
    uses = [use_of(f) for f in found]
    best = max(range(len(found)), key=uses.__getitem__)
    if uses[best] < uses[0] + USE_MARGIN or not likely_slip(word, found[best]):
        return found
    return [found[best], *found[:best], *found[best + 1 :]]


def _far_more_used(word: str, fix: str) -> bool:
    """The typed word is common and the suggestion a hundred times rarer: a word in use,
    foreign most often ("travel", "single"), no slip of that one. A standard form rarer than
    the common misspelling stays offered ("personil": personel)."""
    return zipf(word) >= COMMON_USE and use_of(fix) < zipf(word) - 2


def _later_slip(word: str, fix: str) -> bool:
    """A later suggestion offered when the first is no likely slip: a likely slip itself, of
    a word in use, for a word of six letters or more ("mendapatan": mendapatkan; not "call":
    calo)."""
    return len(word) >= 6 and use_of(fix) >= IN_USE and likely_slip(word, fix)
