"""Session twenty: classes of the development sets' misses and wrong findings, of the
session's held-out sets and probes, fixed after they were read. Texts of our own that break a
rule and texts that respect it (none copied from a corpus or a probe)."""

from __future__ import annotations

import pytest
from checkhelp import found

_TITLE = "Rutan Sleman Gelar Pekan Olahraga Menyambut HUT RI\n"
_LEAD = "Sleman - Rutan Kelas IIB Sleman menggelar pekan olahraga, Selasa (12/8/2025).\n"
_BODY = _TITLE + _LEAD

BREAKS = [
    # A sport's or a game's name is a common noun (KBBI), in a list or in running text.
    (
        "K3",
        _BODY + "Cabang yang dilombakan, mulai Bulu Tangkis, Tenis Meja, Karambol, dan catur.",
        [("Bulu Tangkis", "bulu tangkis"), ("Tenis Meja", "tenis meja"), ("Karambol", "karambol")],
    ),
    ("K3", _BODY + "Petugas ikut lomba Tarik Tambang.", [("Tarik Tambang", "tarik tambang")]),
    # probe68: 'bathin' is no KBBI form; a verb of the title's capitals is still a word.
    ("W6", _BODY + "Warga binaan sehat lahir dan bathin.", [("bathin", "batin")]),
    (
        "S1",
        "Rutan Sleman Masifkan Tes Urine\n" + _LEAD + "Rutan kembali masifkan tes urine.",
        [("masifkan", "memasifkan")],
    ),
    # A name's inner word keeps a slip's fix that does not lengthen it.
    ("S2", _BODY + "Hadir Kepala Bidang Penegakkan Hukum.", [("Penegakkan", "Penegakan")]),
]

RESPECTS = [
    # A game's word inside a name: a place's, a creed's, a tournament's, a person's.
    ("K3", _BODY + "Warga binaan membaca Catur Dharma Narapidana di Lapangan Tenis Indoor."),
    ("K3", _BODY + "Turnamen Bola Voli digelar di aula."),
    ("K3", _BODY + "Kasi Pelayanan, Catur Wibowo, hadir. Menurut Catur, semua siap."),
    # The land law's and the ATR/BPN's spelling 'sertipikat' (KBBI 'sertifikat') is left, and
    # KBBI's 'sertifikasi' is no slip of it.
    ("S1", _BODY + "Kantor Pertanahan menyerahkan sertipikat tanah wakaf."),
    ("S3", _BODY + "Petugas mengikuti pelatihan bersertifikasi dan tersertifikasi."),
    # probe68: a list labelled inline with half brackets, its first label's stop a slip.
    ("P5", _BODY + "Penyebabnya, yaitu 1) pernikahan dini, 2) ekonomi, dan 3) cemburu."),
    ("K22", _BODY + "Penyebabnya, yaitu 1). pernikahan dini, 2) ekonomi, dan 3) cemburu."),
    # 'mendatang' after a date is no predicate closing an aside.
    (
        "P40",
        _BODY
        + "Perekaman dilakukan, khususnya bagi warga berusia 17 tahun pada 17 April mendatang.",
    ),
    # KBBI's 'problematika'; the Kementan's 'alsintan'.
    ("S1", _BODY + "Petugas membahas problematika bantuan alsintan bagi petani."),
    # A farmers' group's name, its words as the group writes them.
    ("K24", _BODY + "Bantuan diterima Kelompok Tani Maju, Kelompok tani Makmur Desa Sukamaju."),
    ("S2", _BODY + "Bantuan diterima Kelompok Tani Mentik Sari Mekar."),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert found(text, rule) == []
