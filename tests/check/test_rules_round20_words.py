"""Round 20 of issue 13, words and numbers: a language's name after 'bahasa' (K7), the
spellings of 'Idul' typed as said (K8), a counted figure of four digits (N3), 'e-' before an
initialism (W4), a country's foreign spelling in a list of countries (S9), a name set off
before its position and 'baksos' (S1), the event's noun after 'di akhir' before 'tersebut'
and the field after 'di bidang' (K3), 'tergantung dengan' (W11). Each class with texts of
our own that break the rule and texts that respect it (none copied from a corpus)."""

from __future__ import annotations

import pytest
from checkhelp import found

_TITLE = "Lapas Sragen Gelar Lomba Pidato\n"
_LEAD = "Sragen - Lapas Sragen menggelar lomba pidato, Senin (2/3/2026).\n"
_BODY = _TITLE + _LEAD

BREAKS = [
    # K7: a language's name typed in lowercase after 'bahasa'.
    (
        "K7",
        _BODY + "Peserta berpidato dalam bahasa inggris di depan juri.",
        [("inggris", "Inggris")],
    ),
    (
        "K7",
        _BODY + "Petugas menerjemahkan pengumuman ke bahasa arab dan bahasa Mandarin.",
        [("arab", "Arab")],
    ),
    # K8: 'Idul' typed as said, apart or with an 'e'.
    (
        "K8",
        _BODY + "Remisi khusus diberikan pada Hari Raya Idu fitri tahun ini.",
        [("Idu fitri", "Idulfitri")],
    ),
    (
        "K8",
        _BODY + "Warga binaan menyembelih hewan kurban saat Iedul Adha.",
        [("Iedul Adha", "Iduladha")],
    ),
    # N3: a count of four digits after 'sebanyak' or before an initialism of people.
    (
        "N3",
        _BODY + "Lapas Sragen mengusulkan sebanyak 1250 narapidana untuk remisi.",
        [("1250", "1.250")],
    ),
    (
        "N3",
        _BODY + "Tahun ini tercatat 3400 WBP mengikuti pembinaan kemandirian.",
        [("3400", "3.400")],
    ),
    (
        "N3",
        _BODY + "Pelatihan diikuti sejumlah 2015 ASN dari seluruh unit.",
        [("2015", "2.015")],
    ),
    # S9: a country of a list of countries in a foreign spelling.
    (
        "S9",
        _BODY + "Deteni berasal dari Irak, Ethiopia, Nepal dan Phillipina.",
        [("Ethiopia", "Etiopia"), ("Phillipina", "Filipina")],
    ),
    (
        "S9",
        _BODY + "Juri pernah bertugas di Libanon dan Philipina.",
        [("Philipina", "Filipina")],
    ),
    # ... also past a country the table lacks ('Eritrea'), the list going on.
    (
        "S9",
        _BODY + "Deteni berasal dari Nepal, Eritrea, Ethopia.",
        [("Ethopia", "Etiopia")],
    ),
    # S1: a misspelt conjunction before an apposition is still a slip, not a name.
    (
        "S1",
        _BODY + "Sedankan, Kepala Seksi Pembinaan, Budi, menilai lomba.",
        [("Sedankan", "Sedangkan")],
    ),
    # K3: the event's noun after a compound preposition of time, before a demonstrative.
    (
        "K3",
        _BODY + "Diakhir Perlombaan tersebut, juri mengumumkan pemenang.",
        [("Perlombaan", "perlombaan")],
    ),
    (
        "K3",
        _BODY + "Di tengah Pandemi ini, lomba tetap digelar.",
        [("Pandemi", "pandemi")],
    ),
    # K3: the field after a lowercase 'bidang' is a common noun.
    (
        "K3",
        _BODY + "Lapas Sragen berprestasi di bidang Kesenian dan Olahraga.",
        [("Kesenian", "kesenian"), ("Olahraga", "olahraga")],
    ),
    (
        "K3",
        _BODY + "Kerja sama dalam bidang Pemasyarakatan terus diperkuat.",
        [("Pemasyarakatan", "pemasyarakatan")],
    ),
    # W11: 'bergantung' takes 'pada', not 'dengan'.
    (
        "W11",
        _BODY + "Jadwal lomba tergantung dengan cuaca.",
        [("tergantung dengan", "bergantung pada")],
    ),
    # W4: 'e-' before an initialism.
    (
        "W4",
        _BODY + "Pemohon wajib membawa eKTP dan kartu keluarga.",
        [("eKTP", "e-KTP")],
    ),
]

RESPECTS = [
    # K7: the capital already there; 'bahasa' before a common word; a language's name as a
    # nationality ('warga Inggris').
    ("K7", _BODY + "Peserta berpidato dalam bahasa Inggris di depan juri."),
    ("K7", _BODY + "Juri menilai bahasa tubuh dan bahasa daerah para peserta."),
    ("K7", _BODY + "Pembina mengajarkan bahasa isyarat kepada peserta."),
    ("K7", _BODY + "Peserta dari bahasa Jawa dan bahasa Sunda tampil bergantian."),
    # K8: the holiday written right; 'Idul' in a person's name is no holiday.
    ("K8", _BODY + "Remisi khusus diberikan pada Hari Raya Idulfitri dan Iduladha."),
    ("K8", _BODY + "Lomba dibuka oleh Kepala Lapas, Idul Hakim."),
    # N3: years, grouped figures, document numbers, a year before an initialism.
    ("N3", _BODY + "Lapas Sragen mengusulkan sebanyak 1.250 narapidana untuk remisi."),
    ("N3", _BODY + "Pada 2024 KPU menetapkan daftar pemilih di lapas."),
    ("N3", _BODY + "Sejak 2019 WBP Lapas Sragen mengikuti lomba ini."),
    ("N3", _BODY + "Hal itu diatur dalam Nomor 1234 KUHP yang baru."),
    ("N3", _BODY + "Lapas ini dibangun pada tahun 1985 oleh pemerintah."),
    ("N3", _BODY + "Sebanyak 125 narapidana mengikuti lomba."),
    ("N3", _BODY + "Juri datang dengan mobil dinas bernomor polisi AD 1030 KB."),
    ("N3", _BODY + "Mobil tahanan N 4521 SP diparkir di halaman."),
    ("N3", _BODY + "Lomba berakhir 1530 WIB di aula."),
    # S9: the KBBI names; a person's name in a list beside a country; a country alone.
    ("S9", _BODY + "Deteni berasal dari Irak, Etiopia, Nepal dan Filipina."),
    ("S9", _BODY + "Juri berasal dari Somalia, Fredy dan Stevan membantu."),
    ("S9", _BODY + "Pembina bernama Filipus Ethopia hadir."),
    ("S9", _BODY + "Peserta dari Jepang, Korea, dan Tiongkok ikut menonton."),
    # S1: a name set off by commas before its position; 'baksos', the short form news writes.
    ("S1", _BODY + "Niko, Kasubsi Pelayanan Tahanan, menambahkan bahwa lomba ini rutin."),
    ("S1", _BODY + "Lomba dinilai Yandri, Kepala Seksi Pembinaan, bersama dua juri."),
    ("S1", _BODY + "Sebelumnya, Lapas Sragen juga menggelar baksos bagi warga sekitar."),
    # K3: a month or a holiday is a name; a run of capitals names an event; lowercase already.
    ("K3", _BODY + "Di akhir Ramadan ini, warga binaan mengikuti lomba."),
    ("K3", _BODY + "Pada awal Maret ini, lomba kembali digelar."),
    ("K3", _BODY + "Di sela Rapat Kerja tersebut, juri menilai peserta."),
    ("K3", _BODY + "Di akhir perlombaan tersebut, juri mengumumkan pemenang."),
    # K3: a unit's name ('Kepala Bidang …', a run into a body's name or a short form).
    ("K3", _BODY + "Kepala Bidang Pembinaan Kanwil hadir sebagai juri."),
    ("K3", _BODY + "Juri bertugas di bidang Pelayanan Lapas Sragen."),
    ("K3", _BODY + "Lapas Sragen berprestasi di bidang kesenian dan olahraga."),
    ("K3", _BODY + "Kerja sama di bidang Hukum dan HAM terus diperkuat."),
    # W11: the preposition right; 'dengan' after another verb.
    ("W11", _BODY + "Jadwal lomba bergantung pada cuaca."),
    ("W11", _BODY + "Spanduk tergantung di aula, dan juri duduk bersama dengan peserta."),
    # W4: the hyphen written; a brand or a word with a lowercase letter after 'e'.
    ("W4", _BODY + "Pemohon wajib membawa e-KTP dan kartu keluarga."),
    ("W4", _BODY + "Petugas mengisi laporan lewat aplikasi eKinerja dan eSurvey."),
    ("W4", _BODY + "Peserta mengikuti lomba di aula, termasuk tim dari UPT lain."),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert found(text, rule) == []
