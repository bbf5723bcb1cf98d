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

import re
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
    return (
        compound_split(word, check)
        or place_slip(word)
        or country_slip(word)
        or dropped_letter(word, check)
        or frequent_slip(word)
        or affixed_slip(word, check)
    )


# A long word in the shape of a derived noun or verb: no person's or place's name has it.
_AFFIXED = re.compile(r"(?:pe|ke|per)[a-z]{6,}an|(?:me|di|ber)[a-z]{6,}(?:kan|an)")


def affixed_slip(word: str, check: Speller) -> str | None:
    """Session 28: a capitalised word of a derived shape, ten letters or more, that is one
    listed word with one letter dropped, a consonant too: "Penaggulangan" →
    "Penanggulangan" (a programme's title-case name; heldout203)."""
    lower = word.lower()
    if len(lower) < 10 or not word[1:].islower() or not _AFFIXED.fullmatch(lower):
        return None
    found = {
        cand
        for i in range(2, len(lower))
        for c in "abdeghiklmnprstuy"
        if check.known(cand := lower[:i] + c + lower[i:]) and cand not in check.lists.wrong
    }
    return found.pop().capitalize() if len(found) == 1 else None


MIN_FREQUENT_SLIP = 8  # the frequent word a capitalised slip is read against


def frequent_slip(word: str) -> str | None:
    """Round 22 (issue 13 item 3, words in capitals are checked too): a capitalised word no
    list knows, one likely slip (a letter of like sound or typed beside it, a letter dropped,
    doubled or swapped) from exactly one frequent word of Humas news of eight letters or
    more, with its first two letters: "Kabupqten" → "Kabupaten", "Disemimasi" →
    "Diseminasi". A long frequent word of the news is seldom a person's name's neighbour;
    places keep their own reading (place_slip)."""
    from kabar_desktop.check.suggest import near_frequent

    lower = word.lower()
    if len(lower) < MIN_FREQUENT_SLIP - 1 or not lower.isalpha() or is_place_word(lower):
        return None
    if not word[1:].islower():
        return None  # "KabupQten", capitals: K34's and K9's shapes
    found = [c for cost, c in near_frequent(lower) if cost <= 3 and len(c) >= MIN_FREQUENT_SLIP]
    from kabar_desktop.check.wordlists import proper_nouns

    names = proper_nouns()
    found = [c for c in found if c[:2] == lower[:2] and c not in names]
    if len(found) != 1:
        return None
    return found[0].capitalize()


MIN_COUNTRY = 6  # a country's name a capitalised slip is read against (not "Iran", "Irak")


def country_slip(word: str) -> str | None:
    """Round 23: a capitalised word no list knows that is one country's Indonesian name
    (lexicon.COUNTRIES) with two neighbouring letters swapped, a letter dropped (not the
    last) or one doubled, its first letter kept: "Asutralia" → "Australia", "Malyasia" →
    "Malaysia". The Indonesian gazetteer (place_slip) has no foreign countries; a person's
    name differs from a country by another letter, not by a swap."""
    from kabar_desktop.check.lexicon import COUNTRIES

    lower = word.lower()
    if len(lower) < MIN_COUNTRY - 1 or not lower.isalpha() or not word[1:].islower():
        return None
    if lower in COUNTRIES:
        return None
    found = [c for c in COUNTRIES if len(c) >= MIN_COUNTRY and _country_slip(lower, c)]
    return found[0].capitalize() if len(found) == 1 else None


def _country_slip(typed: str, country: str) -> bool:
    if typed[0] != country[0] or abs(len(typed) - len(country)) > 1 or typed == country:
        return False
    if len(typed) == len(country):  # two neighbours swapped
        diff = [k for k in range(len(typed)) if typed[k] != country[k]]
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and typed[diff[0]] == country[diff[1]]
            and typed[diff[1]] == country[diff[0]]
        )
    if len(typed) == len(country) - 1:  # a letter dropped, not the last, from a long name
        return len(country) > 6 and typed != country[:-1] and any(
            typed == country[:k] + country[k + 1 :] for k in range(len(country))
        )
    k = next((k for k in range(len(country)) if typed[k] != country[k]), len(country))
    return typed[k] == typed[k - 1] and typed[:k] + typed[k + 1 :] == country  # doubled
