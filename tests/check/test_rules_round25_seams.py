"""Round 25 of issue 13, commas and datelines: readings narrowed to the grammar they
misread. A quote that a naming word introduces ('bertema "…"', 'berjudul "…"') is a title,
not speech: the sentence's comma stays outside it (P1). A hyphen inside an outlet's name in
the dateline is not the dateline's dash (P9). A verb that a preposition governs ('untuk
diketahui') is no predicate of the clause before 'terdiri atas' (P18). Each class with
texts of our own that break the rule and texts that respect it (none copied from a corpus).
A phrase that hands the reader a fact ('Untuk diketahui', 'Seperti diketahui', 'Sebagai
informasi') opening a sentence takes a comma after it (P8, EYD V). 'Hal itu/ini/tersebut' with
a predicate after a whole clause and a comma opens a new sentence (P28)."""

from __future__ import annotations

import pytest
from checkhelp import found

_TITLE = "Rutan Wonogiri Gelar Sosialisasi Hukum\n"
_LEAD = "Wonogiri - Rutan Wonogiri menggelar sosialisasi hukum, Senin (2/3/2026).\n"
_BODY = _TITLE + _LEAD

BREAKS = [
    # Speech keeps its comma inside the closing mark, whatever the word before the quote.
    (
        "P1",
        _BODY + 'Ia berpesan "jaga kebersihan kamar", kata Kepala Rutan.',
        [('",', ',"')],
    ),
    (
        "P1",
        _BODY + "Kepala Rutan berkata “kami siap melayani”, Senin pagi.",
        [("”,", ",”")],
    ),
    # A quote after a naming word with an attribution after it is still speech.
    (
        "P1",
        _BODY + 'Ia mengingatkan tema "kerja ikhlas", ujarnya.',
        [('",', ',"')],
    ),
    # A dateline's place glued to its dash is still spaced, outlet or not.
    (
        "P9",
        "Rutan Wonogiri Gelar Sosialisasi\nWONOGIRI-Rutan Wonogiri menggelar sosialisasi.\n",
        [("-", " - ")],
    ),
    (
        "P9",
        "Rutan Wonogiri Gelar Sosialisasi\nKABAR.com, WONOGIRI- Rutan Wonogiri menggelar "
        "sosialisasi.\n",
        [("- ", " - ")],
    ),
    # A phrase that hands the reader a fact opens the sentence: a comma follows it.
    (
        "P8",
        _BODY + "Untuk diketahui gedung itu dibangun pada 1980.",
        [("Untuk diketahui", "Untuk diketahui,")],
    ),
    (
        "P8",
        _BODY + "Seperti diketahui Rutan Wonogiri menampung 210 warga binaan.",
        [("Seperti diketahui", "Seperti diketahui,")],
    ),
    (
        "P8",
        _BODY + "Sebagai informasi layanan kunjungan dibuka setiap Selasa.",
        [("Sebagai informasi", "Sebagai informasi,")],
    ),
    (
        "P8",
        _BODY + "Perlu diketahui pendaftaran ditutup pada Jumat.",
        [("Perlu diketahui", "Perlu diketahui,")],
    ),
    # One dash parts the dateline from the lead, not two.
    (
        "P9",
        "Rutan Wonogiri Gelar Sosialisasi\nWONOGIRI, KABAR.com – – Rutan Wonogiri menggelar "
        "sosialisasi.\n",
        [("– –", "–")],
    ),
    (
        "P9",
        "Rutan Wonogiri Gelar Sosialisasi\nWonogiri - - Rutan Wonogiri menggelar sosialisasi.\n",
        [("- -", "-")],
    ),
    # 'Hal itu' with its own predicate after a whole clause: a new sentence.
    (
        "P28",
        _BODY + "Petugas jaga di pos atas minta ditambah, hal itu disampaikan Kepala Rutan "
        "saat rapat.",
        [(", hal", ". Hal")],
    ),
    (
        "P28",
        _BODY + "Warga binaan menanam sayur di lahan rutan, hal ini dilakukan untuk "
        "ketahanan pangan.",
        [(", hal", ". Hal")],
    ),
    (
        "P28",
        _BODY + "Rutan menerima bantuan buku, hal tersebut juga diapresiasi warga binaan.",
        [(", hal", ". Hal")],
    ),
    # A whole clause before 'terdiri atas': the comma goes before it.
    (
        "P18",
        _BODY + "Rutan Wonogiri kini menampung 210 warga binaan terdiri atas 190 pria "
        "dan 20 wanita.",
        [("binaan terdiri", "binaan, terdiri")],
    ),
]

RESPECTS = [
    # A theme, title or term in quotes is no speech: the comma after it is the sentence's.
    ("P1", _BODY + 'Kegiatan digelar dengan tema "cegah pengulangan tindak pidana", Senin.'),
    ("P1", _BODY + "Seminar bertema “Hukum untuk Masa Depan”, Kanwil hadir di aula."),
    ("P1", _BODY + 'Buku berjudul "jalan pulang", karya warga binaan, dipamerkan.'),
    ("P1", _BODY + 'Lomba bertajuk "lapas bersih", yang digelar Senin, diikuti 20 tim.'),
    ("P1", _BODY + 'Petugas memakai istilah "pintu gerbang", bukan "portir".'),
    ("P1", _BODY + 'Program ini mengusung slogan "melayani dengan hati", Selasa pagi.'),
    ("P1", _BODY + "Rutan mengusung tema nasional “Melayani dengan Hati”, Selasa pagi."),
    # The phrase with its comma, or going on with 'bahwa' or a preposition's phrase.
    ("P8", _BODY + "Untuk diketahui, gedung itu dibangun pada 1980."),
    ("P8", _BODY + "Perlu diketahui bahwa pendaftaran ditutup pada Jumat."),
    ("P8", _BODY + "Sebagai informasi bagi keluarga, kunjungan dibuka setiap Selasa."),
    ("P8", _BODY + "Seperti diketahui bersama, rutan ini dibangun pada 1980."),
    ("P8", _BODY + "Untuk diketahui oleh warga, layanan ini gratis."),
    ("P8", _BODY + "Petugas perlu diketahui namanya oleh warga."),
    ("P8", _BODY + "Hal itu untuk diketahui warga binaan."),
    # A hyphen inside the outlet's name is the name's; the dateline's dash is spaced.
    (
        "A7",
        "Rutan Wonogiri Gelar Sosialisasi\nKABAR-JATENG.com, WONOGIRI - Rutan Wonogiri "
        "menggelar sosialisasi.\n",
    ),
    (
        "P9",
        "Rutan Wonogiri Gelar Sosialisasi\nKABAR-JATENG.com, WONOGIRI - Rutan Wonogiri "
        "menggelar sosialisasi.\n",
    ),
    (
        "P9",
        "Rutan Wonogiri Gelar Sosialisasi\nSUARA-SOLO.co.id, WONOGIRI – Rutan Wonogiri "
        "menggelar sosialisasi.\n",
    ),
    (
        "P9",
        "Rutan Wonogiri Gelar Sosialisasi\nWARTA-NUSA, WONOGIRI - Rutan Wonogiri "
        "menggelar sosialisasi.\n",
    ),
    # One dash after the dateline, and dashes of a parenthesis in the lead's sentence.
    (
        "P9",
        "Rutan Wonogiri Gelar Sosialisasi\nWONOGIRI – Rutan Wonogiri – lembaga di bawah "
        "Kanwil – menggelar sosialisasi.\n",
    ),
    (
        "P9",
        "Rutan Wonogiri Gelar Sosialisasi\nWONOGIRI – Rutan menggelar sosialisasi – - dan lomba.\n",
    ),
    # 'hal itu' after an opening phrase or clause, a reported clause, or in speech.
    ("P28", _BODY + "Kepala Rutan mengatakan, hal itu dilakukan untuk ketahanan pangan."),
    ("P28", _BODY + "Menurut Kepala Rutan, hal itu dilakukan untuk ketahanan pangan."),
    ("P28", _BODY + "Karena lahan sempit, hal ini membuat panen kecil."),
    ("P28", _BODY + "Selain menanam sayur, hal ini melatih kesabaran warga binaan."),
    ("P28", _BODY + "Ia menjelaskan bahwa lahan sempit, hal ini membuat panen kecil."),
    ("P28", _BODY + "“Lahan kami sempit, hal ini membuat panen kecil,” kata Budi."),
    ("P28", _BODY + "Kegiatan yang diikuti petugas, hal itu juga dihadiri warga."),
    ("P28", _BODY + "Dalam rapat itu, hal ini dibahas panjang."),
    (
        "P28",
        _BODY + "Lahan itu luas, yang apabila petugas tidak merawatnya dengan baik, hal "
        "tersebut bisa menjadi masalah.",
    ),
    ("P28", _BODY + "Petugas menanam sayur, hal yang sudah lama direncanakan."),
    # 'terdiri atas' as the predicate of a subject that a purpose phrase opens.
    (
        "P18",
        _BODY + "Untuk diketahui gedung baru yang berdiri di samping rutan terdiri atas "
        "tiga lantai.",
    ),
    (
        "P18",
        _BODY + "Sebagai informasi blok hunian yang dibangun tahun lalu terdiri atas enam kamar.",
    ),
    (
        "P18",
        _BODY + "Ruang kunjungan yang terletak di depan rutan terdiri atas dua bagian.",
    ),
    (
        "P18",
        _BODY + "Bangunan untuk menampung barang titipan terdiri atas dua ruang.",
    ),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert found(text, rule) == []
