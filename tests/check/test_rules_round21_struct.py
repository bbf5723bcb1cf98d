"""Round 21 of issue 13, the document's shape: the lines of a list after a paragraph that ends
with a colon are list items, not paragraphs missing their stop (P4) nor subjects missing their
predicate (P29), and an item in lowercase goes on the colon's sentence (K22); a single letter
after a number ('1446H.', '1445 H.') is its era, so the stop after it ends the sentence (K18,
N2); a weekday with its date standing alone after the lead's last sentence is no sentence of
the lead (A2); a first line with its full stop over a dateline in an outlet's form is the
title, whose stop goes (P24), not a lead without a dateline (A7); a regency's name with its
level word and a comma is the office's own dateline form (A7), and A7 gives the office's own
city as its example; a web address in a title is no word to capitalise (K5); a dateline whose
outlet opens with digits or is parted from the lead by a bar is the dateline, not a sentence
opening with a number (N2); an opening quote mark glued to the word before it still opens the
quote (P5), and P9 asks for the space before it; a quote's attribution is read however its
comma and closing mark are set (A6). Each class with texts of our own that break the rule and
texts that respect it (none copied from a corpus)."""

from __future__ import annotations

import pytest
from checkhelp import found

_TITLE = "Kanim Kupang Gelar Layanan Paspor Simpatik\n"
_LEAD = (
    "Kupang - Kantor Imigrasi Kelas I TPI Kupang menggelar layanan paspor simpatik di "
    "Aula Kanim Kupang, Sabtu (7/3/2026).\n"
)
_BODY = _TITLE + _LEAD
_DOCUMENTS = (
    "Kepala Seksi Lalu Lintas Keimigrasian, Rina, menjelaskan bahwa berkas yang dibawa "
    "pemohon antara lain:\n"
    "KTP elektronik yang masih berlaku\n"
    "Kartu Keluarga (KK).\n"
    "Akta kelahiran atau ijazah (yang memuat nama dan tanggal lahir).\n"
    "Paspor lama, bila ada\n"
)
_FEES = (
    "Tarif yang berlaku adalah:\n"
    "Paspor biasa 48 halaman: Rp350.000\n"
    "Paspor elektronik 48 halaman: Rp650.000\n"
)
_PHOTOS = (
    "Pemohon cukup membawa dokumen berikut:\n"
    "KTP elektronik asli\n"
    "2 lembar pas foto berwarna\n"
    "Akta kelahiran, ijazah, atau buku nikah\n"
)
_NUMBERED = (
    "Petugas menjelaskan tiga jenis paspor yang kini diterbitkan:\n"
    "1. Paspor biasa, berbentuk buku\n"
    "2. Paspor elektronik, dilengkapi cip\n"
)
_LOWER_ITEMS = (
    "Syarat yang dibawa pemohon yaitu:\n"
    "fotokopi KTP yang masih berlaku;\n"
    "kartu keluarga asli; dan\n"
    "akta kelahiran atau ijazah.\n"
)
_ERA_LEAD = (
    "Atambua - Lapas Kelas IIB Atambua membuka layanan kunjungan selama libur Idulfitri "
    "1447H. Mereka menyiapkan ruang tunggu bagi keluarga, Sabtu (21/3/2026).\n"
)
_LONG_LEAD = (
    "Kupang - Rutan Kelas IIB Kupang menutup layanan kunjungan hari raya. Ribuan keluarga "
    "datang selama tiga hari. Petugas melayani mereka dengan tertib. Antrean diatur sejak pagi. "
    "Semua berjalan lancar. Sabtu (21/3/2026)\n"
)
_SHORT_LEAD = (
    "Kupang - Rutan Kelas IIB Kupang menutup layanan kunjungan hari raya. Ribuan keluarga "
    "datang selama tiga hari. Petugas melayani mereka dengan tertib. Antrean diatur sejak "
    "pagi. Sabtu (21/3/2026)\n"
)

BREAKS = [
    # A paragraph of prose after the list still ends with its stop.
    (
        "P4",
        _BODY + _DOCUMENTS + "Semua berkas harus dibawa dalam bentuk asli dan fotokopi",
        [("fotokopi", "fotokopi.")],
    ),
    # A line with a predicate of its own ends the list: it is prose, and takes its stop.
    (
        "P4",
        _BODY + _FEES + "Biaya percepatan dapat dikenakan bagi pemohon layanan prioritas",
        [("prioritas", "prioritas.")],
    ),
    # No colon before the lines: they are paragraphs, each with its stop.
    (
        "P4",
        _BODY + "Berkas yang dibawa pemohon cukup sederhana.\nKTP elektronik yang masih berlaku",
        [("berlaku", "berlaku.")],
    ),
    # After a number's era the stop ends the sentence: the next one may not open with digits.
    (
        "N2",
        _TITLE
        + "Kupang - Rutan Kupang membuka kunjungan selama libur Idulfitri 1447 H. 25 petugas "
        "menyiapkan ruang tunggu, Sabtu (21/3/2026).\n",
        [("25", "Sebanyak 25")],
    ),
    (
        "N2",
        _BODY + "Layanan dibuka sejak 1 Syawal 1447H. 40 keluarga datang pada hari pertama.",
        [("40", "Sebanyak 40")],
    ),
    # A lead of five sentences besides the date alone is still too long.
    ("A2", _TITLE + _LONG_LEAD, [(_LONG_LEAD.split(" - ", 1)[1].strip(), None)]),
    # A lead with no dateline at all is still reported, the office's city as its example.
    (
        "A7",
        _TITLE + "Kantor Imigrasi Kelas I TPI Kupang menggelar layanan paspor simpatik, "
        "Sabtu (7/3/2026).\n",
        [("Kantor", None)],
    ),
    (
        "A7",
        "Humas Daerah Gelar Pelatihan Menulis Berita\nHadir dalam pelatihan itu para pengelola "
        "media sosial perangkat daerah, Sabtu (7/3/2026).\n",
        [("Hadir", None)],
    ),
    # A one-sentence lead with no dateline under its title: the next line's colon makes no
    # dateline of it.
    (
        "A7",
        _TITLE + "Kanim Kupang membuka layanan paspor simpatik pada Sabtu (7/3/2026).\n"
        "Kepala Kanim Kupang : Layanan ini gratis.\n",
        [("Kanim", None)],
    ),
    # A title with its full stop over a dateline in an outlet's form: the stop goes (P24).
    (
        "P24",
        "Kanwil Kemenkum NTT Dorong Pembentukan Desa Sadar Hukum.\n3warta.com, Kupang : "
        "Kakanwil Kemenkum NTT mendorong pembentukan desa sadar hukum, Senin (9/3/2026).\n",
        [("Hukum.", "Hukum")],
    ),
    (
        "P24",
        "Rutan Kupang Gelar Bakti Sosial.\nKupang | Rutan Kelas IIB Kupang menggelar bakti "
        "sosial, Senin (9/3/2026).\n",
        [("Sosial.", "Sosial")],
    ),
    # A lowercase word beside the address is still a title's word.
    (
        "K5",
        "Diskominfo Belu Kenalkan beluinfo.id ke instansi Vertikal\n" + _LEAD,
        [("instansi", "Instansi")],
    ),
    # An opening quote mark glued to the word before it: the space goes before the mark.
    (
        "P9",
        _BODY + "Warga diajak menyaring kabar melalui prinsip“Cek Dulu Baru Bagikan.”",
        [("“", " “")],
    ),
    (
        "P9",
        _BODY + 'Petugas menempelkan imbauan bertuliskan"Dilarang Merokok" di ruang tunggu.',
        [('"', ' "')],
    ),
    # After an item closed by its full stop, the next item opens a sentence: a capital.
    (
        "K22",
        _BODY + "Petugas memeriksa:\nIdentitas pengunjung.\nbarang bawaan.\n",
        [("barang", "Barang")],
    ),
    # A paragraph of prose in lowercase, with no colon before it, still opens a sentence.
    (
        "K22",
        _BODY + "Berkas diperiksa petugas loket.\nsetelah itu pemohon difoto dan diwawancarai.",
        [("setelah", "Setelah")],
    ),
    # Consecutive quotes with one verb, however the comma and the closing mark are set.
    (
        "A6",
        _BODY + "“Pemohon cukup datang pagi, ” jelas Rina.\n“Berkas diperiksa di loket,” jelasnya.",
        [("jelasnya", None)],
    ),
    (
        "A6",
        _BODY + '"Layanan dibuka sampai sore" ujar Rina.\n"Semua pemohon dilayani" ujar Rina.',
        [("ujar", None)],
    ),
    (
        "A6",
        _BODY + '"Layanan dibuka sampai sore", kata Rina.\n"Semua pemohon dilayani," katanya.',
        [("katanya", None)],
    ),
    # A sentence of the body that opens with digits is still one.
    (
        "N2",
        "Lapas Atambua Gelar Donor Darah\n1Kabarnews, ATAMBUA | Lapas Kelas IIB Atambua "
        "menggelar donor darah, Sabtu (7/3/2026).\n25 pegawai mendonorkan darahnya.\n",
        [("25", "Sebanyak 25")],
    ),
]

RESPECTS = [
    # The list after a colon: items with and without a stop, the colon itself.
    ("P4", _BODY + _DOCUMENTS),
    ("P4", _BODY + _FEES),
    ("P4", _BODY + _NUMBERED),
    ("P4", _BODY + _PHOTOS),
    # A count opening an item is the list's, not a sentence's first word.
    ("N2", _BODY + _PHOTOS),
    ("P4", _BODY + _DOCUMENTS + "Semua berkas dibawa dalam bentuk asli dan fotokopi."),
    # Items in lowercase go on the sentence the colon opened (EYD V's lists): no sentence's
    # first word in lowercase.
    ("K22", _BODY + _LOWER_ITEMS),
    ("K22", _BODY + "Petugas memeriksa:\n- identitas pengunjung;\n- barang bawaan.\n"),
    ("P4", _BODY + _LOWER_ITEMS),
    # An item's noun with its 'yang' clause is no subject missing its predicate.
    ("P29", _BODY + _DOCUMENTS),
    ("P29", _BODY + "Syarat pendaftaran meliputi:\nFotokopi KTP yang telah dilegalisasi.\n"),
    # The stop after an era ends the sentence: the next word opens one.
    ("K18", _TITLE + _ERA_LEAD),
    (
        "K18",
        _BODY + "Kegiatan ini menutup rangkaian peringatan tahun baru 1447 H. Mereka yang "
        "hadir menerima bingkisan.",
    ),
    ("K22", _TITLE + _ERA_LEAD),
    # An initial before a name is still an abbreviation's stop.
    ("K22", _BODY + "Hadir pula Kepala Rutan, Moch. Ali, dan Kasubsi Pelayanan, A. Budi."),
    # The date alone after the lead's sentences is not counted as one of them.
    ("A2", _TITLE + _SHORT_LEAD),
    (
        "A2",
        _TITLE + "Kupang - Rutan Kelas IIB Kupang menutup layanan kunjungan hari raya. Ribuan "
        "keluarga datang selama tiga hari. Petugas melayani mereka dengan tertib. Antrean "
        "diatur sejak pagi. Sabtu pagi (21/3/2026), pukul 10.00 WITA.\n",
    ),
    # A title with its stop, then a dateline in an outlet's form: no lead without a dateline.
    (
        "A7",
        "Kanwil Kemenkum NTT Dorong Pembentukan Desa Sadar Hukum.\n3warta.com, Kupang : "
        "Kakanwil Kemenkum NTT mendorong pembentukan desa sadar hukum, Senin (9/3/2026).\n",
    ),
    (
        "A7",
        "Rutan Kupang Gelar Bakti Sosial.\nKupang | Rutan Kelas IIB Kupang menggelar bakti "
        "sosial, Senin (9/3/2026).\n",
    ),
    # A regency or city with its level word, then a comma: the office's own dateline form.
    (
        "A7",
        "Diskominfo Belu Gelar Bimtek Pengelola Informasi\nKabupaten Belu, Humas Setda Dinas "
        "Kominfo Kabupaten Belu menggelar bimtek bagi pengelola informasi, Senin (9/3/2026).\n",
    ),
    (
        "A7",
        "Pemkot Kupang Gelar Bimtek Pengelola Informasi\nKota Kupang, Pos Kota Dinas Kominfo "
        "Kota Kupang menggelar bimtek bagi pengelola informasi, Senin (9/3/2026).\n",
    ),
    # A web address in a title, whole or with a path, is left as it is written.
    ("K5", "Diskominfo Belu Kenalkan beluinfo.id ke Instansi Vertikal\n" + _LEAD),
    ("K5", "Warga Kini Bisa Mengadu Lewat lapor.go.id dan www.kupang.go.id\n" + _LEAD),
    # Consecutive quotes with different verbs; the same verb five paragraphs apart.
    (
        "A6",
        _BODY + "“Pemohon cukup datang pagi, ” jelas Rina.\n“Berkas diperiksa di loket,” "
        "tambahnya.",
    ),
    (
        "A6",
        _BODY + '"Layanan dibuka sampai sore" ujar Rina.\nAntrean tertib.\nPetugas sigap.\n'
        "Warga puas.\nLayanan berlanjut.\n"
        '"Semua pemohon dilayani" ujar Rina.',
    ),
    ("A6", _BODY + 'Petugas memasang spanduk bertuliskan "Layanan Cepat" kata demi kata.'),
    # A lead of one sentence, then a paragraph whose colon is a sentence's: no title there.
    (
        "P24",
        "Kupang - Rutan Kupang menggelar bakti sosial di Desa Tarus, Senin (9/3/2026).\n"
        "Kepala Rutan Kupang: kegiatan ini rutin digelar setiap bulan.\n",
    ),
    (
        "P24",
        "Rutan Kupang menggelar bakti sosial di Desa Tarus, Senin (9/3/2026).\n"
        "Kepala Rutan Kupang, Budi Santoso, mengatakan kegiatan ini rutin digelar.\n",
    ),
    # Glued to the word before it, an opening mark still opens the quote: it has its partner.
    ("P5", _BODY + "Warga diajak menyaring kabar melalui prinsip“Cek Dulu Baru Bagikan.”"),
    ("P9", _BODY + "Warga diajak menyaring kabar melalui prinsip “Cek Dulu Baru Bagikan.”"),
    ("P9", _BODY + "“Kami siap melayani,” ujar Budi. “Silakan datang pagi,” tambahnya."),
    ("P9", _BODY + 'Ia menyebut program "Rutan Bersinar" sebagai andalan.'),
    # The dateline of an outlet whose name opens with digits, a bar after the city.
    (
        "N2",
        "Lapas Atambua Gelar Donor Darah\n1Kabarnews, ATAMBUA | Lapas Kelas IIB Atambua "
        "menggelar donor darah, Sabtu (7/3/2026).\n",
    ),
    (
        "N2",
        "Lapas Atambua Gelar Donor Darah\n7harian.com – Lapas Kelas IIB Atambua menggelar "
        "donor darah, Sabtu (7/3/2026).\n",
    ),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert found(text, rule) == []


def test_a7_names_the_offices_city_or_none():
    from kabar_desktop.check import check_text

    text = _TITLE + "Rumah Tahanan Negara (Rutan) Kelas IIB Kupang menggelar bakti sosial.\n"
    (finding,) = check_text(text, rules=["A7"], strict=True)
    assert "'Kupang - …'" in finding.describe()
    text = _TITLE + "Hadir dalam rapat itu para pengelola media sosial, Senin (9/3/2026).\n"
    (finding,) = check_text(text, rules=["A7"], strict=True)
    assert "Kupang" not in finding.describe()
