"""English words Indonesian does not have (``kata-inggris.txt``), for W9 and S1.

A lowercase word no Indonesian list knows may be a slip of an Indonesian word or an English
word written in roman type. The house style wants the second in italics or replaced (W9), and
a slip's suggestion is wrong for it: "band" is no "banda", "mobile" no "mobil" (the fourth
precision probe). The list is made from English word frequencies at build time
(``packaging/make_english_words.py``); at run time every word is asked of the Indonesian lists
again, so the office's own words and a later word list win.
"""

from __future__ import annotations

from functools import cache

from kabar_desktop import paths
from kabar_desktop.check.document import Doc, Token
from kabar_desktop.check.list_cache import cached_read
from kabar_desktop.check.tables import FOREIGN_ONLY_IN_PAIRS, FOREIGN_WORDS

ENGLISH_FILE = "kata-inggris.txt"
# English words the lists name: two of them side by side are an English phrase, not a name.
LISTED_ENGLISH = FOREIGN_WORDS | FOREIGN_ONLY_IN_PAIRS
CACHE_FILE = "kata-inggris.marshal"


def _parse(text: str) -> list[str]:
    return [w for line in text.splitlines() if (w := line.split("#", 1)[0].strip())]


@cache
def english_words() -> frozenset[str]:
    """The list's words, lowercase (read on the first lowercase word the lists lack)."""
    path = paths.resources_dir() / "dictionaries" / ENGLISH_FILE
    none: list[str] = []
    return frozenset(cached_read(path, CACHE_FILE, _parse, none))


def indonesian_knows(word: str) -> bool:
    """Whether any of Kabar's Indonesian lists has ``word`` (lowercase): the word list and
    its additions, the standard and non-standard forms, the colloquial and shorthand words,
    the places."""
    from kabar_desktop.check.places import is_place_word
    from kabar_desktop.check.rules.colloquial import COLLOQUIAL
    from kabar_desktop.check.spelling import speller
    from kabar_desktop.check.tables import NONSTANDARD, SHORTHAND, STANDARD_FORMS

    check = speller()
    return (
        check.known(word)
        or check.fix(word) is not None
        or word in COLLOQUIAL
        or word in NONSTANDARD
        or word in STANDARD_FORMS
        or word in SHORTHAND
        or word in check.lists.short_forms
        or is_place_word(word)
    )


def is_english(word: str) -> bool:
    """``word``, written in lowercase, is an English word and no Indonesian one (the word
    list is asked first: most words are Indonesian, and then the English list is not read)."""
    from kabar_desktop.check.spelling import speller

    if not word.islower() or speller().known(word):
        return False
    return word in english_words() and not indonesian_knows(word)


def foreign_token(t: Token) -> bool:
    """W9's word: one of its table's foreign words, or an English word no Indonesian list
    knows ('band', 'mobile')."""
    if t.text.lower() in FOREIGN_WORDS:
        return not (t.text.isupper() and len(t.text) > 1)
    return len(t.text) > 2 and t.text.isalpha() and is_english(t.text)  # "band", "mobile"


def english_in_name(doc: Doc, i: int) -> bool:
    """A lowercase English word inside a name ('International Organization for Migration',
    'Cafe and Resto') or glued to one by an apostrophe ('Ma’mum'): the name's, not W9's."""
    toks = doc.tokens
    t = toks[i]
    if t.text.lower() in FOREIGN_WORDS or not t.text.islower():
        return False
    if doc.text[t.start - 1 : t.start] in "'’" and t.start > 0:
        return True
    prev = toks[i - 1] if i else None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return (
        prev is not None
        and nxt is not None
        and doc.adjacent(prev, t)
        and doc.adjacent(t, nxt)
        and prev.text[:1].isupper()
        and nxt.text[:1].isupper()
    )
