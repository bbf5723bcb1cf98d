"""S1's readings of a capitalised word that is a slip, not a name: one letter from a frequent
word, a slip from the word its neighbour pairs with, a sure slip inside a name, and the
keyboard's slips S1 names first (a doubled capital, the letter l in a Roman numeral; moved out
of rules/spelling.py)."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kabar_desktop.check.capital_slips import country_slip
from kabar_desktop.check.document import Doc, Token
from kabar_desktop.check.lexicon import words
from kabar_desktop.check.rules import N_, keep_case
from kabar_desktop.check.rules.words19_slips import LONGEST_SLIP
from kabar_desktop.check.rules.words24_spelling import proper_name
from kabar_desktop.check.spelling import Speller
from kabar_desktop.check.suggest import letter_slip, pair_slip


def letter_slip_of(word: str) -> str | None:
    found = letter_slip(word.lower())
    return keep_case(word, found) if found else None


def swapped_slip_of(word: str) -> str | None:
    """The one frequent word of six letters or more that ``word`` is with two neighbouring
    letters swapped past its first two (``Remsii`` → ``Remisi``; heldout25; ``Triani`` is no
    ``Tirani``): a slip no name looks like."""
    from kabar_desktop.check.frequency import zipf
    from kabar_desktop.check.spelling import speller

    lower = word.lower()
    if not 6 <= len(lower) <= LONGEST_SLIP or not lower.isalpha() or zipf(lower) > 0:
        return None
    swaps = {lower[:i] + lower[i + 1] + lower[i] + lower[i + 2 :] for i in range(2, len(lower) - 1)}
    found = {c for c in swaps if c != lower and zipf(c) >= SWAP_USE and speller().known(c)}
    return keep_case(word, found.pop()) if len(found) == 1 else None


SWAP_USE = 3.0  # Zipf: once in a million words
_VOWELS = "aiueo"


def vowel_slip_of(word: str) -> str | None:
    """The one word used ten times in a million that a capitalised word of eight letters or
    more is with one vowel typed for another (``Kapolisian`` → ``Kepolisian``; heldout26)."""
    from kabar_desktop.check.frequency import zipf
    from kabar_desktop.check.spelling import speller

    lower = word.lower()
    if not 8 <= len(lower) <= LONGEST_SLIP or not lower.isalpha() or zipf(lower) > 0:
        return None
    found = {
        c
        for i, ch in enumerate(lower)
        if ch in _VOWELS
        for v in _VOWELS
        if v != ch
        and (c := lower[:i] + v + lower[i + 1 :])
        and zipf(c) >= 4.0
        and speller().known(c)
    }
    return keep_case(word, found.pop()) if len(found) == 1 else None


def pair_slip_of(doc: Doc, t: Token, word: str) -> str | None:
    """A slip from the word that makes a frequent pair with its neighbour (Warga Ninaan)."""
    toks = doc.tokens  # found by its start: list.index per word was quadratic
    i = bisect.bisect_left(toks, t.start, key=lambda tok: tok.start)
    before = toks[i - 1].text.lower() if i and doc.adjacent(toks[i - 1], t) else ""
    after = toks[i + 1].text.lower() if i + 1 < len(toks) and doc.adjacent(t, toks[i + 1]) else ""
    found = pair_slip(word.lower(), before, after)
    return keep_case(word, found) if found else None


def sure_slip(word: str, check: Speller) -> bool:
    """A capitalised word in a name that is still a sure slip: a suffix typed twice, a
    non-standard root (``Kasubsi Pelayananan Tahanan``, ``Antrian Online``), a frequent
    word with a letter left out, a country's name with two letters swapped (``Pemuda
    Asutralia``, round 23)."""
    letter = letter_slip_of(word)
    if letter is not None and letter.lower().startswith(word.lower()):
        letter = None  # a letter short at the end: "Ade Rahma Syafitri" is no 'Rahmat' (probe70)
    return (
        check.fix(word) is not None
        or (letter is not None and not proper_name(letter))  # round 24: "Muhamad Irfani"
        or country_slip(word) is not None
        or office_slip(word, check)  # round 26: "pegawai Lalas Pagaralam"
    )


# The offices a Humas page names most, by their short forms: one of them struck with a
# neighbouring key is no name ("pegawai Lalas Pagaralam").
OFFICE_FORMS = words("lapas rutan bapas rudenim kanim kanwil lpka ditjenpas")


@lru_cache(maxsize=4096)  # a name recurs in every paragraph: read once a process
def office_slip(word: str, check: Speller) -> bool:
    """``word`` is one of the offices' short forms with one key struck for its neighbour (or
    a letter of like sound), ``Lalas`` for ``Lapas``: a slip even inside a name."""
    from kabar_desktop.check.rules.short_form_slips import short_form_slip
    from kabar_desktop.check.rules.words24_spelling import likely_slip

    found = short_form_slip(word, check)
    return (
        found is not None
        and found.lower() in OFFICE_FORMS
        and len(found) == len(word)
        and likely_slip(word, found)
    )


_DOUBLED_CAPITAL = re.compile(r"([A-Z])\1[a-z]{3,}")  # "KKotamobagu": the shift key held
# A Roman numeral typed with the letter l for I: "Kelas lV", "Bonang ll" (a lone "kelas l"
# is K10's: S1 reads no one-letter word).
_ELL_ROMAN = re.compile(r"(?=[IVXl]*l)[IVXl]{2,4}")
_ROMAN = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")


def typed_slip(word: str) -> tuple[str, str] | None:
    """A slip of the keyboard S1 names with its fix: a doubled capital, the letter l in a
    Roman numeral (heldout419, 409, 349; 20 of 20 marked on the 424 sets)."""
    if _DOUBLED_CAPITAL.fullmatch(word):
        return N_("'{word}' starts with a doubled capital; did you mean '{fix}'?"), word[1:]
    if _ELL_ROMAN.fullmatch(word):
        roman = word.replace("l", "I")
        if _ROMAN.fullmatch(roman):
            return N_("'{word}' is a Roman numeral typed with the letter l: '{fix}'."), roman
    return None
