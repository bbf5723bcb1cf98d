"""A full stop typed between two lowercase words with no space (P9, for punctuation.py):
'Lagian ini.kan negara Indonesia', 'taat dengan.aturan negara'.

No sentence ends before a lowercase word, and the stop has no space after it, so it stands
where the space between the two words should: a slip of the finger. A web address
('detikberau.com', 'victorynews.id') or a file's name ('surat.pdf') keeps its dot, as does
a word with more dots or marks around it ('a.n.', 'www.x.go.id').

Round 21: a full stop after a web address, then a space and a lowercase word
('di infodairi.id. sebagai ruang …'): a sentence does not end before a lowercase word, and
an address is no abbreviation whose stop may stand inside a sentence; the stop goes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import words
from kabar_desktop.check.rules import N_, Hit

# The stop first, so the search runs at the speed of a literal; the words are read around it.
_STOP_BEFORE_WORD = re.compile(r"\.(?=[a-z]{2})")
_WORD_AFTER = re.compile(r"[a-z]{2,}(?![\w./@-])")
_WORD_BEFORE = re.compile(r"(?<![\w./@:-])[a-z]{2,}$")
# From a word's start only: a web or mail address, whose stops are its own.
_ADDRESS = re.compile(r"(?<!\S)\S*(?:://|www\.|@)\S*")
# Endings of addresses and files, and short forms that keep a dot inside.
_NOT_WORDS = words(
    "com id net org info co go ac sch or web my biz cloud news tv xyz online site app io me "
    "pdf doc docx xls xlsx ppt pptx jpg jpeg png gif mp4 txt zip html htm php dll dsb dst ybs"
)


def stops_in_words(doc: Doc) -> Iterator[Hit]:
    """'ini.kan' → 'ini kan': the two words, the stop between them made a space."""
    text = doc.text
    for dot in _STOP_BEFORE_WORD.finditer(text):
        i = dot.start()
        before = _WORD_BEFORE.search(text, max(0, i - 40), i)
        after = _WORD_AFTER.match(text, i + 1)
        if before is None or after is None:
            continue
        first, second = before.group(), after.group()
        if second in _NOT_WORDS or first in _NOT_WORDS:
            continue
        yield Hit(
            before.start(),
            after.end(),
            N_("No full stop stands between two words of one sentence: '{word}'."),
            f"{first} {second}",
            {"word": f"{first} {second}"},
        )


def address_spans(text: str) -> list[tuple[int, int]]:
    """The web and mail addresses of ``text`` (whole words holding '://', 'www.' or '@'):
    the search is skipped, at no cost to the findings, when none of those is in the text."""
    if "://" not in text and "www." not in text and "@" not in text:
        return []
    return [(m.start(), m.end()) for m in _ADDRESS.finditer(text)]


_TLD = r"(?:com|id|net|org|info|news|co|go|ac|sch|or|web|my|biz|tv|xyz|online|site|io)"
_ADDRESS_STOP = re.compile(rf"(?<![\w./@-])((?:[a-z0-9-]+\.)+{_TLD})\. ([a-z]{{2,}})\b")


def stop_after_address(doc: Doc) -> Iterator[Hit]:
    """'infodairi.id. sebagai' → 'infodairi.id sebagai'."""
    text = doc.text
    if ". " not in text:
        return
    for para in doc.prose_paras():
        for m in _ADDRESS_STOP.finditer(text, para.start, para.end):
            if m.group(2) in _NOT_WORDS:
                continue
            fix = f"{m.group(1)} {m.group(2)}"
            yield Hit(
                m.start(1),
                m.end(2),
                N_("No full stop stands between two words of one sentence: '{word}'."),
                fix,
                {"word": fix},
            )
