"""Round 22 of issue 13, seams: readings narrowed where a precision probe of fresh articles
found them wrong, and two quote slips read through a mark typed the wrong way or spaced.

- credits: initials after a slash at the paragraph's end (``… Pembinaan. /rk``) and
  bracketed initials after the office's tag (``Diskominfo (rk/Nn/Ard)``) are the writer's
  credit, no sentence (P4) and no words (S1);
- datelines: a place, a comma and the outlet's tag glued to its dash (``Wonogiri, PWK-
  Sebanyak``): the dash's spacing is the slip (P9), the city is there (A7 silent);
- A1: no set has marked a title's length: a title of 16 words is left (17 or more reported);
- P30: ``Masih kata Budi, …`` (Budi also said) opens with the attribution: no comma before
  ``kata``; a connector keeps its own (``Selanjutnya kata Budi`` → ``Selanjutnya,``);
- P7: a pair inside one item (``korban dan orang tua korban, kepala desa …, dan …``) and two
  objects of one verb (``…, membawa pesan dan tradisi``) end no list;
- P33: the office's comma already opens the holder's name after it (``Kalapas Batu
  Nusakambangan, Mardi Santoso memimpin``: the run's last word is the unit's place); a phrase
  opened by a preposition of two words (``Sehubungan dengan hal itu, Kepala Kantor …
  mengatakan``) is no apposition's opening;
- P3: a saying verb before a quote whose mark is typed the wrong way or spaced (``mengatakan
  ” Contohnya``); P1: a space before the closing mark where the comma belongs (``tradisional
  ” Ujar``).

Texts of our own in the genre (none copied from a corpus or the probe's articles)."""

from __future__ import annotations

import pytest
from checkhelp import found

_TITLE = "Rutan Wonogiri Gelar Pelatihan Berkebun\n"
_LEAD = "Wonogiri - Rutan Wonogiri menggelar pelatihan berkebun, Senin (2/3/2026).\n"
_BODY = _TITLE + _LEAD

BREAKS = [
    # Lists of provinces, of cities, of districts stay lists.
    (
        "P7",
        _BODY + "Peserta datang dari Jawa Barat, Jawa Tengah dan Jawa Timur.",
        [("Tengah dan", "Tengah, dan")],
    ),
    (
        "P7",
        _BODY + "Peserta datang dari Wonogiri, Baturetno dan Sukoharjo.",
        [("Baturetno dan", "Baturetno, dan")],
    ),
    # A run of hyphens glued between the city and the lead: one dash, spaced.
    (
        "P9",
        _TITLE + "WONOGIRI---Rutan Wonogiri menggelar pelatihan berkebun.\n",
        [("---", " - ")],
    ),
    # A result clause cut off from its sentence: 'hingga' + a verb joins the one before.
    (
        "P29",
        _BODY + "Sebagian warga binaan menolak jadwal kerja dari petugas. Hingga melakukan "
        "mogok kerja di kebun, dapur dan bengkel.",
        [("petugas. Hingga", "petugas, hingga")],
    ),
    (
        "P29",
        _BODY + "Hujan turun sejak pagi. Hingga membuat kebun tergenang.",
        [("pagi. Hingga", "pagi, hingga")],
    ),
    # A city and its province as a later item of a list of places after 'ke'.
    (
        "P20",
        _BODY + "Hasil panen dikirim ke Wonogiri, Tanjungpinang Kepulauan Riau dan Kupang.",
        [("Tanjungpinang", "Tanjungpinang,")],
    ),
    (
        "P20",
        _BODY + "Bibit datang dari Klaten, Sukoharjo, Batam Kepulauan Riau dan Kupang.",
        [("Batam", "Batam,")],
    ),
    # A lead with no dateline at all.
    (
        "A7",
        _TITLE + "Rutan Wonogiri menggelar pelatihan berkebun bagi warga binaan.\nIsi kedua.\n",
        [("Rutan", None)],
    ),
    # A last line that is a sentence still wants its stop.
    (
        "P4",
        _BODY + "Kegiatan ditutup dengan doa bersama pegawai dan warga binaan",
        [("binaan", "binaan.")],
    ),
    # The outlet's tag glued to its dash after the city and a comma.
    (
        "P9",
        _TITLE + "Wonogiri, PWK- Sebanyak 120 warga binaan mengikuti pelatihan berkebun.\n",
        [("- ", " - ")],
    ),
    # A title of 17 words or more is reported.
    (
        "A1",
        "Rutan Wonogiri Gelar Pelatihan Berkebun dan Beternak bagi Seluruh Warga Binaan "
        "serta Petugas di Aula Utama Rutan Kelas Wonogiri\n" + _LEAD,
        [
            (
                "Rutan Wonogiri Gelar Pelatihan Berkebun dan Beternak bagi Seluruh Warga Binaan "
                "serta Petugas di Aula Utama Rutan Kelas Wonogiri",
                None,
            )
        ],
    ),
    # A connector before the attribution keeps its comma; so does a clause before it.
    (
        "P30",
        _BODY + "Selanjutnya kata Budi, petugas akan memeriksa hasil panen setiap pekan.",
        [("Selanjutnya kata", "Selanjutnya, kata")],
    ),
    (
        "P30",
        _BODY + "Setelah lahan itu dibersihkan kata Budi, warga binaan menanam cabai.",
        [("dibersihkan kata", "dibersihkan, kata")],
    ),
    # A list of predicates whose last item opens with a negation or a verb.
    (
        "P7",
        _BODY + "Warga binaan diajak menyadari kesalahan, memperbaiki diri dan tidak "
        "mengulangi perbuatannya.",
        [("diri dan", "diri, dan")],
    ),
    (
        "P7",
        _BODY + "Warga binaan belajar menjahit, memasak dan menyablon kaus.",
        [("memasak dan", "memasak, dan")],
    ),
    # The name run into the office, closed after it: still set off (the comma before it).
    (
        "P33",
        _BODY + "Kepala Rutan Kelas IIB Wonogiri Budi Santoso, memimpin apel pagi.",
        [("Wonogiri Budi Santoso", "Wonogiri, Budi Santoso")],
    ),
    # A place chain opened after the subject and left open before the predicate.
    (
        "P33",
        _BODY + "Rutan Kelas IIB Wonogiri, Kabupaten Wonogiri, Jawa Tengah memperbaiki pagar.",
        [("Jawa Tengah", "Jawa Tengah,")],
    ),
    # A saying verb before a quote whose mark is turned the wrong way or spaced.
    (
        "P3",
        _BODY + "Budi juga mengatakan ” Contohnya, kebun kami sudah panen tiga kali.”",
        [("mengatakan", "mengatakan,")],
    ),
    (
        "P3",
        _BODY + "Budi juga menjelaskan “ Hasil panen dijual ke koperasi.”",
        [("menjelaskan", "menjelaskan,")],
    ),
    # A space where the comma belongs before the closing mark, the verb capitalised.
    (
        "P1",
        _BODY + "“Hasil panen kami jual ke koperasi pegawai ” Ujar Budi kepada peserta.",
        [(" ” Ujar", ",” ujar")],
    ),
    (
        "P1",
        _BODY + "“Hasil panen kami jual ke koperasi pegawai ” kata Budi.",
        [(" ”", ",”")],
    ),
]

RESPECTS = [
    # An address before 'dan': a province after a smaller place, a city after its district.
    (
        "P7",
        _BODY + "Bibit dikirim dari Balai Benih Ngadirojo, Kabupaten Wonogiri, Jawa Tengah dan "
        "Balai Benih Tawangmangu.",
    ),
    (
        "P32",
        _BODY + "Bibit dikirim ke SMK Negeri 2 Surakarta, Laweyan, Surakarta dan Balai Benih "
        "Tawangmangu.",
    ),
    (
        "P7",
        _BODY + "Bibit dikirim ke SMK Negeri 2 Surakarta, Laweyan, Surakarta dan Balai Benih "
        "Tawangmangu.",
    ),
    # A medium's name in capitals before a colon is the whole dateline.
    ("A7", "Rutan Wonogiri Gelar Pelatihan Berkebun\nSUARAWONOGIRI: Rutan Wonogiri menggelar "
     "pelatihan berkebun.\n"),
    # Credits: initials after a slash, and after the office's tag on their own line.
    ("P4", _BODY + "Kegiatan ditutup dengan doa bersama. /rk"),
    ("S1", _BODY + "Kegiatan ditutup dengan doa bersama. /rk"),
    ("P4", _BODY + "Kegiatan ditutup dengan doa bersama.\nDiskominfo (rk/Nn/Ard)"),
    ("S1", _BODY + "Kegiatan ditutup dengan doa bersama.\nDiskominfo (rk/Nn/Ard)"),
    ("P4", _BODY + "Kegiatan ditutup dengan doa bersama.\nHumas Rutan (rk/ed)"),
    # The city is in the dateline: its dash's spacing is P9's, no missing city.
    ("A7", _TITLE + "Wonogiri, PWK- Sebanyak 120 warga binaan mengikuti pelatihan berkebun.\n"),
    # A dash inside an outlet's name is no dateline's dash.
    ("P9", _TITLE + "WONOGIRI, SUARA-JATENG.COM - Rutan Wonogiri menggelar pelatihan.\n"),
    # A title of 16 words, as published and as the sets leave it.
    (
        "A1",
        "Perkuat Ketahanan Pangan, Rutan Wonogiri Gelar Pelatihan Berkebun dan Beternak "
        "bagi Warga Binaan di Aula Utama\n" + _LEAD,
    ),
    # "Masih kata Budi": the attribution opens the sentence (Budi also said).
    ("P30", _BODY + "Masih kata Budi, pada panen kedua ini rutan menjual sayur ke koperasi."),
    ("P30", _BODY + "Masih menurut Budi, hasil panen dijual ke koperasi pegawai."),
    ("P30", _BODY + "Lagi kata Budi, kebun itu akan diperluas tahun depan."),
    # A pair inside one item of a longer list; the list's own last item has its comma.
    (
        "P7",
        _BODY + "Pertemuan itu melibatkan anak, orang tua, korban dan keluarga korban, kepala "
        "desa masing-masing, jaksa, pekerja sosial, dan penasihat hukum.",
    ),
    (
        "P7",
        _BODY + "Hadir pegawai, petugas jaga dan regu pengamanan, tamu undangan, serta "
        "keluarga warga binaan.",
    ),
    # Two objects of the last verb, not the list's last item.
    (
        "P7",
        _BODY + "Panen itu menjadi ajang saling berbagi, mempererat persaudaraan, membawa "
        "pesan dan semangat kemandirian.",
    ),
    (
        "P7",
        _BODY + "Warga binaan belajar mencangkul, menyiapkan bibit dan pupuk organik.",
    ),
    # The office's comma opens the holder's name: the run's last word is the unit's place.
    ("P33", _BODY + "Kalapas Batu Nusakambangan, Budi Santoso memimpin rapat di Nusakambangan."),
    ("P33", _BODY + "Kepala Rutan Kelas IIB Wonogiri, Budi Santoso, membuka kegiatan itu."),
    (
        "P33",
        _BODY + "Kepala Kantor Imigrasi Kelas II Wonosari, Andi Wijaya memimpin rapat pagi.",
    ),
    # The province's own words, a body before a province, a list of provinces.
    ("P20", _BODY + "Hasil panen dikirim ke Wonogiri, Batam, Kepulauan Riau dan Kupang."),
    ("P20", _BODY + "Hadir Kapolres, Polda Kepulauan Riau dan Danrem."),
    ("P20", _BODY + "Peserta datang dari Jawa Barat, Jawa Tengah dan Jawa Timur."),
    ("P20", _BODY + "Hasil panen dijual, Tanjungpinang Kepulauan Riau jadi tujuannya."),
    # 'Hingga' before a time, or a clause closed by a comma before its own subject.
    ("P29", _BODY + "Hujan turun sejak pagi. Hingga kini, petugas masih berjaga."),
    ("P29", _BODY + "Hujan turun sejak pagi. Hingga saat ini petugas masih berjaga."),
    ("P29", _BODY + "Hujan turun sejak pagi. Hingga akhir pekan, kebun ditutup."),
    ("P29", _BODY + "Dana terkumpul sedikit. Hingga terkumpul semua, Rutan menunda panen."),
    ("P29", _BODY + "Hujan turun sejak pagi hingga membuat kebun tergenang."),
    # A phrase opened by a preposition of two words, then the subject and its predicate.
    (
        "P33",
        _BODY + "Sehubungan dengan hal itu, Kepala Kantor Imigrasi Kelas I TPI Wonogiri "
        "mengatakan pengawasan akan diperketat.",
    ),
    (
        "P33",
        _BODY + "Sesuai dengan arahan itu, Kepala Rutan Kelas IIB Wonogiri meminta petugas "
        "berjaga.",
    ),
    (
        "P33",
        _BODY + "Berkaitan dengan panen itu, Kepala Dinas Pertanian Wonogiri memberikan "
        "bibit baru.",
    ),
    # The comma is there; a quoted term after a noun that is no saying verb.
    ("P3", _BODY + "Budi juga mengatakan, “Contohnya, kebun kami sudah panen tiga kali.”"),
    ("P3", _BODY + "Kegiatan itu bertema “ Bersama Membangun Kemandirian” tahun ini."),
    # A spaced quoted term before a word that is no attribution.
    ("P1", _BODY + "Slogan “ kebun bersih ” menjadi tekad warga binaan."),
    ("P1", _BODY + "“Hasil panen kami jual ke koperasi,” ujar Budi."),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert found(text, rule) == []
