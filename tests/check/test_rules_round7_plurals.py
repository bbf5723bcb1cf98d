"""Round 7 of issue 13: things said twice and structure a rule can read. A quantifier before a
reduplicated plural (W30), a noun said again by its ber- verb (W31), an office's class after
its place and a short form's full form worded wrong (W32), 'hari ini' beside a dated weekday
(A9), and W13's new pleonasms ('sekaligus juga', 'masih banyak … yang masih belum', 'rapat
rakor'). Sentences are our own, in the genre's manner: each class has text that breaks the
rule and text that respects it."""

from __future__ import annotations

import pytest
from checkhelp import found

_HEAD = "Judul Berita Kegiatan Lapas\nKupang - Kegiatan berjalan lancar.\n"  # title and lead

BREAKS = [
    # W30: 'berbagai', 'beberapa', 'para', 'sejumlah', … already make the plural.
    (
        "W30",
        "Berbagai program-program pembinaan digelar sepanjang tahun.",
        [("Berbagai program-program", "Berbagai program")],
    ),
    (
        "W30",
        "Petugas memeriksa beberapa kamar-kamar hunian.",
        [("beberapa kamar-kamar", "beberapa kamar")],
    ),
    (
        "W30",
        "Para petugas-petugas berjaga di pintu utama.",
        [("Para petugas-petugas", "Para petugas")],
    ),
    (
        "W30",
        "Kalapas meninjau sejumlah kegiatan-kegiatan kemandirian.",
        [("sejumlah kegiatan-kegiatan", "sejumlah kegiatan")],
    ),
    (
        "W30",
        "Lapas menggelar berbagai macam lomba-lomba menyambut HUT RI.",
        [("berbagai macam lomba-lomba", "berbagai macam lomba")],
    ),
    (
        "W30",
        "Ratusan pengunjung-pengunjung antre sejak pagi.",
        [("Ratusan pengunjung-pengunjung", "Ratusan pengunjung")],
    ),
    # W31: the count named twice.
    (
        "W31",
        "Saat ini jumlah tahanan berjumlah 120 orang.",
        [("jumlah tahanan berjumlah", "jumlah tahanan")],
    ),
    (
        "W31",
        "Peserta sosialisasi berjumlah sebanyak 45 orang.",
        [("berjumlah sebanyak", "berjumlah")],
    ),
    (
        "W31",
        "Tujuan kegiatan ini bertujuan untuk melatih keterampilan warga binaan.",
        [("Tujuan kegiatan ini bertujuan", "Tujuan kegiatan ini")],
    ),
    (
        "W31",
        "Tempat pelatihan bertempat di aula lantai dua.",
        [("Tempat pelatihan bertempat", "Tempat pelatihan")],
    ),
    # W32: the class before the place, as the office's name is decreed.
    (
        "W32",
        "Lapas Sumbawa Besar Kelas IIA menggelar upacara.",
        [("Lapas Sumbawa Besar Kelas IIA", "Lapas Kelas IIA Sumbawa Besar")],
    ),
    (
        "W32",
        "Tim mengunjungi Rumah Tahanan Negara Waingapu Kelas IIB pada pagi hari.",
        [
            (
                "Rumah Tahanan Negara Waingapu Kelas IIB",
                "Rumah Tahanan Negara Kelas IIB Waingapu",
            )
        ],
    ),
    # W32: a short form's full form, begun right and then worded wrong.
    (
        "W32",
        "Pemeriksaan badan adalah prosedur standar (Protap) setiap kunjungan.",
        [("prosedur standar", "prosedur tetap")],
    ),
    (
        "W32",
        "Rapat Tim Pengawas Orang Asing (Timpora) digelar di aula.",
        [("Tim Pengawas Orang Asing", "Tim Pengawasan Orang Asing")],
    ),
    (
        "W32",
        "Pegawai mengikuti bimbingan teknik (Bimtek) penyusunan laporan.",
        [("bimbingan teknik", "bimbingan teknis")],
    ),
    # A9: 'hari ini' beside a dated weekday.
    (
        "A9",
        "Rapat evaluasi digelar hari ini, Kamis (4/7/2024), di aula.",
        [("hari ini, Kamis", "Kamis")],
    ),
    ("A9", "Hari ini Jumat (5/7/2024) petugas berolahraga.", [("Hari ini Jumat", "Jumat")]),
    # W13: two words for one.
    (
        "W13",
        "Kegiatan itu sekaligus juga mempererat silaturahmi.",
        [("sekaligus juga", "sekaligus")],
    ),
    (
        "W13",
        "Masih ada warga binaan yang masih belum menerima remisi.",
        [
            (
                "Masih ada warga binaan yang masih belum",
                "Masih ada warga binaan yang belum",
            )
        ],
    ),
    (
        "W13",
        "Bantuan diberikan kepada kurang lebih sekitar 30 keluarga.",
        [("kurang lebih sekitar", "sekitar")],
    ),
    (
        "W13",
        "Warga binaan saling menyapa satu sama lain.",
        [("saling menyapa satu sama lain", "saling menyapa")],
    ),
    (
        "W13",
        "Pelatihan meliputi antara lain seperti menjahit dan memasak.",
        [("antara lain seperti", "antara lain")],
    ),
    (
        "W13",
        "Setiap masing-masing peserta menerima sertifikat.",
        [("Setiap masing-masing", "Setiap")],
    ),
    # W13: a spoken acronym beside a word of its own full form.
    ("W13", "Kakanwil membuka rapat Rakor di aula.", [("rapat Rakor", "Rakor")]),
    ("W13", "Tim menindaklanjuti hasil monev evaluasi tahun lalu.", [("monev evaluasi", "monev")]),
]

RESPECTS = [
    # W30: a single noun after the quantifier; a reduplicated plural alone; a doubled word
    # that is a word of its own, not a plural; a doubled adverb.
    ("W30", "Berbagai program pembinaan digelar. Program-program itu berjalan baik."),
    ("W30", "DPR membahas beberapa undang-undang baru bersama pemerintah."),
    ("W30", "Petugas menangkap beberapa mata-mata asing. Banyak kupu-kupu di taman lapas."),
    ("W30", "Warga binaan tidak banyak diam-diam; sejumlah rata-rata nilai naik."),
    ("W30", "Beberapa orang pagi-pagi sudah antre; banyak orang sendiri-sendiri datang."),
    # W31: one count; a relative clause of its own.
    ("W31", "Saat ini jumlah tahanan 120 orang. Peserta berjumlah 45 orang."),
    ("W31", "Jumlah peserta yang hadir berjumlah 45 orang."),
    ("W31", "Kegiatan ini bertujuan melatih keterampilan. Tujuannya agar mereka mandiri."),
    ("W31", "Petugas mendata tempat asal WNA yang bertempat tinggal di Kupang."),
    ("W31", "Tempat WNA itu bertempat tinggal sudah didatangi petugas."),
    # W32: the class first; a word that names the office's kind, not its place.
    ("W32", "Lapas Kelas IIA Sumbawa Besar menggelar upacara."),
    ("W32", "Lapas Perempuan Kelas IIA Kupang dan Rumah Tahanan Negara Kelas I Depok hadir."),
    ("W32", "Lapas Pemuda Kelas IIA Tangerang dan Lapas Narkotika Kelas IIA Jakarta hadir."),
    # W32: a full form as fixed, one of its variants, or a shorter wording of one's own.
    ("W32", "Pemeriksaan badan adalah prosedur tetap (protap) setiap kunjungan."),
    ("W32", "Rumah Tahanan Negara (Rutan) dan Rumah Tahanan (Rutan) Kupang hadir."),
    ("W32", "Kalapas menyapa Warga Binaan (WBP) dan Tim Pora (Timpora) di aula."),
    ("W32", "Nelayan berkumpul di Tempat Pelelangan Ikan (TPI) Oeba, Kupang."),
    # A9: the weekday and its date alone; 'hari ini' with no date; a speaker's words.
    ("A9", "Rapat evaluasi digelar Kamis (4/7/2024) di aula."),
    ("A9", "Rapat hari ini menjadi penting bagi semua peserta."),
    ("A9", "“Kami hadir hari ini, Kamis (4/7/2024), untuk berbagi,” ujarnya."),
    # W13: one word for one thing.
    ("W13", "Kegiatan itu sekaligus mempererat silaturahmi. Kami juga hadir."),
    ("W13", "Masih ada warga binaan yang belum menerima remisi. Ia masih belajar."),
    ("W13", "Bantuan diberikan kepada sekitar 30 keluarga, kurang lebih 100 jiwa."),
    ("W13", "Rapat Koordinasi (Rakor) digelar di aula. Kegiatan rakor berjalan lancar."),
    ("W13", "Warga binaan saling menyapa. Mereka mengenal satu sama lain."),
    ("W13", "Pelatihan meliputi, antara lain, menjahit dan memasak. Setiap peserta hadir."),
]


@pytest.mark.parametrize(("rule", "body", "expected"), BREAKS)
def test_breaking_text_is_found_with_its_fix(rule, body, expected):
    assert found(_HEAD + body + "\n", rule) == expected


@pytest.mark.parametrize(("rule", "body"), RESPECTS)
def test_respecting_text_is_left_alone(rule, body):
    assert found(_HEAD + body + "\n", rule) == []


def test_a_plural_after_para_is_one_finding_not_two():
    """W13 used to report 'para ibu-ibu' too: the doubled plural is W30's error alone."""
    text = _HEAD + "Para ibu-ibu PKK hadir.\n"
    assert found(text, "W30") == [("Para ibu-ibu", "Para ibu")]
    assert found(text, "W13") == []


def test_hari_ini_in_the_lead_is_found_after_the_dateline():
    text = (
        "Judul Berita Kegiatan Lapas\nKupang - Lapas menggelar apel hari ini, Senin (1/7/2024).\n"
    )
    assert found(text, "A9") == [("hari ini, Senin", "Senin")]
