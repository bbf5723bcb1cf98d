"""Round 9 of issue 13, the basics: a sentence that lost its capital after a full stop (K22),
no space after a sentence's stop after a number ('Covid-19.Budi'), a dateline's dash glued to
the place and a doubled word split after its hyphen (P9), 'No' before a number without its
period (P11), a degree glued to the name before it (P27). Each class with texts of our own
that break the rule and texts that respect it (none copied from a corpus)."""

from __future__ import annotations

import pytest
from checkhelp import found

_TITLE = "Rutan Sampit Gelar Bakti Sosial bagi Warga Sekitar\n"
_LEAD = "Sampit - Rutan Sampit menggelar bakti sosial, Rabu (4/9/2024).\n"

BREAKS = [
    # A paragraph that is one quote, closed before its last word, an attribution with '-nya'
    # that no list of verbs holds: the comma still goes inside the mark.
    (
        "P1",
        _TITLE + _LEAD + "“Kami akan terus hadir membantu warga sekitar” kilahnya.",
        [("”", ",”")],
    ),
    # A full stop, then a lowercase word: the next sentence lost its capital.
    (
        "K22",
        _TITLE + _LEAD + "Acara dibuka Kepala Rutan, Rabu (4/9/2024). bantuan dibagikan ke warga.",
        [("bantuan", "Bantuan")],
    ),
    (
        "K22",
        _TITLE + _LEAD + "Warga menyambut dengan gembira. mereka berharap acara berlanjut.",
        [("mereka", "Mereka")],
    ),
    # No space after the stop that ends a sentence on a number.
    (
        "P9",
        _TITLE + _LEAD + "Bakti sosial rutin sejak pandemi Covid-19.Warga sekitar ikut membantu.",
        [(".", ". ")],
    ),
    # A place's kind shortened and glued to its name, in capitals too.
    (
        "P9",
        _TITLE + _LEAD + "Spanduk bertuliskan PEMERINTAH KAB.KOTAWARINGIN TIMUR dipasang.",
        [(".", ". ")],
    ),
    (
        "P9",
        _TITLE + _LEAD + "Paket dibagikan di Jl.Jenderal Sudirman dan Kec.Baamang.",
        [(".", ". "), (".", ". ")],
    ),
    # A dash glued to the dateline's place, with or without the medium's name before it.
    (
        "P9",
        _TITLE + "SAMPIT- Rutan Sampit menggelar bakti sosial, Rabu (4/9/2024).\n",
        [("- ", " - ")],
    ),
    (
        "P9",
        _TITLE + "beritasampit.com, SAMPIT- Rutan Sampit menggelar bakti sosial.\n",
        [("- ", " - ")],
    ),
    # A doubled word with a space after its hyphen; a regulation's kind keeps both capitals.
    (
        "P9",
        _TITLE + _LEAD + "Petugas membagikan paket- paket sembako kepada warga.",
        [("paket- paket", "paket-paket")],
    ),
    (
        "P9",
        _TITLE
        + _LEAD
        + "Kegiatan ini sesuai Undang- undang Nomor 22 Tahun 2022 tentang Pemasyarakatan.",
        [("Undang- undang", "Undang-Undang")],
    ),
    # 'No' before a number or a letter's code.
    (
        "P11",
        _TITLE + _LEAD + "Dasarnya Surat Edaran Kepala Rutan No W16.PAS.3 tanggal 2 Mei 2024.",
        [("No", "No.")],
    ),
    (
        "P11",
        _TITLE + _LEAD + "Bantuan diterima warga di RT No 12 Kelurahan Baamang.",
        [("No", "No.")],
    ),
    # A degree right after the name, no comma between; a space inside it too.
    (
        "P27",
        _TITLE + _LEAD + "Kegiatan dipimpin Kasubsi Pelayanan, Rina Kartika S.Pd., bersama staf.",
        [("Kartika S.Pd.", "Kartika, S.Pd.")],
    ),
    (
        "P27",
        _TITLE + _LEAD + "Hadir pula Kasi Binadik, Yoga Pratama S.K.M., dan stafnya.",
        [("Pratama S.K.M.", "Pratama, S.K.M.")],
    ),
    (
        "P27",
        _TITLE + _LEAD + "Hadir Kasi Pengamanan, Dedi Saputra A.Md. Ip., di lokasi.",
        [("Saputra A.Md. Ip.", "Saputra, A.Md.Ip.")],
    ),
]

RESPECTS = [
    # The comma inside the mark; a word with '-nya' inside the quote; more after the word.
    ("P1", _TITLE + _LEAD + "“Kami akan terus hadir membantu warga sekitar,” kilahnya."),
    ("P1", _TITLE + _LEAD + "“Bakti sosial ini kami gelar setiap bulannya.”"),
    ("P1", _TITLE + _LEAD + "Warga menyebut acara itu “Jumat Berkah” setiap minggunya."),
    # A capital after the stop; an abbreviation's stop before a lowercase word.
    ("K22", _TITLE + _LEAD + "Acara dibuka Kepala Rutan, Rabu (4/9/2024). Bantuan dibagikan."),
    ("K22", _TITLE + _LEAD + "Bantuan berupa beras, minyak, gula, dll. dan dibagikan merata."),
    ("K22", _TITLE + _LEAD + "Acara dipandu Budi, S.Kesos. yang juga pembina warga binaan."),
    ("K22", _TITLE + _LEAD + "Info lengkap ada di laman rutansampit.com yang dikelola humas."),
    # A space after the stop; a decimal; a degree's dotted parts; a web address.
    ("P9", _TITLE + _LEAD + "Bakti sosial rutin sejak pandemi Covid-19. Warga ikut membantu."),
    ("P9", _TITLE + _LEAD + "Hadir Kasi Pengamanan, Dedi, A.Md.Ip., dan Budi, S.H., M.H."),
    ("P9", _TITLE + _LEAD + "Sebanyak 2.500 paket dibagikan dalam 1,5 jam."),
    ("P9", _TITLE + "KAB. KOTAWARINGIN TIMUR - Rutan Sampit menggelar bakti sosial.\n"),
    ("P9", _TITLE + _LEAD + "Info di laman rutan.kab.go.id atau surel humas@kab.go.id."),
    # A dash between spaces; a suspended hyphen before 'dan'; two different words.
    ("P9", _TITLE + "SAMPIT - Rutan Sampit menggelar bakti sosial, Rabu (4/9/2024).\n"),
    ("P9", _TITLE + _LEAD + "Warga menerima bantuan pra- dan pascapanen dari dinas."),
    ("P9", _TITLE + _LEAD + "Petugas membagikan paket-paket sembako kepada warga."),
    # 'No.' and 'Nomor' written out; 'No' before no number.
    ("P11", _TITLE + _LEAD + "Dasarnya Surat Edaran No. W16.PAS.3 dan Nomor 7 Tahun 2024."),
    ("P11", _TITLE + _LEAD + "Spanduk bertuliskan No Pungli dipasang di depan pintu."),
    # A degree after its comma; a name's initials; a street named with initials.
    (
        "P27",
        _TITLE + _LEAD + "Kegiatan dipimpin Kasubsi Pelayanan, Rina Kartika, S.Pd., bersama staf.",
    ),
    ("P27", _TITLE + _LEAD + "Bantuan diserahkan kepada warga Jalan A.H. Nasution, Baamang."),
    ("P27", _TITLE + _LEAD + "Warga binaan Budi S., yang bebas bulan lalu, ikut membantu."),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert found(text, rule) == []
