"""Round 16 of issue 13, a precision probe on fresh Humas news: each reading that misfired was
narrowed to the context it misread, as the grammar rule it is. An ordinal is no day (N5:
"HAB ke-77 Januari"); a regulation's part written twice before its number is a slip, not a
plural (W12, not W7: "ayat ayat 3"); pasca-/pra- join a noun, and before a verb the
conjunction says it (W3); the hyphen of "se- Kabupaten" typed before a space (W4, not S1 on
"se"); an address's tail typed apart (".com") is no word (S1); KBBI's meringkas/diringkas and
blusukan (S1, W1); an English word whose Indonesian word W9 gives is no loan to respell (S7:
"security" is not "sekuritas"); a frequent word a dropped letter away beats a rare verb on a
near root (S1: "mengasilkan" → "menghasilkan"); the span that names a programme ("program
kerja 100 hari", N1); a name spelled out before its short form in brackets (K3: "stadion
Hunian tetap (Huntap)"); a unit's or a work's name after its head or "berjudul" (K24); a
passive verb written apart, or people an office owns, or an office's class, at a sentence's
start (P35). From the dev sets' false alarms: EYD V's lowercase place or variety that tells a
kind of thing ("jeruk bali", "pepaya kalifornia", S1), an outlet named by its address
("detikcom"), KBBI's "ribet", an attribution set in between commas before the speaker's name
and a name's word joined to its initialism (K24), a breakdown's counts ("18 pria dan 2
wanita", N1); from a second look at fresh text: KBBI's pelat and mebel (W6) and a ke-…-an noun
short of its -an ("keterbatas", S1). Each class with texts of our own that break the rule and
texts that respect it (none copied from an article)."""

from __future__ import annotations

import pytest
from checkhelp import found

_TITLE = "Rutan Wonogiri Gelar Pelatihan Berkebun\n"
_LEAD = "Wonogiri - Rutan Wonogiri menggelar pelatihan berkebun, Senin (2/3/2026).\n"
_BODY = _TITLE + _LEAD

BREAKS = [
    # A day and its month are a date, and one that cannot be is reported.
    (
        "N5",
        _BODY + "Panen raya digelar pada 32 Januari 2026 di kebun rutan.",
        [("32 Januari 2026", None)],
    ),
    # A regulation's part typed twice before its number: the word once.
    (
        "W12",
        _BODY + "Hal itu diatur dalam Pasal 5 ayat ayat 2 peraturan tersebut.",
        [("ayat ayat", "ayat")],
    ),
    # A plain noun doubled is still a plural that takes its hyphen.
    ("W7", _BODY + "Anak anak warga binaan ikut memanen sayur.", [("Anak anak", "Anak-anak")]),
    # pasca- before a verb: the conjunction; before a noun: solid.
    (
        "W3",
        _BODY + "Bekal itu berguna pasca menjalani masa pidana.",
        [("pasca menjalani", "setelah menjalani")],
    ),
    (
        "W3",
        _BODY + "Bekal itu berguna pada masa pasca pembinaan.",
        [("pasca pembinaan", "pascapembinaan")],
    ),
    # The hyphen typed, then a space, before a region's name.
    (
        "W4",
        _BODY + "Rapat diikuti kepala KUA se- Kabupaten Wonogiri.",
        [("se- Kabupaten", "se-Kabupaten")],
    ),
    # A word typed wrong is still an unknown word, with the frequent word a letter away.
    (
        "S1",
        _BODY + "Kebun itu dapat mengasilkan sayur setiap pekan.",
        [("mengasilkan", "menghasilkan")],
    ),
    # A loan in English spelling with no Indonesian word of its own is respelled.
    ("S7", _BODY + "Hasil kebun dipamerkan dalam acara expo di alun-alun.", [("expo", "ekspo")]),
    # A count of days that names no programme is spelled out.
    ("N1", _BODY + "Pelatihan berlangsung selama 3 hari di aula.", [("3", "tiga")]),
    # An ordinary noun capitalised with no short form to spell.
    (
        "K3",
        _BODY + "Petugas memeriksa Hunian warga binaan setiap malam.",
        [("Hunian", "hunian")],
    ),
    # An ordinary pair capitalised after a verb, no head of a unit before it.
    (
        "K24",
        _BODY + "Warga binaan menggelar Drama Teater di aula rutan.",
        [("Drama Teater", "drama teater")],
    ),
    # A place phrase opening the sentence before the office as the subject.
    (
        "P35",
        _BODY + "Di tengah kebun yang baru Rutan Wonogiri menyerahkan bibit kepada warga.",
        [("baru", "baru,")],
    ),
    # A place in lowercase where it names a place, not a kind of thing.
    (
        "S1",
        _BODY + "Bibit itu dikirim untuk warga lamongan di blok barat.",
        [("lamongan", "Lamongan")],
    ),
    # A word typed wrong after a food keeps its correction.
    ("S1", _BODY + "Warga binaan memasak nasi gorng untuk makan siang.", [("gorng", "goreng")]),
    # A capitalised ordinary word after a comma that no name follows.
    (
        "K24",
        _BODY + "Acara dibuka, dengan Pemotongan pita oleh kepala rutan.",
        [("Pemotongan", "pemotongan")],
    ),
    # A count that stands alone is spelled out.
    ("N1", _BODY + "Pelatihan las diikuti 5 orang dari blok barat.", [("5", "lima")]),
    # KBBI's standard forms of the workshop's words (baku.tsv).
    (
        "W6",
        _BODY + "Warga binaan dilatih pengelasan plat dan pembuatan mobiler.",
        [("plat", "pelat"), ("mobiler", "mebel")],
    ),
    # A ke-…-an noun short of its -an: no preposition goes before an adjective in ter-.
    (
        "S1",
        _BODY + "Dengan segala keterbatas sarana, pelatihan tetap berjalan.",
        [("keterbatas", "keterbatasan")],
    ),
    # The speech phrase's comma is P25's error.
    (
        "P25",
        _BODY + "Dalam sambutannya Bupati Wonogiri mengucapkan selamat.",
        [("Dalam sambutannya", "Dalam sambutannya,")],
    ),
]

RESPECTS = [
    # "ke-77 Januari": the anniversary's ordinal, no day of the month.
    ("N5", _BODY + "Dalam perayaan HAB yang ke-77 Januari mendatang, kami siap merayakannya."),
    # The part once, with its number.
    ("W7", _BODY + "Hal itu diatur dalam Pasal 5 ayat ayat 2 peraturan tersebut."),
    ("W12", _BODY + "Hal itu diatur dalam Pasal 5 ayat 2 peraturan tersebut."),
    # The bound form with its hyphen: no unknown word "se".
    ("S1", _BODY + "Rapat diikuti kepala KUA se- Kabupaten Wonogiri."),
    # An outlet's address typed with a space before its domain.
    ("S1", "Rutan Wonogiri Gelar Pelatihan Berkebun\nWonogiri, Kabarwonogiri .com\n" + _LEAD),
    # KBBI's verbs and words.
    ("W1", _BODY + "Materi pelatihan diringkas dalam satu halaman."),
    ("S1", _BODY + "Materi pelatihan diringkas dalam satu halaman oleh petugas."),
    ("S1", _BODY + "Bupati rajin blusukan ke desa-desa."),
    # An English word W9 gives its Indonesian word for: no respelling to a false friend.
    ("S7", _BODY + "Rutan ini termasuk kategori medium security."),
    # The programme named by its first days keeps its digits.
    ("N1", _BODY + "Bupati memaparkan program kerja 100 hari di pendopo."),
    # The name spelled out before its short form keeps its capital.
    ("K3", _BODY + "Apel digelar di lapangan Hunian tetap (Huntap) Desa Sumber."),
    # A unit's name after its head, and a work's title after "berjudul".
    ("K24", _BODY + "Anggota divisi Drama Teater tampil di aula."),
    ("K24", _BODY + "Warga binaan mementaskan drama berjudul Pulang Kampung di aula."),
    # A passive verb written apart opens the sentence: no place phrase (W2 reads it).
    (
        "P35",
        _BODY + "Di fasilitasi program yang beragam warga binaan Rutan Wonogiri menyalurkan bakat.",
    ),
    # The people an office owns head the subject: the seam is not after their noun.
    (
        "P35",
        _BODY + "Di aula yang baru warga binaan Rutan Wonogiri menyalurkan bakat mereka.",
    ),
    # EYD V: a place or a variety that tells a kind of thing stays lowercase.
    ("S1", _BODY + "Warga binaan menanam pepaya kalifornia dan jeruk bali di kebun."),
    ("S1", _BODY + "Dapur rutan memasak soto lamongan dan nasi hainan."),
    # An outlet named by its address; KBBI's "ribet".
    ("S1", _BODY + "Keterangan itu diterima detikcom di kantor rutan."),
    ("S1", _BODY + '"Urusannya tidak ribet," ujar Budi.'),
    # An attribution set in between commas, then the speaker's name.
    ("K24", _BODY + "Untuk mendapat bibit, sambung Teguh, warga cukup datang ke rutan."),
    # A name's word joined to its initialism.
    ("K24", _BODY + "Berkas dikirim ke kementerian Hukum dan HAM di Jakarta."),
    # The office's class goes on after its short form.
    (
        "P35",
        _BODY + "Dalam daftar bengkel kerja LPP kelas II A tercatat 68 orang yang bekerja.",
    ),
    # EYD V: a breakdown keeps its digits.
    ("N1", _BODY + "Pelatihan membuat kue diikuti 18 pria dan 2 wanita."),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert found(text, rule) == []
