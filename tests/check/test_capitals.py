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
    # Issue 13: the institution list, in its canonical case.
    ("K9", "Rapat TIMPORA digelar bersama POLRI.", [("TIMPORA", "Timpora"), ("POLRI", "Polri")]),
    ("K9", "Petugas Bnn dan RUDENIM hadir.", [("Bnn", "BNN"), ("RUDENIM", "Rudenim")]),
    (
        "K9",
        "Petugas LAPAS Kelas IIA dan KANWIL NTT hadir.",
        [("LAPAS", "Lapas"), ("KANWIL", "Kanwil")],
    ),
    # Issue 13: common nouns written with capitals.
    ("K3", "Timpora dibentuk di 20 Kecamatan.", [("Kecamatan", "kecamatan")]),
    ("K3", "Pria 58 Tahun ini memuji mereka.", [("Tahun", "tahun")]),
    (
        "K3",
        "Rapat dihadiri para Pejabat Struktural Lapas Kupang.",
        [("Pejabat Struktural", "pejabat struktural")],
    ),
    (
        "K3",
        "Upacara diikuti Ribuan Warga Binaan.",
        [("Ribuan Warga Binaan", "ribuan warga binaan")],
    ),
    ("K3", "Ribuan Warga Binaan mengikuti upacara.", [("Warga Binaan", "warga binaan")]),
    ("K3", "Rapat digelar Rabu Siang di aula.", [("Siang", "siang")]),
    ("K3", "Ia menjelaskan pelayanan Keimigrasian.", [("Keimigrasian", "keimigrasian")]),
    (
        "K3",
        "Ia memeriksa Blok Hunian para warga binaan.",
        [("Blok Hunian", "blok hunian")],
    ),
    ("K3", "Kalapas mengimbau Jajarannya agar waspada.", [("Jajarannya", "jajarannya")]),
    ("K3", "Hal tersebut Ia sampaikan saat apel.", [("Ia", "ia")]),
    ("K3", "Lebih lanjut, Untuk Lapas Kendal perlu anggaran.", [("Untuk", "untuk")]),
    ("K3", "Turut Hadir dalam rapat perwakilan BIN.", [("Hadir", "hadir")]),
    ("K3", "Kemudian, Kegiatan dilanjutkan dengan diskusi.", [("Kegiatan", "kegiatan")]),
    (
        "K3",
        "Ia membahas kebijakan Komunikasi Publik daerah.",
        [("Komunikasi Publik", "komunikasi publik")],
    ),
    # Issue 13: names of offices, regions and places written in lowercase.
    (
        "K10",
        "Pengawasan bukan hanya urusan kantor imigrasi Palangka Raya.",
        [("kantor imigrasi", "Kantor Imigrasi")],
    ),
    ("K10", "Hadir perwakilan kabupaten Halmahera Utara.", [("kabupaten", "Kabupaten")]),
    ("K10", "Rapat digelar di hotel Grand Land.", [("hotel", "Hotel")]),
    ("K10", "Hadir Kepala Kantor Imigrasi kelas II TPI Sampit.", [("kelas", "Kelas")]),
    ("K10", "Perwakilan ditjen AHU memaparkan layanan.", [("ditjen", "Ditjen")]),
    (
        "K10",
        "Gedung Lembaga Pemasyarakatan (Lapas) kelas II Kendal sudah tua.",
        [("kelas", "Kelas")],
    ),
    ("K10", "Ia dijemput kepala lapas Atambua.", [("kepala lapas", "Kepala Lapas")]),
    ("K10", "Ia bertugas di Kantor imigrasi Kupang.", [("imigrasi", "Imigrasi")]),
    ("K10", "Monev di Lapas Kelas II A Lubuk Linggau.", [("Kelas II A", "Kelas IIA")]),
    ("K1", "Acara dihadiri Wakil presiden dan menteri.", [("Wakil presiden", "Wakil Presiden")]),
    (
        "K1",
        "Menurut Kepala kantor Imigrasi, semua siap.",
        [("Kepala kantor Imigrasi", "Kepala Kantor Imigrasi")],
    ),
    ("K8", "Menjelang lebaran, petugas berjaga.", [("lebaran", "Lebaran")]),
    ("K11", "Warga binaan belajar agama islam.", [("islam", "Islam")]),
    ("K11", '"Bisa, pak," jawab salah satu warga binaan.', [("pak", "Pak")]),
    ("K5", "Kanwil Gelar Rapat Melalui Zoom\nKupang - Isi.", [("Melalui", "melalui")]),
    ("K5", "Layanan Paspor Buka Sejak Pagi\nKupang - Isi.", [("Sejak", "sejak")]),
    ("K6", '"Kami siap, " Terangnya.', [("Terangnya", "terangnya")]),
    ("K6", '"Kami siap," Sampainya.', [("Sampainya", "sampainya")]),
    ("K6", '" untuk tahun depan kami siap," ujarnya.', [("untuk", "Untuk")]),
    (
        "K2",
        "Bupati berterima kasih kepada para Camat dan Kepala Desa.",
        [("Camat dan Kepala Desa", "camat dan kepala desa")],
    ),
    (
        "K3",
        "Makanan diantar sampai ke dalam Blok dan Kamar Hunian.",
        [("Blok", "blok"), ("Kamar Hunian", "kamar hunian")],
    ),
    (
        "K3",
        "Ia memberi arahan kepada Ratusan Aparatur Sipil Negara Kementerian Agama.",
        [("Ratusan Aparatur Sipil Negara", "ratusan aparatur sipil negara")],
    ),
    ("K3", "Hadir tokoh agama dan para Pelaku UMKM.", [("Pelaku", "pelaku")]),
    (
        "K3",
        "Ia mengatakan bahwa Fungsi Keimigrasian penting.",
        [("Fungsi Keimigrasian", "fungsi keimigrasian")],
    ),
]

RESPECTS = [
    ("K1", "Para kepala seksi hadir dalam rapat itu."),
    ("K1", "Kepala Rudenim Kupang membuka acara."),
    ("K1", "Ia menjadi kepala keluarga, Budi menjelaskan."),
    ("K1", "Ketua panitia menyampaikan bahwa Budi hadir."),
    ("K2", "Rapat diikuti para kepala seksi."),
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
    ("K9", "Informasi ada di ditjenpas.go.id dan #kemenkumham."),
    ("K9", "Pj Bupati membuka acara."),
    ("K9", "Kegiatan IMIGRASI MELAYANI berlangsung di ULP."),
    # Issue 13: a generic plural head is no position before a name.
    ("K1", "Hadir camat dan kepala KUA di wilayah Sragen."),
    ("K1", "Menurutnya, kepala KUA harus memahami hal itu."),
    ("K1", "Rapat diikuti para kepala seksi Lapas Kupang."),
    ("K1", "Upacara digelar di halaman kantor bupati, Kamis (17/8/2023)."),
    ("K1", "Kepala Divisi Imigrasi dan kepala seksi lainnya hadir."),
    ("K2", "Rapat diikuti para kepala seksi Lapas Kupang."),
    ("K2", "Rapat diikuti para Kepala Desa Oesao dan Desa Baumata."),
    # Numbers that belong to a name, and names that start with a capitalised common noun.
    ("K3", "Sesuai Undang-Undang Nomor 6 Tahun 2011 tentang Keimigrasian."),
    ("K3", "Rapat digelar di Lantai 2 Gedung Utama."),
    ("K3", "Sebanyak 20 kecamatan mengirim perwakilan."),
    ("K3", "Divisi Keimigrasian Kanwil Kemenkumham Kalteng hadir."),
    ("K3", "Ia bertugas di Direktorat Jenderal Keimigrasian."),
    ("K3", "Peserta belajar di Ruang Kegiatan Kerja Lapas Perempuan Kupang."),
    ("K3", "Rumah Tahanan Negara (Rutan) Kelas IIB Sambas melakukan razia."),
    ("K3", "Dipimpin Kepala Bidang (Kabid) Pelayanan dan Pembinaan, Leonard Silalahi."),
    ("K3", "Razia di Blok Tahanan, Blok Narapidana, dan Blok Wanita."),
    ("K3", "Tim meninjau Pos Blok Hunian, Kamar Hunian, Dapur, dan Klinik."),
    ("K3", "Lapas Batang meraih predikat Wilayah Birokrasi Bersih dan Melayani."),
    ("K3", "Pemkab menggelar Malam Maroba setiap pekan."),
    ("K3", "Tim Petugas Keamanan Rutan memeriksa kamar."),
    ("K3", "Timpora ini dibentuk sampai tingkat desa, agar orang asing dipantau."),
    ("K3", "Ia hadir dalam Rapat Koordinasi Timpora."),
    ("K3", "Dalam arahannya, Budi menekankan pentingnya Pelayanan Publik."),
    ("K10", "Siswa kelas II SD hadir di tingkat kabupaten."),
    ("K10", "Hadir kepala kantor imigrasi Palangka Raya."),  # K1's
    ("K10", "Kantor Imigrasi Kelas I TPI Kupang hadir di Desa Oesao."),
    ("K10", "Timpora dibentuk sampai tingkat kecamatan Hingga tingkat desa."),
    ("K11", "Ia membeli dua pak rokok untuk Pak Budi."),
    ("K8", "Warga berlebaran di kampung."),
    ("K5", "Melalui Zoom, Rutan Gelar Rapat\nKupang - Isi."),
    ("K5", "Razia Kamar saat Apel Pagi\nKupang - Isi."),
    ("K5", "Razia Kamar Saat Apel Pagi\nKupang - Isi."),
    ("K5", "HUT Ke-80 RI, Rutan Gelar Lomba\nKupang - Isi."),
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


def test_the_institution_list_holds_the_forms_humas_writes_in_their_case():
    from kabar_desktop.check.lexicon import INSTITUTIONS, known_short_form

    issue = """Kanwil Lapas Rutan Rudenim Bapas Kanim UPT Ditjenpas Ditjen AHU Kemenkumham
    Kemenimipas Imigrasi TPI LPKA LPP Karutan Kalapas Kakanwil Kadiv Kasubbag Kasi Kabid Pj
    Polres Polsek Kodim Koramil Pemkab Pemkot Pemprov DPRD BNN BNNK KUA Setda Dukcapil"""
    assert [w for w in issue.split() if INSTITUTIONS.get(w.lower()) != w] == []
    assert known_short_form("KANWIL") and not known_short_form("Kamwil")


def test_a_tagged_dateline_ends_before_the_first_word_of_the_lead():
    text = "Rutan Sragen Gelar Penyuluhan Hukum bagi Warga Binaan\n\n"
    text += "Sragen (Humas) – Peserta kegiatan hadir di aula, Rabu (25/9/2024).\n"
    assert [f.rule for f in check_text(text) if f.rule in ("K3", "K4")] == []
    wrong = text.replace("hadir di aula", "hadir bersama Peserta lain")
    assert [f.text for f in check_text(wrong) if f.rule == "K3"] == ["Peserta"]


def test_humas_after_a_position_is_a_unit_name():
    assert spans("Kabag Humas dan Protokoler menyiapkan rilis.", "K4") == []


def test_a5_leaves_an_office_after_ibu_or_bapak_alone():
    assert spans("Ibu Menteri meninjau dapur lapas.", "A5") == []
    assert spans("Bapak Bupati membuka acara.", "A5") == []
    assert found("Ibu Ani meninjau dapur lapas.", "A5") == [("Ibu ", "")]


@pytest.mark.parametrize(
    "word",
    [
        "melalui",
        "terhadap",
        "sebagai",
        "oleh",
        "tentang",
        "kepada",
        "antara",
        "serta",
        "hingga",
        "sampai",
        "sejak",
        "tanpa",
        "per",
    ],
)
def test_k5_reads_prepositions_as_function_words(word):
    title = f"Kanwil Gelar Rapat {word.capitalize()} Zoom\nKupang - Isi."
    assert found(title, "K5") == [(word.capitalize(), word)]
    assert spans(title.replace(word.capitalize(), word), "K5") == []
