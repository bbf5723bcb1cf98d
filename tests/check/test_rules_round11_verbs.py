"""Round 11 of issue 13, verbs and padding in the writer's narration: a transitive verb that
lost its meN- after a subject, a modal or a purpose (W34), and padding beside a word that says
it already (W13: stacked adverbs of degree, 'paling' before a superlative, 'dengan melalui',
'lebih sebanyak', 'turut hadir menyaksikan', 'antara … bersama', 'pada' for 'kepada' before
a person told). Each class with texts of our own that break the rule and texts that respect
it (none copied from a corpus)."""

from __future__ import annotations

import pytest
from checkhelp import found

_TITLE = "Rutan Wonosari Latih Warga Binaan Menjahit\n"
_LEAD = "Wonosari - Rutan Wonosari menggelar pelatihan menjahit, Rabu (4/9/2024).\n"

BREAKS = [
    # A -kan or -i verb after its subject and before its object.
    (
        "W34",
        _TITLE + _LEAD + "Dalam arahannya Karutan jelaskan bahwa pelatihan digelar sebulan.",
        [("jelaskan", "menjelaskan")],
    ),
    (
        "W34",
        _TITLE + _LEAD + "Setiap hari Rutan Wonosari layani 40 pengunjung.",
        [("layani", "melayani")],
    ),
    # A bare root after a modal, before its object.
    (
        "W34",
        _TITLE + _LEAD + "Kini peserta mampu jahit seragam sendiri.",
        [("jahit", "menjahit")],
    ),
    (
        "W34",
        _TITLE + _LEAD + "Peserta akan jual hasil jahitan di pameran.",
        [("jual", "menjual")],
    ),
    # The subject set off as an apposition: a title, the name between commas, the verb.
    (
        "W34",
        _TITLE + _LEAD + "Kepala Rutan Wonosari, Budi Santoso, sampaikan bahwa peserta rajin.",
        [("sampaikan", "menyampaikan")],
    ),
    # A bare root after a name as the subject, as a headline writes it, in the body.
    (
        "W34",
        _TITLE + _LEAD + "Selain itu, Bapas Gunungkidul tinjau dapur rutan.",
        [("tinjau", "meninjau")],
    ),
    # A second predicate joined to a transitive meN- verb keeps the prefix too.
    (
        "W34",
        _TITLE + _LEAD + "Petugas memeriksa dan catat barang bawaan pengunjung.",
        [("catat", "mencatat")],
    ),
    (
        "W34",
        _TITLE + _LEAD + "Sebelumnya, Kanwil Jawa Tengah gelar rapat koordinasi di Semarang.",
        [("gelar", "menggelar")],
    ),
    # A passive before its agent keeps its di-.
    (
        "W34",
        _TITLE + _LEAD + "Materi yang sampaikan oleh instruktur mudah dipahami.",
        [("sampaikan", "disampaikan")],
    ),
    # A purpose takes the whole verb.
    (
        "W34",
        _TITLE + _LEAD + "Pelatihan digelar untuk tingkatkan keterampilan peserta.",
        [("tingkatkan", "meningkatkan")],
    ),
    # Two adverbs of degree; 'paling' before a superlative in ter-.
    (
        "W13",
        _TITLE + _LEAD + "Suasana pelatihan begitu sangat meriah.",
        [("begitu sangat", "sangat")],
    ),
    (
        "W13",
        _TITLE + _LEAD + "Hasil jahitan mereka amat sangat rapi.",
        [("amat sangat", "sangat")],
    ),
    (
        "W13",
        _TITLE + _LEAD + "Peserta paling terbaik menerima hadiah.",
        [("paling terbaik", "terbaik")],
    ),
    # A preposition before a verb that is one; a comparison with an amount.
    (
        "W13",
        _TITLE + _LEAD + "Pendaftaran dilakukan dengan melalui laman resmi.",
        [("dengan melalui", "melalui")],
    ),
    (
        "W13",
        _TITLE + _LEAD + "Produk yang terjual lebih sebanyak 300 potong.",
        [("lebih sebanyak", "lebih dari")],
    ),
    # 'hadir' before the verb of what was attended.
    (
        "W13",
        _TITLE + _LEAD + "Kepala Divisi turut hadir menyaksikan pembukaan pelatihan.",
        [("turut hadir menyaksikan", "turut menyaksikan")],
    ),
    # 'antara … bersama' for 'antara … dan'.
    (
        "W13",
        _TITLE + _LEAD + "Kerja sama antara rutan bersama dinas tenaga kerja terus berjalan.",
        [("bersama", "dan")],
    ),
    # 'pada' before the people told, after a verb of saying and its speaker.
    (
        "W13",
        _TITLE + _LEAD + "Hal itu disampaikan Kepala Rutan, Budi Santoso, pada peserta.",
        [("pada", "kepada")],
    ),
    (
        "W13",
        _TITLE + _LEAD + "Karutan menjelaskan pada para pengunjung aturan berkunjung.",
        [("pada", "kepada")],
    ),
    # A verb of giving, its short object, then the people given to.
    (
        "W13",
        _TITLE + _LEAD + "Rutan memberikan paket sembako pada warga sekitar.",
        [("pada", "kepada")],
    ),
]

RESPECTS = [
    # The object-first passive after a pronoun; the imperative after a word that asks.
    ("W34", _TITLE + _LEAD + "Hal itu kami sampaikan kepada peserta."),
    ("W34", _TITLE + _LEAD + "Itulah yang harus kita lakukan bersama."),
    ("W34", _TITLE + _LEAD + "Pengunjung diminta agar silakan hubungi petugas jaga."),
    # A speaker's own words, a title, a di- passive, no object after the verb.
    ("W34", _TITLE + _LEAD + "“Rutan layani semua pengunjung,” kata Karutan."),
    ("W34", "Rutan Wonosari Layani 40 Pengunjung\n" + _LEAD),
    ("W34", _TITLE + _LEAD + "Hasil jahitan itu dijual di pameran."),
    ("W34", _TITLE + _LEAD + "Hal itu Karutan sampaikan kepada wartawan."),
    # A root that is a noun; a base verb that stands alone; an adverb after a modal.
    ("W34", _TITLE + _LEAD + "Proses pembinaan di rutan berjalan baik."),
    ("W34", _TITLE + _LEAD + "Peserta akan datang setiap pagi."),
    ("W34", _TITLE + _LEAD + "Sementara tata tertib kunjungan tetap berlaku."),
    ("W34", _TITLE + _LEAD + "Layanan buka Senin pukul 08.00 sampai siang."),
    ("W34", _TITLE + _LEAD + "Pelatihan ini akan terus digelar tahun depan."),
    ("W34", _TITLE + _LEAD + "Pemeriksaan akan lebih diperketat."),
    ("W34", _TITLE + _LEAD + "Pelayanan harus tetap humanis setiap hari."),
    # A loan noun after a short form; the clock after a name; a prefix written apart (W2's);
    # a post named by the watch it keeps.
    ("W34", _TITLE + _LEAD + "Tim Monev evaluasi hasil pelatihan bulan lalu."),
    ("W34", _TITLE + _LEAD + "Rombongan tiba di Rutan Wonosari pukul sepuluh pagi."),
    ("W34", _TITLE + _LEAD + "Petugas akan mem formulasikan jadwal baru."),
    ("W34", _TITLE + _LEAD + "Materi yang di sampaikan oleh instruktur mudah dipahami."),
    ("W34", _TITLE + _LEAD + "Di pos itu Regu jaga malam bertugas."),
    ("W34", _TITLE + _LEAD + "Rapat di RSUD Wonosari lantai dua selesai siang."),
    ("W34", _TITLE + _LEAD + "Warga Desa Sukamaju gotong royong membersihkan jalan."),
    # A comma after a phrase that opens the sentence, not an apposition; a conjunction.
    ("W34", _TITLE + _LEAD + "Menurut Budi, lakukan pengecekan setiap pagi."),
    ("W34", _TITLE + _LEAD + "Penghuni 120 orang di Rutan Wonosari, sedangkan kapasitas 50."),
    # A first verb that takes no object: the noun after 'dan' starts a new subject.
    ("W34", _TITLE + _LEAD + "Keterampilan meningkat dan tata tertib membaik."),
    # One adverb of degree; 'paling' before a ter- word that is no superlative; 'kurang lebih'.
    ("W13", _TITLE + _LEAD + "Suasana pelatihan sangat meriah."),
    ("W13", _TITLE + _LEAD + "Ia penjahit yang paling terkenal di desa itu."),
    ("W13", _TITLE + _LEAD + "Produk yang terjual kurang lebih sebanyak 300 potong."),
    ("W13", _TITLE + _LEAD + "Pendaftaran dilakukan melalui laman resmi."),
    # 'hadir' without a verb of attending; 'antara … dan'.
    ("W13", _TITLE + _LEAD + "Kepala Divisi turut hadir dalam pembukaan pelatihan."),
    ("W13", _TITLE + _LEAD + "Kerja sama antara rutan dan dinas tenaga kerja terus berjalan."),
    # 'pada' of time or of a thing; a person after 'pada' with no verb of saying.
    ("W13", _TITLE + _LEAD + "Karutan menyampaikan pada kesempatan itu bahwa pelatihan rutin."),
    ("W13", _TITLE + _LEAD + "Perhatian rutan pada warga binaan terus meningkat."),
    ("W13", _TITLE + _LEAD + "Karutan mengatakan bahwa perhatian pada warga binaan penting."),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert found(text, rule) == []
