"""Round 21 of issue 13, commas and stops at names, places and clause seams: the holder's
name after an office whose fields a comma lists (P33); a foreign city and its country, an
office's building and its regency (P20); a comma before a capitalised noun and its
demonstrative that open a new sentence, a name repeated after a comma as a new sentence's
subject (P28); a clause of comparison ('Seperti yang …') or 'Sekaligus' + a verb standing
as a sentence (P29); a comma after 'dan' before a name, a comma between a subject and
'tergantung' (P39); a stop after a web address inside a sentence (P9); a short opening
phrase of occasion before 'juga' or a quantified subject (P8). Narrowed: a title's words
do not stand alone as a person's name (P33); a unit's name that lists its fields takes no
serial comma (P7); a noun and its 'yang' clause before 'antara lain' is the subject (P18).
Each class with texts of our own that break the rule and texts that respect it (none
copied from a corpus)."""

from __future__ import annotations

import pytest
from checkhelp import found

_TITLE = "Lapas Sorong Gelar Pelatihan Menjahit\n"
_LEAD = "Sorong - Lapas Sorong menggelar pelatihan menjahit, Senin (2/3/2026).\n"
_BODY = _TITLE + _LEAD
_SAUMLAKI_TEXT = (
    "Rutan Saumlaki Gelar Baksos\nSaumlaki - Rutan Saumlaki menggelar bakti sosial, Senin "
    "(2/3/2026).\n"
)
_ALOR = "Kanwil Gelar Penyuluhan Hukum\nKalabahi - Kanwil menggelar penyuluhan, Senin (2/3/2026).\n"

BREAKS = [
    # P33: an office whose fields a comma lists, its place or short form, then the holder.
    (
        "P33",
        _ALOR + "Kegiatan dibuka Kepala Dinas Pertanian, Peternakan dan Perikanan Alor "
        "Yosafat Lelang serta jajaran.",
        [("Alor Yosafat Lelang", "Alor, Yosafat Lelang,")],
    ),
    (
        "P33",
        _ALOR + "Kasubbid Pelayanan Hukum, Advokasi dan HAM Merlin Tanaem beserta staf "
        "menyiapkan materi penyuluhan.",
        [("HAM Merlin Tanaem", "HAM, Merlin Tanaem,")],
    ),
    (
        "P33",
        _ALOR + "Materi disampaikan Kepala Seksi Bimbingan, Perawatan dan Kesehatan "
        "BKPK Welem Kolimon.",
        [("BKPK Welem Kolimon", "BKPK, Welem Kolimon")],
    ),
    # P33: a head's title, the office's place, the holder's name closed but not opened.
    (
        "P33",
        _ALOR + "Penyuluhan digelar di Lapas Kalabahi.\nKalapas Kalabahi Marthen Laoe, dalam "
        "sambutannya berterima kasih kepada Kanwil.",
        [("Kalabahi Marthen Laoe,", "Kalabahi, Marthen Laoe,")],
    ),
    (
        "P33",
        _SAUMLAKI_TEXT + "Karutan Saumlaki Yusuf, dalam keterangannya menyebut paket dibagikan "
        "kepada 50 warga.\nYusuf menambahkan kegiatan ini rutin.",
        [("Saumlaki Yusuf,", "Saumlaki, Yusuf,")],
    ),
    # P20: a foreign city, then its country.
    (
        "P20",
        _BODY + "Salah satu peserta adalah warga negara asing asal Johor Bahru Malaysia yang "
        "menjalani pidana tiga tahun.",
        [("Johor Bahru", "Johor Bahru,")],
    ),
    (
        "P20",
        _BODY + "Petugas mendeportasi seorang deteni ke Jeddah Arab Saudi melalui Bandara "
        "Soekarno-Hatta.",
        [("Jeddah", "Jeddah,")],
    ),
    (
        "P20",
        _BODY + "Ia pernah bekerja di Port Moresby Papua Nugini selama dua tahun.",
        [("Port Moresby", "Port Moresby,")],
    ),
    (
        "P20",
        _BODY + "Deteni asal Dili Timor-Leste itu dipulangkan melalui Atambua.",
        [("Dili", "Dili,")],
    ),
    # P20: an office's building named by its village, then the wider regency and province
    # (session 22: a chain of two levels alone is left, as the sets leave it 2 of 3 times).
    (
        "P20",
        _BODY + "Penyuluhan digelar di Kantor Desa Klaling Kabupaten Sorong Provinsi Papua.",
        [("Klaling Kabupaten", "Klaling, Kabupaten"), ("Sorong Provinsi", "Sorong, Provinsi")],
    ),
    # P28: a comma, then a capitalised common noun, its demonstrative and a predicate.
    (
        "P28",
        _BODY + "Lapas menjajaki penandatanganan nota kesepahaman (MoU), Penjajakan itu "
        "dihadiri jajaran Pemkab Sorong.",
        [(", Penjajakan", ". Penjajakan")],
    ),
    (
        "P28",
        _BODY + "Peserta mendapat sertifikat dari panitia, Sertifikat tersebut diserahkan "
        "langsung oleh Kalapas.",
        [(", Sertifikat", ". Sertifikat")],
    ),
    (
        "P28",
        _BODY + "Pelatihan diikuti 20 warga binaan, Pelatihan ini juga didukung Dinas "
        "Tenaga Kerja.",
        [(", Pelatihan", ". Pelatihan")],
    ),
    # P28: the name already named in the sentence, repeated after a comma with a clause.
    (
        "P28",
        _BODY + "Peserta terbaik adalah Yohanis (41) asal Kabupaten Maybrat, Yohanis yang "
        "menjalani pidana lima tahun itu mengaku senang.",
        [(", Yohanis", ". Yohanis")],
    ),
    # P29: a clause of comparison standing alone.
    (
        "P29",
        _BODY + "Pelatihan berlangsung meriah. Seperti yang terjadi pada sesi praktik di "
        "ruang kerja yang sempit.",
        [("meriah. Seperti", "meriah, seperti")],
    ),
    (
        "P29",
        _BODY + "Seperti yang tampak pada lomba di aula berlantai dua.",
        [("Seperti yang", None)],
    ),
    # P29: 'Sekaligus' and a verb: no subject, the sentence before goes on.
    (
        "P29",
        _BODY + "Rombongan datang untuk belajar tata kelola bengkel kerja. Sekaligus melihat "
        "langsung hasil karya warga binaan.",
        [("kerja. Sekaligus", "kerja, sekaligus")],
    ),
    (
        "P29",
        _BODY + "“Kami ingin belajar dari Lapas Sorong. Sekaligus menjalin kerja sama,” kata "
        "Kalapas.",
        [("Sorong. Sekaligus", "Sorong, sekaligus")],
    ),
    (
        "P29",
        _BODY + "Sekaligus juga memperkenalkan produk jahitan warga binaan kepada tamu.",
        [("Sekaligus", None)],
    ),
    # P39: no comma after 'dan' before the name it adds.
    (
        "P39",
        _BODY + "Kepala Seksi Giatja Markus Fonataba dan, Yuliana Kambu mendampingi peserta.",
        [(",", "")],
    ),
    # P39: no comma between the subject and 'tergantung pada'.
    (
        "P39",
        _BODY + "“Keberhasilan pembinaan di dalam lapas, tergantung pada kesungguhan "
        "petugas,” kata Kalapas.",
        [(",", "")],
    ),
    (
        "P39",
        _BODY + "Baik buruknya layanan di mata pengunjung, bergantung pada sikap petugas.",
        [(",", "")],
    ),
    # P9: a stop after a web address inside the sentence.
    (
        "P9",
        _BODY + "Warga dapat mengirim saran melalui laman lapassorong.id. sebagai sarana "
        "pengaduan yang terbuka.",
        [("lapassorong.id. sebagai", "lapassorong.id sebagai")],
    ),
    # P8: a short opening phrase of occasion before 'juga' and a predicate.
    (
        "P8",
        _BODY + "Dalam pelatihan tersebut juga dibahas cara memasarkan hasil jahitan.",
        [("tersebut", "tersebut,")],
    ),
    # P8: … before a quantified subject and its predicate.
    (
        "P8",
        _BODY + "Dalam pertemuan itu beberapa kendala disampaikan oleh peserta.",
        [("itu", "itu,")],
    ),
    (
        "P8",
        _BODY + "Pada kesempatan ini sejumlah warga binaan menerima sertifikat.",
        [("ini", "ini,")],
    ),
    # P6: a name with the age in brackets, then a noun saying who the person is.
    (
        "P6",
        _BODY + "Juara pertama diraih Yohanis (41 th) warga binaan asal Maybrat.",
        [("(41 th) warga", "(41 th), warga")],
    ),
    (
        "P6",
        _BODY + "Agustina (35) pegawai dapur, mengaku senang mengikuti pelatihan.",
        [("(35) pegawai", "(35), pegawai")],
    ),
    # P6: a name before 'panggilan akrab'.
    (
        "P6",
        _BODY + "Markus Osok menyerahkan hadiah kepada Yoyo panggilan akrab Yohanis.",
        [("Yoyo", "Yoyo,")],
    ),
    # P7 stays on a list of positions (the first item a position too).
    (
        "P7",
        _BODY + "Hadir Kalapas, Kasi Binadik dan Kasubsi Registrasi.",
        [("Binadik dan", "Binadik, dan")],
    ),
    # P7 stays on a plain list of the sentence (the unit reading does not reach it).
    (
        "P7",
        _BODY + "Peserta belajar menjahit, membordir dan menyulam.",
        [("membordir dan", "membordir, dan")],
    ),
    # P18 stays where the clause before has a verb of its own before 'yang'.
    (
        "P18",
        _BODY + "Petugas memeriksa berkas yang dibawa pemohon antara lain KTP dan akta.",
        [("pemohon antara lain", "pemohon, antara lain")],
    ),
]

RESPECTS = [
    # P33: the comma-listed office with no holder named after it, or named apart.
    (
        "P33",
        _ALOR + "Kegiatan dihadiri Kepala Dinas Pertanian, Peternakan dan Perikanan Alor.",
    ),
    (
        "P33",
        _ALOR + "Kegiatan dihadiri Kepala Dinas Pertanian, Peternakan dan Perikanan Alor, "
        "Yosafat Lelang, serta jajaran.",
    ),
    (
        "P33",
        _ALOR + "Hadir antara lain Kepala Dinas Pertanian, Peternakan dan Perikanan Alor "
        "Yosafat Lelang, Camat Teluk Mutiara, dan jajaran.",
    ),
    (
        "P33",
        _ALOR + "Materi disampaikan oleh Subbidang Pelayanan Hukum, Advokasi dan HAM Kanwil "
        "Kemenkum NTT.",
    ),
    (
        "P33",
        _ALOR + "Kegiatan didukung Dinas Pertanian, Peternakan dan Perikanan Alor Timur dan "
        "kecamatan sekitarnya.",
    ),
    (
        "P33",
        _ALOR + "Kepala Bidang Pelayanan, Advokasi dan HAM Kemenkum NTT, mengatakan "
        "penyuluhan digelar rutin.",
    ),
    # P33 (half-closed holder): no comma after the name, the comma already there, a list
    # of those present, no name after the place.
    (
        "P33",
        _ALOR + "Penyuluhan digelar di Lapas Kalabahi.\nKalapas Kalabahi Marthen Laoe turut "
        "membuka penyuluhan.",
    ),
    ("P33", _BODY + "Kalapas Sorong, Markus Osok, dalam sambutannya berpesan agar tekun."),
    ("P33", _BODY + "Hadir Kalapas Sorong Markus Osok, para kepala seksi, dan staf."),
    ("P33", _BODY + "Kakanwil Kemenkumham Papua Barat, dalam sambutannya mengapresiasi Lapas."),
    ("P33", _BODY + "Kalapas Kelas IIB Sorong, dalam sambutannya berpesan agar tekun."),
    # (round 24: 'Bupati Sorong Johny Kamuru,' is an office and its holder, which takes
    # its commas as the sets mark it six times of eight; with no region, none)
    ("P33", _BODY + "Bupati Johny Kamuru, dalam sambutannya mengapresiasi Lapas."),
    # P33 (narrowed): a title's words are capitalised, no name standing alone.
    (
        "P33",
        "Lapas Bahas Kerja Sama Pertanian, Perikanan, dan Lingkungan\n"
        "Kendal - Lapas menggelar koordinasi, Kamis (5/3/2026).\n"
        "Lapas berkoordinasi dengan Sutrisno, Kepala Bidang Pengendalian Pencemaran dan "
        "Kerusakan Lingkungan Hidup.",
    ),
    # P20: a body's or a region's own name before the country; the comma there already.
    ("P20", _BODY + "Deteni itu diserahkan kepada petugas di Kedutaan Besar Malaysia."),
    ("P20", _BODY + "Peserta berasal dari Semenanjung Malaysia dan Singapura."),
    ("P20", _BODY + "Deteni asal Kuala Lumpur, Malaysia, itu dipulangkan kemarin."),
    ("P20", _BODY + "Dua deteni asal Malaysia dipulangkan melalui Batam."),
    ("P20", _BODY + "Deteni itu warga negara Timor-Leste yang melebihi izin tinggal."),
    ("P20", _BODY + "Kerja sama dengan Kerajaan Arab Saudi dibahas di Jakarta."),
    ("P20", _BODY + "Pelatihan diisi mentor dari Bank Negara Malaysia."),
    ("P20", _BODY + "Ia meraih beasiswa dari Universitas Kebangsaan Malaysia tahun lalu."),
    # P20: a level word inside an office's name (a position before it) is left.
    ("P20", _BODY + "Hadir pula Kepala Desa Klaling Kabupaten Sorong, Markus Osok."),
    # P28: a capital's slip after an opening phrase; a name; a time; a list of names.
    ("P28", _BODY + "Menurut Kalapas, Pelatihan itu digelar setiap tahun."),
    ("P28", _BODY + "Saat rombongan tiba, Pelatihan itu sudah dimulai."),
    ("P28", _BODY + "Saat pelatihan berlangsung, Petugas itu tampak sibuk."),
    ("P28", _BODY + "Setelah apel pagi, Kegiatan tersebut dilanjutkan dengan senam."),
    ("P28", _BODY + "Kegiatan ditutup pada pukul 12.00, Hari itu juga peserta pulang."),
    (
        "P28",
        _BODY + "Pelatihan diikuti Yohanis, Markus dan Agustina, ketiganya warga binaan.",
    ),
    # P28 (repeated name): after an opening clause the name is the main clause's subject.
    ("P28", _BODY + "Saat Yohanis tiba di aula, Yohanis langsung disambut petugas."),
    ("P28", _BODY + "Menurut Yohanis, Yohanis sendiri baru belajar menjahit."),
    (
        "P28",
        _BODY + "Sertifikat diberikan kepada Yohanis Kambu, Yohanis Osok dan Markus.",
    ),
    # P29: the clause of comparison with its main clause.
    ("P29", _BODY + "Seperti yang diketahui, pelatihan ini digelar setiap tahun."),
    ("P29", _BODY + "Seperti yang diharapkan panitia, peserta lulus seluruhnya."),
    ("P29", _BODY + "Seperti yang direncanakan pelatihan berjalan lancar hingga sore."),
    ("P29", _BODY + "Sekaligus, pelatihan ini menjadi ajang silaturahmi warga binaan."),
    ("P29", _BODY + "Rombongan meninjau dapur, sekaligus melihat hasil karya warga binaan."),
    # P39: 'dan' and an aside closed by its comma; a pair with no comma.
    ("P39", _BODY + "Petugas dan, Pak Kalapas, seluruh peserta berfoto bersama."),
    ("P39", _BODY + "Kegiatan dipandu Markus Fonataba dan Yuliana Kambu."),
    ("P39", _BODY + "Peserta menjahit seragam dan, menurut Kalapas, hasilnya rapi."),
    # P39: 'tergantung' after an opening phrase, or explaining a count.
    ("P39", _BODY + "Menurut Kalapas, tergantung pada kesiapan peserta."),
    ("P39", _BODY + "Kapan pelatihan dilanjutkan, tergantung pada anggaran tahun depan."),
    ("P39", _BODY + "Ada 40 peserta, terdiri dari 30 warga binaan dan 10 petugas."),
    # P9: the address ends the sentence; a capital after it; no stop after it.
    (
        "P9",
        _BODY + "Warga dapat mengirim saran melalui laman lapassorong.id. Saran dibaca tiap hari.",
    ),
    ("P9", _BODY + "Warga dapat mengirim saran melalui laman lapassorong.id sebagai sarana."),
    ("P9", _BODY + "Informasi lain dapat dilihat di laman lapassorong.id."),
    # P8: short phrases the sets leave (a subject and its predicate; a place; no occasion).
    ("P8", _BODY + "Dalam kegiatan ini warga binaan belajar menjahit pakaian."),
    ("P8", _BODY + "Pada kesempatan itu Kalapas menyerahkan sertifikat."),
    ("P8", _BODY + "Di bagian ini para peserta melihat mesin jahit baru."),
    ("P8", _BODY + "Dalam komitmen bersama itu juga disepakati jadwal pelatihan."),
    ("P8", _BODY + "Pada kesempatan itu juga Kalapas menyerahkan sertifikat."),
    # P6: the age's bracket before a predicate, a conjunction, the comma already there.
    ("P6", _BODY + "Yohanis (41) mengaku senang mengikuti pelatihan."),
    ("P6", _BODY + "Hadiah diberikan kepada Yohanis (41) dan Markus (38)."),
    ("P6", _BODY + "Juara pertama diraih Yohanis (41), warga binaan asal Maybrat."),
    ("P6", _BODY + "Peserta tertua, Yohanis (61) yang sudah bebas, hadir."),
    ("P6", _BODY + "Peserta tertua adalah Yoyo, panggilan akrab Yohanis Osok."),
    # P7 (narrowed): a unit's name that lists its fields is one name.
    (
        "P7",
        _ALOR + "Kegiatan dilaksanakan Subbidang Penyuluhan Hukum, Bantuan Hukum dan JDIH "
        "bersama pemerintah desa.",
    ),
    (
        "P7",
        _ALOR + "Kegiatan dipandu Kasubbid Penyuluhan Hukum, Bantuan Hukum dan JDIH Kanwil.",
    ),
    (
        "P7",
        _ALOR + "Peserta berasal dari Seksi Bimbingan, Perawatan dan Kesehatan Lapas Kalabahi.",
    ),
    # P18 (narrowed): a noun and its 'yang' clause is the subject of 'antara lain'.
    (
        "P18",
        _BODY + "Bahan yang harus disiapkan peserta antara lain: kain, benang, dan jarum.",
    ),
    ("P18", _BODY + "Syarat yang diminta panitia antara lain surat sehat dan pas foto."),
    (
        "P18",
        _BODY + "Kalapas menegaskan bahwa bahan yang harus dibawa peserta antara lain: kain "
        "dan benang.",
    ),
    # P7 (narrowed): a name, then its position whose unit lists two fields.
    (
        "P7",
        _BODY + "Markus Osok, Kasi Binadik dan Giatja Lapas Sorong, menambahkan bahwa "
        "pelatihan berlanjut.",
    ),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert found(text, rule) == []
