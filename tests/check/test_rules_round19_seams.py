"""Round 19 of issue 13, seams of clauses and names as grammar: fragments opened by a word
that only joins (`Melainkan`, a `Baik … maupun` pair, `Seperti` and its examples, a phrase of
means whose list runs on, a verb of place before the sentence it describes: P29); the comma
after an opening connector before a phrase of its own or a quote's comma, after an opening
verb phrase before an inverted predicate, after a participle of place before its subject
(P8); a comma between an office and its predicate after an opening phrase (P13), none where
the opening phrase is `Seiring dengan …`; a name's degree closing its apposition (P6), a bare
`SP` (P27), a hyphen glued before a holder's name (P9); `Hadir …` lists left (P33); `yaitu
tadi` in speech (P18). Each class with texts of our own that break the rule and texts that
respect it (none copied from a corpus)."""

from __future__ import annotations

import pytest
from checkhelp import found

_TITLE = "Lapas Atambua Gelar Pembinaan Kerohanian\n"
_LEAD = "Atambua - Lapas Kelas IIB Atambua menggelar pembinaan kerohanian, Senin (2/3/2026).\n"
_BODY = _TITLE + _LEAD

BREAKS = [
    # P29: 'Melainkan' is the second half of 'tidak … melainkan': never a sentence's first.
    (
        "P29",
        _BODY + "Deteni tidak lagi ditempatkan di ruang isolasi. Melainkan di blok hunian umum.",
        [("isolasi. Melainkan", "isolasi, melainkan")],
    ),
    # P29: a 'baik … maupun' pair with no predicate anywhere is a half of the sentence before.
    (
        "P29",
        _BODY + "Bantuan disalurkan ke dua panti asuhan di Kota Kupang. Baik di Oebobo maupun "
        "di Kelapa Lima.",
        [("Kupang. Baik", "Kupang, baik")],
    ),
    # P29: 'Seperti' and its examples, a verb at the head of each item, no clause.
    (
        "P29",
        _BODY + "Warga binaan dilarang melanggar tata tertib. Seperti berjudi dan lain sebagainya.",
        [("tertib. Seperti", "tertib, seperti")],
    ),
    (
        "P29",
        _BODY + "“Kami melarang pelanggaran tata tertib. Seperti berkelahi, berjudi, dan "
        "sebagainya. Itu aturannya,” ujar Budi.",
        [("tertib. Seperti", "tertib, seperti")],
    ),
    # P29: a phrase of means whose list of examples runs on after its comma.
    (
        "P29",
        _BODY + "Lapas memberi pembinaan kerohanian kepada warga binaan. Dengan menyediakan "
        "ruang ibadah seperti musala, gereja dan vihara.",
        [("binaan. Dengan", "binaan, dengan")],
    ),
    # P29: a verb of place and its adverbial before the sentence whose subject it describes.
    (
        "P29",
        _BODY + "Terletak di atas lahan dua hektare. Lapas Atambua memiliki tujuh blok hunian.",
        [("hektare. Lapas", "hektare, Lapas")],
    ),
    (
        "P29",
        _BODY + "Berada di tepi pantai. Bangunan itu menampung empat ratus deteni.",
        [("pantai. Bangunan", "pantai, bangunan")],
    ),
    # P29: adverbials of time and place alone, then the sentence they belong to.
    (
        "P29",
        _BODY + "Pada Selasa (3/3/2026), bertempat di Aula Kantor Kemenag Kabupaten Belu. "
        "Kepala KUA Atambua mengikuti rapat daring.",
        [("Belu. Kepala", "Belu, Kepala")],
    ),
    # P8: 'Namun' before a phrase of its own that has its comma.
    (
        "P8",
        _BODY + "Namun dalam praktiknya, menurut Budi, masih ada pemohon yang datang tanpa "
        "dokumen lengkap.",
        [("Namun", "Namun,")],
    ),
    # P8: a quote's 'Jadi' before the comma that hands the quote to its attribution.
    (
        "P8",
        _BODY + "“Setiap kunjungan dicatat petugas. Jadi ketahuan,” ujar Budi.",
        [("Jadi", "Jadi,")],
    ),
    # P8: an opening verb phrase before an inverted predicate.
    (
        "P8",
        _BODY + "Memasuki halaman lapas terlihat taman yang tertata rapi.",
        [("lapas", "lapas,")],
    ),
    (
        "P8",
        _BODY + "Mengawali kegiatan dilakukan pembacaan doa bersama.",
        [("kegiatan", "kegiatan,")],
    ),
    # P8: a participle of place and a long address before a position that is the subject.
    (
        "P8",
        _BODY + "Bertempat di Aula Desa Naibonat, Kec. Kupang Timur, Kab. Kupang Penyuluh Hukum "
        "Kanwil NTT memberikan penyuluhan.",
        [("Kupang", "Kupang,")],
    ),
    (
        "P8",
        _BODY + "Bertempat di Aula Lapas Kelas IIB Atambua Kepala Lapas membuka kegiatan itu.",
        [("Atambua", "Atambua,")],
    ),
    # P13: an office as subject after an opening phrase, a comma before its predicate.
    (
        "P13",
        _BODY + "Dalam rangka Hari Bhakti Pemasyarakatan, Lapas Kelas IIB Atambua, menggelar "
        "donor darah.",
        [(",", "")],
    ),
    (
        "P13",
        _BODY + "Berdiri sejak 2010, Rumah Detensi Imigrasi (Rudenim) Kupang, telah memulangkan "
        "ratusan deteni.",
        [(",", "")],
    ),
    # P6: a name's degree closes the apposition before the verb, or before the next position.
    (
        "P6",
        _BODY + "Kegiatan dibuka Kepala Lapas, Budi Santoso, S.H. didampingi para pejabat "
        "struktural.",
        [(" didampingi", ", didampingi")],
    ),
    (
        "P6",
        _BODY + "Turut mendampingi Kasi Pembinaan, Ani Lestari, S.Pd. Kasi Keamanan, Yohanes "
        "Bria, dan Kasi Umum, Maria Seran.",
        [("S.Pd. Kasi", "S.Pd., Kasi")],
    ),
    # P6: the office's town and province, then the holder's name run into the province.
    (
        "P6",
        _BODY + "Kepala Lapas Kelas IIB Atambua, Nusa Tenggara Timur Yohanes Bria mengatakan "
        "kegiatan ini penting.",
        [("Nusa Tenggara Timur Yohanes Bria", "Nusa Tenggara Timur, Yohanes Bria,")],
    ),
    # P20: a short level word run into its name still opens a wider level of the address.
    (
        "P20",
        _BODY + "Kegiatan digelar di Desa Oesao Kec.Kupang Timur Kabupaten Kupang.",
        [("Oesao Kec.", "Oesao, Kec."), ("Timur Kabupaten", "Timur, Kabupaten")],
    ),
    # P27: 'SP' after a name is the degree 'S.P.'.
    (
        "P27",
        _BODY + "Materi disampaikan Kepala Dinas Pertanian, Yohanes Bria, SP, di aula.",
        [("SP", "S.P.")],
    ),
    # P33: the holder's name ends with the sentence's stop, a stray quote mark after it.
    (
        "P33",
        _BODY + "Hal itu disampaikan Kepala Rutan Kupang Budi Santoso.”",
        [("Kupang Budi Santoso", "Kupang, Budi Santoso")],
    ),
    # P33: a short form of two words in brackets inside the office, a ministry's short form
    # as the office's body, titles that open the name.
    (
        "P33",
        _BODY
        + "Kegiatan ini menghadirkan Direktur Jenderal Pemasyarakatan (Dirjen Pas) Kemenkumham "
        "Prof. Dr. Yohanes Bria selaku narasumber.",
        [("Kemenkumham Prof. Dr. Yohanes Bria", "Kemenkumham, Prof. Dr. Yohanes Bria,")],
    ),
    (
        "P33",
        _BODY + "Kegiatan ini menghadirkan Sekretaris Jenderal Kemenkominfo Yohanes Bria sebagai "
        "narasumber.",
        [("Kemenkominfo Yohanes Bria", "Kemenkominfo, Yohanes Bria,")],
    ),
    # P9: a hyphen glued to the office's last word before the holder's name.
    (
        "P9",
        _BODY + "Peserta diterima langsung oleh Kepala Bapas Kelas I Kupang- Ani Lestari.",
        [("Kupang- Ani", "Kupang, Ani")],
    ),
]

RESPECTS = [
    # P29: whole sentences opened by the same words.
    ("P29", _BODY + "Deteni tidak ditempatkan di ruang isolasi, melainkan di blok hunian umum."),
    (
        "P29",
        _BODY + "Kegiatan berlangsung di aula. Baik pegawai maupun warga binaan mengikuti "
        "upacara dengan khidmat.",
    ),
    ("P29", _BODY + "Kegiatan berlangsung di aula. Baik, kata Budi, semuanya berjalan lancar."),
    (
        "P29",
        _BODY + "Kegiatan berlangsung di aula. Seperti diketahui, kegiatan ini digelar setiap "
        "tahun.",
    ),
    (
        "P29",
        _BODY + "Kegiatan berlangsung di aula. Seperti tahun lalu, kegiatan ini diikuti "
        "seluruh pegawai.",
    ),
    (
        "P29",
        _BODY + "Kegiatan berlangsung di aula. Seperti biasa petugas memeriksa barang bawaan "
        "pengunjung.",
    ),
    (
        "P29",
        _BODY + "Kegiatan berlangsung di aula. Dengan menyediakan ruang ibadah seperti musala, "
        "lapas memudahkan warga binaan beribadah.",
    ),
    (
        "P29",
        _BODY + "Terletak di atas lahan dua hektare, Lapas Atambua memiliki tujuh blok hunian.",
    ),
    (
        "P29",
        _BODY + "Lapas Atambua terletak di Jalan Sudirman. Lapas itu memiliki tujuh blok hunian.",
    ),
    ("P29", _BODY + "Berada di ruang kunjungan, petugas memeriksa barang bawaan pengunjung."),
    (
        "P29",
        _BODY + "Pada Selasa (3/3/2026), bertempat di Aula Kantor Kemenag, Kepala KUA Atambua "
        "mengikuti rapat daring.",
    ),
    (
        "P29",
        _BODY + "Pada Selasa (3/3/2026), bertempat di Aula Kantor Kemenag, digelar rapat daring. "
        "Kepala KUA mengikutinya.",
    ),
    ("P29", _BODY + "Di aula itu juga. Petugas memeriksa barang bawaan pengunjung."),
    # P8: the connector's adverb group, the comma already there, a verb phrase as subject.
    ("P8", _BODY + "Namun sebenarnya, semua pemohon sudah diberi tahu sejak awal."),
    ("P8", _BODY + "Namun, pada kenyataannya, masih ada pemohon yang datang terlambat."),
    ("P8", _BODY + "“Setiap kunjungan dicatat petugas. Jadi, ketahuan,” ujar Budi."),
    ("P8", _BODY + "Memasuki halaman lapas, terlihat taman yang tertata rapi."),
    ("P8", _BODY + "Menjaga kebersihan diwajibkan bagi seluruh warga binaan."),
    ("P8", _BODY + "Mengikuti upacara dilakukan oleh seluruh pegawai setiap Senin."),
    ("P8", _BODY + "Menyambut kedatangan rombongan, Kepala Lapas menyampaikan terima kasih."),
    ("P8", _BODY + "Bertempat di Aula Lapas Atambua, Kepala Lapas membuka kegiatan tersebut."),
    ("P8", _BODY + "Berada di Ruang Kepala Lapas, peserta mendengarkan arahan petugas."),
    # P13: an opening phrase's comma before an inverted passive; a name's closing comma; a list.
    (
        "P13",
        _BODY + "Seiring dengan kegiatan ini, dilakukan pula penyerahan bantuan kepada panti "
        "asuhan.",
    ),
    (
        "P13",
        _BODY + "Sejalan dengan program itu, disiapkan pula ruang konseling bagi warga binaan.",
    ),
    (
        "P13",
        _BODY + "Dalam sambutannya, Kepala Lapas Atambua, Budi Santoso, mengatakan kegiatan ini "
        "penting.",
    ),
    (
        "P13",
        _BODY + "Selain itu, Lapas Atambua, Rutan Kupang, dan Bapas Kupang juga menghadiri rapat.",
    ),
    # P6: a subject with its degree; an apposition closed already; a new sentence after it.
    ("P6", _BODY + "Budi Santoso, S.H. mengatakan kegiatan ini penting bagi warga binaan."),
    ("P6", _BODY + "Kepala Lapas, Budi Santoso, S.H., membuka kegiatan itu."),
    (
        "P6",
        _BODY + "Kegiatan dibuka Kepala Lapas, Budi Santoso, S.H. Kepala Lapas juga memberi "
        "arahan.",
    ),
    (
        "P6",
        _BODY + "Kepala Lapas Kelas IIB Atambua, Nusa Tenggara Timur, Yohanes Bria, mengatakan "
        "kegiatan ini penting.",
    ),
    ("P6", _BODY + "Warga Kota Kupang, Nusa Tenggara Timur Bagian Selatan menyambut program itu."),
    ("P6", _BODY + "Tamu dari Kota Kupang, Bali dan Jawa Timur mengikuti acara itu."),
    ("P20", _BODY + "Kegiatan digelar di Desa Oesao, Kec. Kupang Timur, Kabupaten Kupang."),
    ("P20", _BODY + "Peserta berasal dari Kec.Kupang Timur dan Kec.Kupang Barat."),
    # P27: 'SP' as a letter of warning is no degree.
    ("P27", _BODY + "Petugas menerbitkan SP kepada pegawai yang melanggar disiplin."),
    # P9: a spaced dash between places, a doubled word's own slip is another reading's.
    ("P9", _BODY + "Perjalanan Kupang - Atambua ditempuh selama enam jam."),
    ("P9", _BODY + "Warga Kota Kupang- Oesao ikut hadir dalam kegiatan itu."),
    # P33: the attendees' list after 'Hadir' names each holder after the office, bare.
    (
        "P33",
        _BODY + "Hadir dalam rapat itu Kepala Kantor Imigrasi Kupang Budi Santoso, Kepala Badan "
        "Kesbangpol Kota Kupang Ani Lestari, perwakilan kecamatan serta tokoh masyarakat.",
    ),
    ("P33", _BODY + "Hal itu disampaikan Kepala Rutan Kupang, Budi Santoso.”"),
    (
        "P33",
        _BODY
        + "Kegiatan ini menghadirkan Direktur Jenderal Pemasyarakatan (Dirjen Pas) Kemenkumham, "
        "Prof. Dr. Yohanes Bria, selaku narasumber.",
    ),
    (
        "P33",
        _BODY + "Hadir Kepala Divisi Pemasyarakatan (Kadiv Pas) Kanwil NTT Budi Santoso di aula.",
    ),
    # P6: the last of a list of officials with a degree: the verb is the whole list's.
    (
        "P6",
        _BODY + "Kasi Pembinaan, Ani Lestari, S.Pd., Kasi Keamanan, Yohanes Bria, dan Kasi "
        "Umum Maria Seran, S.E. mengikuti rapat itu.",
    ),
    # P18: 'yaitu tadi' in speech points back; it opens no explanation.
    (
        "P18",
        _BODY + "“Kalau mereka melanggar ketentuan khusus yaitu tadi tidak melapor, kami cabut "
        "asimilasinya,” kata Budi.",
    ),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert found(text, rule) == []
