"""Round 18 of issue 13, commas at clause seams, in places and in names, as grammar: a comma
glued to the count after a word (P9); a chain of administrative places, and a regency run
into its province after a comma (P20); a long opening phrase closed by a demonstrative, a
phrase of role run into its named subject, and 'ternyata' after an opening clause (P8);
'terutama'/'khususnya' after a verb of saying's object (P18); an office's holder named
before a preposition or before the degrees that follow the name, a place chain closed
before a modal or a bare verb (P33); an explanation set in and left open before the
predicate (P40); a bare verb as a predicate (P29). Each class with
texts of our own that break the rule and several that respect it (none copied from a
corpus)."""

from __future__ import annotations

import pytest
from checkhelp import found

_TITLE = "Bapas Purwokerto Kunjungi Rumah Penjamin\n"
_LEAD = "Purwokerto - Bapas Purwokerto mengunjungi rumah penjamin klien, Senin (2/3/2026).\n"
_BODY = _TITLE + _LEAD

BREAKS = [
    # Dotted initials inside a name that lack their last period.
    (
        "P11",
        _BODY + "Acara dipandu Kasi Keamanan Rudenim, Melsy I.Y Fanggi, sejak pagi.",
        [("I.Y", "I.Y.")],
    ),
    # A word and the count after it, parted by a comma with no space.
    (
        "P9",
        _BODY + "Klien diantar dua anaknya, AS (Pr,17 tahun) dan RD (Lk,12 tahun).",
        [("Pr,17", "Pr, 17"), ("Lk,12", "Lk, 12")],
    ),
    (
        "P9",
        _BODY + "Jumlah peserta tercatat 40 orang,12 di antaranya perempuan.",
        [("orang,12", "orang, 12")],
    ),
    # A village, its district and its regency with no comma between the levels.
    (
        "P20",
        _BODY + "Petugas mendatangi rumah penjamin di Desa Sidamulya Kecamatan Kemranjen "
        "Kabupaten Banyumas.",
        [
            ("Sidamulya Kecamatan", "Sidamulya, Kecamatan"),
            ("Kemranjen Kabupaten", "Kemranjen, Kabupaten"),
        ],
    ),
    (
        "P20",
        _BODY + "Kunjungan menyasar Kelurahan Karangrejo Kecamatan Tembalang Kota Semarang.",
        [
            ("Karangrejo Kecamatan", "Karangrejo, Kecamatan"),
            ("Tembalang Kota", "Tembalang, Kota"),
        ],
    ),
    # The chain's second link only, after a comma the writer typed.
    (
        "P20",
        _BODY + "Klien tinggal di Desa Sidamulya, Kecamatan Kemranjen Kabupaten Banyumas.",
        [("Kemranjen Kabupaten", "Kemranjen, Kabupaten")],
    ),
    # A regency run into its province at the end of a venue's chain.
    (
        "P20",
        _BODY + "Sosialisasi digelar di Balai Desa Sumberrejo, Banyumas Jawa Tengah, Selasa.",
        [("Banyumas Jawa", "Banyumas, Jawa")],
    ),
    # A long opening phrase closed by its demonstrative, then a named subject and its verb.
    (
        "P8",
        _BODY + "Pada kunjungan kali ini Pembimbing Kemasyarakatan menemui keluarga klien.",
        [("ini", "ini,")],
    ),
    (
        "P8",
        _BODY + "Dalam kegiatan pendampingan tersebut petugas mencatat kondisi rumah klien.",
        [("tersebut", "tersebut,")],
    ),
    # A connector makes the opening longer: "Terlebih saat ini …".
    (
        "P8",
        _BODY + "Terlebih saat ini pendampingan klien anak menjadi prioritas.",
        [("ini", "ini,")],
    ),
    # A phrase of role run into the capitalised subject, at the start and after a comma.
    (
        "P8",
        _BODY + "Sebagai bentuk dukungan Kepala Desa menyerahkan surat jaminan.",
        [("dukungan", "dukungan,")],
    ),
    (
        "P8",
        _BODY
        + "Pertemuan berlangsung akrab, selaku tuan rumah Sutrisno menyampaikan terima kasih.",
        [("rumah", "rumah,")],
    ),
    # 'Namun' and 'Kemudian' join sentences inside a quote too, run into the subject.
    (
        "P8",
        _BODY + '"Klien wajib lapor setiap bulan. Namun klien anak cukup lapor sebulan '
        'sekali," kata Budi.',
        [("Namun", "Namun,")],
    ),
    (
        "P8",
        _BODY + '"Ada 40 permintaan litmas. Kemudian 12 di antaranya diversi," kata Budi.',
        [("Kemudian", "Kemudian,")],
    ),
    # 'ternyata' opens the main clause after an opening clause.
    (
        "P8",
        _BODY + "Setelah dilakukan pengecekan ternyata alamat penjamin sudah pindah.",
        [("pengecekan", "pengecekan,")],
    ),
    # 'terutama' explaining the object of a verb of saying, no predicate after it.
    (
        "P18",
        _BODY + "Kepala Bapas menyampaikan pentingnya pendampingan bagi keluarga yang lebih "
        "luas terutama orang tua klien anak.",
        [("luas terutama", "luas, terutama")],
    ),
    # A place chain opened by a comma, closed before a predicate of a modal ('bakal') or a
    # bare verb ('tiba').
    (
        "P33",
        _BODY + "Lapas Purwokerto, Kabupaten Banyumas, Jawa Tengah bakal membuka kelas las.",
        [("Jawa Tengah", "Jawa Tengah,")],
    ),
    (
        "P33",
        _BODY + "Tim Bapas Purwokerto, Kabupaten Banyumas, Jawa Tengah tiba di lokasi pukul 09.00 "
        "WIB.",
        [("Jawa Tengah", "Jawa Tengah,")],
    ),
    # An explanation opened by its comma, closed by a name and run into the predicate.
    (
        "P40",
        _BODY + '"Kami mengajak masyarakat, terutama yang tinggal di wilayah Kabupaten Banyumas '
        'turut melapor," kata Budi.',
        [("Banyumas turut", "Banyumas, turut")],
    ),
    (
        "P40",
        _BODY + "Seluruh pegawai, khususnya petugas pengamanan Bapas Purwokerto wajib mengikuti "
        "apel pagi.",
        [("Purwokerto wajib", "Purwokerto, wajib")],
    ),
    # An office, its place and its holder's one-word name before a preposition.
    (
        "P33",
        _BODY + "Hal itu ditegaskan Kakanwil Kemenkumham Jateng Suwardiman dalam rapat kerja.",
        [("Jateng Suwardiman", "Jateng, Suwardiman,")],
    ),
    # The holder's name with its degrees: the commas go round the name and its degrees.
    (
        "P33",
        _BODY + "Kasi Bimas Islam Warsono, S.Ag., M.Pd. juga menyampaikan materi pembinaan.",
        [("Islam Warsono, S.Ag., M.Pd.", "Islam, Warsono, S.Ag., M.Pd.,")],
    ),
]

RESPECTS = [
    ("P11", _BODY + "Acara dipandu Kasi Keamanan Rudenim, Melsy I.Y. Fanggi, sejak pagi."),
    ("P11", _BODY + "Sambutan dibacakan oleh Kepala Bapas Dwi S.Pd. Harahap di aula."),
    # Decimals and codes keep their comma glued.
    ("P9", _BODY + "Berat badan klien naik 2,5 kilogram dalam sebulan."),
    ("P9", _BODY + "Klien diantar dua anaknya, AS (Pr, 17 tahun) dan RD (Lk, 12 tahun)."),
    ("P9", _BODY + "Hasil pengukuran tercatat Rp2,5 juta untuk biaya perbaikan."),
    # A chain with its commas, and names whose words are level words.
    ("P20", _BODY + "Klien tinggal di Desa Sidamulya, Kecamatan Kemranjen, Kabupaten Banyumas."),
    ("P20", _BODY + "Klien tinggal di Kabupaten Kota Baru Provinsi Kalimantan Selatan."),
    ("P20", _BODY + "Peserta datang dari Kecamatan Kota Waringin."),
    # A programme's label, no place: 'Desa Wisata', 'Kelurahan Sadar Hukum'.
    ("P20", _BODY + "Petugas tiba di Desa Wisata Kabupaten Banyumas pagi itu."),
    ("P20", _BODY + "Penyuluh membina Kelurahan Sadar Hukum Kota Semarang."),
    # A level word inside an office's name: left to the writer.
    ("P20", _BODY + "Kepala Desa Sidamulya Kecamatan Kemranjen hadir."),
    # A narrower level after a wider one is no chain of this kind.
    ("P20", _BODY + "Rapat digelar di Kabupaten Banyumas Desa Sidamulya."),
    # A regency and a province named as one place, or with the comma typed.
    ("P20", _BODY + "Acara digelar di Aula Kanwil, Lombok Barat, Rabu (4/3/2026)."),
    ("P20", _BODY + "Sosialisasi digelar di Balai Desa Sumberrejo, Banyumas, Jawa Tengah."),
    # Short opening phrases: EYD V leaves their comma to the writer.
    ("P8", _BODY + "Dalam kegiatan ini petugas membagikan bibit."),
    ("P8", _BODY + "Saat itu petugas jaga hendak menutup pintu."),
    ("P8", _BODY + "Pada kesempatan itu Kepala Bapas juga berdialog dengan klien."),
    # The comma typed, an inverted clause, a predicate after the phrase.
    ("P8", _BODY + "Pada kunjungan kali ini, Pembimbing Kemasyarakatan menemui keluarga klien."),
    ("P8", _BODY + "Dalam kegiatan pendampingan tersebut juga hadir Kepala Desa."),
    ("P8", _BODY + "Pada kunjungan kali ini hadir pula Kepala Desa Sidamulya."),
    # A role phrase that is the office's own name, or closed by its comma.
    ("P8", _BODY + "Selaku Kepala Bapas Sutrisno menyampaikan terima kasih."),
    ("P8", _BODY + "Sebagai tuan rumah, Sutrisno menyampaikan terima kasih."),
    ("P8", _BODY + "Klien hadir sebagai penerima manfaat Program Asimilasi."),
    # After a subject alone the role is its apposition, whatever follows it.
    ("P8", _BODY + "Bapas Purwokerto, sebagai mitra Kejaksaan juga berperan dalam diversi."),
    ("P8", _BODY + "Kegiatan ini, sebagai tindak lanjut Surat Edaran Dirjen, digelar serentak."),
    # Before an opening phrase with its own comma the speaker's pause stays as said.
    (
        "P8",
        _BODY + '"Klien wajib lapor. Namun menjelang Lebaran, jadwalnya kami geser," kata Budi.',
    ),
    # A quote's other connectors run as the speaker said them; 'kemudian' as an adverb.
    ("P8", _BODY + '"Klien wajib lapor. Tentunya kami bantu," kata Budi.'),
    ("P8", _BODY + '"Klien wajib lapor. Kemudian sebanyak 12 orang kami dampingi," kata Budi.'),
    # 'ternyata' opening its own sentence, or after the clause's comma.
    ("P8", _BODY + "Ternyata alamat penjamin sudah pindah."),
    ("P8", _BODY + "Setelah dilakukan pengecekan, ternyata alamat penjamin sudah pindah."),
    # 'khususnya' inside the subject of what was said, before that clause's predicate.
    ("P18", _BODY + "Ia juga mengingatkan para pegawai khususnya petugas jaga harus siaga."),
    ("P18", _BODY + "Ia mengatakan bahwa kenaikan itu terutama disebabkan oleh jumlah klien."),
    ("P18", _BODY + "Kepala Bapas mengatakan pendampingan termasuk hak klien."),
    # The chain closed by its comma, or in an opening phrase before the subject.
    ("P33", _BODY + "Bapas Purwokerto, Kabupaten Banyumas, Jawa Tengah, bakal membuka kelas baru."),
    ("P33", _BODY + "Di Kabupaten Banyumas, Jawa Tengah belum ada rumah singgah bagi klien."),
    # A bare verb is a predicate: the sentence has its main clause ('masalah muncul').
    ("P29", _BODY + "Saat hendak pergantian regu jaga itulah masalah muncul."),
    # The explanation ends the sentence, is closed, goes on with 'yang', or no name ends it.
    ("P40", _BODY + "Kegiatan diikuti seluruh pegawai, terutama petugas Bapas Purwokerto."),
    (
        "P40",
        _BODY + "Kegiatan diikuti seluruh pegawai, terutama petugas Bapas Purwokerto yang "
        "bertugas malam.",
    ),
    (
        "P40",
        _BODY + "Seluruh pegawai, khususnya petugas pengamanan Bapas Purwokerto, wajib mengikuti "
        "apel pagi.",
    ),
    ("P40", _BODY + "Seluruh pegawai, khususnya petugas jaga wajib mengikuti apel pagi."),
    (
        "P40",
        _BODY + "Program ini menyasar klien, termasuk klien asal Purwokerto melalui pendampingan.",
    ),
    # A name that is a dictionary word first, before degrees: the office may go on.
    ("P33", _BODY + "Kepala Seksi Pelayanan Budi Santoso, S.H., M.H. menyampaikan materi."),
    ("P33", _BODY + "Kepala Seksi Pelayanan, Budi Santoso, S.H., M.H., menyampaikan materi."),
    ("P33", _BODY + "Hadir Kasi Pelayanan Budi, S.H. dan Kasubsi Umum Rina, S.E. dalam acara itu."),
    # The agencies' attribution before the office, and a place that is no name.
    ("P33", _BODY + "Hal itu disampaikan Kakanwil Kemenkumham Jateng di Semarang."),
    ("P33", _BODY + "Rapat diikuti Kepala Rutan Kelas IIB Purwokerto dalam suasana hangat."),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert found(text, rule) == []
