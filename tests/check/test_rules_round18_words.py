"""Round 18 of issue 13: KBBI words the unknown-word warning (S1) took for slips on heldout13
(read after its round-17 score): fractions of one (se- + per- + a numeral), 'mebeler', the
island's name 'Sumatra'; the editor's 'red' without its full stop is still reported. And a
date paired with one that carries the year ('6 Oktober dan 7 Oktober 2020') shares it (N5)."""

from __future__ import annotations

import pytest
from checkhelp import found, spans

_BODY = (
    "Bapas Padang Gelar Bimbingan Klien\n"
    "Padang - Bapas Padang menggelar bimbingan klien, Senin (2/3/2026).\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Masa bimbingan klien adalah sepertiga dari sisa pidananya.",
        "Seperempat peserta berasal dari luar kota dan sepersepuluh dari desa.",
        "Warga binaan belajar membuat mebeler dari kayu jati.",
        "Klien berasal dari berbagai daerah di Sumatra Barat.",
    ],
)
def test_kbbi_words_are_not_unknown(sentence):
    assert found(_BODY + sentence, "S1") == []


def test_a_misspelt_fraction_and_the_bare_editors_note_are_still_reported():
    text = _BODY + 'Separuh klien, sepertia lainnya hadir. "Kami (Bapas--red) siap," kata Rina.'
    assert spans(text, "S1") == ["sepertia", "red"]


_DATED = (
    "Rudenim Semarang Deportasi WNA\n"
    "Semarang - Rudenim Semarang mendeportasi dua WNA, Jumat (9/10/2020).\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Keduanya dipulangkan pada 6 Oktober dan 7 Oktober 2020.",
        "Pendampingan berlangsung 6 Oktober hingga 9 November 2020.",
        "Pemeriksaan dilakukan pada 6 Oktober - 8 Oktober 2020 di Semarang.",
    ],
)
def test_a_date_paired_with_a_dated_one_shares_its_year(sentence):
    assert found(_DATED + sentence, "N5") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Keduanya dipulangkan pada 6 Oktober lalu.",
        "Keduanya dipulangkan pada 6 Oktober dan dua lainnya pada 2021.",
    ],
)
def test_a_date_alone_still_needs_its_year(sentence):
    assert spans(_DATED + sentence, "N5") == ["6 Oktober"]
