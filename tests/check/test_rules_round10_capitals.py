"""Round 10 of issue 13, capitals: ordinary words capitalised in mid-sentence (K24, a run of
two or three of them too, words Kabar's own list holds, a plain word after a comma), positions
used as a class (K2: counted, or heads of kinds of unit side by side), a full reduplication in
a title (K5); and the capitals that are the writer's right: a term of the law in its title
case (K24, K19), a statute's defined word quoted after 'bahwa' (K24), the word after a colon
in a title (K5). Each class with texts of our own that break the rule and texts that respect
it (none copied from a corpus)."""

from __future__ import annotations

import pytest
from checkhelp import found

_TITLE = "Lapas Sragen Gelar Pelatihan Menjahit bagi Warga Binaan\n"
_LEAD = "Sragen - Lapas Sragen menggelar pelatihan menjahit, Senin (3/6/2024).\n"
_BODY = _LEAD

BREAKS = [
    # Two or three plain words capitalised together, lowercase words on both sides.
    (
        "K24",
        _TITLE + _LEAD + "Pelatihan ini wujud perhatian terhadap Masa Depan warga binaan.",
        [("Masa Depan", "masa depan")],
    ),
    (
        "K24",
        _TITLE + _LEAD + "Pembinaan bertujuan Pemulihan Kembali hubungan dengan keluarga.",
        [("Pemulihan Kembali", "pemulihan kembali")],
    ),
    # A word Kabar's own list holds is no name for that: 'Koordinasi' between lowercase words.
    (
        "K24",
        _TITLE + _LEAD + "Sebelumnya Kalapas melakukan Koordinasi dengan dinas tenaga kerja.",
        [("Koordinasi", "koordinasi")],
    ),
    # After a comma in mid-sentence no sentence starts.
    (
        "K24",
        _TITLE + _LEAD + "Usai pengarahan dari kalapas, Pelatihan hari itu diikuti 30 orang.",
        [("Pelatihan", "pelatihan")],
    ),
    # Positions counted: every holder, lowercase.
    (
        "K2",
        _TITLE + _LEAD + "Acara penutupan dihadiri 25 Kepala Desa dari dua kecamatan.",
        [("Kepala Desa", "kepala desa")],
    ),
    (
        "K2",
        _TITLE + _LEAD + "Undangan dikirim kepada 12 Camat/Kepala Desa di wilayah itu.",
        [("Camat/Kepala Desa", "camat/kepala desa")],
    ),
    # Heads of kinds of unit side by side, no unit's name after them.
    (
        "K2",
        _TITLE + _LEAD + "Saran datang dari Kepala Bidang serta Kepala Seksi yang hadir.",
        [("Kepala Bidang serta Kepala Seksi", "kepala bidang serta kepala seksi")],
    ),
    # A full reduplication in a title: both halves capitalised.
    (
        "K5",
        "Petugas Periksa Kamar-kamar Hunian Lapas Sragen\n" + _BODY,
        [("Kamar-kamar", "Kamar-Kamar")],
    ),
]

RESPECTS = [
    # A term of the law in its title case keeps the statute's capitals.
    (
        "K24",
        _TITLE + _LEAD + "Bapas mendampingi Anak yang Berhadapan dengan Hukum selama sidang.",
    ),
    (
        "K19",
        _TITLE + _LEAD + "Bapas mendampingi Anak yang Berhadapan dengan Hukum selama sidang.",
    ),
    # A defined word quoted from an article of law after 'bahwa'.
    (
        "K24",
        _TITLE
        + _LEAD
        + "Dalam Pasal 1 angka 3 disebutkan bahwa Pembinaan adalah kegiatan yang terencana.",
    ),
    # A capitalised word before a number names a numbered one.
    ("K24", _TITLE + _LEAD + "Dasarnya undang-undang Nomor 22 Tahun 2022 tentang pemasyarakatan."),
    # A run that opens with a body's word, or ends with a post's rank, is a name.
    ("K24", _TITLE + _LEAD + "Pelatih berasal dari Balai Latihan milik pemerintah kabupaten."),
    ("K24", _TITLE + _LEAD + "Ia kini menjabat Penyuluh Muda pada kantor kementerian."),
    # A run after a word that a place's or a person's name follows, or a place's first word.
    ("K24", _TITLE + _LEAD + "Rombongan tiba di Tanah Abang pukul 10.00 WIB."),
    ("K24", _TITLE + _LEAD + "Bantuan juga dikirim untuk warga Batu Ampar yang terdampak."),
    ("K24", _TITLE + _LEAD + "Ia hadir bersama istri Bunga Citra dan dua anaknya."),
    # A run a name continues across 'dan', and one the text writes in a longer name.
    ("K24", _TITLE + _LEAD + "Hadir petugas Seksi Pembinaan dan Keamanan dari lapas."),
    (
        "K24",
        _TITLE + _LEAD + "Program Masa Depan Cerah dimulai. Kegiatan demi Masa Depan warga dibuka.",
    ),
    # After a comma, a name may open the clause: a verb follows it.
    ("K24", _TITLE + _LEAD + "Saat menutup acara, Mentari menyampaikan terima kasih."),
    # After a comma, the items of a body's name go on across 'dan'.
    ("K24", _TITLE + _LEAD + "Hadir pula Dinas Pangan, Pertanian dan Perikanan Kota Sragen."),
    # A position before a name or with its unit's name is one holder's title.
    ("K2", _TITLE + _LEAD + "Hadir Kepala Bidang Pembinaan dan Kepala Seksi Kegiatan Kerja."),
    ("K2", _TITLE + _LEAD + "Pada 2024 Kepala Desa Sidoharjo, Budi, membuka acara."),
    ("K2", _TITLE + _LEAD + "Sejak 2023 Kepala Seksi menyusun jadwal pelatihan."),
    # In a title, the word after a colon starts a new part; both halves already capitalised.
    ("K5", "Kalapas Sragen: Agar Warga Binaan Punya Keterampilan\n" + _BODY),
    ("K5", "Petugas Periksa Kamar-Kamar Hunian Lapas Sragen\n" + _BODY),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert found(text, rule) == []
