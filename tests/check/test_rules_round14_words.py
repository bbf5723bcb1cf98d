"""Round 14 of issue 13, words, forms, numbers and dates read as the EYD V / KBBI rule they
are: a count before a capitalised noun or a short form (N1); a weekday and its date in one
pair of brackets, or a range of days, without the year, and a year one digit off the
article's (N5); a padded day in a speaker's words (N8, silent); KBBI's adjective in -istis,
the particle 'kan' apart, Arabic loans in KBBI's form and the Dutch -ir verb of an -asi noun
(W6); 'maping' (W11); 'giat' as the noun 'kegiatan' and chat contractions (W10); English
verbs of apps, a foreign word's English neighbours and English words of the genre (W9); an
Indonesian prefix glued to an English word (W19); a comma's 'namun' in a speaker's words
(W29); a post's head one vowel off, a long short form with two letters exchanged and the
ministry's short form against its name (S1); meN-/peN- with a nasal before r (S2); an
English body's name with its glue word or first letters swapped (S4); 'Berapa' stating a
number and 'Iya' for 'Ia' (S8); 'Dharma Wanita' (S9). Each class with texts of our own that
break the rule and texts that respect it (none copied from a corpus)."""

from __future__ import annotations

import pytest
from checkhelp import found

_TITLE = "Rutan Wonogiri Gelar Pelatihan Berkebun\n"
_LEAD = "Wonogiri - Rutan Wonogiri menggelar pelatihan berkebun, Senin (2/3/2026).\n"
_BODY = _TITLE + _LEAD

BREAKS = [
    # N1: a one- or two-word number before a capitalised noun or a short form it counts.
    (
        "N1",
        _BODY + "Kakanwil memberi arahan kepada 12 Kepala Rutan se-Jawa Tengah.",
        [("12", "dua belas")],
    ),
    ("N1", _BODY + "Pelatihan serupa digelar di 6 UPT lainnya.", [("6", "enam")]),
    ("N1", _BODY + "Kalapas meresmikan pembukaan 3 Pos Tani di desa.", [("3", "tiga")]),
    # N5: the weekday and the date in one pair of brackets, the year left out.
    (
        "N5",
        _BODY + '"Besok (Rabu, 3/3) kami lanjutkan panen," ujarnya.',
        [("3/3)", "3/3/2026)")],
    ),
    # W6: KBBI's -is form is the person; after a noun of conduct or a word of degree, the
    # adjective in -istis.
    (
        "W6",
        _BODY + "Petugas mencegah tindakan anarkis selama kunjungan.",
        [("anarkis", "anarkistis")],
    ),
    (
        "W6",
        _BODY + "Kepala Rutan tetap optimis panen berhasil.",
        [("optimis", "optimistis")],
    ),
    # W6: the particle 'kan' (short for 'bukan') stands apart.
    (
        "W6",
        _BODY + "“Kebun ini kan milik bersama, inikan untuk warga binaan,” ujarnya.",
        [("inikan", "ini kan")],
    ),
    # W6: KBBI's form of an Arabic loan.
    (
        "W6",
        _BODY + "Petugas juga melayani pendaftaran umroh bagi pegawai.",
        [("umroh", "umrah")],
    ),
    # W11: a misspelt English word KBBI has its own word for.
    (
        "W11",
        _BODY + "Petugas melakukan maping lahan kosong di belakang blok.",
        [("maping", "pemetaan")],
    ),
    # W10: 'giat' as the event: before its name, before a nominalisation, after 'bahwa'.
    (
        "W10",
        _BODY + "Kepala Rutan menyampaikan bahwa giat Rutan Berkebun berjalan lancar.",
        [("giat", "kegiatan")],
    ),
    (
        "W10",
        _BODY + "Warga binaan antusias mengikuti giat penyuluhan pertanian.",
        [("giat", "kegiatan")],
    ),
    # W9: an English verb of apps in two words, and 'full' in a title.
    (
        "W9",
        _BODY + "Pemohon dapat log in ke aplikasi dengan nomor ponsel.",
        [("log in", "masuk")],
    ),
    (
        "W9",
        "Petugas Rutan Wonogiri Turun Full ke Kebun\n" + _LEAD,
        [("Full", "Penuh")],
    ),
    # W9: a foreign word's capitalised English neighbours make one English phrase.
    (
        "W9",
        _BODY + "Kepala Rutan memimpin Morning Meeting bersama petugas kebun.",
        [("Morning Meeting", None)],
    ),
    (
        "W9",
        _BODY + "Blok Maximum Security ikut menanam cabai.",
        [("Maximum Security", None)],
    ),
    (
        "W9",
        _BODY + "Pelatihan dibuka dengan Fun Games di kebun.",
        [("Fun Games", None)],
    ),
    # S1: a post's head one vowel off, before the post's next word.
    (
        "S1",
        _BODY + "Kegiatan dipandu Kapala Seksi Pembinaan, Budi Santoso.",
        [("Kapala", "Kepala")],
    ),
    # S1: a long known short form with two of its letters exchanged, inside a name too.
    (
        "S1",
        _BODY + "Kanwil Kemenhumkam Jawa Tengah mendukung kegiatan itu.",
        [("Kemenhumkam", "Kemenkumham")],
    ),
]

BREAKS += [
    # W6: KBBI's standard form of a craftsman.
    (
        "W6",
        _BODY + "Warga binaan belajar dari pengrajin bambu setempat.",
        [("pengrajin", "perajin")],
    ),
    # W9: the English name of a phone has KBBI's word.
    (
        "W9",
        _BODY + "Pengunjung menitipkan handphone di loket.",
        [("handphone", "ponsel")],
    ),
    # S4: an English body's name keeps its own words.
    (
        "S4",
        _BODY + "Bibit dibantu International Organization of Imgration (IOM).",
        [("of", "for"), ("Imgration", "Migration")],
    ),
    # S8: 'Berapa' opening a statement is 'Beberapa'.
    (
        "S8",
        _BODY + "“Berapa warga binaan kami latih menanam cabai,” ujarnya.",
        [("Berapa", "Beberapa")],
    ),
    # W10: chat contractions of dropped letters.
    (
        "W10",
        _BODY + "Ada tiga warga binaan yg blm ikut menanam.",
        [("yg", "yang"), ("blm", "belum")],
    ),
    # W29: ', namun' inside a sentence, in a speaker's words too.
    (
        "W29",
        _BODY + "“Bibit sudah datang, namun pupuknya belum,” ujarnya.",
        [("namun", "tetapi")],
    ),
]
BREAKS += [
    # W19: EYD V writes a foreign root's affix with a hyphen; glued, it is neither language.
    (
        "W19",
        _BODY + "Petugas mengupload foto panen ke laman rutan.",
        [("mengupload", None)],
    ),
    ("W19", _BODY + "Data panen diupgrade setiap bulan.", [("diupgrade", None)]),
    # W9: English words of the genre with KBBI's word.
    (
        "W9",
        _BODY + "Warga binaan juga mengelola laundry di dalam rutan.",
        [("laundry", "binatu")],
    ),
]
BREAKS += [
    # N5: a range of days in brackets without the year.
    (
        "N5",
        _BODY + "Pameran hasil kebun digelar (04-06/03) di aula rutan.",
        [("(04-06/03)", "(4–6/3/2026)")],
    ),
    # S8: 'iya' (yes) before a verb is the pronoun 'ia'.
    (
        "S8",
        _BODY + "Kepala Rutan bangga. Iya berharap panen berikutnya lebih besar.",
        [("Iya", "Ia")],
    ),
]
BREAKS += [
    # N5: the weekday fits the article's year, one digit from the typed one: the year slipped.
    (
        "N5",
        _BODY + "Panen raya digelar Rabu (4/3/2016) di kebun rutan.",
        [("Rabu (4/3/2016)", "Rabu (4/3/2026)")],
    ),
    # N5: a weekday that fits no such year is the slip.
    (
        "N5",
        _BODY + "Panen raya digelar Kamis (4/3/2026) di kebun rutan.",
        [("Kamis (4/3/2026)", "Rabu (4/3/2026)")],
    ),
]
BREAKS += [
    # S9: the organisation writes its name with "Dh".
    (
        "S9",
        _BODY + "Ibu-ibu Darma Wanita Persatuan ikut memanen cabai.",
        [("Darma Wanita", "Dharma Wanita")],
    ),
]
BREAKS += [
    # W6: the Dutch -ir verb of an -asi noun KBBI lists.
    (
        "W6",
        _BODY + "Usulan warga binaan diakomodir oleh Kepala Rutan.",
        [("diakomodir", "diakomodasi")],
    ),
]
BREAKS += [
    # S2: meN-/peN- take no nasal before r (EYD V: me-, pe-).
    (
        "S2",
        _BODY + "Petugas mencegah pengrusakan tanaman di kebun.",
        [("pengrusakan", "perusakan")],
    ),
]
# Before the ministry was split (October 2024): a text of 2025 on writes Kemenkum (session 41).
_BODY_2023 = _TITLE + _LEAD.replace("Senin (2/3/2026)", "Kamis (2/3/2023)")
BREAKS += [
    # S1: the text names Kementerian Hukum dan HAM; its short form is Kemenkumham.
    (
        "S1",
        _BODY_2023
        + "Kebun ini didukung Kementerian Hukum dan Hak Asasi Manusia. Bibit dikirim Kemenkum.",
        [("Kemenkum", "Kemenkumham")],
    ),
    (
        "S1",
        _BODY_2023 + "Bibit dari Kanwil Kemenkumham Jateng tiba. Kemenkum RI ikut membantu.",
        [("Kemenkum", "Kemenkumham")],
    ),
]

RESPECTS = [
    # N1: a month after a day's number, a label after a noun, a big count stay in digits.
    ("N1", _BODY + "Panen dijadwalkan pada 17 Agustus di kebun rutan."),
    ("N1", _BODY + "Bibit ditanam di Blok 2 Rutan Wonogiri."),
    ("N1", _BODY + "Kakanwil memberi arahan kepada 125 Kepala UPT se-Jawa Tengah."),
    # N5: the year is there.
    ("N5", _BODY + '"Besok (Rabu, 3/3/2026) kami lanjutkan panen," ujarnya.'),
    # N8: a padded day in a speaker's words stands as said (padding is a setting).
    ("N8", _BODY + '"Panen dimulai Selasa, 07 April 2026," ujarnya.'),
    # W6: the person ('para optimis') and the -istis adjective already right.
    ("W6", _BODY + "Petugas mencegah tindakan anarkistis selama kunjungan."),
    ("W6", _BODY + "Kebun itu kini menjadi kebanggaan para anarkis tua di kampung."),
    ("W6", _BODY + "Petugas juga melayani pendaftaran umrah bagi pegawai."),
    # W6: 'kan' as the verb suffix of a word ('tikan' is no 'ti kan').
    ("W6", _BODY + "Petugas menanamkan bibit dan mencatatkan hasilnya."),
    # W10: 'giat' as KBBI's adjective, before a verb or after one.
    ("W10", _BODY + "Warga binaan giat berlatih menanam sayur."),
    ("W10", _BODY + "Warga binaan bekerja giat setiap pagi."),
    ("W10", _BODY + "Warga binaan yang giat berlatih mendapat hadiah."),
    ("W10", _BODY + "Kalapas berharap bahwa giat belajar warga binaan terjaga."),
    # W9: an English word beside an Indonesian name stays the name's.
    ("W9", _BODY + "Petugas memakai aplikasi Kebun Online Wonogiri."),
    # S1: a place's name before a capitalised word that is no post.
    ("S1", _BODY + "Bibit didatangkan dari Kapala Pitu."),
    # S4: the British spelling of the body's name is no slip.
    ("S4", _BODY + "Bibit dibantu International Organisation for Migration (IOM)."),
    # S8: a question asks with 'Berapa'.
    ("S8", _BODY + "“Berapa warga binaan yang ikut?” tanya Kalapas."),
    # W10: an address's part is no contraction.
    ("W10", _BODY + "Panduan menanam ada di laman tani.org milik komunitas."),
    # W29: a speaker's 'namun' opening a sentence, and 'namun demikian'.
    ("W29", _BODY + "“Bibit sudah datang. Namun, pupuknya belum,” ujarnya."),
    # W19/S1: the hyphen EYD V asks for, and Indonesian verbs that only look English.
    ("W19", _BODY + "Foto panen di-upload ke laman rutan."),
    ("S1", _BODY + "Foto panen di-upload ke laman rutan."),
    ("W19", _BODY + "Petugas mendengar keluhan dan menerima masukan."),
    # N5: the range with its year.
    ("N5", _BODY + "Pameran hasil kebun digelar (4–6/3/2026) di aula rutan."),
    # S8: a speaker says yes.
    ("S8", _BODY + "“Iya, kami berharap panen berikutnya lebih besar,” ujarnya."),
    # W9: the app's name alone is a name.
    ("W9", _BODY + "Rapat digelar lewat aplikasi Zoom dari aula rutan."),
    # W9: a hotel's name with one listed English word stays the name's.
    ("W9", _BODY + "Rapat evaluasi digelar di Hotel Grand Mercure Solo."),
    ("S9", _BODY + "Ibu-ibu Dharma Wanita Persatuan ikut memanen cabai."),
    # W6: words in -ir that are Indonesian words of their own.
    ("W6", _BODY + "Warga binaan hadir dan mahir menanam hingga panen berakhir."),
    # S2: penge- before a one-syllable root is the standard form.
    ("S2", _BODY + "Pengelola kebun mencegah perusakan tanaman."),
    # S1: a text of the ministry of law alone (since 2024) writes Kemenkum.
    ("S1", _BODY + "Kebun ini didukung Kementerian Hukum. Bibit dikirim Kemenkum."),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert found(text, rule) == []
