"""Round 25 of issue 13, words and numbers: readings narrowed to the grammar they misread.
N1 leaves the figures of a breakdown (EYD V, "perincian"): a part and its whole joined by
'dari' ('9 blok dari 12 blok'), and a total with the counts that add up to it. S7 (and S1
with no near word) leaves the first word of a name of several words at a sentence's start
('Dharma Wanita Persatuan'). S1
knows the KBBI words 'loker' and 'ireguler'. K10 leaves a room before the office's building
('aula kantor Bapas …'). W10 reads 'bimtek' as a word, as the sets do. W29: 'Di mana'
opening a sentence that asks nothing ('Di mana, sesi pagi …' → 'Adapun'). W1: 'dibawa'
before a noun of authority is 'di bawah' ('dibawa naungan'). W6: a full reduplication of a
non-standard word ('ketrampilan-ketrampilan'). Each class with texts
of our own that break the rule and texts that respect it (none copied from a corpus)."""

from __future__ import annotations

import pytest
from checkhelp import found

_TITLE = "Rutan Wonogiri Gelar Pelatihan Berkebun\n"
_LEAD = "Wonogiri - Rutan Wonogiri menggelar pelatihan berkebun, Senin (2/3/2026).\n"
_BODY = _TITLE + _LEAD

BREAKS = [
    # A count on its own, no whole and no parts beside it: spelled out.
    ("N1", _BODY + "Kegiatan itu diikuti 7 orang peserta dari bagian dapur.", [("7", "tujuh")]),
    # Counts that do not add up to the figure before them are no breakdown of it.
    (
        "N1",
        _BODY + "Rutan memiliki 9 kamar hunian. Petugas memeriksa 4 kamar pada pagi hari dan "
        "3 kamar pada sore hari.",
        [("9", "sembilan"), ("4", "empat"), ("3", "tiga")],
    ),
    # Labels after their noun ('kelompok 1', 'kelompok 2') are no parts of the count.
    (
        "N1",
        _BODY + "Lagu itu terdiri atas 3 bait. Kelompok 1 menyanyikan bait awal, kelompok 2 "
        "bait akhir.",
        [("3", "tiga")],
    ),
    # 'dari' before one figure only: a place of origin, the count is spelled out.
    ("N1", _BODY + "Peserta berasal dari 4 kecamatan di Wonogiri.", [("4", "empat")]),
    # A loanword the article writes in lowercase too is still respelt at a sentence's start.
    (
        "S7",
        _BODY + "Dhuha Bersama digelar pagi hari. Warga binaan salat dhuha di masjid.",
        [("Dhuha", "Duha"), ("dhuha", "duha")],
    ),
    # 'Di mana' opening a sentence that asks nothing: a relative with nothing to relate to.
    (
        "W29",
        _BODY + "Rutan membuka dua sesi kunjungan. Di mana, sesi pagi dimulai pukul 09.00 WIB.",
        [("Di mana,", "Adapun")],
    ),
    (
        "W29",
        _BODY + "Petugas menyiapkan ruang tunggu. Di mana pengunjung wajib mendaftar dahulu.",
        [("Di mana", None)],
    ),
    # 'dibawa' before an abstract noun of authority: 'di bawah' typed solid without its h.
    (
        "W1",
        _BODY + "Rudenim itu berada dibawa naungan Kanwil Kemenkum Jawa Tengah.",
        [("dibawa", "di bawah")],
    ),
    (
        "W1",
        _BODY + "Dibawa pengawasan petugas, warga binaan merawat kebun.",
        [("Dibawa", "Di bawah")],
    ),
    # A full reduplication of a non-standard word: the standard form in both halves.
    (
        "W6",
        _BODY + "Warga binaan mendapat ketrampilan-ketrampilan baru.",
        [("ketrampilan-ketrampilan", "keterampilan-keterampilan")],
    ),
    (
        "W6",
        _BODY + "Nasehat-nasehatnya didengar para klien.",
        [("Nasehat-nasehatnya", "Nasihat-nasihatnya")],
    ),
    # A sentence's first word before a capitalised word with a near word is still a slip.
    ("S1", _BODY + "Kegitan Bersama itu digelar di aula.", [("Kegitan", "Kegiatan")]),
    # Other office shorthand is still spelled out.
    (
        "W10",
        _BODY + "Pelatihan ini sesuai tupoksi petugas.",
        [("tupoksi", "tugas pokok dan fungsi")],
    ),
    # An office's head after 'kantor' alone: still a name.
    ("K10", _BODY + "Peserta berkumpul di kantor lapas Wonogiri.", [("lapas", "Lapas")]),

]

RESPECTS = [
    # A part and its whole joined by 'dari': a breakdown in figures (EYD V).
    ("N1", _BODY + "Petugas memeriksa 9 blok dari 12 blok hunian."),
    ("N1", _BODY + "Sebanyak 6 peserta dari 8 orang lulus ujian praktik."),
    ("N1", _BODY + "Rudenim menampung 96 warga negara asing (WNA) dari 7 negara."),
    ("N1", _BODY + "Tahun lalu dipulangkan 4 deteni dari 35 orang."),
    # A total and the counts that add up to it.
    ("N1", _BODY + "Jumlah pesertanya 9 orang, yakni 6 orang petugas dan 3 orang tamu."),
    (
        "N1",
        _BODY + "Pesertanya berjumlah 12 orang. Yakni 7 orang dari dapur, 4 orang dari kebun "
        "dan 1 lainnya dari klinik.",
    ),
    # The first word of a name of several words keeps the name's own spelling.
    ("S7", _BODY + "Dharma Wanita Persatuan Rutan Wonogiri membuka stan kuliner."),
    ("S7", _BODY + "Dharma Pertiwi turut hadir dalam acara itu."),
    ("S7", _BODY + "Kegiatan dihadiri Dharma Wanita Persatuan Rutan Wonogiri."),
    # A name's first word that no word list knows (S1 leaves it as S7 does).
    ("S1", _BODY + "Dharma Wanita Persatuan Rutan Wonogiri membuka stan kuliner."),
    # KBBI words.
    ("S1", _BODY + "Pengunjung menitipkan ponsel di loker yang disediakan petugas."),
    ("S1", _BODY + "Sebagian pengungsi berstatus ireguler."),
    # A room before the building of an office: common nouns, the office is the name.
    ("K10", _BODY + "Acara digelar di aula kantor Rutan Wonogiri, lalu ditutup siang hari."),
    ("K10", _BODY + "Peserta berkumpul di ruang kantor Bapas Kelas II Wonogiri."),
    ("K10", _BODY + "Rapat berlangsung di aula Kantor Kementerian Agama Kabupaten Wonogiri."),
    # 'Di mana' that asks, the correlative pair, 'di mana pun', and a relative after a noun
    # (the older reading's).
    ("W29", _BODY + "Di mana kegiatan itu digelar? Di aula rutan."),
    ("W29", _BODY + "Di mana ada kemauan, di situ ada jalan."),
    ("W29", _BODY + "Di mana pun bertugas, petugas wajib bersikap ramah."),
    # 'dibawa' as the passive of 'bawa': carried by someone, or taken somewhere.
    ("W1", _BODY + "Barang bukti dibawa petugas ke kantor."),
    ("W1", _BODY + "Hasil panen dibawa pulang oleh keluarga warga binaan."),
    ("W1", _BODY + "Sayuran itu dibawa ke dapur rutan."),
    ("W1", _BODY + "Kegiatan ini berada di bawah naungan Kanwil."),
    # A reduplication of the standard word, or of two different words, is left.
    ("W6", _BODY + "Keterampilan-keterampilan itu diasah setiap hari."),
    ("W6", _BODY + "Nasihat-nasihat petugas didengar para klien."),
    ("W6", _BODY + "Petugas bolak-balik memeriksa kamar hunian."),
    # 'bimtek' read as a word, in any case.
    ("W10", _BODY + "Bimtek kali ini dibuka oleh kepala rutan."),
    ("W10", _BODY + "Lewat bimtek ini, petugas belajar menulis berita."),
    ("W10", "Rutan Wonogiri Gelar Bimtek Kehumasan\n" + _LEAD),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert found(text, rule) == []
