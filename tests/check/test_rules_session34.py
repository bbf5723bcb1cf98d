"""Session thirty-four: misses of the sets that a rule can tell, and the wrong findings of
heldout311-346. Texts of our own."""

from __future__ import annotations

import pytest
from checkhelp import found

_TITLE = "Lapas Sanana Gelar Bakti Sosial di Pantai\n"
_LEAD = "Sanana - Lapas Kelas III Sanana menggelar bakti sosial, Senin (6/10/2025).\n"
_BODY = _TITLE + _LEAD

RESPECTS = [
    # a statute's year has its number before 'Tahun'; a pair of years after a link word
    ("K3", _BODY + "Dasarnya Undang-Undang Nomor 22 Tahun 2022 tentang Pemasyarakatan."),
    ("K3", _BODY + "Hasil Survei Penilaian Integritas Tahun 2016 dan Tahun 2017 dibahas."),
    # a madrasah's name goes on after 'Madrasah'
    ("K3", _BODY + "Penyuluhan digelar di Madrasah Aliyah Negeri 2 dan di Madrasah Ibtidaiyah."),
    ("K3", _BODY + "Hadir Kasi Pendidikan dan Madrasah pada Kemenag."),
]

BREAKS = [
    # heldout41, heldout85, heldout318: a year's 'Tahun' after a lowercase word (36 of 40)
    ("K3", _BODY + "Hasil evaluasi pelaksanaan kegiatan Tahun 2022 dibahas.", "Tahun"),
    ("K3", _BODY + "Pelatihan menjahit Tahun 2025 ini berlangsung lima hari.", "Tahun"),
    # heldout166, heldout224: 'madrasah' as a common noun (18 of 20)
    ("K3", _BODY + "Ia menguraikan sejarah Madrasah sejak dahulu.", "Madrasah"),
]


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_respects(rule, text):
    assert found(text, rule) == []


@pytest.mark.parametrize(("rule", "text", "words"), BREAKS)
def test_breaks(rule, text, words):
    assert words in [w for w, _fix in found(text, rule)]


def test_a_years_capital_is_offered_in_lowercase():
    text = _BODY + "Penerbitan paspor Tahun 2024 menurun."
    assert found(text, "K3") == [("Tahun", "tahun")]
