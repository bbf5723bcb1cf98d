"""The curated list of non-standard forms (resources/dictionaries/baku.tsv, W5, W6, W11):
every entry is found with its fix, and its standard form is never reported."""

from __future__ import annotations

import pytest
from checkhelp import found

from kabar_desktop.check import check_text
from kabar_desktop.check.tables import (
    BAKU_ROWS,
    KBBI_WORDS,
    NONSTANDARD,
    PREPOSITIONS_JOINED,
    read_baku,
)

ENTRIES = [r for r in BAKU_ROWS if r.rule != "KBBI"]
RULED = ["W5", "W6", "W11"]


def _ids(row) -> str:
    return row.wrong


def test_the_list_is_read_and_each_entry_has_a_source():
    assert len(ENTRIES) > 250
    wrongs = [r.wrong for r in ENTRIES]
    assert len(wrongs) == len(set(wrongs))  # no wrong form twice
    for r in BAKU_ROWS:
        # The authorities: the dictionary, the spelling rules, and the ministries that name
        # regions (Kemendagri) and the Qur'an's surahs (Kemenag's transliteration).
        assert r.source.startswith(("KBBI", "EYD V", "Kemendagri", "Kemenag")), r
        assert r.wrong != r.right.lower(), r
        assert r.wrong not in PREPOSITIONS_JOINED, r  # W1's own table: no duplicates
    # The Hunspell list's own mistakes are in it, with the fix.
    for wrong, right in (("tanggungjawab", "tanggung jawab"), ("apapun", "apa pun")):
        assert NONSTANDARD[wrong] == right
    assert NONSTANDARD["kaos"] == "kaus"
    assert {"silaturahim", "tausiah", "marwah"} <= KBBI_WORDS


@pytest.mark.parametrize("row", ENTRIES, ids=_ids)
def test_each_wrong_form_is_found_with_its_fix(row):
    text = f"Kami menulis {row.wrong} di sini."
    assert found(text, row.rule) == [(row.wrong, row.right)]


@pytest.mark.parametrize("row", ENTRIES, ids=_ids)
def test_each_standard_form_is_left_alone(row):
    text = f"Kami menulis {row.right} di sini."
    assert [f.text for f in check_text(text, rules=RULED, strict=True)] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Resikonya kecil.", [("Resikonya", "Risikonya")]),  # -nya after a listed word
        ("Kerjasamanya erat.", [("Kerjasamanya", "Kerja samanya")]),
        ("Mereka berolah raganya pagi.", [("berolah raganya", "berolahraganya")]),
        ("Walikota Kupang hadir.", [("Walikota", "Wali Kota")]),  # a position before a name
        ("Kerjasama Lapas dan Dinas berlanjut.", [("Kerjasama", "Kerja sama")]),
        ("Penandatanganan Perjanjian Kerjasama digelar.", [("Kerjasama", "Kerja Sama")]),
        ("Ia menerima bantuan satu persatu.", [("satu persatu", "satu per satu")]),
        ("Kegiatan digelar hari Jum’at.", [("Jum’at", "Jumat")]),  # a curly apostrophe
        ("Pengurus Mesjid Al-Mujahidin hadir.", [("Mesjid", "Masjid")]),
        ("Bhakti sosial digelar, bhakti sosial lagi.", [("Bhakti", "Bakti"), ("bhakti", "bakti")]),
        ("Pada 1445H dan 1446H.", [("1445H", "1445 H"), ("1446H", "1446 H")]),
    ],
)
def test_forms_in_context(text, expected):
    assert [(f.text, f.suggestion) for f in check_text(text, rules=RULED, strict=True)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ahmad Ramadhan hadir.",  # a person's name
        "Kepala Seksi, Budi Ramadhan Saputra, hadir.",
        "Hari Bhakti Imigrasi ke-75 diperingati.",  # the holiday's name
        "Ia beribadah di Vihara Dharma Bhakti.",
        "Tahun 1445 H dan 1445 Hijriah, kode 1445HX.",
        "Kerja sama itu ditandatangani dan ditindaklanjuti.",
        "Pertanggungjawaban disampaikan oleh penanggung jawab.",
    ],
)
def test_names_and_standard_text_are_left_alone(text):
    assert check_text(text, rules=RULED, strict=True) == []


def test_a_broken_row_is_refused(tmp_path):
    path = tmp_path / "baku.tsv"
    path.write_text("# header\ntidak_baku\tbaku\taturan\tsumber\nresiko\trisiko\tW6\n")
    with pytest.raises(ValueError, match="baku.tsv:3"):
        read_baku(path)
    path.write_text("resiko\trisiko\tW9\tKBBI: risiko\n")
    with pytest.raises(ValueError):
        read_baku(path)
    path.write_text("-\tmarwah\tKBBI\tKBBI: marwah\nRisk  Form\tx\tW6\tKBBI\tnama\n")
    rows = read_baku(path)
    assert [(r.wrong, r.right, r.name_too) for r in rows] == [
        ("", "marwah", False),
        ("risk form", "x", True),
    ]
    assert read_baku(tmp_path / "missing.tsv") == []
