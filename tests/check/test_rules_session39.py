"""Session thirty-nine: misses of the sets that a rule can tell, and the wrong findings of
the sets read in it. Texts of our own."""

from __future__ import annotations

import pytest
from checkhelp import found

_TITLE = "Lapas Sanana Gelar Bakti Sosial di Pantai\n"
_LEAD = "Sanana - Lapas Kelas III Sanana menggelar bakti sosial, Senin (6/10/2025).\n"
_BODY = _TITLE + _LEAD

RESPECTS = [
    # Bali's "I" and a roman numeral open a name, not an initial
    ("P11", _BODY + "I Made Sudana menegaskan bahwa kegiatan berjalan lancar."),
    ("P11", _BODY + "V Koto Timur menjadi lokasi bakti sosial berikutnya."),
    ("P11", _BODY + "Kegiatan dibuka oleh Plt. Kepala Lapas, lalu Plh. kalapas menutupnya."),
    ("W6", _BODY + "Pertumbuhan itu berjalan linear setiap tahun."),
]

BREAKS = [
    # an initial opening a sentence before a name (heldout65, 154, 512, 517: 6 of 6 marked)
    ("P11", _BODY + "M Yusuf, salah satu warga binaan, mengaku senang.", "M"),
    ("P11", _BODY + "A Haris menambahkan, kegiatan akan digelar lagi.", "A"),
    # the acting head's short form before a position in lowercase (heldout426, 430, 497)
    ("P11", _BODY + "Kegiatan berjalan baik, ujar Plh kalapas.", "Plh"),
    # KBBI: linear; 'linier' is its non-standard form (heldout518)
    ("W6", _BODY + "Kenaikan itu tidak linier dengan jumlah penghuni.", "linier"),
]


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_respects(rule, text):
    assert found(text, rule) == []


@pytest.mark.parametrize(("rule", "text", "words"), BREAKS)
def test_breaks(rule, text, words):
    assert words in [w for w, _fix in found(text, rule)]


def test_an_opening_initial_takes_its_period_as_the_fix():
    from kabar_desktop.check import check_text

    text = _BODY + "M Yusuf mengatakan bahwa kegiatan berjalan lancar.\n"
    [p11] = [f for f in check_text(text) if f.rule == "P11"]
    assert (p11.text, p11.suggestion) == ("M", "M.")
