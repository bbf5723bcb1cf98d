"""Round 15 of issue 13, capitals and words that were wrong on new text: each reading narrowed
to the context it misread. A title's capitals say nothing of an office's place ('Bapas Baru'
in a title, 'Bapas baru' below: K10); a word that is the whole of a quote inside a sentence
is a name given in quotation marks, not a quote's first word (S1); a name written in
lowercase is offered the name the text writes, not a near dictionary word (S1). Each class
with texts of our own that break the rule and texts that respect it (none copied from a
corpus). Also: a quoted theme closed by a mark typed the wrong way round keeps its capitals
(K19); 'Sang' opening a name is the name's (K3); a paragraph's breakdown in digits goes on
in digits in its next sentence, 'orang' too (N1); 'Non' before a title-cased common word in
a title (W4); a functional post's word alone before an office, no holder named (K1); the
words spelled out before their short form in brackets (K19)."""

from __future__ import annotations

import pytest
from checkhelp import found

_LEAD = "Kupang - Kanwil Kemenkumham NTT menggelar rapat koordinasi, Senin (2/3/2026).\n"
_BODY = "Kanwil Gelar Rapat Koordinasi\n" + _LEAD

BREAKS = [
    # The place written after the office in running text is the office's place.
    (
        "K10",
        "Kanwil Gelar Rapat di Rutan Soe\n"
        + _LEAD
        + "Rapat digelar di aula Rutan Soe. Petugas Rutan soe ikut hadir.",
        [("soe", "Soe")],
    ),
    # A place in a title and in the text: the text's own capital still counts.
    (
        "K10",
        "Kanwil Gelar Rapat di Bapas Atambua\n"
        + _LEAD
        + "Rapat di Bapas Atambua dibuka pagi hari. Petugas Bapas atambua menyiapkan ruang.",
        [("atambua", "Atambua")],
    ),
    # A quote's first word is read as any other word: a slip is found.
    (
        "S1",
        _BODY + "“Berangsung lancar,” ujar Budi.",
        [("Berangsung", "Berlangsung")],
    ),
    # A name in quotation marks is still read as a name: a letter dropped from a word.
    (
        "S1",
        _BODY + "Rutan Soe meluncurkan inovasi bernama “Sahabt”, layanan kunjungan daring.",
        [("Sahabt", "Sahabat")],
    ),
    # A lowercase name that the text writes capitalised in a person's name.
    (
        "S1",
        _BODY + "Karutan Soe, Yoram Lakapu, memimpin apel. “Kita jaga disiplin,” ujar yoram.",
        [("yoram", "Yoram")],
    ),
    # A near word is still offered where the text writes no such name.
    (
        "S1",
        _BODY + "Rapat yang berangsung dua jam itu membahas layanan.",
        [("berangsung", "berlangsung")],
    ),
]

BREAKS += [
    # A verb capitalised in running text outside any quote.
    (
        "K19",
        _BODY + "Kegiatan itu Dilaksanakan secara daring oleh panitia.",
        [("Dilaksanakan", "dilaksanakan")],
    ),
    # 'sang' before a position is lowercase.
    (
        "K3",
        _BODY + "Acara dibuka dengan sambutan dari Sang kepala kantor.",
        [("Sang", "sang")],
    ),
    # Small counts with no breakdown in the paragraph are spelled out.
    (
        "N1",
        _BODY + "Rapat diikuti 40 orang peserta. Selain itu, 3 orang narasumber hadir.",
        [("40", "empat puluh"), ("3", "tiga")],
    ),
    # A paragraph with a big count but no statistics: 'orang' is spelled out as before.
    (
        "N1",
        _BODY + "Sebanyak 250 orang warga binaan hadir. Selain itu, 3 orang petugas berjaga.",
        [("3", "tiga")],
    ),
    # A big count and one small count of the same noun make no report.
    (
        "N1",
        _BODY + "Sepanjang 2025, kantor memberi sanksi kepada 129 orang. Pada tahun yang sama, "
        "2 orang dideportasi.",
        [("2", "dua")],
    ),
]

BREAKS += [
    # 'Non' before an initialism in a title takes the hyphen.
    ("W4", "Pegawai Non ASN Ikuti Apel Pagi\n" + _LEAD, [("Non ASN", "Non-ASN")]),
    # The functional post before an office and its holder's name is a position.
    (
        "K1",
        _BODY + "Hadir pula pengelola Lapas Kupang, Maria Lado, dalam rapat itu.",
        [("pengelola", "Pengelola")],
    ),
    # A verb capitalised between words that spell out no short form.
    (
        "K19",
        _BODY + "Layanan bagi Anak Berhadapan dengan hukum terus dijalankan.",
        [("Berhadapan", "berhadapan")],
    ),
]

RESPECTS = [
    # 'Bapas Baru' in a title-case title: 'Bapas baru' in the text is a new office.
    (
        "K10",
        "Kanwil Bahas Pembentukan Tiga Bapas Baru\n"
        + _LEAD
        + "Rapat membahas pembentukan Bapas baru di wilayah timur. Pembentukan Bapas baru "
        "ditargetkan selesai tahun ini.",
    ),
    # The same for a Lapas and 'Lapas baru'.
    (
        "K10",
        "Pemkab Serahkan Lahan Lapas Baru\n"
        + _LEAD
        + "Pemkab menyerahkan lahan untuk Lapas baru kepada Kanwil.",
    ),
    # A programme's name given in quotation marks is a name, not a slip of a near word.
    (
        "S1",
        _BODY + "Kanwil memiliki program unggulan “Majeng” untuk madrasah binaan.",
    ),
    (
        "S1",
        _BODY + "Rutan Soe meluncurkan inovasi bernama “Sipena”, layanan kunjungan daring.",
    ),
    (
        "S1",
        _BODY + "Layanan itu diberi nama \"Mantul\" oleh para petugas.",
    ),
]
RESPECTS += [
    # A quoted theme in title case, closed by a mark typed the wrong way round.
    (
        "K19",
        _BODY + "Tema peringatan tahun ini adalah “Bersatu Melangkah untuk Negeri Maju“. "
        "Upacara berlangsung khidmat.",
    ),
    (
        "K19",
        _BODY + "Tema peringatan tahun ini adalah “Bersatu Melangkah untuk Negeri Maju”. "
        "Upacara berlangsung khidmat.",
    ),
    # The flag's name opens with 'Sang'.
    (
        "K3",
        _BODY + "Upacara diawali dengan pengibaran Sang Merah Putih oleh petugas.",
    ),
    # A breakdown in digits goes on in the paragraph's next sentence.
    (
        "N1",
        _BODY + "Tercatat 1.250 orang menerima remisi umum, 48 orang bebas, dan 1.310 orang "
        "menerima remisi khusus. Selain itu, 2 orang menerima remisi susulan.",
    ),
    # A paragraph's report that counts the same noun three times, one count in digits.
    (
        "N1",
        _BODY + "Sepanjang 2025, kantor memberi sanksi kepada 129 orang. Pada tahun yang sama, "
        "2 orang dideportasi dan 14 orang dipulangkan.",
    ),
]

RESPECTS += [
    # A title's capital after 'Non' is the title's, not a name's.
    ("W4", "Rutan Buka Kelas Pendidikan Non Formal\n" + _LEAD),
    # Those who run an office: no post named.
    (
        "K1",
        _BODY + "Kanwil membantu pengelola LPKA Kupang menata ruang kelas.",
    ),
    # A term spelled out before its short form keeps its title case here.
    (
        "K19",
        _BODY + "Layanan bagi Anak Berhadapan dengan Hukum (ABH) terus dijalankan.",
    ),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert found(text, rule) == []
