"""Spelling against the Indonesian word list (hunspell-id), Kabar's genre words and the
office's own words.

spylls (Hunspell in pure Python) takes about 0.3 ms a lookup and 0.2 s to load, too slow for
checking as the writer types. So a word is first looked up in a set of the dictionary's stems
and the added words, then its affixes (meN-, di-, ber-, -kan, -nya, …) are stripped and the
stem looked up again; only a word that still fails reaches spylls. Every answer is cached;
suggestions (about 0.25 s each) are made only when asked for.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from kabar_desktop import paths
from kabar_desktop.check.lexicon import words

log = logging.getLogger(__name__)
OFFICE_WORDS_FILE = "kata-kantor.txt"
SYSTEM_DICTIONARY = Path("/usr/share/hunspell/id_ID")
MAX_WORD = 40  # longer "words" are not words: never sent to spylls
_VOWELS = frozenset("aeiou")
_CLITICS = ("nya", "lah", "kah", "pun", "ku", "mu")
_SUFFIXES = ("kan", "an", "i")
_BOUND = words("se ke non antar pasca pra sub multi semi swa tuna ekstra anti pro")


def dictionary_base() -> Path | None:
    """The bundled ``id_ID`` (without extension), else the system's, else ``None``."""
    for base in (paths.resources_dir() / "dictionaries" / "id_ID", SYSTEM_DICTIONARY):
        if base.with_suffix(".dic").is_file() and base.with_suffix(".aff").is_file():
            return base
    return None


def read_word_list(path: Path) -> set[str]:
    """One word a line; ``#`` starts a comment. Missing or unreadable files give nothing."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return set()
    return {w for line in lines if (w := line.split("#", 1)[0].strip())}


@cache
def _base_words() -> dict[str, str]:
    """Lowercase stems of the dictionary with their affix flags (two letters each: the
    dictionary's FLAG long), and Kabar's genre words (flags ``**``: any affix)."""
    found: dict[str, str] = {}
    base = dictionary_base()
    if base is not None:
        with base.with_suffix(".dic").open(encoding="latin-1") as fh:
            next(fh, None)  # the word count
            for line in fh:
                fields = line.split(maxsplit=1)  # "word/FLAGS" then, maybe, morphology
                if not fields:
                    continue
                word, _, flags = fields[0].partition("/")
                word = word.lower()
                found[word] = found.get(word, "") + flags
    genre = paths.resources_dir() / "dictionaries" / "kabar-id.txt"
    for w in read_word_list(genre):
        found[w.lower()] = "**"
    return found


def _flags(flags: str) -> Iterator[str]:
    return (flags[i : i + 2] for i in range(0, len(flags) - 1, 2))


def _prefix_stems(word: str) -> Iterator[tuple[str, str]]:
    """(prefix, stem) left after one prefix, the consonant meN-/peN- melted restored."""
    for head in ("me", "pe"):
        if not word.startswith(head):
            continue
        rest = word[2:]
        if rest.startswith("ng"):
            r = rest[2:]
            if r[:1] in _VOWELS:
                yield head, r
                yield head, "k" + r
            elif r[:1] in ("g", "h", "k"):
                yield head, r
        if rest.startswith("ny") and rest[2:3] in _VOWELS:
            yield head, "s" + rest[2:]
        if rest.startswith("m"):
            r = rest[1:]
            if r[:1] in ("b", "f", "v") or r.startswith(("pe", "pr", "pl")):
                yield head, r
            elif r[:1] in _VOWELS:
                yield head, "p" + r
        if rest.startswith("n"):
            r = rest[1:]
            if r[:1] in ("d", "c", "j", "z") or r.startswith("sy"):
                yield head, r
            elif r[:1] in _VOWELS:
                yield head, "t" + r
        if rest[:1] in ("l", "m", "n", "r", "w", "y"):
            yield head, rest
        if head == "pe":  # pe- (pekerjaan, peserta) and per- (perluasan)
            yield head, rest
            if rest.startswith("r"):
                yield head, rest[1:]
    for prefix in ("ber", "be", "ter", "te", "di", "ke", "se", "per", "bel", "pel"):
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            yield prefix, word[len(prefix) :]


def _suffix_stems(word: str) -> Iterator[tuple[str, str]]:
    """(stem, the suffix -kan/-an/-i taken off or ``""``) after the clitics and one suffix."""
    yield word, ""
    bases = [word]
    for clitic in _CLITICS:
        if word.endswith(clitic) and len(word) - len(clitic) >= 3:
            bases.append(word[: -len(clitic)])
            yield bases[-1], ""
    for base in bases:
        for suffix in _SUFFIXES:
            if base.endswith(suffix) and len(base) - len(suffix) >= 3:
                yield base[: -len(suffix)], suffix


# Prefixes that the dictionary's flags must allow: "di" + a place is two words ("di kantor"),
# so "dikantor" is accepted only for a stem that takes di- (flags D0/D1), likewise ke-; the
# passive di- never takes -an ("dilapangan" is "di lapangan").
_PREFIX_FLAGS = {"di": ("D", ("D0", "D1")), "ke": ("K", ("K0", "K1"))}
_NEVER = {("di", "an")}


class Speller:
    """Answers 'is this an Indonesian word?' fast, from sets, affix stripping and spylls."""

    def __init__(self, stems: dict[str, str], office: set[str], base: Path | None):
        self.words = stems
        self.office = {w.lower() for w in office}
        self.base = base
        self._cache: dict[str, bool] = {}
        self._suggestions: dict[str, list[str]] = {}
        self._hunspell: Any = None
        self._lock = threading.Lock()

    def known(self, word: str) -> bool:
        hit = self._cache.get(word)
        if hit is None:
            hit = self._cache[word] = self._known(word)
        return hit

    def _known(self, word: str) -> bool:
        if len(word) > MAX_WORD:
            return True  # not a word to correct; never worth a slow lookup
        lower = word.lower()
        if self._in_lists(lower) or self._affixed(lower):
            return True
        if "-" in lower:
            parts = [p for p in lower.split("-") if p]
            if parts and all(p in _BOUND or self.known(p) for p in parts):
                return True
        return self._hunspell_lookup(word)

    def _in_lists(self, lower: str) -> bool:
        return lower in self.words or lower in self.office

    def _takes(self, stem: str, prefix: str, suffix: str) -> bool:
        """``stem`` is a word that may take ``prefix`` (and ``suffix``)."""
        if len(stem) < 3 or (prefix, suffix) in _NEVER:
            return False
        if stem in self.office:
            return True
        flags = self.words.get(stem)
        if flags is None:
            return False
        rule = _PREFIX_FLAGS.get(prefix)
        if rule is None or flags == "**":
            return True
        family, alone = rule
        if suffix:
            return any(f[0] == family for f in _flags(flags))
        return any(f in alone for f in _flags(flags))

    def _affixed(self, lower: str) -> bool:
        for stem, suffix in _suffix_stems(lower):
            if stem != lower and self._takes(stem, "", suffix):
                return True
            for prefix, inner in _prefix_stems(stem):
                if self._takes(inner, prefix, suffix) or any(
                    self._takes(s, p, suffix) for p, s in _prefix_stems(inner)
                ):
                    return True
        return False

    def dictionary(self) -> Any:
        """spylls' dictionary, loaded on first use (about 0.2 s); ``None`` without one."""
        with self._lock:
            if self._hunspell is None and self.base is not None:
                try:
                    from spylls.hunspell import Dictionary
                except ImportError:  # spylls missing: the stems and affix rules still work
                    log.warning("spylls is not installed: spelling uses the word lists only")
                    self.base = None
                    return None
                self._hunspell = Dictionary.from_files(str(self.base))
            return self._hunspell

    def _hunspell_lookup(self, word: str) -> bool:
        d = self.dictionary()
        if d is None:
            return True  # no word list: nothing is reported as misspelled
        try:
            return bool(d.lookup(word) or (word != word.lower() and d.lookup(word.lower())))
        except Exception:  # noqa: BLE001 - a checker never fails on odd text
            return True

    def suggest(self, word: str, limit: int = 5) -> list[str]:
        """Corrections for ``word``, best first (slow: about 0.25 s the first time)."""
        if word not in self._suggestions:
            d = self.dictionary()
            out: list[str] = []
            if d is not None and len(word) <= MAX_WORD:
                try:
                    for s in d.suggest(word):
                        out.append(s)
                        if len(out) >= limit:
                            break
                except Exception:  # noqa: BLE001
                    out = []
            self._suggestions[word] = out
        return self._suggestions[word][:limit]

    def add(self, word: str) -> None:
        self.office.add(word.lower())
        self._cache.clear()


def office_words_path() -> Path:
    return paths.config_dir() / OFFICE_WORDS_FILE


_spellers: dict[tuple[str, float], Speller] = {}


def speller() -> Speller:
    """The speller for the current office word list (re-read when the file changes)."""
    path = office_words_path()
    try:
        stamp = path.stat().st_mtime
    except OSError:
        stamp = 0.0
    key = (os.fspath(path), stamp)
    found = _spellers.get(key)
    if found is None:
        previous = next(iter(_spellers.values()), None)
        found = Speller(_base_words(), read_word_list(path), dictionary_base())
        if previous is not None:  # keep the loaded spylls dictionary
            found._hunspell = previous._hunspell
        _spellers.clear()
        _spellers[key] = found
    return found


def add_office_word(word: str) -> str:
    """Add ``word`` to the office's own list (``kata-kantor.txt``), so it is never flagged.

    Raises ``ValueError`` for something that is not one word.
    """
    from kabar_desktop.atomic import write_bytes_atomic

    word = word.strip()
    if not word or len(word) > MAX_WORD or any(not (c.isalpha() or c in "-'’") for c in word):
        raise ValueError(f"not a word: {word!r}")
    path = office_words_path()
    existing = read_word_list(path)
    if word not in existing:
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            text = ""
        if text and not text.endswith("\n"):
            text += "\n"
        path.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(path, (text + word + "\n").encode("utf-8"))
    speller().add(word)
    return word


def preload() -> None:
    """Load the word lists and spylls now (say, in a thread at start-up), not at first use."""
    speller().dictionary()
