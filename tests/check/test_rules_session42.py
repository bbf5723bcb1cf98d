"""Session forty-two: misses of the sets that a rule can tell, and the wrong findings of the
sets read in it. Texts of our own."""

from __future__ import annotations

import pytest
from checkhelp import found

_TITLE = "Lapas Sanana Gelar Bakti Sosial di Pantai\n"
_LEAD = "Sanana - Lapas Kelas III Sanana menggelar bakti sosial, Senin (6/10/2025).\n"
_BODY = _TITLE + _LEAD

RESPECTS = [
    # a reduplication of its own stays ('menggali dalam-dalam', 'sampai-sampai')
    ("W12", _BODY + "Petugas menggali dalam-dalam saluran air di depan blok."),
    # a percentage with its decimal comma
    ("N3", _BODY + "Tingkat hunian turun 0,5% dari bulan lalu."),
    # per- behind meN-/peN- as the words have it: the p kept, the r kept, 'pelajar'
    ("S2", _BODY + "Lapas mempekerjakan warga binaan sebagai pemersatu dan pemelajar."),
    # a speaker's hour without minutes is how it was said
    ("N4", _BODY + "“Kami datang jam 9 pagi,” ujar Kalapas."),
    # an Arabic book's title: 'Ta’lim al-Muta’allim'
    ("W6", _BODY + "Kajian kitab Ta’lim Muta’allim digelar di masjid."),
    # se- before Indonesia as EYD V writes it
    ("W4", _BODY + "Lomba diikuti Lapas dan Rutan se-Indonesia secara virtual."),
    # a holder's post after the name's degree stays capitalised
    ("K3", _BODY + "Yuliyanto, SH MH, Perwakilan Pokmas Lipas Jayapura, hadir di aula."),
    # a name goes on after a capitalised word; the children of an LPKA
    ("K3", _BODY + "Paguyuban Ibu-Ibu Pemasyarakatan menggelar bakti sosial."),
    ("K3", _BODY + "Petugas membina kepribadian Anak-anak di LPKA."),
    # the phone in capitals; a souvenir; the Bupati of Situbondo by his name
    ("K9", _BODY + "Petugas menyita HP milik warga binaan."),
    ("W12", _BODY + "Keluarga membawa oleh oleh khas Sanana."),
    ("W6", _BODY + "Kegiatan dipantau langsung Bupati Karna Suswandi."),
    # KBBI's compound noun 'serah terima'; the pilgrimage the writers capitalise (33 of 34)
    ("W15", _BODY + "Apel Serah terima pengamanan digelar di halaman."),
    ("K3", _BODY + "Pemohon paspor Umrah antre sejak pagi demi ibadah umrah."),
    # Sunday with its date stays a weekday
    ("K3", _BODY + "Senam digelar tiap Minggu (2/3/2025) pagi di lapangan."),
    # KBBI's words the sets leave every time, and the Imigrasi service by its own name
    ("S1", _BODY + "Komoditas kapulaga dan burung kakatua diperiksa, cek dan ricek."),
    ("S1", _BODY + "Kantah menjadi agensi perubahan; Kakantah Sikka, Reza, hadir."),
    ("W9", _BODY + "Kantor Imigrasi membuka pelayanan eazy passport di kecamatan."),
    # a phone number after 'ke' is no ordinal; KBBI's words the sets leave
    ("W8", _BODY + "Pemohon mengirim pesan ke 0823 2000 9000 untuk antre."),
    ("S1", _BODY + "Ia dijerat Pasal 2 juncto Pasal 3; tamu memakai blangkon di aula."),
    # 'giat' the adjective
    ("W10", _BODY + "Warga binaan bekerja giat dan selalu giat belajar."),
    # a year of four digits
    ("N5", _BODY + "Kegiatan serupa digelar Senin (29/3/2021) di aula."),
]

BREAKS = [
    # a preposition or 'para' typed twice (the sets mark 8 of 8)
    ("W12", _BODY + "Petugas berperan dalam dalam kegiatan ini.", "dalam dalam"),
    ("W12", _BODY + "Pelatihan berlangsung Senin hingga hingga Rabu.", "hingga hingga"),
    ("W12", _BODY + "Kalapas mengimbau para para pejabat hadir.", "para para"),
    # a decimal point before the percent sign (3 of 3)
    ("N3", _BODY + "Tarif pajak hanya 0.5% dari omzet.", "0.5"),
    # a year of three or five digits (8 of 8)
    ("N5", _BODY + "Panen digelar di kebun lapas, Selasa (18/11/20250).", "(18/11/20250)"),
    ("N5", _BODY + "Hal itu disampaikan Kalapas, Senin (29/03/201).", "(29/03/201)"),
    # the times a speaker's words give with minutes are the writer's typing (10 of 13 marked)
    ("N4", _BODY + "“Kunjungan dibuka jam 09:00 sampai 12.00,” ujar Kalapas.", "jam 09:00"),
    # KBBI's forms for the words the sets mark every time
    ("W6", _BODY + "Tausiah disampaikan oleh Al-Ustadz Ramadhan di masjid.", "Al-Ustadz"),
    ("W6", _BODY + "Kegiatan majelis ta’lim digelar tiap pekan.", "ta’lim"),
    ("W6", _BODY + "Petugas diminta tidak mengada-ngada data.", "mengada-ngada"),
    ("W6", _BODY + "Ada aturan yang dilanggar, salah-satunya izin tinggal.", "salah-satunya"),
    # se- glued to Indonesia or before it in lowercase
    ("W4", _BODY + "Lomba diikuti Lapas dan Rutan Seindonesia secara virtual.", "Seindonesia"),
    ("W4", _BODY + "Lomba diikuti Lapas dan Rutan se-indonesia secara virtual.", "se-indonesia"),
    # 'Perwakilan' as an item of the list of those who came (28 of 31 marked)
    (
        "K3",
        _BODY + "Hadir Kepala Dinas, Perwakilan Dinas Koperasi, dan Perwakilan dari Bappeda.",
        "Perwakilan",
    ),
    # a kind's plural in capitals after a lowercase word (35 of 40 marked)
    ("K3", _BODY + "Pelatihan itu diikuti Ibu-Ibu PKK dari tiga kelurahan.", "Ibu-Ibu"),
    ("K3", _BODY + "Program ini akan dibawa ke Desa-Desa lainnya.", "Desa-Desa"),
    # a phone's short form in any case but its own (10 of 10 marked); 'oleh' twice before a name
    ("K9", _BODY + "Petugas menyita hp dan Hp milik warga binaan.", "hp"),
    ("W12", _BODY + "Ibadah dipimpin oleh oleh Pdt. Niko Waker.", "oleh oleh"),
    # a region's level one letter off, after a village's name (Kecamatan is no name's word)
    ("S1", _BODY + "Digelar di Desa Keritang Hulu Kecamtan Kemuning.", "Kecamtan"),
    # the week after a count; a day's acronym read as a word
    ("K3", _BODY + "Kerja bakti digelar dua Minggu sekali.", "Minggu"),
    ("K9", _BODY + "Petugas mengikuti upacara HARKITNAS di lapangan.", "HARKITNAS"),
    # 'sidak' after its expansion in lowercase; the English 'surveillance' misspelt
    ("K3", _BODY + "Petugas melakukan inspeksi mendadak (Sidak) di blok hunian.", "Sidak"),
    ("W6", _BODY + "Tim Surveylance Puskesmas memantau kasus.", "Surveylance"),
    # 'giat' the event after a verb that holds it, before 'rutin' or 'serupa'
    ("W10", _BODY + "Petugas melakukan giat rutin senam pagi di lapangan.", "giat"),
    ("W10", _BODY + "Petugas datang pagi. Giat tersebut berlangsung di aula.", "Giat"),
    # per- worn to pe- behind a nasal that took its p is no word ('pemebersihan')
    ("S2", _BODY + "Petugas melakukan pemebersihan saluran air.", "pemebersihan"),
]


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_respects(rule, text):
    assert found(text, rule) == []


@pytest.mark.parametrize(("rule", "text", "words"), BREAKS)
def test_breaks(rule, text, words):
    assert words in [w for w, _fix in found(text, rule)]


def test_a_mistyped_year_is_mended_by_the_weekday_or_the_article():
    from kabar_desktop.check import check_text

    def fixes(text: str) -> list[tuple[str, str | None]]:
        return [(f.text, f.suggestion) for f in check_text(_BODY + text) if f.rule == "N5"]

    # the weekday fits one year a digit away: 7 September 2024 was a Saturday
    assert fixes("Ia hadir, Sabtu (7/9/224).") == [("(7/9/224)", "(7/9/2024)")]
    # no weekday: the article's own year (2025, the lead's) is the one a digit away
    assert fixes("Rapat lanjutan digelar pada (10/8/202).") == [("(10/8/202)", "(10/8/2025)")]
    # a weekday several years fit, none the article's: no year is offered
    assert fixes("Rapat digelar Senin (29/03/201).") == [("(29/03/201)", None)]
