"""K12–K17: the case of function words, pronouns, the office's common nouns, generic heads,
unit names and short forms. Each rule: texts that break it, texts that respect it."""

from __future__ import annotations

import pytest
from checkhelp import found

from kabar_desktop.check import check_text

_HEAD = "Judul Berita\nKupang - Kegiatan berjalan lancar.\n"  # a title and a lead first

BREAKS = [
    # K12: a function word inside a name or a theme's title in title case.
    (
        "K12",
        "Acara bertema “Sinergi Bersama Media Dalam Rangka Peningkatan Pelayanan” digelar.",
        [("Dalam", "dalam")],
    ),
    ("K12", "Hadir Kepala Kantor Wilayah Kementerian Hukum Dan HAM NTT.", [("Dan", "dan")]),
    (
        "K12",
        "Rudenim menggelar Sosialisasi Pencegahan Narkoba Bagi Petugas Baru.",
        [("Bagi", "bagi")],
    ),
    # K13: a first-person pronoun in mid-sentence, inside a quote too.
    ("K13", "Ia berkata “Vonis Saya belum turun” lalu pergi.", [("Saya", "saya")]),
    ("K13", "“Tugas Kita belum selesai,” ujarnya.", [("Kita", "kita")]),
    # K14: the office's common nouns written like names.
    (
        "K14",
        "Warga tidak didenda saat mengurus Paspor di Kantor Imigrasi Agam.",
        [("Paspor", "paspor")],
    ),
    (
        "K14",
        "Programnya cuti bersyarat (CB), Cuti Menjelang Bebas (CMB) dan Pembebasan Bersyarat (PB).",
        [
            ("Cuti Menjelang Bebas", "cuti menjelang bebas"),
            ("Pembebasan Bersyarat", "pembebasan bersyarat"),
        ],
    ),
    (
        "K14",
        "Data itu dipakai dalam penelitian Kemasyarakatan (litmas).",
        [
            ("penelitian Kemasyarakatan", "penelitian kemasyarakatan"),
        ],
    ),
    (
        "K14",
        "Penelitian Kemasyarakatan dilakukan di rutan.",
        [
            ("Penelitian Kemasyarakatan", "Penelitian kemasyarakatan"),
        ],
    ),
    ("K14", "“Kegiatan Litmas terdiri dari beberapa tahap,” ujarnya.", [("Litmas", "litmas")]),
    (
        "K14",
        "Ia meneliti 6(enam) Warga Binaan Rutan Kelas IIB Kudus.",
        [("Warga Binaan", "warga binaan")],
    ),
    (
        "K14",
        "Apel diisi oleh Pembimbing Kemasyarakatan yang bertugas.",
        [
            ("Pembimbing Kemasyarakatan", "pembimbing kemasyarakatan"),
        ],
    ),
    ("K14", "Tujuh orang tersangkut kasus Narkotika tahun ini.", [("Narkotika", "narkotika")]),
    (
        "K14",
        "Rapat melibatkan Polri, TNI dan Pemerintah setempat di aula.",
        [("Pemerintah setempat", "pemerintah setempat")],
    ),
    # K15: a generic head word before an event's or a place's name.
    ("K15", "Ia hadir dalam Kegiatan Rapat Koordinasi Bulanan Pemdes.", [("Kegiatan", "kegiatan")]),
    (
        "K15",
        "Data dipakai dalam Pelaksanaan Sidang TPP di bapas.",
        [("Pelaksanaan", "pelaksanaan")],
    ),
    ("K15", "Pengawasan dilakukan di Wilayah Kota Cilegon.", [("Wilayah", "wilayah")]),
    ("K15", "Di Dapur Lapas Permisan, rombongan memeriksa makanan.", [("Dapur", "dapur")]),
    ("K15", "Pemda bekerja keras dalam penanganan Pandemi Covid-19.", [("Pandemi", "pandemi")]),
    # K16: a lowercase content word inside a unit's name.
    (
        "K16",
        "Kemenag Kendal melalui Seksi bimbingan Masyarakat Islam menggelar rapat.",
        [("bimbingan", "Bimbingan")],
    ),
    (
        "K16",
        "Hadir Kasi Intelijen dan penindakan Keimigrasian Kantor Imigrasi Semarang.",
        [("penindakan", "Penindakan")],
    ),
    (
        "K16",
        "Kepala bagian Protokol dan Komunikasi Pimpinan Setda, Budi, hadir.",
        [("bagian", "Bagian")],
    ),
    # K17: two short forms written together with inner capitals.
    (
        "K17",
        "Hal itu ditegaskan KakanKemenag, Mahrus, saat itu.",
        [("KakanKemenag", "Kakankemenag")],
    ),
    (
        "K17",
        "Rapat digelar di aula KanwilKemenkumham.",
        [("KanwilKemenkumham", "Kanwil Kemenkumham")],
    ),
]

RESPECTS = [
    ("K12", "Sambutan Menteri Dalam Negeri dibacakan pagi itu."),
    ("K12", "Kita bersyukur kepada Tuhan Yang Maha Esa."),
    ("K12", "Acara bertema “Sinergi Bersama Media dalam Rangka Peningkatan Pelayanan” digelar."),
    ("K12", "Peringatan HUT Ke-80 RI berlangsung meriah."),
    ("K12", "Kapolres dan Dandim hadir. Dari Lapas hadir Kalapas."),
    ("K12", "Hadir pula Kapolres Ende Dan Satgas Yonif 742."),
    ("K13", "“Kami siap,” kata Budi. Ia berkata, “Saya siap.”"),
    ("K13", "Lagu Rumah Kita dinyanyikan. Silakan Anda datang."),
    ("K13", "Gerakan Kita Bisa digelar di lapas."),
    ("K14", "Kepala Seksi Pelayanan Tahanan dan Balai Pemasyarakatan Pati hadir."),
    ("K14", "Sesuai Undang-Undang Nomor 22 Tahun 2022 tentang Pemasyarakatan."),
    ("K14", "Tim Pengawasan Orang Asing (Timpora) rapat di kantor."),
    ("K14", "Kasi Lalu Lintas dan Izin Tinggal Keimigrasian hadir."),
    ("K14", "Layanan Paspor Simpatik dibuka. Ia mengurus Visa on Arrival."),
    ("K14", "Pemeriksaan dilakukan di ruang Pelayanan Tahanan."),
    ("K14", "Orang asing (Deteni) itu dipulangkan. Ia mengurus paspor."),
    ("K14", "Sambutan Pembimbing Kemasyarakatan Bapas Pati dibacakan."),
    ("K14", "Litmas dilakukan di rutan. Warga binaan hadir."),
    ("K14", "Ia bertugas di Lapas Narkotika Bangli dan Badan Narkotika Nasional."),
    ("K14", "Hadir Sekretaris Daerah mewakili Pemerintah Daerah Kabupaten Kupang."),
    ("K14", "Sebanyak 142 orang bebas karena program Asimilasi Rumah (Asrum)."),
    ("K14", "Rapat dipimpin Kepala Bidang (Kabid) Pelayanan dan Pembinaan, Leonard."),
    ("K14", "Hadir Kasi Intelijen dan Penindakan Keimigrasian Kantor Imigrasi Semarang."),
    ("K15", "Rapat digelar di Kantor Wilayah Kemenkumham NTT."),
    ("K15", "Lapas menuju Wilayah Bebas Korupsi dan ikut Kegiatan Belajar Mengajar."),
    ("K15", "Kegiatan Bakti Sosial digelar di desa."),
    ("K15", "Sesuai Peraturan tentang Penyelenggaraan Keimigrasian."),
    ("K15", "Ia memasak di Dapur Sehat Rutan Balige."),
    ("K16", "Kemenag Kendal melalui Seksi Bimbingan Masyarakat Islam menggelar rapat."),
    ("K16", "Bidang keamanan lapas diperkuat. Seksi itu Melayani warga."),
    ("K16", "Hadir Kasi Intelijen dan pegawai Kantor Imigrasi. Kepala bagian itu hadir."),
    ("K17", "Berita itu dimuat SwadayaNews pagi ini. Kakankemenag hadir."),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_breaking_text_is_found(rule, text, expected):
    assert found(_HEAD + text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_respecting_text_is_clean(rule, text):
    assert found(_HEAD + text, rule) == []


def test_a_headline_in_title_case_is_left_to_k5():
    text = "Rutan Gelar Sosialisasi Dalam Rangka HUT Bhakti\nKupang - Kegiatan berjalan."
    rules = ["K12", "K13", "K14", "K15", "K16", "K17"]
    assert check_text(text, rules=rules, strict=True) == []


def test_k3_and_k14_report_one_span_once():
    text = _HEAD + "Ia hadir menjadi Peserta pertama. Kegiatan Litmas dimulai."
    findings = check_text(text, rules=["K3", "K14"], strict=True)
    assert [(f.rule, f.text) for f in findings] == [("K3", "Peserta"), ("K14", "Litmas")]


def test_each_term_of_the_list_says_why():
    from kabar_desktop.check.rules.common_terms import TERMS

    assert all(
        term.islower() and kind in ("thing", "position") and why for term, kind, why in TERMS
    )
