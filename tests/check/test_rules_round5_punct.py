"""Round 5 of issue 13's punctuation, number and dateline rules: classes of error and of false
alarm seen in a held-out corpus, each with texts of our own that break the rule and texts
that respect it (none copied from a corpus)."""

from __future__ import annotations

import pytest
from checkhelp import found

_HEAD = "Judul Berita Kegiatan Kantor Hari Ini\nKupang - Kegiatan berjalan lancar.\n"

BREAKS = [
    # A quote over two paragraphs whose second paragraph lost its opening mark: one finding
    # where the mark is missing, no "no partner" on the marks that do pair.
    (
        "P5",
        "“Pertama, kami memeriksa setiap kamar hunian.\n"
        "Kedua, kami mendata barang titipan keluarga,” kata Budi.",
        [("Kedua,", "“Kedua,")],
    ),
    # A comma between the weekday and its bracketed date (house form 'Rabu (25/9/2024)').
    (
        "N5",
        "Apel digelar di halaman kantor, Senin, (3/3/2025), oleh kepala kantor.",
        [("Senin, (3/3/2025)", "Senin (3/3/2025)")],
    ),
    # A range of days: EYD V's dash takes no spaces; the event's own range needs its year.
    (
        "N5",
        "Pameran berlangsung pada Jumat-Sabtu (7 – 8 Maret) di alun-alun.",
        [("7 – 8 Maret", None)],
    ),
    (
        "N5",
        "Pelatihan digelar pada 12 - 14 Mei 2025 di aula.",
        [("12 - 14 Mei 2025", "12–14 Mei 2025")],
    ),
    # N1: a small number that counts something other than the long number in its sentence.
    (
        "N1",
        "Lomba diikuti 8 regu selama 45 menit di lapangan.",
        [("8", "delapan")],
    ),
]

RESPECTS = [
    # A quote over two paragraphs, written the standard way: each paragraph opens with a
    # mark, only the last one closes.
    (
        "P5",
        "“Pertama, kami memeriksa setiap kamar hunian.\n"
        "“Kedua, kami mendata barang titipan keluarga,” kata Budi.",
    ),
    # A comma after the adverb group that follows the connector.
    ("P8", "“Namun sebenarnya, seluruh petugas ikut mengawasi,” katanya."),
    ("P8", "Namun demikian, seluruh petugas ikut mengawasi."),
    # Two verbs after 'sekaligus', 'sambil': a pair in a clause, not a list of three.
    ("P7", "Petugas memeriksa kamar hunian, sekaligus menyapa dan menyemangati penghuni."),
    ("P7", "Kepala rutan berkeliling ke dapur, lalu mencicipi dan menilai menu hari itu."),
    # An office's own dateline form: the city is there, A7 says nothing.
    ("A7", "Judul Berita Kegiatan Kantor Hari Ini\nMaumere (Humas), Kantor Imigrasi berapel."),
    ("A7", "Judul Berita Kegiatan Kantor Hari Ini\nEnde|MediaKita.id, Kepala Rutan hadir."),
    # A date that comes back each year needs no year; nor one whose year the words give.
    ("N5", "Hari Bhakti Imigrasi jatuh pada tanggal 26 Januari setiap tahunnya."),
    ("N5", "Masa jabatannya berakhir pada 30 Oktober mendatang."),
    ("N5", "Rapat digelar pada 3–4 Juni 2025 di Kupang."),
    ("N5", "Apel digelar di halaman kantor, Senin (3/3/2025)."),
    # N1: a series keeps its digits when one of its numbers stays in digits.
    ("N1", "Tercatat 125 orang dengan izin tinggal terbatas dan 9 orang dengan izin tetap."),
    ("N1", "Peserta terdiri atas 8 pria dan 32 wanita."),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_breaking_text_is_reported(rule, text, expected):
    assert found(_HEAD + text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_respecting_text_is_not_reported(rule, text):
    full = text if text.startswith("Judul") else _HEAD + text
    assert found(full, rule) == []


def test_a_lead_without_its_city_is_still_reported():
    """A7 keeps speaking when the city is missing, even before a bracketed short form."""
    text = "Judul Berita Kegiatan Kantor Hari Ini\nKepala Lapas (Kalapas), Budi, membuka apel.\n"
    assert found(text, "A7") == [("Kepala", None)]


def test_the_office_dateline_is_not_counted_in_the_lead():
    """A2 counts the lead's words without the dateline an office writes its own way."""
    words = " ".join(["kata"] * 43)
    text = f"Judul Berita Kegiatan Kantor Hari Ini\nMaumere (Humas), Kantor {words}.\n"
    assert found(text, "A2") == []
    longer = text.replace("Kantor", "Kantor kata kata")
    assert len(found(longer, "A2")) == 1
