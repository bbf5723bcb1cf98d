"""Word forms (W1–W10): di/ke apart, bound forms solid, standard spellings, reduplication,
ordinals, foreign words and office shorthand."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc, Token
from kabar_desktop.check.lexicon import FUNCTION_WORDS, words
from kabar_desktop.check.rules import ERROR, N_, WARNING, Hit, keep_case, rule
from kabar_desktop.check.tables import (
    FOREIGN_EQUIVALENTS,
    FOREIGN_ONLY_IN_PAIRS,
    FOREIGN_WORDS,
    GIAT_NEIGHBOURS,
    KEEPS_CONSONANT,
    NONSTANDARD,
    PREPOSITIONS_JOINED,
    SHORTHAND,
    STANDARD_FORMS,
)

_DI_VERBS = words(
    """gelar buka tutup ikuti hadiri dampingi sambangi kunjungi awali akhiri tandatangani
    pimpin terima beri"""
)
_NOT_VERBS = words("pekan ikan bakan")
_BOUND = ["non", "antar", "pasca", "pra", "sub", "multi", "semi", "swa", "tuna", "ekstra"]
_BOUND_APART = re.compile(
    r"\b(" + "|".join(f"[{b[0]}{b[0].upper()}]{b[1:]}" for b in _BOUND) + r")[ -]([a-z]{3,})\b"
)
_BOUND_BEFORE_CAPITAL = re.compile(r"\b(se|non|antar|pasca|pra|sub|multi) ?([A-Z][\w]*)")
_TUNA = words("netra rungu wicara daksa grahita laras susila wisma karya aksara")
_ELISION = re.compile(r"\b([MmPp]e)(n)([st])([aiueo]\w*)|\b([MmPp]e)(ng)(k)([aiueo]\w*)")
_APOSTROPHE_FORMS = {k: v for k, v in NONSTANDARD.items() if "'" in k}
_APOSTROPHE = re.compile(r"\b(" + "|".join(map(re.escape, _APOSTROPHE_FORMS)) + r")\b", re.I)
_ORDINAL = re.compile(r"\b([Kk]e)( ?)(\d+)\b(?![.,/:]\d)")
_ORDINAL_CONTEXT = words("hut ulang tahun peringatan angkatan")


def _strip_nya(word: str) -> tuple[str, str]:
    return (word[:-3], "nya") if word.endswith("nya") and len(word) > 5 else (word, "")


def _table_hits(doc: Doc, table: dict[str, str], message: str) -> Iterator[Hit]:
    for t in doc.tokens:
        stem, nya = _strip_nya(t.text.lower())
        right = table.get(t.text.lower())
        if right is None and nya and stem in table:
            right = table[stem] + nya
        if right is not None:
            yield Hit(t.start, t.end, message, keep_case(t.text, right), {"word": right})


@rule("W1", ERROR, N_("'di' and 'ke' are written apart before places and directions"))
def prepositions_apart(doc: Doc) -> Iterator[Hit]:
    yield from _table_hits(
        doc,
        PREPOSITIONS_JOINED,
        N_("The preposition is written apart: '{word}'."),
    )


@rule("W2", WARNING, N_("The prefix 'di-' is written solid with a verb"))
def prefix_di(doc: Doc) -> Iterator[Hit]:
    toks = doc.tokens
    for i, t in enumerate(toks[:-1]):
        verb = toks[i + 1]
        if t.text.lower() != "di" or not doc.adjacent(t, verb) or not verb.text.islower():
            continue
        is_verb = verb.text in _DI_VERBS or (
            verb.text.endswith(("kan", "kannya")) and len(verb.text) > 5
        )
        if is_verb and verb.text not in _NOT_VERBS:
            joined = keep_case(t.text, "di" + verb.text)
            yield Hit(
                t.start,
                verb.end,
                N_("The prefix 'di-' is joined to its verb: '{word}'."),
                joined,
                {"word": joined},
            )


@rule("W3", ERROR, N_("Bound forms (non-, antar-, pasca-, …) are written solid"))
def bound_forms(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    for m in _BOUND_APART.finditer(text):
        bound, word = m.group(1), m.group(2)
        low = bound.lower()
        if word in FUNCTION_WORDS:
            continue
        i = doc.token_at(m.start())
        if bound[0].isupper() and (i is None or not doc.tokens[i].initial):
            continue  # "Program Pasca Sarjana": part of a name
        before = text[max(0, m.start() - 6) : m.start()].lower()
        if (
            (low == "semi" and before.endswith("musim "))
            or (low == "tuna" and word not in _TUNA)
            or (low == "ekstra" and word != "kurikuler")
            or (low == "antar" and word == "jemput")
        ):
            continue
        solid = bound + word
        yield Hit(
            m.start(),
            m.end(),
            N_("A bound form is written solid with the next word: '{word}'."),
            solid,
            {"word": solid},
        )


@rule("W4", ERROR, N_("A bound form or 'se-' before a capital takes a hyphen"))
def bound_before_capital(doc: Doc) -> Iterator[Hit]:
    for m in _BOUND_BEFORE_CAPITAL.finditer(doc.text):
        fixed = f"{m.group(1)}-{m.group(2)}"
        yield Hit(
            m.start(),
            m.end(),
            N_("Before a capital letter the bound form takes a hyphen: '{word}'."),
            fixed,
            {"word": fixed},
        )


@rule("W5", ERROR, N_("Standard word forms: k, p, s, t melt after meN- and peN-"))
def standard_forms(doc: Doc) -> Iterator[Hit]:
    message = N_("The standard form is '{word}'.")
    yield from _table_hits(doc, STANDARD_FORMS, message)
    for m in _ELISION.finditer(doc.text):
        word = m.group()
        i = doc.token_at(m.start())
        if word.lower().startswith(KEEPS_CONSONANT) or (
            word[0].isupper() and (i is None or not doc.tokens[i].initial)
        ):
            continue  # "Mensos", "Mentan": abbreviated titles
        if m.group(1):  # meN- + s → meny-, meN- + t → men-
            fixed = m.group(1) + ("ny" if m.group(3) == "s" else "n") + m.group(4)
        else:  # meng- + k → meng-
            fixed = m.group(5) + "ng" + m.group(8)
        yield Hit(m.start(), m.end(), message, fixed, {"word": fixed})


@rule("W6", ERROR, N_("Frequent non-standard spellings"))
def nonstandard(doc: Doc) -> Iterator[Hit]:
    message = N_("The standard spelling is '{word}'.")
    yield from _table_hits(doc, NONSTANDARD, message)
    for m in _APOSTROPHE.finditer(doc.text):
        right = _APOSTROPHE_FORMS[m.group().lower()]
        yield Hit(m.start(), m.end(), message, keep_case(m.group(), right), {"word": right})


def _reduplicated(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    if a == b or b == a + "an":
        return True
    return any(a.startswith(p) and a[len(p) :] == b for p in ("ber", "se", "ter"))


@rule("W7", ERROR, N_("Reduplicated words take a hyphen"))
def reduplication(doc: Doc) -> Iterator[Hit]:
    toks = doc.tokens
    for i, t in enumerate(toks[:-1]):
        u = toks[i + 1]
        if (
            len(t.text) < 2
            or t.text.lower() in FUNCTION_WORDS
            or not doc.adjacent(t, u)
            or not u.text.islower()
            or (t.text[0].isupper() and not t.initial)
            or not _reduplicated(t.text, u.text)
        ):
            continue
        fixed = f"{t.text}-{u.text}"
        yield Hit(
            t.start,
            u.end,
            N_("A reduplicated word takes a hyphen: '{word}'."),
            fixed,
            {"word": fixed},
        )


@rule("W8", ERROR, N_("Ordinals with digits: 'ke-17', lowercase mid-sentence"))
def ordinals(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    message = N_("An ordinal in digits is written '{word}'.")
    for m in _ORDINAL.finditer(text):
        ke, gap, number = m.groups()
        i = doc.token_at(m.start())
        initial = i is not None and doc.tokens[i].initial
        if gap:
            after = re.match(r"\s+([a-z]\w*)", text[m.end() : m.end() + 30])
            before = text[max(0, m.start() - 12) : m.start()].lower().split()
            ordinal_context = bool(before) and before[-1] in _ORDINAL_CONTEXT
            if after and after.group(1) not in ("kali", "kalinya") and not ordinal_context:
                continue  # "ke 3 lokasi": a preposition before a count
        fixed = f"{ke if initial else 'ke'}-{number}"
        yield Hit(m.start(), m.end(), message, fixed, {"word": fixed})
    for m in re.finditer(r"\bKe-(\d+)", text):
        i = doc.token_at(m.start())
        if i is not None and not doc.tokens[i].initial:
            kind = doc.paras[doc.tokens[i].para].kind
            if kind != "title":
                fixed = f"ke-{m.group(1)}"
                yield Hit(m.start(), m.end(), message, fixed, {"word": fixed})


def _foreign(t: Token) -> bool:
    return t.text.lower() in FOREIGN_WORDS and not (t.text.isupper() and len(t.text) > 1)


@rule("W9", WARNING, N_("Foreign words are italic, or replaced by an Indonesian word"))
def foreign_words(doc: Doc) -> Iterator[Hit]:
    toks = doc.tokens
    i = 0
    while i < len(toks):
        if not _foreign(toks[i]):
            i += 1
            continue
        j = i + 1
        while j < len(toks) and _foreign(toks[j]) and doc.adjacent(toks[j - 1], toks[j]):
            j += 1
        first, group, i = i, toks[i:j], j
        start, end = group[0].start, group[-1].end
        if len(group) == 1 and group[0].text.lower() in FOREIGN_ONLY_IN_PAIRS:
            continue
        if doc.is_italic(start, end) or _beside_name(doc, first, j - 1):
            continue
        phrase = doc.text[start:end]
        suggestion = FOREIGN_EQUIVALENTS.get(phrase.lower())
        if suggestion is not None:
            suggestion = keep_case(phrase, suggestion)
        elif doc.mode == "article":
            suggestion = f"_{phrase}_"
        yield Hit(
            start,
            end,
            N_("'{word}' is a foreign word: write it in italics or use an Indonesian word."),
            suggestion,
            {"word": phrase},
        )


def _beside_name(doc: Doc, first: int, last: int) -> bool:
    """'Zoom Meeting', 'Google Search': a foreign word inside a name stays as it is."""
    toks = doc.tokens
    for k in (first - 1, last + 1):
        if 0 <= k < len(toks):
            t = toks[k]
            near = doc.adjacent(t, toks[first]) if k < first else doc.adjacent(toks[last], t)
            if near and t.text[0].isupper() and not t.initial and not _foreign(t):
                return True
    return False


@rule("W10", WARNING, N_("Office shorthand is spelled out"))
def shorthand(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    toks = doc.tokens
    message = N_("Write the shorthand out: '{word}'.")
    for i, t in enumerate(toks):
        low = t.text.lower()
        if text[t.start - 1 : t.start] == "(" and text[t.end : t.end + 1] == ")":
            continue  # "(Rakor)": the short form defined after the full one
        right = SHORTHAND.get(low)
        if right is not None and (len(low) > 3 or t.text.islower()):
            yield Hit(t.start, t.end, message, keep_case(t.text, right), {"word": right})
        elif low == "giat" and t.text.islower():
            near = [toks[k].text.lower() for k in (i - 1, i + 1) if 0 <= k < len(toks)]
            if any(w in GIAT_NEIGHBOURS for w in near):
                yield Hit(t.start, t.end, message, "kegiatan", {"word": "kegiatan"})
