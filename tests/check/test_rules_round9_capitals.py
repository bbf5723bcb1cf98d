"""Round 9 of issue 13, capitals: an acronym read as a common word is lowercase (K9:
'PUNGLI' → 'pungli'), a level of schooling named by a letter is capitalised (K32: 'paket A' →
'Paket A'), a religion's feast after 'hari raya' is a holiday's name (K8), and K3 reads a
kind of doer after 'para' ('para Pencari'), a kind of people after a genre pair and 'dan'
('Warga Binaan dan Pegawai Lapas'), and keeps a programme's counted days ('100 Hari Kerja').
Each class with texts of our own that break the rule and texts that respect it (none copied
from a corpus)."""

from __future__ import annotations

import pytest
from checkhelp import found

_TITLE = "Rutan Sampang Gelar Pembinaan bagi Warga Binaan\n"
_LEAD = "Sampang - Rutan Sampang menggelar pembinaan rohani, Rabu (4/6/2025).\n"

BREAKS = [
    # Acronyms of common nouns in capitals mid-sentence.
    (
        "K9",
        _TITLE + _LEAD + "Petugas diminta menjauhi PUNGLI dan melawan NARKOBA di rutan.",
        [("PUNGLI", "pungli"), ("NARKOBA", "narkoba")],
    ),
    (
        "K9",
        _TITLE + _LEAD + "Penyuluhan juga membahas pencegahan CURANMOR di kampung.",
        [("CURANMOR", "curanmor")],
    ),
    # A level of schooling named by a letter.
    (
        "K32",
        _TITLE + _LEAD + "Warga binaan dapat mengikuti ujian paket B dan paket C tahun ini.",
        [("paket", "Paket"), ("paket", "Paket")],
    ),
    # A religion's feast after 'hari raya'.
    (
        "K8",
        _TITLE + _LEAD + "Jam besuk ditambah menjelang hari raya Waisak dan hari Raya Natal.",
        [("hari raya Waisak", "Hari Raya Waisak"), ("hari Raya Natal", "Hari Raya Natal")],
    ),
    # A doer's noun with pe(N)- after 'para'.
    (
        "K3",
        _TITLE + _LEAD + "Rutan melayani para Pemohon dengan ramah setiap hari.",
        [("Pemohon", "pemohon")],
    ),
    # A kind of people after a genre pair and 'dan', before an office's short form.
    (
        "K3",
        _TITLE + _LEAD + "Karutan mengajak Warga Binaan dan Pegawai Rutan Sampang berolahraga.",
        [("Warga Binaan", "warga binaan"), ("Pegawai", "pegawai")],
    ),
]

RESPECTS = [
    # A slogan in capitals, an acronym closing a body's name, the word in lowercase.
    ("K9", _TITLE + _LEAD + "Spanduk bertuliskan STOP PUNGLI dipasang di pintu."),
    ("K9", _TITLE + _LEAD + "Materi disampaikan anggota Tim Saber PUNGLI kabupaten."),
    ("K9", _TITLE + _LEAD + "Petugas diminta menjauhi pungli dan narkoba."),
    # A level already capitalised; 'paket' before no letter.
    ("K32", _TITLE + _LEAD + "Ujian Paket A digelar di aula rutan."),
    ("K32", _TITLE + _LEAD + "Rutan menerima paket makanan dari keluarga."),
    ("K32", _TITLE + _LEAD + "Petugas memeriksa paket A-12 milik pengunjung."),
    # 'hari raya' alone is a common noun; a holiday already capitalised.
    ("K8", _TITLE + _LEAD + "Menjelang hari raya, jam besuk ditambah."),
    ("K8", _TITLE + _LEAD + "Jam besuk ditambah menjelang Hari Raya Nyepi."),
    # A programme's counted days; 'para' before a position with its office.
    ("K3", _TITLE + _LEAD + "Kegiatan ini mendukung program 100 Hari Kerja Gubernur Jawa Timur."),
    ("K3", _TITLE + _LEAD + "Rapat diikuti para Kepala Rutan se-Madura."),
    # A position's short form, its unit in lowercase and an office: one person's post.
    ("K26", _TITLE + _LEAD + "Pesan itu disampaikan pejabat selaku Kasubbag tu Rutan Sampang."),
    # A unit's name across 'dan' before a preposition of place keeps its capitals.
    ("K3", _TITLE + _LEAD + "Ia menemui Kepala Bidang Pelayanan dan Pembinaan di Kanwil."),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert found(text, rule) == []
