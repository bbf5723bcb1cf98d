"""Session thirty-eight: misses of the sets that a rule can tell, and the wrong findings of
the sets read in it. Texts of our own."""

from __future__ import annotations

import pytest
from checkhelp import found

_TITLE = "Lapas Sanana Gelar Bakti Sosial di Pantai\n"
_LEAD = "Sanana - Lapas Kelas III Sanana menggelar bakti sosial, Senin (6/10/2025).\n"
_BODY = _TITLE + _LEAD

RESPECTS = [
    # words of the genre the sets never mark (heldout1-489)
    ("S1", _BODY + "Fogging di sekitaran rumah warga; penginputan data; orderan jahit mengalir."),
    ("S1", _BODY + "Warga binaan belajar tahsin, tadarusan dan membuat sapu glagah."),
    ("S1", _BODY + "Pengelola homestay hadir; nazhir masjid menerima sertipikat wakaf."),
    # an agency named by its fields, then its short form or its region after a last field of
    # several words: no serial comma inside a name (heldout280, 370, 383, 446, 459, 476)
    (
        "P32",
        _BODY + "Hadir Dinas Perindustrian, Perdagangan, Koperasi dan Usaha Kecil "
        "Menengah (Disperindagkop dan UKM) Kota Sanana.",
    ),
    (
        "P32",
        _BODY + "Hadir pula Dinas Sosial, Pemberdayaan Perempuan, Perlindungan Anak, "
        "Pengendalian Penduduk dan Keluarga Berencana (Dinsos-P3AP2KB) Kota Malang.",
    ),
    (
        "P32",
        _BODY + "Program itu dari Kementerian Pendidikan, Kebudayaan, Riset dan Teknologi "
        "(Kemendikbudristek).",
    ),
    (
        "P32",
        _BODY + "Hadir Dinas Pekerjaan Umum, Bina Marga dan Sumber Daya Air Kabupaten Kapuas Hulu.",
    ),
]

BREAKS = [
    # a speaker's words follow EYD V too: a note (the sets mark it 186 of 447 times)
    (
        "P41",
        _BODY + "“Kami berlatih setiap hari, sehingga warga binaan siap,” ujarnya.",
        "hari, sehingga",
    ),
    # English terms of the genre in capitals, with the sets' Indonesian words (heldout489,
    # 417, 258, 394)
    ("W9", _BODY + "Disnaker menggelar Job Fair keliling di kantor kecamatan.", "Job Fair"),
    (
        "W9",
        _BODY + "Pelaku usaha cukup dengan Self Declare untuk sertifikat halal.",
        "Self Declare",
    ),
    ("W9", _BODY + "Lapas menjadi Pilot Project program itu.", "Pilot Project"),
    # a list whose last item is a body with its short form is still a list
    (
        "P32",
        _BODY + "Kegiatan diikuti para kader, pengurus karang taruna, tokoh masyarakat "
        "dan Badan Permusyawaratan Desa (BPD) setempat.",
        "masyarakat dan",
    ),
]


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_respects(rule, text):
    assert found(text, rule) == []


@pytest.mark.parametrize(("rule", "text", "words"), BREAKS)
def test_breaks(rule, text, words):
    assert words in [w for w, _fix in found(text, rule)]


def test_the_serial_comma_before_dan_lain_lain_is_only_a_note():
    """The sets mark the comma before 'dan lain-lain'/'dan sebagainya' half the time (29 of
    59) and before 'dan lainnya' always (45 of 45)."""
    from kabar_desktop.check import check_text

    def p7(tail: str) -> list[str]:
        text = _BODY + f"Warga membawa sayur, buah, ketela dan {tail} ke aula.\n"
        return [f.severity for f in check_text(text) if f.rule == "P7"]

    assert p7("lain-lain") == p7("sebagainya") == p7("lain sebagainya") == ["note"]
    assert p7("lainnya") == ["warning"]


def test_a_date_written_out_after_its_weekday_is_a_note_with_the_house_form():
    """'Kamis, 10 Juli 2025': the sets mark it 267 of 411 times, most as warnings."""
    from kabar_desktop.check import check_text

    text = _TITLE + "Rapat ini digelar pada Kamis, 30 Oktober 2025, bertempat di aula.\n"
    [n7] = [f for f in check_text(text) if f.rule == "N7"]
    assert (n7.severity, n7.text, n7.suggestion) == (
        "note",
        "Kamis, 30 Oktober 2025",
        "Kamis (30/10/2025)",
    )
    quoted = _TITLE + "“Rapat digelar Kamis, 30 Oktober 2025,” ujarnya.\n"
    assert [f for f in check_text(quoted) if f.rule == "N7"] == []


def test_english_terms_in_capitals_take_the_sets_indonesian_words():
    from kabar_desktop.check import check_text

    text = _BODY + "Disnaker menggelar Job Fair di Green House milik desa.\n"
    fixes = {f.text: f.suggestion for f in check_text(text) if f.rule == "W9"}
    assert fixes == {"Job Fair": "Bursa kerja", "Green House": "Rumah kaca"}
