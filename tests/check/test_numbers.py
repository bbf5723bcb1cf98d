"""N1–N5: numbers, dates and times. Each rule: texts that break it, texts that respect it."""

from __future__ import annotations

import pytest
from checkhelp import found, spans

BREAKS = [
    ("N1", "Kegiatan diikuti 3 orang pegawai.", [("3", "tiga")]),
    ("N1", "Kegiatan diikuti oleh 40 pegawai.", [("40", "empat puluh")]),
    ("N2", "25 peserta hadir dalam kegiatan itu.", [("25", "Sebanyak 25")]),
    ("N2", "Kegiatan selesai. 3 pegawai dilantik.", [("3", "Sebanyak 3")]),
    ("N2", "12 adalah jumlahnya.", [("12", "Dua belas")]),
    ("N3", "Kegiatan diikuti 1,500 peserta.", [("1,500", "1.500")]),
    ("N3", "Angkanya naik 1.5 persen.", [("1.5", "1,5")]),
    ("N3", "Kegiatan diikuti 2500 peserta.", [("2500", "2.500")]),
    ("N4", "Apel dimulai jam 9 pagi.", [("jam 9 pagi", "pukul 09.00")]),
    ("N4", "Apel dimulai pukul 9 di lapangan.", [("pukul 9", "pukul 09.00")]),
    ("N4", "Apel dimulai pukul 09:00 WITA.", [("pukul 09:00", "pukul 09.00")]),
    ("N4", "Apel dimulai pukul 09.00 di lapangan.", [("pukul 09.00", None)]),
    ("N5", "Kegiatan digelar Selasa (25/9/2024).", [("Selasa", "Rabu")]),
    ("N5", "Kegiatan digelar Rabu (25/9).", [("Rabu (25/9)", None)]),
    ("N5", "Kegiatan digelar pada (31/2/2024).", [("(31/2/2024)", None)]),
    (
        "N5",
        "Kegiatan digelar Rabu (25/9/2024).\nLanjutan digelar Kamis, 26 September 2024.",
        [("Kamis, 26 September 2024", "Kamis (26/9/2024)")],
    ),
    (
        "N5",
        "Kegiatan digelar Rabu (25/9/2024).\nLanjutan digelar Kamis (26/09/2024).",
        [("Kamis (26/09/2024)", "Kamis (26/9/2024)")],
    ),
]

RESPECTS = [
    ("N1", "Kegiatan diikuti 25 peserta."),
    ("N1", "Kegiatan dimulai pukul 09.00 di Lantai 2 gedung utama."),
    ("N1", "Hasilnya 3 orang lulus, 5 orang gagal dan 7 orang absen."),
    ("N1", "Kegiatan digelar tahun 2024."),
    ("N1", "Kegiatan diikuti tiga orang pegawai."),
    ("N2", "Sebanyak 25 peserta hadir."),
    ("N2", "Kupang - Kegiatan digelar."),
    ("N3", "Kegiatan diikuti 1.500 peserta, naik 1,5 persen."),
    ("N3", "Dimulai pukul 09.00 pada tahun 2024."),
    ("N4", "Apel dimulai pukul 09.00 WITA."),
    ("N4", "Apel berlangsung pukul 09.00 s.d. 12.00 WITA."),
    ("N4", "Apel berlangsung pukul 09.00-12.00 WIB."),
    ("N4", "Apel berlangsung selama 3 jam."),
    ("N5", "Kegiatan digelar Rabu (25/9/2024)."),
    ("N5", "Kegiatan digelar Rabu, 25 September 2024."),
    ("N5", "Kegiatan digelar Rabu (25/9/2024), mengenang 17 Agustus 1945."),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert spans(text, rule) == []
