"""Round 19 of issue 13, words: classes of heldout14's misses and false alarms in spelling,
word forms, foreign words, numbers and dates, written as the grammar they are. A capitalised
English term (W9), a suffix written apart (S2), the se-…-nya reduplication (W7), 'apabila'
opening what is said (W29), 'di hari selasa' (W28), a long word with a letter too many (S1),
a suffix on a word that takes none (S3), 'inisiasi' for 'inisiatif' (S3), a bracketed date
without its weekday and one without its month (N5), ranges of figures as statistics (N1),
the weekday named after 'hari' (N7), a common noun that heads a name (S1). Each class with
texts of our own that break the rule and texts that respect it (none copied from a corpus)."""

from __future__ import annotations

import pytest
from checkhelp import found

_TITLE = "Bapas Ende Gelar Bimbingan Klien\n"
_LEAD = "Ende - Bapas Ende menggelar bimbingan bagi klien pemasyarakatan, Kamis (5/3/2026).\n"
_BODY = _TITLE + _LEAD

BREAKS = [
    # W9: an English term in title case inside an Indonesian sentence.
    (
        "W9",
        _BODY + "Sebanyak 30 klien mengikuti Crash Recovery Program yang digelar Ditjen.",
        [("Crash Recovery Program", None)],
    ),
    (
        "W9",
        _BODY + "Crash program itu menjadi perhatian petugas sejak awal tahun.",
        [("Crash program", None)],
    ),
    (
        "W9",
        _BODY + "Ia kini menjabat Kepala Seksi e-Procurement pada dinas tersebut.",
        [("e-Procurement", None)],
    ),
    # W9: an English term with its own initials; unknown capitalised words of the term.
    (
        "W9",
        _BODY + "Humas berperan sebagai Government Public Relations (GPR) bagi daerah.",
        [("Government Public Relations", None)],
    ),
    # S2: a suffix or the particle -nya written apart from its word.
    (
        "S2",
        _BODY + "Petugas wajib melaksana kan tugas pengawasan dengan cermat.",
        [("melaksana kan", "melaksanakan")],
    ),
    (
        "S2",
        _BODY + "Setiap klien membawa berkas nya ke ruang bimbingan.",
        [("berkas nya", "berkasnya")],
    ),
    # W7: the confix se-…-nya around a doubled root takes the hyphen.
    (
        "W7",
        _BODY + "Klien diminta memanfaatkan kesempatan itu sebaik baiknya.",
        [("sebaik baiknya", "sebaik-baiknya")],
    ),
    (
        "W7",
        _BODY + "Petugas mengumpulkan data sebanyak banyaknya dari keluarga klien.",
        [("sebanyak banyaknya", "sebanyak-banyaknya")],
    ),
    # W29: 'apabila' opening the content of a verb of saying.
    (
        "W29",
        _BODY + "Kepala Bapas menegaskan apabila klien wajib lapor setiap bulan.",
        [("apabila", "bahwa")],
    ),
    # W28: 'di' before 'hari' and a weekday written in lowercase.
    (
        "W28",
        _BODY + "Bimbingan lanjutan diadakan di hari jumat pekan depan.",
        [("di", "pada")],
    ),
    # S1: a long word the lists know, with one letter too many, capitalised.
    (
        "S1",
        _BODY + "Materi disampaikan oleh kasubsi Administrasri Bapas Ende.",
        [("Administrasri", "Administrasi")],
    ),
    # S3: a function word or an adverb takes no derivational suffix.
    (
        "S3",
        _BODY + "Klien yang melanggar dapat dikenai tidakan tegas oleh petugas.",
        [("tidakan", "tindakan")],
    ),
    (
        "S3",
        _BODY + "Petugas memperolehkan keluarga klien hadir dalam bimbingan.",
        [("memperolehkan", "memperbolehkan")],
    ),
    # S3: 'inisiasi' before the body or post that holds the initiative.
    (
        "S3",
        _BODY + "Bimbingan ini merupakan inisiasi Kepala Bapas Ende.",
        [("inisiasi", "inisiatif")],
    ),
    (
        "S3",
        _BODY + "Program itu lahir dari inisiasi Direktorat Jenderal Pemasyarakatan.",
        [("inisiasi", "inisiatif")],
    ),
    # N5: a bracketed date after a comma with no weekday before it.
    (
        "N5",
        _BODY + "Hal itu disampaikan Kepala Bapas kepada wartawan, (6/3/2026).",
        [("(6/3/2026)", "Jumat (6/3/2026)")],
    ),
    # N5: a weekday's bracket with a day and a year and no month.
    (
        "N5",
        _BODY + "Hal itu disampaikan Kepala Bapas di ruang kerjanya, Jumat (6/2026).",
        [("(6/2026)", None)],
    ),
    (
        "N5",
        _BODY + "Hal itu disampaikan Kepala Bapas di ruang kerjanya, Rabu (14/2023).",
        [("(14/2023)", "(14/6/2023)")],
    ),
    # W13: 'antara' pairs with 'dan', however long the name of the first item.
    (
        "W13",
        _BODY + "Rapat memperkuat sinergi antara Kantor Wilayah Kementerian Hukum Nusa "
        "Tenggara Timur dengan Kantor Imigrasi Kupang.",
        [("dengan", "dan")],
    ),
    (
        "W13",
        _BODY + "Kerja sama antara pihak Bapas Ende dengan Dinas Sosial terus berjalan.",
        [("dengan", "dan")],
    ),
    # N1: the compact range of small numbers keeps its joint fix.
    (
        "N1",
        _BODY + "Klien wajib lapor 1-2 kali sebulan ke Bapas Ende.",
        [("1-2", "satu sampai dua")],
    ),
    # N1: a lone count is still spelled out.
    (
        "N1",
        _BODY + "Bimbingan itu diikuti 7 klien dari Kabupaten Ende.",
        [("7", "tujuh")],
    ),
    # N7: the weekday run into a written-out date without 'hari' before it.
    (
        "N7",
        _BODY + "Bimbingan kedua digelar pada Senin 9 Maret 2026 di aula.",
        [("Senin 9 Maret 2026", "Senin (9/3/2026)")],
    ),
]

RESPECTS = [
    # W9: products, bodies and events by their names; Indonesian names; names alone.
    ("W9", _BODY + "Bimbingan lanjutan digelar melalui Google Meet bersama keluarga klien."),
    ("W9", _BODY + "Pesan pengingat dikirim lewat WhatsApp kepada setiap klien."),
    (
        "W9",
        _BODY + "Hadir pula perwakilan International Organization for Migration di Ende.",
    ),
    ("W9", _BODY + "Klien mendapat bantuan dari Legal Aid Institute (LAI) di Ende."),
    ("W9", _BODY + "Hadir pula Win Hartono dari Dinas Sosial Kabupaten Ende."),
    ("W9", _BODY + "Rapat evaluasi digelar di Hotel Grand Mercure Kupang."),
    ("W9", _BODY + "Hadir pula Kepala Lapas Kelas IIA Kupang dan Kepala Rutan Ende."),
    ("W9", _BODY + "Materi disampaikan oleh Abdillah Syafiuddin dan Fatchur Rochman."),
    ("W9", _BODY + "Rombongan menginap di Bali Hai sebelum kembali ke Ende."),
    ("W9", _BODY + "Klien mengurus e-Paspor dan e-KTP di kantor terdekat."),
    ("W9", _BODY + "Petugas memasukkan data klien ke sistem informasi pemasyarakatan."),
    # S2: the spoken particle 'kan' after a pronoun or a demonstrative; 'ialah'.
    ("S2", _BODY + "\u201cItu kan sudah menjadi kewajiban klien,\u201d ujarnya."),
    ("S2", _BODY + "\u201cMereka kan sudah tahu jadwalnya,\u201d ujarnya."),
    ("S2", _BODY + "Klien membawa berkasnya ke ruang bimbingan."),
    # W7: 'se-' on one word and another word after it.
    ("W7", _BODY + "Klien datang sebelum bimbingannya dimulai."),
    ("W7", _BODY + "Sebanyak 30 klien hadir sebaik-baiknya."),
    # W29: 'apabila' opening a real condition.
    (
        "W29",
        _BODY + "Kepala Bapas menegaskan, apabila klien tidak lapor, haknya dicabut.",
    ),
    (
        "W29",
        _BODY + "Kepala Bapas menjelaskan apabila klien terlambat, berkas akan dikembalikan.",
    ),
    # W28: 'di hari kerja', a kind of day, is left as editors leave it.
    ("W28", _BODY + "Layanan ini membantu klien yang sibuk di hari kerja."),
    # S1: long words spelt right; a name one letter off nothing listed.
    ("S1", _BODY + "Materi disampaikan oleh Kasubsi Registrasi Bapas Ende."),
    ("S1", _BODY + "Materi disampaikan oleh Suryaningrat dari Bapas Ende."),
    # S1: a common noun that heads a name elsewhere, used as a common noun.
    (
        "S1",
        _BODY + "Klien asing tinggal di Rusunawa Puspa Agro Sidoarjo. Sebagian lain tinggal "
        "di rusunawa yang disiapkan pemerintah daerah.",
    ),
    # S3: derived forms of ordinary roots; 'inisiasi' before what is begun.
    ("S3", _BODY + "Petugas mengambil tindakan tegas terhadap klien yang melanggar."),
    ("S3", _BODY + "Rapat membahas tahap inisiasi program pembinaan klien."),
    ("S3", _BODY + "Klien memperoleh bimbingan dan melebihi target kehadiran."),
    ("S3", _BODY + "Petugas melakukan pengamatan terhadap kebiasaan klien."),
    ("S3", _BODY + "Petugas menyiapkan inisiasi Program Klien Mandiri tahun ini."),
    ("S3", _BODY + "Bidan mengajak ibu melakukan Inisiasi Menyusu Dini."),
    # N5: a dateline's bracketed date after the place; a weekday before the bracket.
    ("N5", _TITLE + "Ende (5/3/2026) - Bapas Ende menggelar bimbingan bagi klien."),
    ("N5", _BODY + "Hal itu disampaikan Kepala Bapas kepada wartawan, Jumat (6/3/2026)."),
    # N1: ranges of figures are statistics, both ends in digits.
    ("N1", _BODY + "Masa bimbingan bervariasi, mulai dari 15 hari hingga 2 bulan."),
    ("N1", _BODY + "Daya tampung aula itu 400 sampai dengan 500 orang."),
    ("N1", _BODY + "Masa pidana klien itu antara 3 dan 5 tahun."),
    ("N1", _BODY + "Lama bimbingan 3 hari sampai paling lama 2 minggu."),
    ("N1", _BODY + "Rekaman itu menunjukkan sekitar 50 sampai 60 orang di halaman."),
    # W13: 'antara' with 'dan' already; 'di antara'; a comparison by 'dengan' elsewhere.
    ("W13", _BODY + "Jarak antara Bapas Ende dan Lapas Ende dekat dengan pusat kota."),
    ("W13", _BODY + "Petugas berdiri di antara Kepala Bapas dan para klien."),
    # N7: the weekday named after 'hari', the date written out in prose.
    ("N7", _BODY + "Bimbingan kedua digelar pada hari Senin 9 Maret 2026 di aula."),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert found(text, rule) == []
