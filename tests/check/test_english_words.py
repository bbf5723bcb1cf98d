"""W9 reads English words from kata-inggris.txt (built from English word frequencies, less
every word an Indonesian list knows): a lowercase word no Indonesian list has and English
uses is a foreign word to italicise or replace, not a slip to give an Indonesian neighbour
('band' is no 'banda', 'mobile' no 'mobil': the fourth precision probe). Texts of our own
that break the rule and texts that respect it (none copied from a corpus)."""

from __future__ import annotations

import pytest
from checkhelp import found

from kabar_desktop import paths
from kabar_desktop.check import check_text
from kabar_desktop.check.rules.english_words import ENGLISH_FILE, indonesian_knows

_TITLE = "Lapas Medan Gelar Pentas Musik Warga Binaan\n"
_LEAD = "Medan - Lapas Kelas I Medan menggelar pentas musik, Senin (2/3/2026).\n"
_BODY = _TITLE + _LEAD

BREAKS = [
    (
        "W9",
        _BODY + "Warga binaan membentuk band dan tampil di aula.",
        [("band", None)],
    ),
    (
        "W9",
        _BODY + "Petugas memperkenalkan aplikasi mobile untuk layanan kunjungan.",
        [("mobile", None)],
    ),
    # Two English words side by side are one phrase.
    (
        "W9",
        _BODY + "Program resettlement process dibahas bersama UNHCR.",
        [("resettlement process", None)],
    ),
]

RESPECTS = [
    # Inside a name: the name's words.
    ("W9", _BODY + "Acara didukung International Organization for Migration (IOM)."),
    ("W9", _BODY + "Rapat digelar di Mamocha Cafe and Resto, Kota Tual."),
    # Glued to a name by an apostrophe.
    ("W9", _BODY + "Kegiatan itu dipimpin Ma’mum selaku kepala seksi."),
    # An editor's note and the press's spelling of KBBI's korona.
    ("W9", _BODY + "Ada 30 orang di sini (Lapas Medan--red), kata Budi."),
    ("W9", _BODY + "Kunjungan sempat ditutup karena pandemi virus corona."),
    # Indonesian words that English has too.
    ("W9", _BODY + "Data warga binaan diperbarui oleh petugas registrasi."),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert found(text, rule) == []


def test_an_english_word_gets_no_indonesian_neighbour():
    """The whole check: 'band' is reported as a foreign word, never as a slip of 'banda'."""
    findings = check_text(_BODY + "Warga binaan membentuk band dan tampil di aula.")
    on_band = [f for f in findings if f.text == "band"]
    assert [f.rule for f in on_band] == ["W9"]


def test_the_list_holds_no_word_the_indonesian_lists_know():
    """kata-inggris.txt is built without the words Kabar's Indonesian lists know; a word
    added to those lists since must leave it (rebuild with packaging/make_english_words.py)."""
    path = paths.resources_dir() / "dictionaries" / ENGLISH_FILE
    listed = [w for w in path.read_text(encoding="utf-8").split("\n") if w and w[0] != "#"]
    assert len(listed) > 20000
    assert "resettlement" in listed and "band" in listed
    assert [w for w in listed if indonesian_knows(w)] == []
