"""K3: a kind's common noun capitalised mid-sentence where it names no one (EYD V: a common
noun is lowercase; session 42):

- 'Perwakilan' as an item of a list of those who came ("Kepala Dinas, Perwakilan Dinas
  Koperasi Kota Manado, dan Perwakilan dari Dinas Pariwisata"), lowercase before the body it
  stands for (the sets mark it 28 of 31 in narration); not after a name's degree, where it
  is the holder's post in apposition ("Yuliyanto, SH MH, Perwakilan Pokmas …");
- a kind reduplicated for its plural after a lowercase word ("kepada Ibu-Ibu PKK", "ke
  Desa-Desa lainnya", "hanya Dinas-Dinas saja"; 35 of 40 marked); not after a capitalised
  word, where a name goes on ("Paguyuban Ibu-Ibu Pemasyarakatan", "Persatuan Gereja-Gereja"),
  nor 'Anak-anak', which the writers keep for the children of their LPKA as often as the
  editors lower it;
- 'Minggu' after a count is the week, no Sunday ("sudah satu Minggu lebih", "dua Minggu
  sekali"; 4 of 4 marked);
- KBBI's 'sidak' in brackets after its expansion in lowercase ("inspeksi mendadak (Sidak)";
  6 of 6; after "Inspeksi Mendadak" the capitals follow the writer's, left 3 of 4).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import GENERIC_NOUNS, ORDINARY_WORDS, words

_LISTED = re.compile(r"(?:, |\b(?:dan|serta|para|dari) )(Perwakilan)(?= (?:dari )?[A-Z])")
_DEGREE_BEFORE = re.compile(r"\b(?:[A-Z]{1,3}\.?){1,3}(?:\.[A-Za-z]+)*, $")
_KINDS = (
    GENERIC_NOUNS
    | ORDINARY_WORDS
    | words(
        """ibu bapak dinas camat hotel kader kapal kebun laki latihan pasar pulau sekolah guru
        lembaga tokoh rumah toko perusahaan sungai jalan gereja"""
    )
) - words("anak")
_PLURAL = re.compile(r"(?<= )([A-Z]([a-z]{2,})-[A-Za-z]\2)\b(?!-)")
_LOWER_BEFORE = re.compile(r"(?:^|\s)[a-z][\w-]*,? $")
_SIDAK = re.compile(r"\b[Ii]nspeksi mendadak \((Sidak)\)")
_WEEKS = re.compile(
    r"\b(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|beberapa|\d{1,2})"
    r" (Minggu)\b(?! ?[(,\d])"
)


def _in_prose(doc: Doc, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
    for para in doc.prose_paras():
        yield from pattern.finditer(doc.text, para.start, para.end)


def listed_representatives(doc: Doc) -> Iterator[tuple[int, int]]:
    """The spans of 'Perwakilan' as a list's item, in the article's prose."""
    for m in _in_prose(doc, _LISTED):
        if not _DEGREE_BEFORE.search(doc.text, max(0, m.start(1) - 12), m.start(1)):
            yield m.start(1), m.end(1)


def reduplicated_kinds(doc: Doc) -> Iterator[tuple[int, int]]:
    """The spans of a kind's plural in capitals after a lowercase word, in the prose."""
    for m in _in_prose(doc, _PLURAL):
        if m.group(1).split("-")[0].lower() not in _KINDS:
            continue
        if _LOWER_BEFORE.search(doc.text, max(0, m.start() - 30), m.start()):
            yield m.start(1), m.end(1)


def counted_weeks(doc: Doc) -> Iterator[tuple[int, int]]:
    """The spans of 'Minggu' after a count, the week (no date follows it); of 'Sidak' after
    its expansion in lowercase."""
    for m in (*_in_prose(doc, _WEEKS), *_in_prose(doc, _SIDAK)):
        yield m.start(1), m.end(1)


# K3's readings of session 42, read after the others (rules/common_nouns.py).
SESSION42_READINGS = (listed_representatives, reduplicated_kinds, counted_weeks)
