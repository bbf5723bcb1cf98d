"""Wrong findings of the fifth precision probe (probe28: twenty fresh articles, every finding
judged), fixed after the judging: a regulation's title after 'tentang' runs on over its listed
words (K14, K3 leave 'Remisi, Asimilasi, Cuti Mengunjungi Keluarga, …'); no comma splice after
a verb of saying ('mengatakan, Rudenim merupakan …', P28); W1 leaves a city ('Kediri, 10 April
2021.') and a loan's action noun made a verb ('diinisiasi'); A7 leaves a dateline of the city
and the whole date; no K3 finding on the office right after a K1 post ('menteri Agama'); K3
leaves a form of address ('…, Mas.'); P32 and P7 leave a name of capitalised words before its
short form ('Keamanan dan Ketertiban (Kamtib)') and a short form spelled out after 'atau'
('Bapas atau Balai Pemasyarakatan'); N3 leaves a document's code ('PAS-597,598,600.PK'); P37
leaves 'ingin hal ini'; W28 leaves 'di Hari Raya'; '*/JEF' is a credit. From the sixth
(probe29): P11 leaves 'Hari H', N1 a range in a quote, P17 one verb before two correlated
phrases, P18 a sentence opened by 'Terutama' or 'Khususnya'. From the seventh (probe30): P4
leaves a subheading, K14 an initialism's expansion, P20 'Alun-Alun Kota Bogor', W6 a firm's
'Meubel', S1 KBBI's 'ormas', 'kotamadya', 'mendonorkan', 'trafik' and the name 'Muhamad'. From
the eighth (probe31): W1 leaves a short capitalised name ('Didin'), S8 a short form the text
defines, P32 'Kementerian Hukum dan HAM', P4 an end mark '[]', S1 'furing', 'wartel' and
'Mohamad'. Texts of our own that break the rule and texts that respect it (none copied from a
corpus or a probe)."""

from __future__ import annotations

import pytest
from checkhelp import found

from kabar_desktop.check import check_text

_TITLE = "Rutan Wonosari Bagikan Remisi Idulfitri\n"
_LEAD = "Wonosari - Rutan Kelas IIB Wonosari membagikan remisi, Senin (31/3/2025).\n"
_BODY = _TITLE + _LEAD

BREAKS = [
    # Outside a regulation's title the office's common nouns are lowercase.
    (
        "K3",
        _BODY + "Warga binaan yang mendapat Asimilasi bekerja di dapur.",
        [("Asimilasi", "asimilasi")],
    ),
    # A preposition glued to a place is still written apart.
    (
        "W1",
        _BODY + "Para tamu duduk dikursi yang disediakan panitia.",
        [("dikursi", "di kursi")],
    ),
    # Four numbers grouped with commas, no code around them.
    (
        "N3",
        _BODY + "Tahun ini rutan menerima 1,250 kunjungan keluarga.",
        [("1,250", "1.250")],
    ),
    # W28 still reads a named day after 'di'.
    (
        "W28",
        _BODY + "Kegiatan digelar di Hari Bhakti Pemasyarakatan ke-61.",
        [("di", "pada")],
    ),
]

RESPECTS = [
    (
        "K14",
        _BODY + "Dasarnya Peraturan Menteri Nomor 7 Tahun 2022 tentang Syarat dan Tata Cara "
        "Pemberian Remisi, Asimilasi, Cuti Mengunjungi Keluarga, dan Cuti Bersyarat.",
    ),
    (
        "K3",
        _BODY + "Dasarnya Peraturan Menteri Nomor 7 Tahun 2022 tentang Syarat dan Tata Cara "
        "Pemberian Remisi, Asimilasi, Pembebasan Bersyarat, dan Cuti Bersyarat.",
    ),
    ("P28", _BODY + "Kepala Rutan Wonosari mengatakan, Rutan memberikan remisi kepada 80 orang."),
    ("W1", "Rakerda Kemenag Kediri\nKediri, 10 April 2021. Kemenag menggelar rapat kerja."),
    ("A7", "Rakerda Kemenag Kediri\nKediri, 10 April 2021. Kemenag menggelar rapat kerja."),
    ("W1", _BODY + "Program itu diinisiasi oleh Kepala Rutan sejak tahun lalu."),
    ("K3", _BODY + '"Datanya masih kami susun, Mas. Nanti diumumkan," kata petugas.'),
    (
        "P32",
        _BODY + "Rapat membahas registrasi, usulan integrasi, Keamanan dan Ketertiban (Kamtib), "
        "hingga perbaikan layanan.",
    ),
    (
        "P7",
        _BODY + "Melansir laman Kemenkumham, Bapas atau Balai Pemasyarakatan adalah tempat "
        "membimbing klien.",
    ),
    (
        "N3",
        _BODY + "Dasarnya Surat Keputusan Nomor PAS-597,598,600.PK.05.04 Tahun 2025.",
    ),
    ("P37", _BODY + '"Kami tidak ingin hal ini terjadi lagi," kata Kepala Rutan.'),
    ("W28", "Tetap Buka Layanan di Hari Raya, Pengunjung Rutan Melonjak\n" + _LEAD + "Ramai."),
    ("P10", _BODY + "Kegiatan berjalan lancar dan tertib. */JEF"),
]


# The sixth probe (probe29): 'Hari H' is no initial; a range in a quote is the speaker's; one
# verb before two phrases correlated by 'tidak hanya … tetapi juga' takes no comma.
BREAKS += [
    ("P11", _BODY + "Surat itu ditandatangani Budi H Santoso di aula.", [("H", "H.")]),
    (
        "N1",
        _BODY + "Setiap warga binaan bisa membuat 3-4 buah kerajinan sehari.",
        [("3-4", "tiga sampai empat")],
    ),
    (
        "P17",
        _BODY + "Program ini tidak hanya mengurangi beban petugas tetapi juga membantu warga "
        "binaan belajar.",
        [("petugas tetapi", "petugas, tetapi")],
    ),
]
RESPECTS += [
    ("P11", _BODY + "Kunjungan dibuka pada Hari H dan H+1 Idulfitri."),
    (
        "P18",
        _BODY + "Pengawasan diperketat di semua blok. Terutama pada ruangan yang sulit diawasi.",
    ),
    ("N1", _BODY + '"Setiap mereka bisa membuat 3-4 buah sehari," ungkap Yudho.'),
    (
        "P17",
        _BODY + "Pengawasan tidak hanya difokuskan pada evaluasi fisik tetapi juga integrasi "
        "sistem pengawasan.",
    ),
]


# The seventh probe (probe30): a subheading takes no stop; an initialism's expansion in
# brackets keeps its capitals; a square named by its city; KBBI words the list lacked; a
# firm's name with 'Meubel'; 'Muhamad', a given name.
BREAKS += [
    (
        "P4",
        _BODY + "Kegiatan berjalan lancar dan tertib\nPetugas menjaga pintu utama.",
        [("tertib", "tertib.")],
    ),
    ("W6", _BODY + "Warga binaan membuat meubel dari kayu jati.", [("meubel", "mebel")]),
]
RESPECTS += [
    (
        "P4",
        _BODY + "Remisi diserahkan di aula.\nDisiplin Jadi Kunci Menuju Kebebasan\nKalapas "
        "menegaskan pentingnya disiplin.",
    ),
    (
        "K14",
        _BODY + "Kanim membentuk PIMPASA (Petugas Imigrasi Pembina Desa) di setiap desa.",
    ),
    ("P20", _BODY + "Aksi bersih-bersih digelar di Taman Alun-Alun Kota Bogor, Kamis."),
    (
        "S1",
        _BODY + "Warga ormas dan pejabat kotamadya mendonorkan darah; trafik kunjungan naik.",
    ),
    ("W6", _BODY + "Meja itu dipesan dari Elite Jaya Meubel di Jepara."),
    ("S1", _BODY + "Acara dipimpin Kepala Rutan Kelas IIB Wonosari, Muhamad Hasan, di aula."),
]


# The eighth probe (probe31): a short capitalised word is a name as often as a glued 'di';
# a short form the text defines in brackets is its own; the ministry's name is no list; an
# outlet's end mark '[]'; KBBI's 'furing', 'wartel'; the name 'Mohamad'.
BREAKS += [
    (
        "W1",
        _BODY + "Petugas berkumpul. Dirumah warga mereka berkunjung.",
        [("Dirumah", "Di rumah")],
    ),
    (
        "S8",
        _BODY + "Kegiatan itu diatur Ditjen PAS sejak awal tahun.",
        [("Ditjen PAS", "Ditjenpas")],
    ),
]
RESPECTS += [
    ("W1", _BODY + "Kegiatan dipandu petugas. Didin hadir sebagai pembina."),
    (
        "S8",
        _BODY + "Direktorat Jenderal Pemasyarakatan (Ditjen PAS) mengatur kegiatan itu. Ditjen "
        "PAS juga memantau.",
    ),
    (
        "P32",
        _BODY + "Hadir Kabapas Jakarta Pusat, Kabapas Jakarta Barat, perwakilan Kantor Wilayah "
        "Kementerian Hukum dan HAM DKI Jakarta, dan orang tua klien.",
    ),
    ("P4", _BODY + "Kegiatan ditutup dengan doa bersama,” tutupnya. []"),
    ("S1", _BODY + "Warga binaan menjahit furing jaket dan mengelola wartel di rutan."),
    # A dateline of the city and the outlet's name glued on (probes 29 and 31).
    (
        "A7",
        "Rutan Medan Tutup Program Pembinaan\nMEDAN I TribuneIndonesia.com-Rutan Kelas I Medan "
        "menutup program pembinaan, Senin (2/3/2026).\nKegiatan berjalan lancar.",
    ),
    (
        "A7",
        "Kanim Pati Awasi Orang Asing\nPati Jateng.//detikNews86.com – Kantor Imigrasi "
        "mengawasi orang asing, Senin (2/3/2026).\nKegiatan berjalan lancar.",
    ),
    ("S1", _BODY + "Materi hukum disampaikan oleh AKP. Mohamad Fajar selaku kepala unit."),
]


# The ninth probe (probe32): a lowercase short form the text defines in brackets; a credit
# of initials in capitals; 'Cina', a country; KBBI's 'jejaring', 'menumbuhkembangkan',
# 'intelektualitas'.
RESPECTS += [
    ("S1", _BODY + "Rutan menggelar buka puasa bersama (bukber). Bukber diikuti pegawai."),
    ("P4", _BODY + "Kegiatan berjalan lancar dan tertib. HUM/BOY"),
    ("K24", _BODY + "Petugas memeriksa dokumen seorang warga negara Cina di kamar hunian."),
    (
        "S1",
        _BODY + "Jejaring kerja sama itu menumbuhkembangkan intelektualitasnya dan membangun "
        "jejaring baru.",
    ),
]


# The tenth probe (probe33): KBBI's 'asupan' and 'pengalungan'; a province's short form
# before 'lainnya' (K33); 'covid' is no English word for W9.
RESPECTS += [
    ("S1", _BODY + "Warga binaan mendapat asupan gizi yang cukup setiap hari."),
    ("S3", _BODY + "Acara diawali pengalungan syal kepada Kakanwil di aula."),
    ("K33", _BODY + "Kegiatan digelar di Palembang dan lima daerah Sumsel lainnya."),
    ("W9", _BODY + "Kunjungan dibatasi selama pandemi covid-19 berlangsung."),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert found(text, rule) == []


def test_the_office_after_a_post_is_not_lowered():
    """'bersama menteri Agama': K1 asks 'Menteri' for the post before its office; no K3
    finding asks 'agama' of the office's word in the same breath."""
    findings = check_text(
        _BODY + "Ia membawa hasil rapat yang digelar bersama menteri Agama, di antaranya "
        "tentang moderasi beragama."
    )
    assert [(f.rule, f.text) for f in findings if f.rule in ("K1", "K3")] == [("K1", "menteri")]


def test_the_comma_closing_an_apposition_is_not_deleted():
    """'… Provinsi Bali I Putu Surya Darma, menerangkan': P33 asks the opening comma; no P13
    asks to delete the closing one (probes 29 and 30). A plain subject's comma stays P13's."""
    text = (
        _BODY + "Kepala Rumah Detensi Imigrasi Denpasar Provinsi Bali I Putu Surya Darma, "
        "menerangkan bahwa deteni dipulangkan.\nPetugas jaga itu, menerangkan bahwa deteni "
        "dipulangkan."
    )
    findings = [(f.rule, f.text) for f in check_text(text) if f.rule in ("P13", "P33")]
    assert findings == [("P33", "Bali I Putu Surya Darma"), ("P13", ",")]
    assert text.index("itu,") + 3 == next(f.start for f in check_text(text) if f.rule == "P13")
