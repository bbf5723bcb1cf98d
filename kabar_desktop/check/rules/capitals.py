"""Capital letters (K1–K9): positions, the genre's ordinary nouns, titles, quotes, acronyms."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc, Token
from kabar_desktop.check.lexicon import (
    ACRONYMS,
    ATTRIBUTION_VERBS,
    FUNCTION_WORDS,
    GENRE_NOUNS,
    GENRE_PAIRS,
    MONTHS,
    POSITION_PARTS,
    POSITIONS,
    QUANTIFIERS,
    WEEKDAYS,
    words,
)
from kabar_desktop.check.rules import ERROR, N_, WARNING, Hit, rule

_UNIT_WORDS = words("tim bagian subbagian subbag biro seksi divisi pranata sub")
_LOWERCASE_OK = frozenset({"sop"})  # "sop" is also a word (soup)
_PROPER_ACRONYMS = words(
    "kemenkumham kemenimipas ditjenpas ditjenim bappenas bappeda polri kemenkeu"
)
_DAYS_MONTHS = {w.lower(): w for w in (*WEEKDAYS, *MONTHS)}
_HOLIDAY = re.compile(r"\b([Ii]dul)[ -]?([Ff]itri|[Aa]dha)\b")
_QUOTE_OPEN = re.compile(r"[\"“](?=[^\W\d_])")
_ATTRIBUTION = re.compile(r"(?:[,?!][\"”]|[\"”],) ([A-Z][a-z]+)\b")


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


def _title_case(words: list[str]) -> str:
    return " ".join(w if w in FUNCTION_WORDS else _cap(w) for w in words)


def _in_title(doc: Doc, t: Token) -> bool:
    return doc.paras[t.para].kind == "title"


def _capitalised(t: Token) -> bool:
    return t.text[:1].isupper()


# Function words a name in title case keeps in lowercase ("Pelatihan … bagi Petugas Humas").
_NAME_LINKS = frozenset(
    ("bagi", "dan", "di", "ke", "dari", "untuk", "pada", "dengan", "dalam", "atau", "tentang")
)


def _in_name(doc: Doc, i: int) -> bool:
    """The token stands right after a capitalised word that is not merely sentence-initial,
    or inside a name in title case across a function word: "Pelatihan Jurnalistik Dasar bagi
    Petugas Humas" (a capitalised word before the function word and after the token)."""
    if i == 0:
        return False
    toks = doc.tokens
    prev, t = toks[i - 1], toks[i]
    if doc.adjacent(prev, t) and _capitalised(prev) and not prev.initial:
        return True
    if i < 2 or i + 1 >= len(toks) or prev.text not in _NAME_LINKS:
        return False
    before, after = toks[i - 2], toks[i + 1]
    return (
        doc.adjacent(before, prev)
        and doc.adjacent(prev, t)
        and doc.adjacent(t, after)
        and _capitalised(before)
        and not before.initial
        and _capitalised(after)
    )


def _position_phrase(doc: Doc, i: int) -> int:
    """Index past the words of the position starting at token ``i``."""
    toks = doc.tokens
    j = i + 1
    while (
        j < len(toks)
        and doc.adjacent(toks[j - 1], toks[j])
        and toks[j].text.lower() in POSITION_PARTS | POSITIONS
        and toks[j].text.lower() not in ACRONYMS
    ):
        j += 1
    return j


def _names_someone(doc: Doc, j: int) -> bool:
    """After the position: an office (a capitalised word) or ', Name'."""
    toks = doc.tokens
    if j >= len(toks):
        return False
    last, nxt = toks[j - 1], toks[j]
    if last.para != nxt.para or not _capitalised(nxt):
        return False
    gap = doc.text[last.end : nxt.start]
    return gap == " " or (gap == ", " and not nxt.initial)


@rule("K1", ERROR, N_("A position followed by a name or an office is capitalised"))
def position_before_name(doc: Doc) -> Iterator[Hit]:
    toks = doc.tokens
    for i, t in enumerate(toks):
        if t.text not in POSITIONS or _in_title(doc, t):
            continue
        j = _position_phrase(doc, i)
        if _names_someone(doc, j):
            words = [x.text for x in toks[i:j]]
            yield Hit(
                t.start,
                toks[j - 1].end,
                N_("A position before a name or an office starts with capitals."),
                _title_case(words),
            )


@rule("K2", WARNING, N_("A position used generically is lowercase"))
def generic_position(doc: Doc) -> Iterator[Hit]:
    toks = doc.tokens
    for i, t in enumerate(toks[:-1]):
        nxt = toks[i + 1]
        if (
            t.text.lower() not in QUANTIFIERS
            or not doc.adjacent(t, nxt)
            or nxt.text.lower() not in POSITIONS
            or not _capitalised(nxt)
            or _in_title(doc, t)
        ):
            continue
        j = _position_phrase(doc, i + 1)
        if not _names_someone(doc, j):
            yield Hit(
                nxt.start,
                toks[j - 1].end,
                N_("A position used generically is written in lowercase."),
                doc.text[nxt.start : toks[j - 1].end].lower(),
            )


@rule("K3", ERROR, N_("The genre's ordinary nouns are lowercase mid-sentence"))
def genre_nouns(doc: Doc) -> Iterator[Hit]:
    toks = doc.tokens
    for i, t in enumerate(toks):
        lower = t.text.lower()
        if not _capitalised(t) or t.text.isupper() or t.initial or _in_title(doc, t):
            continue
        if _in_name(doc, i) or doc.is_italic(t.start, t.end):
            continue  # part of a name, or a newspaper's name in italics
        end = t.end
        if i + 1 < len(toks) and (lower, toks[i + 1].text.lower()) in GENRE_PAIRS:
            if doc.adjacent(t, toks[i + 1]):
                end = toks[i + 1].end
        elif lower not in GENRE_NOUNS:
            continue
        text = doc.text[t.start : end]
        yield Hit(
            t.start,
            end,
            N_("'{word}' is written in lowercase in the middle of a sentence."),
            text.lower(),
            {"word": text.lower()},
        )


@rule("K4", WARNING, N_("'humas' is lowercase unless it is part of a unit's name"))
def humas(doc: Doc) -> Iterator[Hit]:
    toks = doc.tokens
    for i, t in enumerate(toks):
        if t.text != "Humas" or t.initial or _in_title(doc, t):
            continue
        if "_" in doc.text[t.start - 1 : t.end + 1]:
            continue
        prev = toks[i - 1] if i else None
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if (
            prev
            and doc.adjacent(prev, t)
            and _capitalised(prev)
            and (not prev.initial or prev.text.lower() in _UNIT_WORDS)
        ):
            continue
        if nxt and doc.adjacent(t, nxt) and _capitalised(nxt):
            continue
        yield Hit(
            t.start,
            t.end,
            N_("'humas' is an ordinary noun: lowercase, except in a unit's name."),
            "humas",
        )


@rule("K5", ERROR, N_("Title words are capitalised, except function words"))
def title_case(doc: Doc) -> Iterator[Hit]:
    for t in doc.tokens:
        if not _in_title(doc, t) or (t.start > 0 and doc.text[t.start - 1] in "-/"):
            continue
        lower = t.text.lower()
        first = t.start == doc.paras[t.para].start or t.initial
        if lower in FUNCTION_WORDS and not first and t.text[0].isupper():
            yield Hit(
                t.start,
                t.end,
                N_("A function word in a title is written in lowercase: '{word}'."),
                lower,
                {"word": lower},
            )
        elif t.text[0].islower() and (first or lower not in FUNCTION_WORDS):
            yield Hit(
                t.start,
                t.end,
                N_("Each word of a title starts with a capital letter."),
                _cap(t.text),
            )


@rule("K6", ERROR, N_("A quote starts with a capital; the verb after it is lowercase"))
def quote_capitals(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    for para in doc.prose_paras():
        for m in _QUOTE_OPEN.finditer(text, para.start, para.end):
            p = m.start()
            if p != para.start and text[p - 2 : p] not in (", ", ": "):
                continue
            i = doc.token_at(p + 1)
            if i is not None and doc.tokens[i].text[0].islower():
                t = doc.tokens[i]
                yield Hit(
                    t.start,
                    t.end,
                    N_("A direct quote starts with a capital letter."),
                    _cap(t.text),
                )
        for m in _ATTRIBUTION.finditer(text, para.start, para.end):
            word = m.group(1)
            base = word[:-3] if word.endswith("nya") else word
            if base.lower() in ATTRIBUTION_VERBS:
                yield Hit(
                    m.start(1),
                    m.end(1),
                    N_("The attribution verb after a quote is written in lowercase."),
                    word.lower(),
                )


@rule("K7", ERROR, N_("'bahasa' is lowercase before a language's name"))
def bahasa(doc: Doc) -> Iterator[Hit]:
    toks = doc.tokens
    for i, t in enumerate(toks[:-1]):
        if t.text != "Bahasa" or t.initial or _in_title(doc, t) or _in_name(doc, i):
            continue
        nxt = toks[i + 1]
        if doc.adjacent(t, nxt) and _capitalised(nxt):
            yield Hit(
                t.start,
                t.end,
                N_("'bahasa' is written in lowercase before the name of a language."),
                "bahasa",
            )


@rule("K8", ERROR, N_("Days, months and holidays are capitalised; holiday names are solid"))
def days_and_holidays(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    for t in doc.tokens:
        name = _DAYS_MONTHS.get(t.text)
        if name is None or t.text == name:
            continue
        if t.text == "minggu" and not re.match(r" ?[(,] ?\d", text[t.end : t.end + 4]):
            continue  # "dua minggu": a week, not Sunday
        yield Hit(
            t.start,
            t.end,
            N_("Names of days and months start with a capital letter."),
            name,
        )
    for m in _HOLIDAY.finditer(text):
        fixed = "Idul" + m.group(2).lower()
        if m.group() != fixed:
            yield Hit(
                m.start(),
                m.end(),
                N_("Holiday names are written as one capitalised word: '{word}'."),
                fixed,
                {"word": fixed},
            )


@rule("K9", ERROR, N_("Acronyms keep their standard form"))
def acronyms(doc: Doc) -> Iterator[Hit]:
    for t in doc.tokens:
        lower = t.text.lower()
        canonical = ACRONYMS.get(lower)
        if canonical is None or t.text == canonical:
            continue
        if t.text.islower() and (
            lower in _LOWERCASE_OK or (not canonical.isupper() and lower not in _PROPER_ACRONYMS)
        ):
            continue  # "lapas", "rutan": KBBI's common nouns
        yield Hit(
            t.start,
            t.end,
            N_("The standard form of this acronym is '{word}'."),
            canonical,
            {"word": canonical},
        )
