"""Ranking the corrections of a misspelling: the likeliest slip first.

Without word frequencies the ranking follows the slips Humas writers make: a doubled or
undoubled letter (penegakkan, penyebaranya), a dropped consonant (melasanakan), two letters
swapped, a letter of like sound (b/p, d/t, f/p/v, i/e, u/o, a/e) or a neighbour on the
keyboard. The genre's everyday words win a tie (``kerena`` is ``karena``, not ``kerenya``), a
word of the lists beats a form only the affix rules make, and the first letter rarely
changes. Words one edit away are tried first (about 700 candidates: a few milliseconds);
when none is a word, listed words two edits away with the same first letter (instropeksi →
introspeksi), through an index of their one-letter deletions built for that letter only.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import TYPE_CHECKING

from kabar_desktop import paths
from kabar_desktop.check.lexicon import FUNCTION_WORDS, words
from kabar_desktop.check.wordlists import read_word_list

if TYPE_CHECKING:
    from kabar_desktop.check.spelling import Speller

_SOUND_ALIKE = {
    frozenset(p) for p in ("bp", "dt", "fp", "fv", "pv", "ie", "uo", "kg", "sz", "jz", "ck", "ae")
}
_KEYBOARD = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_DROPPED = frozenset("hknrgylmst")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
MIN_LENGTH = 4  # shorter words have too many neighbours to guess from (but everyday ones)
# Words of every Humas article: a slip of one is likelier than a rare word one edit away.
COMMON = FUNCTION_WORDS | words(
    """tersebut karena juga sudah telah akan dapat bisa harus masih sangat lebih para seluruh
    setiap semua kegiatan pelaksanaan dilaksanakan melaksanakan kepala kantor wilayah negara
    pegawai petugas peserta masyarakat pelayanan pembinaan warga binaan kerja sama acara
    rapat hadir kunjungan sambutan arahan menyampaikan mengatakan menjelaskan menurut
    tahun bulan hari pukul bersama dengan dalam bahwa adalah merupakan yaitu yakni antara
    lain selain kemudian selanjutnya sehingga namun tetapi serta maupun baik secara"""
)


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
    """Known words one edit from ``lower`` (else listed words two edits away), likeliest
    first."""
    if len(lower) < MIN_LENGTH - 1:
        return []
    short = len(lower) < MIN_LENGTH  # "jug": only an everyday word ("juga") is a guess
    lists = speller.lists
    scored = []
    swapped = swaps(lower)
    everyday = frequent()
    for cand in edits(lower) | swapped:
        if cand == lower or "-" in cand[:1] + cand[-1:] or cand in lists.wrong:
            continue
        if (short and cand not in COMMON) or not speller.known(cand):
            continue
        cost = 2 * (2 if cand in swapped else edit_cost(lower, cand))
        if cand[:1] != lower[:1]:
            cost += 4
        if cand in COMMON:
            cost -= 3
        elif cand in everyday:
            cost -= 2  # a frequent word of the news: "pelantihan" is "pelatihan"
        if not speller.attested(cand):
            if cost > 2:
                continue  # only the affix rules make it, and the slip is no mere doubling
            cost += 4
        scored.append((cost, len(cand) < len(lower), cand))
    scored.sort()
    if not scored and len(lower) >= 7:
        return two_edits(lower, speller)[:limit]
    return [c for *_, c in scored[:limit]]


# Longer than any listed word: its edits are no word either, and they cost the word's length
# squared (an 80,000-letter 'word' took seconds and could take gigabytes; issue 12 #4).
LONGEST_WORD = 40


def edits(word: str) -> set[str]:
    """Every string one deletion, insertion, substitution or swap away from ``word``."""
    if len(word) > LONGEST_WORD:
        return set()
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    out |= {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    out |= {a + c + b for a, b in splits for c in _LETTERS}
    return out


def swaps(word: str) -> set[str]:
    """``word`` with two letters one apart exchanged (``tamanan`` ↔ ``tanaman``, ``rudemin``
    ↔ ``rudenim``): a slip of the hands as common as swapping neighbours, and one edit no
    Damerau distance counts."""
    out = set()
    for i in range(len(word) - 2):
        if word[i] != word[i + 2]:
            out.add(word[:i] + word[i + 2] + word[i + 1] + word[i] + word[i + 3 :])
    return out


def _deletions(word: str) -> set[str]:
    if len(word) > LONGEST_WORD:
        return {word}
    return {word[:i] + word[i + 1 :] for i in range(len(word))} | {word}


def two_edits(lower: str, speller: Speller) -> list[str]:
    """Listed words with ``lower``'s first letter that share a one-letter deletion with it
    (two slips: ``instropeksi`` → ``introspeksi``, ``paial`` → ``piala``)."""
    index = speller.deletion_index(lower[0])
    found: dict[str, int] = {}
    for d in _deletions(lower):
        for cand in index.get(d, ()):
            if cand != lower and cand not in speller.lists.wrong:
                gap = abs(len(cand) - len(lower))
                found[cand] = min(found.get(cand, 9), gap)
    return sorted(found, key=lambda c: (found[c], c not in COMMON, c))


def deletion_index(vocabulary: set[str]) -> dict[str, list[str]]:
    """Each word and its one-letter deletions → the words that give them."""
    index: dict[str, list[str]] = {}
    for word in vocabulary:
        for d in _deletions(word):
            index.setdefault(d, []).append(word)
    return index


FREQUENT_FILE = "kata-sering.txt"


@cache
def _frequent_file() -> set[str]:
    return read_word_list(paths.resources_dir() / "dictionaries" / FREQUENT_FILE)


@cache
def frequent() -> frozenset[str]:
    """The frequent words of Humas news (``kata-sering.txt``) and the everyday ones."""
    return COMMON | {w.lower() for w in _frequent_file() if " " not in w}


@cache
def frequent_pairs() -> frozenset[tuple[str, str]]:
    """The frequent pairs of words of Humas news (``warga binaan``, ``orang asing``)."""
    split = (w.lower().split(" ", 1) for w in _frequent_file() if " " in w)
    return frozenset((a, b) for a, b in split)


@lru_cache(maxsize=8192)  # a text repeats its word pairs (names, a pasted table)
def pair_slip(word: str, before: str, after: str) -> str | None:
    """The one word a slip from ``word`` that makes a frequent pair with the word before it
    or after it (``Warga Ninaan`` → ``Binaan``), all lowercase."""
    pairs = frequent_pairs()
    found = {c for c in edits(word) if (before, c) in pairs or (c, after) in pairs}
    found.discard(word)
    return found.pop() if len(found) == 1 else None


@cache
def _frequent_index(letter: str) -> dict[str, list[str]]:
    """The deletion index of the frequent words that start with ``letter``: only those can
    be ``near_frequent``'s answers, and a check asks for a few letters (indexing all the
    words cost every ``kabar check`` ~7 ms)."""
    return deletion_index({w for w in frequent() if w[:1] == letter})


@lru_cache(maxsize=8192)
def near_frequent(lower: str) -> tuple[tuple[int, str], ...]:
    """The frequent words one slip from ``lower`` with the same first letter, as (cost,
    word), likeliest first; a letter replaced by one typed just before it is as likely as a
    letter of like sound (``memalui``: the m of ``me-`` again for the l)."""
    index = _frequent_index(lower[:1])
    found = {c for d in _deletions(lower) for c in index.get(d, ()) if c != lower}
    scored = []
    for cand in found:
        cost = edit_cost(lower, cand)
        if cand[:1] != lower[:1] or not one_edit(lower, cand):
            continue
        if len(cand) == len(lower) and cost > 2:
            i = next(k for k in range(len(lower)) if lower[k] != cand[k])
            cost = 2 if lower[i] in lower[max(0, i - 2) : i] else cost
        scored.append((cost, cand))
    return tuple(sorted(scored))


def one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are one deletion, insertion, substitution or swap apart."""
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        swapped = a[i + 1 : i + 2] == b[i : i + 1] and a[i : i + 1] == b[i + 1 : i + 2]
        return i < len(a) and (a[i + 1 :] == b[i + 1 :] or (swapped and a[i + 2 :] == b[i + 2 :]))
    if abs(len(a) - len(b)) == 1:
        return a[i + (len(a) > len(b)) :] == b[i + (len(b) > len(a)) :]
    return False


# A frequent word this long with any one letter too many is still that word, not a name
# ("Jurnarlistik"): no name of the genre is a long word of the news and a letter.
LONG_FREQUENT = 10


def letter_slip(lower: str) -> str | None:
    """The one frequent word of six letters or more that ``lower`` is with a letter left out
    or doubled (``kunjungn`` → ``kunjungan``, ``reviitalisasi`` → ``revitalisasi``), or, in
    a word of ten letters or more, any letter too many: the slips a name is least likely to
    look like."""
    found = {
        c
        for cost, c in near_frequent(lower)
        if len(c) >= 6
        and (
            len(c) == len(lower) + 1
            or (len(c) == len(lower) - 1 and (cost == 1 or len(c) >= LONG_FREQUENT))
        )
    }
    return found.pop() if len(found) == 1 else None


def likelier_slip(lower: str, close: str, near: str) -> bool:
    """Whether the word one slip away (``close``) beats the verb built on a root one edit
    from the typed root (``near``): a frequent word of the news reached by a dropped or a
    doubled letter is the likelier slip than a rare verb reached by a changed letter."""
    every = frequent()
    return (
        close in every
        and near not in every
        and len(close) != len(lower)
        and edit_cost(lower, close) <= 2 < edit_cost(lower, near)
    )
