"""Misses of heldout24's first score (session fourteen), fixed after the score was taken: S3
reads a sentence's first word ('Terihat') and a syllable typed twice in a form the affix rules
still read ('tahananannya'); S1 finds a capitalised word a letter short of a frequent one
('Kebesihan') and a short form written in capitals elsewhere in the article ('Apri' beside
'APRI'); W8 reads an ordinal with a spaced en dash ('ke – 68'); P9 reads a space before a full
stop after a quote mark, a slash spaced on both sides and a number glued to the next word
('2021tentang'); P11 asks 'Dr.' before a name; K9 knows 'Pokjawas'; K3 lowers a level after a
word of scale ('level Kabupaten hingga Kecamatan'), 'Kantor Imigrasi terdekat' and a common
noun in an opening phrase before the clause's capital ('Selama Pandemi, Kantor …'); P18 reads
'yaitu'/'yakni' before a capitalised word. Texts of our own that break the rule and texts
that respect it (none copied from a corpus or a probe)."""

from __future__ import annotations

import pytest
from checkhelp import found

from kabar_desktop.check import check_text

_TITLE = "Rutan Pati Gelar Pelatihan Menjahit\n"
_LEAD = "Pati - Rutan Kelas IIB Pati menggelar pelatihan menjahit, Senin (3/3/2025).\n"
_BODY = _TITLE + _LEAD

BREAKS = [
    (
        "S3",
        _BODY + "Terihat dalam kegiatan ini para peserta sangat antusias.",
        [("Terihat", "Terlihat")],
    ),
    (
        "S3",
        _BODY + "Warga binaan yang tahananannya masih panjang ikut berlatih.",
        [("tahananannya", "tahanannya")],
    ),
    (
        "S1",
        _BODY + "Peserta juga diajari dasar Kebesihan sederhana oleh instruktur.",
        [("Kebesihan", "Kebersihan")],
    ),
    (  # session 20: baku.tsv holds 'kontruksi' (W6), whatever its case
        "W6",
        _BODY + "Peserta juga diajari dasar Kontruksi sederhana oleh instruktur.",
        [("Kontruksi", "Konstruksi")],
    ),
    (
        "S1",
        _BODY + "Hadir Ketua APRI Kabupaten Pati dan para pengurus Apri lainnya.",
        [("Apri", "APRI")],
    ),
    (
        "W8",
        _BODY + "Kegiatan itu memperingati Hari Bhakti ke – 61 tahun ini.",
        [("ke – 61", "ke-61")],
    ),
    ("P9", _BODY + 'Kegiatan itu disebut "kelas menjahit" . Peserta hadir.', [(" .", ".")]),
    ("P9", _BODY + "Peserta dapat memilih menjahit / membordir kain.", [(" / ", "/")]),
    (
        "P9",
        _BODY + "Pelatihan mengacu pada Peraturan Nomor 5 Tahun 2023tentang pembinaan.",
        [("2023tentang", "2023 tentang")],
    ),
    ("P11", _BODY + "Materi disampaikan Dr Siti Aminah dari dinas tenaga kerja.", [("Dr", "Dr.")]),
    ("K9", _BODY + "Hadir pula Ketua POKJAWAS Kabupaten Pati di aula.", [("POKJAWAS", "Pokjawas")]),
    (
        "K3",
        _BODY + "Pesertanya mulai dari tingkat Kabupaten sampai Kecamatan di wilayah Pati.",
        [("Kabupaten", "kabupaten"), ("Kecamatan", "kecamatan")],
    ),
    (
        "K3",
        _BODY + "Pemohon paspor dapat mendatangi Kantor Imigrasi terdekat setiap hari kerja.",
        [("Kantor Imigrasi", "kantor imigrasi")],
    ),
    (
        "K3",
        _BODY + "Selama Pandemi, Rutan Kelas IIB Pati tetap menggelar pelatihan.",
        [("Pandemi", "pandemi")],
    ),
    # One name after 'yaitu'/'yakni' takes the comma too: the sets mark it 5 times of 6
    # ('wilayah kerjanya, yaitu Kabupaten Klaten'), which overturns the earlier reading of
    # it as a plain apposition (rounds 5, 14 and 17).
    (
        "P18",
        _BODY + "Peserta berasal dari kabupaten tetangga yakni Kudus.",
        [("tetangga yakni", "tetangga, yakni")],
    ),
    (
        "P18",
        _BODY + "Petugas menghadiri acara besar yaitu Pekan Raya Pati di alun-alun.",
        [("besar yaitu", "besar, yaitu")],
    ),
    (
        "P18",
        _BODY + "Pelatihan ini menghadirkan dua instruktur yakni Siti dan Rina dari Dinas.",
        [("instruktur yakni", "instruktur, yakni")],
    ),
]

RESPECTS = [
    # A name that is a word with no letter missing; a capitalised word no one shortens.
    ("S3", _BODY + "Tersedia pula mesin jahit baru untuk para peserta."),
    ("S1", _BODY + "Materi diberikan oleh Kartini dari Balai Latihan Kerja Pati."),
    # The short form written as a word: long, so read as a word ("Hiwada"), not an initialism.
    ("S1", _BODY + "Hadir Ketua HIWADA Pati dan anggota Hiwada lainnya."),
    ("W8", _BODY + "Kegiatan itu memperingati Hari Bhakti ke-61 tahun ini."),
    ("P9", _BODY + 'Kegiatan itu disebut "kelas menjahit". Peserta memilih menjahit/membordir.'),
    ("P9", _BODY + "Situs 2enam.com memuat berita ini, juga 90an orang peserta."),
    ("P11", _BODY + "Materi disampaikan Dr. Siti Aminah dari dinas tenaga kerja."),
    ("K3", _BODY + "Lomba tingkat Provinsi Jawa Tengah diikuti peserta dari Pati."),
    ("K3", _BODY + "Pemohon paspor dapat mendatangi Kantor Imigrasi setempat."),
    ("K3", _BODY + "Selain Pengadilan Negeri, Kejaksaan Negeri Pati juga hadir."),
    ("P18", _BODY + "Pelatihan ini menghadirkan dua instruktur, yakni Siti dan Rina."),
]


# Wrong findings of heldout24's adjudicated score: a place's name after its head ('Teluk
# Dalam'), KBBI's preposition 'lewat' in a title, a shortened first name ('Abd'), a bare
# credit after the last stop, the duty 'wajib lapor', KBBI's 'situs web', memper- on the noun
# 'perekat'.
RESPECTS += [
    ("K18", _BODY + "Warga binaan berasal dari Teluk Dalam dan Kampung Tengah."),
    ("K5", "Warga Binaan Belajar Menjahit lewat Video\n" + _LEAD + "Peserta hadir."),
    ("P11", _BODY + "Pelatihan dibuka Wakil Bupati Pati Abd Rauf di aula."),
    ("P4", _BODY + "Pelatihan berlangsung tiga hari. kartia"),
    ("S1", _BODY + "Pelatihan berlangsung tiga hari. kartia"),
    ("W34", _BODY + "Klien menjalani wajib lapor setiap bulan."),
    ("W9", _BODY + "Dinas membuat situs web untuk rutan."),
    ("S3", _BODY + "Kegiatan ini memperekat persaudaraan warga binaan."),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert found(text, rule) == []


def test_a_loan_spelled_the_foreign_way_is_reported_once():
    """'motto': S7 gives KBBI's spelling ('moto'); W9 on the same word would only say less."""
    text = _BODY + "Kegiatan ini mengusung motto kerja ikhlas."
    findings = [(f.rule, f.text, f.suggestion) for f in check_text(text) if f.text == "motto"]
    assert findings == [("S7", "motto", "moto")]
