"""Round 16 of issue 13: the open apposition of a position, its office and its holder's name
(P33, read by rules/apposition_holders.py), and P13 silent on the comma that closes such a
name. The office's name is read as Indonesian builds it (position, unit and field, body,
class, place, bracketed short form); what is left is the person's name, set off by commas
before a predicate, a preposition or 'yang', and opened alone before the sentence's end or
a comma already there. Each class with texts of our own that break the rule and texts that
respect it (none copied from a corpus)."""

from __future__ import annotations

import pytest
from checkhelp import found

_TITLE = "Rutan Wonogiri Gelar Pelatihan Berkebun\n"
_LEAD = "Wonogiri - Rutan Wonogiri menggelar pelatihan berkebun, Senin (2/3/2026).\n"
_BODY = _TITLE + _LEAD

BREAKS = [
    # A class written in two parts, a one-word name no dictionary lists, a verb of saying.
    (
        "P33",
        _BODY + "Kasubag TU Rutan Kelas II B Suharyono mengatakan kebun itu dirawat bersama.",
        [("B Suharyono", "B, Suharyono,")],
    ),
    # The agent after a passive verb, at the sentence's end: only the opening comma.
    (
        "P33",
        _BODY + "Hal itu disampaikan Kepala Rutan Kelas IIB Wonogiri Lintang Pradipta.",
        [("Wonogiri Lintang Pradipta", "Wonogiri, Lintang Pradipta")],
    ),
    # A district and its regency after the class, both places, then the name.
    (
        "P33",
        _BODY + "Benih diserahkan Kepala Lapas Kelas III Baturetno Wonogiri Gandung Sutopo.",
        [("Wonogiri Gandung Sutopo", "Wonogiri, Gandung Sutopo")],
    ),
    # A province's short form ends the office; a preposition closes the name.
    (
        "P33",
        _BODY + "Hal itu dikatakan Kakanwil Kemenkumham Jateng Darsono Wirjo di Semarang.",
        [("Jateng Darsono Wirjo", "Jateng, Darsono Wirjo,")],
    ),
    # The body's own short form ends the office; the name is closed before the verb.
    (
        "P33",
        _BODY + "Sementara itu, Sekjen Kemenkumham Rusmanto Hadiprojo mengingatkan jajaran.",
        [("Kemenkumham Rusmanto Hadiprojo", "Kemenkumham, Rusmanto Hadiprojo,")],
    ),
    # A unit and its fields, one typed in lowercase, then the name and the verb.
    (
        "P33",
        _BODY + "Kepala Seksi Bimbingan dan pelayanan Publik Warsito Gondrong mengatakan, "
        "kebun itu baru.",
        [("Publik Warsito Gondrong", "Publik, Warsito Gondrong,")],
    ),
    # A unit's title and its field's short form, then the body and its place.
    (
        "P33",
        _BODY + "Kasi Binadik Rutan Wonogiri Sriyatun Lestyani menambahkan hal itu.",
        [("Wonogiri Sriyatun Lestyani", "Wonogiri, Sriyatun Lestyani,")],
    ),
    # The office's bracketed short form ends it; 'melalui' follows the name.
    (
        "P33",
        _BODY + "Kadis Pertanian Kabupaten Wonogiri (Distan) Marsudi Harjo melalui stafnya "
        "memberi bibit.",
        [("(Distan) Marsudi Harjo", "(Distan), Marsudi Harjo,")],
    ),
    # The name as the object of a passive verb, closed by the comma already there.
    (
        "P33",
        _BODY + "Tim yang disambut Kepala Rutan Kasminah Sulistyowati, meninjau kebun.",
        [("Rutan Kasminah Sulistyowati", "Rutan, Kasminah Sulistyowati")],
    ),
    # A town that is no word of the dictionary, after the office's class.
    (
        "P33",
        _BODY + "Kepala Kantor Imigrasi Kelas II Non TPI Wonogiri Darmaji Wiryo menyerahkan "
        "paspor.",
        [("Wonogiri Darmaji Wiryo", "Wonogiri, Darmaji Wiryo,")],
    ),
    # The holder, then a group that joins them.
    (
        "P33",
        _BODY + "Kepala Rutan Kelas IIB Wonogiri Gandung Sutopo dan jajaran menyambut tamu.",
        [("Wonogiri Gandung Sutopo", "Wonogiri, Gandung Sutopo,")],
    ),
    # The object of an active verb, then a phrase of purpose.
    (
        "P33",
        _BODY + "Tim menemui Kepala Seksi Intelijen Keimigrasian Warsito Gondrong untuk "
        "berkoordinasi.",
        [("Keimigrasian Warsito Gondrong", "Keimigrasian, Warsito Gondrong,")],
    ),
    # The possessor of the sentence's first noun.
    (
        "P33",
        _BODY + "Kunjungan Kepala Kanwil Kemenkumham Jateng Darsono Wirjo disambut warga binaan.",
        [("Jateng Darsono Wirjo", "Jateng, Darsono Wirjo,")],
    ),
    # Office words typed in lowercase (K rules report them) and a numeral for the class.
    (
        "P33",
        _BODY + "Kepala Balai pemasyarakatan (Bapas) kelas 2 Suharyono mengatakan, klien "
        "ikut berkebun.",
        [("2 Suharyono", "2, Suharyono,")],
    ),
    # A plain noun phrase and its predicate, parted by a comma (P13 still reads it).
    (
        "P13",
        _BODY + "Permintaan bibit dari warga binaan, meningkat tajam bulan ini.",
        [(",", "")],
    ),
    # A title's period stays inside the name.
    (
        "P33",
        _BODY + "Kegiatan dibuka Kepala Kanwil Kemenkumham Jateng Dr. Warsono Pambudi.",
        [("Jateng Dr. Warsono Pambudi", "Jateng, Dr. Warsono Pambudi")],
    ),
]

RESPECTS = [
    # A title before a name, with no office: no apposition ('Presiden Joko Widodo').
    ("P33", _BODY + "Menteri Rusmanto Hadiprojo meninjau kebun rutan."),
    # A region's head and its holder with no region between (round 24: with the region,
    # 'Bupati Wonogiri, Gandung Sutopo,' takes its commas, as the sets mark it six times of
    # eight; see test_rules_round24_seams.py).
    ("P33", _BODY + "Bupati Gandung Sutopo membuka acara."),
    ("P33", _BODY + "Wali Kota Gandung Sutopo membuka acara."),
    # A rank opens the holder's name: left as it stands.
    ("P33", _BODY + "Kapolres Wonogiri AKBP Gandung Sutopo mengatakan hal itu."),
    # A dictionary word after a field may go on the field: no split is sure.
    ("P33", _BODY + "Kepala Bidang Pelayanan Teguh Santoso mengatakan hal itu."),
    # A list of those present names each office and holder bare.
    (
        "P33",
        _BODY + "Turut hadir Kepala Rutan Kelas IIB Wonogiri Gandung Sutopo dan Kepala Lapas "
        "Kelas IIA Sragen Warsito Gondrong.",
    ),
    # A role phrase opens the sentence: the name after it is the subject.
    ("P33", _BODY + "Sebagai Kepala Rutan Kelas IIB Wonogiri Gandung Sutopo mengajak pegawai."),
    # Already set off by commas.
    ("P33", _BODY + "Kepala Rutan Kelas IIB Wonogiri, Gandung Sutopo, mengajak pegawai."),
    # An office with no holder named, then a verb.
    ("P33", _BODY + "Kepala Seksi Bimbingan Kemasyarakatan Rutan Wonogiri membuka acara."),
    # A word no list knows between the class and a place: a town or a name, no sure split.
    (
        "P33",
        _BODY + "Kepala Kantor Imigrasi Kelas II TPI Ngabang Lingga Saputra menyerahkan paspor.",
    ),
    # A dictionary word right after a bare position may be the first name.
    ("P33", _BODY + "Sekda Wahyu Budhi Saptono memimpin apel."),
    # The comma after the office opens the name: the office's place is no name.
    ("P33", _BODY + "Kepala Pengamanan Rutan Wonogiri, Gandung Sutopo, memimpin apel."),
    # The name inside a phrase set off by commas ('melalui …,').
    (
        "P33",
        _BODY + "Kepala Rutan, melalui Kasi Pelayanan Tahanan Rutan Wonogiri Gandung Sutopo, "
        "mengatakan kebun dibuka.",
    ),
    # A line in title case goes on past the name: no sure end of the name.
    ("P33", _BODY + "Kepala Rutan Wonogiri Gandung Sutopo Pimpin Apel Pagi di halaman kantor."),
    # Those present, named bare after 'Hadir' opening the sentence.
    ("P33", _BODY + "Hadir dalam kegiatan itu Kepala Bapas Surakarta Warsito Gondrong."),
    # A region's kind goes on with its own name, which no list knows: no sure split.
    ("P33", _BODY + "Kepala Desa Ngadirojo Lor Gandung Sutopo menyambut rombongan."),
    # Kinds joined by a slash are no office's name.
    ("P33", _BODY + "Kasubsi Perawatan Narapidana/Anak Didik Gandung Sutopo, membuka acara."),
    # A speaker's own words are left alone.
    ("P33", _BODY + "“Kami diarahkan Kepala Rutan Kelas IIB Wonogiri Gandung Sutopo,” ujarnya."),
    # A capitalised event after the office is no name.
    ("P33", _BODY + "Kepala Rutan Wonogiri membuka Pelatihan Berkebun Organik di aula."),
    # Words before the comma that hold their own predicate (a degree adverb and a verb):
    # the comma sets off what follows, no subject from its predicate.
    (
        "P13",
        _BODY + "Kepala Rutan menyebutkan permintaan bibit paling banyak datang dari warga "
        "binaan, disusul pegawai.",
    ),
    (
        "P13",
        _BODY + "Menurut petugas, hasil panen tahun ini tidak sebanyak tahun lalu, disusul "
        "hujan yang jarang.",
    ),
    # The comma that closes a name run into its office is no subject's comma (P13).
    ("P13", _BODY + "Tim yang disambut Kepala Rutan Kasminah Sulistyowati, meninjau kebun."),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert found(text, rule) == []
