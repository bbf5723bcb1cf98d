"""A name and its short form side by side, read for the name's capitals (round 17).

EYD V (I.B) writes a proper name's short form made of syllables with one capital
(``Rudenim``, ``Kominfo``) and a common noun's in lowercase (``tupoksi``, ``rakor``); the
words a name's short form is made of are the name's, so they are capitalised too:

- K16: ``di rumah detensi imigrasi (Rudenim) Semarang`` → ``Rumah Detensi Imigrasi``: the
  office glossary writes the short form as a name and a place follows it, so the words
  before it are that office's name, not its kind (``di lembaga pemasyarakatan (lapas)``, a
  kind, is left alone; K9's glossed_acronyms reads a common noun's short form).
- K16: ``HIWADA (Himpunan wartawan daerah)`` → ``Himpunan Wartawan Daerah``: a short form
  made of syllables, not of initials, with its full form in brackets, is a body's name.

The short form's own case is K9's, from the office glossary only: an event's ``PORSENAP
(Pekan Olahraga dan Seni Narapidana)`` is left as the organiser writes it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise, takewhile

from kabar_desktop.check.document import Doc, Token
from kabar_desktop.check.lexicon import ACRONYMS, FUNCTION_WORDS, POSITIONS
from kabar_desktop.check.rules import N_, Hit
from kabar_desktop.check.rules.case_reading import cap, in_dateline, in_title

# "phrase (Short) Place": the short form in brackets, then a capitalised word.
_SHORT_AFTER = re.compile(r"\b([a-z]+) \(([A-Z][A-Za-z]{2,11})\) (?=[A-Z])")
# "SHORT (Phrase of words)": the full form in brackets after the short form.
_FULL_AFTER = re.compile(r"\b([A-Z][A-Za-z]{2,11}) \(([A-Z][a-z]+(?: [A-Za-z]+){1,6})\)")
_MESSAGE = N_("A word of a unit's name starts with a capital letter: '{word}'.")


def spells(words_: list[str], short: str) -> bool:
    """Is ``short`` made of a piece of each word in order, each piece the word's first letter
    and more of its letters ('Rumah Detensi Imigrasi' → 'ru'+'den'+'im', 'WBP')?"""
    if not words_:
        return not short
    head = words_[0].lower()
    return any(
        short[0] == head[0] and _within(short[1:n], head[1:]) and spells(words_[1:], short[n:])
        for n in range(1, len(short) + 1)
    )


def _within(piece: str, word: str) -> bool:
    """Are the letters of ``piece`` found in ``word`` in order?"""
    rest = iter(word)
    return all(c in rest for c in piece)


def _name_form(short: str) -> bool:
    """The glossary writes ``short`` as a name made of syllables: 'Rudenim', 'Kominfo'."""
    canonical = ACRONYMS.get(short.lower())
    return canonical is not None and canonical[0].isupper() and canonical[1:].islower()


def _content(run: list[Token]) -> list[str]:
    return [t.text for t in run if t.text.lower() not in FUNCTION_WORDS]


def _syllabic(short: str, content: list[str]) -> bool:
    """An all-capital short form of syllables, not of initials: two letters more than its
    words ('HIWADA', three words), and no glossary form of its own."""
    return short.isupper() and short.lower() not in ACRONYMS and len(short) >= len(content) + 2


def _bracketed(toks: list[Token], k: int, end: int) -> list[Token]:
    return list(takewhile(lambda t: t.end <= end, toks[k:]))


def _quiet(doc: Doc, t: Token) -> bool:
    return in_title(doc, t) or in_dateline(doc, t) or doc.is_italic(t.start, t.end)


def _lowercase_hits(doc: Doc, run: list[Token]) -> Iterator[Hit]:
    """One finding for the run's lowercase words, from the first to the last: 'rumah
    detensi imigrasi' → 'Rumah Detensi Imigrasi' (function words between stay lowercase)."""
    low = [t for t in run if t.text.islower() and t.text not in FUNCTION_WORDS]
    if not low:
        return
    start, end = low[0].start, low[-1].end
    span = doc.text[start:end]
    fixed = re.sub(
        r"[^\W\d_]+", lambda w: w.group() if w.group() in FUNCTION_WORDS else cap(w.group()), span
    )
    yield Hit(start, end, _MESSAGE, fixed, {"word": fixed})


def spelled_names(doc: Doc) -> Iterator[Hit]:
    """K16: the lowercase words of a name its short form beside it shows to be a name."""
    toks = doc.tokens
    for m in _SHORT_AFTER.finditer(doc.text):
        short = m.group(2)
        j = doc.token_at(m.start())
        if j is None or not _name_form(short) or _quiet(doc, toks[j]):
            continue
        for n in range(2, 7):
            run = toks[max(0, j - n + 1) : j + 1]
            if len(run) < n or not all(doc.adjacent(a, b) for a, b in pairwise(run)):
                break
            head = run[0].text.lower()
            if head in FUNCTION_WORDS:
                continue  # "dan informatika", "di rumah …": no name starts with it
            if not spells(_content(run), short.lower()):
                continue
            if head not in POSITIONS and sum(t.text[0].isupper() for t in run) < 2:
                yield from _lowercase_hits(doc, run)  # two capitals: _named_before_short_form's
            break
    for m in _FULL_AFTER.finditer(doc.text):
        short, full = m.group(1), m.group(2)
        i, k = doc.token_at(m.start(1)), doc.token_at(m.start(2))
        if i is None or k is None or _quiet(doc, toks[i]):
            continue
        run = _bracketed(toks, k, m.end(2))
        content = _content(run)
        if run[0].text.lower() in POSITIONS or not spells(content, short.lower()):
            continue
        if len(full.split()) == len(run) and (_name_form(short) or _syllabic(short, content)):
            yield from _lowercase_hits(doc, run)
