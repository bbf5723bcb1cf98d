"""Round 13 of issue 13, warnings that were wrong on new text: each reading narrowed to the
context it misread. A list inside an office's name or a programme's (P7), a name's title
with its own full stop inside an apposition (P13), a unit's short form opening a title's
subject (P39), an application's name spelled out in brackets (S1, W9), a programme's
title-case series whose short form the text writes (W9), rakor and monev as the KBBI words
they are (W10), the -atif adjective of a listed -asi noun and psiko- (S1), a number that
opens a programme's name (N1). Each class with texts of our own that break the rule and
texts that respect it (none copied from a corpus)."""

from __future__ import annotations

import pytest
from checkhelp import found

_TITLE = "Rutan Wonogiri Gelar Pelatihan Berkebun\n"
_LEAD = "Wonogiri - Rutan Wonogiri menggelar pelatihan berkebun, Senin (2/3/2026).\n"
_BODY = _TITLE + _LEAD
_SERIES = "Pembinaan, Monitoring, Pengawasan dan Pengendalian"
_APP = "aplikasi Si Popo (Sistem pendaftaran eazy paspor online)"

BREAKS = [
    # A list of three offices is a list, capitals or not.
    (
        "P7",
        _BODY + "Hadir pula Dinas Sosial, Dinas Kesehatan dan Dinas Pendidikan.",
        [("Kesehatan dan", "Kesehatan, dan")],
    ),
    # A list of three steps without ', serta' after it is the writer's own list.
    (
        "P7",
        _BODY + "Pemohon menjalani pemeriksaan dokumen, pengambilan foto dan wawancara.",
        [("foto dan", "foto, dan")],
    ),
    # A name with no title before it: the comma parts subject and predicate.
    (
        "P13",
        _BODY + "Karutan Wonogiri Budi Santoso, menegaskan pentingnya ketahanan pangan.",
        [(",", "")],
    ),
    # A title's subject of ordinary words parted from its verb by a comma.
    (
        "P39",
        "Warga Binaan Rutan Wonogiri, Olah Lahan Tidur\n" + _LEAD,
        [(",", "")],
    ),
    # One short form in brackets after a name is no name spelled out: it is checked.
    (
        "S1",
        _BODY + "Hadir pula Kepala Bimbingan Masyarakat (Pembinas) Kanwil.",
        [("Pembinas", "Pembimas")],
    ),
    # A slip of one item ('Beritung') spells no short form of the list ('Belitung').
    (
        "P7",
        _BODY + "Peserta datang dari Bangka Barat, Bangka Selatan, Beritung dan Beritung Timur. "
        "Belitung mengirim dua orang.",
        [("Beritung dan", "Beritung, dan")],
    ),
    # The same words outside an application's name are an unknown word and a foreign one.
    ("S1", _BODY + "Pemohon mendaftar lewat aplikasi baru yang eazy dipakai.", [("eazy", None)]),
    # The series without any short form in the text: a foreign word among Indonesian ones.
    (
        "W9",
        _BODY + f"Kanwil menggelar {_SERIES} di rutan.",
        [("Monitoring", "Pemantauan")],
    ),
    # Shorthand KBBI does not list is still written out.
    ("W10", _BODY + "Rapim digelar di aula usai pelatihan.", [("Rapim", "Rapat pimpinan")]),
    # -atif on a noun that is no word is no word either.
    (
        "S1",
        _BODY + "Sikap partisipasitif warga binaan dipuji.",
        [("partisipasitif", None)],
    ),
    # A count of programmes is spelled out, whatever its capitals.
    ("N1", _BODY + "Menteri menyampaikan 7 Program Prioritas.", [("7", "tujuh")]),
    ("N1", _BODY + "Menteri menyampaikan 100 program kerja di aula.", [("100", "seratus")]),
]

RESPECTS = [
    # An office's name whose last words are a list: the name's own, no comma added.
    (
        "P7",
        _BODY + "Hadir pula Kepala Dinas Ketahanan Pangan, Pertanian dan Perikanan Kabupaten "
        "Wonogiri.",
    ),
    # A pair inside an item of a longer list that ', serta' closes.
    (
        "P7",
        _BODY + "Pemohon menjalani pemeriksaan dokumen, pengambilan foto dan sidik jari, serta "
        "wawancara.",
    ),
    # A programme's name that spells the short form the title writes.
    (
        "P7",
        "Kanwil Gelar Bintorwasdal di Rutan Wonogiri\nWonogiri - Kanwil menggelar "
        + _SERIES
        + " di Rutan Wonogiri, Senin (2/3/2026).",
    ),
    # 'RM.' is a title before the name, and the comma after the name closes the apposition.
    (
        "P13",
        _BODY + "Karutan Wonogiri, RM. Budi Santoso, menegaskan pentingnya ketahanan pangan.",
    ),
    # A unit's short form opens the title's subject ('Divpas Maluku' is no di- verb).
    ("P39", "Kadivpas Jawa Tengah, Divpas Maluku Tinjau Rutan\n" + _LEAD),
    # An application's own name, spelled out in brackets, stands as it is named.
    ("S1", _BODY + f"Pemohon mendaftar lewat {_APP} di ponsel."),
    ("W9", _BODY + f"Pemohon mendaftar lewat {_APP} di ponsel."),
    (
        "W9",
        "Kanwil Gelar Bintorwasdal di Rutan Wonogiri\nWonogiri - Kanwil menggelar "
        + _SERIES
        + " di Rutan Wonogiri, Senin (2/3/2026).",
    ),
    # KBBI lists rakor and monev as words, like raker.
    ("W10", _BODY + "Rakor digelar di aula usai pelatihan."),
    ("W10", _BODY + "Tim monev datang ke kebun rutan."),
    # KBBI's -atif adjectives of -asi nouns, and the bound form psiko-.
    ("S1", _BODY + "Pendampingan psikososial dan sikap partisipatif warga binaan dipuji."),
    ("S1", _BODY + "Sikap koordinatif dan fasilitatif petugas dipuji."),
    # The number is the first word of a programme's name.
    ("N1", _BODY + "Menteri menyampaikan program 100 Hari Kerja di aula."),
    # A title opening with a count of more than one word keeps its digits.
    ("N1", "13 Kepala UPT Ikuti Pelatihan di Wonogiri\n" + _LEAD),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert found(text, rule) == []
