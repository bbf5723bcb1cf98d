"""Session forty-three: misses of the sets that a rule can tell, and the wrong findings of the
sets read in it. Texts of our own."""

from __future__ import annotations

import pytest
from checkhelp import found

_TITLE = "Rutan Soe Gelar Upacara Hari Bakti\n"
_LEAD = "Soe - Rutan Kelas IIB Soe menggelar upacara, Senin (6/10/2025).\n"
_BODY = _TITLE + _LEAD

RESPECTS = [
    # KBBI's 'wawasan nusantara' (the sets leave it 2 of 2); the name in its capital
    ("K10", _BODY + "Petugas memperdalam wawasan nusantara bersama pelajar."),
    ("K10", _BODY + "Pegawai mengenakan pakaian adat Nusantara saat upacara."),
    # initials with their periods; a metre after a number is no initial
    ("P11", _BODY + "Sambutan dibacakan oleh M. Hanafi dan Moh. Yasin di aula."),
    ("P11", _BODY + "Pagar sepanjang 185 M Dusun Oeleu diperbaiki."),
    # 'khidmat' as KBBI writes it; the divorce rate's 'perceraian'
    ("W6", _BODY + "Upacara berlangsung secara khidmat dan angka perceraian turun."),
    ("W5", _BODY + "Petugas damkar memadamkan api di blok dapur."),
]

BREAKS = [
    # the archipelago's name in lowercase (14 of 16 marked)
    ("K10", _BODY + "Pegawai mengenakan pakaian adat nusantara saat upacara.", "nusantara"),
    # Muhammad's M after any word, and 'Moh' (94 of 103 and 13 of 15 marked)
    ("P11", _BODY + "“Kami siap,” jelas M Misbah usai apel.", "M"),
    ("P11", _BODY + "Bupati Donggala, Moh Yasin, menyerahkan bantuan.", "Moh"),
    # 'hikmat' is wisdom; the solemn is 'khidmat'; 'penceraian' is the act of divorcing
    ("W6", _BODY + "Upacara berlangsung secara hikmat di lapangan.", "secara hikmat"),
    ("W6", _BODY + "Angka penceraian di Kota Soe meningkat.", "Angka penceraian"),
    ("W5", _BODY + "Tugas damkar selain memadam api juga menolong warga.", "memadam api"),
]


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_respects(rule, text):
    assert found(text, rule) == []


@pytest.mark.parametrize(("rule", "text", "words"), BREAKS)
def test_breaks(rule, text, words):
    assert words in [w for w, _fix in found(text, rule)]
