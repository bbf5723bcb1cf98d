"""Round 20 of issue 13, commas at names, places and clause seams: an opening phrase of
means closed by its demonstrative before a pronoun or a di- passive (P8, a speaker's words
too); 'terutama'/'khususnya' after a whole clause whose complement a preposition's phrase
closes (P18, a speaker's words too); a city and its province's short form, an office and
its street address (P20); a short form's period glued to its number (P9); a relative clause
cut off by a full stop, opened by 'yang' and an adverb of consequence (P29); a comma
between a transitive verb and its object, an approximate count (P39); an office, then its
holder's name opened by a title with its period (P6); a name that opens
the sentence before its position, the position being the apposition (P33 left silent). Each
class with texts of our own that break the rule and texts that respect it (none copied from
a corpus)."""

from __future__ import annotations

import pytest
from checkhelp import found

_TITLE = "Lapas Sorong Gelar Pelatihan Menjahit\n"
_LEAD = "Sorong - Lapas Sorong menggelar pelatihan menjahit, Senin (2/3/2026).\n"
_BODY = _TITLE + _LEAD
_SAUMLAKI = (
    "Rutan Gelar Baksos\nSaumlaki - Rutan Saumlaki menggelar bakti sosial, Senin (2/3/2026).\n"
)

BREAKS = [
    # P8: the phrase of means ends at its demonstrative; a pronoun opens the main clause.
    (
        "P8",
        _BODY + "“Dengan pelatihan ini mereka bisa membuka usaha sendiri,” ujar Kalapas.",
        [("ini", "ini,")],
    ),
    # P8: a di- passive with no subject before it opens the main clause.
    (
        "P8",
        _BODY + "Melalui program tersebut diharapkan warga binaan siap kembali ke masyarakat.",
        [("tersebut", "tersebut,")],
    ),
    (
        "P8",
        _BODY + "Kemudian, lewat pendampingan itu dilakukan penilaian kemandirian warga binaan.",
        [("itu", "itu,")],
    ),
    (
        "P8",
        _BODY + "Dengan adanya pelatihan ini kami berharap warga binaan lebih mandiri.",
        [("ini", "ini,")],
    ),
    # P18: the clause is whole (verb … preposition's phrase); 'terutama' explains it.
    (
        "P18",
        _BODY + "Petugas dilatih untuk menghadapi tantangan di bidang pembinaan terutama "
        "menghadapi warga binaan yang baru masuk.",
        [("pembinaan terutama", "pembinaan, terutama")],
    ),
    (
        "P18",
        _BODY + "“Kami ingin memberi manfaat bagi warga binaan terutama dalam bentuk "
        "keterampilan,” kata Kalapas.",
        [("binaan terutama", "binaan, terutama")],
    ),
    # P20: a city's whole name, then its province's short form.
    (
        "P20",
        _BODY + "Peserta datang dari Lapas Manokwari Papua Barat dan Rutan Kupang NTT.",
        [("Kupang", "Kupang,")],
    ),
    (
        "P20",
        _BODY + "Kepala Rudenim Pontianak Kalbar turut hadir.",
        [("Pontianak", "Pontianak,")],
    ),
    # P20: an office's short name, then its street address.
    (
        "P20",
        _BODY + "Pelatihan berlangsung di aula Kantor Kemenkumham Jalan Basuki Rahmat.",
        [("Kemenkumham", "Kemenkumham,")],
    ),
    # P29: 'yang' and an adverb of consequence with its modal goes on the sentence before.
    (
        "P29",
        _BODY + "Pelatihan ini membuka wawasan warga binaan. Yang pada akhirnya dapat "
        "mendorong kemandirian mereka.",
        [("binaan. Yang", "binaan, yang")],
    ),
    (
        "P29",
        _BODY + "Warga binaan belajar membuat meja. Yang nantinya akan dijual di koperasi.",
        [("meja. Yang", "meja, yang")],
    ),
    # P39: a transitive verb parted from its object, an approximate count.
    (
        "P39",
        _BODY + "Aula lapas hanya menampung, sekitar 80 sampai 100 orang.",
        [(",", "")],
    ),
    (
        "P39",
        _BODY + "Tahun ini lapas menerima, sebanyak 40 warga binaan pindahan.",
        [(",", "")],
    ),
    # P33's note (P6's until session 34: the sets left the commas 31 times of 52): a title
    # with its period opens the holder's name after the office's place.
    (
        "P33",
        _BODY + "Sertifikat diserahkan langsung Pj Bupati Sorong H. Yosias Saflembolo di aula.",
        [("Sorong H. Yosias Saflembolo", "Sorong, H. Yosias Saflembolo,")],
    ),
    (
        "P33",
        _BODY + "Pelatihan dibuka Kepala Kantor Kemenag Sorong Hj. Maria Rumbiak.",
        [("Sorong Hj. Maria Rumbiak", "Sorong, Hj. Maria Rumbiak")],
    ),
    # P9: a short form's period glued to its number.
    (
        "P9",
        _BODY + "Lapas itu berada di Jalan Sungai Maruni No.12, Sorong.",
        [("No.", "No. ")],
    ),
]

RESPECTS = [
    # P8: the comma is there; 'Dengan ini' is a formula; a relative inside the phrase.
    ("P8", _BODY + "Dengan pelatihan ini, mereka bisa membuka usaha sendiri."),
    ("P8", _BODY + "Dengan ini kami menyatakan kegiatan dibuka."),
    ("P8", _BODY + "Bagi warga binaan yang mengikuti kegiatan ini diberikan sertifikat."),
    # P8: the passive's agent follows: the phrase may be read on, left as written.
    ("P8", _BODY + "Untuk kegiatan itu dilakukan oleh panitia dari Kanwil."),
    # P8: no demonstrative closes the phrase; the noun after it is no pronoun nor passive.
    ("P8", _BODY + "Melalui pelatihan menjahit warga binaan belajar mandiri."),
    ("P8", _BODY + "Dengan pelatihan itu saja sudah cukup."),
    ("P8", _BODY + "Dengan adanya pelatihan ini, kami berharap warga binaan lebih mandiri."),
    # P18: no whole clause before 'terutama': it is the subject's adverb.
    ("P18", _BODY + "Pelatihan di lapas ini terutama ditujukan bagi warga binaan baru."),
    ("P18", _BODY + "“Kami terutama ingin membantu warga binaan,” ujar Kalapas."),
    ("P18", _BODY + "Petugas memberi bantuan bagi warga binaan, terutama yang lanjut usia."),
    # P20: an office, no city, before the short form; a province's name; the comma there.
    ("P20", _BODY + "Kakanwil Kemenkumham Kalbar membuka pelatihan."),
    ("P20", _BODY + "Peserta datang dari Rutan Kupang, NTT, dan Lapas Sorong."),
    ("P20", _BODY + "Petugas Polda Jateng ikut berjaga."),
    ("P20", _BODY + "Pelatihan berlangsung di Provinsi Papua Barat Daya."),
    # P20: the street follows 'di'; a road's feature names the street.
    ("P20", _BODY + "Lapas itu berada di Jalan Sungai Maruni, Sorong."),
    ("P20", _BODY + "Petugas menjaga Ruas Jalan Basuki Rahmat dan Simpang Jalan Ahmad Yani."),
    # P9: the space is there; a decimal number; a degree's dotted parts.
    ("P9", _BODY + "Lapas itu berada di Jalan Sungai Maruni No. 12, Sorong."),
    ("P9", _BODY + "Nilai rata-rata warga binaan naik menjadi 8.5 poin."),
    # P29: a headless relative as the subject, its predicate after a copula or plain.
    ("P29", _BODY + "Pelatihan berlangsung tiga hari. Yang hadir adalah Kakanwil."),
    ("P29", _BODY + "Pelatihan berlangsung tiga hari. Yang akhirnya lolos ialah Budi."),
    ("P29", _BODY + "Pelatihan berlangsung tiga hari. Yang nantinya mengajar instruktur BLK."),
    ("P29", _BODY + "Pelatihan berlangsung tiga hari, yang pada akhirnya dapat diperpanjang."),
    # P39: a verb of saying and its clause; a count of time; an intransitive verb; no comma.
    ("P39", _BODY + "Kalapas mengatakan, sekitar 80 orang hadir dalam pelatihan."),
    ("P39", _BODY + "Rombongan menyeberangi sungai, sekitar pukul 10.00 tiba di lapas."),
    ("P39", _BODY + "Jumlah peserta meningkat, sekitar 20 persen dari tahun lalu."),
    ("P39", _BODY + "Aula lapas hanya menampung sekitar 80 orang."),
    # P6: the name follows the position itself; the commas are there; a list of those
    # present, each official with a name and degrees.
    ("P6", _BODY + "Pelatihan dibuka Bupati H. Yosias Saflembolo di aula."),
    ("P6", _BODY + "Pelatihan dibuka Pj Bupati Sorong, H. Yosias Saflembolo, di aula."),
    (
        "P6",
        _BODY + "Hadir antara lain Kakanwil Kemenag Papua Barat Dr. H. Ahmad Yani, S.Ag, "
        "Kabag TU Kanwil Kemenag Papua Barat H. Budi Santoso, S.Pd, dan jajaran.",
    ),
    # P33: the name opens the sentence; the position after it is its apposition.
    # (the office's town, named in the dateline, is no person's name)
    ("P33", _SAUMLAKI + "Yusuf, Kepala Rutan Saumlaki, tampak gembira saat menyerahkan paket."),
    ("P33", _SAUMLAKI + "Yohanes Rumlus, Kepala Rutan Saumlaki, menyerahkan paket."),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert found(text, rule) == []
