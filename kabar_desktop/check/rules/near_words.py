"""Words that are words, but not the one meant (S3), and English phrases misspelled (S4).

S3: a slip can make another word the lists know (``memalui`` is meN- + malu + -i,
``mengelar`` meN- + kelar, ``dikuti`` di- + kuti), so S1 is silent. Such a form is reported
when it is no frequent word of Humas news itself, is not in the word lists as it stands
(only the affix rules make it) from a root that is no frequent word either (``sesama`` is se-
+ ``sama``: meant, not ``selama``), and is one cheap slip (a doubled letter left single, a
letter dropped or swapped, a letter of like sound or one typed just before it)
from a frequent word (``kata-sering.txt``). A few real words that stand for another are
listed in ``kata-mirip.tsv`` with a note (``Sat dikonfirmasi`` → ``Saat``).

S4: Humas news borrows the English names of meeting formats (Focus Group Discussion, Coffee
Morning, Zoom Meeting); a word of one typed wrong, or swapped for a look-alike, beside the
others written right is reported with the phrase's word.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from kabar_desktop.check import morphology as m
from kabar_desktop.check.document import Doc, Token
from kabar_desktop.check.frequency import zipf
from kabar_desktop.check.rules import N_, WARNING, Hit, keep_case, rule
from kabar_desktop.check.rules.head_slips import head_slip
from kabar_desktop.check.rules.spelling_slips import vowel_slip_of
from kabar_desktop.check.rules.words19_slips import (
    affixed_function_word,
    common_word_short,
    dropped_letter_slip,
    dropped_letter_word,
    initiative_slips,
    unused_stutter,
)
from kabar_desktop.check.rules.words21_forms import per_for_pe, per_verb_slip
from kabar_desktop.check.rules.words26_slips import context_slips
from kabar_desktop.check.spelling import speller
from kabar_desktop.check.suggest import edits, frequent, near_frequent
from kabar_desktop.check.wordlists import confusables

MIN_LENGTH = 5  # shorter words have too many neighbours among the frequent ones
MAX_COST = 2  # suggest.edit_cost of the slips S3 trusts
MIN_CAPITALISED = 7  # a capitalised word S3 reads, and the frequent word it may stand for
_IN_USE = 3.5  # a word used about three times in a million words of Indonesian (wordfreq)
_RARE = N_("'{word}' is a word, but a rare one here; did you mean '{fix}'?")
# English names of formats in Indonesian government news, as KBBI leaves them (italic).
ENGLISH_PHRASES = tuple(
    tuple(p.lower().split())
    for p in (
        "Focus Group Discussion",
        "Zoom Meeting",
        "Coffee Morning",
        "Coffee Break",
        "Medical Check Up",
        "Public Hearing",
        "Video Conference",
        "Team Building",
        "Capacity Building",
        "Press Conference",
        "Press Release",
        "Press Tour",
        "Talk Show",
        "Soft Launching",
        "Grand Launching",
        "Sharing Session",
        "Town Hall Meeting",
        "Customer Service",
        "Open House",
        "Quick Wins",
        "Best Practice",
        "Live Streaming",
        "Coaching Clinic",
        "In House Training",
        "Training of Trainers",
        "Knowledge Sharing",
        "Road Show",
        # International bodies of immigration news, named in English (their own names).
        "International Organization for Migration",
        "United Nations High Commissioner for Refugees",
    )
)
# English glue words a writer swaps inside a name ("Organization of Migration"): one of them
# for another, where the phrase's other words are there.
_GLUE = frozenset({"of", "for", "on", "in", "to", "the", "and", "at", "by"})
_BY_LETTER: dict[str, list[tuple[str, ...]]] = {}
for _phrase in ENGLISH_PHRASES:
    _BY_LETTER.setdefault(_phrase[0][0], []).append(_phrase)


@rule("S3", WARNING, N_("A rare word one slip from a frequent word of the news is that word"))
def near_words(doc: Doc) -> Iterator[Hit]:
    check = speller()
    common = frequent()
    pairs = _by_first_word(tuple(confusables().items()))
    toks = doc.tokens
    given: set[str] = getattr(doc, "given_names", set())
    yield from initiative_slips(doc)  # "merupakan inisiasi Direktorat …" (round 19)
    yield from context_slips(doc)  # "rotan sintesis", "mendapat resmi khusus", "bawah"
    for i, t in enumerate(toks):
        if doc.is_italic(t.start, t.end) or doc.in_frame(t.start, t.end):
            continue
        if t.text[:1].isupper() and (head := head_slip(doc, t, t.text, office=True, check=check)):
            yield Hit(t.start, t.end, _RARE, head, {"word": t.text, "fix": head})
            continue  # "Kepal Rutan": a word, but no head of an office's name
        plain = _plain(doc, t)
        if not plain and not _capitalised_slip(t.text, given):
            continue
        lower = t.text.lower()
        found = _confusable(doc, i, pairs) if plain else None
        if found is not None:
            j, fix = found
            fixed, typed = keep_case(t.text, fix), doc.text[t.start : toks[j].end]
            yield Hit(t.start, toks[j].end, _RARE, fixed, {"word": typed, "fix": fixed})
            continue
        if len(lower) < MIN_LENGTH or not lower.isalpha() or lower in common:
            continue
        if lower in ("inikan", "itukan"):
            continue  # "ini kan": W6 splits the particle (probe59)
        if lower.endswith("nya") and len(lower) > 9 and zipf(lower[:-3]) >= _IN_USE:
            continue  # "penanamannya": a word in use with -nya is no slip (heldout42)
        if check._listed(lower) or not check.known(lower):
            continue  # a listed word is meant as written; an unknown one is S1's
        if _second_half(doc, i, lower, check):
            continue  # "dikembang biakan": a compound's word in two, W6's (probe156)
        if _memper_noun(lower) or (
            _passive_in_use(lower, check)
            and not (i + 1 < len(toks) and check.known(lower + toks[i + 1].text.lower()))
        ):  # "perbaruan" of "memperbarui" (p148); "diintai" of "mengintai" (p151), not
            continue  # "diikut sertakan" (one word in two)
        if plain and (
            slip := dropped_letter_slip(lower, check)
            or common_word_short(lower, check)
            or unused_stutter(lower, check)
            or _added_letter_slip(lower, check)
            or (len(lower) >= 8 and not check.attested(lower) and vowel_slip_of(lower))
        ):  # "pelatuhan": one vowel for another in a frequent word, a form no one writes
            fixed = keep_case(t.text, slip)  # also a sentence's first word ("Terihat")
            yield Hit(t.start, t.end, _RARE, fixed, {"word": t.text, "fix": fixed})
            continue  # "pemeritah", "mencapi": no one's word, a letter short of one in use;
            # "tahananannya": a syllable typed twice that the affix rules still read
        if (
            plain
            and not check.attested(lower)
            and len({c for cost, c in near_frequent(lower) if cost <= MAX_COST}) != 1
            and not _likeness(doc, i, lower)
            and (slip := root_slip(lower)) is not None
        ):
            fixed = keep_case(t.text, slip)  # "bersampil": ber- on no root that takes it
            yield Hit(t.start, t.end, _RARE, fixed, {"word": t.text, "fix": fixed})
            continue
        if plain and (slip := per_verb_slip(lower) or per_for_pe(lower)) is not None:
            fixed = keep_case(t.text, slip)  # "diperolah": per- on a root that takes none
            yield Hit(t.start, t.end, _RARE, fixed, {"word": t.text, "fix": fixed})
            continue
        if not affixed_function_word(lower, check) and any(
            a.root in common and not check._weak(a.root) for a in check.readings(lower)
        ):
            continue  # a frequent root's regular derivation is meant too: 'sesama' (sama);
            # not one the list gives no affix at all: 'pendemi' is no peN- + 'demi'
        near = {c for cost, c in near_frequent(lower) if cost <= MAX_COST}
        if not near and affixed_function_word(lower, check):
            put_back = dropped_letter_word(lower)  # "memperolehkan" (round 19)
            near = {put_back} if put_back else set()
        if not plain:  # "Kecematan Bukit Raya": only a long frequent word of the genre
            near = {c for c in near if len(c) >= MIN_CAPITALISED}
        if len(near) == 1:
            fixed = keep_case(t.text, near.pop())
            yield Hit(t.start, t.end, _RARE, fixed, {"word": t.text, "fix": fixed})


def _second_half(doc: Doc, i: int, lower: str, check: Any) -> bool:
    """The word and the one before it are one word written apart: "perkembang biakan",
    "dikembang biakan" (-kkan of a root in k)."""
    if not i or not doc.adjacent(doc.tokens[i - 1], doc.tokens[i]):
        return False
    whole = doc.tokens[i - 1].text.lower() + lower
    return check.known(whole) or (whole.endswith("kan") and check.known(whole[:-3] + "kkan"))


def _added_letter_slip(lower: str, check: Any) -> str | None:
    """The one very frequent word a letter typed too many away from a form no one writes:
    ``melalaui`` → ``melalui`` (heldout226: three times in one text); not a regular form of
    a root in use (``surati``, ``terasah``)."""
    if not 6 <= len(lower) <= 30 or zipf(lower) >= 1:
        return None  # a word of 80,000 letters has 80,000 edits (tests/test_hostile_text.py)
    if any(a.root != lower and zipf(a.root) >= 3 for a in check.readings(lower)):
        return None
    found = {lower[:i] + lower[i + 1 :] for i in range(1, len(lower))}
    found = {w for w in found if zipf(w) >= 5}
    return found.pop() if len(found) == 1 else None


def _passive_in_use(lower: str, check: Any) -> bool:
    """A di- passive whose meN- active is a word in use: "diintai" (mengintai), no slip of
    "dicintai"."""
    if not lower.startswith("di") or len(lower) < 6:
        return False
    roots = {a.root for a in check.readings(lower) if a.prefixes == ("di",)}
    return any(zipf(m.spell(m.Analysis(("meN",), root))) >= 3 for root in roots)


def _memper_noun(lower: str) -> bool:
    """A per-…-an noun of a memper- verb in use (``perbaruan`` of ``memperbarui``,
    ``perkuatan`` of ``memperkuat``): a regular derivation, meant as written, not a slip of
    the noun one letter away (``perburuan``, hunting; probe148)."""
    if not (lower.startswith("per") and lower.endswith("an")) or len(lower) < 8:
        return False
    root = lower[3:-2]
    return any(zipf(f"memper{root}{end}") >= 3 for end in ("", "i", "kan"))


def _likeness(doc: Doc, i: int, lower: str) -> bool:
    """'tidak semeriah tahun lalu': se- of likeness on an adjective after a negation, no
    slip of another root (heldout36)."""
    before = doc.tokens[i - 1].text.lower() if i else ""
    return lower.startswith("se") and before in ("tidak", "tak", "kurang", "belum")


@lru_cache(maxsize=4096)
def root_slip(lower: str) -> str | None:
    """The one word the lists attest that a derived form on a root the list gives no affix
    at all is, with its root one slip away: the affixes are the writer's, the root's letter
    the slip (``bersampil`` is ber- + ``sampil``, a root that takes no affix: ``bersampul``).
    A root the list gives affixes is meant as written (the list's flags are not complete:
    ``sebenarnya``, ``keterbatasan``)."""
    check = speller()
    if len(lower) < 7 or not lower.isalpha():
        return None
    found: dict[str, str] = {}
    for a in check.readings(lower):
        if not a.derived or len(a.root) < 4 or not check._weak(a.root):
            continue
        for root in edits(a.root):
            if root == a.root or root[:1] != a.root[:1] and len(root) <= len(a.root):
                continue
            if not check.is_root(root) or check._weak(root):
                continue
            if root.replace("p", "f") == a.root.replace("p", "f"):
                continue  # a loan's f spelled p ('sertipikasi', the land law's): no slip
            form = m.spell(m.Analysis(a.prefixes, root, a.suffix, a.clitic))
            if form != lower and check.attested(form):
                found[form] = root
    if len(found) > 1:  # "mempertolehkan", "memperoleskan": the frequent root is likelier
        common = frequent()
        found = {f: r for f, r in found.items() if r in common}
    return next(iter(found)) if len(found) == 1 else None


@rule("S4", WARNING, N_("English phrases of government news are spelled as in English"))
def english_phrases(doc: Doc) -> Iterator[Hit]:
    toks = doc.tokens
    for i, first in enumerate(toks):
        head = first.text.lower()
        for phrase in _BY_LETTER.get(head[:1], ()):
            if head != phrase[0] and not _near(head, phrase[0]):
                continue
            seq = toks[i : i + len(phrase)]
            typed = [t.text.lower() for t in seq]
            if len(seq) < len(phrase) or typed == list(phrase):
                continue
            pairs = list(zip(typed, phrase, strict=True))
            if not all(a == b or _near(a, b) or a in _GLUE and b in _GLUE for a, b in pairs):
                continue
            if not any(a == b and a not in _GLUE for a, b in pairs):
                continue
            if not all(doc.adjacent(a, b) for a, b in zip(seq, seq[1:], strict=False)):
                continue
            for t, want in zip(seq, phrase, strict=True):
                if t.text.lower() != want:
                    fixed = keep_case(t.text, want)
                    msg = N_("'{word}' in '{phrase}' is spelled '{fix}'.")
                    params = {"word": t.text, "fix": fixed, "phrase": " ".join(phrase)}
                    yield Hit(t.start, t.end, msg, fixed, params)


def _plain(doc: Doc, t: Token) -> bool:
    """A word written in lowercase, or capitalised only as a sentence's first word: not a
    name's."""
    word = t.text
    if not word[1:].islower():
        return False
    if word[0].islower():
        return True
    return t.initial and doc.paras[t.para].kind != "title" and word not in doc.names


def _capitalised_slip(word: str, given: set[str]) -> bool:
    """A capitalised word in mid-sentence that S3 still reads: a name in title case (an
    office's, a district's) may hold a slip of a frequent word ("Kecematan" for
    "Kecamatan"); the draft's own names never do."""
    return word[1:].islower() and len(word) >= MIN_CAPITALISED and word not in given


@lru_cache(maxsize=4)
def _by_first_word(pairs: tuple[tuple[tuple[str, ...], str], ...]) -> dict[str, list]:
    """The listed look-alikes by their first typed word: most tokens start none."""
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for typed, fix in pairs:
        out.setdefault(typed[0], []).append((typed, fix))
    return out


def _confusable(doc: Doc, i: int, index: dict[str, list]) -> tuple[int, str] | None:
    """(index of the last token, the intended form) for a listed look-alike at token i."""
    toks = doc.tokens
    for typed, fix in index.get(toks[i].text.lower(), ()):
        j = i + len(typed) - 1
        if j >= len(toks) or any(
            toks[k].text.lower() != w for k, w in zip(range(i, j + 1), typed, strict=True)
        ):
            continue
        if all(doc.adjacent(toks[k], toks[k + 1]) for k in range(i, j)):
            return j, fix
    return None


@lru_cache(maxsize=8192)
def _near(typed: str, want: str) -> bool:
    """A look-alike of the phrase's word ``want``: the same first letter, at most two edits
    for a word of five letters or more (one for four), not its plural."""
    most = 2 if len(want) >= 5 else 1
    if typed.replace("s", "z") == want.replace("s", "z"):
        return False  # British and American spelling: "Organisation" is no slip
    if len(want) >= 6 and typed[:2] == want[1::-1] and typed[2:] == want[2:]:
        return True  # the first two letters swapped: "Imgration" for "Migration"
    if len(want) < 4 or typed[:1] != want[:1] or typed == want + "s":
        return False
    return abs(len(typed) - len(want)) <= most and _distance(typed, want) <= most


def _distance(a: str, b: str) -> int:
    """Levenshtein distance (small words only)."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]
