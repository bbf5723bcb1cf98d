"""Round 11 of issue 13, marks and place names: the comma after 'Hanya saja', 'Berikutnya',
'Tak hanya itu', an interjection and 'Kemudian' before a named place, and before 'maka' after
'Tetapi kalau …' (P8), none after a connector inside a speaker's words (P8); a time zone in
capitals after any clock time (N4); a space after a name's initial (P9); a regency's or a
city's name half capitalised or split in two (K10); a rate said before a range keeps its
digits (N1); no comma between a verb's short complement and 'bahwa', nor between a title's
subject and its verb (P39); a comma before 'yakni' that spells out a counted group (P18); an
opening attribution's phrase of company opened by a comma (P40). Each class with texts of our
own that break the rule and texts that respect it (none copied from a corpus)."""

from __future__ import annotations

import pytest
from checkhelp import found

_TITLE = "Bapas Sleman Gelar Bimbingan bagi Klien\n"
_LEAD = "Sleman - Bapas Sleman menggelar bimbingan bagi klien, Selasa (3/9/2024).\n"

BREAKS = [
    # A connector opening the writer's sentence.
    (
        "P8",
        _TITLE + _LEAD + "Ruang tunggu sudah diperluas. Hanya saja antrean masih panjang.",
        [("Hanya saja", "Hanya saja,")],
    ),
    (
        "P8",
        _TITLE + _LEAD + "Klien dewasa dibimbing di aula. Kemudian di Lapas Sleman ada kelas lain.",
        [("Kemudian", "Kemudian,")],
    ),
    (
        "P8",
        _TITLE + _LEAD + "Berikutnya untuk klien anak disiapkan ruang sendiri.",
        [("Berikutnya", "Berikutnya,")],
    ),
    (
        "P8",
        _TITLE + _LEAD + "Tak hanya itu klien juga dilatih menjahit.",
        [("Tak hanya itu", "Tak hanya itu,")],
    ),
    # EYD V's own connectors take the comma in a speaker's words too.
    (
        "P8",
        _TITLE + _LEAD + "“Ruang sudah cukup. Jadi klien tidak perlu antre,” ujarnya.",
        [("Jadi", "Jadi,")],
    ),
    # An interjection opening the writer's sentence.
    (
        "P8",
        _TITLE + _LEAD + "Alhamdulillah seluruh klien hadir tepat waktu.",
        [("Alhamdulillah", "Alhamdulillah,")],
    ),
    # A clause of condition after a conjunction, then 'maka' with no comma.
    (
        "P8",
        _TITLE + _LEAD + "Tetapi kalau klien datang terlambat maka jadwalnya digeser.",
        [("terlambat maka", "terlambat, maka")],
    ),
    # A zone after the second time of a range, or after a time without 'pukul'.
    (
        "N4",
        _TITLE + _LEAD + "Layanan dibuka pukul 08.00 WIB sampai 15.00 Wib.",
        [("Wib", "WIB")],
    ),
    ("N4", _TITLE + _LEAD + "Apel dimulai 07.30 wita di halaman.", [("wita", "WITA")]),
    # A name's initial glued to the name.
    (
        "P9",
        _TITLE + _LEAD + "Kegiatan dibuka Kepala Bapas R.Sutrisno di aula.",
        [("R.Sutrisno", "R. Sutrisno")],
    ),
    # A regency's name half capitalised, a city's name split in two.
    (
        "K10",
        _TITLE + _LEAD + "Klien itu berasal dari Kabupaten Lombok tengah.",
        [("Lombok tengah", "Lombok Tengah")],
    ),
    (
        "K10",
        _TITLE + _LEAD + "Dua klien pindah ke Kota Banjar Baru bulan lalu.",
        [("Banjar Baru", "Banjarbaru")],
    ),
    # A comma between a verb's short complement and its 'bahwa' clause.
    (
        "P39",
        _TITLE + _LEAD + "Program ini menunjukkan kepada warga, bahwa klien bisa berubah.",
        [(",", "")],
    ),
    # A title's subject parted from its verb by a comma.
    (
        "P39",
        "Klien Bapas Sleman, Sulap Kain Perca Jadi Tas\n" + _LEAD,
        [(",", "")],
    ),
    # An opening attribution, its speaker and a phrase of company closed but not opened.
    (
        "P40",
        _TITLE + _LEAD + "Kata Rina didampingi Kasi Bimbingan Budi Santoso, untuk klien anak"
        " ada ruang sendiri.",
        [("Rina didampingi", "Rina, didampingi")],
    ),
    # 'yakni' spelling out a counted group, in the writer's sentence.
    (
        "P18",
        _TITLE + _LEAD + "Bimbingan digelar di tiga kecamatan lain yakni Depok dan Mlati.",
        [("lain yakni", "lain, yakni")],
    ),
    # A range of counts the writer gives, with no rate.
    (
        "N1",
        _TITLE + _LEAD + "Setiap kelompok diisi 4 sampai 6 klien.",
        [("4 sampai 6", "empat sampai enam")],
    ),
]

RESPECTS = [
    ("P8", _TITLE + _LEAD + "Ruang tunggu diperluas. Hanya saja, antrean masih panjang."),
    # 'Kemudian' before the next of a count is the verb's adverb.
    ("P8", _TITLE + _LEAD + "Hari pertama ada 40 klien. Kemudian di hari kedua ada 35 klien."),
    # A connector inside a speaker's words (a sentence after the quote's first).
    ("P8", _TITLE + _LEAD + "“Klien harus tertib. Namun saat sakit, mereka boleh izin,” ujarnya."),
    ("P8", _TITLE + _LEAD + "Tetapi kalau klien datang terlambat, maka jadwalnya digeser."),
    ("P8", _TITLE + _LEAD + "Berikutnya adalah sesi tanya jawab dengan klien."),
    # (a speaker's 'Maka dari itu' takes its comma since session 37: 13 of 14 marked)
    ("P8", _TITLE + _LEAD + "“Untungnya klien kami tertib semua,” ujarnya."),
    # A speaker's interjection runs as it was said.
    ("P8", _TITLE + _LEAD + "“Alhamdulillah klien kami tertib semua,” ujarnya."),
    ("N4", _TITLE + _LEAD + "Layanan dibuka pukul 08.00 WIB sampai 15.00 WIB."),
    # A degree's short parts are no initials.
    ("P9", _TITLE + _LEAD + "Kegiatan dibuka Kepala Bapas Rina Sari, S.Kom., di aula."),
    ("P9", _TITLE + _LEAD + "Kegiatan dibuka Kepala Bapas R. Sutrisno di aula."),
    ("K10", _TITLE + _LEAD + "Klien itu berasal dari Kabupaten Lombok Tengah."),
    # 'tengah' after a place that is no regency's name is a common word.
    ("K10", _TITLE + _LEAD + "Klien itu tinggal di Sleman tengah kota."),
    ("K10", _TITLE + _LEAD + "Dua klien pindah ke Kota Banjarbaru bulan lalu."),
    # A longer name goes on after the two words: not the city's.
    ("K10", _TITLE + _LEAD + "Klien dari Rutan Tanjung Balai Karimun dibimbing pula."),
    ("P39", _TITLE + _LEAD + "Program ini menunjukkan kepada warga bahwa klien bisa berubah."),
    # An aside between the verb and 'bahwa' is closed by its comma.
    ("P39", _TITLE + _LEAD + "Ia menyampaikan kepada wartawan, Senin (2/9), bahwa kuota cukup."),
    # A title's opening phrase, or a topic then a clause of its own, keeps its comma.
    ("P39", "Jelang Lebaran, Bapas Sleman Gelar Bimbingan\n" + _LEAD),
    ("P39", "Kunjungan Klien di Bapas Sleman, Jumlahnya Naik\n" + _LEAD),
    (
        "P40",
        _TITLE + _LEAD + "Kata Rina, didampingi Kasi Bimbingan Budi Santoso, untuk klien anak"
        " ada ruang sendiri.",
    ),
    ("P18", _TITLE + _LEAD + "Bimbingan digelar di tiga kecamatan lain, yakni Depok dan Mlati."),
    # In a speaker's words the list runs as it was said.
    ("P18", _TITLE + _LEAD + "“Kami mulai dari dua desa yaitu Sendangadi dan Tlogoadi,” ujarnya."),
    # A rate said before the range is a statistic in digits.
    ("N1", _TITLE + _LEAD + "Setiap harinya sekitar 50 sampai 80 klien datang melapor."),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert found(text, rule) == []
