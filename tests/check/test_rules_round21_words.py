"""Round 21 of issue 13, capitals, words and numbers: a common term in title case before its
own short form (K3, by its head noun's class), 'Tahun' before a year after a preposition
(K3), 'pasal' before its number (K31), two kinds joined by a slash before a name (K3, K26),
a position after 'salah seorang' (K1), an award's name past its ordinal and an event's name
the text writes with all its capitals at a sentence's start (K24, K19), a name's own
spelling of a W6 word (W6), 'pingin' (W27, silent in quotes), pe- without its nasal on a root
that takes peN- (S2), di-per-/memper- on a root that takes no per- (S3), and an English
phrase across its lowercase glue words (W9). Each class with texts of our own that break the
rule and more texts that respect it (none copied from a corpus)."""

from __future__ import annotations

import pytest
from checkhelp import found

_TITLE = "Bapas Wonogiri Gelar Pembinaan Klien\n"
_LEAD = "Wonogiri - Bapas Wonogiri menggelar pembinaan klien, Senin (2/3/2026).\n"
_BODY = _TITLE + _LEAD

BREAKS = [
    # K3: a common term in title case before its short form, by its head's class: people,
    # a measure imposed, a resource, a standard of work.
    (
        "K3",
        _BODY + "Bapas masih kekurangan Sumber Daya Manusia (SDM) untuk mendampingi klien.",
        [("Sumber Daya Manusia", "sumber daya manusia")],
    ),
    (
        "K3",
        _BODY + "Kantor imigrasi menjatuhkan Tindakan Administratif Keimigrasian (TAK) kepada "
        "dua orang.",
        [("Tindakan Administratif Keimigrasian", "tindakan administratif keimigrasian")],
    ),
    (
        "K3",
        _BODY + "Perusahaan itu mempekerjakan Tenaga Kerja Asing (TKA) dari tiga negara.",
        [("Tenaga Kerja Asing", "tenaga kerja asing")],
    ),
    # ... an item of a list after a comma.
    (
        "K3",
        _BODY + "Perusahaan itu mempekerjakan pekerja lokal, Tenaga Kerja Asing (TKA), dan "
        "pekerja magang.",
        [("Tenaga Kerja Asing", "tenaga kerja asing")],
    ),
    # K3: 'tahun' before a year after a preposition of time.
    (
        "K3",
        _BODY + "Di Tahun 2025 ini, bapas mendampingi 300 klien.",
        [("Tahun", "tahun")],
    ),
    (
        "K3",
        _BODY + "Dibuka sejak Tahun 2019, kantin itu menjadi tempat klien bekerja.",
        [("Tahun", "tahun")],
    ),
    (
        "K3",
        _BODY + "Jumlah klien naik sepanjang Tahun 2025 dibanding tahun sebelumnya.",
        [("Tahun", "tahun")],
    ),
    # K3: a sentence of running text set in title case, from its verb to the name.
    (
        "K3",
        _BODY + "Bagaimana Bapas Wonogiri Mendampingi Ratusan Klien Selama Masa Pandemi? "
        "Pendampingan dilakukan daring.",
        [
            (
                "Mendampingi Ratusan Klien Selama Masa Pandemi",
                "mendampingi ratusan klien selama masa pandemi",
            )
        ],
    ),
    (
        "K3",
        _BODY + "Bapas Wonogiri Mendampingi Klien Selama Libur Lebaran di Jawa Tengah.",
        [("Mendampingi Klien Selama Libur", "mendampingi klien selama libur")],
    ),
    # K31: 'pasal' before its number is the article of a named law.
    (
        "K31",
        _BODY + "Klien itu dulu dijerat pasal 362 KUHP tentang pencurian.",
        [("pasal", "Pasal")],
    ),
    (
        "K31",
        _BODY + "Hak itu diatur dalam pasal 10 ayat (1) undang-undang tersebut.",
        [("pasal", "Pasal")],
    ),
    # K3 and K26 still read a kind before a slash when no name follows the pair.
    (
        "K3",
        _BODY + "Penyuluh mengunjungi setiap Desa/Kelurahan yang ada di Wonogiri.",
        [("Desa", "desa")],
    ),
    (
        "K26",
        _BODY + "Kampung itu diusulkan menjadi Kelurahan/desa percontohan.",
        [("Kelurahan", "kelurahan")],
    ),
    # K1 still reads a position followed by its unit in lowercase.
    (
        "K1",
        _BODY + "Hadir pula kasubsi bimbingan klien Bapas Wonogiri.",
        [("kasubsi bimbingan klien", "Kasubsi Bimbingan Klien")],
    ),
    # K24: a run written with capitals once, and at a sentence's start in lowercase.
    (
        "K24",
        _BODY + "Bapas menggelar Penyuluhan Hukum Serentak di tiga kecamatan. Penyuluhan "
        "hukum serentak itu diikuti warga.",
        [("Penyuluhan Hukum Serentak", "penyuluhan hukum serentak")],
    ),
    (
        "K24",
        _BODY + "Bapas menggelar Penyuluhan Hukum Serentak di tiga kecamatan.",
        [("Penyuluhan Hukum Serentak", "penyuluhan hukum serentak")],
    ),
    # K3: a term at a sentence's start keeps only its first capital.
    (
        "K3",
        _BODY + "Sumber Daya Manusia (SDM) menjadi kendala utama bapas.",
        [("Daya Manusia", "daya manusia")],
    ),
    # W6 still reads the compound in running text, and a capital after a lowercase word.
    ("W6", _BODY + "Klien belajar budidaya ikan lele.", [("budidaya", "budi daya")]),
    # W27: 'pingin' in the writer's sentence is the spoken form of 'ingin'.
    ("W27", _BODY + "Klien itu pingin segera bekerja.", [("pingin", "ingin")]),
    # S2: pe- without its nasal on a root that takes peN-.
    (
        "S2",
        _BODY + "Kantor imigrasi mencatat pedeportasian sebanyak 40 orang.",
        [("pedeportasian", "pendeportasian")],
    ),
    # S3: di-per-/memper- on a root that takes no per-: the per- verb one letter away.
    (
        "S3",
        _BODY + "Data itu diperolah dari laporan petugas.",
        [("diperolah", "diperoleh")],
    ),
    (
        "S3",
        _BODY + "Klien memperolah keterampilan baru.",
        [("memperolah", "memperoleh")],
    ),
    # W9: an English phrase across its lowercase glue word.
    (
        "W9",
        _BODY + "Kedua pihak menyiapkan Memorandum of Understanding (MoU) pekan depan.",
        [("Memorandum of Understanding", None)],
    ),
    (
        "W9",
        _BODY + "Bapas menyusun Standard of Procedure baru.",
        [("Standard of Procedure", None)],
    ),
]

RESPECTS = [
    # K3: names of bodies, teams, programmes, documents and laws before their short forms.
    ("K3", _BODY + "Rapat dihadiri Tim Pengawasan Orang Asing (Timpora) Wonogiri."),
    ("K3", _BODY + "Kasus Tindak Pidana Perdagangan Orang (TPPO) dibahas bersama."),
    ("K3", _BODY + "Bapas menyerahkan Surat Keputusan (SK) pembebasan bersyarat."),
    ("K3", _BODY + "Bapas menerima Penerimaan Negara Bukan Pajak (PNBP) dari kantin."),
    ("K3", _BODY + "Klien dibina di Sarana Asimilasi dan Edukasi (SAE) bapas."),
    # ... a term that goes on a unit's name before it, or a numbered one of a series.
    ("K3", _BODY + "Kepala Seksi Bimbingan Klien Dewasa (BKD) memimpin apel."),
    ("K3", _BODY + "Tiga klien mendapat Remisi Khusus (RK) II tahun ini."),
    # ... a list of names in title case across 'dan' or a comma, and lowercase terms.
    (
        "K3",
        _BODY + "Petugas menjelaskan program Asimilasi Rumah, Pembebasan Bersyarat (PB), dan cuti.",
    ),
    ("K3", _BODY + "Klien mengikuti program Asimilasi Rumah dan Pembebasan Bersyarat (PB)."),
    ("K3", _BODY + "Bapas masih kekurangan sumber daya manusia (SDM) untuk mendampingi klien."),
    # ... 'Tahun' of a name, a title or a document's year.
    ("K3", _BODY + "Bapas memperingati Hari Ulang Tahun 2025 dengan lomba."),
    ("K3", _BODY + "Hal itu diatur dalam Undang-Undang Nomor 22 Tahun 2022."),
    ("K3", _BODY + "Bapas memulai Tahun Anggaran 2025 dengan rapat kerja."),
    ("K3", "Capaian Bapas Wonogiri Sepanjang Tahun 2025\n" + _LEAD),
    ("K3", _BODY + "Pada tahun 2025 ini, bapas mendampingi 300 klien."),
    # K3: names with verbs in them, themes in quotes, a title's own capitals.
    ("K3", _BODY + "Bapas Wonogiri menjalankan program Bapas Menyapa Warga setiap pekan."),
    ("K3", _BODY + "Klien mengikuti Gerakan Bersama Membangun Desa di Wonogiri."),
    ("K3", _BODY + "Klien mengikuti program Gerakan Menuju Desa Untuk Semua di Wonogiri."),
    ("K3", _BODY + "Klien bergabung dengan Forum Bersama Untuk Negeri Jaya di Wonogiri."),
    ("K3", _BODY + "Bapas mengikuti Lomba Menulis Untuk Negeri di Semarang."),
    (
        "K3",
        _BODY + "Tema kegiatan ini adalah “Bersama Membangun Negeri Untuk Indonesia”.",
    ),
    ("K3", "Bapas Wonogiri Mendampingi Klien Selama Libur Lebaran\n" + _LEAD),
    ("K3", _BODY + "Bapas Wonogiri mendampingi klien selama libur Lebaran."),
    # K31: 'Pasal' already capitalised, and 'pasal' without a number.
    ("K31", _BODY + "Klien itu dulu dijerat Pasal 362 KUHP tentang pencurian."),
    ("K31", _BODY + "Petugas menjelaskan isi pasal demi pasal kepada klien."),
    ("K31", _BODY + "Beberapa pasal dalam aturan itu dibahas bersama."),
    ("K31", "Klien Bapas Wonogiri Pelajari pasal 10 UU Pemasyarakatan\n" + _LEAD),
    # K3, K26: two kinds joined by a slash share the programme's name after them.
    ("K3", _BODY + "Penyuluh membina setiap Desa/Kelurahan Sadar Hukum di Wonogiri."),
    ("K26", _BODY + "Kampung itu diusulkan menjadi Kelurahan/Desa Sadar Hukum tahun ini."),
    ("K26", _BODY + "Kampung itu diusulkan menjadi Desa/Kelurahan Sadar Hukum tahun ini."),
    # K1: a position after 'salah seorang' is one of its kind.
    ("K1", _BODY + "Ia hadir sebagai salah seorang Kabapas unit wilayah di Jawa Tengah."),
    ("K1", _BODY + "Ia hadir sebagai salah satu Kasi bagian wilayah timur."),
    # K24, K19: an award's name goes on past its ordinal; an event's name the text writes
    # with all its capitals at a sentence's start.
    (
        "K24",
        _BODY + "Bapas meraih predikat Terbaik ke-2 Kinerja Anggaran Kategori Satker Kecil.",
    ),
    (
        "K19",
        _BODY + "Bapas meraih predikat Terbaik ke 2 Kinerja Anggaran Kategori Satker Kecil.",
    ),
    (
        "K24",
        _BODY + "Bapas menggelar Penyuluhan Hukum Serentak di tiga kecamatan. Penyuluhan "
        "Hukum Serentak itu diikuti warga.",
    ),
    (
        "K24",
        _BODY + "Bapas menggelar Penyuluhan Hukum Serentak di tiga kecamatan.\nPenyuluhan Hukum "
        "Serentak itu digelar serempak di Jawa Tengah.",
    ),
    # W6: a unit's name keeps its own spelling.
    (
        "W6",
        _BODY + "Hadir Kabid Perikanan Budidaya Dinas Kelautan dan Perikanan Wonogiri.",
    ),
    ("W6", _BODY + "Klien belajar budi daya ikan lele."),
    # W27: a speaker's own 'pingin' in a quote.
    ("W27", _BODY + "“Saya pingin segera bekerja,” kata klien itu."),
    ("S1", _BODY + "“Saya pingin segera bekerja,” kata klien itu."),
    # S2: pe- before the sounds where peN- is pe-, and pe- nouns the lists give.
    ("S2", _BODY + "Kantor imigrasi mencatat pendeportasian sebanyak 40 orang."),
    ("S2", _BODY + "Petani, pedagang, pegawai dan peserta hadir di pedesaan."),
    ("S2", _BODY + "Pelayanan, pelatihan dan perawatan klien berjalan lancar."),
    ("S1", _BODY + "Pedoman pendataan klien dibagikan kepada petugas."),
    # S3: per- verbs of roots that take per-, and di- verbs of roots that take none.
    ("S3", _BODY + "Data itu diperoleh dari laporan petugas."),
    ("S3", _BODY + "Pengawasan diperketat dan layanan dipercepat."),
    ("S3", _BODY + "Kerja sama itu diperkuat dan diperluas tahun ini."),
    ("S3", _BODY + "Ikan itu diolah klien menjadi abon."),
    # W9: a body's English name, and English words alone.
    (
        "W9",
        _BODY + "Bapas bekerja sama dengan United Nations High Commissioner for Refugees (UNHCR).",
    ),
    ("W9", _BODY + "Bapas bekerja sama dengan International Organization for Migration."),
    ("W9", _BODY + "Kedua pihak menyiapkan nota kesepahaman (MoU) pekan depan."),
    ("W9", _BODY + "Klien bernama Win dan Hartono hadir."),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert found(text, rule) == []
