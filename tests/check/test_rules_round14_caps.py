"""Round 14 of issue 13, capitals: a list's capitalised item beside lowercase items and a
reported clause's first word (K3, capital_contexts.py), kinds of remisi, conditional release and
community groups as common nouns (K14), a span of time pointed at by 'ini'/'lalu' (K33),
an office's class after its short form in brackets (K29), a regulation's short kind and
its bracketed short form (K31), many heads counted before a kind of unit (K2), 'MoU' (K9).
Each class with texts of our own that break the rule and texts that respect it (none
copied from a corpus)."""

from __future__ import annotations

import pytest
from checkhelp import found

_TITLE = "Rutan Wonogiri Gelar Pelatihan Berkebun\n"
_LEAD = "Wonogiri - Rutan Wonogiri menggelar pelatihan berkebun, Senin (2/3/2026).\n"
_BODY = _TITLE + _LEAD

BREAKS = [
    # A capitalised item of a list of lowercase common nouns.
    (
        "K3",
        _BODY + "Pendaftar membawa surat lamaran, kartu keluarga dan Ijazah.",
        [("Ijazah", "ijazah")],
    ),
    (
        "K3",
        _BODY + "Warga binaan belajar keterampilan menjahit, Anyaman, untuk dijual.",
        [("Anyaman", "anyaman")],
    ),
    (
        "K3",
        _BODY + "Materi meliputi ekonomi, Moderasi beragama, pencegahan narkoba, dan lainnya.",
        [("Moderasi beragama", "moderasi beragama")],
    ),
    # The next capitalised item after a reported one.
    (
        "K3",
        _BODY + "Warga binaan membuat sapu, Keset, Tikar, untuk dijual.",
        [("Keset", "keset"), ("Tikar", "tikar")],
    ),
    # A noun a demonstrative points back to.
    ("K3", _BODY + "Dalam Pertemuan itu, karutan memberi arahan.", [("Pertemuan", "pertemuan")]),
    # The reported clause after a speech verb goes on the sentence.
    (
        "K3",
        _BODY + "Karutan mengatakan, Diharapkan warga binaan terampil bertani.",
        [("Diharapkan", "diharapkan")],
    ),
    # A derived verb opening the clause before an acronym.
    (
        "K3",
        _BODY + "Karutan menjelaskan, Dilaksanakan MoU dengan dinas pertanian.",
        [("Dilaksanakan", "dilaksanakan")],
    ),
    # The yard of an office is no place's name.
    (
        "K3",
        _BODY + "Panen digelar di Halaman Rumah Tahanan Negara Wonogiri.",
        [("Halaman", "halaman")],
    ),
    (
        "K3",
        _BODY + "Kakanwil meninjau Area Pelayanan Rutan Wonogiri.",
        [("Area Pelayanan", "area pelayanan")],
    ),
    # Kinds of remisi, conditional release, community groups: common nouns.
    (
        "K14",
        _BODY + "Rutan memberikan Remisi Umum (RU) kepada 40 warga binaan.",
        [("Remisi Umum", "remisi umum")],
    ),
    (
        "K14",
        _BODY + "Rutan memberikan Remisi Umum 17 Agustus kepada 40 warga binaan.",
        [("Remisi Umum", "remisi umum")],
    ),
    (
        "K14",
        _BODY + "Karutan mengucapkan selamat Ulang Tahun kepada Kabupaten Wonogiri.",
        [("Ulang Tahun", "ulang tahun")],
    ),
    (
        "K14",
        _BODY + "Usai kegiatan Upacara, karutan memberi arahan.",
        [("Upacara", "upacara")],
    ),
    (
        "K14",
        _BODY + "Kakanwil melakukan Kunjungan Kerja ke Rutan Wonogiri.",
        [("Kunjungan Kerja", "kunjungan kerja")],
    ),
    (
        "K14",
        _BODY + "Klien yang menjalani Bebas Bersyarat wajib lapor.",
        [("Bebas Bersyarat", "bebas bersyarat")],
    ),
    (
        "K14",
        _BODY + "Rutan menggandeng 12 Kelompok Masyarakat di Wonogiri.",
        [("Kelompok Masyarakat", "kelompok masyarakat")],
    ),
    # A span of time pointed at names no day of the calendar.
    ("K33", _BODY + "Karutan berkata kegiatan Tahun lalu berjalan baik.", [("Tahun", "tahun")]),
    ("K33", _BODY + "Menurutnya, panen Minggu ini melimpah.", [("Minggu", "minggu")]),
    # An office's class in digits after its short form in brackets.
    (
        "K29",
        _BODY + "Kepala Balai Pemasyarakatan (Bapas) kelas 2 Wonogiri hadir.",
        [("kelas 2", "Kelas II")],
    ),
    # A regulation's name: its bracketed short form and a short kind.
    (
        "K31",
        _BODY + "Dasarnya Peraturan Menteri Agama (PMA) Nomor 3 tahun 2025 yang baru.",
        [("tahun", "Tahun")],
    ),
    ("K31", _BODY + "Dasarnya PMA No. 3 tahun 2025 yang baru.", [("tahun", "Tahun")]),
    # Many heads counted before a kind of unit: the head is every holder's.
    (
        "K2",
        _BODY + "Kakanwil menyapa 11 Kepala Unit Pelaksana Teknis se-Jawa Tengah.",
        [("Kepala", "kepala")],
    ),
    # A functional position no holder's name follows names a class of officials.
    (
        "K2",
        _BODY + "Klien menjadi tanggung jawab Bapas dan Pembimbing Kemasyarakatan.",
        [("Pembimbing Kemasyarakatan", "pembimbing kemasyarakatan")],
    ),
    (
        "K2",
        _BODY + "Rapat dihadiri seluruh Perancang Peraturan Perundang-undangan Kantor Wilayah.",
        [("Perancang Peraturan Perundang-undangan", "perancang peraturan perundang-undangan")],
    ),
    # Kinds of body or region joined by a slash, no name after them.
    (
        "K2",
        _BODY + "Program ini melibatkan tiap Kementerian/Lembaga di daerah.",
        [("Kementerian/Lembaga", "kementerian/lembaga")],
    ),
    # A memorandum of understanding keeps the lowercase 'o'.
    ("K9", _BODY + "Rutan dan dinas pertanian menandatangani MOU.", [("MOU", "MoU")]),
]

RESPECTS = [
    # A list of names and offices keeps its capitals.
    ("K3", _BODY + "Tim memeriksa dapur, Klinik Pratama, dan Masjid At-Taubah."),
    ("K3", _BODY + "Rombongan dipimpin Direktur Pengamanan dan Intelijen, Budi, kemarin."),
    ("K3", _BODY + "Tak hanya itu, Syahbandar serta Polres Wonogiri hadir."),
    # Names that are words of the dictionary, named again elsewhere.
    ("K3", _BODY + "Hadir warga binaan, Sari, dan Bayu. Kata Sari, panen melimpah."),
    ("K3", _BODY + "Hadir pula pegawai, Kepala Dinas Pertanian, dan Camat Selogiri."),
    # A place or an office a demonstrative points to keeps its capital.
    ("K3", _BODY + "Ia lahir di Bandung ini."),
    ("K3", _BODY + "Pelayanan pada Rutan ini semakin baik."),
    # A name after a speech verb keeps its capital, a plain word may be one.
    ("K3", _BODY + "Karutan mengatakan, Budi akan memimpin tim."),
    ("K3", _BODY + "Karutan menjelaskan, Rutan Wonogiri siap bertani."),
    # A yard named as a place of its own; a quoted word after a verb.
    ("K3", _BODY + "Panen digelar di Halaman Jaya, Wonogiri."),
    ("K3", "Panen Raya di Halaman Rutan Wonogiri\n" + _LEAD + "Panen berjalan lancar."),
    # A numbered remisi, a visit of a named holder, a community group's own name.
    ("K14", _BODY + "Kunjungan Kerja Menteri Hukum berlangsung lancar."),
    ("K14", _BODY + "Rutan memperingati Hari Ulang Tahun Kabupaten Wonogiri."),
    ("K14", _BODY + "Pegawai mengikuti Upacara Peringatan Hari Bhakti Pemasyarakatan."),
    ("K14", _BODY + "Sebanyak 20 orang menerima Remisi Khusus II tahun ini."),
    ("K14", _BODY + "Rutan menggandeng Kelompok Masyarakat Peduli Pemasyarakatan."),
    # A holiday's name and a title in title case.
    ("K33", _BODY + "Rutan memperingati Hari Bhakti Pemasyarakatan ini dengan doa."),
    ("K33", _BODY + "Pada Hari Ini Kami Panen, karutan memetik sayur."),
    ("K33", _BODY + "Panen berikutnya digelar pada hari Minggu ini."),
    # A school's class, an office's right class.
    ("K29", _BODY + "Anak itu duduk di kelas 2 SD Wonogiri."),
    ("K29", _BODY + "Kepala Balai Pemasyarakatan (Bapas) Kelas II Wonogiri hadir."),
    # A regulation written right.
    ("K31", _BODY + "Dasarnya Peraturan Menteri Agama (PMA) Nomor 3 Tahun 2025 yang baru."),
    # One head counted, or a head of a named office.
    ("K2", _BODY + "Hadir 1 Kepala Lapas dari Sragen."),
    ("K2", _BODY + "Kepala Unit Pelaksana Teknis Wonogiri, Budi, hadir."),
    ("K9", _BODY + "Rutan dan dinas pertanian menandatangani MoU."),
    ("K2", _BODY + "Warga Wonogiri menuju Desa/Kelurahan Sadar Hukum."),
    # A functional position with its holder, its short form, its grade, or in a body's name.
    ("K2", _BODY + "Pembimbing Kemasyarakatan Bapas Surakarta, Budi Santoso, hadir."),
    ("K2", _BODY + "Klien menemui Pembimbing Kemasyarakatan (PK) masing-masing."),
    ("K2", _BODY + "Ia dilantik sebagai Analis Hukum Ahli Muda di Wonogiri."),
    ("K2", _BODY + "Ikatan Pembimbing Kemasyarakatan Indonesia menggelar rapat."),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert found(text, rule) == []
