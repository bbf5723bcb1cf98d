"""K10 (countries, heads, a class's forms), K18–K22: capitals in mid-sentence where no name
stands, and words joined or split wrongly. Each rule: texts that break it, texts that
respect it."""

from __future__ import annotations

import pytest
from checkhelp import found

_HEAD = "Judul Berita\nKupang - Kegiatan berjalan lancar.\n"  # a title and a lead first

BREAKS = [
    ("K1", "Ia membantu 1 asisten dan kepala KUA Kupang.", [("kepala", "Kepala")]),
    # K10: a country, a head before a name, a class written apart, a comma before the place.
    ("K10", "Banyak warga korea bersekolah di sana.", [("korea", "Korea")]),
    (
        "K10",
        "Mereka bersekolah di universitas Indonesia.",
        [("universitas", "Universitas")],
    ),
    ("K10", "Wilayahnya meliputi kota Pangkalpinang.", [("kota", "Kota")]),
    (
        "K10",
        "Lembaga Pemasyarakatan (Lapas) kelas II-A Kalianda membuka pelatihan.",
        [("kelas II-A", "Kelas IIA")],
    ),
    (
        "K10",
        "Rutan Kelas IIB, Kabanjahe, Kabupaten Karo, penuh. Petugas Rutan Kabanjahe bekerja.",
        [("IIB, Kabanjahe", "IIB Kabanjahe")],
    ),
    (
        "K10",
        "Ia bertugas di Rutan Serang. Band tampil di Rutan serang, tempat mereka berlatih.",
        [("serang", "Serang")],
    ),
    # K18: a closed-class word capitalised in mid-sentence before a lowercase word.
    ("K18", "MZ, Salah satu warga binaan, turut menanggapi.", [("Salah", "salah")]),
    ("K18", "Hal tersebut Ia sampaikan saat berkeliling.", [("Ia", "ia")]),
    ("K18", "Kadis menyampaikan, Untuk para calon kepala desa.", [("Untuk", "untuk")]),
    ("K18", "Kadivmin menyampaikan Menurutnya, gedung itu baru.", [("Menurutnya", "menurutnya")]),
    # K19: a derived verb or a ter- superlative capitalised in mid-sentence.
    ("K19", "Kadivmin Jateng Diterima langsung oleh Kepala Lapas.", [("Diterima", "diterima")]),
    ("K19", "Lapas Cikarang merupakan Lapas Terbaik yang pernah ada.", [("Terbaik", "terbaik")]),
    ("K19", "Ia menjadi anggota Teraktif Timpora.", [("Teraktif", "teraktif")]),
    # K20: two known words joined with an inner capital.
    (
        "K20",
        "Rapat digelar Kantor ImigrasiKelas I TPI Semarang.",
        [("ImigrasiKelas", "Imigrasi Kelas")],
    ),
    # K21: a known short form split in two.
    ("K21", "Hadir Kepala Divisi Kanwil Kemenkum HAM Jatim.", [("Kemenkum HAM", "Kemenkumham")]),
    # K22: a sentence or a paragraph that opens in lowercase.
    ("K22", "Ia melihat kegiatan di rutan.\ndan hasilnya semua berjalan baik.", [("dan", "Dan")]),
    ("K22", "Rombongan tiba pukul 10.00.\nsetelah itu mereka pulang.", [("setelah", "Setelah")]),
]

RESPECTS = [
    # K1: a counted position, or two kinds of people joined by 'dan', names no one.
    ("K1", "Litmas dibuat 36 pembimbing dan 1 asisten PK. Ia membantu kepala dan ASN di KUA."),
    ("K10", "Warga Korea dan negara Malaysia hadir. Surel ke korea@contoh.id dikirim."),
    ("K10", "Wilayahnya meliputi kabupaten Bangka, Bangka Tengah dan Belitung."),
    ("K10", "Hadir wali kota Kupang. Acara di aula Hotel Sabty Garden."),
    ("K10", "Rutan Kelas IIB Kabanjahe penuh. Hadir Kepala Lapas Kelas IIA, Budi."),
    ("K10", "Warga binaan Rutan bebas karena asimilasi. Ia pindah ke Rutan Kudus."),
    ("K18", "Salah satu warga hadir. Ia berkata, “Untuk itu kami siap.”"),
    ("K18", "Acara bertema Sinergi Media Dalam Rangka HUT. Hadir pula Kementerian Dalam Negeri."),
    ("K18", "Semua hadir (Untuk catatan: acara ditunda). Silakan Anda datang."),
    ("K18", "Ia membaca novel Yang Terlupakan. Menurutnya, novel itu bagus."),
    ("K19", "Kegiatan itu diterima warga. Ia berkata, “Diterima dengan baik.”"),
    ("K19", "Perayaan bertema Terus Melaju untuk Indonesia Maju digelar."),
    ("K19", "Ia bertugas di Lapas Permisan sejak lama. Warga Binaan Perikanan hadir."),
    ("K19", "Hal itu disampaikan oleh Dimas kepada wartawan, kata Diana saat itu."),
    ("K20", "Berita itu dimuat SwadayaNews pagi ini. Kakankemenag hadir."),
    ("K21", "Hadir Kanwil Kemenkumham Jatim dan Tim Pora Kota Cilegon."),
    ("K22", "Berita dimuat di baliprawara.com. e-KTP dibagikan oleh Plt. kepala rutan."),
    ("K22", "Ia berkata,\n“untuk itu kami siap.” Jumlahnya 1.500 paket."),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_breaking_text_is_found(rule, text, expected):
    assert found(_HEAD + text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_respecting_text_is_clean(rule, text):
    assert found(_HEAD + text, rule) == []


def test_a_bound_form_before_a_name_stays_lowercase_in_a_title():
    text = "Pengukuhan Timpora se-Kabupaten Asahan\nKupang - Isi berita.\n"
    assert found(text, "K5") == []
    assert found("Pengukuhan Timpora se-Kabupaten asahan\nKupang - Isi.\n", "K5") == [
        ("asahan", "Asahan")
    ]
