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
    # a bracket spaced the standard way
    ("P5", _BODY + "Kegiatan dibuka pada Senin (6/10/2025) pagi oleh Kepala Lapas (Kalapas)."),
    # a mixed-case word no list knows and the draft never writes otherwise: an outlet's name
    ("K34", _BODY + "Berita ini dikutip dari MDsnews."),
    # the social-security bodies' names already capitalised
    ("K10", _BODY + "Petugas menjadi peserta BPJS Ketenagakerjaan dan BPJS Kesehatan."),
    # a position's short form that ends a sentence before a new one
    ("P11", _BODY + "Laporan dibaca Kakanwil. Penandatanganan disaksikan Kasi. Ia hadir."),
    # a k-root's noun in -an, no bare verb; a service's name after its first capitalised word
    ("W34", _BODY + "Kalau ada info tumpukan sampah, petugas langsung datang."),
    ("W1", _BODY + "Lewat layanan Pandu Disana, warga lansia dilayani di rumah."),
    # roots the sets read as a noun or an adjective
    ("W34", _BODY + "Siswa itu meraih nilai tertinggi dan rumahnya sudah rusak parah."),
    ("W34", _BODY + "Petugas Disdukcapil langsung jemput bola ke sekolah-sekolah."),
    # KBBI words the list lacked
    ("S1", _BODY + "Sampah plastik sulit diurai, dan sistem autentikasi dipakai."),
    # a name led by its title after the office's place: P33's note now, no P6 warning; a
    # connector before its comma opens the sentence
    ("P6", _BODY + "Sertifikat diserahkan Pj Bupati Sorong H. Yosias Saflembolo di aula."),
    ("P6", _BODY + "Terlebih, Bupati Kukar Edi Damansyah meminta festival digelar."),
]

BREAKS = [
    # heldout41, heldout85, heldout318: a year's 'Tahun' after a lowercase word (36 of 40)
    ("K3", _BODY + "Hasil evaluasi pelaksanaan kegiatan Tahun 2022 dibahas.", "Tahun"),
    ("K3", _BODY + "Pelatihan menjahit Tahun 2025 ini berlangsung lima hari.", "Tahun"),
    # heldout166, heldout224: 'madrasah' as a common noun (18 of 20)
    ("K3", _BODY + "Ia menguraikan sejarah Madrasah sejak dahulu.", "Madrasah"),
    # heldout339, heldout163, heldout186: a word glued after a closing bracket (8 of 8)
    ("P5", _BODY + "Vaksin Human Papilloma Virus (HPV)sebagai upaya pencegahan.", ")"),
    # heldout343: a place's name with a second capital, written right elsewhere in the draft
    ("K34", _BODY + "Lapas Cilegon sehat. Warga binaan di Lapas CIlegon senang.", "CIlegon"),
    # heldout346, heldout88: 'BPJS ketenagakerjaan' (4 of 4); heldout342: 'Aids' (4 of 4)
    ("K10", _BODY + "Aparatur desa menjadi peserta BPJS ketenagakerjaan.", "ketenagakerjaan"),
    ("K9", _BODY + "Puskesmas memperingati Hari Aids Sedunia.", "Aids"),
    # heldout343, heldout99, heldout179: a position's short form with a period (9 of 10)
    ("P11", _BODY + "Kepala Seksi Bimbingan Narapidana (Kasi. Binadik) hadir.", "Kasi."),
    ("P11", _BODY + "Kakanwil diwakili oleh Kabag. TU, Habib Badaruddin.", "Kabag."),
    # a title's capitalised words are no name: heldout27's 'Remisi Dihari Kemerdekaan'
    ("W1", "Warga Binaan Dapat Remisi Dihari Kemerdekaan\n" + _LEAD, "Dihari"),
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


def test_a_word_after_a_closing_bracket_is_offered_a_space():
    text = _BODY + "Warga Kecamatan Polewali (Polman)menggelar operasi."
    assert (")", ") ") in found(text, "P5")


def test_a_footnotes_mark_before_its_word_is_left():
    text = _BODY + "Kegiatan berjalan lancar. *)Catatan redaksi."
    assert (")", ") ") not in found(text, "P5")
