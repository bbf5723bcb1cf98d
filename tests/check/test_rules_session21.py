"""Session twenty-one: classes of the session's held-out sets and probes, fixed after they
were read. Texts of our own that break a rule and texts that respect it (none copied from a
corpus or a probe)."""

from __future__ import annotations

import pytest
from checkhelp import found

_TITLE = "Lapas Sorong Gelar Pekan Kesehatan bagi Warga Binaan\n"
_LEAD = "Sorong - Lapas Kelas IIB Sorong menggelar pekan kesehatan, Senin (6/10/2025).\n"
_BODY = _TITLE + _LEAD

BREAKS = [
    # A doubled common word in a name keeps its hyphen when the name is no business's own.
    (
        "W7",
        _BODY + "Ia bekerja di Perserikatan Bangsa Bangsa.",
        [("Bangsa Bangsa", "Bangsa-Bangsa")],
    ),
    # A capitalised English term after 'Program' is still English.
    ("W9", _BODY + "Petugas menggelar Program Training.", [("Program Training", None)]),
    # A capitalised ordinary noun inside brackets that name no acronym.
    (
        "K3",
        _BODY + "Hadir tim Sehat (Kamis, Petugas Medis Datang dan Sapa Warga) di aula.",
        [("Petugas", "petugas")],
    ),
    # heldout80: a clock time with a colon and no 'pukul' before it, in a range too.
    (
        "N4",
        _BODY + "Layanan dibuka 09:00 WIT sampai 11:30 WIT.",
        [("09:00", "pukul 09.00"), ("11:30", "11.30")],
    ),
    # heldout80–81: the physician's 'dr' and the street's 'Jl' keep their periods.
    (
        "P11",
        _BODY + "Pemeriksaan dipimpin dr Ratna Sari di aula Jl Sudirman.",
        [("dr", "dr."), ("Jl", "Jl.")],
    ),
    # heldout85: a suffix after an initialism in capitals takes a hyphen.
    ("W4", _BODY + "Yang diperiksa adalah Kepala KUAnya.", [("KUAnya", "KUA-nya")]),
    # heldout84–85: the law's reduplication typed with a spaced dash.
    (
        "W7",
        _BODY + "Ia menyosialisasikan Undang - Undang Nomor 22 Tahun 2022.",
        [("Undang - Undang", "Undang-Undang")],
    ),
    # heldout80–85: a level word with no name after it: before a stop, a comma, or a link to
    # a lowercase word (EYD V: a common noun).
    (
        "K3",
        _BODY + "Musrenbang menetapkan prioritas pembangunan Desa. Hadir kepala Desa dan "
        "perangkat desa dari wilayah Kecamatan, lalu warga.",
        [("Desa", "desa"), ("Desa", "desa"), ("Kecamatan", "kecamatan")],
    ),
    # A count with a leading zero is still a count; a subject comma with no insertion stays.
    ("N1", _BODY + "Ia dihukum selama 02 tahun penjara.", [("02", "dua")]),
    ("P13", _BODY + "Kepala Lapas Budi, mengatakan program berjalan.", [(",", "")]),
    # 'setiap Minggunya' is the week (K3 asks for lowercase); 'Maka dari itu' with no comma.
    ("K3", _BODY + "Penyuluh datang bergantian setiap Minggunya.", [("Minggunya", "minggunya")]),
    (
        "P12",
        _BODY + "Maka dari itu kami mengimbau warga.",
        [("Maka dari itu", "Oleh karena itu,")],
    ),
    # probe78: W9 offers KBBI's word for English words it had none for.
    (
        "W9",
        _BODY + "Peserta terbaik menerima reward; jangan bully teman.",
        [("reward", "penghargaan"), ("bully", "rundung")],
    ),
    # Two levels joined by 'dan' with no name after them stay common nouns.
    (
        "K3",
        _BODY + "Imigrasi mengawasi orang asing di tiga kabupaten dan Kota.",
        [("Kota", "kota")],
    ),
    # heldout90: the planning forum's short form in capitals (K9).
    ("K9", _BODY + "Usulan dibahas dalam MUSRENBANG kecamatan.", [("MUSRENBANG", "Musrenbang")]),
    # probe80: a word typed twice before a year (W12, not W7); KBBI's 'sopir'.
    ("W12", _BODY + "Program itu berjalan pada tahun tahun 2021 lalu.", [("tahun tahun", "tahun")]),
    ("W6", _BODY + "Para supir angkot diperiksa.", [("supir", "sopir")]),
    # A name's bare degree after it still takes its periods.
    ("P27", _BODY + "Hadir Rita Mursalin SH dalam rapat.", [("SH", "S.H.")]),
    # Three days are a list all the same.
    (
        "P7",
        _BODY + "Sidang digelar Senin, Selasa dan Rabu.",
        [("Selasa dan", "Selasa, dan")],
    ),
    # The town after the class, then the holder's name: the comma goes after the town.
    (
        "P33",
        _BODY + "Kepala Rutan Kelas IIB Manokwari Budi Santoso menyampaikan apresiasi.",
        [("Manokwari Budi Santoso", "Manokwari, Budi Santoso,")],
    ),
    # A short form the text does not spell out stays a slip (the words give other letters).
    (
        "S1",
        _BODY + "Tahanan Rumah Detensi Imigrasi (Rudemin) dipindahkan.",
        [("Rudemin", "Rudenim")],
    ),
    # A list's office named with its place, then another name: the list's own 'dan'.
    (
        "P32",
        _BODY + "Hadir perwakilan Bappeda, Dinas Sosial, Dinas Kesehatan Kabupaten Sorong dan "
        "Pos Binda Sorong.",
        [("Sorong dan", "Sorong, dan")],
    ),
    # The verb of saying still takes its comma before a clause with no 'bahwa'.
    (
        "P8",
        _BODY + "Dikatakannya pelayanan dibuka tiap hari.",
        [("Dikatakannya", "Dikatakannya,")],
    ),
    # heldout81: an ordinal after a unit of a sequence.
    ("W8", _BODY + "Pada hari ke 10 isolasi, tahanan diperiksa.", [("ke 10", "ke-10")]),
    # heldout81, heldout83: 'di' before a place written solid; 'per' before its unit.
    (
        "W1",
        _BODY + "Manusia dimuka bumi ini dan semua makhluk dibumi; jamaah dibagi perwilayah.",
        [("dimuka", "di muka"), ("dibumi", "di bumi"), ("perwilayah", "per wilayah")],
    ),
    # heldout80: a range of figures with a spaced dash.
    ("P9", _BODY + "Senam berlangsung 20 - 30 menit.", [("20 - 30", "20–30")]),
]

RESPECTS = [
    # probe75: a person named at a sentence's start with 'salah satu' and no comma.
    ("S1", _BODY + "Wandi salah satu peserta mengaku senang. Sardin salah seorang petugas."),
    # probe75: a food court's own name, English words after a doubled word.
    ("W7", _BODY + "Gerai berada di Ramai Ramai Food Court lantai dua."),
    # probe75: a programme's Indonesian syllabic name after 'Program'.
    ("W9", _BODY + "Program Mapenaling dijalankan setiap pekan."),
    # probe75: an acronym's words spelled out in brackets keep its capitals.
    ("K3", _BODY + "Program SIDAKSEHAT (Senin, Petugas Datang dan Sapa Warga) berjalan."),
    # heldout80: a colon between figures that is no clock time: a verse, a timestamp, a score.
    ("N4", _BODY + "Ayat 3:16 dibacakan; rekaman 00:15:30 diputar; skor 2:1."),
    # heldout81: an office's name holds its own 'dan' inside a list.
    (
        "P32",
        _BODY + "Hadir Dinas Sosial, Dinas Kesehatan, Dinas Tenaga Kerja dan Transmigrasi, "
        "dan Bappeda.",
    ),
    # heldout81: the verb of saying runs into its 'bahwa' clause.
    ("P8", _BODY + "Dikatakannya bahwa pelayanan dibuka tiap hari."),
    # heldout80: a caption's credit in brackets after its stop (the outlet's address and name).
    (
        "P4",
        _BODY + "Kalapas menyerahkan bantuan. (sorongnews.com/Rina A)\nKegiatan berjalan lancar.",
    ),
    # heldout80–83, probe76: KBBI's words the lists lacked; the Kanwils' 'Kasubid'.
    (
        "S1",
        _BODY + "Aplikasi punya fitur baru; sandi morse diajarkan; hak wakif dijaga; luwak "
        "endemik dilepasliarkan; petugas membersamai warga; Kasubid Hukum hadir.",
    ),
    ("S3", _BODY + "Petugas menerima perkici serahan warga; penegahan barang dilakukan."),
    # probe76: 'terdiri dari' as the predicate after an emphasising 'sendiri'.
    ("P18", _BODY + "Sedangkan untuk gudang tertutup sendiri terdiri dari mesin dan kayu."),
    # probe76: KBBI's adjective 'hayati' after 'sumber daya'.
    ("W34", _BODY + "Karantina melindungi sumber daya hayati hewan di wilayah itu."),
    # probe76: the customs office's class letter is no initial.
    ("P11", _BODY + "Hadir Kepala KPPBC Tipe Madya Pabean B Sorong."),
    # A score, a telephone number, a date's range: no spaced range of figures for P9.
    ("P9", _BODY + "Tim menang dengan skor 2 - 1. Hubungi 0812 - 3344."),
    # The passive of 'membumikan' is a verb, no place.
    ("W1", _BODY + "Nilai Pancasila harus dibumikan."),
    # probe77: a speaker named by a verb of saying is no slip of a frequent word.
    (
        "S1",
        _BODY + "Kepala Lapas, Puang Dirham, hadir. “Bantuan sudah diserahkan,” ungkap Puang.\n"
        "Puang menjelaskan, bantuan itu rutin.",
    ),
    # heldout84–85: a short form the text spells out before it; probe77: KBBI's 'roya',
    # 'eksis', 'ritel', 'literatur', 'rabat'.
    (
        "S1",
        _BODY + "Pelatihan bagi usaha mikro dan kecil (UMK) dan UKM. Forum Komunikasi Pimpinan "
        "Kecamatan (Forkompimcam) hadir. Usaha ritel tetap eksis; literatur roya dibaca; "
        "rabat beton dibuat.",
    ),
    # probe77: a theme named by 'adalah' keeps its title case (K24).
    (
        "K24",
        _BODY + "Tema yang diusung dalam peringatan kali ini adalah “Hak Atas Pangan untuk "
        "Kehidupan dan Masa Depan yang Lebih Baik.”",
    ),
    # heldout85: a contest's name after 'lomba' keeps its capitals (K24).
    (
        "K24",
        _BODY + "Ia menyampaikan informasi, di antaranya mengenai lomba KUA Teladan dan Keluarga "
        "Sakinah yang diselenggarakan tiap tahun.",
    ),
    # A short form written as a word takes its suffix solid; a route's two places.
    ("W4", _BODY + "Program Lapasnya berjalan baik."),
    ("W7", _BODY + "Bus jurusan Solo - Solo Baru berangkat pagi."),
    # A level word before a name after a stray comma: K3 leaves the level (the comma is the
    # slip), and a level with its name after it.
    ("K3", _BODY + "Acara digelar di Kabupaten, Sorong Selatan, dan di Desa Klamono."),
    # probe78: a nickname set off by 'sapaan akrabnya'; a name a verb of saying gives is no
    # form on a non-standard root (S2).
    ("S1", _BODY + "Kristiana Hambawani menyapa warga. Kristin, sapaan akrabnya, tersenyum."),
    ("S2", _BODY + "“Kegiatan ini positif,” ungkap Ashari. Kalapas, Ashari, hadir."),
    # probe78: the lead's first word after 'City, Outlet' with no dash (A7 has the dash).
    (
        "K24",
        "Penyerahan Hadiah Lomba Siswa\nPadang Pariaman, Sorongpost.com Penyerahan hadiah bagi "
        "pemenang digelar di aula.",
    ),
    # probe78: the labels of neighbourhoods are no counts.
    ("N1", _BODY + "Ratusan warga RW 06 dan 07 Kelurahan Klamalu ikut kerja bakti."),
    # probe78: commas around an inserted attribution or a phrase set off before the verb of
    # saying are no subject commas.
    (
        "P13",
        _BODY + "Program itu sendiri jelas Roni, merupakan bentuk perhatian pemerintah. Yulianus, "
        "mewakili Ketua LPJK, pada penyerahan sertifikat, mengatakan, program berjalan.",
    ),
    # heldout86: a day's name keeps its capital with -nya; an insertion 'menurut X' set off by
    # commas; heldout87: 'Maka dari itu,' with its comma.
    ("K3", _BODY + "Layanan juga dibuka pada Sabtunya."),
    ("P13", _BODY + "Kondisi tersebut, menurut Dadang, dimungkinkan karena cuaca."),
    ("P12", _BODY + "Maka dari itu, kami mengimbau warga datang lebih awal."),
    # probe79: an office's town after its class, with no name after it (P33); 'lele dumbo',
    # the guards' 'rupam' (S1); a crosshead in title case with a comma (P4, N2).
    ("P33", _BODY + "Sementara itu, Kepala Lapas Kelas III Gunungtua menyampaikan apresiasi."),
    ("S1", _BODY + "Dinas membagikan bibit ikan lele dumbo; rupam siang berjaga."),
    ("P4", _BODY + "53 Pegawai Daftar, 26 Kantong Darah Terkumpul\nDonor darah berjalan lancar."),
    ("N2", _BODY + "53 Pegawai Daftar, 26 Kantong Darah Terkumpul\nDonor darah berjalan lancar."),
    # heldout89: a Dinas's name ends with its own level word after 'dan' (K3).
    ("K3", _BODY + "Tim berkoordinasi dengan Dinas Pemberdayaan Masyarakat dan Desa."),
    # heldout91: two days and their dates after a comma are no list's end (P7); the blessing's
    # words and KBBI's 'berpeci' (S1, S3).
    ("P7", _BODY + "Lomba digelar Pemkab Sorong, Sabtu dan Minggu (19-20/8/2023)."),
    ("S1", _BODY + "Semoga menjadi keluarga sakinah, mawaddah, dan warahmah."),
    ("S3", _BODY + "Para penghulu berjas, berdasi dan berpeci."),
    # The forum's short form as a word, in lowercase or title case, stays (K9).
    ("K9", _BODY + "Usulan dibahas dalam Musrenbang dan musrenbang desa."),
    # heldout92: a village's name after 'Desa' is no slip of a frequent word (S1).
    ("S1", _BODY + "Sebanyak 300 warga Desa Kekiling menerima sertifikat."),
    # heldout95: the head of a madrasah aliyah (P27); a comma before 'didampingi' (P13);
    # KBBI's 'jumantik' (S1).
    ("P27", _BODY + "Kasi Pendis membina Kepala MA se-Kabupaten Sorong."),
    ("P13", _BODY + "Kepala Lapas memimpin kegiatan tersebut, didampingi pejabat struktural."),
    ("S1", _BODY + "Puskesmas menggerakkan program jumantik di tengah warga."),
    # probe80: a commission's letter (P11); Lampung's 'pekon' and KBBI's 'reforma' (S1).
    ("P11", _BODY + "Hadir anggota Komisi A yang membidangi hukum."),
    ("S1", _BODY + "Warga pekon mengikuti program reforma agraria."),
    # heldout88–89: KBBI's 'pengarusutamaan', 'mandatori' and the elections' 'dapil'.
    ("S1", _BODY + "Pengarusutamaan gender bersifat mandatori bagi calon dari dapil itu."),
    # probe75: KBBI's 'relawan' and 'aktivasi'.
    ("S1", _BODY + "Ratusan relawan membantu aktivasi akun warga."),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert found(text, rule) == []
