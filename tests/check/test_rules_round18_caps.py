"""Round 18 of issue 13, capitals: a phrase of common nouns in capitals where the sentence
uses it as a kind (K24: after 'berupa', a kind of people before 'yang', an item of a list of
lowercase kinds), a document's title after 'tentang' and a facility's name in its foreign
form (K3 leaves them), a group's short form after the words it spells (K9 leaves it), a list
item's label before its colon (K14 leaves it). Each class with texts of our own that break
the rule and texts that respect it (none copied from a corpus)."""

from __future__ import annotations

import pytest
from checkhelp import found

_TITLE = "Rutan Wonogiri Gelar Pelatihan Berkebun\n"
_LEAD = "Wonogiri - Rutan Wonogiri menggelar pelatihan berkebun, Senin (2/3/2026).\n"
_BODY = _TITLE + _LEAD

BREAKS = [
    # 'berupa' introduces a kind: the phrase after it is common.
    (
        "K24",
        _BODY + "Pelanggar dikenai sanksi berupa Teguran Tertulis dari kepala rutan.",
        [("Teguran Tertulis", "teguran tertulis")],
    ),
    (
        "K24",
        _BODY + "Bantuan itu berupa Alat Pertanian untuk kelompok tani binaan.",
        [("Alat Pertanian", "alat pertanian")],
    ),
    # A kind of people restricted by a 'yang' clause: no name.
    (
        "K24",
        _BODY + "Layanan ini khusus bagi Pengunjung Lansia yang datang sendiri.",
        [("Pengunjung Lansia", "pengunjung lansia")],
    ),
    (
        "K24",
        _BODY + "Petugas mendata Pengunjung Rutan Wonogiri yang datang hari itu.",
        [],
    ),
    # An item of a list of lowercase kinds.
    (
        "K24",
        _BODY + "Warga binaan belajar tata boga, Pembuatan Roti Manis, dan perbengkelan.",
        [("Pembuatan Roti Manis", "pembuatan roti manis")],
    ),
    (
        "K24",
        _BODY + "Pendaftar membawa ijazah, Surat Keterangan Sehat, serta pasfoto terbaru.",
        [("Surat Keterangan Sehat", "surat keterangan sehat")],
    ),
    (
        "K24",
        _BODY + "Syaratnya cukup KTP, NPWP, dan Buku Tabungan.",
        [("Buku Tabungan", "buku tabungan")],
    ),
    # A list item's label is no heading when the same term runs on in the sentence.
    (
        "K14",
        _BODY + "Klien wajib datang untuk Wajib Lapor setiap bulan.",
        [("Wajib Lapor", "wajib lapor")],
    ),
    # A short form spelled from a common phrase with no group's noun before it stays K9's.
    (
        "K9",
        _BODY + "Hal itu termasuk tugas pokok dan fungsi (Tupoksi) pegawai.",
        [("Tupoksi", "tupoksi")],
    ),
    # 'humas' of a kind of office that stands for many: a common noun.
    (
        "K4",
        _BODY + "Pelatihan itu menambah kemampuan Humas OPD dalam menulis rilis.",
        [("Humas", "humas")],
    ),
    (
        "K4",
        _BODY + "Ia meminta Humas UPT, wartawan, dan warganet melawan hoaks.",
        [("Humas", "humas")],
    ),
    # A document named by its kind, its issuer and its year.
    (
        "K31",
        _BODY + "Kunjungan mengacu pada surat edaran Dirjen Pemasyarakatan Tahun 2023 "
        "tentang layanan kunjungan.",
        [("surat edaran", "Surat Edaran")],
    ),
    (
        "K31",
        _BODY + "Rutan menjalankan keputusan Menteri Hukum dan HAM Tahun 2021 itu.",
        [("keputusan", "Keputusan")],
    ),
    # An acronym read as a common word, in title case mid-sentence, with its kind.
    (
        "K9",
        _BODY + "Petugas menyusun Litmas PB untuk klien dewasa.",
        [("Litmas", "litmas")],
    ),
    (
        "K9",
        _BODY + "Data itu melengkapi penyusunan Litmas Asimilasi PB klien.",
        [("Litmas Asimilasi", "litmas asimilasi")],
    ),
    # 'agama' between a lowercase head and a faith's name.
    (
        "K24",
        _BODY + "Rapat itu diikuti guru Agama Hindu dari sekolah sekitar.",
        [("Agama", "agama")],
    ),
    # A place's kind with no name after it.
    (
        "K24",
        _BODY + "Petugas mengawal deteni hingga Pelabuhan, lalu kembali ke kantor.",
        [("Pelabuhan", "pelabuhan")],
    ),
    (
        "K24",
        _BODY + "\"Kami mengantar mereka sampai Terminal,\" ujarnya.",
        [("Terminal", "terminal")],
    ),
    # A region's word before a one-word place's name.
    (
        "K24",
        _BODY + "Dua pelintas ditangkap di Pedalaman Wutung, Kota Jayapura.",
        [("Pedalaman", "pedalaman")],
    ),
    # A noun of people opening the main clause after a comma.
    (
        "K24",
        _BODY + "Setelah pensiun dari Polri, Pria kelahiran Solo itu membuka usaha.",
        [("Pria", "pria")],
    ),
    # A field's noun after a noun of people.
    (
        "K24",
        _BODY + "Ia didampingi pegawai Kesehatan dari puskesmas setempat.",
        [("Kesehatan", "kesehatan")],
    ),
    # A foreign word alone at a phrase's end names no unit: K3 reads the common word.
    (
        "K3",
        _BODY + "Keluarga memakai layanan Kunjungan Online setiap hari.",
        [("Kunjungan Online", "kunjungan online")],
    ),
    # A noun of people before a place's name: the people of the place.
    (
        "K24",
        _BODY + "Pelatihan diikuti pegawai OPD dan Wartawan Wonogiri di aula.",
        [("Wartawan", "wartawan")],
    ),
    (
        "K24",
        _BODY + "Bantuan dibagikan bersama Warga Kupang di balai desa.",
        [("Warga", "warga")],
    ),
    # An unknown word of a place's name after a common word: no foreign unit's name.
    (
        "K3",
        _BODY + "Pelatihan diikuti pegawai dinas dan Wartawan Tanjab Barat di aula.",
        [("Wartawan", "wartawan")],
    ),
]

RESPECTS = [
    # 'Humas' in a unit's name, or before a body's name.
    ("K4", _BODY + "Berita itu ditulis Humas UPT Pemasyarakatan Wonogiri kemarin."),
    ("K4", _BODY + "Berita itu ditulis tim Humas Polres Wonogiri kemarin."),
    ("K4", _BODY + "Rilis itu dikirim humas OPD ke redaksi."),
    # A letter of a kind, no document's name.
    ("K31", _BODY + "Kunjungan mengacu pada surat edaran dari Dirjen Pemasyarakatan."),
    ("K31", _BODY + "Petugas membaca peraturan yang berlaku tahun 2023 dengan teliti."),
    ("K31", _BODY + "Kunjungan mengacu pada Surat Edaran Dirjen Pemasyarakatan Tahun 2023."),
    # A faith's office, a place's kind with its name, a region's name, a person's noun in
    # a name, a field's noun in a unit's name.
    ("K24", _BODY + "Ia bertugas di Kantor Kementerian Agama Islam kota itu."),
    ("K24", _BODY + "Rapat itu diikuti guru agama Hindu dari sekolah sekitar."),
    ("K24", _BODY + "Deteni diterbangkan dari Bandara El Tari menuju Jakarta."),
    ("K24", _BODY + "Petugas mengawal deteni hingga Pelabuhan Tenau, lalu kembali."),
    ("K24", _BODY + "Warga Kawasan Industri Kendal ikut membantu."),
    ("K24", _BODY + "Usai acara, Tim Pengamanan Rutan berkeliling."),
    ("K24", _BODY + "Hadir pula Tim Petugas Keamanan Rutan Wonogiri."),
    ("K24", _BODY + "Ia mendampingi klien Bapas Wonogiri yang baru bebas."),
    ("K24", _BODY + "Ia mendampingi klien pemasyarakatan dari Rutan Wonogiri."),
    # A group's noun that heads a name before a place, and a people's noun in lowercase.
    ("K24", _BODY + "Hadir pula Tim Penggerak PKK Wonogiri di pendapa."),
    ("K24", _BODY + "Pertemuan itu dihadiri Keluarga Besar Wonogiri di Jakarta."),
    ("K24", _BODY + "Pelatihan diikuti pegawai dinas dan wartawan Wonogiri di aula."),
    ("K24", _BODY + "Ia diangkat menjadi Kepala Rutan Wonogiri bulan lalu."),
    # An acronym read as a word inside a name, before a year, or already lowercase.
    ("K9", _BODY + "Materi disampaikan anggota Tim Saber Pungli kabupaten."),
    ("K9", _BODY + "Rutan bersiap menghadapi Pemilu 2029 dengan tertib."),
    ("K9", _BODY + "Petugas menyusun litmas integrasi untuk klien anak."),

    # A name of a programme, a unit or a person beside the phrase.
    ("K24", _BODY + "Program itu berupa Pembinaan Kepribadian (Binpers) bagi warga binaan."),
    ("K24", _BODY + "Ia ditemui Kepala Seksi Intelijen dan Penindakan Keimigrasian kemarin."),
    ("K24", _BODY + "Kepala rutan, Candra Putra Perwira, menjelaskan bahwa stok cukup."),
    ("K24", _BODY + "Petugas memeriksa Blok Narapidana dan Blok Tahanan, lalu kamar hunian."),
    ("K24", _BODY + "Rapat digelar di Hotel Bumi Asri, Palangka Raya, pada Sabtu."),
    ("K24", _BODY + "Kantor imigrasi membuka Layanan Paspor Simpatik pada akhir pekan."),
    ("K24", _BODY + "Klien bertemu Pembimbing Kemasyarakatan Bapas Wonogiri yang bertugas."),
    ("K24", _BODY + "Bantuan berupa Program Keluarga Harapan disalurkan kepada warga."),
    ("K24", _BODY + "Bantuan berupa Layanan Kesehatan Gratis diberikan kepada warga."),
    ("K24", _BODY + "Warga binaan mendapat bekal berupa Pelatihan Barista dari dinas."),
    # A list of names, not of kinds.
    ("K24", _BODY + "Hadir Kepala Dinas Sosial, Kepala Dinas Kesehatan, dan warga sekitar."),
    ("K24", _BODY + "Peserta datang dari Kantor Wilayah, Balai Pemasyarakatan, dan lapas."),
    # A phrase already lowercase.
    ("K24", _BODY + "Pelanggar dikenai sanksi berupa teguran tertulis dari kepala rutan."),
    # A document's title after 'tentang' keeps its capitals.
    (
        "K3",
        _BODY + "Rutan berpedoman pada Surat Edaran Nomor 5 Tahun 2023 tentang Tata Cara "
        "Kunjungan dan Pembinaan yang Melibatkan Keluarga.",
    ),
    (
        "K24",
        _BODY + "Rutan berpedoman pada Surat Edaran Nomor 5 Tahun 2023 tentang Tata Cara "
        "Kunjungan dan Pembinaan yang Melibatkan Keluarga.",
    ),
    # A facility's name in its foreign form.
    ("K3", _BODY + "Aduan diterima Media Center Rutan Wonogiri setiap hari kerja."),
    ("K3", _BODY + "Data itu dipantau lewat Command Center Dinas Kominfo Wonogiri."),
    ("K3", _BODY + "Wartawan ikut rombongan Media Gathering dan Refleksi Akhir Tahun."),
    # A group's short form after the words it spells.
    ("K9", _BODY + "Desa itu membentuk kelompok keluarga sadar hukum (Kadarkum) baru."),
    ("K9", _BODY + "Warga membentuk forum anak peduli hukum (Fapeh) di desa itu."),
    # A list item's label before its colon, in title case like a heading.
    ("K14", _BODY + "Klien mematuhi dua aturan:\n- Wajib Lapor: klien datang sebulan sekali."),
    ("K14", _BODY + "Klien mematuhi dua aturan:\n1. Wajib Lapor: klien datang tiap bulan."),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert found(text, rule) == []
