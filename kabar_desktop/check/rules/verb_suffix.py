"""W23: a meN- verb whose root takes meN- only together with -kan keeps its -kan:
'menjelas' → 'menjelaskan', 'menginformasi' → 'menginformasikan', 'melaksana' →
'melaksanakan'.

The bundled Hunspell list says which affixes a root takes (id_ID.aff: M0 meN- alone, Mi
meN-…-i, Mk meN-…-kan). A root with Mk and neither M0 nor Mi has no bare meN- verb, so the
bare form is a verb that lost its suffix. The flags are not complete for every root (KBBI has
'menyalur', 'menjorok' that the list gives only -kan), so the rule speaks only where the -kan
verb is one of Humas news (its frequent words, and the verbs of telling below), as a warning.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import FUNCTION_WORDS, words
from kabar_desktop.check.rules import N_, WARNING, Hit, keep_case, rule

# Verbs of telling in -kan that a report uses of its speakers (KBBI), beside the frequent
# words: their bare forms ("menginformasi", "mengumum") are slips.
_TELLING = words(
    """menginformasikan mengomunikasikan menjelaskan menyatakan mengumumkan menyampaikan
    menegaskan menyosialisasikan mengimbaukan"""
)
# Bare meN- verbs KBBI lists though the word list gives their root only -kan.
_KBBI_BARE = words("menyalur menjorok menyorong mengedip melarung menginisiasi mengonversi")
_BARE_FLAGS = frozenset({"M0", "Mi"})


def _flags(flags: str) -> set[str]:
    return {flags[k : k + 2] for k in range(0, len(flags) - 1, 2)}


@cache
def _genre_kan_verbs() -> frozenset[str]:
    """The -kan verbs of the genre: the verbs of telling and the frequent words in me-…-kan."""
    from kabar_desktop.check.suggest import frequent

    return _TELLING | {w for w in frequent() if w.startswith("me") and w.endswith("kan")}


@cache
def _lost_kan(base: str) -> bool:
    """``base`` is a bare meN- form whose root takes meN- only with -kan (the list's flags)."""
    from kabar_desktop.check.spelling import speller

    sp = speller()
    stems = sp.lists.stems
    if len(base) < 6 or base in _KBBI_BARE or base in stems or base in sp.lists.curated:
        return False
    readings = [r for r in sp.readings(base) if r.regular]
    if not readings or any(r.prefixes != ("meN",) or r.suffix or r.clitic for r in readings):
        return False
    return all(
        "Mk" in (have := _flags(stems.get(r.root) or "")) and not have & _BARE_FLAGS
        for r in readings
    )


def _with_kan(word: str) -> str | None:
    """``word`` (lowercase) with its lost -kan, when the -kan verb is one of the genre."""
    base, nya = (word[:-3], "nya") if word.endswith("nya") else (word, "")
    verb = base + "kan"
    if verb not in _genre_kan_verbs() or not _lost_kan(base):
        return None
    return verb + nya


@rule("W23", WARNING, N_("A verb keeps the -kan its root needs after meN-"))
def missing_kan(doc: Doc) -> Iterator[Hit]:
    for t in doc.tokens:
        word = t.text
        if word[:2].lower() != "me" or not word[1:].islower() or len(word) < 6:
            continue
        if word[0].isupper() and not t.initial:
            continue  # a name
        fixed = _with_kan(word.lower())
        if fixed is not None:
            fixed = keep_case(word, fixed)
            yield Hit(
                t.start,
                t.end,
                N_("The verb needs its suffix here: '{word}'."),
                fixed,
                {"word": fixed},
            )


# --- W5: 'meningkat' before its object ----------------------------------------------------
# KBBI: meningkat v 'naik', intransitive; the verb that takes an object is 'meningkatkan'.
# After a word of purpose or ability and before a noun it lost its -kan: "guna meningkat
# keterampilan", "untuk meningkat kesadaran" (the sets mark it 4 of 4). Not before a word
# that says how or how much it rises: "dapat meningkat sampai 8 ton", "bisa meningkat dan …".
_PURPOSE = re.compile(r"(?i)\b(?:untuk|guna|dapat|bisa|mampu|agar) (meningkat) ([a-z]+)\b")
_NOT_OBJECT = words(
    """sampai hingga menjadi pada dari dan atau dengan tanpa secara sebesar sebanyak lagi pula
    juga terus tajam pesat signifikan drastis cukup lebih seiring sejak ketika jika bila
    karena kembali setiap tiap per dua tiga beberapa"""
)


def purpose_meningkat(doc: Doc) -> Iterator[Hit]:
    """W5: 'untuk meningkat kesadaran' → 'meningkatkan'."""
    for m in _PURPOSE.finditer(doc.text):
        nxt = m.group(2)
        if nxt in _NOT_OBJECT or nxt in FUNCTION_WORDS or nxt[:2] in ("me", "di", "be", "te"):
            continue
        yield Hit(
            m.start(1),
            m.end(1),
            N_("The verb needs its suffix here: '{word}'."),
            "meningkatkan",
            {"word": "meningkatkan"},
        )
