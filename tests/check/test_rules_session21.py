"""Session twenty-one: classes of the session's held-out sets and probes, fixed after they
were read. Texts of our own that break a rule and texts that respect it (none copied from a
corpus or a probe)."""

from __future__ import annotations

import pytest
from checkhelp import found

_TITLE = "Lapas Sorong Gelar Pekan Kesehatan bagi Warga Binaan\n"
_LEAD = "Sorong - Lapas Kelas IIB Sorong menggelar pekan kesehatan, Senin (6/10/2025).\n"
_BODY = _TITLE + _LEAD

BREAKS = [
    # A doubled common word in a name keeps its hyphen when the name is no business's own.
    (
        "W7",
        _BODY + "Ia bekerja di Perserikatan Bangsa Bangsa.",
        [("Bangsa Bangsa", "Bangsa-Bangsa")],
    ),
    # A capitalised English term after 'Program' is still English.
    ("W9", _BODY + "Petugas menggelar Program Training.", [("Program Training", None)]),
    # A capitalised ordinary noun inside brackets that name no acronym.
    (
        "K3",
        _BODY + "Hadir tim Sehat (Kamis, Petugas Medis Datang dan Sapa Warga) di aula.",
        [("Petugas", "petugas")],
    ),
]

RESPECTS = [
    # probe75: a person named at a sentence's start with 'salah satu' and no comma.
    ("S1", _BODY + "Wandi salah satu peserta mengaku senang. Sardin salah seorang petugas."),
    # probe75: a food court's own name, English words after a doubled word.
    ("W7", _BODY + "Gerai berada di Ramai Ramai Food Court lantai dua."),
    # probe75: a programme's Indonesian syllabic name after 'Program'.
    ("W9", _BODY + "Program Mapenaling dijalankan setiap pekan."),
    # probe75: an acronym's words spelled out in brackets keep its capitals.
    ("K3", _BODY + "Program SIDAKSEHAT (Senin, Petugas Datang dan Sapa Warga) berjalan."),
    # probe75: KBBI's 'relawan' and 'aktivasi'.
    ("S1", _BODY + "Ratusan relawan membantu aktivasi akun warga."),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert found(text, rule) == []
