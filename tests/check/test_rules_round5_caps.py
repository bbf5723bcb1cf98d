"""Round 5 of issue 13's capitals, from classes of error a held-out set showed: a noun naming a
kind of person capitalised between lowercase words (K3), a word quoted as a word (K3), a
section head's unit written in lowercase before a name (K1), the acronym of one body in
lowercase (K9); and the forms that must stay silent: a position over every office of a
region (K1), a head's and an office's short forms side by side (K21), an office tag in the
dateline however it is set off (K4), a functional position introduced with its short form
(K14). K10 reads the heads of places' and buildings' names ('jalan', 'pulau', 'puskesmas').
Sentences are our own, in the genre's manner."""

from __future__ import annotations

import pytest
from checkhelp import found

_HEAD = "Judul Berita\nKupang - Kegiatan berjalan lancar.\n"  # a title and a lead first

BREAKS = [
    # K3: KBBI nouns for a kind of person or group are common nouns (EYD V, I.B), however
    # the writer honours them.
    ("K3", "Petugas mengantar Klien ke ruang konseling.", [("Klien", "klien")]),
    ("K3", "Kalapas menyapa Narapidana yang baru tiba.", [("Narapidana", "narapidana")]),
    ("K3", "Hasil rapat disampaikan kepada Tim Media ini kemarin.", [("Tim Media", "tim media")]),
    ("K3", "Kepala rutan menemui Tahanan, lalu memeriksa dapur.", [("Tahanan", "tahanan")]),
    ("K3", "Acara itu dibuka untuk Masyarakat umum.", [("Masyarakat", "masyarakat")]),
    # K3: two such nouns joined by 'dan' make no name.
    (
        "K3",
        "Menurutnya, Klien dan Tahanan perlu dukungan keluarga.",
        [("Klien", "klien"), ("Tahanan", "tahanan")],
    ),
    # K3: a word quoted as a word keeps its case as a common noun.
    ("K3", "Mereka tidak suka disebut dengan kata “Napi” lagi.", [("Napi", "napi")]),
    ("K3", 'Bapas memakai istilah "Klien" untuk orang yang dibimbing.', [("Klien", "klien")]),
    # K1: the words between a section head's short form and a name are its unit's name.
    (
        "K1",
        "Kakanim didampingi Kasubsi penindakan Rudi Hartono.",
        [("Kasubsi penindakan", "Kasubsi Penindakan")],
    ),
    (
        "K1",
        "Tamu diterima kasi lalu lintas keimigrasian Maria Ulfa.",
        [("kasi lalu lintas keimigrasian", "Kasi Lalu Lintas Keimigrasian")],
    ),
    # K1: a section head's short form with its unit's name is one office's post.
    (
        "K1",
        "Hadir Yosef, selaku kasubsi perawatan, serta dua staf.",
        [("kasubsi perawatan", "Kasubsi Perawatan")],
    ),
    # K16: a regional agency's name is capitalised word by word.
    (
        "K16",
        "Pelatihan itu bekerja sama dengan Dinas tenaga kerja Kabupaten Belu.",
        [("tenaga", "Tenaga"), ("kerja", "Kerja")],
    ),
    # W4 (word_forms.py): 'se-' after a list of school levels' short forms is no name's word.
    (
        "W4",
        "Lomba diikuti siswa SD/SMP Se-Kota Kupang.",
        [("Se-Kota", "se-Kota")],
    ),
    # K1: the words that finish a title of the state belong to it; one position, one finding.
    (
        "K1",
        "Kegiatan dibuka Sekretaris daerah Kabupaten Kupang.",
        [("Sekretaris daerah", "Sekretaris Daerah")],
    ),
    ("K1", "Hal itu disampaikan oleh wakil bupati Kupang.", [("wakil bupati", "Wakil Bupati")]),
    # K1: at a sentence's start too, a section head's unit is part of its name.
    (
        "K1",
        "Kasi bimbingan kemasyarakatan, Yosef Bria, memimpin apel.",
        [("Kasi bimbingan kemasyarakatan", "Kasi Bimbingan Kemasyarakatan")],
    ),
    # K9: a syllable acronym naming one body keeps its capital.
    ("K9", "Rapat dihadiri unsur forkopimcam dan tokoh desa.", [("forkopimcam", "Forkopimcam")]),
    ("K9", "Data penduduk diperoleh dari disdukcapil.", [("disdukcapil", "Disdukcapil")]),
    ("K9", "Rapat anggota timpora digelar di aula.", [("timpora", "Timpora")]),
    # K2: one-word titles just before 'se-' speak of every holder across the region.
    (
        "K2",
        "Turut hadir Lurah, Babinsa dan Kapolsek se-Kota Kupang.",
        [("Lurah", "lurah"), ("Babinsa", "babinsa"), ("Kapolsek", "kapolsek")],
    ),
    ("K2", "Undangan dikirim kepada Camat se-Kabupaten Belu.", [("Camat", "camat")]),
    # K2: the head of a room or a watch is a duty many hold.
    (
        "K2",
        "Arahan diberikan kepada petugas dan Komandan Jaga yang bertugas malam itu.",
        [("Komandan Jaga", "komandan jaga")],
    ),
    (
        "K2",
        "Kalapas berdialog dengan Kepala Kamar dari setiap blok.",
        [("Kepala Kamar", "kepala kamar")],
    ),
    # K3: people named by the office they belong to.
    ("K3", "Materi diberikan kepada Klien Bapas Kupang.", [("Klien", "klien")]),
    ("K3", "Kakanwil menyapa Jajaran Rutan Soe.", [("Jajaran", "jajaran")]),
    # K14: a nationality: only the country is a name.
    (
        "K14",
        "Petugas memeriksa Warga Negara Indonesia yang baru tiba.",
        [("Warga Negara", "warga negara")],
    ),
    ("K14", "Rudenim memulangkan Warga Negara Myanmar.", [("Warga Negara", "warga negara")]),
    # K8: national days and the offices' own days are names.
    (
        "K8",
        "Lomba digelar menyambut hari bakti pemasyarakatan ke-61.",
        [("hari bakti pemasyarakatan", "Hari Bakti Pemasyarakatan")],
    ),
    ("K8", "Upacara hari Pahlawan berjalan khidmat.", [("hari Pahlawan", "Hari Pahlawan")]),
    # K10: the common noun that heads a place's or a building's name is part of it.
    ("K10", "Posko berada di jalan Timor Raya nomor 3.", [("jalan", "Jalan")]),
    ("K10", "Bantuan dikirim ke warga pulau Kera.", [("pulau", "Pulau")]),
    ("K10", "Warga binaan dirujuk ke puskesmas Oesapa.", [("puskesmas", "Puskesmas")]),
    ("K10", "Tersangka dibawa ke polsek Kelapa Lima.", [("polsek", "Polsek")]),
    # K10: a province's, regency's or city's whole name in lowercase after an office.
    ("K10", "Pelatihan digelar di Lapas kupang.", [("kupang", "Kupang")]),
    ("K10", "Ia bertugas di Kantor Imigrasi Kelas I malang.", [("malang", "Malang")]),
    (
        "K10",
        "Tim Kanwil Kemenkumham nusa tenggara timur tiba.",
        [("nusa tenggara timur", "Nusa Tenggara Timur")],
    ),
    ("K10", "Bantuan dikirim ke kabupaten belu.", [("kabupaten belu", "Kabupaten Belu")]),
]

RESPECTS = [
    # K3: the same nouns inside a name, before a number, or naming a place of them.
    ("K3", "Ia hadir bersama Tim Penggerak PKK Kecamatan Oebobo."),
    ("K3", "Yel-yel dari Tim 2 paling meriah."),
    ("K3", "Petugas berkeliling ke Blok Tahanan dan Blok Narapidana."),
    ("K3", "Dokumen diantar ke ruang Pelayanan Tahanan."),
    ("K3", "Ketua Persatuan Wartawan Indonesia hadir."),
    ("K3", "Ia menjadi anggota Persatuan Guru dan Karyawan Kupang."),
    ("K3", "Ia pernah bekerja di Kementerian Pemuda dan Olahraga."),
    ("K3", "Petugas mengantar klien ke ruang konseling."),
    ("K3", "Program bertajuk “Jumat Berkah” berjalan rutin."),
    ("K3", "Pemohon memakai aplikasi yaitu Layanan Paspor Daring untuk mendaftar."),
    ("K3", "Hadir pula Anggota DPRD Kota Kupang, Budi Santoso."),
    ("K3", "Penghargaan diberikan kepada Keluarga Besar Kemenkumham."),
    ("K14", "Dua warga negara Myanmar dipulangkan."),
    # K1: heads of an office in every village or district of a region: no one's title.
    ("K1", "Hadir pula camat serta ketua TP PKK desa se-Kabupaten Kupang."),
    ("K1", "Rapat diikuti kepala UPT se-Nusa Tenggara Timur."),
    ("K1", "Kakanim didampingi Kasubsi Penindakan Rudi Hartono."),
    ("K1", "Sementara itu, kasi menyampaikan Rudi sudah pulang."),
    ("K1", "Kami ingin kasi bantuan kepada warga."),  # spoken 'kasih', no post
    ("K1", "Setiap kasubsi keamanan wajib hadir."),
    # K2: a title with its unit's name, or a named holder, before 'se-'.
    ("K2", "Rapat diikuti Kepala UPT Pemasyarakatan se-Nusa Tenggara Timur."),
    ("K2", "Hadir Kapolsek Oebobo dan camat se-Kota Kupang."),
    # K10: the same nouns before an office's name, a religion, a kind of road, or alone.
    ("K10", "Salat Jumat digelar di masjid Lapas Kupang."),
    ("K10", "Ia beribadah di gereja Katolik setempat."),
    ("K10", "Perbaikan jalan Provinsi itu selesai tahun lalu."),
    ("K10", "Warga binaan dirujuk ke puskesmas terdekat."),
    ("K10", "Pegawai mengikuti jalan Sehat keliling kota."),
    ("K10", "Pengamanan di lapas/rutan Sumsel terus diperkuat."),  # every one of them
    ("K10", "Pembangunan lapas baru di kabupaten itu dimulai."),
    ("K10", "Warga datang dari tanah datar di seberang sungai."),
    ("K10", "Truk mengangkut batu bara ke gudang."),
    ("K8", "Setiap hari guru mengajar warga binaan membaca."),
    ("K8", "Lapas memperingati Hari Bhakti Imigrasi ke-76."),
    ("K16", "Ia datang ke dinas sosial untuk mengurus bantuan."),
    ("K16", "Kepala Dinas Kesehatan Provinsi NTT hadir."),
    ("K1", "Setiap kepala daerah wajib hadir."),
    ("K1", "Kasi menyampaikan Rudi sudah pulang."),
    # K14: a term that ends a unit's name written half in lowercase is that name's word.
    ("K14", "Acara dihadiri Direktur jenderal Pemasyarakatan."),
    # K24 (phrase_slips.py): a religion's or a place's name between lowercase words is a name.
    ("K24", "Ia mengajar pendidikan agama Islam kepada warga binaan."),
    ("K24", "Warga binaan beragama Kristen mengikuti ibadah pagi."),
    ("K24", "Petugas imigrasi Kupang memeriksa paspor pemohon."),
    ("K2", "Petugas memeriksa Pos Komandan Jaga setiap malam."),
    ("K2", "Hadir pula Kepala Regu Pengamanan (Karupam) malam itu."),
    ("K2", "Laporan disampaikan Komandan Jaga, Yosef Bria."),
    # K9: acronyms KBBI lists as common nouns of a kind of office stay lowercase.
    ("K9", "Ia pernah bekerja di lapas dan rutan."),
    # K21: a head's short form and an office's short form side by side.
    ("K21", "Dalam sambutannya, Kakan Kemenag Kabupaten Kupang berpesan."),
    # K14: a functional position introduced with its short form.
    ("K14", "Arahan diberikan kepada para Pembimbing Kemasyarakatan (PK) Bapas Kupang."),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(_HEAD + text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert found(_HEAD + text, rule) == []


def test_an_office_tag_in_the_dateline_is_no_capitals_error():
    """'Stabat (Humas), …': the dateline's office tag, set off by a comma, not a dash."""
    text = "Judul Berita\nSoe (Humas), Kantor Kemenag menggelar rapat bersama humas desa.\n"
    assert found(text, "K4") == []
    text = "Judul Berita\nSoe - Kantor Kemenag menggelar rapat bersama Humas.\n"
    assert found(text, "K4") == [("Humas", "humas")]


def test_a_title_in_title_case_is_not_read_as_a_sentence():
    """Titles are in title case: no capitals rule of running text reads them (K3)."""
    text = "Petugas Sambut Klien dan Tim Media di Bapas\nKupang - Petugas menyambut klien.\n"
    assert found(text, "K3") == []


def test_a_dateline_after_a_long_title_opens_a_sentence():
    """A title of more than twenty words is not read as one, so the next line's dateline is
    not known either: the word after its dash still opens a sentence (K14)."""
    title = (
        "Lapas Kupang Ajak Klien dan Tim Media Melihat dari Dekat Kehidupan Warga Binaan "
        "Pemasyarakatan selama Bulan Ramadan di Blok Hunian Baru yang Bersih dan Tertib"
    )
    assert len(title.split()) > 20
    text = title + "\nKupang - Petugas menyambut klien di pintu utama.\n"
    assert found(text, "K14") == []
    assert found(text, "K19") == []  # 'Melihat': a title's verb keeps its capital
    text = title + "\nKupang - Para tamu menanyakan Remisi di pintu utama.\n"
    assert found(text, "K14") == [("Remisi", "remisi")]


def test_a_long_title_in_title_case_keeps_its_capitals():
    """A title of more than twenty words is still a title: its common nouns keep their
    capitals (K3, K14), while the same words in the lead are read."""
    title = (
        "Jelang Hari Raya, Lapas Kupang Gelar Penyuluhan Hukum bagi Klien dan Tim Media "
        "serta Pemberian Remisi kepada Warga Binaan yang Berkelakuan Baik di Aula"
    )
    assert len(title.split()) > 20
    text = title + "\nKupang - Petugas memberikan Remisi kepada para Warga Binaan.\n"
    assert found(text, "K3") == [("Warga Binaan", "warga binaan")]
    assert found(text, "K14") == [("Remisi", "remisi")]
