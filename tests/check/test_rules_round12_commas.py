"""Round 12 of issue 13, commas: how far an apposition's office and name reach (P6: a numeral
class, an office's name going on past a comma, an apostrophe in a name, 'dan' before a group
of people), lists that are names or hold a pair (P7/P32: the words of a bracketed short form,
a unit's name found elsewhere, two things of one head noun), a connector before an
attribution with '-nya' and a clause of condition opened mid-sentence before 'maka' (P8).
Each class with texts of our own that break the rule and texts that respect it (none copied
from a corpus)."""

from __future__ import annotations

import pytest
from checkhelp import found

_TITLE = "Rutan Wonosari Gelar Pelatihan Warga Binaan\n"
_LEAD = "Wonosari - Rutan Wonosari menggelar pelatihan bagi warga binaan, Rabu (4/9/2024).\n"

BREAKS = [
    # The office's class written as a numeral still ends before the name.
    (
        "P6",
        _TITLE + _LEAD + "Kepala Kantor Imigrasi Kelas 2 TPI Wonosari, Rina Lestari menjelaskan "
        "layanan dibuka pagi.",
        [("Rina Lestari", "Rina Lestari,")],
    ),
    # The office's name goes on past a comma, then the name and the predicate.
    (
        "P6",
        _TITLE + _LEAD + "Kepala Seksi Pelayanan, Kantor Imigrasi Kelas II Wonosari, Hadi "
        "Purnomo mengatakan antrean berkurang.",
        [("Hadi Purnomo", "Hadi Purnomo,")],
    ),
    (
        "P6",
        _TITLE + _LEAD + "Lurah Sumberejo, Kecamatan Wonosari, Agus Salim membuka acara itu.",
        [("Agus Salim", "Agus Salim,")],
    ),
    # A name with an apostrophe inside a word or at its end.
    (
        "P6",
        _TITLE + _LEAD + "Kepala Rutan Wonosari, Ahmad Mu’min menyampaikan terima kasih.",
        [("Ahmad Mu’min", "Ahmad Mu’min,")],
    ),
    (
        "P6",
        _TITLE + _LEAD + "Kepala Rutan Wonosari, Imam Syafi’ menyampaikan terima kasih.",
        [("Imam Syafi’", "Imam Syafi’,")],
    ),
    # The name is closed before 'dan' that brings in a group of people.
    (
        "P6",
        _TITLE + _LEAD + "Acara dibuka Kepala Rutan Wonosari, Joko Susilo dan para pegawai.",
        [("Joko Susilo", "Joko Susilo,")],
    ),
    # A list whose last item has no comma before 'dan' (the silences below keep it).
    (
        "P7",
        _TITLE + _LEAD + "Pelatihan itu mencakup Perencanaan, Pengukuran, Pemotongan dan "
        "Penjahitan.",
        [("Pemotongan dan", "Pemotongan, dan")],
    ),
    (
        "P7",
        _TITLE + _LEAD + "Peserta membuat kue kering, sabun cair, tas kain dan sandal jepit.",
        [("kain dan", "kain, dan")],
    ),
    # A 'Ka-' title holds its office: the place ends it, the name is set off.
    (
        "P33",
        _TITLE + _LEAD + "Kakanim Sleman Rudi Hartono meninjau loket paspor. Rudi lalu pulang.",
        [("Sleman Rudi Hartono", "Sleman, Rudi Hartono,")],
    ),
    # The office's words typed in lowercase still run to the place before the name.
    (
        "P33",
        _TITLE + _LEAD + "Kepala kantor wilayah Kemenkumham Jateng Rudi Hartono meninjau dapur.",
        [("Jateng Rudi Hartono", "Jateng, Rudi Hartono,")],
    ),
    # A preposition and its object, with a comma between.
    (
        "P39",
        _TITLE + _LEAD + "Warga binaan menanam sayuran seperti, bayam dan kangkung.",
        [(",", "")],
    ),
    (
        "P39",
        _TITLE + _LEAD + "Karutan menjawab pertanyaan wartawan mengenai, jadwal kunjungan.",
        [(",", "")],
    ),
    (
        "P39",
        _TITLE + _LEAD + "Ia menyampaikan penjelasannya terkait, rencana pembangunan dapur.",
        [(",", "")],
    ),
    # A sentence opening with 'agar' or 'setelah' whose list ends the clause: no main
    # clause follows, so the comma before the list's last item is the list's.
    (
        "P7",
        _TITLE + _LEAD + "Agar peserta tetap sehat, bugar dan semangat.",
        [("bugar dan", "bugar, dan")],
    ),
    # Long items that repeat their head word ('dapat …, dapat … dan dapat …').
    (
        "P7",
        _TITLE + _LEAD + "Warga binaan diharapkan dapat mengikuti kegiatan dengan tertib, dapat "
        "belajar keterampilan di bengkel dan dapat hidup mandiri.",
        [("bengkel dan", "bengkel, dan")],
    ),
    # A speaker's list of phrases takes its serial comma too.
    (
        "P32",
        _TITLE
        + _LEAD
        + "“Warga binaan membuat kue kering renyah, sabun cair wangi, tas kain batik dan "
        "sandal jepit,” kata Budi.",
        [("batik dan", "batik, dan")],
    ),
    # A connector, then an attribution with '-nya' set in: the connector keeps its comma.
    (
        "P8",
        _TITLE + _LEAD + "Selain itu lanjutnya, rutan membuka kelas membatik.",
        [("Selain itu", "Selain itu,")],
    ),
    # A phrase of comment before a clause with its own subject, in a quote too.
    (
        "P8",
        _TITLE + _LEAD + "“Yang pasti kami terus membina warga binaan,” kata Karutan.",
        [("Yang pasti", "Yang pasti,")],
    ),
    # A clause of condition opened after a conjunction, closed before 'maka'.
    (
        "P8",
        _TITLE + _LEAD + "Pelatihan itu gratis, tetapi jika peserta absen tiga kali maka "
        "sertifikat tidak diberikan.",
        [("kali maka", "kali, maka")],
    ),
]

RESPECTS = [
    # The names already closed; a second person after 'dan'; a phrase that is no name.
    (
        "P6",
        _TITLE + _LEAD + "Kepala Seksi Pelayanan, Kantor Imigrasi Kelas II Wonosari, Hadi "
        "Purnomo, mengatakan antrean berkurang.",
    ),
    (
        "P6",
        _TITLE + _LEAD + "Acara dihadiri Kepala Rutan Wonosari, Joko Susilo dan Dewi Sartika "
        "dari dinas sosial.",
    ),
    (
        "P6",
        _TITLE + _LEAD + "Kepala Rutan Wonosari, Kantor Wilayah Jawa Tengah dan Dinas Sosial "
        "hadir.",
    ),
    # The list's words spell the short form after them: one programme's name.
    (
        "P7",
        _TITLE + _LEAD + "Rutan menggelar Perencanaan, Pengukuran, Pemotongan dan Penjahitan "
        "(Renkurmotjah) selama sepekan.",
    ),
    (
        "P32",
        _TITLE + _LEAD + "Kegiatan itu bagian dari program Sarana Belajar, Asimilasi Kerja dan "
        "Edukasi Mandiri (SBAKEM) rutan.",
    ),
    # 'A dan B' is a unit's name that the text gives elsewhere after 'Bagian'.
    (
        "P7",
        _TITLE + _LEAD + "Pelatihan didukung Bagian Umum dan Kepegawaian. Ke depan, Dinsos, "
        "Umum dan Kepegawaian akan menambah kelas.",
    ),
    # Two things of one head noun paired inside the last item.
    (
        "P32",
        _TITLE + _LEAD + "Rutan menyiapkan kain katun, benang jahit, tambahan mesin jahit dan "
        "mesin obras.",
    ),
    # A preposition before the comma is no list's item.
    (
        "P7",
        _TITLE + _LEAD + "Ia menjawab pertanyaan terkait, jadwal pelatihan dan sertifikat.",
    ),
    # A regional head's title before the name asks no comma (round 24: with the region
    # between, 'Bupati Sleman, Rudi Hartono,' takes them, as the sets mark it six times of
    # eight).
    (
        "P33",
        _TITLE + _LEAD + "Bupati Rudi Hartono meninjau pasar. Rudi lalu pulang.",
    ),
    (
        "P33",
        _TITLE + _LEAD + "Kepala kantor wilayah Kemenkumham Jateng, Rudi Hartono, meninjau dapur.",
    ),
    # 'terkait' as an adjective closing its phrase; a preposition's object with no comma.
    ("P39", _TITLE + _LEAD + "Rapat dihadiri instansi terkait, antara lain dinas sosial."),
    ("P39", _TITLE + _LEAD + "Rapat dihadiri pihak terkait, Dinas Sosial dan Polres."),
    ("P39", _TITLE + _LEAD + "Warga binaan menanam sayuran seperti bayam dan kangkung."),
    # The same list with its comma; a head word repeated in two clauses, no list.
    (
        "P7",
        _TITLE + _LEAD + "Warga binaan diharapkan dapat mengikuti kegiatan dengan tertib, dapat "
        "belajar keterampilan di bengkel, dan dapat hidup mandiri.",
    ),
    (
        "P7",
        _TITLE + _LEAD + "Peserta yang hadir dapat mengikuti kegiatan dengan tertib, sehingga "
        "panitia dapat bekerja dengan tenang.",
    ),
    # The opening phrase closed by a comma, then a pair as the subject.
    ("P7", _TITLE + _LEAD + "Setelah apel, pegawai dan petugas kembali bekerja."),
    # A comma after 'seperti' (P39's) makes no list's item.
    (
        "P32",
        _TITLE + _LEAD + "Ada kelas membatik, kelas agama seperti, belajar salat dan mengaji.",
    ),
    # The connector's own comma is there; an adverb group closed by a comma.
    ("P8", _TITLE + _LEAD + "Selain itu, lanjutnya, rutan membuka kelas membatik."),
    ("P8", _TITLE + _LEAD + "Namun sebenarnya, kelas membatik sudah penuh."),
    # The phrase as the sentence's subject.
    ("P8", _TITLE + _LEAD + "Yang penting adalah kesehatan warga binaan."),
    # The clause of condition already closed; 'maka' with no clause of condition before it.
    (
        "P8",
        _TITLE + _LEAD + "Pelatihan itu gratis, tetapi jika peserta absen tiga kali, maka "
        "sertifikat tidak diberikan.",
    ),
    (
        "P8",
        _TITLE + _LEAD + "Pelatihan itu gratis, tetapi peserta yang absen maka harus mengulang.",
    ),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert found(text, rule) == []
