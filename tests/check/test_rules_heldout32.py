"""Session fifteen: misses and wrong findings of heldout32 (scored first on d5df3de, then
adjudicated), of probe41, of heldout33 and heldout34 (scored first on 54e2dd2 and 0d1a8aa) and
of probe42, fixed after they were judged. Texts of our own that break a rule
and texts that respect it (none copied from a corpus or a probe)."""

from __future__ import annotations

import pytest
from checkhelp import found

_TITLE = "Rudenim Pusat Tanjungpinang Tampung Deteni dari Berbagai Negara\n"
_LEAD = "Tanjungpinang - Rudenim Pusat Tanjungpinang menampung 74 deteni, Senin (8/3/2021).\n"
_BODY = _TITLE + _LEAD

BREAKS = [
    # heldout30 and heldout34: a lone consonant standing as a word ('d' for 'di').
    (
        "S1",
        _BODY + "Deteni di rumah detensi d daerah itu t berkomitmen.",
        [("d", "di"), ("t", None)],
    ),
    # heldout34: 'ke' glued to a doubled noun; a regency office's short form a letter short.
    (
        "W1",
        _BODY + "Deteni ingin kembali ketengah-tengah keluarga.",
        [("ketengah-tengah", "ke tengah-tengah")],
    ),
    (
        "S1",
        _BODY + "Kepala Disnakertran Kabupaten Bintan hadir.",
        [("Disnakertran", "Disnakertrans")],
    ),
    # heldout34: a national day's name in lowercase; God's name with its epithet.
    (
        "K8",
        _BODY + "Deteni mengikuti upacara hari kesadaran nasional.",
        [("hari kesadaran nasional", "Hari Kesadaran Nasional")],
    ),
    (
        "K11",
        _BODY + "Deteni mendekatkan diri kepada Tuhan yang maha esa.",
        [("Tuhan yang maha esa", "Tuhan Yang Maha Esa")],
    ),
    # heldout33: 'Ramadhan' after 'Sambut' in a title and after 'Bulan Suci'; 'Bulan Suci'
    # mid-sentence is a common noun.
    (
        "W6",
        "Kerja Bakti Sambut Ramadhan di Rudenim\n" + _LEAD + "Menyambut Bulan Suci Ramadhan, "
        "deteni bekerja bakti.",
        [("Ramadhan", "Ramadan"), ("Ramadhan", "Ramadan")],
    ),
    ("K3", _BODY + "Selama Bulan Suci Ramadan deteni berpuasa.", [("Bulan Suci", "bulan suci")]),
    # A quote run on through a paragraph with no mark at all: each paragraph opens with one.
    (
        "P5",
        _BODY + '"Kami latih 65 orang.\nPelatihan mencakup pertukangan batu.\n'
        'Mereka praktik langsung," ujar Karudenim.',
        [("Pelatihan", '"Pelatihan'), ("Mereka", '"Mereka')],
    ),
    # A country misspelt in a list of countries with their counts.
    (
        "S9",
        _BODY + "Deteni berasal dari Iran 1 orang, Urganda 2 orang, dan Filipina 1 orang.",
        [("Urganda", "Uganda")],
    ),
    # -nya with a hyphen after an Indonesian word.
    ("S2", _BODY + "“Kami terus berupaya,” kata-nya.", [("kata-nya", "katanya")]),
    # The ministry's short form in capitals.
    (
        "K9",
        _BODY + "Hadir perwakilan KEMENDIKDASMEN dalam rapat itu.",
        [("KEMENDIKDASMEN", "Kemendikdasmen")],
    ),
]

RESPECTS = [
    # A lone letter after a figure or in 's/d' is no word of the text.
    ("S1", _BODY + "Ruang berukuran 3 x 4 meter dibuka pukul 08.00 s/d 12.00 WIB."),
    # heldout34: the day's name keeps its capitals, its 'dan' in lowercase.
    ("K8", _BODY + "Upacara Hari Kesadaran Berbangsa dan Bernegara digelar."),
    ("K19", _BODY + "Upacara Hari Kesadaran Berbangsa dan Bernegara digelar."),
    # probe42: KBBI's pair 'berbangsa dan bernegara' is one item; the year after the holiday
    # the date falls on; a di- passive set in quote marks.
    ("P7", _BODY + "Materi meliputi pramuka, kesadaran berbangsa dan bernegara, olahraga."),
    ("N5", _BODY + "Deteni dilepas pada tanggal 25 Desember bertepatan dengan Hari Natal 2023."),
    ("W1", _BODY + "Deteni mengaku kartu ATM miliknya ‘dibobol’ orang."),
    # heldout33: 'bentuk' a noun after 'juga'; K9's 'halinar' read as a word; 'Jangan Sampai'
    # in a title.
    ("W34", _BODY + "Kerja bakti bukan sekadar aksi, tetapi juga bentuk pengabdian."),
    ("S1", _BODY + "Blok hunian harus bersih dari halinar, kata Karudenim."),
    ("K5", "Ingat! Jangan Sampai Overstay di Tanjungpinang\n" + _LEAD),
    # The editor's note in brackets; a modal before a meN- verb of the same root; 'via' in a
    # title; KBBI's 'dicocokkan'; 'peran serta' after a clause; a regulation's title.
    ("S1", _BODY + "Ada 10 orang (Rudenim Pusat--red) yang menunggu."),
    ("W7", _BODY + "Deteni belum dapat mendapatkan tiket pulang."),
    ("K5", "Layanan Kunjungan Deteni via Video Call\n" + _LEAD),
    ("S3", _BODY + "Data deteni dicocokkan dengan paspor."),
    ("P7", _BODY + "Tapi karena keterbatasan petugas, maka peran serta masyarakat diperlukan."),
    (
        "K24",
        _BODY + "Hal ini mengacu pada Permenkumham Nomor 9 Tahun 2019 tentang Pengangkatan dan "
        "Pemberhentian Pemuka dan Tamping pada Lembaga Pemasyarakatan.",
    ),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert found(text, rule) == []
