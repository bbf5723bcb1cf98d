"""S6: one name, one spelling. A name the lists do not know, written once one way and more
often one slip another way in the same article ("Sudjonggo … ujar Sujonggo"), or once in
the old spelling and more often in the new ("Soedarmo", "Sudarmo"), is the same person
misspelt: the rarer spelling is reported with the other.

Two people with near names stay apart: when each spelling stands in a full name of its own
("Melsy Fanggi", "Melky Ballo"), they are two names. A tie (once each) says nothing of which
is right, so it is left alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from kabar_desktop.check.document import Doc, Token
from kabar_desktop.check.places import is_place_word
from kabar_desktop.check.rules import N_, WARNING, Hit, rule
from kabar_desktop.check.spelling import Speller, speller
from kabar_desktop.check.suggest import one_edit, swaps

MIN_NAME = 5  # shorter names are too often one letter apart ("Budi", "Budy"; "Arif", "Arief")


@dataclass
class _Seen:
    """Where one spelling of a name was seen, and the words beside it."""

    tokens: list[Token] = field(default_factory=list)
    as_name: bool = False  # capitalised in mid-sentence at least once
    beside: set[str] = field(default_factory=set)  # the other words of its full names


@rule("S6", WARNING, N_("A name is spelled the same way throughout the article"))
def name_variants(doc: Doc) -> Iterator[Hit]:
    check = speller()
    seen = _names(doc, check)
    if len(seen) < 2:
        return
    for a, b in _near_pairs(seen):
        sa, sb = seen[a], seen[b]
        if not (sa.as_name or sb.as_name) or len(sa.tokens) == len(sb.tokens):
            continue
        if a[0].lower() != b[0].lower() and (is_place_word(a) or is_place_word(b)):
            continue  # "Timika", "Mimika": a town and its regency, two names (probe101)
        if sa.beside and sb.beside and not sa.beside & sb.beside:
            continue  # two people: "Melsy Fanggi" and "Melky Ballo"
        if a.lower() in check.lists.wrong or b.lower() in check.lists.wrong:
            continue  # "Sholat", "Shalat": W6 gives KBBI's 'salat' (probe39)
        rare, usual = (a, b) if len(sa.tokens) < len(sb.tokens) else (b, a)
        msg = N_("'{word}' is spelled '{fix}' elsewhere in this article.")
        for t in seen[rare].tokens:
            yield Hit(t.start, t.end, msg, usual, {"word": rare, "fix": usual})


# The spelling before 1972 that names keep ("Soedarmo", "Djoko", "Tjahjo"): written so once
# and the new way again, it is one name.
_OLD_SPELLING = (("oe", "u"), ("dj", "j"), ("tj", "c"), ("sj", "sy"), ("nj", "ny"), ("ch", "kh"))


def _near_pairs(seen: dict[str, _Seen]) -> list[tuple[str, str]]:
    """The pairs of names one slip apart, found through keys each name gives (its one-letter
    deletions, its modern spelling, its swaps): linear in the names, not quadratic (a text of
    thousands of names stays fast)."""
    by_key: dict[str, list[str]] = {}
    for name in seen:
        lower = name.lower()
        keys = {lower, _modern(lower)} | {lower[:i] + lower[i + 1 :] for i in range(len(lower))}
        for key in keys:
            by_key.setdefault(key, []).append(name)
    pairs: set[tuple[str, str]] = set()
    for name in seen:
        for other in swaps(name.lower()):
            pairs |= {_pair(name, o) for o in by_key.get(other, ()) if o != name}
    for group in by_key.values():
        for i, a in enumerate(group):
            pairs |= {_pair(a, b) for b in group[i + 1 :] if a != b}
    return sorted(p for p in pairs if _one_slip(p[0].lower(), p[1].lower()))


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


def _one_slip(a: str, b: str) -> bool:
    if one_edit(a, b) or (len(a) == len(b) and b in swaps(a)):
        return True
    return a != b and _modern(a) == _modern(b)


def _modern(name: str) -> str:
    for old, new in _OLD_SPELLING:
        name = name.replace(old, new)
    return name


def _names(doc: Doc, check: Speller) -> dict[str, _Seen]:
    """The capitalised words the lists do not know, with where they stand."""
    short = check.lists.short_forms
    out: dict[str, _Seen] = {}
    toks = doc.tokens
    for i, t in enumerate(toks):
        word = t.text
        if not word[:1].isupper() or len(word) < MIN_NAME or not word.isalpha():
            continue
        if not word[1:].islower() or word.lower() in short or check.known(word):
            continue
        if doc.is_italic(t.start, t.end) or doc.in_frame(t.start, t.end):
            continue
        entry = out.setdefault(word, _Seen())
        entry.tokens.append(t)
        entry.as_name = entry.as_name or not t.initial
        for j in (i - 1, i + 1):
            if (
                0 <= j < len(toks)
                and _name_word(toks[j], check)
                and doc.adjacent(*_ordered(t, toks[j]))
            ):
                entry.beside.add(toks[j].text)
    return out


def _name_word(t: Token, check: Speller) -> bool:
    word = t.text
    return (
        word[:1].isupper()
        and word[1:].islower()
        and word.isalpha()
        and not check.known(word)
        and word.lower() not in check.lists.short_forms
    )


def _ordered(a: Token, b: Token) -> tuple[Token, Token]:
    return (a, b) if a.start < b.start else (b, a)
