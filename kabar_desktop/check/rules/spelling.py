"""Spelling (S1): words the Indonesian word list, Kabar's genre list and the office's list
do not know. A warning, not an error: a word list lacks words as often as a writer errs."""

from __future__ import annotations

from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.rules import N_, WARNING, Hit, rule
from kabar_desktop.check.spelling import speller
from kabar_desktop.check.tables import (
    FOREIGN_WORDS,
    NONSTANDARD,
    PREPOSITIONS_JOINED,
    SHORTHAND,
    STANDARD_FORMS,
)

# Words another rule corrects with a better message and a fix: no need to look them up.
_RULED = FOREIGN_WORDS | frozenset(PREPOSITIONS_JOINED) | frozenset(NONSTANDARD)
_RULED |= frozenset(STANDARD_FORMS) | frozenset(SHORTHAND)


@rule("S1", WARNING, N_("Words are spelled as the Indonesian word list has them"))
def spelling(doc: Doc) -> Iterator[Hit]:
    check = speller()
    for t in doc.tokens:
        word = t.text
        if len(word) < 2 or doc.is_italic(t.start, t.end) or doc.in_frame(t.start, t.end):
            continue
        if word.lower() in _RULED:
            continue
        if not word.isascii() and any(ord(c) > 0x24F for c in word):
            continue  # not Latin script: not Indonesian
        if any(c.isupper() for c in word[1:]):
            continue  # acronyms and names like "KemenPANRB"
        if word[0].isupper() and (not t.initial or word in doc.names):
            continue  # a name
        if doc.paras[t.para].kind == "title" and word[0].isupper():
            continue  # every title word is capitalised: names cannot be told apart
        if not check.known(word):
            yield Hit(
                t.start,
                t.end,
                N_("'{word}' is not in the Indonesian word list."),
                None,
                {"word": word},
            )
