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
    # A quote opened mid-paragraph and never closed: the closing mark goes at its end.
    (
        "P5",
        "Ia menjelaskan alasannya, “tahun ini jumlah pemohon naik dua kali lipat",
        [("lipat", "lipat.”")],
    ),
    # The same with straight marks: the closing mark before the attribution pairs the open one.
    (
        "P5",
        '"Pertama, kami memeriksa setiap kamar hunian.\n'
        'Kedua, kami mendata barang titipan keluarga," kata Budi.',
        [("Kedua,", '"Kedua,')],
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
    # P30: a name after 'menurut' before the clause; P27: a degree written bare.
    ("P30", "Menurut Dedi petugas menyita dua ponsel.", [("Menurut Dedi", "Menurut Dedi,")]),
    ("P27", "Hadir Camat Oebobo, Agus Bria, SH, di aula.", [("SH", "S.H.")]),
    # P9: a dateline's spacing, which the frame holds, is reported with the lead's first
    # word; a name's number is joined by a hyphen.
    (
        "P9",
        "Judul Berita Kegiatan Kantor Hari Ini\nATAMBUA ,SuaraTimor.com — Petugas merazia.",
        [
            (
                "ATAMBUA ,SuaraTimor.com — Petugas",
                "ATAMBUA, SuaraTimor.com — Petugas",
            )
        ],
    ),
    ("P9", "Layanan tetap buka selama pandemi Covid 19 lalu.", [("Covid 19", "Covid-19")]),
    # P31: a quoted name is no quotation; the sentence's comma stands after it.
    (
        "P31",
        "Lewat program “Rutan Peduli Sesama,” petugas membagikan sembako.",
        [("Sesama,”", "Sesama”,")],
    ),
    # P18: 'yakni'/'yaitu' explaining the clause before takes a comma.
    (
        "P18",
        "Petugas menerapkan dua cara yakni pemeriksaan berkas dan kunjungan.",
        [("cara yakni", "cara, yakni")],
    ),
    # P11: 's/d', 'a/n' are the abbreviations 's.d.', 'a.n.' with a slash for their periods.
    ("P11", "Pendaftaran dibuka 3 s/d 8 Juni 2025.", [("s/d", "s.d.")]),
    # N4: the zone is there but in lowercase; P9: a comma typed twice.
    ("N4", "Apel dimulai pukul 07.30 wita di halaman.", [("wita", "WITA")]),
    ("P9", "Apel selesai,, lalu petugas kembali bertugas.", [(",,", ",")]),
    # P17: 'akan tetapi' inside a sentence without its comma.
    (
        "P17",
        "Program ini tidak cukup direncanakan saja akan tetapi harus dijalankan.",
        [("saja akan tetapi", "saja, tetapi")],
    ),
    # P3: a direct quote is introduced by a comma, not by 'bahwa'.
    (
        "P3",
        "Ia mengatakan bahwa “Semua petugas wajib hadir,” katanya.",
        [("mengatakan bahwa “", "mengatakan, “")],
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
    ("A7", "Judul Berita Kegiatan Kantor Hari Ini\nEnde | Kepala Rutan Ende hadir."),
    ("A7", "Judul Berita Kegiatan Kantor Hari Ini\nSoe, Sabtu (1/3/2025) - Rutan Soe berapel."),
    # A date that comes back each year needs no year; nor one whose year the words give.
    ("N5", "Hari Bhakti Imigrasi jatuh pada tanggal 26 Januari setiap tahunnya."),
    ("N5", "Masa jabatannya berakhir pada 30 Oktober mendatang."),
    ("N5", "Rapat digelar pada 3–4 Juni 2025 di Kupang."),
    ("N5", "Apel digelar di halaman kantor, Senin (3/3/2025)."),
    ("P30", "Menurut Dedi, petugas menyita dua ponsel."),
    ("P27", "Hadir Camat Oebobo, Agus Bria, S.H., di aula."),
    ("P9", "Layanan tetap buka selama pandemi Covid-19 lalu."),
    ("P31", "Lewat program “Rutan Peduli Sesama”, petugas membagikan sembako."),
    ("P31", "“Kami Siap Melayani,” kata Budi."),
    ("P31", "“Siap, Pak,” jawab mereka."),
    # P1 leaves the comma after a quoted name where no attribution follows.
    ("P1", "Lewat program “Rutan Peduli Sesama”, petugas membagikan sembako."),
    ("P1", 'Ia menyebut program "Bersinar", yang diluncurkan tahun lalu, terus berjalan.'),
    ("P18", "Petugas menerapkan dua cara, yakni pemeriksaan berkas dan kunjungan."),
    ("P18", "Jumlah pengunjung yaitu 40 orang."),
    # N2: a date may open a sentence ("19 Juni 2025. …" after a dateline).
    ("N2", "Kupang Pos Online. 19 Juni 2025. Petugas menggelar razia."),
    ("P11", "Pendaftaran dibuka 3 s.d. 8 Juni 2025, separuh (1/2) kuota terisi."),
    # P6: a connector before the position's comma is no name the position is set beside.
    ("P6", "Selanjutnya, Kakanwil Kemenkumham NTT juga meninjau dapur."),
    ("N4", "Apel dimulai pukul 07.30 WITA di halaman."),
    ("P17", "Program ini tidak cukup direncanakan saja, akan tetapi harus dijalankan."),
    ("P17", "Akan tetapi, program ini harus dijalankan."),
    ("P3", "Ia mengatakan bahwa “Lapas Sehat” menjadi program unggulan."),
    ("P3", "Ia mengatakan bahwa “narapidana” bukan kata yang tepat."),
    # N1: a series keeps its digits when one of its numbers stays in digits.
    ("N1", "Tercatat 125 orang dengan izin tinggal terbatas dan 9 orang dengan izin tetap."),
    ("N1", "Peserta terdiri atas 8 pria dan 32 wanita."),
    # A number between two capitalised words is part of a name, not a count.
    ("N1", "Ia dilantik sebagai Kepala KUA Oebobo 2 Kecamatan Oebobo."),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_breaking_text_is_reported(rule, text, expected):
    full = text if text.startswith("Judul") else _HEAD + text
    assert found(full, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_respecting_text_is_not_reported(rule, text):
    full = text if text.startswith("Judul") else _HEAD + text
    assert found(full, rule) == []


def test_a_lead_without_its_city_is_still_reported():
    """A7 keeps speaking when the city is missing, even before a bracketed short form."""
    text = "Judul Berita Kegiatan Kantor Hari Ini\nKepala Lapas (Kalapas), Budi, membuka apel.\n"
    assert found(text, "A7") == [("Kepala", None)]


def test_a_lead_a_little_over_45_words_is_left_alone():
    """A2, like A1, reports only a lead far past 'about 45 words and 3 sentences'."""
    words = " ".join(["kata"] * 50)
    assert found(f"Judul Berita Kegiatan Kantor Hari Ini\nKupang - Kantor {words}.\n", "A2") == []
    five = "Kupang - Ada apel. Ada doa. Ada lomba. Ada makan. Ada foto.\n"
    assert len(found("Judul Berita Kegiatan Kantor Hari Ini\n" + five, "A2")) == 1


def test_the_office_dateline_is_not_counted_in_the_lead():
    """A2 counts the lead's words without the dateline an office writes its own way."""
    words = " ".join(["kata"] * 93)
    text = f"Judul Berita Kegiatan Kantor Hari Ini\nMaumere (Humas), Kantor {words}.\n"
    assert found(text, "A2") == []
    longer = text.replace("Kantor", "Kantor kata kata")
    assert len(found(longer, "A2")) == 1


OPENING_COMMAS = [
    # A name after 'menurut', then the clause: the comma closes the name.
    (
        "Menurut Yohanes Bria kegiatan itu rutin digelar.",
        [("Menurut Yohanes Bria", "Menurut Yohanes Bria,")],
    ),
    (
        "Untuk razia di blok A, menurut Dedi petugas menyita dua ponsel.",
        [("menurut Dedi", "menurut Dedi,")],
    ),
    # An attribution closed by a comma but not opened by one.
    (
        "Setelah data itu lengkap kata Rini, petugas langsung memprosesnya.",
        [("lengkap kata", "lengkap, kata")],
    ),
    # A phrase of 'Kepada'/'Sebagai' before a capitalised subject and its verb, or 'ia'.
    (
        "Kepada seluruh peserta Kalapas berpesan agar tertib.",
        [("peserta", "peserta,")],
    ),
    ("Sebagai aparatur negara ia wajib memberi contoh.", [("negara", "negara,")]),
    ("Sebagai kepala satuan kerja ia wajib hadir.", [("kerja", "kerja,")]),
    # A subordinate clause (with its verb) before the main clause's subject (EYD V).
    (
        "Usai meninjau dapur umum Kepala Rutan menyampaikan beberapa catatan.",
        [("umum", "umum,")],
    ),
    # A clause of a meN- verb and its object before the subject.
    (
        "Menanggapi keluhan keluarga Kepala Rutan memperpanjang jam kunjungan.",
        [("keluarga", "keluarga,")],
    ),
]

OPENING_COMMAS_RESPECTED = [
    "Menurut Yohanes Bria, kegiatan itu rutin digelar.",
    "Menurut Yohanes selaku ketua panitia, kegiatan itu rutin.",
    "Menurut data dinas jumlahnya naik.",
    "Kepada Kepala Lapas Budi menyerahkan laporan.",
    "Sebagai bentuk menyambut HUT RI Lapas Atambua menggelar lomba.",
    "Setelah data itu lengkap, kata Rini, petugas langsung memprosesnya.",
    "Ia mengulang satu kata Merdeka, lalu duduk.",
    # Where the capitalised words may be the phrase's own complement, the rule is silent.
    "Sebagai tindak lanjut Instruksi Menteri Lapas Atambua menggelar apel.",
    "Sebagai ketua Tim Pengawasan Budi menyampaikan arahan.",
    "Menanggapi keluhan keluarga, Kepala Rutan memperpanjang jam kunjungan.",
    "Mewakili Kepala Kanwil Budi membuka acara.",
    "Merupakan agenda rutin Lapas Atambua menggelar apel.",
    # No verb: a phrase, whose comma is optional; a verb last: its object or agent may follow.
    "Setelah apel pagi Kalapas memimpin rapat.",
    "Saat dikunjungi Kepala Kanwil Lapas Atambua tampak bersih.",
    "Usai mengunjungi Lapas Atambua Kakanwil menuju Rutan.",
]


@pytest.mark.parametrize(("text", "expected"), OPENING_COMMAS)
def test_a_comma_closes_what_opens_the_sentence(text, expected):
    assert found(_HEAD + text, "P30") == expected


@pytest.mark.parametrize("text", OPENING_COMMAS_RESPECTED)
def test_no_comma_is_asked_where_the_words_do_not_show_one(text):
    assert found(_HEAD + text, "P30") == []


DEGREES = [
    ("Rapat dipimpin Kasi Penmad, H. Yusuf Lubis, MA. Ia membuka rapat.", [("MA.", "M.A.")]),
    ("Hadir pula Rina Lestari, S.Ag., MPd, dan Budi.", [("MPd", "M.Pd.")]),
    ("Sambutan disampaikan Camat Oebobo, Agus Bria, SH, di aula.", [("SH", "S.H.")]),
]


@pytest.mark.parametrize(("text", "expected"), DEGREES)
def test_a_bare_degree_gets_its_periods(text, expected):
    assert found(_HEAD + text, "P27") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Rakor diikuti madrasah tingkat MI, MTs, MA dan SMA.",
        "Hadir Rina Lestari, S.Ag., M.Pd., dan Budi.",
        "Hadir perwakilan tamu, MA dan warga.",
    ],
)
def test_no_degree_is_read_where_there_is_none(text):
    assert found(_HEAD + text, "P27") == []
