"""The word lists the speller reads, loaded once: roots with their affix flags, Kabar's
words, compounds, non-standard forms and short forms.

Sources (resources/dictionaries/, see its README): the Hunspell list ``id_ID.dic`` (about
31,000 stems; its affix flags say which affixes a stem is known to take), Kabar's own
``kabar-id.txt`` (genre words and KBBI roots the list lacks), ``kata-majemuk.txt``
(compounds written solid only with a confix), ``singkatan.txt`` (short forms of offices and
regulations), and the standard-forms table ``baku.tsv`` (its wrong forms are never taken
for words, never offered as a fix; its KBBI rows are words). Reading them all takes about
40 ms; nothing here loads spylls.
"""

from __future__ import annotations

import marshal
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kabar_desktop import paths
from kabar_desktop.check.lexicon import words

SYSTEM_DICTIONARY = Path("/usr/share/hunspell/id_ID")
NEEDS_AFFIX = "A2"  # the Hunspell list's NEEDAFFIX flag: "tanggungjawab" only with affixes
# Affix flags of id_ID.aff (two letters each) that make a bare verb: meN-, di-, ku-/kau-
# alone. A stem with one of them takes di- alone ("digelar"); "dikantor" is "di kantor".
BARE_VERB_FLAGS = frozenset({"M0", "M1", "MM", "M5", "MG", "M3", "MS", "M7", "D0", "D1", "O0"})
KE_FLAGS = frozenset({"K0", "K1"})  # ke- alone (kehendak)
AN_FLAGS = frozenset({"a0", "Sa"})  # -an, se-…-an: "serangkaian", but not "sebagaian"
PE_FLAGS = frozenset({"PE", "P3", "Pf"})  # pe- without a nasal: petani, pekerja, pegawai
# Places, directions and pronouns: after di-/ke- they are written apart ("di kantor", EYD V
# III.C), so "diaula" is no word even where the list gives the stem no flags.
PLACES = words(
    """atas bawah dalam luar depan belakang samping sebelah seberang sekitar tengah antara
    sini sana situ mana rumah kantor aula gedung ruang ruangan halaman lapangan lapas rutan
    rudenim bapas hotel kampus sekolah pasar masjid gereja pura vihara desa kota kabupaten
    provinsi wilayah daerah jalan pantai pulau balai pendopo kecamatan kelurahan lokasi
    tempat kawasan sana-sini seluruh sela pinggir ujung"""
)
NUMERALS = words(
    "satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas seratus seribu"
)


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


@dataclass(frozen=True)
class WordLists:
    """Everything the speller knows before it meets a text. All keys are lowercase."""

    stems: dict[str, str]  # the Hunspell list's stems → their affix flags ("" for none)
    curated: frozenset[str]  # Kabar's words and KBBI's: roots that may take any affix
    compounds: frozenset[str]  # written solid only with a prefix and a suffix at once
    wrong: dict[str, str]  # non-standard forms (baku.tsv, W5/W6 tables) → the standard one
    short_forms: dict[str, str]  # offices' and regulations' short forms → canonical case

    def flags(self, stem: str) -> str:
        return self.stems.get(stem, "")

    def strong(self, root: str) -> bool:
        """A root known to take affixes: curated, or with affix flags in the list."""
        return root in self.curated or bool(self.stems.get(root, "").replace(NEEDS_AFFIX, ""))


def _dictionaries() -> Path:
    return paths.resources_dir() / "dictionaries"


def _read_dic(base: Path | None) -> tuple[dict[str, str], frozenset[str]]:
    """The list's stems with their flags, and its entries written only with a capital
    (``Muhammad``), lowercased: names, whose spellings vary by family."""
    found: dict[str, str] = {}
    if base is None:
        return found, frozenset()
    capitals: set[str] = set()
    lower: set[str] = set()
    with base.with_suffix(".dic").open(encoding="latin-1") as fh:
        next(fh, None)  # the word count
        for line in fh:
            fields = line.split(maxsplit=1)  # "word/FLAGS" then, maybe, morphology
            if fields:
                typed, _, flags = fields[0].partition("/")
                word = typed.lower()
                (capitals if typed[:1].isupper() else lower).add(word)
                found[word] = found.get(word, "") + flags
    return found, frozenset(capitals - lower)


def _read_baku(path: Path) -> tuple[dict[str, str], set[str]]:
    """(wrong form → standard form, words KBBI has) from the standard-forms table."""
    wrong: dict[str, str] = {}
    known: set[str] = set()
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return wrong, known
    for line in lines:
        cols = line.split("\t")
        if line.startswith("#") or len(cols) < 3 or cols[0] == "tidak_baku":
            continue
        bad, good, rule = cols[0].strip().lower(), cols[1].strip(), cols[2].strip()
        if rule == "KBBI":
            known.update(w.lower() for w in good.split())
        elif bad and bad != "-" and " " not in bad:
            wrong[bad] = good
    return wrong, known


def _table_forms() -> tuple[dict[str, str], frozenset[str]]:
    """The wrong forms the word-form rules correct (W1, W5, W6, W10, W11), and the standard
    words their fixes use (a fix must never be an unknown word)."""
    from kabar_desktop.check import tables

    out: dict[str, str] = {}
    for name in (
        "PREPOSITIONS_JOINED",
        "STANDARD_FORMS",
        "NONSTANDARD",
        "NOT_IN_KBBI",
        "SHORTHAND",
    ):
        out.update(getattr(tables, name, {}))
    return out, getattr(tables, "KBBI_WORDS", frozenset())


CACHE_FILE = "spelling-stems.marshal"
_CACHE_FORMAT = 2  # 2: the list's proper nouns kept beside its stems


def _stems_and_compounds(base: Path | None) -> tuple[dict[str, str], set[str]]:
    """The Hunspell list's stems and its compounds, from Kabar's cache when the list has not
    changed since it was written (10 ms instead of 80 ms at each start of ``kabar check``)."""
    if base is None:
        return {}, set()
    stems, compounds, _ = _dic_lists(base)
    return stems, compounds


def _cache_key(base: Path) -> list:
    """What the cached lists were read from: the list's path, size and time, and Python's
    version (marshal's format)."""
    stat = base.with_suffix(".dic").stat()
    dic = str(base.with_suffix(".dic"))
    return [_CACHE_FORMAT, list(sys.version_info[:2]), dic, stat.st_size, stat.st_mtime_ns]


# The proper nouns of the last list read, by its cache key: S1 asks for them after the stems.
_PROPER: dict[str, frozenset[str]] = {}


def _dic_lists(base: Path) -> tuple[dict[str, str], set[str], frozenset[str]]:
    """(stems, compounds, proper nouns) of the list at ``base``, cached on disk."""
    key = _cache_key(base)
    path = paths.cache_dir() / CACHE_FILE
    try:
        cached = marshal.loads(path.read_bytes())
        if cached[0] == key:
            _PROPER[repr(key)] = proper = frozenset(cached[3])
            return cached[1], set(cached[2]), proper
    except (OSError, EOFError, ValueError, TypeError, IndexError):
        pass
    stems, proper = _read_dic(base)
    _PROPER[repr(key)] = proper
    compounds = {s for s, f in stems.items() if NEEDS_AFFIX in f and NEEDS_AFFIX in pairs(f)}
    compounds = {s for s in compounds if _two(s, stems)}
    try:
        from kabar_desktop.atomic import write_bytes_atomic

        path.parent.mkdir(parents=True, exist_ok=True)
        record = [key, stems, sorted(compounds), sorted(proper)]
        write_bytes_atomic(path, marshal.dumps(record))
    except OSError:  # a read-only cache folder: read the list each time
        pass
    return stems, compounds, proper


@cache
def word_lists() -> WordLists:
    """The lists, read once per process."""
    folder = _dictionaries()
    stems, from_dic = _stems_and_compounds(dictionary_base())
    wrong, kbbi = _read_baku(folder / "baku.tsv")
    forms, fixes = _table_forms()
    for bad, good in forms.items():
        wrong.setdefault(bad.lower(), good)
    curated = {w.lower() for w in read_word_list(folder / "kabar-id.txt")} | kbbi | fixes
    compounds = {w.replace(" ", "").lower() for w in read_word_list(folder / "kata-majemuk.txt")}
    compounds |= from_dic
    short = {w.lower(): w for w in read_word_list(folder / "singkatan.txt")}
    from kabar_desktop.check import lexicon

    for key, form in getattr(lexicon, "INSTITUTIONS", lexicon.ACRONYMS).items():
        short.setdefault(key, form)
    for w in set(wrong) | compounds:
        stems.pop(w, None)
    curated -= set(wrong)
    return WordLists(stems, frozenset(curated), frozenset(compounds), wrong, short)


def _two(word: str, stems: dict[str, str]) -> bool:
    """``word`` is two stems of three letters or more written together (tanggungjawab)."""
    return any(word[:i] in stems and word[i:] in stems for i in range(3, len(word) - 2))


def pairs(flags: str) -> set[str]:
    """The list's flags are two letters each (``FLAG long``)."""
    return {flags[i : i + 2] for i in range(0, len(flags) - 1, 2)}


def has_flag(flags: str, wanted: frozenset[str]) -> bool:
    return bool(pairs(flags) & wanted)


CONFUSABLES_FILE = "kata-mirip.tsv"


@cache
def confusables() -> dict[tuple[str, ...], str]:
    """Real words that stand for the word one slip away (``kata-mirip.tsv``): the typed
    words → the intended form (``("sat",)`` → ``saat``, ``("media", "masa")`` → ``media
    massa``)."""
    out: dict[tuple[str, ...], str] = {}
    try:
        lines = (_dictionaries() / CONFUSABLES_FILE).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return out
    for line in lines:
        cols = line.split("\t")
        if not line.startswith("#") and len(cols) >= 2 and cols[0] != "tertulis":
            out[tuple(cols[0].lower().split())] = cols[1].strip()
    return out


@cache
def proper_nouns() -> frozenset[str]:
    """The Hunspell list's entries written only with a capital (``Muhammad``), lowercased:
    names, whose spellings vary by family (``Muhamad``), so no slip is read against them
    (from the cache the stems come from: reading the list again cost ~40 ms a check)."""
    base = dictionary_base()
    if base is None:
        return frozenset()
    return _PROPER.get(repr(_cache_key(base))) or _dic_lists(base)[2]
