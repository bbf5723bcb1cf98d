"""Session fifteen: misses and wrong findings of heldout31 (scored first on 6004416, then
adjudicated) and of probe40, fixed after they were judged. Texts of our own that break a rule
and texts that respect it (none copied from a corpus or a probe)."""

from __future__ import annotations

import pytest
from checkhelp import found

_TITLE = "Rutan Barabai Gelar Doa Bersama bagi Warga Binaan\n"
_LEAD = "Barabai - Rutan Kelas IIB Barabai menggelar doa bersama, Minggu (31/12/2023).\n"
_BODY = _TITLE + _LEAD

BREAKS = [
    # A weekday with its part of the day before the date is still read against it.
    (
        "N5",
        _BODY + "Razia digelar Sabtu pagi (28/12/2018) di blok hunian.",
        [("Sabtu pagi (28/12/2018)", "Jumat pagi (28/12/2018)")],
    ),
    # K3: capitalised common nouns after a quantifier.
    (
        "K3",
        _BODY + "Ada sejumlah Program Kemandirian yang dipantau.",
        [("Program Kemandirian", "program kemandirian")],
    ),
    # KBBI's 'meterai'; the name of God with its capital, in a speaker's words too.
    ("W6", _BODY + "Pemohon membawa materai Rp10.000.", [("materai", "meterai")]),
    (
        "K11",
        _BODY + "“Kami mendekatkan diri kepada tuhan,” ujar Karutan.",
        [("tuhan", "Tuhan")],
    ),
]

RESPECTS = [
    # probe40: KBBI's 'manula' and 'pratama'; an outlet's end code; a passive verb before its
    # place; a province's government; a title as a name after 'pak'; the outlet's name in its
    # dateline; P8's connector is no subject.
    ("S1", _BODY + "Blok manula dihuni warga binaan lanjut usia."),
    ("S1", _BODY + "Hadir pejabat pimpinan tinggi pratama Kanwil."),
    ("P4", _BODY + "Doa bersama berjalan khidmat, katanya. ***3***"),
    ("W1", _BODY + "Satu orang kasusnya disidang di pengadilan."),
    ("K14", _BODY + "Rapat dengan instansi, termasuk Pemerintah Daerah NTT dan Pemerintah Kota."),
    ("K24", _BODY + "“Kami harap warga di bawah kepemimpinan pak Camat ikut berperan,” katanya."),
    ("K20", _TITLE + "NEGARA, NusaBali Petugas Rutan Negara menggelar sidak kamar.\n"),
    ("P13", _BODY + "Lebih lanjut, terdapat lima blok yang menjadi fokus pengawasan."),
    # A place or a short form after a quantifier is a name's.
    ("K3", _BODY + "Petugas mengunjungi beberapa Lapas di Kalimantan Selatan."),
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
