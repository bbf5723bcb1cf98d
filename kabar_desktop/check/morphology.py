"""Indonesian word formation: which affixes combine, and how they sound at their edges.

A word is a root with at most two prefixes, one suffix and clitics, in the combinations
Indonesian grammar allows (Tata Bahasa Baku; EYD V on compounds): ``meN-…-kan`` and
``peN-…-an`` are confixes, ``meN-…-an`` and ``peN-…-kan`` are not. The prefix's nasal
melts into a root's k, p, s, t before a vowel (``pengaruh`` → ``memengaruhi``, ``sosialisasi``
→ ``menyosialisasikan``); ``ber-`` is ``be-`` before r and before a short root whose first
syllable ends in -er (``beserta``, ``bekerja``); suffixes and clitics are simply added
(``galak`` + ``-kan`` = ``galakkan``, ``tegak`` + ``-an`` = ``tegakan``, ``sebaran`` +
``-nya`` = ``sebarannya``).

``analyses`` reads a word into every (prefixes, root, suffix, clitic) that fits these rules
and a root list; ``spell`` writes the word back from such a reading. An analysis whose edge
breaks a sound rule (``mensosialisasikan``, ``berserta``) is kept, marked irregular, so the
speller can offer the regular form. Which roots exist, and which take which affix, is the
speller's business (spelling.py); this module only knows the grammar.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

VOWELS = frozenset("aeiou")
# Possessive clitics, then particles: "bukunyalah". "-pun" is written apart (EYD V), but for
# a few fixed words the word list holds whole (walaupun, meskipun).
_POSSESSIVES = ("nya", "ku", "mu")
_PARTICLES = ("lah", "kah", "tah")
# -tah, an old particle of questions (KBBI: apatah, siapatah), goes on question words only.
_TAH_BASES = frozenset(("apa", "siapa", "mana", "bagaimana", "mengapa", "kenapa"))
_SUFFIXES = ("kan", "an", "i")
# Which suffix each sequence of prefixes takes ("" = none). Verbs: meN-, di-, ter- with -kan
# or -i; nouns: peN-…-an, per-…-an, ke-…-an; ber- with -an or -kan (berdatangan,
# berdasarkan); an inner se- after meN-/di-/peN- (menyesuaikan, menyerupai) and peN- after
# se- (sependapat). ke- alone and se-…-an are lexical, not productive: the speller asks its
# list.
COMBINATIONS: dict[tuple[str, ...], frozenset[str]] = {
    (): frozenset({"", "kan", "i", "an"}),
    ("meN",): frozenset({"", "kan", "i"}),
    ("meN", "per"): frozenset({"", "kan", "i"}),
    ("meN", "ber"): frozenset({"kan"}),
    ("meN", "ke"): frozenset({"kan", "i"}),
    ("meN", "se"): frozenset({"kan", "i"}),
    ("di",): frozenset({"", "kan", "i"}),
    ("di", "per"): frozenset({"", "kan", "i"}),
    ("di", "ber"): frozenset({"kan"}),
    ("di", "ke"): frozenset({"kan", "i"}),
    ("di", "se"): frozenset({"kan", "i"}),
    ("ter",): frozenset({"", "kan", "i"}),
    ("ber",): frozenset({"", "an", "kan"}),
    ("ber", "ke"): frozenset({"an"}),
    ("ber", "peN"): frozenset({"", "an"}),
    ("ber", "se"): frozenset({"an"}),
    ("peN",): frozenset({"", "an"}),
    ("peN", "ber"): frozenset({"an"}),
    ("peN", "ke"): frozenset({"an"}),
    ("peN", "per"): frozenset({"", "an"}),
    ("peN", "se"): frozenset({"an"}),
    ("pe",): frozenset({"", "an"}),
    ("per",): frozenset({"", "an", "kan", "i"}),
    ("ke",): frozenset({"", "an"}),
    ("ke", "ber"): frozenset({"an"}),
    ("ke", "ter"): frozenset({"an"}),
    ("ke", "peN"): frozenset({"an"}),
    ("ke", "pe"): frozenset({"an"}),
    ("ke", "per"): frozenset({"an"}),
    ("ke", "se"): frozenset({"an"}),
    ("se",): frozenset({"", "an"}),
    ("se", "peN"): frozenset({"", "an"}),
}
INNER = {p[1] for p in COMBINATIONS if len(p) == 2}
# Roots whose k or p stays after meN-/peN- before a vowel (KBBI): mempunyai, mengkaji (to
# study; mengaji is to recite), pengkajian.
KEEPS_CONSONANT = frozenset({"punya", "kaji"})


@dataclass(frozen=True)
class Analysis:
    """One reading of a word. ``regular`` is False when an edge breaks a sound rule."""

    prefixes: tuple[str, ...]
    root: str
    suffix: str = ""
    clitic: str = ""
    regular: bool = True

    @property
    def derived(self) -> bool:
        """Formed with a prefix or a suffix (not only clitics)."""
        return bool(self.prefixes or self.suffix)

    @property
    def verbal(self) -> bool:
        """A verb form: meN-, di-, ter- or a bare -kan/-i."""
        return bool(
            (self.prefixes and self.prefixes[0] in ("meN", "di", "ter"))
            or (not self.prefixes and self.suffix in ("kan", "i"))
        )


def syllables(word: str) -> int:
    """Syllables, near enough to tell a one-syllable root: a vowel each, but a final
    diphthong (``-ai``, ``-au``, ``-oi``) is one: ``cat`` 1, ``taat`` 2, ``kerja`` 2."""
    return sum(c in VOWELS for c in word) - bool(re.search(r"(?:ai|au|oi)$", word))


_KEEPS_BER = frozenset(["cermin"])  # KBBI: bercermin, a listed exception to be- (becermin)


def _er_first(root: str) -> bool:
    """A short root whose first syllable ends in -er: ber- is be- before it (beserta)."""
    return (
        bool(re.match(r"[^aeiou]er[^aeiou]", root))
        and syllables(root) <= 2
        and root not in _KEEPS_BER
    )


# --- reading ---------------------------------------------------------------------------
def _nasal(rest: str) -> Iterator[tuple[str, bool]]:
    """Roots behind meN-/peN- once the ``me``/``pe`` is taken off: (root, regular)."""
    if rest[:1] in ("l", "r", "w", "y") or rest[:2] in ("ny", "ng") or rest[:1] in ("m", "n"):
        yield rest, True  # melatih, merawat, menyanyi, menanti
    if rest.startswith("ng"):
        r = rest[2:]
        if r[:1] in VOWELS:
            yield r, True  # mengambil
            yield "k" + r, True  # mengirim (kirim)
            if r[:1] == "e" and syllables(r[1:]) == 1:
                yield r[1:], True  # mengecat
        elif r[:1] in ("g", "h") or r.startswith("kh"):
            yield r, True
        elif r[:1] == "k":
            yield r, r[1:2] not in VOWELS or r in KEEPS_CONSONANT  # mengklaim / mengkoordinasi
    elif rest.startswith("ny"):
        if rest[2:3] in VOWELS:
            yield "s" + rest[2:], True  # menyapu (sapu)
    elif rest.startswith("m"):
        r = rest[1:]
        if r[:1] in ("b", "f", "v"):
            yield r, True
        elif r[:1] in VOWELS:
            yield "p" + r, True  # memakai (pakai)
        elif r[:1] == "p":
            yield r, r[1:2] not in VOWELS or r in KEEPS_CONSONANT  # memproses / mempengaruhi
    elif rest.startswith("n"):
        r = rest[1:]
        if r[:1] in ("d", "c", "j", "z") or r.startswith("sy"):
            yield r, True
        elif r[:1] in VOWELS:
            yield "t" + r, True  # menulis (tulis)
        elif r[:1] in ("t", "s"):
            yield r, r[1:2] not in VOWELS  # mentransfer / mentaati, mensosialisasikan


def _prefix(word: str, pid: str) -> Iterator[tuple[str, bool]]:
    """Roots behind prefix ``pid`` at the start of ``word``: (rest, regular)."""
    if pid in ("meN", "peN"):
        head = "me" if pid == "meN" else "pe"
        if word.startswith(head) and len(word) > 4:
            yield from _nasal(word[2:])
    elif pid == "ber":
        if word.startswith("ber"):
            rest = word[3:]
            if rest[:1] != "r":
                yield rest, not _er_first(rest)  # berserta → beserta
        if word.startswith("be") and (word[2:3] == "r" or _er_first(word[2:])):
            yield word[2:], True  # berencana (rencana), bekerja
        if word.startswith("belajar"):
            yield word[3:], True
    elif pid == "ter":
        if word.startswith("ter") and word[3:4] != "r":
            yield word[3:], True
        if word.startswith("te") and (word[2:3] == "r" or _er_first(word[2:])):
            yield word[2:], True  # terasa (rasa), tepercaya
    elif pid == "per":
        if word.startswith("per") and word[3:4] != "r":
            yield word[3:], True
        if word.startswith("pe") and (word[2:3] == "r" or _er_first(word[2:])):
            yield word[2:], True  # perawatan (rawat), pekerjaan (kerja)
        if word.startswith("pelajar"):
            yield word[3:], True
    elif pid == "pe":
        if word.startswith("pe") and word[2:3] not in VOWELS and word[2:3] not in "mnr":
            yield word[2:], True  # petani, pedagang, pekerja, peserta
    elif word.startswith(pid):  # di, ke, se
        yield word[len(pid) :], True


_OUTER = ("meN", "di", "ber", "ter", "peN", "pe", "per", "ke", "se")
# The prefixes a word may start with, by its first two letters: most words try none.
_BY_START = {
    "me": ("meN",),
    "di": ("di",),
    "be": ("ber",),
    "te": ("ter",),
    "pe": ("peN", "pe", "per"),
    "ke": ("ke",),
    "se": ("se",),
}


def _stems(word: str) -> Iterator[tuple[tuple[str, ...], str, bool]]:
    """(prefixes, stem, regular) for every way the start of ``word`` reads as prefixes."""
    yield (), word, True
    for outer in _BY_START.get(word[:2], ()):
        for rest, ok in _prefix(word, outer):
            if len(rest) < 2:
                continue
            yield (outer,), rest, ok
            for inner in _BY_START.get(rest[:2], ()):
                if (outer, inner) not in COMBINATIONS:
                    continue
                for rest2, ok2 in _prefix(rest, inner):
                    if len(rest2) >= 2:
                        # meN- + per-: the p of the prefix stays (memperbaiki, but pemersatu)
                        kept = not ok and outer == "meN" and inner == "per"
                        regular = (ok or kept) and ok2
                        if _nasal_took_pe(outer, inner, rest, kept):
                            regular = False  # "pemebersihan": no per- as pe- after a nasal
                        yield (outer, inner), rest2, regular


def _nasal_took_pe(outer: str, inner: str, rest: str, kept: bool) -> bool:
    """meN-/peN- before per- worn down to pe-, with the nasal taking its p: 'pemebersihan'
    (peN- + 'pebersih') is no word; the nasal keeps the p ('mempekerjakan') or per- keeps
    its r ('pemersatu'), and 'pemelajar' is pelajar's own (session 42)."""
    return (
        inner == "per"
        and outer in ("meN", "peN")
        and not kept
        and rest.startswith("pe")
        and not rest.startswith(("per", "pelajar"))
    )


def endings(word: str) -> Iterator[tuple[str, str, str]]:
    """(stem, suffix, clitic) for every way the end of ``word`` reads as suffix + clitics."""
    bases = [(word, "")]
    for particle in _PARTICLES:
        if word.endswith(particle) and len(word) > len(particle) + 2:
            if particle == "tah" and word[:-3] not in _TAH_BASES:
                continue  # "peringatah" is no per- + 'inga' + -tah (heldout36)
            bases.append((word[: -len(particle)], particle))
    for base, particle in list(bases):
        for possessive in _POSSESSIVES:
            if base.endswith(possessive) and len(base) > len(possessive) + 2:
                bases.append((base[: -len(possessive)], possessive + particle))
    for base, clitic in bases:
        yield base, "", clitic
        for suffix in _SUFFIXES:
            if base.endswith(suffix) and len(base) > len(suffix) + 2:
                yield base[: -len(suffix)], suffix, clitic


def analyses(word: str, is_root: Callable[[str], bool]) -> Iterator[Analysis]:
    """Every reading of lowercase ``word`` whose root ``is_root`` accepts and whose affixes
    combine, regular or not."""
    for stem, suffix, clitic in endings(word):
        for prefixes, root, regular in _stems(stem):
            allowed = COMBINATIONS.get(prefixes)
            if allowed is None or suffix not in allowed or len(root) < 2:
                continue
            if is_root(root):
                yield Analysis(prefixes, root, suffix, clitic, regular)


def confix_errors(word: str, is_root: Callable[[str], bool]) -> Iterator[Analysis]:
    """Readings with a confix Indonesian does not have: peN-…-kan (``penegakkan``),
    meN-…-an, di-…-an. ``spell`` with the suffix the prefix does take gives the fix."""
    for stem, suffix, clitic in endings(word):
        if not suffix:
            continue
        for prefixes, root, regular in _stems(stem):
            allowed = COMBINATIONS.get(prefixes)
            if allowed is None or suffix in allowed or not prefixes or len(root) < 3:
                continue
            if regular and is_root(root):
                yield Analysis(prefixes, root, suffix, clitic, False)


# --- writing ---------------------------------------------------------------------------
def _with_nasal(head: str, stem: str, kept_p: bool) -> str:
    """``me``/``pe`` + nasal + ``stem``; ``kept_p``: the stem starts with the prefix per-."""
    c, nxt = stem[:1], stem[1:2]
    if c in VOWELS:
        return head + "ng" + stem
    if c in ("l", "r", "w", "y", "m", "n"):
        return head + stem
    if c in ("b", "f", "v"):
        return head + "m" + stem
    if c == "p":
        melts = nxt in VOWELS and not kept_p and not _keeps(stem)
        return head + "m" + (stem[1:] if melts else stem)
    if c in ("d", "c", "j", "z"):
        return head + "n" + stem
    if c in ("t", "s"):
        if nxt not in VOWELS:
            return head + "n" + stem  # mentransfer, menstabilkan, mensyukuri
        return head + ("n" if c == "t" else "ny") + stem[1:]
    if c == "k" and nxt in VOWELS and not _keeps(stem):
        return head + "ng" + stem[1:]
    return head + "ng" + stem  # g, h, kh, kl, kr


def _keeps(stem: str) -> bool:
    return any(stem.startswith(root) for root in KEEPS_CONSONANT)


def _with_prefix(pid: str, stem: str, root: str, inner: str | None) -> str:
    """``stem`` (the root, its suffix and any inner prefix) with prefix ``pid``."""
    if pid in ("meN", "peN"):
        if inner is None and syllables(root) == 1:
            return pid[:2] + "nge" + stem  # mengecat, pengecatan
        return _with_nasal(pid[:2], stem, kept_p=pid == "meN" and inner == "per")
    if pid in ("ber", "per") and stem.startswith("ajar"):
        return "bel" + stem if pid == "ber" else "pel" + stem
    if pid in ("ber", "ter", "per"):
        if stem.startswith("r") or (pid != "ter" and inner is None and _er_first(root)):
            return pid[:2] + stem  # berencana, bekerja, pekerjaan
        return pid + stem
    return pid + stem  # di, ke, se, pe


def spell(a: Analysis) -> str:
    """The standard spelling of analysis ``a``."""
    word, inner = a.root + a.suffix, None
    for pid in reversed(a.prefixes):
        word = _with_prefix(pid, word, a.root, inner)
        inner = pid
    return word + a.clitic


def mended(a: Analysis, word: str, known: Callable[[str], bool]) -> str | None:
    """The standard spelling of ``word``, read irregularly as ``a``. Where spelling ``a``
    gives the word back (per- worn to pe- behind a nasal that took its p: 'pemebersihan'),
    it is the word without its inner per-, if that is a word ('pembersihan'; session 42)."""
    spelled = spell(a)
    if spelled != word or a.prefixes[1:] != ("per",):
        return spelled
    plain = spell(Analysis(a.prefixes[:1], a.root, a.suffix, a.clitic))
    return plain if known(plain) else None


# --- repairing ---------------------------------------------------------------------------
_DOUBLED = ("kan", "nya", "an", "i")


def repaired(
    word: str, known: Callable[[str], bool], standard: dict[str, str]
) -> tuple[str, str] | None:
    """A sure repair of lowercase ``word``, which is no word: (fix, kind). ``doubled``: a
    suffix typed twice (``pelayananan`` → ``pelayanan``); ``baku``: affixes on a root
    ``standard`` maps to its standard form (``antrian`` → ``antrean``, ``dipraktekkan`` →
    ``dipraktikkan``): KBBI spells the derived word on the standard root (not a proper
    noun's: "Ramadhani" is a name)."""
    for suffix in _DOUBLED:
        base = word[: -len(suffix)]
        if word.endswith(suffix * 2) and len(base) >= len(suffix) + 4 and known(base):
            return base, "doubled"
    for a in analyses(word, lambda root: _common_word(standard.get(root, ""))):
        if a.regular and a.derived:
            root = standard[a.root].lower()
            fixed = spell(Analysis(a.prefixes, root, a.suffix, a.clitic))
            if fixed != word and known(fixed):
                return fixed, "baku"
    return None


def _common_word(form: str) -> bool:
    return form.isalpha() and form.islower()


# --- pe- without its nasal (round 21) --------------------------------------------------------
def with_nasal_pe(root: str, suffix: str) -> str:
    """The peN- form of ``root`` + ``suffix``: 'deportasi', 'an' → 'pendeportasian'."""
    return spell(Analysis(("peN",), root, suffix, ""))


def bare_pe_slip(root: str, suffix: str, known: Callable[[str], bool]) -> bool:
    """pe- without its nasal before a root that takes peN- (EYD V / KBBI: peN- is pe- only
    before l, r, w, y and the nasals; pe- of its own stands in a few nouns of doers that the
    lists give, such as petani, pedagang): 'pedeportasian' is 'pendeportasian' when the peN-
    form of the same root and suffix is a word."""
    if not suffix or root[:1] in ("l", "r", "w", "y", "m", "n") or root[:2] in ("ny", "ng"):
        return False
    nasal = with_nasal_pe(root, suffix)
    return nasal != "pe" + root + suffix and known(nasal)
