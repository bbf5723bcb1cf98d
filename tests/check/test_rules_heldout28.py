"""Misses of heldout28's first score (session fourteen), fixed after the score was taken: K3
reads a level counted in digits ('16 Kampung') and one before another level word ('dua
Distrik Kabupaten Mimika'); W6 knows 'Voly', 'Tennis', 'sendal', 'Cendikia'; W28 reads 'di'
before a day and its month. Wrong findings of its adjudication are fixed too. Texts of our
own that break the rule and texts that respect it (none copied from a corpus or a probe)."""

from __future__ import annotations

import pytest
from checkhelp import found

_TITLE = "Rutan Pati Gelar Lomba Kemerdekaan bagi Warga Binaan\n"
_LEAD = "Pati - Rutan Kelas IIB Pati menggelar lomba kemerdekaan, Senin (18/8/2025).\n"
_BODY = _TITLE + _LEAD

BREAKS = [
    # A suffix typed apart after a numeral and a space is still S1's.
    ("S1", _BODY + "Peserta lomba ada 300 an orang.", [("an", None)]),
    (
        "K3",
        _BODY + "Penyuluhan digelar di dua Distrik Kabupaten Pati dan 12 Kampung binaan.",
        [("Distrik", "distrik"), ("Kampung", "kampung")],
    ),
    (
        "W6",
        _BODY + "Lomba meliputi Futsal, Voly, dan Tennis Meja.",
        [("Voly", "Voli"), ("Tennis", "Tenis")],
    ),
    ("W6", _BODY + "Warga binaan juga membuat sendal dari bahan bekas.", [("sendal", "sandal")]),
    ("W28", _BODY + "Hasil lomba diumumkan di 17 Agustus 2025 di lapangan.", [("di", "pada")]),
]

RESPECTS = [
    # Wrong findings of heldout28's adjudication: -an after a numeral takes its hyphen,
    # KBBI's 'dipungkiri', a laugh written out in a quote.
    ("S1", _BODY + "Lomba 17-an digelar meriah. Hal itu tidak bisa dipungkiri."),
    ("W7", _BODY + "“He he he, kami senang sekali,” ujar Kalapas."),
    # probe37: a speaker's words whose opening mark was left out (P5 asks for the mark);
    # KBBI's 'agribisnis' and 'keberkahan'.
    ("W27", _BODY + "Gak ada yang kita tutupi, semua bikin laporan,” ujar Kalapas."),
    ("S1", _BODY + "Pelatihan agribisnis membawa keberkahan bagi warga binaan."),
    ("S3", _BODY + "Pelatihan agribisnis membawa keberkahan bagi warga binaan."),
    ("K3", _BODY + "Penyuluhan digelar di Kampung Sukamaju dan Distrik 2 Pati."),
    ("W6", _BODY + "Lomba meliputi futsal, voli, dan tenis meja."),
    ("W28", _BODY + "Hasil lomba diumumkan pada 17 Agustus 2025 di lapangan."),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert found(text, rule) == []
