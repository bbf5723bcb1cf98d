"""P1–P11: punctuation. Each rule: texts that break it, texts that respect it."""

from __future__ import annotations

import pytest
from checkhelp import found, spans

from kabar_desktop.check import check_text

LEAD = "Kupang - Kegiatan berjalan lancar.\n"

BREAKS = [
    ("P1", '"Kami siap", katanya.', [('",', ',"')]),
    ("P1", '"Kami siap,"katanya.', [('"', '" ')]),
    ("P2", '"Siapa?," tanyanya.', [('?,"', '?"')]),
    ("P2", '"Siapa?", tanyanya.', [('?",', '?"')]),
    ("P3", 'Ia berkata "Kami siap."', [("berkata", "berkata,")]),
    ("P4", "Kegiatan berjalan lancar", [("lancar", "lancar.")]),
    ("P4", LEAD + "Semua hadir,", [("hadir,", "hadir.")]),
    ("P4", LEAD + "Opini publik\n\nMedia yang baik", [("publik", "publik."), ("baik", "baik.")]),
    ("P5", "Media cetak maupun non konvensional) hadir.", [(")", None)]),
    ("P5", "Rapat digelar Rabu(25/9/2024).", [("(", " (")]),
    ("P5", "Ia memiliki ( SEO ) yang baik.", [("( ", "("), (" )", ")")]),
    ("P5", "Ia memiliki (SEO yang baik.", [("(", None)]),
    ("P5", 'Ia berkata, "Kami siap.', [('"', None)]),
    ("P6", "Kepala Rudenim Kupang, Budi Santoso hadir.", [("Budi Santoso", "Budi Santoso,")]),
    (
        "P6",
        "Senada dengan itu, narasumber kedua yakni Kasubbag HRBTI Kanwil NTT, Dian Lenggu juga "
        "berbagi ilmu.",
        [("Dian Lenggu", "Dian Lenggu,")],
    ),
    ("P6", "Budi Santoso, Kepala Rudenim Kupang membuka acara.", [("Kupang", "Kupang,")]),
    (
        "P6",
        "Kupang - kepala Rudenim Kupang, Budi Santoso membuka acara.",
        [("Budi Santoso", "Budi Santoso,")],
    ),
    (
        "P7",
        "Media baik cetak, elektronik maupun siber hadir.",
        [("elektronik maupun", "elektronik, maupun")],
    ),
    ("P7", "Peserta membawa buku, pena dan kertas.", [("pena dan", "pena, dan")]),
    ("P8", "Oleh karena itu kami hadir.", [("Oleh karena itu", "Oleh karena itu,")]),
    ("P8", "Kami hadir. Namun hal itu tidak cukup.", [("Namun", "Namun,")]),
    ("P9", "Kegiatan ini , kata dia, baik.", [(" ,", ",")]),
    ("P9", "Peserta hadir,lalu pulang.", [(",", ", ")]),
    ("P9", "Kegiatan selesai.Selanjutnya peserta pulang.", [(".", ". ")]),
    ("P9", "Ada dua  spasi.", [("  ", " ")]),
    (
        "P9",
        '“Kami siap,” ujarnya. "Kami hadir," katanya. “Ya,” tuturnya.',
        [('"', "“"), ('"', "”")],
    ),
    ("P9", "”Kami siap,” ujarnya.", [("”", "“")]),
    # WhatsApp's own *tebal* and _miring_ are emphasis (test_marks.py); what a reader would
    # see as stray signs is not.
    ("P10", "Harga ~lama~ berlaku.", [("~lama~", "lama")]),
    ("P10", "Ini **penting** sekali.", [("**penting**", "penting")]),
    ("P10", "Ini __penting__ sekali.", [("__penting__", "penting")]),
    ("P10", "Ini *penting sekali.", [("*", "")]),
    ("P10", "Kata miring_ ini.", [("_", "")]),
    ("P10", "Kata *tebal_ ini.", [("*", ""), ("_", "")]),
    ("P11", "Ia membawa buku, pena, dll", [("dll", "dll.")]),
    ("P11", "Surat a.n Kepala Rudenim.", [("a.n", "a.n.")]),
    ("P11", "Foto: Dok Humas Rudenim.", [("Dok", "Dok.")]),
]

RESPECTS = [
    ("P1", '"Kami siap," katanya.'),
    ("P1", 'Ia berkata, "Kami siap." Lalu pergi.'),
    ("P2", '"Siapa?" tanyanya.'),
    ("P3", 'Ia berkata, "Kami siap."'),
    ("P3", 'Program "Jumat Berkah" berjalan baik.'),
    ("P4", "Kegiatan berjalan lancar."),
    ("P4", '"Kami siap," ujarnya.'),
    ("P4", LEAD + "Peserta hadir dengan baik. (humas/fka)"),
    ("P4", LEAD + "Peserta membawa:\n- buku\n- pena"),
    ("P4", "Judul Berita Tanpa Titik\nKupang - Isi berita."),
    ("P5", "Ia memiliki Search Engine Optimization (SEO) yang baik."),
    ("P5", LEAD + "1) pertama\n2) kedua"),
    ("P5", 'Ia berkata, "Kami siap."'),
    ("P6", "Kepala Rudenim Kupang, Budi Santoso, hadir."),
    ("P6", "Acara dibuka Kepala Rudenim Kupang, Budi Santoso."),
    ("P6", "Dalam materi terkait Kehumasan secara umum, Renaldy menyebutkan hal itu."),
    ("P7", "Peserta membawa buku, pena, dan kertas."),
    ("P7", "Menurutnya, media dan humas harus bekerja sama."),
    ("P7", "Media elektronik atau cetak, konvensional maupun nonkonvensional hadir."),
    ("P7", "Menurutnya, media, baik elektronik maupun cetak, hadir."),
    ("P7", "Sesi diskusi dan tanya jawab berjalan baik."),
    ("P8", "Oleh karena itu, kami hadir."),
    ("P8", "Kami hadir namun terlambat."),
    ("P9", "Dimulai pukul 09.00 WITA dengan 1,5 persen peserta."),
    ("P9", "Lihat https://kemenkumham.go.id untuk rinciannya."),
    ("P9", "Budi Santoso, S.H., M.H., hadir."),
    ("P9", '"Kami siap," ujarnya. "Kami hadir," katanya.'),
    ("P9", "“Kami siap,” ujarnya."),
    ("P10", "Kupang, Humas_Unit - Hasil 5*3 benar."),
    ("P10", "Ini *penting* sekali, kata _miring_ ini."),
    ("P10", "*Judul Berita Pelatihan Humas*\nKupang - Kegiatan berjalan lancar."),
    ("P10", "Peserta membawa:\n* buku\n* pena"),
    ("P10", "Kupang - Berita di https://rudenim.go.id/_berita/ dan @humas_kupang dibaca."),
    ("P11", "Ia membawa buku, pena, dll."),
    ("P11", "Surat a.n. Kepala Rudenim."),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert spans(text, rule) == []


def test_p5_a_quote_over_two_paragraphs_closes_only_in_the_last():
    text = 'Judul\n\n"Paragraf pertama.\n\n"Paragraf kedua," ujarnya.\n'
    assert not [f for f in check_text(text) if f.rule == "P5"]
    lonely = 'Judul\n\n"Paragraf pertama.\n\nIa pergi.\n'
    assert [f.text for f in check_text(lonely) if f.rule == "P5"] == ['"']
