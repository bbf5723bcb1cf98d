"""Round 10 of issue 13, false alarms and wrong fixes found on fresh police, TNI, BNN and BPS
news: W11 leaves a speaker's own derivation of the standard word in a quote ('dikarenakan'),
S7 gives KBBI's adaptation of an English spelling (cafe → kafe, assessment → asesmen) where
S1 offered a near word ('cape'), W6 knows 'urin' (KBBI: urine), and S1 knows the short forms
of the offices Humas works with (Mapolres, sajam, koseka) and the KBBI words the list lacked
(premanisme, preemtif, yah), and W10 takes an acronym followed by its full form in brackets
('monev (monitoring dan evaluasi)') as defined, and K32 takes no misspelt common word for a
name ('lapangan Voly'). Texts of our own, none copied from a corpus."""

from __future__ import annotations

import pytest
from checkhelp import found

_TITLE = "Lapas Sampit Gelar Razia Gabungan Blok Hunian\n"
_LEAD = "Sampit - Lapas Sampit menggelar razia gabungan di blok hunian, Rabu (4/9/2024).\n"

BREAKS = [
    # A word KBBI lacks in the writer's own sentence; a foreign piece even inside a quote.
    (
        "W11",
        _TITLE + _LEAD + "Razia dimajukan dikarenakan laporan petugas jaga.",
        [("dikarenakan", "karena")],
    ),
    (
        "W11",
        _TITLE + _LEAD + "“Hunian kami memang sudah over kapasitas sejak tahun lalu,” ujarnya.",
        [("over kapasitas", "kelebihan kapasitas")],
    ),
    # English spellings of loans KBBI adapts: c → k, a doubled consonant single, -ment → -men,
    # -ive → -if.
    (
        "S7",
        _TITLE + _LEAD + "Petugas juga memeriksa cafe milik koperasi lapas.",
        [("cafe", "kafe")],
    ),
    (
        "S7",
        _TITLE + _LEAD + "Pembimbing melakukan assessment kepada dua klien baru.",
        [("assessment", "asesmen")],
    ),
    (
        "S7",
        _TITLE + _LEAD + "Menurutnya, razia berkala sangat effective mencegah pelanggaran.",
        [("effective", "efektif")],
    ),
    # A bracket after the acronym that is no full form of it does not define it.
    (
        "W10",
        _TITLE + _LEAD + "Razia diikuti rapim (rencana kerja) bersama Polres.",
        [("rapim", "rapat pimpinan")],
    ),
    # A place's kind before a name it is part of.
    (
        "K32",
        _TITLE + _LEAD + "Petugas juga menyisir terminal Patimura di dekat lapas.",
        [("terminal Patimura", "Terminal Patimura")],
    ),
    # 'urin' is no KBBI spelling.
    (
        "W6",
        _TITLE + _LEAD + "Seluruh petugas juga menjalani tes urin dari BNNK.",
        [("urin", "urine")],
    ),
]

RESPECTS = [
    # A common word misspelt after a place's kind is no name ('voli' typed 'Voly').
    ("K32", _TITLE + _LEAD + "Warga binaan juga membersihkan lapangan Voly di halaman lapas."),
    # An acronym with its full form in brackets after it is defined, there and later.
    (
        "W10",
        _TITLE
        + _LEAD
        + "Razia diikuti rapim (rapat pimpinan) bersama Polres. Hasil rapim dibahas besok.",
    ),
    # A Kanwil's legal services by their short names; a KBBI word the list lacked.
    ("S1", _TITLE + _LEAD + "Hadir Kasubbid Bankum dan Luhkum Kanwil serta pengelola JDIH."),
    ("S1", _TITLE + _LEAD + "Setiap pelanggaran oleh seseorang di blok dicatat petugas."),
    # The speaker's own 'dikarenakan' in a quote; the standard word outside one.
    ("W11", _TITLE + _LEAD + "“Razia kami majukan dikarenakan ada laporan petugas jaga,” ujarnya."),
    ("W11", _TITLE + _LEAD + "Razia dimajukan karena ada laporan petugas jaga."),
    # The adapted spelling; a name; a short word; an English word with no Indonesian form.
    ("S7", _TITLE + _LEAD + "Petugas juga memeriksa kafe milik koperasi dan mengecek dapur."),
    ("S7", _TITLE + _LEAD + "Razia dipimpin Kepala KPLP, Clara Phillips, bersama petugas."),
    ("S7", _TITLE + _LEAD + "Hasil asesmen dan sampel urine dikirim ke klinik lapas."),
    # English words of an English phrase stay English ('center' is no 'senter' there).
    ("S7", _TITLE + _LEAD + "Laporan warga diterima lewat call center lapas setiap hari."),
    # A police unit's head written apart is no short form to join.
    ("K21", _TITLE + _LEAD + "Razia diikuti Kasat Reskrim dan Kasat Lantas Polres Sampit."),
    # Short forms of the police, TNI, BNN and BPS; KBBI words the list lacked.
    (
        "S1",
        _TITLE
        + _LEAD
        + "Razia melibatkan personel Mapolres dan Makodim. Petugas tidak menemukan sajam, "
        + "handak, maupun narkoba.",
    ),
    (
        "S1",
        _TITLE
        + _LEAD
        + "Data warga binaan dicocokkan dengan koseka (koordinator sensus kecamatan).",
    ),
    (
        "S1",
        _TITLE + _LEAD + "Kalapas menyebut premanisme di dalam blok dicegah secara preemtif.",
    ),
    ("S1", _TITLE + _LEAD + "“Yah, hasilnya nihil. Semua blok bersih,” ujarnya."),
    ("W6", _TITLE + _LEAD + "Seluruh petugas juga menjalani tes urine dari BNNK."),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert found(text, rule) == []
