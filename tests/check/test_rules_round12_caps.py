"""Round 12 of issue 13, capitals a clause's place gave a word rather than a name: a closed-
class word capitalised after a comma (K18), a position's short form in lowercase for the one
holder (K1), an office's kind spread over a region (K2), the genre's people nouns and a noun
counted by a number word (K3), a cited regulation's title left in lowercase (K31), and a
unit's name 'Humas dan Protokol' (K4, no finding). Each class with texts of our own that
break the rule and texts that respect it (none copied from a corpus)."""

from __future__ import annotations

import pytest
from checkhelp import found

_TITLE = "Lapas Wonogiri Gelar Pelatihan Las bagi Warga Binaan\n"
_LEAD = "Wonogiri - Lapas Wonogiri menggelar pelatihan las, Rabu (4/9/2024).\n"

BREAKS = [
    # A closed-class word after a comma, before a mark or a capital (K18's own reading needs
    # a lowercase word after it).
    (
        "K18",
        _TITLE + _LEAD + "Usai apel, Selanjutnya, petugas memeriksa kamar hunian.",
        [("Selanjutnya", "selanjutnya")],
    ),
    (
        "K18",
        _TITLE + _LEAD + "Untuk ikut pelatihan (kelas las), Setiap Narapidana wajib mendaftar.",
        [("Setiap", "setiap")],
    ),
    (
        "K18",
        _TITLE + _LEAD + "Kata Kalapas, Mereka akan menerima sertifikat.",
        [("Mereka", "mereka")],
    ),
    # A position's short form for the one holder, as the subject after a sentence adverb.
    (
        "K1",
        _TITLE + _LEAD + "Kemudian, kalapas meninjau bengkel kerja.",
        [("kalapas", "Kalapas")],
    ),
    (
        "K1",
        _TITLE + _LEAD + "Setelah itu, kakanwil juga memberi arahan.",
        [("kakanwil", "Kakanwil")],
    ),
    # An office's kind in capitals with no place of its own, spread over a region.
    (
        "K2",
        _TITLE + _LEAD + "Layanan baru itu berlaku pada Kantor Imigrasi di seluruh Indonesia.",
        [("Kantor Imigrasi", "kantor imigrasi")],
    ),
    (
        "K2",
        _TITLE + _LEAD + "Edaran itu dikirim ke Kantor Pertanahan di lingkungan Jawa Tengah.",
        [("Kantor Pertanahan", "kantor pertanahan")],
    ),
    # The genre's people nouns after a lowercase word, before no name.
    (
        "K3",
        _TITLE + _LEAD + "Peserta pelatihan terdiri dari Warga Binaan Pemasyarakatan pilihan.",
        [("Warga Binaan Pemasyarakatan", "warga binaan pemasyarakatan")],
    ),
    (
        "K3",
        _TITLE + _LEAD + "Instruktur datang untuk Warga Binaan, sedangkan petugas berjaga.",
        [("Warga Binaan", "warga binaan")],
    ),
    (
        "K3",
        _TITLE + _LEAD + "Kalapas menjawab kabar tentang Narapidana yang kabur.",
        [("Narapidana", "narapidana")],
    ),
    (
        "K3",
        _TITLE + _LEAD + "Keseharian Warga Binaan Pemasyarakatan (WBP) diisi kegiatan kerja.",
        [("Warga Binaan Pemasyarakatan", "warga binaan pemasyarakatan")],
    ),
    # A noun counted by a number word, as generic as after a digit.
    (
        "K3",
        _TITLE + _LEAD + "Pelatihan serupa digelar di tiga Kecamatan sekitar Wonogiri.",
        [("Kecamatan", "kecamatan")],
    ),
    (
        "K3",
        _TITLE + _LEAD + "“Empat Kabupaten sudah mengirim peserta,” ujarnya.",
        [("Kabupaten", "kabupaten")],
    ),
    # A sentence that opens with 'Beragam' or 'Aneka': the noun after it is no name's word.
    (
        "K3",
        _TITLE + _LEAD + "Aneka Kegiatan digelar bagi peserta.",
        [("Kegiatan", "kegiatan")],
    ),
    # A run of plain words the title also sets in capitals: the title makes no name of it.
    (
        "K24",
        "Lapas Wonogiri Bahas Pemulihan Kembali Hubungan Sosial\n"
        + _LEAD
        + "Diskusi itu bertujuan Pemulihan Kembali hubungan warga binaan dengan keluarga.",
        [("Pemulihan Kembali", "pemulihan kembali")],
    ),
    # A kind of official KBBI writes in lowercase, however its short form follows.
    (
        "K14",
        _TITLE + _LEAD + "Lapas bersinergi dengan Aparat Penegak Hukum (APH) setempat.",
        [("Aparat Penegak Hukum", "aparat penegak hukum")],
    ),
    # A syllabic short form in brackets after the lowercase words it is made of.
    (
        "K9",
        _TITLE + _LEAD + "Rapat membahas sarana dan prasarana (Sarpras) bengkel las.",
        [("Sarpras", "sarpras")],
    ),
    (
        "K9",
        _TITLE + _LEAD + "Hal itu bagian dari tugas pokok dan fungsi (Tupoksi) petugas.",
        [("Tupoksi", "tupoksi")],
    ),
    # A list's item capitalised after a comma before a noun that only looks like a verb
    # ('mesin', 'berita': roots, not me-/ber- forms).
    (
        "K24",
        _TITLE
        + _LEAD
        + "Kegiatan meliputi pengecatan tembok, Perbaikan mesin jahit, dan "
        + "penataan taman.",
        [("Perbaikan", "perbaikan")],
    ),
    # A cited regulation's title all in lowercase.
    (
        "K31",
        _TITLE + _LEAD + "Hak itu diatur dalam UU Nomor 22 Tahun 2022 tentang pemasyarakatan.",
        [("pemasyarakatan", "Pemasyarakatan")],
    ),
    (
        "K31",
        _TITLE
        + _LEAD
        + "Dasarnya Peraturan Menteri Nomor 7 Tahun 2022 tentang syarat dan tata cara remisi, "
        + "kata Kalapas.",
        [("syarat dan tata cara remisi", "Syarat dan Tata Cara Remisi")],
    ),
    # 'Humas' alone, generic, still lowercase (the unit's reading below needs its field).
    ("K4", _TITLE + _LEAD + "Tugas Humas adalah menyebarkan informasi.", [("Humas", "humas")]),
]

RESPECTS = [
    # A closed word after a comma that K18 reads itself, a name's word, a quote.
    ("K18", _TITLE + _LEAD + "Menurut Kalapas, setiap peserta wajib hadir."),
    ("K18", _TITLE + _LEAD + "Sambutan disampaikan oleh pejabat Kementerian Dalam Negeri."),
    ("K18", _TITLE + _LEAD + "Doa dipanjatkan kepada Tuhan, Yang Maha Esa memberi kekuatan."),
    ("K18", _TITLE + _LEAD + "“Semua siap,” ujarnya. “Setiap peserta mendapat alat.”"),
    # A generic short form: plural, counted, or a job one takes; a capitalised title.
    ("K1", _TITLE + _LEAD + "Kemudian, para kalapas menerima arahan."),
    ("K1", _TITLE + _LEAD + "Budi pernah menjadi kalapas di dua tempat."),
    ("K1", _TITLE + _LEAD + "Kemudian, Kalapas meninjau bengkel kerja."),
    # An office with its place; a region's office named whole.
    ("K2", _TITLE + _LEAD + "Pemohon datang ke Kantor Imigrasi Wonogiri di Jalan Merdeka."),
    ("K2", _TITLE + _LEAD + "Rapat digelar di Kantor Wilayah Jawa Tengah di Semarang."),
    # The people noun in a name, a place's name, or lowercase.
    ("K3", _TITLE + _LEAD + "Program Warga Binaan Mandiri berjalan sejak Juli."),
    ("K3", _TITLE + _LEAD + "Petugas mengantar tahanan ke Rumah Tahanan Negara Wonogiri."),
    ("K3", _TITLE + _LEAD + "Rumah Tahanan (Rutan) Wonogiri juga ikut serta."),
    ("K3", _TITLE + _LEAD + "Pelatihan diikuti warga binaan pemasyarakatan dari tiga blok."),
    ("K3", _TITLE + _LEAD + "Ia bercerita tentang Tiga Serangkai, grup musik lapas."),
    # The kinds of people written right.
    ("K14", _TITLE + _LEAD + "Lapas bersinergi dengan aparat penegak hukum (APH) setempat."),
    # An office's short form the glossary capitalises; a gloss that is no acronym of its words.
    ("K9", _TITLE + _LEAD + "Ia pernah bertugas di lembaga pemasyarakatan (Lapas) terbuka."),
    ("K9", _TITLE + _LEAD + "Pelatihan dipandu instruktur dari luar (Wonosari)."),
    # A name after a comma before a prefixed verb: the clause's subject.
    ("K24", _TITLE + _LEAD + "Saat membuka pelatihan, Dian bertemu peserta."),
    ("K24", _TITLE + _LEAD + "Menurut petugas, Budi terus berlatih."),
    # The body names the run inside a longer name.
    (
        "K24",
        "Lapas Wonogiri Bahas Pemulihan Kembali Hubungan Sosial\n"
        + _LEAD
        + "Lapas membuka layanan Pemulihan Kembali Hubungan Sosial bagi klien. Diskusi "
        + "bertujuan Pemulihan Kembali hubungan keluarga.",
    ),
    # A title written right; a clause after the title ('yang', a verb) is left alone.
    ("K31", _TITLE + _LEAD + "Hak itu diatur dalam UU Nomor 22 Tahun 2022 tentang Pemasyarakatan."),
    (
        "K31",
        _TITLE + _LEAD + "Ia menyebut UU Nomor 22 Tahun 2022 tentang hal yang diatur ulang.",
    ),
    # A unit's name that joins two fields with 'dan'.
    ("K4", _TITLE + _LEAD + "Sejak itu, peran Humas dan Protokol makin penting."),
    ("K4", _TITLE + _LEAD + "Dinas Kominfo, Humas dan Protokol membagikan rilis."),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert found(text, rule) == []
