"""K3: words no name is made of, whatever their capital.

A word carrying the clitic ``-nya`` (session seventeen) names no one, so a capital on
it mid-sentence is a slip: "dalam Sambutannya", "kemenkumham Khususnya", "(28/7/2023),
Kepalanya Heri …", "Pembimbing Kemasyarakatannya".

EYD V gives capitals to names; ``-nya`` ties a word to something the sentence names already
("his welcome", "its head"), which no name's own word does. The lists of K3 hold the genre's
nouns one by one; this reading needs none: the word is a dictionary word, or one with the
affixes it takes, and ``-nya`` after it. Not a word the dictionary lacks once ``-nya`` is off
(``Martionnya``: a person's name with the clitic glued; ``Rohingnya``), nor where the case
follows other rules: a title, the dateline, italics, a slogan, a law's title, a quote's
attribution after its closing mark (P1's), a short form of Kabar's own list (``Sekcamnya``),
a day's name (``Hari Bhakti Pemasyarakatannya``: the clitic on the whole name).

A word quoted as a word after a noun of naming (``kata "Narapidana"``: moved here from
common_nouns.py) is the other: quotation marks it as a word, not as a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc, Token
from kabar_desktop.check.lexicon import GENERIC_NOUNS, MONTHS, ORDINARY_WORDS, POSITIONS, WEEKDAYS
from kabar_desktop.check.rules.caps18_names import document_title
from kabar_desktop.check.rules.case_reading import (
    after_word_or_comma,
    in_dateline,
    in_slogan,
    in_title,
)
from kabar_desktop.check.rules.headline import headline
from kabar_desktop.check.rules.people_nouns import PEOPLE_NOUNS

_CLITIC = "nya"
_CALENDAR = frozenset((*WEEKDAYS, *MONTHS)) - {"Minggu"}  # "setiap Minggunya": the week


def clitic_words(doc: Doc) -> Iterator[tuple[int, int]]:
    """The spans of capitalised ``…nya`` words mid-sentence whose stem is a known word."""
    from kabar_desktop.check.spelling import speller

    sp = speller()
    for i, t in enumerate(doc.tokens):
        word = t.text
        if len(word) < 6 or not word.endswith(_CLITIC) or not word[0].isupper():
            continue
        if not word[1:].islower() or word in doc.given_names:
            continue
        if not after_word_or_comma(doc, t):
            continue  # a sentence's start, or after a quote, a bracket or a dash
        if in_title(doc, t) or in_dateline(doc, t) or headline(doc, t.para):
            continue
        if doc.is_italic(t.start, t.end) or in_slogan(doc, t) or document_title(doc, i):
            continue
        stem = word[: -len(_CLITIC)].lower()
        if stem.endswith("-") or not sp.known(stem) or word[: -len(_CLITIC)] in _CALENDAR:
            continue  # "pada Sabtunya": a day's name keeps its capital with -nya (heldout86)
        if stem in sp.lists.curated and stem not in sp.lists.stems:
            continue  # "Sekcamnya": a short form of Kabar's list, its capital the writer's
        if _in_day_name(doc, i):
            continue  # "Hari Bhakti Pemasyarakatannya": the clitic on a day's name
        yield t.start, t.end


def _in_day_name(doc: Doc, i: int) -> bool:
    """Whether a day's name in capitals ('Hari Bhakti …') runs up to token ``i``."""
    toks = doc.tokens
    for j in range(i - 1, max(-1, i - 5), -1):
        if not toks[j].text[:1].isupper() or not doc.adjacent(toks[j], toks[j + 1]):
            return False
        if toks[j].text == "Hari":
            return True
    return False


# 'kata "Narapidana"': a word quoted as a word after a noun of naming is still a common
# noun (EYD V, I.B: capitals mark names, not quotation).
_MENTION = re.compile(r"\b(?:kata|istilah|sebutan|julukan|stigma|label|panggilan)\s?[\"“‘']$")
_MENTION_CLOSE = re.compile(r"[\"”’']")


def mentioned(doc: Doc, t: Token) -> bool:
    """Token ``t`` alone in quotes after 'kata', 'istilah', 'sebutan' …, a common noun."""
    if not _MENTION_CLOSE.match(doc.text, t.end) or t.text.isupper():
        return False
    if not _MENTION.search(doc.text, max(0, t.start - 12), t.start):
        return False
    lower = t.text.lower()
    return (lower in ORDINARY_WORDS or lower in PEOPLE_NOUNS or lower in GENERIC_NOUNS) and (
        lower not in POSITIONS
    )
