"""Capitalised words that are slips, not names: the corrections S1 offers for a capitalised
word the lists do not know, when a name could not look like that.

A person's name is often one edit from some dictionary word ("Hidayat", "hidayah"; "Lubis",
"lukis"), so no edit at all is trusted against the whole list. What is trusted:

- a compound KBBI writes apart, written solid ("Lalulintas" → "Lalu Lintas");
- a listed word of seven letters or more with a vowel left out, not its first letter
  ("Imgran" → "Imigran"): names rarely lack a vowel of a long word;
- a word of a province's, regency's or city's name with a letter dropped or doubled or two
  letters swapped (places.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kabar_desktop.check.places import is_place_word, place_slip, solid_names

if TYPE_CHECKING:
    from kabar_desktop.check.spelling import Speller

MIN_DROPPED = 7  # the listed word a letter is missing from
_VOWELS = frozenset("aeiou")


def compound_split(word: str, check: Speller) -> str | None:
    """A compound the word list writes solid only with a confix, written solid alone: its
    two words apart, each in ``word``'s case (EYD V: "lalu lintas", "tanggung jawab")."""
    lower = word.lower()
    if lower not in check.lists.compounds or lower in solid_names():
        return None  # "Kabupaten Batubara": a place's name, however its office writes it
    stems = check.lists.stems
    for i in range(2, len(lower) - 1):
        head, tail = lower[:i], lower[i:]
        if head in stems and tail in stems and len(head) + len(tail) >= 6:
            if word.isupper():
                return f"{head.upper()} {tail.upper()}"
            if word[:1].isupper():
                return f"{head.capitalize()} {tail.capitalize()}"
            return f"{head} {tail}"
    return None


def dropped_letter(word: str, check: Speller) -> str | None:
    """The one listed word of seven letters or more that ``word`` is with one vowel left out
    (not the first letter), in ``word``'s case: "Imgran", "Kementrian". Names drop
    consonants of a cluster ("Kesuma", "Sinabung"), so a missing consonant proves nothing."""
    lower = word.lower()
    if len(lower) < MIN_DROPPED - 1 or not lower.isalpha() or is_place_word(lower):
        return None
    found = set()
    for i in range(1, len(lower)):  # not the last: names end where words go on ("Piramid")
        if i == 1 and lower[1] in "lr":
            continue  # "Klender", "Brantas": a name keeps the cluster kalender/berantas lost
        if lower[i - 1] in _VOWELS or lower[i : i + 1] in _VOWELS:
            continue  # "Manusa", "Bahrin": names drop a vowel beside a vowel, slips elsewhere
        for c in "aeiou":
            cand = lower[:i] + c + lower[i:]
            if check._listed(cand) and cand not in check.lists.wrong:
                found.add(cand)
    if len(found) != 1:
        return None
    fix = found.pop()
    return fix.upper() if word.isupper() else fix.capitalize()


def capital_slip(word: str, check: Speller) -> str | None:
    """The correction of a capitalised word no list knows, when it is a sure slip."""
    return compound_split(word, check) or place_slip(word) or dropped_letter(word, check)
