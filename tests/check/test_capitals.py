"""K1–K9: capital letters. Each rule: texts that break it, texts that respect it."""

from __future__ import annotations

import pytest
from checkhelp import found, spans

from kabar_desktop.check import check_text

BREAKS = [
    ("K1", "Acara dibuka oleh kepala Rudenim Kupang.", [("kepala", "Kepala")]),
    (
        "K1",
        "Hadir pula kepala divisi administrasi Kanwil Kemenkumham NTT, Rakhmat Renaldy, di sana.",
        [("kepala divisi administrasi", "Kepala Divisi Administrasi")],
    ),
    ("K1", "Sambutan dibacakan menteri, Budi Santoso, pagi itu.", [("menteri", "Menteri")]),
    ("K2", "Rapat diikuti para Kepala Seksi dari semua unit.", [("Kepala Seksi", "kepala seksi")]),
    ("K3", "Ia hadir menjadi Narasumber pertama.", [("Narasumber", "narasumber")]),
    ("K3", "Pelatihan oleh Wartawan Pos Kupang berjalan.", [("Wartawan", "wartawan")]),
    ("K3", "Materi disampaikan Narasumber Tim Humas Ditjen.", [("Narasumber", "narasumber")]),
    ("K3", "Kegiatan dimulai Pukul 09.00 WITA.", [("Pukul", "pukul")]),
    ("K3", "Kunjungan ke blok Warga Binaan berjalan.", [("Warga Binaan", "warga binaan")]),
    ("K4", "Eksistensi Humas sangat penting.", [("Humas", "humas")]),
    ("K4", "Dijelaskannya, Humas memprioritaskan media.", [("Humas", "humas")]),
    ("K5", "Bakti Sosial Di Desa Oesao\nKupang - Isi berita.", [("Di", "di")]),
    ("K5", "Rudenim Kupang gelar Pelatihan Humas\nKupang - Isi.", [("gelar", "Gelar")]),
    ("K6", '"kami siap," kata Budi.', [("kami", "Kami")]),
    ("K6", '"Kami siap," Kata Budi.', [("Kata", "kata")]),
    ("K6", '"Kami siap," Ujarnya.', [("Ujarnya", "ujarnya")]),
    ("K6", '"Kami siap", Ujarnya.', [("Ujarnya", "ujarnya")]),
    ("K7", "Materi disampaikan dalam Bahasa Inggris.", [("Bahasa", "bahasa")]),
    ("K8", "Kegiatan digelar hari rabu lalu.", [("rabu", "Rabu")]),
    ("K8", "Upacara pada 17 agustus 2024 berjalan.", [("agustus", "Agustus")]),
    ("K8", "Menjelang Hari Raya Idul Fitri, petugas berjaga.", [("Idul Fitri", "Idulfitri")]),
    ("K8", "Menjelang iduladha, petugas berjaga.", [("iduladha", "Iduladha")]),
    ("K9", "Kegiatan KEMENKUMHAM berjalan.", [("KEMENKUMHAM", "Kemenkumham")]),
    ("K9", "Petugas LAPAS Atambua hadir.", [("LAPAS", "Lapas")]),
    ("K9", "Seluruh upt hadir, juga dari Ntt.", [("upt", "UPT"), ("Ntt", "NTT")]),
]

RESPECTS = [
    ("K1", "Para kepala seksi hadir dalam rapat itu."),
    ("K1", "Kepala Rudenim Kupang membuka acara."),
    ("K1", "Ia menjadi kepala keluarga, Budi menjelaskan."),
    ("K1", "Ketua panitia menyampaikan bahwa Budi hadir."),
    ("K2", "Rapat diikuti para kepala seksi."),
    ("K2", "Rapat diikuti para Kepala UPT se-NTT."),
    ("K3", "Narasumber pertama hadir."),
    ("K3", "Kegiatan Apel Pagi dilaksanakan."),
    ("K3", "Ia hadir menjadi narasumber pertama."),
    ("K3", "Hal itu diberitakan _Media Indonesia_ kemarin."),
    ("K3", '"Peserta hadir tepat waktu," ujarnya.'),
    ("K4", "Tim Humas Ditjen Imigrasi hadir."),
    ("K4", "Humas adalah tim, bukan pekerjaan individu."),
    ("K4", "Ia bertugas di Humas Polri."),
    ("K4", "Subbag Humas menyiapkan rilis."),
    ("K4", "Kupang, Humas_Unit - Kegiatan berjalan."),
    ("K5", "Bakti Sosial di Desa Oesao\nKupang - Isi berita."),
    ("K5", "Di Balik Layar Pelatihan Humas\nKupang - Isi berita."),
    ("K6", '"Kami siap," kata Budi.'),
    ("K6", 'Program "zona integritas" berjalan baik.'),
    ("K6", 'Ia berkata, "Kami siap."'),
    ("K7", "Materi disampaikan dalam bahasa Inggris."),
    ("K7", "Kepala Badan Bahasa hadir."),
    ("K7", "Bahasa Indonesia dipakai dalam rapat."),
    ("K8", "Kegiatan berlangsung dua minggu lalu."),
    ("K8", "Kegiatan digelar Rabu (25/9/2024)."),
    ("K8", "Menjelang Hari Raya Idulfitri, petugas berjaga."),
    ("K9", "Kegiatan Kemenkumham di seluruh UPT wilayah NTT."),
    ("K9", "Para warga binaan di lapas itu hadir."),
    ("K9", "Ia memesan sop buntut."),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert spans(text, rule) == []


def test_k3_respects_a_title_case_name_across_a_function_word():
    name = "Peserta mengikuti Pelatihan Jurnalistik Dasar bagi Petugas Humas di aula."
    assert not [f for f in check_text(f"Judul\n\n{name}\n") if f.rule == "K3"]
    plain = "Kepala Lapas dan Petugas lapas hadir."
    assert [f.text for f in check_text(f"Judul\n\n{plain}\n") if f.rule == "K3"] == ["Petugas"]
