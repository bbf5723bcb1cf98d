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
    ("N5", "Kegiatan digelar Selasa (25/9/2024).", [("Selasa (25/9/2024)", "Rabu (25/9/2024)")]),
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
    # Issue 13: what real articles got wrong and the checker missed.
    ("N1", "Kegiatan diikuti 6 (enam) orang pegawai.", [("6 (enam)", "enam")]),
    ("N1", "Kegiatan diikuti enam (6) orang pegawai.", [("enam (6)", "enam")]),
    ("N1", "Tamu sebanyak dua puluh lima (25) orang hadir.", [("dua puluh lima (25)", "25")]),
    (
        "N1",
        "Kegiatan yang digelar Rabu (25/9/2024) pukul 09.00 WITA dibagi menjadi 2 sesi, yaitu "
        "pagi dan siang.",
        [("2", "dua")],
    ),
    ("N1", "Peserta dibagi menjadi 2, yaitu pagi dan siang.", [("2", "dua")]),
    ("N1", "Latihan digelar seminggu 1-2 kali.", [("1-2", "satu sampai dua")]),
    ("N1", "Menag menekankan 7 Program Prioritas.", [("7", "tujuh")]),
    (
        "N1",
        "Kunjungan berlangsung selama 4 hari, dari tanggal 10 sampai dengan 13 April 2023.",
        [("4", "empat")],
    ),
    ("N5", "Kegiatan digelar Senin (04/03/24).", [("(04/03/24)", "(04/03/2024)")]),
    ("N5", "Kegiatan digelar Rabu (26/2-2020).", [("(26/2-2020)", "(26/2/2020)")]),
    ("N5", "Herdaus jumat (21/10) mengatakan hal itu.", [("jumat (21/10)", None)]),
    ("N5", "Lomba berakhir pada tanggal (15/8).", [("(15/8)", None)]),
    (
        "N5",
        "Tim memeriksa perusahaan asing. Kamis (6/10/2022).",
        [(". Kamis (6/10/2022).", ", Kamis (6/10/2022).")],
    ),
    ("N6", "Biaya paspor Rp 650.000 per buku.", [("Rp 650.000", "Rp650.000")]),
    ("N6", "Biaya Rp. 5.000,- dibayar di bank.", [("Rp. 5.000,-", "Rp5.000")]),
    ("N6", "Lahan seluas 3.780m2 itu luas.", [("3.780m2", "3.780 m2")]),
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
    # Issue 13: what real articles got right and the checker reported, or might have.
    ("N1", "Denda Rp5.000 (lima ribu rupiah) dibayar."),
    ("N1", "Tercatat 473 orang asing dan 30 orang asing lain."),
    ("N1", "Aturan itu tertuang dalam PP 31 Tahun 1999."),
    ("N1", "Sesi 2 dimulai pukul 09.00 WITA."),
    ("N1", "Penyuluhan dibagi menjadi dua sesi, yaitu pagi dan siang."),
    (
        "N4",
        'Apel digelar pukul 09.00 WITA.\n"Kami mulai jam 9 pagi, selesai pukul 12.00," ujarnya.',
    ),
    ("N5", "Kegiatan digelar Senin (4/3/2024)."),
    ("N5", "Sebanyak (2/3) anggota hadir."),
    ("N5", "Tim memeriksa perusahaan asing, Kamis (6/10/2022)."),
    ("N6", "Biaya paspor Rp650.000 untuk lahan 3.780 m2 dan Rp5.000,00 lagi."),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert spans(text, rule) == []
