"""Round 5 of issue 13's word-form rules, from classes of error the third development set
showed: W10 leaves an acronym alone once the text defines it, K24 is silent in a line in
title case. Each rule: texts that break it, texts that respect it (our own sentences)."""

from __future__ import annotations

import pytest
from checkhelp import found

_HEAD = "Judul Berita\nKupang - Kegiatan berjalan lancar.\n"  # a title and a lead first

BREAKS = [
    # W10: an office acronym nobody defined, and chat contractions, defined or not.
    ("W10", "Bidang Hukum menggelar rakor bersama camat.", [("rakor", "rapat koordinasi")]),
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
    ("W10", "Acara (tsb) dihadiri camat dan tsb berjalan lancar.", [("tsb", "tersebut")]),
    # K24: a common noun capitalised between lowercase words in running text.
    ("K24", "Para petugas menjaga lingkungan yang Bersih setiap hari.", [("Bersih", "bersih")]),
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
    # K24: a long title in title case, which the reader does not take for a title.
    (
        "K24",
        "Lapas yang Bersih dan Tertib Jadi Wajah Baru Pelayanan Pemasyarakatan bagi Warga "
        "Binaan dan Keluarga yang Datang Berkunjung ke Lapas Kelas IIA Kota Kupang\n"
        "Kupang - Petugas membersihkan blok hunian setiap pagi.",
    ),
    ("K24", "Wajah Lapas yang Bersih\nKupang - Petugas membersihkan blok hunian."),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_breaking_text_is_found(rule: str, text: str, expected: list) -> None:
    assert found(_HEAD + text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_respecting_text_is_left_alone(rule: str, text: str) -> None:
    full = text if "\n" in text else _HEAD + text
    assert found(full, rule) == []
