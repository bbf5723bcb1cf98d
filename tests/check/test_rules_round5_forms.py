"""Round 5 of issue 13's word-form rules, from classes of error the third development set
showed: W10 leaves an acronym alone once the text defines it, K24 is silent in a line in
title case, W3 joins sub- to a unit's level in a name, W4 hyphenates an affix on an
initialism, W23 restores a lost -kan, W15 the meN- of a bare -kan verb after a word of
manner, W24 'Pun' opening a sentence, W25 a time conjunction said twice. Each rule: texts
that break it, texts that respect it (our own sentences)."""

from __future__ import annotations

import pytest
from checkhelp import found

_HEAD = "Judul Berita\nKupang - Kegiatan berjalan lancar.\n"  # a title and a lead first

BREAKS = [
    # W10: an office acronym nobody defined, and chat contractions, defined or not.
    ("W10", "Bidang Hukum menggelar rapim bersama camat.", [("rapim", "rapat pimpinan")]),
    (
        "W10",
        "Petugas memahami tusi masing-masing dalam pelayanan.",
        [("tusi", "tugas dan fungsi")],
    ),
    (
        "W10",
        "Sesudah Rapat Koordinasi (Rakor) itu, petugas yg hadir pulang.",
        [("yg", "yang")],
    ),
    ("W10", "Bupati melakukan kunker ke tiga desa.", [("kunker", "kunjungan kerja")]),
    ("W10", "Bapas menggelar giat penyuluhan hukum.", [("giat", "kegiatan")]),
    (
        "W10",
        "Tugas dan fungsi petugas jelas. Tusi itu dijalankan setiap hari.",
        [("Tusi", "Tugas dan fungsi")],
    ),
    ("W10", "Acara (tsb) dihadiri camat dan tsb berjalan lancar.", [("tsb", "tersebut")]),
    # K24: a common noun capitalised between lowercase words in running text.
    ("K24", "Para petugas menjaga lingkungan yang Bersih setiap hari.", [("Bersih", "bersih")]),
    # W3: the level of a unit in the ministries' organisation rules is one word.
    (
        "W3",
        "Hadir Kepala Sub Bagian Tata Usaha, Rina, dan Kepala Sub Seksi Registrasi.",
        [("Sub Bagian", "Subbagian"), ("Sub Seksi", "Subseksi")],
    ),
    ("W3", "Surat ditandatangani Kepala SUB BAGIAN UMUM.", [("SUB BAGIAN", "SUBBAGIAN")]),
    # W9: a lowercase foreign word beside a name is no part of it.
    (
        "W9",
        "Rapat membahas roadmap Kanwil untuk lima tahun.",
        [("roadmap", "peta jalan")],
    ),
    # W9: the English words of overcrowded prisons and immigration.
    (
        "W9",
        "Rutan itu overload sehingga tiga WNA overstay ditahan di rudenim.",
        [("overload", "kelebihan kapasitas"), ("overstay", None)],
    ),
    # W2: a loan in -si that takes meN- takes di- solid too.
    ("W2", "Obat itu aman di konsumsi warga binaan.", [("di konsumsi", "dikonsumsi")]),
    # W3: EYD V's bound forms anti-, purna-, manca- are solid too.
    (
        "W3",
        "Pegawai purna tugas ikut deklarasi anti narkoba bersama turis manca negara.",
        [
            ("purna tugas", "purnatugas"),
            ("anti narkoba", "antinarkoba"),
            ("manca negara", "mancanegara"),
        ],
    ),
    # W4: an affix on an initialism takes hyphens (EYD V: di-PHK-kan).
    ("W4", "Pegawai yang sudah di SK kan mulai bertugas.", [("di SK kan", "di-SK-kan")]),
    ("W4", "Tidak ada pegawai yang diPHKkan tahun ini.", [("diPHKkan", "di-PHK-kan")]),
    # W23: the root takes meN- only with -kan (the word list's flags).
    (
        "W23",
        "Panitia diminta menginformasi jadwal kepada sekolah.",
        [("menginformasi", "menginformasikan")],
    ),
    ("W23", "Kalapas menjelas bahwa pembinaan berjalan.", [("menjelas", "menjelaskan")]),
    # W15: a bare -kan verb after a word of manner lost its meN-.
    (
        "W15",
        "Warga binaan tetap bersemangat bersihkan blok hunian.",
        [("bersihkan", "membersihkan")],
    ),
    ("W15", "Petugas segera amankan barang terlarang itu.", [("amankan", "mengamankan")]),
    # W26: the names the laws give (UU 22/2022, UU 6/2011).
    (
        "W26",
        "Bapas membimbing klien kemasyarakatan setiap pekan.",
        [("kemasyarakatan", "pemasyarakatan")],
    ),
    (
        "W26",
        "Ketiganya dikenai Tindakan Administrasi Keimigrasian berupa deportasi.",
        [("Administrasi", "Administratif")],
    ),
    (
        "W26",
        "Ia mendapat Cuti Menjelang Bersyarat dari 12 pembimbing komunitas.",
        [("Bersyarat", "Bebas"), ("komunitas", "kemasyarakatan")],
    ),
    # W14: a subject and 'kepada' with no verb between.
    (
        "W14",
        "Rutan menggelar penyuluhan. Kegiatan ini kepada warga binaan baru.",
        [("Kegiatan ini kepada", None)],
    ),
    # W24: "Pun" does not open a sentence.
    ("W24", "Camat hadir. Pun demikian dengan para lurah.", [("Pun", None)]),
    # W25: one time conjunction per clause.
    (
        "W25",
        "Hal itu disampaikan Kalapas saat tim Kanwil saat melakukan kunjungan.",
        [("saat tim Kanwil saat", None)],
    ),
]

RESPECTS = [
    # W10: "Rapat Koordinasi (Rakor)" defines the acronym; the title may use it before.
    (
        "W10",
        "Rakor Penyuluh Digelar di Aula\n"
        "Kendal - Kantor Kemenag menggelar Rapat Koordinasi (Rakor) penyuluh, Senin "
        "(3/6/2024). Rakor itu membahas program kerja.\nPeserta rakor datang tepat waktu.",
    ),
    (
        "W10",
        "Tim pemantauan dan evaluasi (monev) datang ke rutan. Tim Monev memeriksa dapur.",
    ),
    ("W10", "Petugas bekerja giat dan Lapas giat menggelar pelatihan."),
    ("W10", "Rombongan melakukan kunjungan kerja (kunker) ke rutan. Kunker berakhir sore."),
    # K24: a long title in title case, which the reader does not take for a title.
    (
        "K24",
        "Lapas yang Bersih dan Tertib Jadi Wajah Baru Pelayanan Pemasyarakatan bagi Warga "
        "Binaan dan Keluarga yang Datang Berkunjung ke Lapas Kelas IIA Kota Kupang\n"
        "Kupang - Petugas membersihkan blok hunian setiap pagi.",
    ),
    ("K24", "Wajah Lapas yang Bersih\nKupang - Petugas membersihkan blok hunian."),
    ("W3", "Hadir Kepala Subbagian Umum dan Kepala Subseksi Registrasi."),
    ("W3", "Dokter memeriksa Sub Kampung Baru."),
    ("W9", "Rapat digelar lewat Zoom Meeting Kanwil NTT."),
    ("W2", "Petugas berjaga di lokasi dan di posisi masing-masing di provinsi itu."),
    ("W3", "Sikap anti terhadap pungutan liar, sang purna, dan manca warna lain."),
    ("W4", "Pegawai yang sudah di-SK-kan hadir di SK yang baru, di KUA kantor."),
    # W23: a bare meN- verb the root takes, and one KBBI lists though the flags lack it.
    (
        "W23",
        "Kalapas menyampaikan arahan, mengungkap fakta, dan mengevaluasi kinerja petugas.",
    ),
    ("W23", "Air menyalur ke sawah warga."),
    # W15: a pronoun is the agent; a quote may use the imperative.
    ("W15", "Pembinaan yang tetap kami laksanakan berjalan baik."),
    ("W15", "“Tetap bersihkan blok kalian,” pesan Kalapas."),
    ("W26", "Pembimbing Kemasyarakatan menyusun penelitian kemasyarakatan bagi klien."),
    ("W26", "Tindakan administrasi kepegawaian dicatat bagian umum."),
    ("W26", "Ia mendapat Cuti Bersyarat, lalu Cuti Menjelang Bebas dan Pembebasan Bersyarat."),
    ("W14", "Kegiatan ini ditujukan kepada warga binaan baru."),
    ("W14", "Sementara itu kepada wartawan, Kalapas menjelaskan jadwal kunjungan."),
    ("W14", "Selain itu kepada peserta, panitia membagikan modul."),
    ("W24", "Para lurah pun demikian. Meskipun demikian, acara berjalan."),
    ("W25", "Saat ini petugas berjaga saat malam tiba. Ketika hujan, ketika angin datang."),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_breaking_text_is_found(rule: str, text: str, expected: list) -> None:
    assert found(_HEAD + text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_respecting_text_is_left_alone(rule: str, text: str) -> None:
    full = text if "\n" in text else _HEAD + text
    assert found(full, rule) == []
