"""Round 10 of issue 13, punctuation: a comma right after a conjunction (P39), a comma between
a subject closed by a demonstrative and its verb (P39), the comma before a list opened by
'di antaranya' / 'antara lain' (P18), a contrast after a bracket or with 'bukan' (P17), a
time set into the sentence and not closed before the verb of saying (P40), and 'yaitu' as
the copula of a subject (no P18). Each class with texts of our own that break the rule and
texts that respect it (none copied from a corpus)."""

from __future__ import annotations

import pytest
from checkhelp import found

_TITLE = "Lapas Sampit Gelar Pelatihan Menjahit bagi Warga Binaan\n"
_LEAD = "Sampit - Lapas Sampit menggelar pelatihan menjahit, Rabu (4/9/2024).\n"

BREAKS = [
    # A comma between a conjunction and the clause it opens.
    (
        "P39",
        _TITLE
        + _LEAD
        + "Pelatihan ditunda sepekan. Hal itu terjadi karena, mesin jahit belum tiba.",
        [(",", "")],
    ),
    (
        "P39",
        _TITLE + _LEAD + "Warga binaan dilatih keterampilan seperti, menjahit dan menyablon.",
        [(",", "")],
    ),
    (
        "P39",
        _TITLE + _LEAD + "Petugas mendampingi peserta sehingga, hasil jahitan mereka rapi.",
        [(",", "")],
    ),
    # The same after a copula or 'yaitu': what it names follows it directly.
    (
        "P39",
        _TITLE + _LEAD + "Peserta terbaik pelatihan tahun ini adalah, Rina dari Blok C.",
        [(",", "")],
    ),
    # A subject closed by 'itu', 'ini' or 'tersebut', its comma, then the predicate.
    (
        "P39",
        _TITLE + _LEAD + "Perempuan yang biasa disapa Rina itu, menuturkan bahwa peserta antusias.",
        [(",", "")],
    ),
    (
        "P39",
        _TITLE + _LEAD + "Ruang pelatihan tersebut, akan dipakai lagi pada bulan depan.",
        [(",", "")],
    ),
    # The same after a sentence adverb that opens the sentence.
    (
        "P39",
        _TITLE + _LEAD + "Sebelumnya pelatihan serupa itu, digelar di Lapas Palangka Raya.",
        [(",", "")],
    ),
    # A list opened by 'di antaranya' or 'antara lain' after a clause's noun.
    (
        "P18",
        _TITLE
        + _LEAD
        + "Peserta datang dari berbagai blok di antaranya Blok A, Blok B, dan Blok C.",
        [("blok di antaranya", "blok, di antaranya")],
    ),
    (
        "P18",
        _TITLE + _LEAD + "Lapas menyediakan bahan antara lain kain, benang, dan kancing.",
        [("bahan antara lain", "bahan, antara lain")],
    ),
    # 'yakni' after a phrase closed by 'tersebut': it names what the phrase holds.
    (
        "P18",
        _TITLE + _LEAD + "Mesin yang diperbaiki petugas tersebut yakni tiga mesin jahit.",
        [("tersebut yakni", "tersebut, yakni")],
    ),
    (
        "P18",
        _TITLE + _LEAD + "Petugas menyiapkan dua hal yaitu melatih dan mendampingi peserta.",
        [("hal yaitu", "hal, yaitu")],
    ),
    # The contrast after a bracket that closes the clause; a short contrast with 'bukan'.
    (
        "P17",
        _TITLE
        + _LEAD
        + "Peserta tidak dipungut biaya (gratis) tetapi mereka wajib hadir setiap hari.",
        [("(gratis) tetapi", "(gratis), tetapi")],
    ),
    (
        "P17",
        _TITLE
        + _LEAD
        + "Ia menjelaskan, peserta hanya membawa bekal bukan peralatan, karena semua disediakan.",
        [("bekal bukan", "bekal, bukan")],
    ),
    # A time set into the sentence after a comma, not closed before the verb of saying.
    (
        "P40",
        _TITLE
        + _LEAD
        + "Kepala Lapas Sampit Budi Santoso kepada wartawan, Kamis (5/9/2024) menjelaskan,"
        + " pelatihan berlangsung sebulan.",
        [("(5/9/2024)", "(5/9/2024),")],
    ),
    # A long opening phrase runs into a pronoun subject.
    (
        "P35",
        _TITLE + _LEAD + "Dalam kunjungan ke ruang pelatihan Lapas Sampit beliau meninjau mesin.",
        [("Sampit", "Sampit,")],
    ),
]

RESPECTS = [
    # A short opening phrase before a pronoun subject: the comma is the writer's choice.
    ("P35", _TITLE + _LEAD + "Dari hasil pelatihan pihaknya menilai peserta cepat belajar."),
    # The conjunction runs into its clause; a short aside closed by its comma.
    ("P39", _TITLE + _LEAD + "Pelatihan ditunda sepekan karena mesin jahit belum tiba."),
    ("P39", _TITLE + _LEAD + "Pelatihan ditunda karena, menurut petugas, mesin jahit belum tiba."),
    ("P39", _TITLE + _LEAD + "Pelatihan ditunda karena, pertama, mesin jahit belum tiba."),
    ("P39", _TITLE + _LEAD + "Bahannya ada dua, yaitu kain katun dan benang jahit."),
    # The subject runs into its predicate; a connector's comma; an aside set off.
    (
        "P39",
        _TITLE + _LEAD + "Perempuan yang biasa disapa Rina itu menuturkan bahwa peserta antusias.",
    ),
    ("P39", _TITLE + _LEAD + "Selain itu, menjahit menjadi bekal warga binaan setelah bebas."),
    ("P39", _TITLE + _LEAD + "Untuk itu, melatih kesabaran menjadi bagian pelatihan."),
    ("P39", _TITLE + _LEAD + "Sehubungan dengan hal itu, diharapkan peserta hadir tepat waktu."),
    ("P39", _TITLE + _LEAD + "Tak hanya itu, berbagai hasil jahitan juga dipamerkan."),
    ("P39", _TITLE + _LEAD + "Lebih dari itu, menjahit melatih ketekunan warga binaan."),
    (
        "P39",
        _TITLE + _LEAD + "Pria tersebut, didampingi istrinya, mengunjungi kelas menjahit.",
    ),
    # The comma is there; a list in a speaker's words; 'di antaranya' after a verb of saying.
    ("P18", _TITLE + _LEAD + "Peserta datang dari berbagai blok, di antaranya Blok A dan Blok B."),
    ("P18", _TITLE + _LEAD + "“Kami menyiapkan bahan antara lain kain dan benang,” kata Budi."),
    # 'yaitu' as the copula of a subject with its relative clause, then the predicate's verb.
    (
        "P18",
        _TITLE + _LEAD + "Tahap awal yang dijalani peserta yaitu mengukur pola di atas kain.",
    ),
    # 'salah satunya' after 'itu' belongs to the subject.
    ("P18", _TITLE + _LEAD + "Kegiatan itu salah satunya diikuti warga binaan lansia."),
    # 'bukan' as the predicate's negation; a contrast already set off.
    (
        "P17",
        _TITLE + _LEAD + "Ia menegaskan bahwa warga binaan bukan penjahat, melainkan pembelajar.",
    ),
    ("P17", _TITLE + _LEAD + "Peserta tidak dipungut biaya (gratis), tetapi mereka wajib hadir."),
    ("P17", _TITLE + _LEAD + "Pelatihan ini bukan hal baru, karena sudah digelar tahun lalu."),
    # The time closed by its comma; a time that is the verb's own, with no comma before it.
    (
        "P40",
        _TITLE
        + _LEAD
        + "Kepala Lapas Sampit Budi Santoso kepada wartawan, Kamis (5/9/2024), menjelaskan,"
        + " pelatihan berlangsung sebulan.",
    ),
    ("P40", _TITLE + _LEAD + "Budi Santoso pada Kamis (5/9/2024) menjelaskan tujuan pelatihan."),
    # The comma before the day closes the apposition of the name.
    ("P40", _TITLE + _LEAD + "Kepala Lapas, Budi Santoso, Kamis (5/9) menjelaskan tujuannya."),
    # 'di antaranya' after a part of the whole: 'of them', no list.
    (
        "P18",
        _TITLE + _LEAD + "Peserta datang dari tiga blok dan sebagian besar di antaranya perempuan.",
    ),
    ("P18", _TITLE + _LEAD + "Pelatihan diikuti 30 peserta dan 12 orang di antaranya lulus."),
    # 'di antaranya' after a verb of saying: the list is its object.
    ("P18", _TITLE + _LEAD + "Budi lalu menyebutkan di antaranya kain, benang, dan jarum."),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert found(text, rule) == []
