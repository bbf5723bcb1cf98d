"""Round 12 of issue 13, quote marks, brackets, datelines and marks inside words: a quote
opened again before the last one closed lacks its closing mark where the writer's words
begin (P5, one finding there, none on the marks that pair); a mark glued between a comma and
the quote's first word opens the quote (P9 turns it, P5 pairs it); a quoted sentence after
any lead-in word takes a comma (P3); a dateline's dash glued to its place, a dateline's comma
glued to a bracket, a credit's space inside its bracket (P9, P5); a full stop between two
lowercase words, a place's kind glued to its name in a dateline (P9); a stray closing mark
after 'Menurutnya,' (P5). Each class with texts of our own that break the rule and texts that
respect it (none copied from a corpus)."""

from __future__ import annotations

import pytest
from checkhelp import found

_TITLE = "Bapas Sleman Latih Klien Menjahit\n"
_LEAD = "Sleman - Bapas Sleman melatih klien menjahit, Selasa (3/9/2024).\n"

BREAKS = [
    # A quote opened again before the first closed: it ends with its first sentence...
    (
        "P5",
        _TITLE
        + _LEAD
        + "“Kami melatih klien setiap pekan. Bapas juga menyiapkan ruang pamer bagi karya"
        " klien. “Hasilnya dijual ke koperasi,” kata Budi.",
        [("pekan.", "pekan.”")],
    ),
    # ... or before the writer's sentence that leads into the second quote.
    (
        "P5",
        _TITLE + _LEAD + "“Kelas dibuka setiap pagi. Pesertanya dua puluh orang. Budi menambahkan,"
        " “Hasilnya dijual,” katanya.",
        [("orang.", "orang.”")],
    ),
    # A quote left open at a paragraph's end, the next paragraph's mark glued after a comma.
    (
        "P5",
        _TITLE
        + _LEAD
        + "Klien juga ikut kegiatan rohani. “Untuk klien Muslim ada pengajian setiap Jumat.\n"
        "Kata Budi,”Untuk klien Kristen ada ibadah setiap Minggu.”",
        [("Jumat.", "Jumat.”")],
    ),
    (
        "P9",
        _TITLE + _LEAD + "Kata Budi,”Untuk klien Kristen ada ibadah setiap Minggu.”",
        [("”", " “")],
    ),
    # A whole sentence quoted after a noun or a name, with no comma.
    (
        "P3",
        _TITLE + _LEAD + 'Ketua panitia memberi pesan penutup "Semua klien wajib hadir" ujar Budi.',
        [('penutup "Semua', 'penutup, "Semua')],
    ),
    (
        "P3",
        _TITLE
        + _LEAD
        + "Hal itu disampaikan Kepala Bapas Sleman “pembinaan klien anak ini menurut kami sangat"
        " penting” kata Budi.",
        [("Sleman “pembinaan", "Sleman, “Pembinaan")],
    ),
    (
        "P3",
        _TITLE + _LEAD + "Budi menutup acara dengan pesan “Jangan ulangi kesalahan yang sama.”",
        [("pesan “Jangan", "pesan, “Jangan")],
    ),
    # A dateline's dash glued to its place.
    (
        "P9",
        _TITLE + "SLEMAN–Bapas Sleman melatih klien menjahit, Selasa (3/9/2024).",
        [("–", " – ")],
    ),
    (
        "P9",
        _TITLE + "SLEMAN– Bapas Sleman melatih klien menjahit, Selasa (3/9/2024).",
        [("– ", " – ")],
    ),
    # A dateline's comma glued to the bracket after it.
    (
        "P9",
        _TITLE + "Sleman,(Humas Bapas) – Bapas Sleman melatih klien menjahit, Selasa (3/9/2024).",
        [
            (
                "Sleman,(Humas Bapas) – Bapas",
                "Sleman, (Humas Bapas) – Bapas",
            )
        ],
    ),
    # A credit's space inside its bracket.
    (
        "P5",
        _TITLE + _LEAD + "Pelatihan berlangsung tiga hari. ( RINA)",
        [("( ", "(")],
    ),
    # A stray closing mark after a word that reports speech, the writer's words after it.
    (
        "P5",
        _TITLE + _LEAD + "Menurutnya,” ruang kelas klien sudah diperluas tahun ini.",
        [("”", None)],
    ),
    # A dateline's shortened place kind glued to the name.
    (
        "P9",
        _TITLE + "KAB.SLEMAN, GODEAN – Bapas Sleman melatih klien, Selasa (3/9/2024).",
        [(".", ". ")],
    ),
    # A full stop between two lowercase words.
    (
        "P9",
        _TITLE + _LEAD + "Pelatihan ini.kan sudah rutin, jadi klien taat dengan.aturan kelas.",
        [("ini.kan", "ini kan"), ("dengan.aturan", "dengan aturan")],
    ),
]

RESPECTS = [
    ("P5", _TITLE + _LEAD + "“Kami siap. Semua hadir,” kata Budi. “Besok kami mulai,” tambahnya."),
    (
        "P5",
        _TITLE
        + _LEAD
        + "“Klien dilatih menjahit setiap pekan.\n“Hasilnya dijual ke koperasi,” kata Budi.",
    ),
    ("P5", _TITLE + _LEAD + "Kata Budi, “Untuk klien Kristen ada ibadah setiap Minggu.”"),
    ("P9", _TITLE + _LEAD + "Kata Budi, “Untuk klien Kristen ada ibadah setiap Minggu.”"),
    # A quoted name or term, a quote after a naming word, a quote after a saying verb's comma.
    ("P3", _TITLE + _LEAD + "Bapas menggelar kegiatan bertema “Bersama Membangun Negeri” di aula."),
    ("P3", _TITLE + _LEAD + "Klien diajak menjadi “duta kebersihan” di lingkungannya sendiri."),
    ("P3", _TITLE + _LEAD + "Program “Klien Mandiri Sejahtera Bersama Bapas” dibuka hari Senin."),
    ("P3", _TITLE + _LEAD + "Ia memakai istilah “keadilan yang memulihkan bagi semua pihak.”"),
    ("P3", _TITLE + _LEAD + "Budi mengatakan, “Semua klien wajib hadir tepat waktu.”"),
    ("P3", _TITLE + _LEAD + "Tema pelatihan tahun ini “Klien Terampil, Klien Mandiri.”"),
    # A dateline spaced the standard way; a double name with a hyphen.
    ("P9", _TITLE + "SLEMAN – Bapas Sleman melatih klien menjahit, Selasa (3/9/2024)."),
    ("P9", _TITLE + "Sleman-Bantul menjadi tuan rumah pelatihan klien, Selasa (3/9/2024)."),
    ("P9", _TITLE + "Sleman, (Humas Bapas) – Bapas Sleman melatih klien, Selasa (3/9/2024)."),
    ("P5", _TITLE + _LEAD + "Pelatihan berlangsung tiga hari. (RINA)"),
    ("P5", _TITLE + _LEAD + "Menurutnya, “ruang kelas klien sudah diperluas,” ujarnya."),
    ("P9", _TITLE + "KAB. SLEMAN, GODEAN – Bapas Sleman melatih klien, Selasa (3/9/2024)."),
    # Addresses and files keep their dots.
    ("P9", _TITLE + _LEAD + "Berita ada di bapassleman.com dan jadwal.pdf dikirim ke klien."),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert found(text, rule) == []
