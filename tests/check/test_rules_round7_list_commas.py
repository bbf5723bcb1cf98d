"""Round 7 of issue 13: commas that close lists and appositions (P32, P33, P34, and P18 after
a bracketed short form). Each class has texts of our own that break the rule and texts that
respect it or that read another way (none copied from a corpus)."""

from __future__ import annotations

import pytest
from checkhelp import found

_TITLE = "Lapas Kupang Gelar Pelatihan Kerja bagi Warga Binaan\n"
_LEAD = "Kupang - Lapas Kupang membuka pelatihan kerja di aula.\n"


def _text(body: str) -> str:
    return _TITLE + _LEAD + body


BREAKS = [
    # P32: items of several words, two commas already there, none before the last 'dan'.
    (
        "P32",
        _text(
            "Pelatihan diikuti Dinas Sosial Kota Kupang, Polsek Alak, Koramil 1604 Kupang "
            "dan Puskesmas Sikumana."
        ),
        [("Kupang dan", "Kupang, dan")],
    ),
    (
        "P32",
        _text(
            "Warga binaan belajar menjahit, servis barang elektronik, cukur rambut pria "
            "atau membuat roti."
        ),
        [("pria atau", "pria, atau")],
    ),
    # Parallel verbs: the last item and the one after 'dan' are both verbs.
    (
        "P32",
        _text(
            "Peserta diajak menanam cabai, merawat kolam lele, memanen sayur dan mengemas hasilnya."
        ),
        [("sayur dan", "sayur, dan")],
    ),
    # A bracketed short form ends the item before 'dan'.
    (
        "P32",
        _text(
            "Hadir pula Kasi Binadik, Kasubsi Bimkemaswat, Kepala Pengamanan Lapas (KPLP) "
            "dan Ketua Dharma Wanita."
        ),
        [("(KPLP) dan", "(KPLP), dan")],
    ),
    # A title's list takes its comma too.
    (
        "P32",
        "Deteni dari Malaysia, Vietnam, Kamboja dan Myanmar Dipulangkan\n"
        "Jakarta - Rudenim memulangkan deteni.",
        [("Kamboja dan", "Kamboja, dan")],
    ),
    # P33: a place chain opened by a comma and left open before the predicate.
    (
        "P33",
        _text(
            "Rutan Kelas IIB Soe, Kabupaten Timor Tengah Selatan, Nusa Tenggara Timur (NTT) "
            "menggelar donor darah."
        ),
        [("Nusa Tenggara Timur (NTT)", "Nusa Tenggara Timur (NTT),")],
    ),
    (
        "P33",
        _text("Lapas Kelas IIA Kupang, Kota Kupang menerima kunjungan tim monitoring."),
        [("Kota Kupang", "Kota Kupang,")],
    ),
    # The place ends an office's name set off after the unit it belongs to.
    (
        "P33",
        _text(
            "Tim Lapas Kelas IIA Kupang, Kantor Wilayah Kementerian Hukum "
            "Nusa Tenggara Timur mengunjungi panti asuhan."
        ),
        [
            (
                "Kantor Wilayah Kementerian Hukum Nusa Tenggara Timur",
                "Kantor Wilayah Kementerian Hukum Nusa Tenggara Timur,",
            )
        ],
    ),
    # A position's phrase, its place, the name, then a second person joined by 'serta'.
    (
        "P33",
        _text("Piagam diserahkan Kepala Kantor Imigrasi Kupang Samuel Ebenezer serta Yosef."),
        [("Kupang Samuel Ebenezer", "Kupang, Samuel Ebenezer,")],
    ),
    # A person introduced by a common noun, then the name opened by a comma.
    (
        "P33",
        _text("Salah seorang peserta, Yohanes mengaku senang mengikuti pelatihan."),
        [("Yohanes", "Yohanes,")],
    ),
    # A full name, then what the person is, opened by a comma and left open before the verb.
    (
        "P33",
        _text(
            "Yohana Bria Lake, pegawai Seksi Bimbingan dan Kegiatan Kerja Lapas Kupang "
            "memandu peserta."
        ),
        [("Kupang", "Kupang,")],
    ),
    # Two appositions joined by 'dan': the first name is closed before the second position.
    (
        "P33",
        _text(
            "Pelatihan dibuka Kepala Kantor Wilayah, Marciana Dominika dan Kepala Divisi "
            "Pemasyarakatan, Maliki."
        ),
        [("Marciana Dominika", "Marciana Dominika,")],
    ),
    # An office, its city, then the head's name with no comma at all.
    (
        "P33",
        _text("Kepala Kantor Imigrasi Kupang Samuel Ebenezer menjelaskan syarat paspor."),
        [("Kupang Samuel Ebenezer", "Kupang, Samuel Ebenezer,")],
    ),
    # The name already closed: only the opening comma is missing.
    (
        "P33",
        _text("Kepala Rumah Tahanan Negara Kelas IIA Kupang Yosef Nenobais, membuka kegiatan."),
        [("Kupang Yosef Nenobais", "Kupang, Yosef Nenobais")],
    ),
    # A region's generic head split from its own name.
    (
        "P33",
        _text("Pelatihan serupa digelar di Kabupaten, Timor Tengah Utara."),
        [("Kabupaten, Timor", "Kabupaten Timor")],
    ),
    # P34: 'antara lain' bringing in the examples of the clause's last noun.
    (
        "P34",
        _text(
            "Lapas menyediakan beberapa program bagi narapidana (napi) antara lain "
            "pertukangan kayu."
        ),
        [("(napi) antara lain", "(napi), antara lain")],
    ),
    (
        "P34",
        _text("Petugas memeriksa sejumlah barang titipan keluarga antara lain makanan."),
        [("keluarga antara lain", "keluarga, antara lain")],
    ),
    # P18 after a clause whose verb is 'ada' (something exists).
    (
        "P18",
        _text("Saat ini ada dua jenis paspor yaitu paspor biasa dan paspor elektronik."),
        [("paspor yaitu", "paspor, yaitu")],
    ),
    # P18 after a bracketed short form.
    (
        "P18",
        _text("Petugas membagi peserta ke dua kelompok kerja (pokja) yaitu pokja pangan."),
        [("(pokja) yaitu", "(pokja), yaitu")],
    ),
]

RESPECTS = [
    # P32: the comma is there.
    ("P32", _text("Hadir Dinas Sosial Kota Kupang, Polsek Alak, dan Puskesmas Sikumana.")),
    # Two items only: no serial comma.
    ("P32", _text("Pelatihan diikuti pegawai Dinas Sosial dan anggota Polsek Alak.")),
    # 'dan' inside the last item of a list already closed.
    ("P32", _text("Hadir Kasi Binadik, Kasubsi Keamanan dan Ketertiban, serta KPLP.")),
    # An opener's comma and an apposition's commas are not a list's.
    ("P32", _text("Dalam kegiatan itu, Kalapas, Budi Santoso, didampingi Kasi dan KPLP.")),
    ("P32", _text("Kepala Lapas, Budi Santoso, bersama para kepala seksi dan staf hadir.")),
    # A date between commas is not an item.
    ("P32", _text("Pada Senin, 3 Juni 2024, pegawai dan warga binaan mengikuti apel.")),
    # Clauses joined by commas: a clause is not an item, an opener ending in -nya neither.
    ("P32", _text("Hujan turun deras, kegiatan ditunda, petugas dan peserta kembali ke aula.")),
    ("P32", _text("Menurutnya, kegiatan ini penting, bermanfaat dan perlu dilanjutkan.")),
    # A decimal comma is not a list's comma.
    ("P32", _text("Sebanyak 2,5 ton beras, gula pasir dibagikan kepada warga dan tamu.")),
    # A range 'mulai … hingga …' is not a list of three.
    ("P32", _text("Petugas memeriksa blok, dapur hingga klinik dan ruang kunjungan.")),
    # A list whose last item and the next word are not parallel verbs: a second predicate.
    ("P32", _text("Kalapas, Kasi Binadik, Kasubsi Registrasi dan staf hadir.")),
    # P33: closed appositions and fronted phrases.
    ("P33", _text("Rutan Soe, Kabupaten Timor Tengah Selatan, NTT, menggelar donor darah.")),
    ("P33", _text("Di Kota Kupang, Nusa Tenggara Timur menjadi tuan rumah kegiatan.")),
    # An opening phrase with a verb, then the subject: an office ending with its province.
    (
        "P33",
        _text("Untuk memperkuat sinergi, Kantor Wilayah Nusa Tenggara Timur menggelar apel."),
    ),
    ("P33", _text("Senin (3/6), Kantor Wilayah Nusa Tenggara Timur menggelar apel.")),
    ("P33", _text("Sebelumnya, Kantor Wilayah Nusa Tenggara Timur menggelar apel.")),
    ("P33", _text("Selain Kabupaten Kupang, Kota Kupang menggelar kegiatan serupa.")),
    ("P33", _text("Salah seorang peserta, Yohanes, mengaku senang.")),
    ("P33", _text("Kepala Lapas, Budi, dan Kepala Rutan, Andi, menghadiri kegiatan itu.")),
    ("P33", _text("Yohana Bria Lake, pegawai Lapas Kupang, memandu peserta.")),
    # An opener, then the subject: 'Menurut Yohana, petugas …'.
    ("P33", _text("Menurut Yohana Lake, petugas jaga memeriksa setiap barang titipan.")),
    # A list of people, not one apposition.
    ("P33", _text("Yohana Lake, petugas jaga dan dua staf memeriksa barang titipan.")),
    # 'antara … dan …' holds its pair tight.
    ("P33", _text("Nota kesepahaman ditandatangani antara Kepala Lapas, Budi dan Kepala Dinas.")),
    # Positions in a list, not a name between them.
    ("P33", _text("Pelatihan dibuka Kepala Lapas, Kepala Rutan dan Kepala Bapas Kupang.")),
    # A title before a name with no region takes no comma: 'Bupati Yosef Lede' (round 24:
    # 'Bupati Kupang Yosef Lede' is an office before its holder and takes its commas, as
    # the sets mark it six times of eight; see test_rules_round24_seams.py).
    ("P33", _text("Bupati Yosef Lede membuka pelatihan itu.")),
    # Common words written with capitals after the place are no person's name (K3's).
    ("P33", _text("Kepala Kantor Imigrasi Kupang Bersama Jajaran menggelar apel.")),
    # The office's name runs on: no person after the place.
    ("P33", _text("Kepala Kantor Imigrasi Kupang Kelas I TPI menjelaskan syarat paspor.")),
    # A list of regions' heads, not a split name.
    ("P33", _text("Program berjalan di tingkat Provinsi, Kabupaten dan Kota.")),
    # P34: 'antara lain' as the predicate of a subject, or after a verb.
    ("P34", _text("Jenis pelatihan yang diberikan antara lain menjahit dan memasak.")),
    ("P34", _text("Tujuannya antara lain meningkatkan keterampilan warga binaan.")),
    ("P34", _text("Kalapas menyampaikan bahwa kegiatan yang digelar antara lain senam pagi.")),
    ("P34", _text("Lapas menyediakan beberapa program, antara lain pertukangan kayu.")),
    ("P18", _text("Jenis paspor yang ada yaitu paspor biasa dan paspor elektronik.")),
    # P18 after a bracket: still silent where there is no clause before it.
    ("P18", _text("Kelompok kerja (pokja) yaitu wadah koordinasi antarinstansi.")),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert found(text, rule) == []


def test_p7_and_p32_do_not_both_report_one_comma():
    """A list of one-word items is P7's: P32 adds no second finding for the same comma."""
    text = _text("Warga binaan belajar menjahit, memasak, melukis, menari dan menyanyi.")
    p7 = found(text, "P7")
    p32 = found(text, "P32")
    assert len(p7) + len(p32) == 1


def test_the_new_findings_speak_indonesian():
    from kabar_desktop import i18n
    from kabar_desktop.check import check_text
    from kabar_desktop.check.rules import RULES

    text = _text("Hadir Dinas Sosial, Polsek Alak, Koramil 1604 Kupang dan Puskesmas Oesapa.")
    (finding,) = check_text(text, rules=["P32"], strict=True)
    assert i18n.set_language("id") == "id"
    assert finding.describe(i18n._) == (
        "Dalam perincian tiga unsur atau lebih, beri koma sebelum 'dan'."
    )
    text = _text("Kepala Kantor Imigrasi Kupang Samuel Ebenezer menjelaskan syarat paspor.")
    (finding,) = check_text(text, rules=["P33"], strict=True)
    assert finding.describe(i18n._) == (
        "Nama sesudah jabatan diapit tanda koma: 'Samuel Ebenezer'."
    )
    for rule_id in ("P32", "P33", "P34"):
        title = RULES[rule_id].title
        assert i18n._(title) != title
