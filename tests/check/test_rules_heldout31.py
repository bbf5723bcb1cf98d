"""Session fifteen: misses and wrong findings of heldout31 (scored first on 6004416, then
adjudicated), fixed after the score was taken. Texts of our own that break a rule and texts
that respect it (none copied from a corpus or a probe)."""

from __future__ import annotations

import pytest
from checkhelp import found

_TITLE = "Rutan Barabai Gelar Doa Bersama bagi Warga Binaan\n"
_LEAD = "Barabai - Rutan Kelas IIB Barabai menggelar doa bersama, Minggu (31/12/2023).\n"
_BODY = _TITLE + _LEAD

BREAKS = [
    # KBBI's 'meterai'; the name of God with its capital, in a speaker's words too.
    ("W6", _BODY + "Pemohon membawa materai Rp10.000.", [("materai", "meterai")]),
    (
        "K11",
        _BODY + "“Kami mendekatkan diri kepada tuhan,” ujar Karutan.",
        [("tuhan", "Tuhan")],
    ),
]

RESPECTS = [
    # A listed word whole, then -nya.
    ("S2", _BODY + "Sarana prasarananya sudah memadai."),
    # A unit's kind before 'Pemasyarakatan'.
    ("K14", _BODY + "Ada 83 satker Pemasyarakatan yang ikut penilaian."),
    # Pairs of alternatives in a list of documents.
    (
        "P32",
        _BODY + "Pemohon membawa KTP, Kartu Keluarga (KK), akta kelahiran atau ijazah, akta "
        "perkawinan atau buku nikah.",
    ),
    # The office's dateline of its town and a comma, the town named by the office.
    (
        "A7",
        _TITLE + "Barabai, Pada malam pergantian tahun, Rutan Barabai menggelar doa bersama.\n",
    ),
    (
        "K18",
        _TITLE + "Barabai, Pada malam pergantian tahun, Rutan Barabai menggelar doa bersama.\n",
    ),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert found(text, rule) == []
