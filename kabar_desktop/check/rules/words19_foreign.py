"""Round 19 of issue 13, foreign words with capitals (W9; tests in
tests/check/test_rules_round19_words.py).

W9 read lowercase foreign words and the English phrases of its lists. A writer also
capitalises an English term as if it were a name (``klien bebas reintegrasi Crash Program``,
``Crash program merupakan …``). Indonesian puts the head noun first; a run of two English
words or more (English spelling the Indonesian lists do not know: c, x, ph, a doubled
consonant, -tion, -ity, -ive, -ing; or a word of W9's lists), one of them a word English
shares with Indonesian (``program``, ``data``, ``sistem`` …) or a word of W9's lists
(``Public``), is an English term: in italics, or in Indonesian. The run takes in the
title-case words beside it that no Indonesian list knows (``Government Public Relations``).
English spellings alone make no term: Indonesian names are spelt so too (``Fatchur
Rochman``, ``Abdillah Syafiuddin``). Left, as names:
- a run inside a longer name, beside a capitalised word the lists know or a place
  (``Hotel Grand Mercure Solo``);
- a body's English name, a head word of an organisation's name in the run
  (``International Organization for Migration``, ``Crisis Center``). An English term with
  its own initials after it stays English (``Government Public Relations (GPR)``), as W9
  reads ``Search Engine Optimization (SEO)``;
- products (``Google Meet``: ``Meet`` is neither English-spelt nor listed, so no run);
- one English word alone (``Win Hartono``: a name may be spelt so).
``e-`` before a capitalised word the Indonesian lists do not know is English too
(``Tata Kelola e-Government``); ``e-KTP``, ``e-Paspor`` are Indonesian.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc, Token
from kabar_desktop.check.lexicon import words
from kabar_desktop.check.rules import N_, Hit
from kabar_desktop.check.rules.form_contexts import _english_word
from kabar_desktop.check.rules.solid_words import beside_name
from kabar_desktop.check.rules.words21_forms import ENGLISH_GLUE, glued_run
from kabar_desktop.check.tables import FOREIGN_ONLY_IN_PAIRS, FOREIGN_WORDS

# Words English spells as Indonesian does (KBBI lists them): they extend an English run but
# do not make one.
SHARED = words(
    """program data sistem system media digital virtual global total final formal legal
    manual video audio radio internet server portal format model super online offline
    center centre"""
)
# Head words of organisations' and events' English names: a run with one is a name.
BODY_HEADS = words(
    """international organization organisation association foundation council committee
    commission agency institute university college bank company corporation office centre
    center club group union federation network alliance fund forum society ministry
    department bureau board award awards festival summit expo cup league championship
    nations commissioner secretariat court tribunal"""
)
_LISTED = SHARED | FOREIGN_WORDS | FOREIGN_ONLY_IN_PAIRS  # a run needs one of these
_E_PREFIX = re.compile(r"\b[eE]-([A-Z][a-z]{3,})\b")
_MESSAGE = N_("'{word}' is a foreign word: write it in italics or use an Indonesian word.")


def _english(doc: Doc, t: Token) -> bool:
    lower = t.text.lower()
    if lower in SHARED:
        return False
    if lower in FOREIGN_WORDS:
        return not t.text.isupper()
    return _english_word(doc, t)


def _named_programme(run: list[Token]) -> bool:
    """'Program' and one word no English list holds, English in shape only ('Program
    Mapenaling', probe75): Indonesian puts the head first and names the programme after it."""
    from kabar_desktop.check.rules.english_words import english_words

    if len(run) != 2 or run[0].text.lower() != "program":
        return False
    lower = run[1].text.lower()
    return lower not in english_words() and lower not in _LISTED


def _shared(t: Token) -> bool:
    return t.text.lower() in SHARED and not t.text.isupper()


def _unknown_word(doc: Doc, t: Token) -> bool:
    """A title-case word no Indonesian list knows, no place, no short form, no name the
    text gives, not a sentence's first word."""
    from kabar_desktop.check.places import is_place_word
    from kabar_desktop.check.spelling import speller

    word = t.text
    if t.initial or len(word) < 4 or not word.isalpha():
        return False
    if not (word[:1].isupper() and word[1:].islower()) or word in doc.given_names:
        return False
    check = speller()
    lower = word.lower()
    return not (check.known(lower) or lower in check.lists.short_forms or is_place_word(word))


# Round 24: the kinds of business a venue's name ends or starts with; a capitalised run
# holding one is the venue's name (EYD V: a name is no foreign word to italicise).
_VENUES = words(
    """cafe café kafe resto restaurant restoran coffee hotel resort inn mall plaza hall
    lounge bistro bakery kitchen eatery homestay villa cottage"""
)


def capital_english_runs(doc: Doc, done: list[tuple[int, int]]) -> Iterator[Hit]:
    """W9 on a capitalised English term (``done``: the spans W9 has already reported)."""
    toks = doc.tokens
    text = doc.text
    i = 0
    while i < len(toks):
        t = toks[i]
        if not t.text[:1].isupper() or not (_english(doc, t) or _shared(t)):
            i += 1
            continue
        j = i + 1
        while j < len(toks) and doc.adjacent(toks[j - 1], toks[j]):
            u = toks[j]
            cased = u.text[:1].isupper() or (t.initial and j == i + 1 and u.text.islower())
            if not cased or not (_english(doc, u) or _shared(u)):
                break
            j += 1
        first, last = i, j - 1
        i = j
        if last == first and glued_run(doc, first, last) == (first, last):
            continue  # one capitalised English word alone may be a name ("Win Hartono")
        # Capitalised words the Indonesian lists do not know beside the run are English
        # words W9's shapes miss ("Government Public Relations"); a word they know (or a
        # place, or a short form) beside it makes the run part of a name.
        while (
            first > 0
            and doc.adjacent(toks[first - 1], toks[first])
            and _unknown_word(doc, toks[first - 1])
        ):
            first -= 1
        while (
            last + 1 < len(toks)
            and doc.adjacent(toks[last], toks[last + 1])
            and _unknown_word(doc, toks[last + 1])
        ):
            last += 1
        first, last = glued_run(doc, first, last)  # "Memorandum of Understanding" (round 21)
        run = toks[first : last + 1]
        if len(run) < 2 or not any(_english(doc, u) for u in run):
            continue
        if all(_english(doc, u) and u.text.lower() in FOREIGN_WORDS for u in run):
            continue  # W9's own lists read it
        glued = any(u.text in ENGLISH_GLUE for u in run)
        if not glued and not any(u.text.lower() in _LISTED for u in run):
            continue  # English spellings alone are names' too ("Fatchur Rochman", "Ammar")
        start, end = run[0].start, run[-1].end
        if any(s < end and start < e for s, e in done) or doc.is_italic(start, end):
            continue
        if beside_name(doc, first, last):
            continue  # "Hotel Grand Mercure Solo": inside a name of capitalised words
        if any(u.text.lower() in _VENUES for u in run):
            continue  # round 24: "Mamocha Cafe and Resto": a business's name, in any language
        if any(u.text.lower() in BODY_HEADS for u in run):
            continue  # a body's or an event's English name
        if any(u.text in doc.given_names for u in run):
            continue
        if _named_programme(run):
            continue  # "Program Mapenaling": the programme's Indonesian name after its head
        phrase = text[start:end]
        suggestion = f"_{phrase}_" if doc.mode == "article" else None
        yield Hit(start, end, _MESSAGE, suggestion, {"word": phrase})
    if "e-" not in text and "E-" not in text:
        return
    from kabar_desktop.check.spelling import speller

    check = speller()
    for m in _E_PREFIX.finditer(text):
        word = m.group(1).lower()
        if check.known(word) or word in check.lists.short_forms:
            continue  # "e-Paspor", "e-Tilang": an Indonesian word after the e-
        if any(s < m.end() and m.start() < e for s, e in done) or doc.is_italic(m.start(), m.end()):
            continue
        phrase = m.group()
        suggestion = f"_{phrase}_" if doc.mode == "article" else None
        yield Hit(m.start(), m.end(), _MESSAGE, suggestion, {"word": phrase})
