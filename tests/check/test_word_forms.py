"""W1–W12: word forms. Each rule: texts that break it, texts that respect it. The curated
list of standard forms (W5, W6, W11) is tested entry by entry in test_standard_forms.py."""

from __future__ import annotations

import pytest
from checkhelp import found, spans

BREAKS = [
    ("W1", "Ketentuan itu, diantaranya terverifikasi.", [("diantaranya", "di antaranya")]),
    ("W1", "Dimana kegiatan itu berlangsung?", [("Dimana", "Di mana")]),
    ("W1", "Rombongan berangkat kesana pagi ini.", [("kesana", "ke sana")]),
    ("W1", "Buku itu ada diatasnya.", [("diatasnya", "di atasnya")]),
    ("W1", "Ia duduk disampingnya.", [("disampingnya", "di sampingnya")]),
    # A slip for "disampaikannya" as likely as "di sampingnya": no one-click fix.
    ("W1", "Hal itu disampingnya dalam sambutan.", [("disampingnya", None)]),
    ("W1", "Tim memeriksa dokumen dibeberapa perusahaan.", [("dibeberapa", "di beberapa")]),
    ("W1", "Razia digelar disetiap blok.", [("disetiap", "di setiap")]),
    ("W2", "Acara ini di selenggarakan di aula.", [("di selenggarakan", "diselenggarakan")]),
    ("W2", "Rapat di gelar pagi ini.", [("di gelar", "digelar")]),
    ("W2", "Seragam ini di pakai saat upacara.", [("di pakai", "dipakai")]),
    ("W2", "Lapas itu di kelilingi tembok tinggi.", [("di kelilingi", "dikelilingi")]),
    ("W2", "Kegiatan di pimpin Kalapas.", [("di pimpin", "dipimpin")]),
    ("W2", "Pegawai di wawancarai wartawan.", [("di wawancarai", "diwawancarai")]),
    ("W2", "Hal itu di perhatikan petugas.", [("di perhatikan", "diperhatikan")]),
    ("W2", "Pengawasan di perkuat petugas.", [("di perkuat", "diperkuat")]),
    ("W2", "Ia di dampingi Kasubsi.", [("di dampingi", "didampingi")]),
    ("W2", "Orang asing itu akan di Deportasi.", [("di Deportasi", "dideportasi")]),
    ("W2", "Materi itu di bawakannya dengan baik.", [("di bawakannya", "dibawakannya")]),
    (
        "W3",
        "Media konvensional maupun non konvensional hadir.",
        [("non konvensional", "nonkonvensional")],
    ),
    ("W3", "Bantuan pasca bencana disalurkan.", [("pasca bencana", "pascabencana")]),
    ("W3", "Kerja sama antar lembaga diperkuat.", [("antar lembaga", "antarlembaga")]),
    ("W3", "Pegawai non-aktif didata ulang.", [("non-aktif", "nonaktif")]),
    ("W3", "Pasca pandemi, layanan pulih.", [("Pasca pandemi", "Pascapandemi")]),
    ("W4", "Lomba se Provinsi NTT dibuka.", [("se Provinsi", "se-Provinsi")]),
    ("W4", "Pegawai non PNS ikut hadir.", [("non PNS", "non-PNS")]),
    ("W4", "Peserta seIndonesia hadir.", [("seIndonesia", "se-Indonesia")]),
    ("W4", "Petugas kantor imigrasi Non TPI hadir.", [("Non TPI", "non-TPI")]),
    ("W4", "Kantor Imigrasi Kelas II Non TPI Kotabumi hadir.", [("Non TPI", "Non-TPI")]),
    ("W4", "Lomba pidato Se-Kalimantan Tengah digelar.", [("Se-Kalimantan", "se-Kalimantan")]),
    ("W5", "Media mempengaruhi opini publik.", [("mempengaruhi", "memengaruhi")]),
    ("W5", "Tim mensosialisasikan aturan baru.", [("mensosialisasikan", "menyosialisasikan")]),
    ("W5", "Ia tidak merubah jadwal.", [("merubah", "mengubah")]),
    ("W5", "Petugas menterjemahkan surat itu.", [("menterjemahkan", "menerjemahkan")]),
    ("W5", "Pegawai wajib mentaati aturan.", [("mentaati", "menaati")]),
    ("W5", "Warga mengkonsumsi air bersih.", [("mengkonsumsi", "mengonsumsi")]),
    ("W5", "Hal itu mempengaruhinya.", [("mempengaruhinya", "memengaruhinya")]),
    ("W6", "Ini sekedar contoh.", [("sekedar", "sekadar")]),
    ("W6", "Praktek baik itu diteruskan.", [("Praktek", "Praktik")]),
    ("W6", "Kami ucapkan terimakasih.", [("terimakasih", "terima kasih")]),
    ("W6", "Petugas menyampaikan himbauan.", [("himbauan", "imbauan")]),
    ("W6", "Kegiatan digelar hari Jum'at.", [("Jum'at", "Jumat")]),
    ("W6", "Ia sudah mendapat ijinnya.", [("ijinnya", "izinnya")]),
    ("W7", "Anak anak bermain di halaman.", [("Anak anak", "Anak-anak")]),
    ("W7", "Diperlukan perubahan besar besaran.", [("besar besaran", "besar-besaran")]),
    ("W7", "Mereka bekerja bersama sama.", [("bersama sama", "bersama-sama")]),
    ("W7", "Ia membahas hal – hal lain.", [("hal – hal", "hal-hal")]),
    ("W8", "Peringatan HUT ke 79 Bhayangkara.", [("ke 79", "ke-79")]),
    ("W8", "Ini peringatan yang ke17.", [("ke17", "ke-17")]),
    ("W8", "Ini peringatan ke 17.", [("ke 17", "ke-17")]),
    ("W8", "Rudenim memperingati HUT Ke-79 hari ini.", [("Ke-79", "ke-79")]),
    ("W8", "Menyambut Hari Bhakti Imigrasi ke 70 pada 26 Januari.", [("ke 70", "ke-70")]),
    ("W9", "Pegawai mengikuti workshop jurnalistik.", [("workshop", "lokakarya")]),
    (
        "W9",
        "Media memiliki Search Engine Optimization (SEO) dan web traffic yang tinggi.",
        [("Search Engine Optimization", None), ("web traffic", None)],
    ),
    ("W9", "Pers adalah salah satu support system humas.", [("support system", None)]),
    ("W10", "Ia menjelaskan tusi kehumasan.", [("tusi", "tugas dan fungsi")]),
    ("W10", "Dalam giat ini hadir pula pegawai.", [("giat", "kegiatan")]),
    ("W10", "Surat yg dikirim sudah diterima.", [("yg", "yang")]),
    ("W10", "Rakor digelar pagi ini.", [("Rakor", "Rapat koordinasi")]),
    ("W6", "Tanggungjawab itu dipikul bersama.", [("Tanggungjawab", "Tanggung jawab")]),
    ("W6", "Ia menerima kaos dan apapun hadiahnya.", [("kaos", "kaus"), ("apapun", "apa pun")]),
    ("W6", "Pada Ramadhan 1445H kegiatan digelar.", [("Ramadhan", "Ramadan"), ("1445H", "1445 H")]),
    ("W11", "Hal itu dikarenakan cuaca buruk.", [("dikarenakan", "karena")]),
    ("W11", "Sinergitas antarinstansi terjalin.", [("Sinergitas", "Sinergi")]),
    ("W12", "Kegiatan digelar pada pada hari Rabu.", [("pada pada", "pada")]),
    ("W12", "Pegawai dan dan petugas hadir.", [("dan dan", "dan")]),
    ("W12", "Yang yang hadir pegawai.", [("Yang yang", "Yang")]),
]

RESPECTS = [
    ("W1", "Ketentuan itu, di antaranya terverifikasi."),
    ("W1", "Masalah itu diatasi dan dimanfaatkan dengan baik."),
    ("W1", "Pegawai keluar dari ruangan."),
    ("W2", "Acara ini diselenggarakan di aula."),
    ("W2", "Pameran di pekan raya itu ramai."),
    ("W2", "Kegiatan di Kupang dan di aula berjalan."),
    (
        "W2",
        "Ia duduk di atas, di dalam, di sekitar, di kantor, di sini, di lantai 2, di sel,"
        " di sela acara, di jalan, di tempat, di akhir pekan, di awal tahun, di rumah.",
    ),
    ("W2", "Warga binaan di gerakan pramuka dan di kebijakan baru."),
    ("W2", "Petugas berjaga di perbatasan, di perumahan dan di pertemuan itu."),
    ("W2", "Kegiatan digelar di Pakai Jaya, dekat Bandung."),
    ("W2", "Laporan itu di tindak lanjuti."),  # W6 joins all three words
    ("W3", "Media konvensional maupun nonkonvensional hadir."),
    ("W3", "Bunga mekar pada musim semi lalu."),
    ("W3", "Nelayan menangkap ikan tuna segar."),
    ("W3", "Layanan antar jemput tersedia."),
    ("W3", "Diperlukan upaya ekstra untuk itu."),
    ("W3", "Ia kuliah di Program Pasca Sarjana Universitas Nusa Cendana."),
    ("W4", "Lomba se-Provinsi NTT dibuka."),
    ("W4", "Pegawai non-PNS ikut hadir."),
    ("W4", "Selain itu, sebagian pegawai hadir."),
    ("W4", "Kantor Imigrasi Kelas II Non-TPI Kotabumi hadir."),
    ("W4", "Lomba Pidato Se-Kalimantan Tengah digelar."),
    ("W4", "Peserta se-Kalimantan Tengah hadir."),
    ("W4", "Non-TPI adalah kelas kantor."),
    ("W5", "Media memengaruhi opini publik."),
    ("W5", "Menteri mengkaji hal penting itu dengan mentalitas baik."),
    ("W5", "Mereka memperhatikan dan mempunyai pensiun."),
    ("W5", "Rapat dihadiri Mensos dan Mentan dengan konsep pentahelix."),
    ("W6", "Ini sekadar contoh praktik baik."),
    ("W7", "Anak-anak bermain di halaman."),
    ("W7", "Ia datang dan dan pergi."),
    ("W7", "Kupang - Kupang Barat ditempuh sejam."),
    ("W8", "Peringatan HUT ke-79 Bhayangkara."),
    ("W8", "Petugas pergi ke 3 lokasi."),
    ("W8", "Ke-79 kalinya acara ini digelar."),
    ("W9", "Pegawai mengikuti _workshop_ jurnalistik."),
    ("W9", "Rapat digelar melalui Zoom Meeting."),
    ("W9", "Ia naik ke lantai up."),
    ("W10", "Pegawai bekerja giat setiap hari."),
    ("W10", "Rapat Koordinasi (Rakor) digelar."),
    ("W10", "Ia menjelaskan tugas dan fungsi kehumasan."),
    ("W6", "Tanggung jawab itu dipikul bersama, apa pun hadiahnya, pada Ramadan 1445 H."),
    ("W6", "Ahmad Ramadhan hadir pada Hari Bhakti Imigrasi."),
    ("W11", "Hal itu disebabkan cuaca buruk; sinergi antarinstansi terjalin."),
    ("W12", "Kegiatan digelar pada hari Rabu."),
    ("W12", "Ia menarik napas dalam-dalam dan membawa oleh-oleh."),
    ("W12", "Ia menarik napas dalam dalam, membawa oleh oleh yang sudah sudah."),  # W7's
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert spans(text, rule) == []
