"""Round 4 of issue 13's rules, from the development corpora's misses: K2 on 'para Kepala …'
(EYD V), K18 on a counting word before a number, W6's 'permasyarakatan', P27 (a degree's
periods), P28 (a comma joining two sentences). Each rule: texts that break it, texts that
respect it."""

from __future__ import annotations

import pytest
from checkhelp import found

_HEAD = "Judul Berita\nKupang - Kegiatan berjalan lancar.\n"  # a title and a lead first

BREAKS = [
    # EYD V (huruf kapital): a title not followed by a person's name, used generically
    # (here plural: every head of such an office), is lowercase.
    ("K2", "Rapat diikuti para Kepala UPT se-NTT.", [("Kepala", "kepala")]),
    (
        "K2",
        "Hadir para Kepala KUA Kecamatan se Kabupaten Pekalongan.",
        [("Kepala", "kepala")],
    ),
    (
        "K2",
        "Kalapas menyapa para Kepala Kamar sebagai wakil blok.",
        [("Kepala Kamar", "kepala kamar")],
    ),
    ("K2", "Hadir para Kepala Lapas, Rutan, dan Bapas.", [("Kepala", "kepala")]),
    (
        "K2",
        "Hadir para Pengelola Keuangan KUA seKabupaten Pekalongan.",
        [("Pengelola Keuangan", "pengelola keuangan")],
    ),
    (
        "K18",
        "Di Aula Kanwil Kemenkumham Banten, Sebanyak 95 calon pegawai hadir.",
        [("Sebanyak", "sebanyak")],
    ),
    (
        "W6",
        "Lembaga Permasyarakatan Kelas IIA menggelar apel.",
        [("Permasyarakatan", "Pemasyarakatan")],
    ),
    ("W6", "Petugas permasyarakatan hadir.", [("permasyarakatan", "pemasyarakatan")]),
    (
        "P27",
        "Kepala Rutan, Denial Arif, S.H, M.H terus mendorong kreativitas.",
        [("S.H", "S.H."), ("M.H", "M.H.")],
    ),
    (
        "P27",
        "Ia didampingi Ade Chandra, S.H,M.Si menjelaskan.",
        [("S.H", "S.H."), ("M.Si", "M.Si.")],
    ),
    (
        "P28",
        "Dirjen berkunjung ke Lapas Kelas IIA Cikarang, Tiba di lapas ia disambut petugas.",
        [(", Tiba", ". Tiba")],
    ),
    (
        "P28",
        "Staf khusus mengunjungi Lapas Bagansiapiapi, Kunjungan itu bertujuan meninjau hunian.",
        [(", Kunjungan", ". Kunjungan")],
    ),
    (
        "P28",
        "Rapat digelar di Aula Kanwil, Dilanjutkan dengan ramah tamah.",
        [(", Dilanjutkan", ". Dilanjutkan")],
    ),
    ("K6", "“Program ini bagus,” Pujinya.", [("Pujinya", "pujinya")]),
    ("K6", "“Kami senang,” Kenangnya sambil tersenyum.", [("Kenangnya", "kenangnya")]),
    (
        "K26",
        "Bupati Choirul Huda selaku Inspektur upacara memimpin apel.",
        [("Inspektur", "inspektur")],
    ),
    ("K26", "Ia menjadi Koordinator lapangan kegiatan itu.", [("Koordinator", "koordinator")]),
    ("W20", "Olahraga menghilangkan ke jenuhan warga binaan.", [("ke jenuhan", "kejenuhan")]),
    ("W20", "Petugas menjaga ke amanan lapas.", [("ke amanan", "keamanan")]),
    ("W20", "Ke sehatan warga binaan diperiksa.", [("Ke sehatan", "Kesehatan")]),
    (
        "W21",
        "Kantor imigrasi menyediakan kepengurusan paspor di mal.",
        [("kepengurusan", "pengurusan")],
    ),
    ("W21", "Kepengurusan izin tinggal kini daring.", [("Kepengurusan", "Pengurusan")]),
    ("W1", "Jadwal sholat diatur perkamar oleh petugas.", [("perkamar", "per kamar")]),
    ("W1", "Materi dibagi persesi.", [("persesi", "per sesi")]),
    ("W6", "Ia membaca Al Quran setiap pagi.", [("Al Quran", "Al-Qur'an")]),
    # A slip of a short form stays a slip when the writer repeats it.
    (
        "S1",
        "Rombongan disambut pengurus Kamwil. Kamwil menyiapkan acara.",
        [("Kamwil", "Kanwil"), ("Kamwil", "Kanwil")],
    ),
    ("N1", "Kegiatan diikuti 15 orang warga binaan.", [("15", "lima belas")]),
    (
        "W13",
        "Pemeriksaan kesehatan dilaksanakan setiap sebulan sekali.",
        [("setiap sebulan sekali", "sebulan sekali")],
    ),
    (
        "W13",
        "Senam pagi digelar setiap dua minggu sekali.",
        [("setiap dua minggu sekali", "dua minggu sekali")],
    ),
    ("W13", "Di klinik para rombongan melihat obat-obatan.", [("para rombongan", "rombongan")]),
    ("P12", "Kamar penuh. Sementara jumlah kamar ada 14 unit.", [("Sementara", "Sementara itu,")]),
    (
        "K27",
        "“Saya harapkan bapak-bapak semuanya berperilaku baik,” ujarnya.",
        [("bapak-bapak", "Bapak-Bapak")],
    ),
    (
        "K27",
        "“Terima kasih atas pelayanan yang kami berikan kepada bapak/ibu,” ujarnya.",
        [("bapak/ibu", "Bapak/Ibu")],
    ),
    ("N5", "Kamis ini (29/12), Kodam menerima kunjungan Kakanwil.", [("(29/12)", None)]),
    (
        "N5",
        "Dialog digelar Selasa malam (7/10/'2025) di aula.",
        [("(7/10/'2025)", "(7/10/2025)")],
    ),
    (
        "K28",
        "Upacara pengibaran bendera merah putih digelar di halaman kantor.",
        [("merah putih", "Merah Putih")],
    ),
    ("K28", "Peserta memahami nilai pancasila.", [("pancasila", "Pancasila")]),
    (
        "K28",
        "Semboyan Bhineka tunggal ika dibacakan.",
        [("Bhineka tunggal ika", "Bhinneka Tunggal Ika")],
    ),
    ("K28", "Peserta menyanyikan lagu Indonesia raya.", [("Indonesia raya", "Indonesia Raya")]),
    ("W22", "Untuk para calon kepada desa diharapkan mendaftar.", [("kepada", "kepala")]),
    ("W15", "Jangan berpikir untuk dapatkan sesuatu dari tugas.", [("dapatkan", "mendapatkan")]),
    ("W15", "Kakanwil ajak seluruh hadirin berdoa.", [("ajak", "mengajak")]),
    (
        "P29",
        "Karena saat ini masih dalam suasana Hari Raya Idulfitri tahun 1444 Hijriah.",
        [("Karena", None)],
    ),
    (
        "P29",
        "Karena pengawasan orang asing bukan hanya tugas Imigrasi saja, tetapi semua anggota.",
        [("Karena", None)],
    ),
]

RESPECTS = [
    ("K2", "Rapat diikuti para kepala UPT se-NTT."),
    ("K2", "Rapat diikuti para Kepala Desa Oesao dan Desa Baumata."),
    ("K2", "Hadir para Kepala Lapas Kupang dan Atambua."),
    ("K2", "Kepala Kamar Hunian A, Budi, memimpin doa."),
    ("K18", "Sebanyak 95 calon pegawai hadir."),
    ("K18", "Peringatan Hari Bakti, Sebanyak Apapun Rintangan, digelar."),
    ("W6", "Lembaga Pemasyarakatan Kelas IIA menggelar apel."),
    ("P27", "Kepala Rutan, Denial Arif, S.H., M.H., terus mendorong kreativitas."),
    ("P27", "Ia didampingi Budi, A.Md.IP, dan petugas."),
    ("P27", "Kode barang itu S.H dan M.H menurut daftar."),
    ("K6", "“Program ini bagus,” Sonya menambahkan."),
    ("K6", "“Program ini bagus,” ujarnya."),
    ("K26", "Budi selaku Kepala Rutan Kupang hadir."),
    ("K26", "Regu itu menjadi Juara I lomba voli."),
    ("K26", "Budi hadir sebagai inspektur upacara."),
    ("K26", "Budi selaku Wakil ketua panitia membuka acara."),
    ("W20", "Petugas berjalan ke lapangan, lalu ke daratan dan ke kecamatan."),
    ("W20", "Laporan disampaikan ke atasan langsung."),
    ("W20", "Olahraga menghilangkan kejenuhan warga binaan."),
    ("W21", "Kepengurusan koperasi pegawai yang baru dilantik."),
    ("W21", "Kantor imigrasi menyediakan pengurusan paspor di mal."),
    ("W1", "Pembangunan perdesaan dan usaha perorangan didukung."),
    ("W6", "Ia membaca Al-Qur'an setiap pagi."),
    ("S1", "Rombongan disambut pengurus Kanwil."),
    # A direct quote keeps the speaker's numbers (as N4 keeps a quoted time's zone).
    ("N1", "“Ada 15 orang yang hadir hari ini,” ujarnya."),
    ("W13", "Pemeriksaan kesehatan dilaksanakan sebulan sekali, senam setiap minggu."),
    ("W13", "Di klinik rombongan melihat obat-obatan bersama para petugas."),
    # Session 22: P12 asks 'Sementara itu,' of every sentence-opening 'Sementara' in the
    # writer's sentences (marked 78 of 79); a speaker's stays as said.
    ("P12", '"Sementara petugas berjaga, warga binaan beribadah," ujarnya.'),
    ("K27", "“Kami berterima kasih kepada ibu saya,” ujarnya."),
    ("K27", "Petugas memberikan bantuan kepada ibu rumah tangga."),
    ("K27", "Ia menyerahkan bingkisan kepada bapak itu."),
    ("K27", "“Kami mohon dukungan Bapak dalam pengamanan,” ujarnya."),
    ("P29", "Karena hujan deras, upacara dipindahkan ke aula."),
    ("P29", "Karena itu, setiap perlakuan harus tetap humanis."),
    ("P29", "“Karena kita harus selektif dalam menerbitkan paspor,” ujarnya."),
    ("N5", "Dialog digelar Selasa malam (7/10/2025) di aula."),
    ("N5", "Sebanyak 12 orang hadir (12/40 kursi terisi) ini."),
    ("K28", "Upacara pengibaran bendera Merah Putih digelar; peserta memakai kain merah putih."),
    ("K28", "Nilai Pancasila dan semboyan Bhinneka Tunggal Ika dijaga."),
    ("W22", "Bantuan diberikan kepada desa dan kepada para calon pegawai."),
    ("W15", "Petugas siap untuk gelar perkara kasus itu."),
    ("W15", "Hal ini kami sampaikan kepada media."),
    ("P28", "Materi disampaikan oleh Dinas Kesehatan, Petugas kesehatan lapas, dan relawan."),
    ("P28", "Hadir petugas dari Dapur, Klinik dan Masjid lapas."),
    ("P28", "Rapat dihadiri Kapolres, Camat setempat, dan Danramil."),
    ("P28", "Dirjen tiba di Lapas Cikarang. Kunjungan itu bertujuan meninjau hunian."),
    ("P28", "Ia bertemu Budi Santoso, Kepala seksi pembinaan."),
    ("P28", "Ia berkata, “Kunjungan itu penting, Kegiatan lain menyusul,” ujarnya."),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_breaking_text_is_found(rule, text, expected):
    assert found(_HEAD + text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_respecting_text_is_clean(rule, text):
    assert found(_HEAD + text, rule) == []
