"""Round 7 of issue 13: sentences run together (P35, P36, P37), each with texts of our own that
break the rule and texts that respect it (none copied from a corpus)."""

from __future__ import annotations

import pytest
from checkhelp import found

_TITLE = "Lapas Sragen Gelar Pembinaan Kemandirian\n"
_LEAD = "Sragen - Kegiatan digelar di aula Lapas.\n"


def _article(body: str) -> str:
    return _TITLE + _LEAD + body + "\n"


BREAKS = [
    # A phrase of a preposition runs into an office that opens the main clause.
    (
        "P35",
        "Dalam rangka Hari Bhakti Imigrasi ke-74 Kakanim juga meresmikan ruang layanan baru.",
        [("ke-74", "ke-74,")],
    ),
    # … into an institution and its active verb, after a year.
    (
        "P35",
        "Pada tahun 2023 Rutan Kelas IIB Sragen berhasil meraih predikat WBK.",
        [("2023", "2023,")],
    ),
    # … into an institution after a noun the phrase ends with.
    (
        "P35",
        "Terhadap klien yang belum melengkapi berkas Bapas Surakarta memberikan waktu tiga hari.",
        [("berkas", "berkas,")],
    ),
    # … into a name after a word in -nya, which takes no name after it.
    (
        "P35",
        "Dalam sambutannya Budi Santoso mengajak warga binaan menjaga kebersihan.",
        [("sambutannya", "sambutannya,")],
    ),
    # … into 'setiap', 'seluruh' and their noun.
    (
        "P35",
        "Sebelum apel pagi seluruh pegawai wajib mengisi daftar hadir.",
        [("pagi", "pagi,")],
    ),
    # … into 'ia', a pronoun that is never a possessor.
    (
        "P35",
        "Usai pertemuan dengan wartawan ia langsung meninjau dapur.",
        [("wartawan", "wartawan,")],
    ),
    # … after a connector closed by its comma.
    (
        "P35",
        "Bahkan, untuk kelas tata boga Kalapas mendatangkan instruktur dari Solo.",
        [("boga", "boga,")],
    ),
    # … into an office and its name, one slip of a word before the verb.
    (
        "P35",
        "Pada puncak acara Kalapas Budi lagsung menyerahkan hadiah kepada pemenang.",
        [("acara", "acara,")],
    ),
    # … into a short form of an office in lowercase.
    (
        "P35",
        "Sebagai pelayan publik lurah wajib hadir di kantor setiap hari.",
        [("publik", "publik,")],
    ),
    # … into a common noun after a name that ends the phrase, in a clause with its verb too.
    (
        "P35",
        "Setelah menerima arahan dari Kakanwil Jateng petugas langsung bergerak.",
        [("Jateng", "Jateng,")],
    ),
    (
        "P35",
        "Dalam rangka HUT Bhayangkara anggota Polres membagikan paket sembako.",
        [("Bhayangkara", "Bhayangkara,")],
    ),
    (
        "P35",
        "Saat mengunjungi Lapas Sragen rombongan didampingi Kalapas.",
        [("Sragen", "Sragen,")],
    ),
    # … into a subject after an ordinal that closes the object of a clause of purpose.
    (
        "P35",
        "Dalam rangka memperingati HUT Bhayangkara ke-77 Kapolres Sragen memberikan hadiah.",
        [("ke-77", "ke-77,")],
    ),
    (
        "P35",
        "Untuk memenuhi kebutuhan gizinya warga binaan mendapat makanan tambahan.",
        [("gizinya", "gizinya,")],
    ),
    # A phrase of the whole, then the number of its part as the subject.
    (
        "P35",
        "Dari 120 pemohon paspor pekan ini 97 orang telah menerima paspornya.",
        [("ini", "ini,")],
    ),
    (
        "P35",
        "Petugas memeriksa berkas, dari 60 berkas usulan remisi 12 dikembalikan ke Lapas.",
        [("remisi", "remisi,")],
    ),
    # 'Sebab' joining to the sentence before, then a clause of time: P8's comma after it.
    (
        "P8",
        "Sebab ketika hujan deras warga binaan tetap mengikuti apel di aula.",
        [("Sebab", "Sebab,")],
    ),
    # A time that opens a new sentence, capitalised after a comma (P28).
    (
        "P28",
        "Pembinaan kemandirian berjalan baik, Tahun 2023 PNBP Lapas melampaui target.",
        [(", Tahun 2023", ". Tahun 2023,")],
    ),
    (
        "P28",
        "Layanan paspor dibuka sejak Januari, Saat ini antrean sudah berkurang.",
        [(", Saat ini", ". Saat ini,")],
    ),
    # 'Kemudian' before a subject of 'setiap', 'para' or a pronoun (P8).
    (
        "P8",
        "Kemudian para peserta diajak berkeliling melihat ruang pembinaan.",
        [("Kemudian", "Kemudian,")],
    ),
    # A connector between sentences with no mark before it: after a verb of saying, commas.
    (
        "P36",
        "Kalapas menyampaikan selain itu Lapas juga membuka layanan kunjungan daring.",
        [("menyampaikan selain itu", "menyampaikan, selain itu,")],
    ),
    # … elsewhere, a full stop.
    (
        "P36",
        "Jumlah pemohon terus meningkat oleh karena itu Kanim menambah loket.",
        [("meningkat oleh karena itu", "meningkat. Oleh karena itu,")],
    ),
    # 'sementara' (while) opens a second clause with a number as its subject.
    (
        "P37",
        "Sebanyak 40 berkas telah diverifikasi sementara 12 berkas lainnya masih diperiksa.",
        [("diverifikasi sementara", "diverifikasi, sementara")],
    ),
    # 'hal ini' opens a new sentence.
    (
        "P37",
        "Petugas memeriksa kamar hunian dengan teliti hal ini dilakukan untuk mencegah narkoba.",
        [("teliti hal", "teliti. Hal ini")],
    ),
    # How the event went, then a new subject with no stop.
    (
        "P37",
        "Semua rangkaian acara berjalan lancar kami berterima kasih kepada semua pihak.",
        [("lancar kami", "lancar. Kami")],
    ),
    # … or the main clause after a clause of condition: a comma.
    (
        "P37",
        "Jika ada keluhan hal itu akan segera kami tindak lanjuti.",
        [("keluhan hal", "keluhan, hal itu")],
    ),
]

RESPECTS = [
    # A phrase closed by a demonstrative: the reader sees where it ends (EYD V's comma is
    # optional there).
    ("P35", "Dalam kesempatan itu Kalapas menyampaikan terima kasih."),
    # A passive verb: the sentence has no subject, the name belongs to the phrase.
    ("P35", "Dalam rapat Kanwil Kemenkumham dibahas tiga program prioritas."),
    # Two offices in one run of capitals: where the phrase ends cannot be seen.
    ("P35", "Dengan dukungan Kanwil Jateng Lapas Sragen meraih predikat WBK."),
    # 'mereka' after a noun is its possessor, and the clause of 'Setelah' its own.
    ("P35", "Setelah tujuan mereka diketahui petugas langsung mengawasi."),
    # A name after a plain noun may be its possessor ("kunjungan Budi").
    ("P35", "Di akhir kunjungan Budi melihat hasil karya warga binaan."),
    # The comma is there.
    ("P35", "Pada tahun 2023, Rutan Kelas IIB Sragen berhasil meraih predikat WBK."),
    # A number that names a block or a year, and a number after a verb: no new subject.
    ("P35", "Dari blok 3 petugas memindahkan lima warga binaan ke blok lain."),
    ("P35", "Dari jumlah itu petugas menerima 45 berkas lengkap."),
    ("P35", "Dari 120 pemohon, 97 orang telah menerima paspornya."),
    # An office inside a place's or another office's name, a subject after its verb.
    ("P35", "Dalam apel pagi Wakil Bupati Sragen menyampaikan pesan kepada ASN."),
    ("P35", "Di Aula Kantor Bupati Sragen berlangsung rapat koordinasi."),
    # A name then a word of time or of its own ('Senin pagi', 'Sragen sendiri'), a passive.
    ("P35", "Pada Senin pagi petugas melakukan razia kamar hunian."),
    ("P35", "Untuk Kabupaten Sragen sendiri jumlah pemohon terus meningkat."),
    # A clause of purpose whose object may run into the name: where it ends is unseen.
    ("P35", "Dalam rangka menyambut HUT RI Lapas Sragen menggelar lomba."),
    ("P35", "Untuk meningkatkan kemampuan petugas Lapas Sragen menggelar pelatihan."),
    ("P35", "Selain itu, dalam kegiatan tersebut Kalapas membagikan bingkisan."),
    # An office after a preposition is the phrase's own.
    ("P35", "Dalam rapat bersama Kalapas Budi kemarin membahas jadwal kunjungan."),
    # A lowercase office that heads a longer title.
    ("P35", "Sebagai pelayan masyarakat kepala desa wajib hadir setiap hari."),
    # A speaker's own words.
    ("P35", "“Untuk tahun depan Kalapas akan menambah kelas menjahit,” ujar Budi."),
    # A name that starts like a time word; a year inside a name.
    ("P28", "Kegiatan dibuka Sekda Sragen, Hari Susanto, di aula Lapas."),
    ("P28", "Dasarnya Undang-Undang Nomor 22 Tahun 2022 tentang Pemasyarakatan."),
    ("P8", "Kemudian sebanyak 40 peserta mengikuti tes urine."),
    # 'Sebab' before its own clause's subject: a conjunction, no connector.
    ("P8", "Sebab warga binaan juga berhak mendapat layanan kesehatan."),
    # 'selain itu' meaning 'other than that', and after 'bahwa'.
    ("P36", "Tidak ada kegiatan lain selain itu di blok tersebut."),
    ("P36", "Ia mengatakan bahwa selain itu pihaknya membuka kelas baru."),
    ("P36", "Jumlah pemohon meningkat. Oleh karena itu, Kanim menambah loket."),
    # 'sementara' before a duration or after a noun: 'for a while', 'provisional'.
    ("P37", "Layanan kunjungan ditutup sementara 3 hari menjelang Lebaran."),
    ("P37", "Hasil sementara 60 persen peserta dinyatakan lulus."),
    ("P37", "Petugas tinggal sementara di pos jaga."),
    ("P37", "Dua orang deteni ditampung sementara 2 malam di ruang isolasi."),
    # 'hal itu' after a count or an adverb that opens the sentence.
    ("P37", "Kedua hal itu merupakan syarat pembebasan bersyarat."),
    ("P37", "Sebenarnya hal ini sudah lama direncanakan."),
    # How the event went, and what goes on that clause: 'dan', a time, a date.
    ("P37", "Kegiatan berjalan tertib dan kondusif hingga sore hari."),
    ("P37", "Upacara berlangsung khidmat Senin (17/8) di lapangan Lapas."),
    # 'hal itu' as the object of a verb or a preposition.
    ("P37", "Kalapas membenarkan hal itu saat dikonfirmasi."),
    ("P37", "Terkait hal ini pihaknya akan berkoordinasi dengan Kanwil."),
]


@pytest.mark.parametrize(("rule", "body", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, body, expected):
    assert found(_article(body), rule) == expected


@pytest.mark.parametrize(("rule", "body"), RESPECTS)
def test_text_that_respects_the_rule(rule, body):
    assert found(_article(body), rule) == []


def test_p30_and_p35_do_not_report_one_phrase_twice():
    text = _article("Kepada para kepala desa Bupati berpesan agar menjaga ketertiban.")
    assert found(text, "P30") == [("desa", "desa,")]
    assert found(text, "P35") == []


@pytest.mark.parametrize(("rule", "body", "expected"), BREAKS)
def test_messages_read_in_indonesian(rule, body, expected):
    from kabar_desktop.check import check_text
    from kabar_desktop.i18n import _

    for finding in check_text(_article(body), rules=[rule], strict=True):
        assert finding.describe(_) != finding.describe()  # translated
