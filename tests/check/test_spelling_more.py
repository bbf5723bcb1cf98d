"""S1 and S2 on capitalised words, S3 (a rare word one slip from a frequent one) and S4
(English phrases of government news): breaking and respecting texts."""

from __future__ import annotations

import pytest
from checkhelp import found, spans

from kabar_desktop.check import check_text
from kabar_desktop.check.morphology import repaired
from kabar_desktop.check.suggest import frequent, near_frequent, one_edit
from kabar_desktop.check.wordlists import confusables

TITLE = "Lapas Kupang Gelar Pelatihan Kerja bagi Warga Binaan\n\n"

BREAKS = [
    # A suffix typed twice, a non-standard root with affixes: sure fixes, even in a name.
    ("S2", "Kepala Seksi Kegiatanan Kerja hadir.", [("Kegiatanan", "Kegiatan")]),
    ("S2", "Petugas mencatat kegiatanan warga.", [("kegiatanan", "kegiatan")]),
    ("S2", "Hasil itu dilaporkankan kepada Kalapas.", [("dilaporkankan", "dilaporkan")]),
    ("S2", "Warga mengikuti Antrian Tertib Paspor.", [("Antrian", "Antrean")]),
    ("S2", "Ilmu itu dipraktekkan warga binaan.", [("dipraktekkan", "dipraktikkan")]),
    # A frequent word short of one letter, in capitals in mid-sentence.
    ("S1", "Petugas membuka layanan Pengaduan Masyarkat di lobi.", [("Masyarkat", "Masyarakat")]),
    ("S1", "Laporan Kegiattan Lapas dibacakan.", [("Kegiattan", "Kegiatan")]),
    ("S1", "Petugas memantau Kalapass Rutan.", [("Kalapass", "Kalapas")]),  # one letter more
    # A known short form with two letters swapped, beside the right one in the same text.
    ("S1", "Sebanyak 20 WBP dewasa dan 5 WPB anak hadir.", [("WPB", "WBP")]),
    # One slip from a word that makes a frequent pair with its neighbour.
    ("S1", "Anggota Tim Pengawasam Orang Asing hadir.", [("Pengawasam", "Pengawasan")]),
    # S3: forms the affix rules allow, one slip from a frequent word.
    ("S3", "Rapat digelar memalui aplikasi daring.", [("memalui", "melalui")]),
    ("S3", "Lapas mengelar lomba voli.", [("mengelar", "menggelar")]),
    ("S3", "Lomba itu dikuti warga binaan.", [("dikuti", "diikuti")]),
    ("S3", "Mengelar lomba, lapas mengundang warga.", [("Mengelar", "Menggelar")]),
    # Look-alikes listed with a note.
    ("S3", "Sat ditemui, Kalapas tersenyum.", [("Sat", "Saat")]),
    ("S3", "Humas bekerja sama dengan media masa.", [("media masa", "media massa")]),
    # S4: a word of an English phrase typed wrong or swapped for a look-alike.
    (
        "S4",
        "Kanwil menggelar Forum Group Discusion bersama mitra.",
        [("Forum", "Focus"), ("Discusion", "Discussion")],
    ),
    ("S4", "Acara dibuka dengan Coffe Morning bersama wartawan.", [("Coffe", "Coffee")]),
    ("S4", "Rapat melalui zoom meting diikuti pegawai.", [("meting", "meeting")]),
]

RESPECTS = [
    ("S1", "Kepala Kantor Pelayanan Pajak Pratama hadir bersama Hamdi Hasibuan."),
    ("S2", "Pelayanan tahanan di Rutan berjalan baik; antrean tertib."),
    ("S1", 'Ia berkata, "Dia susah diajak ngomong soal itu."'),  # a speaker's own word
    ("S1", "Sarana dan prasarana antarumat dibangun pascapanen."),
    ("S1", "Wiryanto, pejabat lama, dilantik. Surat Dirjenpas Nomor 3 dibacakan."),
    ("S1", "Fikih munakahat dibahas."),
    ("S1", "Sungai Kapuas meluap di Kapus."),  # a short name one letter from a short form
    ("S1", "Sebanyak 5 WPB anak hadir."),  # no WBP beside it: maybe another body's short form
    ("S2", "Hadir pula Siti Ramadhani dan pegawai yang berwirausaha."),  # a name, a KBBI root
    ("S1", "Warga binaan belajar kewirausahaan."),
    ("S3", "Rapat digelar melalui aplikasi daring dan diikuti pegawai."),
    ("S3", "Seusai apel, kartu berisi data biometrik dibagikan sesuai jadwal."),
    ("S3", "Pada saat itu, media massa hadir; Sat Pol PP berjaga."),
    ("S3", "Lomba dibuka; tahanan dan pegawai bermain bersama."),
    ("S4", "Kanwil menggelar Focus Group Discussion dan Coffee Morning."),
    ("S4", "Rapat melalui Zoom Meetings diikuti pegawai; forum group itu bubar."),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert spans(text, rule) == []


def test_a_title_word_short_of_a_letter_is_reported_with_its_fix():
    text = "Rutan Buka Jadwal Kunjugan Baru bagi Keluarga Warga Binaan\n\nIsi berita.\n"
    hits = [(f.rule, f.text, f.suggestion) for f in check_text(text, rules=["S1"])]
    assert hits == [("S1", "Kunjugan", "Kunjungan")]


def test_a_name_one_slip_from_a_frequent_word_is_left_alone():
    text = TITLE + "Kupang - Kalapas Harun Dumai membuka acara di Timor Tengah Utara.\n"
    assert [f for f in check_text(text) if f.rule in ("S1", "S3")] == []


def test_the_repair_needs_a_known_word():
    known = {"pelayanan", "antre", "antrean"}.__contains__
    assert repaired("pelayananan", known, {}) == ("pelayanan", "doubled")
    assert repaired("antrian", known, {"antri": "antre"}) == ("antrean", "baku")
    assert repaired("tahanan", known, {}) is None


def test_a_bound_form_joins_no_deictic_word():
    """ "pra" + "sana" is no word: the slip for "prasarana" is reported."""
    assert spans("Kami menambah sarana prasana kesehatan.", "S1") == ["prasana"]


def test_a_name_beside_a_frequent_pair_is_left_alone():
    text = TITLE + "Kupang - Kepala Rutan, Harun Binaan, hadir bersama Warga Binaan.\n"
    assert [f for f in check_text(text) if f.rule in ("S1", "S3")] == []


def test_one_edit_and_the_frequent_list():
    assert one_edit("dikuti", "diikuti") and one_edit("seusai", "sesuai")
    assert not one_edit("berisi", "bersih") and not one_edit("abc", "abc")
    assert {"melalui", "diikuti", "menggelar", "kunjungan"} <= frequent()
    assert near_frequent("dikuti")[0] == (1, "diikuti")
    assert confusables()[("sat",)] == "saat"
