"""Session forty-four: misses of the sets that a rule can tell, and the wrong findings of the
sets read in it. Texts of our own."""

from __future__ import annotations

import pytest
from checkhelp import found

_TITLE = "Rutan Soe Gelar Upacara Hari Bakti\n"
_LEAD = "Soe - Rutan Kelas IIB Soe menggelar upacara, Senin (6/10/2025).\n"
_BODY = _TITLE + _LEAD

RESPECTS = [
    # the class written as one word after its office; a street keeps the city's own form
    ("K10", _BODY + "Rombongan berkunjung ke Lapas Kelas IIA Karawang."),
    ("S9", _BODY + "Petugas berjaga di Jalan Soekarno Hatta sejak pagi."),
    ("S9", _BODY + "Pengungsi diterbangkan dari Bandara Soekarno-Hatta."),
    # a date after 'HUT' is no anniversary's count; a year neither
    ("W8", _BODY + "Lomba digelar jelang HUT 17 Agustus di lapangan."),
    ("W8", _BODY + "Petugas memeriahkan HUT ke-104 Pemadam Kebakaran."),
    # 'hari ini' before a word of the world is no day's name
    ("K8", _BODY + "Pada hari ini secara internasional kegiatan serupa digelar."),
    # the palm in a garden, a 'per-' word in use
    ("S3", _BODY + "Warga menanam kelapa di kebun Desa Kelapa Dua."),
    ("S3", _BODY + "Pertemuan dan perjalanan dinas berjalan lancar."),
    # 'S.' and a capital after a word that is no name: no degree
    ("P27", _BODY + "Warga membaca surat S. Ag kemarin."),
]

BREAKS = [
    # an office's class written apart after the office, or after a slip of 'Kelas' (5 of 5)
    ("K10", _BODY + "Rombongan berkunjung ke Lapas II A Karawang.", "II A"),
    ("K10", _BODY + "Kantor Imigrasi Kelasa II A Tahuna membawahi dua pos.", "Kelasa II A"),
    # the airport's name with its hyphen (8 of 8 marked)
    ("S9", _BODY + "Pengungsi diterbangkan dari Bandara Soekarno Hatta.", "Soekarno Hatta"),
    # a degree typed with a space inside, in capitals or after a name with no comma
    ("P27", _BODY + "Materi disampaikan Chaerun, S. IP. dari Inspektorat.", "S. IP."),
    ("P27", _BODY + "Ketua penyuluh Nina Mahdiah S. Ag membuka acara.", "S. Ag"),
    # the coconut palm before an office's word; per- where pe- is the word in use; 'sala satu'
    ("S3", _BODY + "Rombongan disambut langsung Kelapa Lapas Hamka Abdullah.", "Kelapa"),
    ("S3", _BODY + "Warga binaan mengembangkan perternakan kepiting.", "perternakan"),
    ("S3", _BODY + "Bupati disebut sebagai sala satu kepala daerah terbaik.", "sala satu"),
    # a world day's name typed in lowercase (11 of 11 marked)
    ("K8", _BODY + "Sosialisasi memperingati hari HIV/AIDS sedunia.", "hari HIV/AIDS sedunia"),
    # an anniversary's number without 'ke-' (5 of 5 marked)
    ("W8", _BODY + "Petugas memeriahkan HUT 104 Pemadam Kebakaran.", "HUT 104"),
]


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_respects(rule, text):
    assert found(text, rule) == []


@pytest.mark.parametrize(("rule", "text", "words"), BREAKS)
def test_breaks(rule, text, words):
    assert words in [w for w, _fix in found(text, rule)]


def test_the_fixes_name_what_the_editors_write():
    fixes = dict(found(_BODY + "Rombongan tiba di Lapas II A Karawang, lalu HUT 75 RI.", "K10"))
    assert fixes["II A"] == "Kelas IIA"
    assert dict(found(_BODY + "Warga memperingati HUT 75 RI.", "W8"))["HUT 75"] == "HUT ke-75"


def test_a_district_named_in_lowercase_after_its_kind():
    """'di kecamatan bayat', 'se-Kecamatan pebayuran': a word of the districts' names that no
    word list holds is the name; a common word after the kind may describe the place."""
    assert found(_BODY + "Tera ulang digelar di kecamatan bayat, Klaten.", "K10") == [
        ("kecamatan bayat", "Kecamatan Bayat")
    ]
    assert found(_BODY + "Pemeriksaan se-Kecamatan pebayuran selesai.", "K10") == [
        ("pebayuran", "Pebayuran")
    ]
    assert found(_BODY + "Kegiatan di desa baru itu ramai.", "K10") == []


def test_a_term_before_an_office_named_rumah_is_no_part_of_a_name():
    """'Warga Binaan Rumah Tahanan Negara (Rutan)': the office's name starts at 'Rumah'."""
    office = "Rumah Tahanan Negara (Rutan) Kelas IIB Marabahan"
    text = f"Judul Berita\nMarabahan - Warga Binaan {office} berkarya."
    assert ("Warga Binaan", "Warga binaan") in found(text, "K14")
    assert found(f"Judul Berita\nMarabahan - Petugas {office} berjaga.", "K14") == []


def test_readings_the_newest_sets_split_on_are_notes():
    """The recount of session 44 (quiet_readings.py), over the newest two hundred sets:
    these findings stay, in grey; the readings' other words keep their severity."""
    from kabar_desktop.check import check_text

    def severities(text: str, rule: str) -> list[str]:
        return [f.severity for f in check_text(_BODY + text) if f.rule == rule]

    assert severities("Petugas Rutan Soe, melakukan patroli malam.", "P13") == ["note"]
    assert severities("Baik pegawai dan warga binaan ikut senam.", "S8") == ["note"]
    assert severities("Baik pegawai ataupun warga binaan ikut senam.", "S8") == ["warning"]
    # 'Sumur Bor Dalam': the adjective of a deep well in a name (K18's 'dalam', 18 of 24)
    assert severities("Warga menerima Sumur Bor Dalam dari Kementerian ESDM.", "K18") == ["note"]
    assert severities("Ia menanam bunga Di halaman kantor.", "K18") == ["error"]
