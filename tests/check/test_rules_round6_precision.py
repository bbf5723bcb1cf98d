"""Round 6 of issue 13: classes of false alarm seen on unseen texts (heldout4), each with texts
of our own that break the rule and texts that respect it (none copied from a corpus)."""

from __future__ import annotations

import pytest
from checkhelp import found

_TITLE = "Kantor Imigrasi Gelar Sosialisasi Layanan Paspor\n"
_FILL = "Pegawai menyiapkan ruang layanan sejak pagi."

BREAKS = [
    # The title's short form that the article never spells out.
    (
        "W10",
        "Rapim Pengawasan Orang Asing di Kupang\nKupang - Rapat digelar di aula.",
        [("Rapim", "Rapat pimpinan")],
    ),

    (
        "N1",
        _TITLE + "Kupang - Layanan dibuka.\nLayanan di 3 unit kerja berjalan baik.",
        [("3", "tiga")],
    ),
    # A quote whose opening mark was left out: the finding lands where the mark goes.
    (
        "P5",
        _TITLE + "Kupang - Layanan dibuka.\nKami melayani pemohon setiap hari kerja,” kata Budi.",
        [("Kami", "“Kami")],
    ),
    (
        "P5",
        _TITLE + "Kupang - Layanan dibuka.\nBudi menjelaskan, Kami melayani pemohon. "
        "Antrean kami atur,” katanya.",
        [("Kami", "“Kami")],
    ),
    # An ordinary noun capitalised mid-sentence is still reported.
    (
        "K24",
        _TITLE + "Kupang - Perkara anak didampingi dari tahap Pemeriksaan hingga sidang.",
        [("Pemeriksaan", "pemeriksaan")],
    ),
    # A paragraph that just stops, with no source in brackets.
    (
        "P4",
        _TITLE + "Kupang - Layanan dibuka.\nDeteni ditahan pejabat imigrasi\nAcara ditutup.",
        [("imigrasi", "imigrasi.")],
    ),
    # Two quotes a paragraph apart that end with the same verb: the reader hears the echo.
    (
        "A6",
        _TITLE + "Kupang - Layanan dibuka.\n"
        '"Kami siap melayani," ujar Budi.\n' + _FILL + "\n"
        '"Antrean kami atur," ujarnya.',
        [("ujarnya", None)],
    ),
    # A lead that opens with no place at all.
    ("A7", _TITLE + "Kegiatan sosialisasi berjalan lancar di aula.", [("Kegiatan", None)]),
    # A lead far too long: well past 95 words.
    (
        "A2",
        _TITLE + "Kupang - " + " ".join(["Petugas melayani pemohon paspor di aula kantor"] * 14)
        + ".",
        [(" ".join(["Petugas melayani pemohon paspor di aula kantor"] * 14) + ".", None)],
    ),
]

RESPECTS = [
    # A short form in the title, spelled out in the lead: titles are short.
    ("W10", "Rapim Pengawasan Orang Asing di Kupang\nKupang - Rapat pimpinan digelar di aula."),
    # KBBI nouns the word list lacked, and ber- on one of them.
    ("S1", _TITLE + "Kupang - Pintu kamar berteralis diperbaiki; bemper mobil diganti."),
    # An outlet's name opening the dateline after a title that ends with a stop.
    (
        "S1",
        "Kantor Imigrasi Gelar Sosialisasi Layanan Paspor.\n"
        "Warakabar Kupang – Kantor imigrasi membuka layanan paspor.",
    ),
    # A figure inside a quote that lost its opening mark: the speaker's words stand as said.
    (
        "N1",
        _TITLE + "Kupang - Layanan dibuka.\nLayanan di 3 unit kerja kami berjalan baik. "
        "Antrean tertib,” kata Budi.",
    ),
    ("P5", _TITLE + "Kupang - Layanan dibuka.\n“Kami melayani pemohon setiap hari,” kata Budi."),
    # The state's bodies named by their common noun: the capital names the institution.
    ("K24", _TITLE + "Kupang - Perkara anak didampingi dari tahap Kepolisian hingga Pengadilan."),
    # A reporter's credit "*)Name" after the last stop, and a bracketed web source closing a
    # paragraph: a credit and a source, not prose missing its stop or a stray mark.
    ("P4", _TITLE + "Kupang - Layanan dibuka.\nAcara ditutup dengan doa. *)Yohanes"),
    ("P5", _TITLE + "Kupang - Layanan dibuka.\nAcara ditutup dengan doa. *)Yohanes"),
    ("P10", _TITLE + "Kupang - Layanan dibuka.\nAcara ditutup dengan doa. *)Yohanes"),
    (
        "P4",
        _TITLE + "Kupang - Layanan dibuka.\nDeteni ditahan pejabat imigrasi. "
        "(kupang.imigrasi.go.id)\nAcara ditutup dengan doa.",
    ),
    # The same verb again four paragraphs later: not "consecutive" quotes any more.
    (
        "A6",
        _TITLE + "Kupang - Layanan dibuka.\n"
        '"Kami siap melayani," kata Budi.\n'
        + "\n".join([_FILL] * 3)
        + '\n"Antrean kami atur," katanya.',
    ),
    # A city opening the lead with the outlet's tag glued on: a dateline in a form of its own.
    ("A7", _TITLE + "KUPANG, NTT WARTAKITA, -kantor imigrasi membuka layanan."),
    ("A7", _TITLE + "Kupang (Humas)_Kepala kantor membuka layanan."),
    # A long lead of 70 words: editors leave it be.
    (
        "A2",
        _TITLE + "Kupang - " + " ".join(["Petugas melayani pemohon paspor di aula kantor"] * 10)
        + ".",
    ),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert found(text, rule) == []


def test_a_misspelling_after_the_late_dateline_is_still_reported():
    text = (
        "Kantor Imigrasi Gelar Sosialisasi Layanan Paspor.\n"
        "Warakabar Kupang – Kantor imigrasi membuka layanan pasppor."
    )
    assert [t for t, _ in found(text, "S1")] == ["pasppor"]
