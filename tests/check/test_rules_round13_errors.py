"""Round 13 of issue 13, errors that were wrong on new text: each reading narrowed to the
context it misread. A quantifier that closes a pronoun ('kalian semua', W30), 'ibu-ibu' naming
a group by what they are rather than addressing it (K27), a dateline line with the outlet
after a comma or a line of names in brackets (P4), a time range without its zone reported
whole (N4), an app's or a programme's name opening with 'Si' (K3), an office's name going on
past its bracketed short form (K14). Each class with texts of our own that break the rule
and texts that respect it (none copied from a corpus)."""

from __future__ import annotations

import pytest
from checkhelp import found

_TITLE = "Rutan Wonosari Gelar Pelatihan Warga Binaan\n"
_LEAD = "Wonosari - Rutan Wonosari menggelar pelatihan bagi warga binaan, Rabu (4/9/2024).\n"
_GLUED = "Wonosari,kabarwonosari.id-Lembaga Pemasyarakatan"

BREAKS = [
    # A quantifier before a doubled noun: the plural marked twice.
    (
        "W30",
        _TITLE + _LEAD + "Semua petugas-petugas hadir sejak pagi.",
        [("Semua petugas-petugas", "Semua petugas")],
    ),
    # 'ibu' addressing the listener in a quote.
    (
        "K27",
        _TITLE + _LEAD + "“Terima kasih kepada ibu atas kerja samanya,” ujar Joko.",
        [("ibu", "Ibu")],
    ),
    # A body paragraph that is a sentence still needs its stop.
    (
        "P4",
        _TITLE + _LEAD + "Pelatihan berlangsung tiga hari\nAcara ditutup siang.",
        [("hari", "hari.")],
    ),
    # A range without its zone: the finding covers the range, where the zone goes after.
    (
        "N4",
        _TITLE + _LEAD + "Kunjungan dibuka setiap Senin mulai pukul 08.00 hingga11.00.",
        [("pukul 08.00 hingga11.00", None)],
    ),
    (
        "N4",
        _TITLE + _LEAD + "Kunjungan dibuka setiap Senin mulai pukul 08.00 sampai 11.00.",
        [("pukul 08.00 sampai 11.00", None)],
    ),
    (
        "N4",
        _TITLE + _LEAD + "Kunjungan dibuka setiap Senin mulai pukul 08.00.",
        [("pukul 08.00", None)],
    ),
    # 'si' and 'para' before a common noun stay lowercase.
    ("K3", _TITLE + _LEAD + "Petugas menjelaskan hal itu kepada Si pemohon.", [("Si", "si")]),
    ("K3", _TITLE + _LEAD + "Petugas membantu Para pemohon mengisi formulir.", [("Para", "para")]),
    # The term alone after a glued dateline: no name goes on.
    (
        "K14",
        _TITLE + _GLUED + " menggelar pelatihan, Rabu (4/9/2024).\nAcara ditutup siang.",
        [("Pemasyarakatan", "pemasyarakatan")],
    ),
]

RESPECTS = [
    # 'semua' closes the pronoun's phrase: what follows is said of them, not counted.
    (
        "W30",
        _TITLE + _LEAD + "“Kalian semua pahlawan-pahlawan keluarga,” kata Kepala Rutan "
        "Wonosari, Joko Susilo.",
    ),
    ("W30", _TITLE + _LEAD + "Kami semua petugas-petugas di sini siap melayani."),
    # A group named by what they are: spoken of, not addressed.
    (
        "K27",
        _TITLE + _LEAD + "“Kami mengucapkan terima kasih kepada ibu-ibu peserta yang sudah "
        "hadir,” ujar Joko.",
    ),
    (
        "K27",
        _TITLE + _LEAD + "“Selamat kepada bapak-bapak petugas yang bertugas malam ini,” ujar Joko.",
    ),
    # No sentence, so no stop: the dateline and the outlet, a line of names in brackets.
    ("P4", _TITLE + "Wonosari, kabarwonosari.com\n" + _LEAD + "Acara ditutup siang."),
    (
        "P4",
        _TITLE + "Jl. Pemuda Wonosari (Humas Bidang Pelayanan)\n" + _LEAD + "Acara ditutup siang.",
    ),
    (
        "P4",
        _TITLE + _LEAD + "Acara ditutup siang.\n(Foto: Humas Rutan Wonosari)\n"
        "Pelatihan berlanjut esok hari.",
    ),
    # One zone after the range serves both times.
    ("N4", _TITLE + _LEAD + "Kunjungan dibuka setiap Senin mulai pukul 08.00 hingga 11.00 WIB."),
    # An app's name may open with 'Si'.
    (
        "K3",
        _TITLE + _LEAD + "Pemohon dapat mendaftar melalui aplikasi Si Cepat di ponsel "
        "masing-masing.",
    ),
    # The office's name goes on past its short form: 'Kelas IIB Wonosari'.
    (
        "K14",
        _TITLE + _GLUED + " (Lapas) Kelas IIB Wonosari menggelar pelatihan, Rabu "
        "(4/9/2024).\nAcara ditutup siang.",
    ),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert found(text, rule) == []
