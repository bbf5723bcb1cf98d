"""Round 14 of issue 13, commas the checker missed on new text, each written as the EYD V rule
it is: the comma after a sentence adverb of viewpoint, an interjection, an opening phrase
closed by a demonstrative before its subject, a connector that points back in a speaker's
words, and a clause of condition after 'Namun,' (P8); 'yakni' that opens no sentence, or
follows a counted noun phrase or a prepositional phrase, and a verbless fragment opened by
'Termasuk' (P18); an office's name run into its holder's, a place chain, a parent body, a
'salah seorang' or 'selaku' apposition left open before the predicate, a holder's name in
brackets (P33); the comma after a body acting through its officials, and 'terlebih' read as
the adverb it is (P13); a phrase of means opened by a comma and left open (P40). Each class
with texts of our own that break the rule and texts that respect it (none copied from a
corpus)."""

from __future__ import annotations

import pytest
from checkhelp import found

_TITLE = "Rutan Wonogiri Gelar Pelatihan Berkebun\n"
_LEAD = "Wonogiri - Rutan Wonogiri menggelar pelatihan berkebun, Senin (2/3/2026).\n"
_BODY = _TITLE + _LEAD

BREAKS = [
    # A connector and sentence adverbs of viewpoint before the subject.
    (
        "P8",
        _BODY + "Karenanya Rutan Wonogiri menyiapkan lahan baru di belakang blok.",
        [("Karenanya", "Karenanya,")],
    ),
    (
        "P8",
        _BODY + "Secara umum kami menilai pelatihan ini berhasil.",
        [("Secara umum", "Secara umum,")],
    ),
    # An interjection, in a speaker's words too.
    (
        "P8",
        _BODY + "“Ya nanti kita tambah bibitnya,” ujar Budi.",
        [("Ya", "Ya,")],
    ),
    # An opening phrase closed by a demonstrative, then a subject and its verb.
    (
        "P8",
        _BODY + "Melalui aplikasi ini pemohon dapat mendaftar dari rumah.",
        [("ini", "ini,")],
    ),
    (
        "P8",
        _BODY + "Lanjutnya, dengan lahan tersebut warga binaan bisa menanam sayur.",
        [("tersebut", "tersebut,")],
    ),
    # A connector that points back joins sentences whoever speaks.
    (
        "P8",
        _BODY + "“Besok kami panen. Setelah itu akan ada lomba olahan sayur,” ujar Budi.",
        [("Setelah itu", "Setelah itu,")],
    ),
    (
        "P8",
        _BODY + "“Hanya saja bibitnya masih sedikit,” ujar Budi.",
        [("Hanya saja", "Hanya saja,")],
    ),
    # A clause of condition after 'Namun,' closed before 'maka'.
    (
        "P8",
        _BODY + "Namun, sebelum lahan siap maka bibit disimpan di gudang.",
        [("siap maka", "siap, maka")],
    ),
    # 'Yakni' opens no sentence.
    (
        "P18",
        _BODY + "Rutan juga menyiapkan tempat baru bagi warga binaan. Yakni kebun sayur di "
        "belakang blok.",
        [("binaan. Yakni", "binaan, yakni")],
    ),
    # After a phrase opened by a preposition 'yaitu' explains: no copula of a subject.
    (
        "P18",
        _BODY + "Selama masa panen yang dijadwalkan yaitu sampai akhir bulan, kebun dijaga.",
        [("dijadwalkan yaitu", "dijadwalkan, yaitu")],
    ),
    # A fragment with no verb that names what the sentence before holds.
    (
        "P18",
        _BODY + "Bibit datang dari beberapa pihak. Termasuk dari Dinas Pertanian dan warga.",
        [("pihak. Termasuk", "pihak, termasuk")],
    ),
    # A counted noun phrase, then 'yakni' and the names it counts.
    (
        "P18",
        _BODY + "Pelatihan itu mencakup tiga bidang utama pertanian yakni Hortikultura, "
        "Perikanan dan Peternakan.",
        [("pertanian yakni", "pertanian, yakni")],
    ),
    # In a speaker's words too, whatever the count's explanation opens with.
    (
        "P18",
        _BODY + "“Kami panen di tiga blok utama yakni di Blok A, Blok B dan Blok C,” ujar Budi.",
        [("utama yakni", "utama, yakni")],
    ),
    # A bracketed short form closes the office's name: the holder's name after it.
    (
        "P33",
        _BODY + "Kepala Pengamanan Rutan (KPR) Sutarjo Riyadi, menambahkan bahwa kebun dijaga.",
        [("(KPR) Sutarjo Riyadi", "(KPR), Sutarjo Riyadi")],
    ),
    # An office's name ending in a field's word, then its holder's name.
    (
        "P33",
        _BODY + "Kepala Subbidang Teknologi Informasi Wiratno Sasmito mengatakan, aplikasi itu "
        "mudah dipakai.",
        [("Informasi Wiratno Sasmito", "Informasi, Wiratno Sasmito,")],
    ),
    # A position whose unit lists its fields, then the holder's name.
    (
        "P33",
        _BODY + "Kabid Pelayanan, Pembinaan, dan Teknologi Informasi Wiratno Sasmito mengatakan, "
        "aplikasi itu mudah dipakai.",
        [("Informasi Wiratno Sasmito", "Informasi, Wiratno Sasmito,")],
    ),
    # A one-word name no dictionary lists after the office's place, before a verb of saying.
    (
        "P33",
        _BODY + "Kepala Seksi Keamanan Rutan Wonogiri Sumarjono mengatakan, kebun dijaga "
        "bergiliran.",
        [("Wonogiri Sumarjono", "Wonogiri, Sumarjono,")],
    ),
    # The holder's name before a relative clause.
    (
        "P33",
        _BODY + "Kepala Divisi Administrasi Sutarjo Riyadi yang mewakili Kakanwil menyampaikan "
        "arahan.",
        [("Administrasi Sutarjo Riyadi", "Administrasi, Sutarjo Riyadi,")],
    ),
    # A place chain left open before a predicate with no verb's prefix.
    (
        "P33",
        _BODY + "Warga binaan Rutan Wonogiri, Jawa Tengah (Jateng) tampak antusias.",
        [("Jawa Tengah (Jateng)", "Jawa Tengah (Jateng),")],
    ),
    # The body an office belongs to, set off after it and left open before the predicate.
    (
        "P33",
        _BODY + "Rutan Kelas IIB Wonogiri, Kanwil Kemenkumham Jawa Tengah menggelar panen raya.",
        [("Kanwil Kemenkumham Jawa Tengah", "Kanwil Kemenkumham Jawa Tengah,")],
    ),
    # A name, then what the person is: the apposition closed before the predicate.
    (
        "P33",
        _BODY + "Sutarjo salah seorang warga binaan Rutan Wonogiri mengaku senang berkebun.",
        [("Wonogiri", "Wonogiri,")],
    ),
    # What the person acts as, opened by a comma, closed before the predicate.
    (
        "P33",
        _BODY + "Sutarjo Riyadi, selaku Kepala Rutan Wonogiri mengatakan, kebun dijaga.",
        [("Wonogiri", "Wonogiri,")],
    ),
    # A phrase of means opened by a comma after the subject, closed before the predicate.
    (
        "P40",
        _BODY + "Rutan Wonogiri, melalui program ketahanan pangan berhasil memanen dua ton sayur.",
        [("pangan", "pangan,")],
    ),
    (
        "P40",
        _BODY + "“Kini Rutan Wonogiri, lewat kebun kecilnya berhasil memenuhi dapur,” ujar Budi.",
        [("kecilnya", "kecilnya,")],
    ),
    # A holder's name set in brackets after the office: commas, as any apposition.
    (
        "P33",
        _BODY + "Kepala Kanwil Kemenkumham Jawa Tengah (Sutarjo Riyadi) meninjau kebun rutan.",
        [("Tengah (Sutarjo Riyadi)", "Tengah, Sutarjo Riyadi,")],
    ),
    (
        "P33",
        _BODY + "Kebun itu diresmikan Kepala Rutan Wonogiri (Sutarjo Riyadi).",
        [("Wonogiri (Sutarjo Riyadi)", "Wonogiri, Sutarjo Riyadi")],
    ),
    # A body acting through its officials: no comma before the predicate.
    (
        "P13",
        _BODY + "Kanwil Kemenkumham Jawa Tengah melalui Kepala Divisi Administrasi, meninjau "
        "kebun rutan.",
        [(",", "")],
    ),
]

RESPECTS = [
    ("P8", _BODY + "Secara umum, kami menilai pelatihan ini berhasil."),
    # A manner adverb of the verb: no viewpoint.
    ("P8", _BODY + "Secara resmi Kakanwil membuka pelatihan berkebun."),
    # A call, not an interjection; an interjection already set off.
    ("P8", _BODY + "“Ya Allah, lancarkanlah panen kami,” ujar Budi."),
    ("P8", _BODY + "“Ya, nanti kita tambah bibitnya,” ujar Budi."),
    # The phrase closed by its comma; a predicate before its subject.
    ("P8", _BODY + "Melalui aplikasi ini, pemohon dapat mendaftar dari rumah."),
    ("P8", _BODY + "Dalam kegiatan tersebut hadir Kepala Rutan Wonogiri."),
    # An adverb of the verb in a speaker's words.
    ("P8", _BODY + "“Kami tanam dulu. Selanjutnya bisa dipanen bersama,” ujar Budi."),
    ("P8", _BODY + "Namun, sebelum lahan siap, bibit disimpan di gudang."),
    ("P18", _BODY + "Rutan juga menyiapkan tempat baru, yakni kebun sayur di belakang blok."),
    # A sentence of its own, with its verb (after the 'yang' clause: session 18 reads a
    # 'yang' clause's one verb as no predicate, so "Termasuk dari dinas yang membina kami."
    # is a fragment now).
    (
        "P18",
        _BODY + "Bibit datang dari beberapa pihak. Termasuk dinas yang membina kami ikut membantu.",
    ),
    ("P18", _BODY + "Bibit datang dari dinas. Seperti diketahui, dinas membina rutan."),
    # 'yaitu' as the copula of a subject with its relative clause.
    ("P18", _BODY + "Syarat yang dibutuhkan yaitu kartu identitas warga binaan."),
    ("P18", _BODY + "“Kami panen di blok utama yakni Blok A,” ujar Budi."),
    # The class and place after the bracket go on with the office's name.
    (
        "P33",
        _BODY + "Kepala Balai Pemasyarakatan (Bapas) Kelas I Wonogiri, Sutarjo Riyadi, "
        "menegaskan bahwa kebun dijaga.",
    ),
    # The comma closes the holder's name (whose opening comma P33 asks): no subject's comma.
    (
        "P13",
        _BODY + "Kepala Pengamanan Rutan (KPR) Sutarjo Riyadi, menambahkan bahwa kebun dijaga.",
    ),
    (
        "P33",
        _BODY + "Kepala Subbidang Teknologi Informasi, Wiratno Sasmito, mengatakan, aplikasi itu "
        "mudah dipakai.",
    ),
    # A list of offices, not a position's fields.
    ("P33", _BODY + "Peserta datang dari Lapas, Rutan, dan Bapas Wiratno Sasmito mengatakan."),
    (
        "P33",
        _BODY + "Kabid Pelayanan, Pembinaan, dan Teknologi Informasi, Wiratno Sasmito, "
        "mengatakan, aplikasi itu mudah dipakai.",
    ),
    # A dictionary word after the place goes on with it.
    ("P33", _BODY + "Kepala Rutan Wonogiri Selatan mengatakan, kebun dijaga bergiliran."),
    (
        "P33",
        _BODY + "Kepala Divisi Administrasi, Sutarjo Riyadi, yang mewakili Kakanwil "
        "menyampaikan arahan.",
    ),
    ("P33", _BODY + "Warga binaan Rutan Wonogiri, Jawa Tengah (Jateng), tampak antusias."),
    ("P33", _BODY + "Sutarjo, salah seorang warga binaan, mengaku senang berkebun."),
    # A relative clause inside the role: where it ends is not read.
    ("P33", _BODY + "Sutarjo salah seorang warga binaan yang ikut pelatihan mengaku senang."),
    ("P33", _BODY + "Sutarjo Riyadi, selaku Kepala Rutan Wonogiri, mengatakan kebun dijaga."),
    # No comma opened it: the editors leave 'selaku' run on.
    ("P33", _BODY + "Sutarjo Riyadi selaku Kepala Rutan Wonogiri mengatakan kebun dijaga."),
    (
        "P40",
        _BODY + "Rutan Wonogiri, melalui program ketahanan pangan, berhasil memanen dua ton sayur.",
    ),
    # A clause of its own after the phrase: where the phrase ends is not read.
    ("P40", _BODY + "Rutan Wonogiri, melalui program ini warga binaan memanen sayur."),
    # A short form in brackets, a group's name after no position: no holder's name.
    ("P33", _BODY + "Kepala Rumah Detensi Imigrasi (Rudenim) Wonogiri meninjau kebun."),
    ("P33", _BODY + "Kebun dikelola Kelompok Tani (Sari Makmur) di Wonogiri."),
    # A place in brackets is no holder's name.
    ("P33", _BODY + "Kepala Kantor Wilayah (Jawa Tengah) meninjau kebun rutan."),
    # Fields listed inside a body's name: one name, no place chain.
    (
        "P33",
        _BODY + "Rutan bersama Dinas Ketahanan Pangan, Pertanian dan Perikanan Kabupaten "
        "Wonogiri menggelar pelatihan.",
    ),
    # 'terlebih' is an adverb (KBBI), no ter- verb: the comma before it parts no subject.
    (
        "P13",
        _BODY + "Ia menekankan pentingnya kebun demi ketahanan pangan warga binaan, terlebih di "
        "musim kemarau.",
    ),
    # A list of bodies is no apposition.
    (
        "P33",
        _BODY + "Rutan Kelas IIB Wonogiri, Kanwil Kemenkumham Jawa Tengah dan Polres Wonogiri "
        "menggelar panen raya.",
    ),
    # The comma opens the holder's name, which a second comma closes.
    (
        "P13",
        _BODY + "Kanwil Kemenkumham Jawa Tengah melalui Kepala Divisi Administrasi, Bambang "
        "Riyadi, meninjau kebun rutan.",
    ),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert found(text, rule) == []
