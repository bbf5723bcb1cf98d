"""W1–W10: word forms. Each rule: texts that break it, texts that respect it."""

from __future__ import annotations

import pytest
from checkhelp import found, spans

BREAKS = [
    ("W1", "Ketentuan itu, diantaranya terverifikasi.", [("diantaranya", "di antaranya")]),
    ("W1", "Dimana kegiatan itu berlangsung?", [("Dimana", "Di mana")]),
    ("W1", "Rombongan berangkat kesana pagi ini.", [("kesana", "ke sana")]),
    ("W1", "Buku itu ada diatasnya.", [("diatasnya", "di atasnya")]),
    ("W2", "Acara ini di selenggarakan di aula.", [("di selenggarakan", "diselenggarakan")]),
    ("W2", "Rapat di gelar pagi ini.", [("di gelar", "digelar")]),
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
    ("W8", "Peringatan HUT ke 79 Bhayangkara.", [("ke 79", "ke-79")]),
    ("W8", "Ini peringatan yang ke17.", [("ke17", "ke-17")]),
    ("W8", "Ini peringatan ke 17.", [("ke 17", "ke-17")]),
    ("W8", "Rudenim memperingati HUT Ke-79 hari ini.", [("Ke-79", "ke-79")]),
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
]

RESPECTS = [
    ("W1", "Ketentuan itu, di antaranya terverifikasi."),
    ("W1", "Masalah itu diatasi dan dimanfaatkan dengan baik."),
    ("W1", "Pegawai keluar dari ruangan."),
    ("W2", "Acara ini diselenggarakan di aula."),
    ("W2", "Pameran di pekan raya itu ramai."),
    ("W2", "Kegiatan di Kupang dan di aula berjalan."),
    ("W3", "Media konvensional maupun nonkonvensional hadir."),
    ("W3", "Bunga mekar pada musim semi lalu."),
    ("W3", "Nelayan menangkap ikan tuna segar."),
    ("W3", "Layanan antar jemput tersedia."),
    ("W3", "Diperlukan upaya ekstra untuk itu."),
    ("W3", "Ia kuliah di Program Pasca Sarjana Universitas Nusa Cendana."),
    ("W4", "Lomba se-Provinsi NTT dibuka."),
    ("W4", "Pegawai non-PNS ikut hadir."),
    ("W4", "Selain itu, sebagian pegawai hadir."),
    ("W5", "Media memengaruhi opini publik."),
    ("W5", "Menteri mengkaji hal penting itu dengan mentalitas baik."),
    ("W5", "Mereka memperhatikan dan mempunyai pensiun."),
    ("W5", "Rapat dihadiri Mensos dan Mentan dengan konsep pentahelix."),
    ("W6", "Ini sekadar contoh praktik baik."),
    ("W7", "Anak-anak bermain di halaman."),
    ("W7", "Ia datang dan dan pergi."),
    ("W8", "Peringatan HUT ke-79 Bhayangkara."),
    ("W8", "Petugas pergi ke 3 lokasi."),
    ("W8", "Ke-79 kalinya acara ini digelar."),
    ("W9", "Pegawai mengikuti _workshop_ jurnalistik."),
    ("W9", "Rapat digelar melalui Zoom Meeting."),
    ("W9", "Ia naik ke lantai up."),
    ("W10", "Pegawai bekerja giat setiap hari."),
    ("W10", "Rapat Koordinasi (Rakor) digelar."),
    ("W10", "Ia menjelaskan tugas dan fungsi kehumasan."),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert spans(text, rule) == []
