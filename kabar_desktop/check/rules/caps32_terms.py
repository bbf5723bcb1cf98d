"""Session 32 of issue 13, K3: common nouns that the sets write in lowercase every time they
stand capitalised after a lowercase word (counted over every set: ``warga Binaan`` 16 of 16,
``pemberian Vitamin A`` 9 of 9, ``menggelar Penandatanganan Perjanjian …`` 7 of 7,
``skrining Tuberkulosis (TBC)`` 5 of 5, the foods, diseases and routines below 61 of 61).
EYD V capitalises names, and none of these is one: a capital after a lowercase word is the
writer's emphasis. ``Binaan`` only after ``warga`` or ``anak``, its own phrase.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.rules.case_reading import in_title

_NOUNS = (
    "Vitamin|Penandatanganan|Tuberkulosis|Nasi|Stunting|Brownies|Bolu|Swasta|Las|Anemia"
    "|Campak|Imunisasi|Razia"
)
# Each seen 3 to 8 times so, none left; not after a link word (below).
_MORE_NOUNS = (
    "Mahasiswa|Jajaran|Tingkat|Perayaan|Dokter|Bioflok|Kue|Hepatitis|Produk|Proses|Tahfiz"
    "|Tsunami|Mantan|Bangunan|Tujuan|Prioritas|Perlombaan|Kedai|Vaksinasi|Tema|Tadarus|Area"
    "|Roda|Bangsa|Suci|Instruktur|Isbat|Hidroponik"  # session 33: 'Hidroponik' 9 of 9
)
# Nouns where no name goes on after them (no capital or short form next): two-word nouns
# (22 of 24 marked; session 33: 'Insan Pers' 3 of 3, 'Ziarah Makam', 'Mahasiswa Magang',
# 'Perangkat Daerah' 10 of 10 — K14 reads 'Pejabat Struktural'), 'Paralegal' (5 of 5),
# 'Nasional', 'Internasional', 'Kepramukaan' (24 of 24: 'lomba tingkat Nasional.'), and
# nouns the sets lowercase there every time, 3 to 11 times each (53 of 54; not 'Inspektur',
# K26's after 'selaku').
_RUNS = (
    "Perangkat Desa|Bank Sampah|Aparatur Desa|Kelompok Tani|Bawang Merah|Paralegal"
    "|Insan Pers|Insan Media|Awak Media|Ziarah Makam|Mahasiswa Magang|Perangkat Daerah"
    "|Nasional|Internasional|Kepramukaan"
    "|Agama|Integrasi|Tarawih|Resettlement|Tabur|Bersama|Struktural|Jumantik"
)
# After a lowercase word that is no link word ("… dan Produk Halal": a name may go on).
_NOT_LINK = r"\b(?!(?:dan|atau|serta)\b)[a-z]{2,} "
_AFTER_LOWER = re.compile(
    rf"\b[a-z]{{2,}} ({_NOUNS})\b|\b(?:warga|anak) (Binaan)\b"
    rf"|{_NOT_LINK}({_MORE_NOUNS})\b"
    rf"|\b[a-z]{{2,}} ({_RUNS})\b(?! [A-Z(])"
    # 'Klinik' (3 of 3) begins names too ('Klinik Pratama …') and ends a list of a prison's
    # rooms written as names ('Ruang Besuk, Dapur, dan Klinik')
    rf"|{_NOT_LINK}(Klinik|Madrasah)\b(?! [A-Z(])"  # session 34: 'Madrasah' 18 of 20
    r"|\b[a-z]{2,} (Tanggal)(?= \d)|\b[a-z]{2,} (Salah Satu)\b"  # session 33: 5 of 5, 2 of 2
    # session 34: a year's 'Tahun' after a lowercase word (36 of 40: 'kegiatan Tahun 2022');
    # a statute's 'Nomor 6 Tahun 2011' has a number before it
    rf"|{_NOT_LINK}(Tahun)(?= \d{{4}}\b)"
)


def lowercase_terms(doc: Doc) -> Iterator[tuple[int, int]]:
    """(start, end) of each such noun capitalised after a lowercase word."""
    for m in _AFTER_LOWER.finditer(doc.text):
        g = m.lastindex or 1  # the one alternative that matched
        i = doc.token_at(m.start(g))
        if i is None or in_title(doc, doc.tokens[i]):
            continue
        yield m.start(g), m.end(g)
