"""Round 17 of issue 13, capitals: a name shown by its short form beside it (K16: 'rumah
detensi imigrasi (Rudenim) Semarang', 'HIWADA (Himpunan wartawan daerah)'), a name's
reduplicated word (K16 'Undang-undang Keterbukaan' → 'Undang-Undang', W7 'Perserikatan
Bangsa Bangsa' → 'Bangsa-Bangsa'), an agency's glossary short form after its head (K16
'Kepala dinas Kominfo'), a name half in lowercase read once (K16 leaves its 'dan', K24 the
word before the short form), and a position that names no one office's holder (K2 'hingga
Sekretaris desa', 'kepada Kepala Lapas, LPKA, dan Rutan'). Each class with texts of our own
that break the rule and texts that respect it (none copied from a corpus)."""

from __future__ import annotations

import pytest
from checkhelp import found

_TITLE = "Rutan Wonogiri Gelar Pelatihan Berkebun\n"
_LEAD = "Wonogiri - Rutan Wonogiri menggelar pelatihan berkebun, Senin (2/3/2026).\n"
_BODY = _TITLE + _LEAD

BREAKS = [
    # A name spelled out in lowercase before the glossary's short form and its place.
    (
        "K16",
        _BODY + "Petugas berkunjung ke rumah detensi imigrasi (Rudenim) Pekanbaru, Selasa.",
        [("rumah detensi imigrasi", "Rumah Detensi Imigrasi")],
    ),
    (
        "K16",
        _BODY + "Ia pernah bertugas di kantor imigrasi (Kanim) Kelas I Kupang.",
        [("kantor imigrasi", "Kantor Imigrasi")],
    ),
    (
        "K16",
        _BODY + "Pelatihan digelar bersama dinas komunikasi dan informatika (Diskominfo) Kota "
        "Kupang.",
        [("dinas komunikasi dan informatika", "Dinas Komunikasi dan Informatika")],
    ),
    # A short form of syllables with its full form in brackets: a body's name.
    (
        "K16",
        _BODY + "Hadir pula Ketua PERWADA (Persatuan wartawan daerah) Wonogiri.",
        [("wartawan daerah", "Wartawan Daerah")],
    ),
    # A name's reduplicated word capitalises both halves.
    (
        "K16",
        _BODY + "Petugas menjelaskan isi Undang-undang Pemasyarakatan kepada warga binaan.",
        [("Undang-undang", "Undang-Undang")],
    ),
    (
        "K16",
        _BODY + "Bantuan datang dari lembaga Perserikatan Bangsa-bangsa di Jakarta.",
        [("Bangsa-bangsa", "Bangsa-Bangsa")],
    ),
    (
        "W7",
        _BODY + "Bantuan datang dari Perserikatan Bangsa Bangsa di Jakarta.",
        [("Bangsa Bangsa", "Bangsa-Bangsa")],
    ),
    # An agency's head before the glossary's short form of the agency.
    (
        "K16",
        _BODY + "Kepala dinas Kominfo Wonogiri membuka acara itu.",
        [("dinas", "Dinas")],
    ),
    # A name half in lowercase: its words, not its 'dan'.
    (
        "K16",
        _BODY + "Petugas Seksi informasi dan Komunikasi Lapas Wonogiri ikut hadir.",
        [("informasi", "Informasi")],
    ),
    # A position before a kind of office with no name: every office's holder.
    (
        "K2",
        _BODY + "Sosialisasi diikuti camat hingga Sekretaris desa di Wonogiri.",
        [("Sekretaris", "sekretaris")],
    ),
    (
        "K2",
        _BODY + "Rapat dihadiri Kepala kelurahan/desa yang bertugas di kota itu.",
        [("Kepala", "kepala")],
    ),
    # A position before a list of kinds of office.
    (
        "K2",
        _BODY + "Kakanwil meminta Kepala Lapas, Bapas, dan Rutan menjaga keamanan.",
        [("Kepala", "kepala")],
    ),
    (
        "K2",
        _BODY + "Surat edaran dikirim kepada Kepala Rutan dan Lapas di Jawa Tengah.",
        [("Kepala", "kepala")],
    ),
    # A unit's field in lowercase between its position and its holder's name.
    (
        "K1",
        _BODY + "Bupati diwakili Staf Ahli bidang ekonomi dan pembangunan Ir. Sri Lestari.",
        [("bidang ekonomi dan pembangunan", "Bidang Ekonomi dan Pembangunan")],
    ),
    (
        "K1",
        _BODY + "Acara dibuka Tenaga Ahli bidang hukum Dr. Budi Santoso di aula.",
        [("bidang hukum", "Bidang Hukum")],
    ),
    # A field's noun (peN-…-an) between a unit's 'dan' and its last capitalised word.
    (
        "K16",
        _BODY + "Hal itu disampaikan Kepala Seksi Pengamanan dan penertiban Umum, Budi.",
        [("penertiban", "Penertiban")],
    ),
    # A sentence's first common noun, then a capitalised common word before a lowercase one.
    (
        "K24",
        _BODY + "Kegiatan Penggeledahan ini digelar setiap pekan.",
        [("Penggeledahan", "penggeledahan")],
    ),
    (
        "K24",
        _BODY + "Petugas Razia menyisir kamar hunian satu per satu.",
        [("Razia", "razia")],
    ),
    # A title's content words are capitalised; 'secara' may be either.
    (
        "K5",
        "Bapas Wonogiri awasi Klien secara Daring\n" + _LEAD,
        [("awasi", "Awasi")],
    ),
    # 'kehumasan', the affair 'humas' names, is an ordinary noun like it.
    (
        "K4",
        _BODY + "Tim itu memperkuat fungsi Kehumasan di setiap satuan kerja.",
        [("Kehumasan", "kehumasan")],
    ),
    (
        "K4",
        _BODY + '"Petugas Kehumasan wajib menguasai media sosial," kata Budi.',
        [("Kehumasan", "kehumasan")],
    ),
    # Two ordinary words joined by 'dan' between lowercase words: both lowercase.
    (
        "K24",
        _BODY + "Lapas menggelar pelatihan Perikanan dan Peternakan bagi warga binaan.",
        [("Perikanan", "perikanan"), ("Peternakan", "peternakan")],
    ),
    # A regulation's title in lowercase before the next regulation of a list, or long.
    (
        "K31",
        _BODY + "Ia menjelaskan UU Nomor 12 Tahun 2022 tentang pemasyarakatan dan UU Nomor 22 "
        "Tahun 2022 tentang Pemasyarakatan.",
        [("pemasyarakatan", "Pemasyarakatan")],
    ),
    (
        "K31",
        _BODY + "Dasarnya Permenkumham Nomor 3 Tahun 2018 tentang syarat dan tata cara pemberian "
        "remisi di lingkungan lembaga pemasyarakatan.",
        [
            (
                "syarat dan tata cara pemberian remisi di lingkungan lembaga pemasyarakatan",
                "Syarat dan Tata Cara Pemberian Remisi di Lingkungan Lembaga Pemasyarakatan",
            )
        ],
    ),
    # A common word before a region's kind that opens the region's name: no name's word.
    (
        "K24",
        _BODY + "Petugas berjaga di jalan setapak dekat Perbatasan Kampung Wutung tiap malam.",
        [("Perbatasan", "perbatasan")],
    ),
    (
        "K24",
        _BODY + "Wisatawan mengunjungi objek Wisata Desa Sendang setiap akhir pekan.",
        [("Wisata", "wisata")],
    ),
]

RESPECTS = [
    # A kind of office before its short form with no name after it: a kind, not a name.
    ("K16", _BODY + "Penghuni lembaga pemasyarakatan (lapas) wajib mengikuti pembinaan."),
    ("K16", _BODY + "Ia memperkenalkan rumah detensi imigrasi (Rudenim) kepada mahasiswa."),
    # A common noun's initialism: no name.
    ("K16", _BODY + "Sebanyak 40 warga binaan pemasyarakatan (WBP) Rutan Wonogiri ikut."),
    ("K16", _BODY + "Tugas pokok dan fungsi (tupoksi) pegawai dibahas di aula."),
    # A position's short form after the position: K1's and K2's to read.
    ("K16", _BODY + "Ia menemui kepala lembaga pemasyarakatan (Kalapas) Kupang di kantornya."),
    # An initialism whose full form is all capitalised or read elsewhere.
    ("K16", _BODY + "Hadir Ketua BNN (Badan Narkotika Nasional) Kota Kupang."),
    ("K16", _BODY + "Warga binaan mengikuti PORSENAP (Pekan Olahraga dan Seni Narapidana)."),
    # A name already in capitals, and a reduplicated common noun.
    ("K16", _BODY + "Petugas menjelaskan Undang-Undang Pemasyarakatan kepada warga binaan."),
    ("K16", _BODY + "Undang-undang itu mengatur hak warga binaan."),
    ("K16", _BODY + "Petugas menjelaskan undang-undang yang baru kepada warga binaan."),
    ("K16", _BODY + "Petugas membawa Buku-buku bacaan ke blok hunian."),
    ("W7", _BODY + "Bantuan datang dari Perserikatan Bangsa-Bangsa di Jakarta."),
    ("W7", _BODY + "Kegiatan itu diikuti warga binaan laki-laki dan perempuan."),
    # An agency with its name in capitals; a head with no agency's short form after it.
    ("K16", _BODY + "Kepala Dinas Kominfo Wonogiri membuka acara itu."),
    ("K16", _BODY + "Dinas Kominfo Wonogiri menggelar pelatihan jurnalistik."),
    # A name with its 'dan' in lowercase and its short form after it.
    ("K16", _BODY + "Dinas Komunikasi dan Informatika (Diskominfo) Wonogiri ikut hadir."),
    ("K24", _BODY + "Dinas komunikasi dan Informatika (Diskominfo) Wonogiri ikut hadir."),
    # A common noun's initialism after a capitalised phrase is still read by K24.
    # A position with a name after its kind of office, or a named office after it.
    ("K2", _BODY + "Sambutan disampaikan Kepala desa Sendang, Budi Santoso."),
    ("K2", _BODY + "Sambutan disampaikan Kepala desa, Budi Santoso."),
    ("K2", _BODY + "Hadir pula Kepala Lapas Wonogiri dan Kepala Rutan Sragen."),
    ("K2", _BODY + "Hadir pula Kepala Lapas, Budi Santoso, dan Kepala Rutan, Andi Wijaya."),
    ("K2", _BODY + "Kakanwil menemui Kepala Lapas dan Rutan Wonogiri di aula."),
    ("K2", _BODY + "Kepala desa yang baru dilantik ikut menanam pohon."),
    ("K2", _BODY + "Hadir pula Wakil Ketua desa adat setempat."),
    ("K2", _BODY + '"Sekretaris desa wajib hadir," kata Budi.'),
    # A position's field with no holder named after it: generic or K2's.
    ("K1", _BODY + "Staf Ahli bidang hukum memberikan arahan kepada peserta."),
    ("K1", _BODY + "Bupati diwakili Staf Ahli Bidang Hukum Dr. Budi Santoso."),
    ("K1", _BODY + "Para staf ahli bidang hukum Dr. Budi Santoso dan rekan hadir."),
    # A people's or a collective noun after a unit's 'dan': no field of the unit.
    ("K16", _BODY + "Ia bertemu Kepala Seksi Pengamanan dan warga Binaan di blok."),
    ("K16", _BODY + "Hadir Kepala Seksi Pengamanan dan Penertiban Umum, Budi."),
    # A place's, a time's or a pronoun's opener: a name follows it.
    ("K24", _BODY + "Provinsi Sumbar memiliki dua kantor imigrasi."),
    ("K24", _BODY + "Blok Mawar dihuni tiga puluh warga binaan."),
    ("K24", _BODY + "Kegiatan Razia Gabungan ini digelar setiap pekan."),
    ("K24", _BODY + "Kegiatan razia ini digelar setiap pekan."),
    ("K5", "Bapas Wonogiri Awasi Klien secara Daring\n" + _LEAD),
    ("K5", "Bapas Wonogiri Awasi Klien Secara Daring\n" + _LEAD),
    ("K5", "Pegawai Rutan Wonogiri selaku Panitia Gelar Lomba\n" + _LEAD),
    # A name's words joined by 'dan' after a place's preposition or before capitals.
    ("K24", _BODY + "Warga binaan dibina di Sarana Asimilasi dan Edukasi milik lapas."),
    ("K24", _BODY + "Pelatih datang dari Kementerian Kelautan dan Perikanan bagi warga."),
    ("K24", _BODY + "Lapas menggelar pelatihan perikanan dan peternakan bagi warga binaan."),
    # A regulation's title and then the sentence's own words.
    (
        "K31",
        _BODY + "Ia menjelaskan UU Nomor 22 Tahun 2022 tentang pemasyarakatan kepada para "
        "peserta dengan jelas.",
    ),
    ("K31", _BODY + "Ia menjelaskan UU Nomor 22 Tahun 2022 tentang Pemasyarakatan dan hak warga."),
    # A unit's 'dan' before people, not a field.
    ("K16", _BODY + "Hadir Kasi Intelijen dan pegawai Kantor Imigrasi Wonogiri."),
    # A region's body named with the region, and a name before a region's kind.
    ("K24", _BODY + "Bantuan disalurkan melalui Pemerintah Desa Sendang kepada warga."),
    ("K24", _BODY + "Bantuan disalurkan melalui Kantor Kelurahan Giritirto kepada warga."),
    ("K24", _BODY + "Lomba digelar Karang Taruna Desa Sendang setiap tahun."),
    ("K24", _BODY + "Petugas berjaga di Perbatasan Kampung Wutung sepanjang malam."),
    # 'kehumasan' in a unit's name, or in lowercase, or a talk's topic.
    ("K4", _BODY + "Budi membawakan materi tentang Kehumasan secara umum."),
    ("K4", _BODY + "Kepala Seksi Kehumasan Lapas Wonogiri membuka acara."),
    ("K4", _BODY + "Ia bertugas di Bagian Kehumasan dan Protokol sejak 2020."),
    ("K4", _BODY + "Tim itu memperkuat fungsi kehumasan di setiap satuan kerja."),
    ("K4", _BODY + "Tim Kehumasan Rutan Wonogiri meliput acara itu."),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert found(text, rule) == []
