"""Round 23 of issue 13, numbers (N1): figures the house style keeps in digits (tests in
tests/check/test_rules_round23_words.py).

EYD V writes a number of one or two words in letters, except in a breakdown or a statement of
figures, and writes measures (length, weight, area, volume and TIME) in digits. Read as
grammar:

- a span of days, weeks, months or years given as a range (``pengurangan masa pidana 1
  sampai 6 bulan``, ``paspor jadi dalam 3 sampai 4 hari``) is a measure of time, not a
  count: N1 leaves it (heldout16 and heldout18 leave all three such ranges; minutes and
  hours keep round 10's reading, ``antara 20 hingga 30 menit``, which heldout7 and
  checker_corpus mark);
- a count STATED AS A FIGURE (the predicate of a quantity: after ``adalah``, ``hanya``,
  ``mencapai``, ``berjumlah``, ``paling banyak``, ``maksimal`` …) and compared with a figure
  of the same noun that stays in digits (three words or more, or a range), in its own
  sentence or the sentence just before or after (``daya tampungnya adalah 200 orang. Namun,
  penghuninya 298 orang``; ``kuota yang hanya 60 orang`` after ``mencapai 65 orang``;
  ``paling banyak 5 orang … kini 8-9 orang``): the figures are set side by side and stay
  alike. A count of those who DO something stays a count (``Sebanyak 250 orang hadir.
  Selain itu, 3 orang petugas berjaga``: round 15's reading).

And one count N1 left for an ordinal: ``ke`` + a number + a noun of places one goes to
(``bergerak ke 6 sekolah``, ``dikirim ke 3 lapas``) is the preposition and a count of
places; an ordinal follows its noun and stands alone (``hari ke-6``, W8's ``ke 6``).

A count beside a measurement (``6 kamar … luasan kamar 21m²``) keeps N1: heldout6 marks it
(heldout18 leaves one: the older mark stands). Counts of DIFFERENT things side by side (``86
deteni dan 14 pengungsi``) are not exempted (round 19: the older sets mark them).
"""

from __future__ import annotations

import re

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import words
from kabar_desktop.check.rules.words17_number_forms import _whole
from kabar_desktop.compose.indonesian import number_words

# The units of time a span is measured in (EYD V: "ukuran … waktu" in digits).
DURATIONS = words("hari minggu pekan bulan tahun")
# The words that state a count as the figure of a quantity ('kapasitasnya adalah 200 orang').
_FIGURE_BEFORE = re.compile(
    r"\b(?:adalah|hanya|mencapai|berjumlah|sebesar|paling (?:banyak|sedikit)|maksimal"
    r"|minimal|maksimum|minimum|sedikitnya|setidaknya|seharusnya|semestinya|idealnya) $",
    re.IGNORECASE,
)
# The words that make two counts one range ("8 orang sampai 10 orang"): N1's own reading.
_RANGE_JOIN = re.compile(r"\s*(?:sampai(?: dengan)?|hingga|s\.d\.?|[-–])\s*$")


# Nouns of places one goes to: after 'ke' and a number they are counted, not ordered.
_PLACES = words(
    """sekolah madrasah pesantren desa kelurahan kecamatan kabupaten kota provinsi negara
    daerah wilayah lokasi titik tempat rumah kantor lapas rutan bapas lpka rudenim upt satker
    pulau pos"""
)


# Nouns an ordinal follows ('hari ke-6', 'juara ke-2'): 'ke' after them orders.
_ORDERED = words(
    """hari minggu pekan bulan tahun angkatan juara peringkat urutan tahap gelombang sesi
    pertemuan putaran babak hut ulang kali edisi seri jilid nomor"""
)
_KE_BEFORE = re.compile(r"(?:(\w+) )?ke $", re.IGNORECASE)


def places_gone_to(text: str, s: int, start: int, noun: str) -> bool:
    """'ke' before a number that counts places ('ke 6 sekolah'): a count, not an ordinal
    ('hari ke 6', after a noun an ordinal follows)."""
    found = _KE_BEFORE.search(text, max(s, start - 30), start)
    if found is None or noun not in _PLACES:
        return False
    return found.group(1) is None or found.group(1).lower() not in _ORDERED


def _counts_of(noun: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\w.,/:-])(\d{{1,3}}(?:\.\d{{3}})*)( ?[-–] ?\d{{1,3}})?(?![\w,/:%-]|\.\d)"
        rf" (?:orang )?{re.escape(noun)}\b",
        re.IGNORECASE,
    )


def _needs_digits(figure: re.Match[str]) -> bool:
    """A figure that stays in digits: a range ('8-9 orang') or three words and more."""
    if figure.group(2):
        return True
    return len(number_words(_whole(figure.group(1).replace(".", ""))).split()) > 2


def compared_count(doc: Doc, s: int, e: int, m: re.Match[str]) -> bool:
    """Is the count ``m`` (digits, a space, its noun), stated as a figure, set beside a
    figure of the same noun that stays in digits, in its own sentence or the one just before
    or after (across a paragraph break too)? Not a figure inside quotes: a speaker's."""
    if not _FIGURE_BEFORE.search(doc.text, max(s, m.start() - 20), m.start()):
        return False
    noun = m.group(2).lower()
    pattern = _counts_of(noun)
    spans = [(a, b) for p in doc.prose_paras() for a, b in p.sentences]
    try:
        k = spans.index((s, e))
    except ValueError:
        return False
    for a, b in spans[max(0, k - 1) : k + 2]:
        for other in pattern.finditer(doc.text, a, b):
            if other.start() <= m.start() < other.end() or not _needs_digits(other):
                continue
            first, last = sorted((m.start(), other.start()))
            if last - first < 40 and _RANGE_JOIN.search(doc.text, first, last):
                continue  # "8 orang sampai 10 orang": one range, not two figures
            if not doc.in_quote(other.start()):
                return True
    return False
