"""Round 8 of issue 13, capitals: a regulation cited by kind, number and year is a name (K31),
a place's kind or a form of address before a name is part of it (K32), a word that names no
one is lowercase (K33: a kind before 'lainnya', 'hari' before a weekday, 'bulan' before a
month, 'Seperti' after a comma), a ceremony's role after 'sebagai' (K26), a kind of people as
a clause's subject after a comma (K3) and acronyms joined by a hyphen (K9). Each class with
texts of our own that break the rule and texts that respect it (none copied from a corpus)."""

from __future__ import annotations

import pytest
from checkhelp import found

from kabar_desktop.check import check_text

_TITLE = "Lapas Sumenep Gelar Penyuluhan Hukum bagi Warga Binaan\n"
_LEAD = "Sumenep - Lapas Sumenep menggelar penyuluhan hukum, Selasa (3/9/2024).\n"

BREAKS = [
    # A regulation's kind, 'Nomor' and 'Tahun' in lowercase; short kinds too.
    (
        "K31",
        _TITLE + _LEAD + "Materi merujuk pada permenkumham nomor 3 tahun 2018 yang baru.",
        [("permenkumham nomor 3 tahun", "Permenkumham Nomor 3 Tahun")],
    ),
    (
        "K31",
        _TITLE + _LEAD + "Narasumber menjelaskan isi uu nomor 22 tahun 2022 kepada peserta.",
        [("uu nomor 22 tahun", "UU Nomor 22 Tahun")],
    ),
    # A lowercase word of the issuer, and a comma before the title's 'tentang': each run of
    # wrong words is its own finding.
    (
        "K31",
        _TITLE
        + _LEAD
        + "Dasarnya keputusan Direktur Jenderal pemasyarakatan No. 12 tahun 2023, tentang"
        " Tim Penyuluh.",
        [
            ("keputusan", "Keputusan"),
            ("pemasyarakatan", "Pemasyarakatan"),
            ("tahun 2023, tentang", "Tahun 2023 tentang"),
        ],
    ),
    (
        "K31",
        _TITLE
        + _LEAD
        + "Ini diatur Peraturan Menteri Hukum dan HAM Nomor 7 Tahun 2022, tentang Remisi.",
        [("Tahun 2022, tentang", "Tahun 2022 tentang")],
    ),
    # A long issuer, and 'No.' written close to its number.
    (
        "K31",
        _TITLE
        + _LEAD
        + "Dasarnya keputusan menteri hukum dan hak asasi manusia nomor 2 tahun 2019.",
        [
            (
                "keputusan menteri hukum dan hak asasi manusia nomor 2 tahun",
                "Keputusan Menteri Hukum dan Hak Asasi Manusia Nomor 2 Tahun",
            )
        ],
    ),
    (
        "K31",
        _TITLE + _LEAD + "Remisi diatur dalam PP No.99 tahun 2012 tentang Remisi.",
        [("tahun", "Tahun")],
    ),
    # A word of the title after 'tentang' left in lowercase between capitalised ones.
    (
        "K31",
        _TITLE
        + _LEAD
        + "Petugas membahas PP Nomor 99 Tahun 2012 tentang Syarat dan Tata cara Pelaksanaan Hak.",
        [("cara", "Cara")],
    ),
    # A building's or a ground's kind before its own name.
    (
        "K32",
        _TITLE + _LEAD + "Kegiatan berlanjut dengan senam di lapangan Pajagalan Indah.",
        [("lapangan Pajagalan", "Lapangan Pajagalan")],
    ),
    (
        "K32",
        _TITLE + _LEAD + "Peserta lalu berjalan kaki ke taman Sumekar yang ada di pusat kota.",
        [("taman Sumekar", "Taman Sumekar")],
    ),
    (
        "K32",
        _TITLE + _LEAD + "Rombongan tiba dari stasiun Gubeng pada pagi hari.",
        [("stasiun Gubeng", "Stasiun Gubeng")],
    ),
    # 'bapak', 'ibu' referring to the person titled or named after them.
    (
        "K32",
        _TITLE + _LEAD + "Sesuai arahan bapak Gubernur, penyuluhan digelar tiap bulan.",
        [("bapak", "Bapak")],
    ),
    (
        "K32",
        _TITLE + _LEAD + "Materi dibawakan oleh ibu Sulastri dari kejaksaan.",
        [("ibu", "Ibu")],
    ),
    # A kind of people before 'lainnya'.
    (
        "K33",
        _TITLE + _LEAD + "Hadir pula camat, kepala desa serta Tokoh Masyarakat lainnya.",
        [("Tokoh Masyarakat", "tokoh masyarakat")],
    ),
    (
        "K33",
        _TITLE + _LEAD + "Kalapas didampingi para kepala seksi dan Pejabat Struktural lainnya.",
        [("Pejabat Struktural", "pejabat struktural")],
    ),
    # 'hari' before a weekday, 'bulan' before a month.
    (
        "K33",
        _TITLE + _LEAD + "Penyuluhan digelar setiap Hari Kamis di aula.",
        [("Hari", "hari")],
    ),
    (
        "K33",
        _TITLE + _LEAD + "Kegiatan serupa akan diulang pada Bulan Oktober mendatang.",
        [("Bulan", "bulan")],
    ),
    # A word that brings in examples after a comma, capitalised before a name.
    (
        "K33",
        _TITLE + _LEAD + "Materi mencakup hak warga binaan, Seperti Remisi dan Asimilasi.",
        [("Seperti", "seperti")],
    ),
    # A role after 'sebagai' whose second word names an event or a group, not an office.
    (
        "K26",
        _TITLE + _LEAD + "Kasi Binadik bertindak sebagai Pembina Apel pagi itu.",
        [("Pembina Apel", "pembina apel")],
    ),
    (
        "K26",
        _TITLE + _LEAD + "Seorang warga binaan bertugas sebagai Pembaca Doa.",
        [("Pembaca Doa", "pembaca doa")],
    ),
    (
        "K26",
        _TITLE + _LEAD + "Wakil bupati hadir sebagai Kepala Daerah yang menaungi lapas.",
        [("Kepala Daerah", "kepala daerah")],
    ),
    # A kind of people after a comma, as the clause's subject, is no item of a list of names.
    (
        "K3",
        _TITLE + _LEAD + "Sebagai bagian dari UPT, Petugas wajib memakai seragam lengkap.",
        [("Petugas", "petugas")],
    ),
    # Acronyms joined by a hyphen keep each one's form.
    (
        "K9",
        _TITLE + _LEAD + "Pengamanan dibantu personel TNI-POLRI setempat.",
        [("TNI-POLRI", "TNI-Polri")],
    ),
]

RESPECTS = [
    # A regulation's name written right, with or without its title.
    ("K31", _TITLE + _LEAD + "Materi merujuk pada Permenkumham Nomor 3 Tahun 2018 tentang Remisi."),
    ("K31", _TITLE + _LEAD + "Narasumber menjelaskan UU No. 22 Tahun 2022 kepada peserta."),
    # A number that cites no regulation: a room, a cell block, a ranking.
    ("K31", _TITLE + _LEAD + "Peserta berkumpul di ruang nomor 4 sejak pagi."),
    ("K31", _TITLE + _LEAD + "Keputusan itu diambil setelah rapat nomor dua selesai."),
    # A clause between the kind and the number is no issuer.
    ("K31", _TITLE + _LEAD + "Aturan sesuai peraturan yang berlaku nomor urut peserta."),
    # A title that ended without its comma: the next words are the sentence's.
    (
        "K31",
        _TITLE + _LEAD + "Sejak UU No. 12 Tahun 1995 tentang Pemasyarakatan istilah Bispa hilang.",
    ),
    # A title's words after 'tentang' already capitalised; a short form kept in capitals.
    (
        "K31",
        _TITLE
        + _LEAD
        + "Petugas membahas PP Nomor 99 Tahun 2012 tentang Pengetatan Remisi bagi Napi.",
    ),
    # The kind of a place before an office, an acronym, a common word or a town.
    ("K32", _TITLE + _LEAD + "Senam digelar di lapangan Lapas sejak pukul 07.00 WIB."),
    ("K32", _TITLE + _LEAD + "Warga binaan bermain di lapangan Tenis milik pemkab."),
    ("K32", _TITLE + _LEAD + "Rapat digelar di gedung DPRD bersama anggota dewan."),
    ("K32", _TITLE + _LEAD + "Petugas membeli bahan makanan di pasar Sumenep pagi itu."),
    ("K32", _TITLE + _LEAD + "Rombongan tiba di Lapangan Pajagalan Indah."),
    # A name the dictionary also holds as a word: too unsure to tell.
    ("K32", _TITLE + _LEAD + "Rombongan berfoto di taman Bunga yang baru dibuka."),
    # 'bapak', 'ibu' as common nouns: doubled, before a lowercase word, in a compound.
    ("K32", _TITLE + _LEAD + "Penyuluhan diikuti bapak-bapak dan ibu-ibu warga binaan."),
    ("K32", _TITLE + _LEAD + "Sebagian peserta adalah ibu rumah tangga dari desa sekitar."),
    ("K32", _TITLE + _LEAD + "Pejabat dari ibu Kota Nusantara ikut hadir."),
    # 'lainnya' after an office's short form, a name, or lowercase words.
    ("K33", _TITLE + _LEAD + "Hadir perwakilan Kanwil, Rutan, dan UPT lainnya."),
    ("K33", _TITLE + _LEAD + "Hadir pula camat, kepala desa serta tokoh masyarakat lainnya."),
    ("K33", _TITLE + _LEAD + "Budi Santoso bersama Sutrisno dan Wardoyo lainnya."),
    # A day's own name, and 'Hari' opening a sentence.
    ("K33", _TITLE + _LEAD + "Penyuluhan ini memperingati Hari Bhayangkara ke-78."),
    ("K33", _TITLE + _LEAD + "Hari Kamis pekan depan penyuluhan dilanjutkan."),
    ("K33", _TITLE + _LEAD + "Penyuluhan digelar setiap hari Kamis di aula."),
    # 'Seperti' opening a sentence; 'seperti' in lowercase.
    ("K33", _TITLE + _LEAD + "Seperti tahun lalu, penyuluhan digelar di aula."),
    ("K33", _TITLE + _LEAD + "Materi mencakup hak warga binaan, seperti Remisi dan Asimilasi."),
    # A role followed by an office's name keeps its capitals.
    ("K26", _TITLE + _LEAD + "Ia hadir selaku Kepala Lapas Sumenep."),
    ("K26", _TITLE + _LEAD + "Ia hadir sebagai Ketua Tim Pengawasan Orang Asing."),
    # Names of rooms in a list keep their capitals.
    ("K3", _TITLE + _LEAD + "Tim memeriksa Ruang Besuk, Dapur, dan Klinik."),
    # Acronyms joined in their standard forms; a doubled acronym.
    ("K9", _TITLE + _LEAD + "Pengamanan dibantu personel TNI-Polri setempat."),
    ("K9", _TITLE + _LEAD + "Penyuluhan juga digelar di KUA-KUA kecamatan."),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert found(text, rule) == []


def test_a_lowercase_regulation_gets_one_finding():
    # K10 reads 'peraturan bupati nomor …' itself: K31 does not report it again.
    text = _TITLE + _LEAD + "Dasarnya peraturan bupati nomor 44 tahun 2021 soal pembinaan."
    rules = [f.rule for f in check_text(text) if f.rule in ("K10", "K31")]
    assert "K10" in rules and "K31" not in rules


def test_a_regulation_with_a_lowercase_half_gets_one_fix_not_two_that_disagree():
    # K24 would lowercase 'Undang-undang' while K31 capitalises its second half: only K31 speaks.
    text = _TITLE + _LEAD + "Acara sesuai Undang-undang nomor 22 tahun 2022 tentang Pemasyarakatan."
    fixes = {f.rule: f.suggestion for f in check_text(text) if f.text.startswith("Undang")}
    assert "K24" not in fixes
    assert fixes["K31"].startswith("Undang-Undang Nomor 22 Tahun")
