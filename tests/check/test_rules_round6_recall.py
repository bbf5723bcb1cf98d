"""Round 6 of issue 13's recall, from classes of error the held-out set heldout4 missed: a
sentence-opening connector or adverb of time without its comma (P8: 'Alhasil', 'Sebelumnya',
'Setelah itu', 'Kemudian' before a capitalised subject), … Sentences are our own, in the
genre's manner: each class has text that breaks the rule and text that respects it."""

from __future__ import annotations

import pytest
from checkhelp import found

_HEAD = "Judul Berita\nKupang - Kegiatan berjalan lancar.\n"  # a title and a lead first

BREAKS = [
    # P8: EYD V's connectors between sentences take a comma after them.
    ("P8", "Alhasil 40 paket sembako habis dibagikan.", [("Alhasil", "Alhasil,")]),
    (
        "P8",
        "Sebelumnya pada 3 Mei 2024 rutan itu meraih penghargaan.",
        [("Sebelumnya", "Sebelumnya,")],
    ),
    ("P8", "Setelah itu kami menuju aula.", [("Setelah itu", "Setelah itu,")]),
    ("P8", "Di sisi lain warga binaan tetap dibina.", [("Di sisi lain", "Di sisi lain,")]),
    ("P8", "Kemudian Kalapas menyerahkan hadiah.", [("Kemudian", "Kemudian,")]),
    # P28: a connector between sentences after a comma: capitalised (in a speaker's words too)
    (
        "P28",
        "Semua berkas sudah dinilai tim, Selain itu ada dua berkas baru.",
        [(", Selain itu", ". Selain itu,")],
    ),
    (
        "P28",
        "“Kami sudah siap, Namun cuaca belum mendukung,” ujarnya.",
        [(", Namun", ". Namun,")],
    ),
    # … or 'oleh karena itu' in the writer's own words
    (
        "P28",
        "Jumlah petugas terbatas, oleh karena itu Karutan meminta tambahan.",
        [(", oleh karena itu", ". Oleh karena itu,")],
    ),
    # P11: the pilgrim's H (or any initial) after a title's period; 'Kab', 'Kec' before a name
    ("P11", "Acara dibuka Drs. H Ahmad Yani di aula.", [("H", "H.")]),
    ("P11", "Hadir Kakankemenag Kab Sikka dan Camat Kec Alok.", [("Kab", "Kab."), ("Kec", "Kec.")]),
    # P27: a listed degree of three parts without its final period
    (
        "P27",
        "Sambutan dibawakan Nur Aini, S.Pd.I, selaku kepala madrasah.",
        [("S.Pd.I", "S.Pd.I.")],
    ),
    # W1: 'di' before a doubled word whose root takes no verb prefix is the preposition
    (
        "W1",
        "Laporan dimasing-masing seksi dikumpulkan hari ini.",
        [("dimasing-masing", "di masing-masing")],
    ),
    # W3: a bound form with a hyphen and capitals before a common word, or its English twin
    (
        "W3",
        "Klien didampingi sejak tahap Pra-Mediasi hingga tahap Post-Mediasi.",
        [("Pra-Mediasi", "pramediasi"), ("Post-Mediasi", "pascamediasi")],
    ),
    # K9: the acronym of a ministry's inspectorate or secretariat general names one body
    ("K9", "Berkas itu akan diperiksa tim itjen pekan depan.", [("itjen", "Itjen")]),
    # K1: a position before an office the text names with its place is that office's head
    (
        "K1",
        "Petugas Rutan Kupang sigap. Tahanan itu mencuri kunci mobil kepala Rutan.",
        [("kepala", "Kepala")],
    ),
    # K16: a body's full name before its short form, one word left in lowercase
    (
        "K16",
        "Petugas Balai Pemasyarakatan kelas (Bapaskel) itu hadir.",
        [("kelas", "Kelas")],
    ),
    (
        "K16",
        "Deteni dipindahkan ke Rumah Detensi imigrasi (Rudenim) Kupang.",
        [("imigrasi", "Imigrasi")],
    ),
    # N7: a place or a name right before the weekday and its date takes a comma
    (
        "N7",
        "Hal itu disampaikannya kepada Pos Kupang Kamis (28/7/2022).",
        [("Kupang Kamis", "Kupang, Kamis")],
    ),
]

RESPECTS = [
    ("P8", "Alhasil, 40 paket sembako habis dibagikan."),
    ("P8", "Sebelumnya, rutan itu meraih penghargaan."),
    # 'kemudian' before a lowercase word may be the verb's adverb: left alone.
    ("P8", "Kemudian sebanyak 20 warga binaan mengikuti tes urine."),
    ("P8", "Kemudian, Kalapas menyerahkan hadiah."),
    # inside a sentence the words are no connector between sentences
    ("P8", "Kalapas kemudian menyerahkan hadiah yang sebelumnya disiapkan."),
    ("P28", "Semua berkas sudah dinilai tim. Selain itu, ada dua berkas baru."),
    ("P28", "Jumlah petugas terbatas sehingga Karutan meminta tambahan."),
    # 'karena itu' may be 'because it is': left alone
    ("P28", "Paspor harus dibawa, karena itu dokumen negara."),
    # a speaker may join the two in speech: only the capital shows the writer's intent
    ("P28", "“Petugas terbatas, oleh karena itu kami minta tambahan,” katanya."),
    ("P11", "Acara dibuka Drs. H. Ahmad Yani di aula."),
    ("P11", "Hadir Dr. I Made Suarta dan Kakankemenag Kab. Sikka."),
    ("P27", "Sambutan dibawakan Nur Aini, S.Pd.I., selaku kepala madrasah."),
    ("P27", "Hadir pula Rina, A.Md.IP, petugas registrasi."),  # an office's own form
    # a verb's root doubled is a passive verb: "dipukul-pukul", "dicari-cari"
    ("W1", "Kentongan dipukul-pukul dan pelaku dicari-cari petugas."),
    ("W1", "Laporan di masing-masing seksi dikumpulkan hari ini."),
    ("W3", "Klien didampingi sejak tahap pramediasi hingga tahap pascamediasi."),
    # before a name the hyphen stays (W4's case)
    ("W3", "Suasana pasca-Lebaran terasa di rutan."),
    ("K9", "Berkas itu akan diperiksa tim Itjen pekan depan."),
    # an office never named with its place is a kind of office: any head of one
    ("K1", "Surat edaran itu ditujukan kepada setiap kepala Rutan."),
    ("K1", "Petugas Rutan Kupang sigap. Tugas kepala Rutan harus dipahami petugas."),
    # a common noun phrase before its short form stays lowercase
    ("K16", "Sebanyak 40 warga binaan pemasyarakatan (WBP) ikut senam."),
    ("K16", "Warga binaan pemasyarakatan (WBP) ikut senam."),
    ("K16", "Deteni dipindahkan ke Rumah Detensi Imigrasi (Rudenim) Kupang."),
    ("N7", "Hal itu disampaikannya kepada Pos Kupang, Kamis (28/7/2022)."),
    ("N7", "Rapat itu digelar Senin (12/3/2024) di aula."),  # the verb's time
    ("N7", "Acara digelar pada Hari Kamis (28/7/2022) di aula."),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(_HEAD + text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert found(_HEAD + text, rule) == []
