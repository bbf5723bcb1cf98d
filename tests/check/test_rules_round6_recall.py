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
]

RESPECTS = [
    ("P8", "Alhasil, 40 paket sembako habis dibagikan."),
    ("P8", "Sebelumnya, rutan itu meraih penghargaan."),
    # 'kemudian' before a lowercase word may be the verb's adverb: left alone.
    ("P8", "Kemudian sebanyak 20 warga binaan mengikuti tes urine."),
    ("P8", "Kemudian, Kalapas menyerahkan hadiah."),
    # inside a sentence the words are no connector between sentences
    ("P8", "Kalapas kemudian menyerahkan hadiah yang sebelumnya disiapkan."),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(_HEAD + text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert found(_HEAD + text, rule) == []
