"""Round 8 of issue 13: slips that make another word (S8), brands and fixed forms (S9), and
words of the genre the spelling check (S1) must know: KBBI's -asi nouns and compounds, the
short forms of a kecamatan and of Kemenag's units. Each class with texts of our own that
break the rule and texts that respect it (none copied from a corpus)."""

from __future__ import annotations

import pytest
from checkhelp import found, spans

_TITLE = "Rudenim Kupang Gelar Pendataan Penghuni\n"
_LEAD = "Kupang - Rudenim Kupang mendata penghuninya, Rabu (4/9/2024).\n"


def _text(body: str) -> str:
    return _TITLE + _LEAD + body


BREAKS = [
    # A rare short word between two words of one kind stands for "dan".
    ("S8", "Jadwal kunjungan dibuka hari Rabu da Kamis pagi.", [("da", "dan")]),
    ("S8", "Tamu datang dari Kupang dn Atambua untuk rapat.", [("dn", "dan")]),
    ("S8", "Dapur menyajikan nasi, sayur da buah setiap siang.", [("da", "dan")]),
    # A deed for its doer where only people fit.
    ("S8", "Petugas memeriksa kesehatan para detensi setiap pekan.", [("detensi", "deteni")]),
    (
        "S8",
        "Menurut catatan, jumlah imigrasi di rudenim per Mei 2024 sebanyak 52 orang.",
        [("imigrasi", "imigran")],
    ),
    (
        "S8",
        "Rudenim menyiapkan pemulangan terhadap detensi yang sudah punya tiket.",
        [("detensi", "deteni")],
    ),
    ("S8", "Seorang detensi asal Somalia dirawat di klinik.", [("detensi", "deteni")]),
    (
        "S8",
        "Lokakarya itu diikuti para pendidikan dari sekolah di sekitar rudenim.",
        [("pendidikan", "pendidik")],
    ),
    # A short form in capitals one letter off the one the text keeps using.
    (
        "S8",
        "Semua ASN rudenim ikut apel. Setiap ASN membawa kartu. Kartu AVN dicek petugas, "
        "lalu ASN masuk ruang rapat.",
        [("AVN", "ASN")],
    ),
    # A section's short form in lowercase.
    (
        "S8",
        "Arahan disampaikan kasubsi bimkemas, lalu petugas inteldakim memeriksa paspor.",
        [("bimkemas", "Bimkemas"), ("inteldakim", "Inteldakim")],
    ),
    # A short form's head and its acronym typed apart.
    ("S8", "Sekretaris Ditjen PAS membuka rapat.", [("Ditjen PAS", "Ditjenpas")]),
    # A long capitalised word with a letter doubled or left single.
    (
        "S8",
        "Rudenim Menyosialisasiikan Aturan Baru kepada penghuni.",
        [("Menyosialisasiikan", "Menyosialisasikan")],
    ),
    # Brands with a capital inside, the holy book, the feast, HIV/AIDS.
    (
        "S9",
        "Jadwal kunjungan diumumkan lewat Whatsapp dan Youtube rudenim.",
        [("Whatsapp", "WhatsApp"), ("Youtube", "YouTube")],
    ),
    ("S9", "Pameran itu digelar di Jiexpo, Jakarta.", [("Jiexpo", "JIExpo")]),
    ("S9", "Video pendek diunggah ke akun Tiktok kantor.", [("Tiktok", "TikTok")]),
    ("S9", "Pemohon mendaftar lewat aplikasi M-paspor.", [("M-paspor", "M-Paspor")]),
    ("S9", "Kegiatan libur Isra' Mi'raj diisi lomba.", [("Isra' Mi'raj", "Isra Mikraj")]),
    ("S9", "Peringatan Isra Miraj berlangsung khidmat.", [("Isra Miraj", "Isra Mikraj")]),
    ("S9", "Penghuni muslim belajar membaca Al qur’an.", [("Al qur’an", "Al-Qur’an")]),
    ("S9", "Penyuluhan pencegahan HIV / AIDS digelar di aula.", [("HIV / AIDS", "HIV/AIDS")]),
    ("S9", "Tes HIV/AID gratis bagi penghuni.", [("HIV/AID", "HIV/AIDS")]),
    # KBBI writes these compounds apart unless both affixes join them.
    ("W6", "Penghuni belajar budidaya ikan nila.", [("budidaya", "budi daya")]),
    ("W6", "Hasil ujicoba aplikasi diumumkan.", [("ujicoba", "uji coba")]),
    # Names of prayers and months of Islam as KBBI writes them.
    (
        "W6",
        "Penghuni salat zuhur dan ashar berjemaah, lalu mengaji usai maghrib.",
        [("ashar", "asar"), ("maghrib", "magrib")],
    ),
    ("W6", "Santunan dibagikan pada bulan Muharram.", [("Muharram", "Muharam")]),
    # A Kemenag unit, a regional body one letter off.
    ("S1", "Rapat merujuk keputusan Dirjen Bimsa Islam.", [("Bimsa", "Bimas")]),
    ("S1", "Kain tenun dipamerkan Dekrananda Kabupaten Kupang.", [("Dekrananda", "Dekranasda")]),
]


@pytest.mark.parametrize(("rule", "body", "expected"), BREAKS)
def test_breaking_text_is_reported(rule: str, body: str, expected: list) -> None:
    assert found(_text(body), rule) == expected


RESPECTS = [
    # "dan" written; short words that are meant; "da" inside a name.
    ("S8", "Jadwal kunjungan dibuka hari Rabu dan Kamis pagi."),
    ("S8", "Penghuni asal Timor Leste bernama Jose da Costa dipulangkan."),
    ("S8", "Ia menyapa tamu, lalu pergi ke blok C."),
    ("S8", "Dapur menyajikan nasi, sayur dan buah setiap siang."),
    ("S8", "Hadir para guru, ustaz dai muda, dan tokoh adat."),
    # A deed meant as a deed.
    ("S8", "Ruang detensi dibersihkan setiap pagi oleh petugas."),
    ("S8", "Masa detensi seorang WNA dibatasi undang-undang."),
    ("S8", "Para petugas imigrasi memeriksa dokumen."),
    ("S8", "Jumlah imigrasi masuk ke kota itu turun tahun ini."),
    ("S8", "Jumlah pelanggaran tahun 2023 melibatkan 5 orang."),
    ("S8", "Jumlah detensi sebanyak 12 kasus, melibatkan 30 orang."),
    ("S8", "Para perwakilan kedutaan datang ke rudenim."),
    ("S8", "Para pimpinan dan para pengungsi berdialog."),
    ("S8", "Para deteni dan para imigran menerima pemeriksaan kesehatan."),
    # Short forms of one letter apart that are both meant, or used once.
    ("S8", "Anggota TNI dan TPI hadir. Petugas TNI berjaga di gerbang."),
    ("S8", "Kepala UPT memimpin apel. Semua UPT hadir. UPS di UPT itu rusak."),
    ("S8", "Semua ASN ikut apel. Kartu ATN dicek sebelum ASN masuk."),
    ("S8", "PENGUMUMAN WBP WBP WRP"),
    # Sections in their own case; KBBI's lowercase short forms.
    ("S8", "Arahan disampaikan Kasubsi Bimkemas, lalu petugas Inteldakim memeriksa paspor."),
    ("S8", "Warga menjaga kamtibmas lewat siskamling setiap malam."),
    # A head of an office before its name; a name beside an acronym.
    ("S8", "Kakan Kemenag Kupang dan Kepala Ditjen lain hadir."),
    ("S8", "Kepala Tim Pora Kupang hadir bersama Kabid Ditjen."),
    ("S8", "Pemateri Sosialisasi Keimigrasian Kupang menjelaskan aturan."),
    ("S8", "Kepala Rudenim Kupang Rahmatullah Hasanuddin menyambut tamu."),
    # Brands written as their owners write them; an address; a line in capitals.
    ("S9", "Jadwal kunjungan diumumkan lewat WhatsApp dan YouTube rudenim."),
    ("S9", "Tonton di youtube.com/rudenimkupang setiap pekan."),
    ("S9", "Pameran digelar di JIExpo Kemayoran."),
    ("S9", "Pemohon mendaftar lewat aplikasi M-Paspor untuk membuat e-paspor."),
    ("S9", "Libur Isra Mikraj diisi lomba azan. Mereka membaca Al-Qur’an dan Alquran."),
    ("S9", "Penyuluhan pencegahan HIV/AIDS digelar di aula."),
    ("S9", "Pemeriksaan HIV dan hepatitis digelar gratis."),
    # The same words as names of people are left alone.
    ("W6", "Kasubsi Bimkemas Muhammad Ashar dan Ustaz Khotib Hasan hadir."),
    ("W6", "Penghuni salat zuhur dan asar berjemaah setiap hari."),
    # Joined only with a prefix and a suffix at once.
    ("W6", "Penghuni membudidayakan ikan nila yang dibudidayakan di kolam."),
    ("S1", "Penghuni membudidayakan ikan nila yang dibudidayakan di kolam."),
]


@pytest.mark.parametrize(("rule", "body"), RESPECTS)
def test_respecting_text_is_left_alone(rule: str, body: str) -> None:
    assert spans(_text(body), rule) == []


def test_a_short_form_cut_in_a_title_is_read_where_k21_is_silent() -> None:
    text = "Irjen Kemenkum HAM Puji Dapur Rudenim\n" + _LEAD + "Kunjungan berlangsung singkat."
    assert found(text, "S8") == [("Kemenkum HAM", "Kemenkumham")]
    body = "Rapat dihadiri Irjen Kemenkum HAM."  # K21 reads it in running text: S8 is silent
    assert found(_text(body), "S8") == []
    assert found(_text(body), "K21") == [("Kemenkum HAM", "Kemenkumham")]


@pytest.mark.parametrize(
    "word",
    ["reservasi", "kontestasi", "ekspektasi", "imigratoir", "sekcam", "sekkel", "kadus"]
    + ["linmas", "siskamling", "musdes"],
)
def test_words_of_the_genre_are_known(word: str) -> None:  # lowercase, mid-sentence
    body = f"Camat menyebut {word} itu dalam laporan bulanan kepada bupati."
    assert spans(_text(body), "S1") == []


@pytest.mark.parametrize(
    "short",
    ["Bimas", "Pendis", "Pembimas", "Dekranas", "Dekranasda", "Muspika", "Bumdes", "Linmas"]
    + ["Musrenbang", "Kamtibmas", "Pustu", "Poskesdes", "Trantib", "Kesra", "Setwan"],
)
def test_kemenag_units_are_known_short_forms(short: str) -> None:
    body = f"Kasi {short} Kankemenag Kupang memimpin rapat."
    assert spans(_text(body), "S1") == []
