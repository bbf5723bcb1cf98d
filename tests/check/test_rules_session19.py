"""Session nineteen: classes of the development sets' misses and wrong findings, of the
session's held-out sets and probes, fixed after they were read. Texts of our own that break a
rule and texts that respect it (none copied from a corpus or a probe)."""

from __future__ import annotations

import pytest
from checkhelp import found

_TITLE = "Kantor Pertanahan Sleman Gelar Sosialisasi Program Sertifikat Tanah\n"
_LEAD = "Sleman - Kantor Pertanahan Kabupaten Sleman menggelar sosialisasi, Selasa (4/3/2025).\n"
_BODY = _TITLE + _LEAD

BREAKS = [
    # 'paska' is no KBBI word: 'pasca' (Paskah is the feast).
    ("W6", _BODY + "Pelayanan paska libur panjang berjalan lancar.", [("paska", "pasca")]),
    ("W6", _BODY + "Paska sosialisasi, warga mendaftar.", [("Paska", "Pasca")]),
    # A common word capitalised mid-sentence that the article writes in lowercase elsewhere.
    (
        "K3",
        _BODY + "Warga datang bersama keluarga. Petugas bertemu dengan Keluarga mereka.",
        [("Keluarga", "keluarga")],
    ),
    (
        "K3",
        _BODY
        + "Lahan ditanami sayur dengan sistem Hidroponik, kata petugas.\n"
        + "Sistem hidroponik hemat air.",
        [("Hidroponik", "hidroponik")],
    ),
]

RESPECTS = [
    # probe59: one capitalised word after a quote's attribution verb is the speaker's name.
    ("K3", _BODY + "“Sertifikat melindungi hak warga,” kata Jurnalis."),
    ("K3", _BODY + "Program ini, ujar Jurnalis, berjalan sejak Januari."),
    # probe59: 'Banda Aceh' is one city, also before the quote's closing mark.
    ("P20", _BODY + "“Kegiatan serupa pernah digelar di Banda Aceh,” kata Kepala Kantor."),
    # The same word in lowercase elsewhere does not make a name's word, a position or a
    # word before a number common.
    ("K3", _BODY + "Warga ikut lomba. Kantor menggelar Pekan Olahraga dan Seni bagi warga."),
    ("K3", _BODY + "Kepada para kepala desa Bupati berpesan agar bupati dibantu."),
    ("K3", _BODY + "Warga membaca pasal demi pasal, terutama Pasal 10 undang-undang itu."),
    ("K3", _BODY + "Petugas bertemu dengan Keluarga Cendana."),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert found(text, rule) == []
