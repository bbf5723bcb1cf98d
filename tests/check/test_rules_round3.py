"""W16–W18, S5, N9, K23, K24 (slips inside a phrase), and the round's wider rules: P8's
sentence adverbs, S3 leaving a frequent root's derivation alone, W6's English spellings.
Each rule: texts that break it, texts that respect it."""

from __future__ import annotations

import pytest
from checkhelp import found

_HEAD = "Judul Berita\nKupang - Kegiatan berjalan lancar.\n"  # a title and a lead first

BREAKS = [
    ("W16", "Ia mengawasi orang asing dan maupun tenaga kerja.", [("dan maupun", "maupun")]),
    ("W16", "Lapor dapat dari jauh dengan apabila mendesak.", [("dengan apabila", "apabila")]),
    (
        "W17",
        "Sementara itu, Giri Purbadi Giri Purbadi menyampaikan arahan.",
        [("Giri Purbadi Giri Purbadi", "Giri Purbadi")],
    ),
    (
        "W18",
        "Salah satunya warga binaan sangat mengapresiasi langkah itu.",
        [("Salah satunya", "Salah satu")],
    ),
    (
        "S5",
        "Tenaga kerja bekerja di perusahaan-perusahan di wilayah itu.",
        [("perusahaan-perusahan", "perusahaan-perusahaan")],
    ),
    ("N9", "Hunian padat, yaitu 4x lipat dari kapasitas.", [("4x", "empat kali")]),
    ("K23", "Peserta datang dari Lapas kelas 1 Surabaya.", [("kelas 1", "Kelas I")]),
    ("K23", "Petugas Rutan Kelas 2B Serang hadir.", [("Kelas 2B", "Kelas IIB")]),
    ("K24", "Petugas bersinergi dengan aparat penegak Hukum setempat.", [("Hukum", "hukum")]),
    ("K24", "Petugas melakukan deteksi dini terhadap Keamanan lapas.", [("Keamanan", "keamanan")]),
    ("K24", "Ditandai dengan Pemotongan pita oleh Kakanwil.", [("Pemotongan", "pemotongan")]),
    ("P8", "Semua hadir. Bahkan peserta datang lebih awal.", [("Bahkan", "Bahkan,")]),
    ("P8", "Peserta bertambah. Artinya ruang perlu diperluas.", [("Artinya", "Artinya,")]),
    ("S3", "Ia mengikuti rapat memalui zoom.", [("memalui", "melalui")]),
    (
        "P25",
        "Dalam arahannya Susy mengatakan bahwa redistribusi penting.",
        [("Dalam arahannya", "Dalam arahannya,")],
    ),
    ("P25", "Selain itu, kata dia untuk membantu promosi.", [("kata dia", "kata dia,")]),
    (
        "P26",
        "Meski demikian, Lapas Kelas IIA Pematang Siantar, tetap mengutamakan deteksi dini.",
        [(",", "")],
    ),
    ("P26", "Kantor Imigrasi Kota Parepare, gencar menyosialisasikan paspor.", [(",", "")]),
    ("W6", "Klien mengisi survey kepuasan.", [("survey", "survei")]),
    ("W6", "Pada hari ketiga Puasa Ramadhan, pegawai hadir.", [("Ramadhan", "Ramadan")]),
    (
        "W11",
        "Lapas yang over kapasitas tetap tertib.",
        [("over kapasitas", "kelebihan kapasitas")],
    ),
    ("W7", "Semua unit agar bahu membahu menangani hunian.", [("bahu membahu", "bahu-membahu")]),
    ("K18", "Rutan menjalankan tugasnya Seperti melakukan pelayanan.", [("Seperti", "seperti")]),
    ("K24", "Lapas menjaga lingkungan yang Kondusif, aman.", [("Kondusif", "kondusif")]),
    ("K24", "“Kami melihat sikap Klien di masyarakat,” ujarnya.", [("Klien", "klien")]),
    ("K25", "Lapas diatur dalam Pasal 1 Ayat (2) undang-undang itu.", [("Ayat", "ayat")]),
    ("W6", "Layanan paspor dibuka di Mall Robinson.", [("Mall", "Mal")]),
    ("W19", "Kakanwil sekaligus melaunching gedung baru.", [("melaunching", None)]),
    ("W19", "Peserta di-briefing sebelum apel.", [("di-briefing", None)]),
]

RESPECTS = [
    ("W16", "Ia mengawasi orang asing maupun tenaga kerja, dan apabila perlu menindak."),
    ("W17", "Giri Purbadi menyampaikan arahan, lalu Giri Purbadi menutup rapat."),
    ("W18", "Salah satunya adalah pelatihan. Salah satunya, warga binaan menanam sayur."),
    ("W18", "Salah satu warga binaan sangat mengapresiasi langkah itu."),
    ("S5", "Perusahaan-perusahaan dan warna-warni bendera, sayur-mayur dan bolak-balik."),
    ("N9", "Mobil 4x4 dan ruangan 3x4 meter tersedia; hunian empat kali lipat."),
    ("K23", "Siswa kelas 1 SD belajar. Lapas Kelas I Surabaya dan Rutan Kelas IIB Serang."),
    (
        "K24",
        "Deteni asal Bangladesh tinggal di Indonesia; ia bertemu Bapak Kepala pada Minggu pagi."
        " Sarana Asimilasi dan Edukasi dibuka. Penegak hukum hadir di Kantor Imigrasi Medan."
        " Rombongan tiba di Medan, lalu ke Kupang; warga Malang menyambut, kata Bayu.",
    ),
    ("P8", "Semua hadir. Bahkan, peserta datang lebih awal. Artinya, ruang perlu diperluas."),
    ("P25", "Dalam arahannya, Susy mengatakan bahwa redistribusi penting, kata dia, kemarin."),
    ("P25", "Dalam sambutannya selaku tuan rumah, Kepala Lapas membuka acara."),
    (
        "P26",
        "Kepala Lapas, Budi Santoso, juga menyampaikan arahan. Pada kesempatan itu, Kepala "
        "Rutan, Andi Wijaya, turut menghadiri acara.",
    ),
    ("S3", "Sesama deteni saling membantu, selama kegiatan berlangsung."),
    ("W6", "Klien mengisi survei kepuasan di mal. Ahmad Ramadhan Putra hadir."),
    ("W11", "Lapas yang kelebihan kapasitas tetap tertib."),
    ("W19", "Kakanwil meluncurkan gedung, melihat mentoring dan meeting soal distancing."),
    ("W7", "Mereka menanam bibit, menolong warga, dan bahu-membahu."),
    ("K24", "Hadir Kepala bagian Protokol dan tokoh masyarakat Jawa Tengah dari Jawa, Bali."),
    ("K25", "Lapas diatur dalam Pasal 1 ayat (2) huruf a undang-undang itu."),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_breaking_text_is_found(rule, text, expected):
    assert found(_HEAD + text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_respecting_text_is_clean(rule, text):
    assert found(_HEAD + text, rule) == []


def test_a_quoted_slogan_keeps_its_capitals():
    """'"Senang, Untuk, Menang"': a motto's words are not K3's or K13's; in a sentence they are."""
    text = _HEAD + 'Yel tim berbunyi "Senang, Untuk, Menang" dan "Semangat, Melawan, Kami".'
    assert found(text, "K3") == []
    assert found(text, "K13") == []
    assert found(_HEAD + "“Tugas Kita belum selesai,” ujarnya.", "K13") == [("Kita", "kita")]


def test_an_e_form_in_a_title_keeps_the_title_capital():
    text = "Sosialisasi E-Paspor, Kanim Libatkan Camat\nKupang - Warga membuat E-Paspor baru.\n"
    assert found(text, "K10") == [("E-Paspor", "e-paspor")]


def test_k24_leaves_a_name_the_draft_gives_after_an_attribution_verb():
    """'"…," puji Dian mengutip …': Dian is the speaker's short name (a common word too: a
    lamp), found as a K24 error by the compose property test."""
    import datetime

    from kabar_desktop.check.checker import check_article
    from kabar_desktop.compose import compose
    from kabar_desktop.model.draft import Draft, Speaker, Statement

    quote = Statement(
        kind="quote",
        text="Kami siap melayani masyarakat dengan sepenuh hati.",
        verb="puji",
        context="mengutip pesan Menteri Hukum",
        name_speaker=True,
    )
    speaker = Speaker(
        name="Budi Santoso",
        short_name="Dian",
        position="Kepala Lapas Kelas IIB Tanjung",
        statements=[quote],
    )
    draft = Draft(
        title="Lapas Tanjung Gelar Kegiatan",
        date=datetime.date(2020, 1, 1),
        organizer="Lapas Kelas IIB Tanjung",
        event="Pelatihan Penanganan Deteni",
        speakers=[speaker],
        credit="humas/lt",
    )
    from kabar_desktop.export.text import render_text

    article = compose(draft)
    assert "puji Dian" in render_text(article)
    assert [f.text for f in check_article(article, draft) if f.rule == "K24"] == []
    assert found("Petugas menyambut tamu dengan Pemotongan pita.", "K24") != []
