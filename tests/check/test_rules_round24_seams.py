"""Round 24 of issue 13: commas, stops, lists, titles and quotes read as the grammar says,
and one finding for one slip (checker.py's merge).

- A1: a title is reported from 19 words (the sets never marked one of 17 or 18).
- P33: a region's head and its region before the holder's name take the house form's
  commas (`Bupati Kupang, Yosef Lede,`); a one-word holder already set off by commas after
  a bracketed short form ends the office there (`(Kesbangpol) Kupang, Sutrisno,`).
- The merge: two findings that make the same change say it once (the error kept); two
  punctuation findings on the two sides of one mark become one that makes both changes.
- A credit in square brackets at the article's end is a credit (`[dny/aje]`).
- P18: the clause before a connector begins after a conjunction that opens a clause
  (`… maka jumlah petugas … berjumlah 30 orang`: the connector is the predicate).
- P28: reported speech after a verb of saying and its comma may open with its own phrase
  closed by a comma (`mengatakan, untuk mendukung …, Rutan memberlakukan …`).
- P29: an adjective of relation (`sesuai`, `sejalan`) is the predicate before its
  complement's `yang` clause.
- P7/P32: an agency named by its fields before its region (`Dinas Kominfo, Persandian dan
  Statistik Provinsi …`) is one name.
- P5/P9: a closing mark after a sentence and before a new one, when the paragraph's next
  mark closes a quote before its attribution, is the quote's opening turned the wrong way.
- P6: a position that is the role after `selaku` of the name before it opens no apposition.
- P13: a phrase of time (`Mulai Senin hingga Rabu,`) is no subject.
- P39: a reported clause with its own predicate (`bahwa layanan itu lahir dari …`) has no
  subject parted from its verb.

Each class with texts of our own that break the rule and texts that respect it.
"""

from __future__ import annotations

import pytest
from checkhelp import found

from kabar_desktop.check import check_text

_TITLE = "Rutan Kupang Gelar Razia Kamar Hunian\n"
_LEAD = "Kupang - Rutan Kupang menggelar razia kamar hunian, Senin (2/3/2026).\n"
_BODY = _TITLE + _LEAD

_TITLE19 = (
    "Rutan Kupang Gelar Razia Kamar Hunian Bersama Polres Kupang Kota dan Kodim Kupang "
    "demi Keamanan Seluruh Warga Binaan Rutan"
)
_TITLE18 = (
    "Rutan Kupang Gelar Razia Kamar Hunian Bersama Polres Kupang Kota dan Kodim Kupang "
    "demi Keamanan Warga Binaan Rutan"
)

BREAKS = [
    # A1: 19 words.
    ("A1", _TITLE19 + "\n" + _LEAD, [(_TITLE19, None)]),
    # P33: a region's head, its region, then the holder.
    (
        "P33",
        _BODY + "Bupati Kupang Yosef Lede membuka pelatihan itu.",
        [("Kupang Yosef Lede", "Kupang, Yosef Lede,")],
    ),
    (
        "P33",
        _BODY + "Pelatihan dibuka Wali Kota Kupang Yohanes Mase di aula rutan.",
        [("Kupang Yohanes Mase", "Kupang, Yohanes Mase,")],
    ),
    (
        "P33",
        _BODY + "Wakil Gubernur NTT Josef Nae Soi meninjau dapur rutan.",
        [("NTT Josef Nae Soi", "NTT, Josef Nae Soi,")],
    ),
    # The merge: the space before a comma and the space after it, one finding.
    ("P9", _BODY + "Petugas memeriksa kamar ,lalu mencatat hasilnya.", [(" ,", ", ")]),
    ("P9", _BODY + "Razia berjalan tertib ,dan aman.", [(" ,", ", ")]),
    # P18: a whole clause before 'yaitu' and the names it counts.
    (
        "P18",
        _BODY + "Kanwil menggelar pelatihan bagi tiga unit yaitu Lapas Kupang, Rutan Kupang "
        "dan Bapas Kupang.",
        [("unit yaitu", "unit, yaitu")],
    ),
    # P28: a comma before a new sentence after a whole reported clause.
    (
        "P28",
        _BODY + "Kepala Rutan mengatakan, kegiatan berjalan lancar, Petugas itu melakukan "
        "razia setiap pekan.",
        [(", Petugas", ". Petugas")],
    ),
    # P28: a position, its holder and a predicate after a whole clause's comma.
    (
        "P28",
        _BODY + "Kakanwil Yohanes Lado disambut Kepala Bapas Kupang Marthen, Kakanwil Yohanes "
        "Lado lalu meninjau ruang layanan.",
        [(", Kakanwil", ". Kakanwil")],
    ),
    (
        "P28",
        _BODY + "Kakanwil meninjau dapur Lapas Kupang, Kalapas Budi Santoso menjelaskan menu "
        "harian.",
        [(", Kalapas", ". Kalapas")],
    ),
    # P29: a subject and its relative clause with no predicate.
    (
        "P29",
        _BODY + "Tim Monev Kanwil yang dipimpin oleh Kepala Bidang Pembinaan.",
        [(" yang", "")],
    ),
    # P7: agencies listed, each with its kind, are a list.
    (
        "P7",
        _BODY + "Pelatihan diikuti Dinas Sosial, Dinas Kesehatan dan Dinas Pendidikan "
        "Kabupaten Kupang.",
        [("Kesehatan dan", "Kesehatan, dan")],
    ),
    # P9: the opening mark typed as a closing one between two sentences; the space after it
    # goes before it ('itu. “Kami', not 'itu. “ Kami').
    (
        "P9",
        _BODY + "Budi selaku Kepala Rutan menyambut baik kunjungan itu.” Kami selalu terbuka "
        "bagi setiap mitra,” ungkap Budi.",
        [("” ", " “")],
    ),

    # P6: a position, its holder and the holder's role after 'selaku'.
    (
        "P6",
        _BODY + "Tim disambut oleh Plh. Kepala Rutan Kelas IIB Kupang, Hendra Lado selaku "
        "Kepala Subsi Pelayanan.",
        [("Hendra Lado", "Hendra Lado,")],
    ),
    # P13: a plain subject parted from its predicate.
    ("P13", _BODY + "Pemeriksaan selanjutnya, dilakukan oleh petugas jaga.", [(",", "")]),
    # P20: a street, then the wider region.
    (
        "P20",
        _BODY + "Sosialisasi digelar di sebuah hotel di Jalan Timor Raya Kota Kupang.",
        [("Raya Kota", "Raya, Kota")],
    ),
    (
        "P20",
        _BODY + "Kantor itu berada di Jl. Soekarno Kabupaten Kupang.",
        [("Soekarno Kabupaten", "Soekarno, Kabupaten")],
    ),
    # P18: 'di antaranya' lists the members of a group a count names.
    (
        "P18",
        _BODY + "Lomba terdiri atas beberapa kategori di antaranya lomba azan dan ceramah.",
        [("kategori di antaranya", "kategori, di antaranya")],
    ),
    (
        "P18",
        _BODY + "Rutan menyiapkan tiga ruang di antaranya ruang kunjungan dan ruang tunggu.",
        [("ruang di antaranya", "ruang, di antaranya")],
    ),
    # P39: a subject closed by its demonstrative, a comma, then 'sekaligus' and the verb.
    (
        "P39",
        _BODY + "Pemberian hadiah itu, sekaligus menandai berakhirnya lomba.",
        [(",", "")],
    ),
    # P7: offices listed, each named in full.
    (
        "P7",
        _BODY + "Kakanwil memantau Lapas Kelas I Medan, Lapas Perempuan Kelas IIA Medan dan "
        "Rutan Kelas IIB Medan.",
        [("Medan dan", "Medan, dan")],
    ),
    (
        "P7",
        _BODY + "Razia digelar di Lapas Kupang, Rutan Kupang serta Bapas Kupang.",
        [("Kupang serta", "Kupang, serta")],
    ),
    # P9: as many straight marks as curly ones: the style the article opens with.
    (
        "P9",
        _BODY + '“Kami siap melayani,” kata Budi.\n"Semua petugas hadir," ujarnya.',
        [('"', "“"), ('"', "”")],
    ),
    (
        "P9",
        _BODY + '"Kami siap melayani," kata Budi.\n“Semua petugas hadir,” ujarnya.',
        [("“", '"'), ("”", '"')],
    ),
    # P18: a count's group of level words joined by a slash, then 'yakni'.
    (
        "P18",
        _BODY + "Bapas melayani klien di enam kabupaten/kota yakni Kupang, Belu, Alor, dan Rote.",
        [("kabupaten/kota yakni", "kabupaten/kota, yakni")],
    ),
    # P33: 'setempat' stands for the office's place; the holder follows.
    (
        "P33",
        _BODY + "Momen itu dimanfaatkan kepala rutan setempat Yohanes Bria Lado, meninjau "
        "layanan kunjungan.",
        [("setempat Yohanes Bria Lado", "setempat, Yohanes Bria Lado")],
    ),
    (
        "P33",
        _BODY + "Kepala desa setempat Yohanes Bria menyambut rombongan di balai desa.",
        [("setempat Yohanes Bria", "setempat, Yohanes Bria,")],
    ),
    # P6: the class written 'Klas 1' stays inside the office's phrase.
    (
        "P6",
        _BODY + "Plt. Kepala Bapas Klas 1 Kupang, Yohanes Lado mengatakan, pokmas dibentuk "
        "tahun lalu.",
        [("Yohanes Lado", "Yohanes Lado,")],
    ),
    # P9: an opening quote mark glued to the stop before it; a name glued to its initials.
    (
        "P9",
        _BODY + "Razia itu berhasil.“Kami akan terus menjaga keamanan,” ujar Budi.",
        [("“", " “")],
    ),
    (
        "P9",
        _BODY + "Razia dipimpin H.M.Yohanes Lado selaku Kepala Seksi.",
        [("M.Yohanes", "M. Yohanes")],
    ),
    # P39: a reported subject with its relative clause parted from its predicate.
    (
        "P39",
        _BODY + "Kepala Lapas menilai, produk yang dirintis Lapas Kupang, layak dikembangkan.",
        [(",", "")],
    ),
]

RESPECTS = [
    # A1: 18 words are left (no set has marked a title of 17 or 18 words).
    ("A1", _TITLE18 + "\n" + _LEAD),
    ("A1", _BODY),
    # P33: the head before a name with no region, or the commas already there.
    ("P33", _BODY + "Bupati Yosef Lede membuka pelatihan itu."),
    ("P33", _BODY + "Gubernur NTT, Viktor Laiskodat, membuka pelatihan itu."),
    ("P33", _BODY + "Presiden Joko Widodo meninjau lumbung pangan di Kupang."),
    ("P33", _BODY + "Hadir dalam kegiatan itu Bupati Kupang Yosef Lede, Kapolres dan Dandim."),
    ("P33", _BODY + "Bupati Kupang membuka pelatihan itu di aula rutan."),
    # P33: a one-word holder set off on both sides after the office's short form.
    (
        "P33",
        _BODY + "Kegiatan dibuka oleh Kepala Badan Kesatuan Bangsa dan Politik (Kesbangpol) "
        "Kupang, Sutrisno, didampingi Kepala Rutan.",
    ),
    (
        "P33",
        _BODY + "Kegiatan dibuka oleh Kepala Dinas Sosial (Dinsos) Kupang, Marthen, "
        "didampingi Kepala Rutan.",
    ),
    # Credits in square brackets at the article's end.
    ("P4", _BODY + "Razia berjalan tertib dan aman. [dny/aje]"),
    ("S1", _BODY + "Razia berjalan tertib dan aman. [dny/aje]"),
    ("P4", _BODY + "Razia berjalan tertib dan aman.\n[rz/ed]"),
    # P18: the connector is the predicate of the clause 'maka'/'sehingga' opens.
    (
        "P18",
        _BODY + "Karena ada tambahan petugas baru dari pusat maka sekarang jumlah petugas "
        "jaga di Rutan Kupang berjumlah 30 orang.",
    ),
    (
        "P18",
        _BODY + "Rutan menerima tambahan petugas dari pusat sehingga jumlah petugas jaga di "
        "Rutan Kupang berjumlah 30 orang.",
    ),
    (
        "P18",
        _BODY + "Jika semua berjalan lancar maka warga binaan di blok timur terdiri atas "
        "dua kelompok.",
    ),
    # P28: a reported clause's opening phrase closed by its comma.
    (
        "P28",
        _BODY + "Kepala Rutan Kupang mengatakan, untuk mendukung program pemerintah dalam "
        "pencegahan penyakit, Rutan memberlakukan beberapa kebijakan baru.",
    ),
    (
        "P28",
        _BODY + "Kepala Rutan menjelaskan, dalam rangka menjaga keamanan kamar hunian, "
        "Petugas melakukan razia setiap pekan.",
    ),
    (
        "P28",
        _BODY + "Ia menuturkan bahwa setelah razia selesai, Rutan Kupang menggelar apel bersama.",
    ),
    # P28: a position after a comma that closes an opening phrase, an apposition, a list.
    ("P28", _BODY + "Didampingi Kadivpas Budi, Kakanwil Yohanes Lado meninjau dapur."),
    ("P28", _BODY + "Usai apel pagi, Kakanwil Yohanes Lado meninjau dapur."),
    ("P28", _BODY + "Kegiatan dibuka oleh Budi, Kepala Lapas Kupang, didampingi para pejabat."),
    (
        "P28",
        _BODY + "Kegiatan dihadiri Kepala Lapas Kupang Budi, Kepala Rutan Kupang Andi serta "
        "Kepala Bapas.",
    ),
    ("P28", _BODY + "Hadir Kalapas Kupang Budi, Karutan Kupang Andi menyusul kemudian."),
    ("P28", _BODY + "“Kami meninjau dapur Lapas Kupang, Kalapas Budi menjelaskan menunya.”"),
    # P29: 'sesuai', 'sejalan' are the predicate before the complement's 'yang' clause.
    (
        "P29",
        _BODY + "Hal ini sesuai Undang-Undang Pemasyarakatan yang mengatur tentang hak "
        "warga binaan.",
    ),
    (
        "P29",
        _BODY + "Langkah itu sejalan dengan program Kanwil yang dicanangkan sejak awal tahun.",
    ),
    ("P29", _BODY + "Razia itu senada dengan instruksi Dirjen yang diterima pekan lalu."),
    # P7/P32: one agency named by its fields, then its region.
    (
        "P7",
        _BODY + "Pelatihan diselenggarakan oleh Dinas Kominfo, Persandian dan Statistik "
        "Provinsi Nusa Tenggara Timur di aula.",
    ),
    (
        "P32",
        _BODY + "Pelatihan diselenggarakan oleh Dinas Komunikasi, Informatika, Persandian "
        "dan Statistik Kabupaten Kupang.",
    ),
    (
        "P7",
        _BODY + "Rapat dihadiri Badan Kesatuan Bangsa, Politik dan Perlindungan Masyarakat "
        "Kota Kupang.",
    ),
    # P5: the turned opening mark pairs with the later closing one: no missing mark.
    (
        "P5",
        _BODY + "Budi selaku Kepala Rutan menyambut baik kunjungan itu.” Kami selalu terbuka "
        "bagi setiap mitra,” ungkap Budi.",
    ),
    ("P5", _BODY + "“Kami siap melayani,” kata Budi. Razia berlangsung tertib."),
    # P6: the position is the role of the name before it ('selaku'); items of a list.
    (
        "P6",
        _BODY + "Perjanjian ditandatangani Budi Santoso selaku Kepala Lapas Kupang, Ruth "
        "D. Lado selaku Kepala Dinas Kesehatan Provinsi, serta Koordinator Wilayah.",
    ),
    (
        "P6",
        _BODY + "Hadir Andi Lado sebagai Kepala Seksi Pelayanan, Maria Bria sebagai Kepala "
        "Subsi Registrasi dan para petugas.",
    ),
    # P13: a phrase of time opening the sentence.
    (
        "P13",
        _BODY + "Kunjungan berlangsung tiga hari. Mulai Senin hingga Rabu, dibagi dua sesi "
        "pagi dan siang.",
    ),
    ("P13", _BODY + "Sejak Senin hingga Kamis, dibuka layanan kunjungan tatap muka."),
    ("P13", _BODY + "Selama Jumat dan Sabtu, dilaksanakan pemeriksaan kesehatan."),
    # P20: a street's number or the comma already there.
    ("P20", _BODY + "Kantor itu berada di Jalan Timor Raya Nomor 5 Kota Kupang."),
    ("P20", _BODY + "Kantor itu berada di Jalan Timor Raya, Kota Kupang."),
    ("P20", _BODY + "Dinas memperbaiki Jalan Provinsi Kota Kupang sepanjang dua kilometer."),
    # P18: 'di antaranya' after a count of a part ('10 orang di antaranya').
    ("P18", _BODY + "Dari 40 peserta yang hadir, 10 orang di antaranya perempuan."),
    ("P18", _BODY + "Dari 40 peserta, sebagian besar di antaranya warga binaan."),
    ("P18", _BODY + "Rutan menerima 12 tahanan baru, tiga di antaranya perempuan."),
    # P39: 'sekaligus' after an opening phrase or a whole clause.
    ("P39", _BODY + "Usai kegiatan itu, sekaligus digelar doa bersama."),
    ("P39", _BODY + "Kami menyambut baik kegiatan itu, sekaligus berterima kasih."),
    # P7: two offices; the comma there; an office and its address.
    ("P7", _BODY + "Kakanwil memantau Lapas Kelas I Medan dan Rutan Kelas IIB Medan."),
    (
        "P7",
        _BODY + "Kakanwil memantau Lapas Kelas I Medan, Lapas Perempuan Medan, dan Rutan "
        "Kelas IIB Medan.",
    ),
    ("P7", _BODY + "Kakanwil memantau Lapas Kelas I Medan, Sumatera Utara dan Rutan Binjai."),
    # P9: one style throughout, or more of one style than of the other.
    ("P9", _BODY + "“Kami siap melayani,” kata Budi.\n“Semua petugas hadir,” ujarnya."),
    # P18: 'yakni' as the predicate of a subject with its count.
    ("P18", _BODY + "Jumlah petugas jaga di blok timur yakni tiga orang."),
    # P33: 'setempat' after no position, or the commas there.
    ("P33", _BODY + "Bantuan diberikan kepada warga setempat Desa Oelnasi."),
    ("P33", _BODY + "Kepala Lapas setempat, Yohanes Bria, meninjau dapur."),
    ("P33", _BODY + "Rombongan disambut pemerintah setempat dan tokoh masyarakat."),
    # P9: the space there; initials then their space; a degree's parts stay together.
    ("P9", _BODY + "Razia itu berhasil. “Kami akan terus menjaga keamanan,” ujar Budi."),
    ("P9", _BODY + "Razia dipimpin H.M. Yohanes Lado selaku Kepala Seksi."),
    ("P9", _BODY + "Razia dipimpin Yohanes Lado, A.Md.Kep. selaku perawat."),
    ("P9", _BODY + "“Razia itu berhasil.” Kami akan terus menjaga keamanan."),
    # P7: a ministry's fields joined by 'dan' after an office's comma.
    (
        "P7",
        _BODY + "Bapas Kelas II Kupang, Kementerian Hukum dan HAM RI Wilayah NTT, resmi "
        "menandatangani perjanjian itu.",
    ),
    (
        "P7",
        _BODY + "Rutan Kupang, Dinas Kesehatan dan Keluarga Berencana Kota Kupang, resmi "
        "bekerja sama.",
    ),
    # P29: 'Mr.' before a guest's name ends no sentence.
    (
        "P29",
        _BODY + "Pihak UNHCR yang diwakili oleh Mr. Sardar Ali dan Erik selaku perwakilan "
        "UNHCR Kupang mengucapkan terima kasih kepada Rutan.",
    ),
    ("P29", _BODY + "Tamu itu disambut Mrs. Jane Lado yang datang dari Jakarta."),
    # P39: the reported clause has its own predicate before the comma.
    (
        "P39",
        _BODY + "Kepala Bapas menjelaskan bahwa layanan itu lahir dari kepedulian terhadap "
        "wilayah kerja Bapas yang cukup luas, meliputi dua kabupaten.",
    ),
    (
        "P39",
        _BODY + "Kepala Lapas mengatakan bahwa gagasan itu muncul dari usulan warga binaan "
        "yang rajin berkebun, mencakup sayur dan buah.",
    ),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert found(text, rule) == []


def _on(text: str, piece: str) -> list[tuple[str, str, str | None]]:
    """Every rule's findings that touch ``piece`` (its first occurrence) in ``text``."""
    at = text.index(piece)
    return [
        (f.rule, f.text, f.suggestion)
        for f in check_text(text)
        if f.start < at + len(piece) and at < f.end
    ]


@pytest.mark.parametrize(
    ("text", "piece", "expected"),
    [
        # the mark turned and the space after it: one finding, both changes
        (
            _BODY + "” Kami siap melayani semua pengunjung,” kata Budi.",
            "” ",
            [("P9", "” ", "“")],
        ),
        # between two sentences: the space moves before the mark, one finding
        (
            _BODY + "Budi menyambut kunjungan itu.” Kami siap melayani,” kata Budi.",
            "” ",
            [("P9", "” ", " “")],
        ),
        # the comma's two sides
        (_BODY + "Petugas memeriksa kamar ,lalu mencatat hasilnya.", " ,", [("P9", " ,", ", ")]),
        # the same comma asked by two rules: the error kept
        (
            _BODY + "Dalam sambutannya Kepala Rutan Kupang menyampaikan terima kasih.",
            "Dalam sambutannya",
            [("P25", "Dalam sambutannya", "Dalam sambutannya,")],
        ),
    ],
)
def test_one_slip_is_one_finding(text, piece, expected):
    assert _on(text, piece) == expected


def test_two_slips_side_by_side_stay_two():
    # a misspelt word beside a comma's slip: two slips, two findings
    text = _BODY + "Petugas memeriksa kamar ,lalu mencatat hasilnya dengan teliti."
    rules = [f.rule for f in check_text(text) if f.start >= len(_BODY)]
    assert rules.count("P9") == 1
    text = _BODY + "Kepala Rutan kupang ,Budi, hadir."
    found_rules = {f.rule for f in check_text(text) if f.start >= len(_BODY)}
    assert "P9" in found_rules
