"""Round 23 of issue 13, seams: quote pairing, commas of correlatives and subordinate
clauses, clefts, and where an apposition ends.

- quotes: a straight mark glued to a quoted sentence's comma or stop, then an attribution
  verb, closes a quote even when its opening mark is missing (no P21 on it; P5 asks the
  opening once, where the quote begins); a quote opened and never closed ends at the comma
  before its attribution verb and speaker (``"Sangat segar, ungkap Rina saat …``);
- P17: no comma asked before ``padahal`` (a subordinate clause, as EYD V and the sets leave
  it), nor in ``tidak hanya … tetapi juga`` correlating two phrases (two predicates keep it);
- P29: a cleft (``Hal inilah yang menjadi …``): the -lah phrase is the predicate;
- P33: a holder's name closed by a comma before its degrees typed bare (``Budi, SH,``);
- P33: a town of two words after the office's class (``Kelas IIB Tanah Merah Agus …``,
  the class split in two too) when the article names the town so elsewhere;
- P33: 'bersama' ends a holder's run (``… Agus Salim bersama Kepala Kanwil … Bali Rudi
  Hartono``: both names read); 'I'/'Ni' after a place opens a Balinese name, no class
  (``Bupati Gianyar I Made Suarta`` → ``Gianyar, I Made Suarta,``);
- P6: an office's short form in brackets before the comma that opens the holder's name
  (``Gubernur Jawa Tengah (Jateng), Joko Santoso menandatangani``); a Balinese name of five
  words (``I Made Agus Dwi Santika``); a relative clause opened after a name with ``, yang``
  and left open before the main predicate of saying (``…, yang memimpin razia itu
  menyatakan bahwa …``);
- P20: a place named by its kind, then the wider region (``di pantai Sendang Kabupaten
  Wonogiri``); A7: a city, a comma and the outlet's name with no dash before the lead;
- P39: no comma before 'maupun' joining two items (``baik …, maupun …``);
- ``is_verb``: ber- verbs of a root in -nya (``bertanya``), be- verbs (``bekerja``) and
  reduplicated verbs (``bertanya-tanya``).

Texts of our own in the genre (none copied from a corpus)."""

from __future__ import annotations

import pytest
from checkhelp import found

from kabar_desktop.check.rules.commas import is_verb

_TITLE = "Rutan Wonogiri Gelar Pelatihan Berkebun\n"
_LEAD = "Wonogiri - Rutan Wonogiri menggelar pelatihan berkebun, Senin (2/3/2026).\n"
_BODY = _TITLE + _LEAD

BREAKS = [
    # A quote whose opening mark was left out: the opening is asked once, where it begins.
    (
        "P5",
        _BODY + 'Kebun ini kami rawat bersama warga binaan setiap pagi," jelas Budi.',
        [("Kebun", '"Kebun')],
    ),
    (
        "P5",
        _BODY + 'Budi menyebut kebun itu "kebun harapan" bagi warga. Kebun ini kami rawat '
        'setiap pagi," jelas Budi.',
        [("Kebun", '"Kebun')],
    ),
    (
        "P5",
        _BODY + 'Budi menyebut kebun itu "kebun harapan" bagi warga. Kebun ini kami rawat. '
        'Hasilnya kami jual ke koperasi," jelas Budi.',
        [("Kebun", '"Kebun')],
    ),
    # A quote opened and not closed ends before its attribution verb and speaker.
    (
        "P5",
        _BODY + '"Sayurnya sangat segar, ungkap Rina saat mencicipi sayur hasil panen.',
        [(",", ',"')],
    ),
    (
        "P5",
        _BODY + "“Kebunnya rapi sekali, tutur Dewi sambil memotret bedeng sayur.",
        [(",", ",”")],
    ),
    # Two predicates correlated: two clauses, the comma before 'tetapi'.
    (
        "P17",
        _BODY + "Pelatihan ini tidak hanya mengajarkan cara menanam sayur tetapi juga "
        "membekali warga binaan dengan cara menjualnya.",
        [("sayur tetapi", "sayur, tetapi")],
    ),
    # A bare degree after the holder's name: the name is set off before it.
    (
        "P33",
        _BODY + "Menurut Kepala Dinas Pertanian Kabupaten Wonogiri Budi Santoso, SH, "
        "pihaknya siap membantu.",
        [("Wonogiri Budi Santoso, SH", "Wonogiri, Budi Santoso, SH,")],
    ),
    # The office's short form in brackets before the comma that opens the name.
    (
        "P6",
        _BODY + "Gubernur Jawa Tengah (Jateng), Joko Santoso menandatangani perjanjian "
        "kerja sama itu.",
        [("Joko Santoso", "Joko Santoso,")],
    ),
    (
        "P6",
        _BODY + "Kepala Kanwil Kemenkumham Jawa Tengah (Jateng), Budi Santoso dalam rangka "
        "memperkuat layanan hukum hadir di Wonogiri.",
        [("Budi Santoso", "Budi Santoso,")],
    ),
    # A Balinese name of five words.
    (
        "P6",
        _BODY + "Kepala Bapas Kelas II Denpasar, I Made Agus Dwi Santika bersama pejabat "
        "struktural mengunjungi sekolah.",
        [("I Made Agus Dwi Santika", "I Made Agus Dwi Santika,")],
    ),
    # A relative clause opened after a name and left open before the predicate.
    (
        "P6",
        _BODY + "Kepala Rutan Wonogiri, Budi Santoso, yang memimpin langsung razia itu "
        "menyatakan bahwa kegiatan ini rutin.",
        [("itu menyatakan", "itu, menyatakan")],
    ),
    (
        "P6",
        _BODY + "Kakanwil Budi Santoso, yang turut didampingi Kepala Divisi Pemasyarakatan, "
        "Joko, dan jajaran menyampaikan bahwa dukungan pemda penting.",
        [("jajaran menyampaikan", "jajaran, menyampaikan")],
    ),
    (
        "P6",
        _BODY + "Dewi Lestari, yang hadir mewakili Kakanwil memastikan bahwa bibit sudah "
        "dibagikan.",
        [("Kakanwil memastikan", "Kakanwil, memastikan")],
    ),
    # A town of two words after the office's class, named so elsewhere in the article.
    (
        "P33",
        "Rutan Batu Ampar Gelar Pelatihan Berkebun\n"
        "Batu Ampar - Kepala Rutan Kelas IIB Batu Ampar Agus Salim mengatakan pelatihan "
        "digelar tiga hari.\n",
        [("Batu Ampar Agus Salim", "Batu Ampar, Agus Salim,")],
    ),
    (
        "P33",
        _BODY + "Kepala Rutan Kelas II B Batu Ampar Agus Salim mengatakan petugas di Batu "
        "Ampar siap membantu.",
        [("Batu Ampar Agus Salim", "Batu Ampar, Agus Salim,")],
    ),
    # 'bersama' ends the first person's run: the second office and name are read too.
    (
        "P33",
        _BODY + "Naskah itu ditandatangani Kepala Rutan Wonogiri Agus Salim bersama Kepala "
        "Kanwil Kemenkumham Bali Rudi Hartono.",
        [
            ("Wonogiri Agus Salim", "Wonogiri, Agus Salim,"),
            ("Bali Rudi Hartono", "Bali, Rudi Hartono"),
        ],
    ),
    # 'I' before a capitalised word after a place opens a Balinese name, no office's class
    # (the checker read 'I' as the class and asked 'I, Made Suarta,'; the sets mark a
    # region's head, its region and a holder's name six times of eight, round 23's count).
    (
        "P33",
        _BODY + "Bupati Gianyar I Made Suarta membuka pelatihan itu di Wonogiri.",
        [("Gianyar I Made Suarta", "Gianyar, I Made Suarta,")],
    ),
    (
        "P33",
        _BODY + "Kepala Lapas Kelas I Denpasar I Made Suarta mengatakan panen berhasil.",
        [("Denpasar I Made Suarta", "Denpasar, I Made Suarta,")],
    ),
    (
        "P6",
        _BODY + "Tim Pengawas, yang terdiri atas lima orang memastikan bahwa semua bibit sehat.",
        [("orang memastikan", "orang, memastikan")],
    ),
    # A place named by its kind, then the wider region: a comma between.
    (
        "P20",
        _BODY + "Perahu nelayan itu terdampar di pantai Sendang Kabupaten Wonogiri.",
        [("Sendang Kabupaten", "Sendang, Kabupaten")],
    ),
    (
        "P20",
        _BODY + "Petugas menyeberang ke Pulau Semau Kabupaten Kupang untuk penyuluhan.",
        [("Semau Kabupaten", "Semau, Kabupaten")],
    ),
    # The city, a comma and the outlet's name, then the lead with no dash.
    (
        "A7",
        _TITLE + "Wonogiri, Kabarwonogiri Rutan Wonogiri menggelar pelatihan berkebun, Senin "
        "(2/3/2026).\n",
        [("Wonogiri, Kabarwonogiri", "Wonogiri, Kabarwonogiri -")],
    ),
    (
        "A7",
        _TITLE + "Wonogiri, Wonogiriterkini.com Rutan Wonogiri menggelar pelatihan berkebun.\n",
        [("Wonogiri, Wonogiriterkini.com", "Wonogiri, Wonogiriterkini.com -")],
    ),
    # 'maupun' joining two items takes no comma.
    (
        "P39",
        _BODY + "Semoga program ini dapat membuka wawasan para pelajar tentang tugas Bapas, "
        "maupun peradilan anak.",
        [(",", "")],
    ),
    (
        "P39",
        _BODY + "Informasi itu disajikan, baik yang wajib disediakan setiap saat, maupun yang "
        "diumumkan berkala.",
        [(",", "")],
    ),
]

RESPECTS = [
    # The closing mark of a quote whose opening was lost is no opening mark (P21).
    ("P21", _BODY + 'Kebun ini kami rawat bersama warga binaan setiap pagi," jelas Budi.'),
    (
        "P21",
        _BODY + 'Budi menyebut kebun itu "kebun harapan" bagi warga. Kebun ini kami rawat '
        'setiap pagi," jelas Budi.',
    ),
    ("P21", _BODY + 'Hasil panen dijual ke koperasi," ujarnya.'),
    # Quotes in pairs, and a quote closed where it should be.
    ("P5", _BODY + '"Kebun ini kami rawat setiap pagi," jelas Budi kepada peserta.'),
    ("P5", _BODY + '"Sayurnya segar," ungkap Rina saat mencicipi sayur hasil panen.'),
    ("P5", _BODY + 'Budi menyebut kebun itu "kebun harapan" bagi warga binaan.'),
    # 'padahal' opens a subordinate clause: no comma asked.
    (
        "P17",
        _BODY + "Petugas jaga malam hanya berjumlah empat orang padahal seharusnya enam orang.",
    ),
    (
        "P17",
        _BODY + "Warga itu membayar denda karena paspornya hilang padahal masa berlakunya "
        "masih panjang.",
    ),
    # 'tidak hanya … tetapi juga' correlating two phrases.
    (
        "P17",
        _BODY + "Pendampingan diberikan secara rutin, tidak hanya kepada anak tetapi juga "
        "kepada orang tua.",
    ),
    (
        "P17",
        _BODY + "Pelatihan ini diikuti tidak hanya warga binaan tetapi juga petugas rutan.",
    ),
    (
        "P17",
        _BODY + "Manfaatnya terasa tak hanya di dalam rutan tetapi juga di tengah masyarakat.",
    ),
    (
        "P17",
        _BODY + "Pelatihan ini tidak hanya mengajarkan cara menanam sayur, tetapi juga "
        "membekali warga binaan dengan cara menjualnya.",
    ),
    # A cleft: the pronoun or demonstrative with -lah is the predicate.
    ("P29", _BODY + "Hal inilah yang menjadi tantangan utama bagi petugas kebun."),
    ("P29", _BODY + "Merekalah yang merawat kebun sayur setiap pagi."),
    ("P29", _BODY + "Kegiatan itulah yang dinantikan warga binaan setiap bulan."),
    # The name already set off, or a list of those present.
    (
        "P33",
        _BODY + "Menurut Kepala Dinas Pertanian Kabupaten Wonogiri, Budi Santoso, SH, "
        "pihaknya siap membantu.",
    ),
    ("P6", _BODY + "Kepala Rutan Wonogiri (Karutan), Budi Santoso, membuka kegiatan itu."),
    (
        "P6",
        _BODY + "Kepala Rutan Wonogiri (Karutan), Kepala Lapas Sragen (Kalapas), dan Camat "
        "Baturetno hadir.",
    ),
    (
        "P6",
        _BODY + "Kepala Bapas Kelas II Denpasar, I Made Agus Dwi Santika, bersama pejabat "
        "struktural mengunjungi sekolah.",
    ),
    # The relative clause closed, or a clause that goes on the relative's own.
    (
        "P6",
        _BODY + "Kepala Rutan Wonogiri, Budi Santoso, yang memimpin langsung razia itu, "
        "menyatakan bahwa kegiatan ini rutin.",
    ),
    (
        "P6",
        _BODY + "Budi Santoso, yang memimpin razia dan memeriksa kamar hunian, memastikan "
        "bahwa semua aman.",
    ),
    (
        "P6",
        _BODY + "Budi Santoso, yang datang untuk menyampaikan bantuan, disambut warga binaan.",
    ),
    ("P6", _BODY + "Razia itu dipimpin Budi Santoso, yang memastikan bahwa semua kamar diperiksa."),
    (
        "P6",
        _BODY + "Setelah razia, petugas yang memeriksa kamar hunian menyampaikan bahwa semua aman.",
    ),
    # The class, then a name of two words the article never gives as a place.
    (
        "P33",
        _BODY + "Kepala Rutan Kelas IIB Agus Salim Santoso mengatakan petugas siap membantu.",
    ),
    (
        "P33",
        "Rutan Batu Ampar Gelar Pelatihan Berkebun\n"
        "Batu Ampar - Kepala Rutan Kelas IIB Batu Ampar, Agus Salim, mengatakan pelatihan "
        "digelar tiga hari.\n",
    ),
    (
        "P33",
        _BODY + "Naskah itu ditandatangani Kepala Rutan Wonogiri, Agus Salim, bersama Kepala "
        "Kanwil Kemenkumham Bali, Rudi Hartono.",
    ),
    ("P33", _BODY + "Kepala Kantor Imigrasi Kelas I Denpasar, I Made Suarta, hadir."),
    ("P6", _BODY + "Budi Santoso, yang lahir di Wonogiri, menyampaikan terima kasih."),
    (
        "P6",
        _BODY + "Bantuan itu diserahkan kepada Budi Santoso, yang menjelaskan bahwa bantuan "
        "akan dibagikan.",
    ),
    ("P6", _BODY + "Warga binaan yang mengikuti pelatihan menyampaikan bahwa mereka senang."),
    ("P39", _BODY + "Baik di dalam maupun di luar rutan, petugas tetap waspada."),
    # The chain set off already, or an office's name that holds the region.
    ("P20", _BODY + "Petugas menyeberang ke Pulau Semau, Kabupaten Kupang untuk penyuluhan."),
    ("P20", _BODY + "Kepala Dinas Pasar Kota Wonogiri hadir dalam rapat itu."),
    ("P20", _BODY + "Rapat digelar di Pasar Kota Wonogiri pada pagi hari."),
    # A dateline with its dash, or the office's own form (a city, a comma, the lead).
    (
        "A7",
        _TITLE + "Wonogiri, Kabarwonogiri - Rutan Wonogiri menggelar pelatihan berkebun.\n",
    ),
    (
        "A7",
        _TITLE + "Wonogiri, Posyandu Melati menggelar penimbangan balita, Senin (2/3/2026).\n",
    ),
    (
        "A7",
        _TITLE + "Wonogiri, Persatuan Istri Petugas menggelar bakti sosial, Senin (2/3/2026).\n",
    ),
    (
        "A7",
        _TITLE + "Wonogiri, Pos Pelayanan Terpadu menggelar penimbangan, Senin (2/3/2026).\n",
    ),
    # A list of three or more keeps its comma before 'maupun'; a pair without one.
    ("P39", _BODY + "Warga binaan belajar membaca, menulis, maupun menggambar."),
    ("P39", _BODY + "Petugas memeriksa kamar, dapur, maupun gudang makanan di rutan."),
    ("P39", _BODY + "Layanan dibuka baik di kantor maupun di rutan."),
    (
        "P39",
        _BODY + "Bantuan diberikan baik kepada warga di desa, di kelurahan, maupun di rutan.",
    ),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert found(text, rule) == []


@pytest.mark.parametrize(
    "word", ["bertanya", "ditanyakan", "bekerja", "belajar", "bertanya-tanya", "berbincang-bincang"]
)
def test_verbs_by_their_form(word):
    assert is_verb(word)


@pytest.mark.parametrize("word", ["menurutnya", "dirinya", "anak-anak", "bersama", "berita"])
def test_words_that_are_no_verbs(word):
    assert not is_verb(word)
