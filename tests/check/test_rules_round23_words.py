"""Round 23 of issue 13, capitals, words and numbers: heldout18's classes read as grammar.
N1 leaves a span of days or months given as a range (EYD V: measures of time in digits) and
a count stated as a figure beside a figure of the same noun that stays in digits, and reads
``ke`` + a number + a noun of places as a count; K3 lowercases a prayer's name after
``salat``, a capitalised number word with the people it counts and a level word before a
word no name opens with (``Kabupaten/kota yang lain``); K10 capitalises a body's
name spelled by its initialism (``Organisasi perangkat Daerah (OPD)``); K5 leaves an
English name's function word (``Goes to School``); W34 leaves the
object of a transitive meN- verb and a common noun opening the lead after its dateline; K1
leaves a position before one capitalised noun of a kind of people (``wali Anak``); S2 reads
-nya written with one n after a stem in -n in a form the word list accepts only through a
root it gives no affix; S1 reads a country's name with two letters swapped and knows
``admin``, ``perda``, ``raperda``, ``ranperda`` (KBBI); W1 reads ``ke`` before a noun of
place (``ketengah``); W13 ``ratusan para``, ``debut perdana`` and ``turut didampingi``; W9
a title's ``Website OPD``; W27 ``Bareng`` after a title's verb; W6 ``handal``. Each class
with texts of our own that break the rule and texts that respect it (none copied from a
corpus)."""

from __future__ import annotations

import pytest
from checkhelp import found

_TITLE = "Rutan Soe Gelar Pembinaan Kemandirian\n"
_LEAD = "Soe - Rutan Soe menggelar pembinaan kemandirian, Senin (2/3/2026).\n"
_BODY = _TITLE + _LEAD

BREAKS = [
    # N1: 'ke' + a number + a noun of places one goes to is a count, not an ordinal.
    (
        "N1",
        _BODY + "Para pembimbing bergerak serentak ke 6 sekolah di Kabupaten Kupang.",
        [("6", "enam")],
    ),
    (
        "N1",
        _BODY + "Bantuan beras itu dikirim ke 3 desa di wilayah Amarasi.",
        [("3", "tiga")],
    ),
    # A count beside a figure of ANOTHER noun is still a lone count.
    (
        "N1",
        _BODY + "Rutan menerima 5 pengunjung. Ruang tunggunya memiliki 120 kursi.",
        [("5", "lima")],
    ),
    # A count of those who do something stays a count beside a total (round 15).
    (
        "N1",
        _BODY + "Sebanyak 240 orang warga binaan hadir. Selain itu, 4 orang petugas berjaga.",
        [("4", "empat")],
    ),
    # A range of minutes keeps round 10's reading.
    (
        "N1",
        _BODY + "Setiap pembesuk mendapat waktu antara 10 hingga 15 menit.",
        [("10 hingga 15", "sepuluh hingga lima belas")],
    ),
    # A range that counts people, not time, keeps its reading.
    (
        "N1",
        _BODY + "Setiap regu piket terdiri atas 4-5 orang petugas.",
        [("4-5", "empat sampai lima")],
    ),
    # W34: an adverb of meN- form ('mendadak') takes no object: the bare verb after it is
    # the predicate.
    (
        "W34",
        _BODY + "Karutan secara mendadak kumpulkan warga binaan di lapangan.",
        [("kumpulkan", "mengumpulkan")],
    ),
    # K1: a position before an office's name still takes its capitals.
    (
        "K1",
        _BODY + "Kegiatan itu dibuka oleh kepala Rutan Soe.",
        [("kepala", "Kepala")],
    ),
    # S2: -nya after a stem in -n written with one n.
    (
        "S2",
        _BODY + "Hal itu dikatakanya kepada wartawan usai kegiatan.",
        [("dikatakanya", "dikatakannya")],
    ),
    (
        "S2",
        _BODY + "Disampaikanya, pembinaan akan digelar setiap pekan.",
        [("Disampaikanya", "Disampaikannya")],
    ),
    # K3: a prayer's name after 'salat' is a common noun (KBBI: salat tarawih).
    (
        "K3",
        _BODY + "Warga binaan muslim mengikuti salat Tarawih berjamaah di masjid rutan.",
        [("Tarawih", "tarawih")],
    ),
    (
        "K3",
        _BODY + "Usai sholat Duha, warga binaan mengikuti pengajian rutin.",
        [("Duha", "duha")],
    ),
    # K3: a number word capitalised mid-sentence before a noun of people counts them.
    (
        "K3",
        _BODY + "Kegiatan itu diikuti dua pemuda Jepang dan Satu Pemuda Indonesia.",
        [("Satu Pemuda", "satu pemuda")],
    ),
    (
        "K3",
        _BODY + "Rutan menerima kunjungan Tiga Mahasiswa dari Universitas Nusa Cendana.",
        [("Tiga Mahasiswa", "tiga mahasiswa")],
    ),
    # S1: a country's name with two letters swapped or one dropped or doubled.
    (
        "S1",
        _BODY + "Dua perwakilan pemuda Asutralia mengunjungi rutan.",
        [("Asutralia", "Australia")],
    ),
    (
        "S1",
        _BODY + "Deteni asal Malyasia itu dideportasi melalui Bandara El Tari.",
        [("Malyasia", "Malaysia")],
    ),
    # ... inside a run of capitalised words before a person's name too.
    (
        "S1",
        _BODY + "Dua Perwakilan Pemuda Asutralia Lena Hart dan Mia Cole ikut menanam.",
        [("Asutralia", "Australia")],
    ),
    # W1: 'ke' before a noun of place or position is written apart.
    (
        "W1",
        _BODY + "Mereka siap kembali ketengah masyarakat setelah bebas.",
        [("ketengah", "ke tengah")],
    ),
    (
        "W1",
        _BODY + "Usai apel, petugas berjalan kepinggir lapangan.",
        [("kepinggir", "ke pinggir")],
    ),
    # W13: a quantifier says "many" already: 'para' after it marks the plural twice.
    (
        "W13",
        _BODY + "Rutan memberi bingkisan kepada ratusan para warga binaan.",
        [("ratusan para", "ratusan")],
    ),
    (
        "W13",
        _BODY + "Karutan menyapa seluruh para petugas jaga sebelum apel.",
        [("seluruh para", "seluruh")],
    ),
    # W9: in a title, a short form in capitals after a foreign noun is its owner, not a
    # word of an English name.
    (
        "W9",
        "Diskominfo Tertibkan Website OPD\n"
        "Gresik - Diskominfo mengumpulkan pengelola laman OPD, Senin (2/3/2026).\n",
        [("Website", "Laman")],
    ),
    # K3: a level word before a word no name opens with is the common noun.
    (
        "K3",
        _BODY + "Rutan terus berbenah agar sejajar dengan Kabupaten/kota yang lain.",
        [("Kabupaten/kota", "kabupaten/kota")],
    ),
    (
        "K3",
        _BODY + "Pelatihan juga diikuti perwakilan Kecamatan lainnya di Kabupaten Soe.",
        [("Kecamatan", "kecamatan")],
    ),
    # K5: an English function word beside Indonesian words of a title takes its capital.
    (
        "K5",
        "Kanwil Gelar Pelatihan to Petugas Rutan\n"
        "Soe - Kanwil menggelar pelatihan bagi petugas, Senin (2/3/2026).\n",
        [("to", "To")],
    ),
    # K10: a body's name spelled by its initialism keeps every word's capital.
    (
        "K10",
        _BODY + "Rapat diikuti pengelola laman Organisasi perangkat Daerah (OPD) se-Kabupaten Soe.",
        [("perangkat", "Perangkat")],
    ),
    (
        "K10",
        _BODY + "Hadir pula perwakilan Badan Narkotika nasional (BNN) Kabupaten Soe.",
        [("nasional", "Nasional")],
    ),
    # W13: a debut is a first appearance already.
    (
        "W13",
        _BODY + "Program itu menjalani debut perdananya di Pulau Semau.",
        [("debut perdananya", "debutnya")],
    ),
    # W13: the one accompanied does not join in.
    (
        "W13",
        _BODY + "Karutan, yang turut didampingi Kepala Seksi Pelayanan, meninjau dapur.",
        [("turut didampingi", "didampingi")],
    ),
    # W27: a colloquial word after a title's verb stands where the sentence's word does.
    (
        "W27",
        "Warga Binaan Rutan Soe Berkumpul Bareng Keluarga\n"
        "Soe - Rutan Soe menggelar kunjungan keluarga, Senin (2/3/2026).\n",
        [("Bareng", "Bersama")],
    ),
    # W6: 'handal' is KBBI's non-standard form of 'andal'.
    (
        "W6",
        _BODY + "Warga binaan dibekali keterampilan yang handal.",
        [("handal", "andal")],
    ),
]

RESPECTS = [
    # N1: a span of time as a range is a measure (EYD V), in digits.
    ("N1", _BODY + "Remisi itu berupa pengurangan masa pidana 1 sampai 6 bulan."),
    ("N1", _BODY + "Paspor dapat diambil dalam 3 sampai 4 hari kerja."),
    ("N1", _BODY + "Pelatihan berlangsung 2 hingga 3 minggu di bengkel kerja."),
    # A count compared with a figure of the same noun that stays in digits.
    ("N1", _BODY + "Daya tampung rutan ini adalah 150 orang. Namun, penghuninya 236 orang."),
    ("N1", _BODY + "Jumlah deteni kini mencapai 72 orang.\nPadahal kuotanya hanya 50 orang."),
    (
        "N1",
        _BODY + "Satu kamar semestinya diisi paling banyak 4 orang, kini 7-8 orang per kamar.",
    ),
    # An ordinal after its noun is W8's, not a count.
    ("N1", _BODY + "Pelatihan memasuki hari ke 6 sekolah lapang."),
    # W34: the object of a transitive meN- verb is a noun.
    ("W34", _BODY + "Kakanwil hadir untuk memperkuat fasilitasi produk hukum daerah."),
    ("W34", _BODY + "Petugas terus meningkatkan layanan kunjungan bagi keluarga."),
    # A common noun opening the lead after the dateline is no named subject.
    (
        "W34",
        "Rutan Soe Penuh\nSoe – Daya tampung maksimal Rutan Soe adalah 150 orang.\n",
    ),
    (
        "W34",
        "Rutan Soe Penuh\nSoe – Daya tarik pameran karya warga binaan terletak pada motifnya.\n",
    ),
    # K1: one capitalised noun of people after a position's word names no office.
    ("K1", _BODY + "Kegiatan itu melibatkan orang tua atau wali Anak sebagai pendamping."),
    ("K1", _BODY + "Hakim meminta wali Anak hadir pada sidang berikutnya."),
    # S2: -nya on a word and a regular -an form are meant as written.
    ("S2", _BODY + "Di antaranya hadir tokoh agama. Tandanya, warga binaan antusias."),
    ("S2", _BODY + "Kemampuannya meningkat dan kesempatannya terbuka lebar."),
    ("S2", _BODY + "Karyanya dipamerkan. Biayanya ditanggung panitia. Upayanya berhasil."),
    # S1: KBBI words the list lacked.
    ("S1", _BODY + "Rapat diikuti Admin Website OPD. Petugas mendampingi admin yang kesulitan."),
    ("S1", _BODY + "Kanwil membantu harmonisasi ranperda, raperda, dan perda di daerah."),
    # K3: a day's or a holiday's name after 'salat' keeps its capital; a title is in title
    # case; a programme's name opens with a number word.
    ("K3", _BODY + "Warga binaan mengikuti salat Jumat berjamaah di masjid rutan."),
    ("K3", _BODY + "Ribuan warga mengikuti salat Iduladha di lapangan kota."),
    (
        "K3",
        "Rutan Soe Gelar Salat Tarawih Berjamaah\n"
        "Soe - Rutan Soe menggelar salat tarawih berjamaah, Senin (2/3/2026).\n",
    ),
    ("K3", _BODY + "Kegiatan itu mendukung program Satu Data Indonesia di daerah."),
    (
        "K3",
        "Rutan Soe Terima Kunjungan dari Dua Pemuda Jepang\n"
        "Soe - Rutan Soe menerima kunjungan dua pemuda Jepang, Senin (2/3/2026).\n",
    ),
    # S1: a person's name a letter away from a country is no slip of it; a short country
    # name is left to the names it resembles.
    ("S1", _BODY + "Petugas bernama Indria Sari menyambut rombongan tamu."),
    ("S1", _BODY + "Tamu itu disambut oleh Irna, petugas layanan kunjungan."),
    # W1: 'keluar' is a verb of its own; the derived verbs keep their stems.
    ("W1", _BODY + "Warga binaan keluar dari kamar hunian untuk senam pagi."),
    ("W1", _BODY + "Kalapas mengetengahkan gagasan baru dan mengemukakan pendapatnya."),
    # W13: 'para' alone, or after a word that is no quantifier, is one plural marker.
    ("W13", _BODY + "Para petugas dan para tamu undangan mengikuti apel pagi."),
    ("W13", _BODY + "Karutan menyapa petugas, lalu para warga binaan berkumpul."),
    # W9: a capitalised English word beside a name in running text may be the name's.
    ("W9", _BODY + "Peserta mengikuti Google Workshop yang digelar daring."),
    # K5: an English programme's name keeps its English title case.
    (
        "K5",
        "Bapas Soe Goes to School Sasar Ratusan Pelajar\n"
        "Soe - Bapas Soe menyasar ratusan pelajar, Senin (2/3/2026).\n",
    ),
    (
        "K5",
        "Lapas Soe Gelar Back to Basic bagi Petugas\n"
        "Soe - Lapas Soe menggelar pelatihan dasar, Senin (2/3/2026).\n",
    ),
    # K3: a level word of a body's name, or before a place's name, keeps its capital.
    ("K3", _BODY + "Pemerintah Kabupaten setempat mendukung kegiatan itu."),
    ("K3", _BODY + "Kegiatan digelar di Kabupaten Soe yang berbatasan dengan Kota Kupang."),
    ("K3", _BODY + "Bantuan disalurkan ke Desa/Kelurahan Sadar Hukum di wilayah Soe."),
    # K10: a common term before its short form is no body's name (K3 lowercases it whole);
    # a name written right, and one whose initialism does not spell it, are left.
    ("K10", _BODY + "Petugas menyusun standar operasional prosedur (SOP) layanan kunjungan."),
    ("K10", _BODY + "Kurangnya Sumber daya Manusia (SDM) menjadi kendala pembinaan."),
    ("K10", _BODY + "Rapat diikuti pengelola laman Organisasi Perangkat Daerah (OPD)."),
    ("K10", _BODY + "Rutan bekerja sama dengan Dinas kesehatan setempat (PKM) dalam layanan."),
    # W13: 'perdana' and 'debut' apart say different things.
    ("W13", _BODY + "Penerbangan perdana dan debut grup musik rutan berjalan meriah."),
    # W13: the one who accompanies may join in; 'turut hadir' is the attendees' phrase.
    ("W13", _BODY + "Kepala Seksi Pelayanan turut mendampingi Karutan meninjau dapur."),
    ("W13", _BODY + "Turut hadir dalam kegiatan itu Kepala Seksi Pelayanan."),
    # W27: a place's name in a title keeps its word.
    (
        "W27",
        "Rutan Soe Gelar Penyuluhan Hukum di Desa Bareng\n"
        "Soe - Rutan Soe menggelar penyuluhan hukum, Senin (2/3/2026).\n",
    ),
    # W6: a name with the word keeps it.
    ("W6", _BODY + "Layanan itu dapat diakses lewat aplikasi Handal Online milik rutan."),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert found(text, rule) == []
