"""Round 19 of issue 13, capitals and datelines: a place's name after its level word
capitalises every word (K10: ``desa Sungai lama``), and its words are no ordinary words
(K24); a level word that names no place is common (K3: a count before it, two levels joined,
``wilayah`` before a region's name); an office in lowercase in a list of offices by name
(K10); a functional position before an office's whole name with no holder (K2); a body's
name listing its fields up to its short form (K14 leaves it); the adverb ``akan`` in a title
(K5 leaves it); a document a body issues (K24 leaves it); a dateline of the medium's name
alone (A7; an address in capitals, ``BERITANUSA.COM –``, is left as round 11 left it) and
one of the medium's own form with its city (A7 leaves it). Each class with
texts of our own that break the rule and texts that respect it (none copied from a corpus)."""

from __future__ import annotations

import pytest
from checkhelp import found

from kabar_desktop.check import check_text

_TITLE = "Rutan Wonogiri Gelar Pelatihan Berkebun\n"
_LEAD = "Wonogiri - Rutan Wonogiri menggelar pelatihan berkebun, Senin (2/3/2026).\n"
_BODY = _TITLE + _LEAD
_HEAD = "Lapas Kupang Gelar Rapat Koordinasi\n"

BREAKS = [
    # A place's name after its level word: every word capitalised.
    (
        "K10",
        _BODY + "Tim mengunjungi Desa Tanjung baru, Kecamatan Oebobo, pada pagi hari.",
        [("baru", "Baru")],
    ),
    (
        "K10",
        _BODY + "Penyuluhan digelar di Kec. Bukit tinggi dan Desa Oesao.",
        [("tinggi", "Tinggi")],
    ),
    (
        "K10",
        _BODY + "Warga Desa Batu putih Kab. Kupang menerima bantuan.",
        [("putih", "Putih")],
    ),
    # An office in lowercase among offices listed by name with their counts.
    (
        "K10",
        _BODY
        + "Peserta dari Lapas Atambua 12 orang, Rutan Soe 9 orang dan rutan kefamenanu 7 orang.",
        [("rutan kefamenanu", "Rutan Kefamenanu")],
    ),
    (
        "K10",
        _BODY + "Bantuan dibagi untuk Kabupaten Belu 40 paket dan kabupaten malaka 35 paket.",
        [("kabupaten malaka", "Kabupaten Malaka")],
    ),
    # A level word that names no place: common.
    (
        "K3",
        _BODY + "Penyuluh hukum mendatangi Empat Desa pada pekan lalu.",
        [("Empat Desa", "empat desa")],
    ),
    (
        "K3",
        _BODY + "Rapat dihadiri perwakilan Desa dan Kelurahan se-Kabupaten Kupang.",
        [("Desa dan Kelurahan", "desa dan kelurahan")],
    ),
    (
        "K3",
        _BODY + "Klien datang dari berbagai lapas di Wilayah Nusa Tenggara Timur.",
        [("Wilayah", "wilayah")],
    ),
    (
        "K3",
        _BODY + "Kegiatan ini menjangkau seluruh UPT ke Wilayah Kupang dan sekitarnya.",
        [("Wilayah", "wilayah")],
    ),
    # A functional position before an office's whole name, no holder named.
    (
        "K2",
        _BODY
        + "Setiap klien didampingi Pembimbing Kemasyarakatan Balai Pemasyarakatan Kelas II Kupang.",
        [("Pembimbing Kemasyarakatan", "pembimbing kemasyarakatan")],
    ),
    (
        "K2",
        _BODY + "Materi diberikan oleh Penyuluh Hukum Kantor Wilayah Kupang dalam sesi kedua.",
        [("Penyuluh Hukum", "penyuluh hukum")],
    ),
    # A title many hold after a count of its holders.
    (
        "K2",
        _BODY + "Panitia mengundang sejumlah Komisioner Komisi Pemilihan Umum sebagai narasumber.",
        [("Komisioner", "komisioner")],
    ),
    (
        "K2",
        _BODY + "Hadir pula beberapa Hakim Pengadilan Negeri Kupang dalam acara itu.",
        [("Hakim", "hakim")],
    ),
    # The medium's name alone where the city should stand.
    (
        "A7",
        _HEAD
        + "KABARTIMUR – Lembaga Pemasyarakatan Kelas IIA Kupang menggelar rapat, Senin (2/3/2026).",
        [("KABARTIMUR", "Kupang, KABARTIMUR")],
    ),
    (
        "A7",
        _HEAD + "Suarawarga.id – Rumah Tahanan Negara (Rutan) Kelas IIB Ende menggelar rapat, Senin"
        " (2/3/2026).",
        [("Suarawarga.id", "Ende, Suarawarga.id")],
    ),
    (
        "A7",
        _HEAD + "Beritaku.com - Sebanyak 40 warga binaan mengikuti rapat, Senin (2/3/2026).",
        [("Beritaku.com", None)],
    ),
    (
        "A7",
        _HEAD
        + "Harian Fajar – Kantor Imigrasi Kelas I TPI Kupang menggelar rapat, Senin (2/3/2026).",
        [("Harian Fajar", "Kupang, Harian Fajar")],
    ),
]

RESPECTS = [
    # K10: the name ends before the sentence goes on; a name written whole.
    ("K10", _BODY + "Tim mengunjungi Desa Oesao baru kemudian menuju Kupang."),
    ("K10", _BODY + "Tim mengunjungi Desa Oesao lama sekali karena jalan rusak."),
    ("K10", _BODY + "Tim mengunjungi Desa Tanjung Baru, Kecamatan Oebobo."),
    ("K10", _BODY + "Desa Oesao besar manfaatnya bagi warga binaan."),
    ("K10", _BODY + "Lapas Atambua 12 orang dan rutan lain 7 orang."),
    ("K10", _BODY + "Peserta dari Lapas Atambua 12 orang, sedangkan petugas lapas ini 9 orang."),
    # K24: a place's word after its level word is the name's.
    ("K24", _BODY + "Tim mengunjungi desa Sungai Raya dan desa Air Merah."),
    ("K24", _BODY + "Penyuluhan digelar di Kec. Tanah Merah kemarin."),
    # K24: a document a body issues keeps the capitals of its kind.
    ("K24", _BODY + "Direktorat Jenderal menerbitkan Surat Edaran pelaksanaan program itu."),
    ("K24", _BODY + "Kepala Kantor Wilayah menandatangani Surat Keputusan pembentukan tim."),
    # K3: a level word with its name; a body's name; a count of names.
    ("K3", _BODY + "Tim mengunjungi dua desa, yakni Desa Oesao dan Desa Baumata."),
    ("K3", _BODY + "Pemerintah Kecamatan dan Kelurahan Oebobo bekerja sama."),
    ("K3", _BODY + "Kepala Kantor Wilayah Nusa Tenggara Timur membuka kegiatan."),
    ("K3", _BODY + "Program Tiga Desa Sejahtera berjalan sejak tahun lalu."),
    ("K3", _BODY + "Tim datang ke tiga desa di Kabupaten Kupang."),
    ("K3", _BODY + "Petugas dari Kecamatan dan Kelurahan Oebobo hadir."),
    ("K3", _BODY + "Pegawai di Wilayah Kerja Pelabuhan Tenau mengikuti apel."),
    # K2: the holder named; a structural post; already lowercase; a name's own words.
    (
        "K2",
        _BODY + "Klien didampingi Pembimbing Kemasyarakatan Bapas Kupang, Budi Santoso, saat apel.",
    ),
    ("K2", _BODY + "Klien didampingi Kepala Balai Pemasyarakatan Kelas II Kupang."),
    ("K2", _BODY + "Klien didampingi pembimbing kemasyarakatan Bapas Kupang."),
    ("K2", _BODY + "Klien didampingi Pembimbing Kemasyarakatan Bapas Kupang Maria Lero saat apel."),
    ("K2", _BODY + "Ia hadir sebagai Penyuluh Hukum Ahli Muda Kantor Wilayah Kupang."),
    ("K2", _BODY + "Arahan diberikan kepada seluruh Penyuluh Hukum (PH) di wilayah itu."),
    ("K2", _BODY + "Sidang dipimpin Hakim Ketua Maria Lero di ruang utama."),
    ("K2", _BODY + "Beberapa komisioner hadir dalam rapat itu."),
    # K14: the last field of a body's name that lists its fields before its short form.
    (
        "K14",
        _BODY + "Tim Kementerian Koordinator Bidang Hukum, Hak Asasi Manusia, Imigrasi, dan"
        " Pemasyarakatan (Kemenko Kumham Imipas) meninjau rutan.",
    ),
    (
        "K14",
        _BODY + "Pejabat Badan Penelitian, Pengembangan, dan Pemasyarakatan (BPPP) hadir.",
    ),
    # K5: 'akan' the adverb before a verb is a title's content word; the preposition is not.
    ("K5", "Petugas Beri Arahan kepada Klien yang Akan Bebas\n" + _LEAD),
    ("K5", "Warga Binaan Diajak Sadar akan Hukum\n" + _LEAD),
    # A7: the medium's own dateline form with its city; a city alone; a body's short form.
    ("A7", _HEAD + "5Kabarnews, KUPANG | Lapas Kupang menggelar rapat, Senin (2/3/2026)."),
    ("A7", _HEAD + "Lensanews, ATAMBUA – Lapas Atambua menggelar rapat, Senin (2/3/2026)."),
    ("A7", _HEAD + "KUPANG – Lapas Kupang menggelar rapat, Senin (2/3/2026)."),
    ("A7", _HEAD + "ATAPUPU – Lapas Atambua menggelar rapat, Senin (2/3/2026)."),
    ("A7", _HEAD + "Kupang – Lapas Kupang menggelar rapat, Senin (2/3/2026)."),
    ("A7", _HEAD + "KEMENKUMHAM – Lapas Kupang menggelar rapat, Senin (2/3/2026)."),
    ("A7", _HEAD + "Radar Timor – Lapas Kupang menggelar rapat, Senin (2/3/2026)."),
    ("A7", _HEAD + "BERITAKITA.COM – Lapas Kupang menggelar rapat, Senin (2/3/2026)."),
    ("A7", _HEAD + "Kupang, Beritaku.com – Lapas Kupang menggelar rapat, Senin (2/3/2026)."),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert found(text, rule) == []


def test_a_medium_only_dateline_message_names_the_city_it_adds_or_none():
    """The writer reads the city the fix puts in ('Ende, …'), never an example city that is not
    the article's; with no office city known, the message asks for the city without one."""
    known = _HEAD + "Suarawarga.id – Rumah Tahanan Negara (Rutan) Kelas IIB Ende menggelar rapat."
    (finding,) = check_text(known, rules=["A7"], strict=True)
    assert "'Ende, Suarawarga.id – …'" in finding.describe()
    unknown = _HEAD + "Beritaku.com - Sebanyak 40 warga binaan mengikuti rapat, Senin (2/3/2026)."
    (finding,) = check_text(unknown, rules=["A7"], strict=True)
    assert "Kupang" not in finding.describe() and "Beritaku.com" in finding.describe()
