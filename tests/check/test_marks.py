"""Kabar's TXT export read as what it is: WhatsApp's ``*judul*`` and ``_miring_`` are emphasis,
not chat markup (offsets still index the text as the file has it); a credit on its own line
is the credit and ``Foto 1: …`` lines are captions."""

from __future__ import annotations

import datetime as dt

from conftest import DATA

from kabar_desktop.check import apply_fix, check_article, check_text
from kabar_desktop.compose import compose
from kabar_desktop.export.text import render_text
from kabar_desktop.model.draft import Draft, Paragraph, Speaker, Statement
from kabar_desktop.model.draft_file import read_draft

MARKED = (
    "*Rudenim Kupang Gelar Pelatihan Kehumasan bagi Pegawai*\n\n"
    "Kupang - Rudenim Kupang menggelar pelatihan kehumasan, Rabu (25/9/2024).\n\n"
    "Humas memiliki _web traffic_ yang tinggi, diantaranya dari media sosial.\n"
)


def _rules(findings) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in findings]


def test_kabars_txt_export_gives_no_error():
    text = render_text(compose(read_draft(DATA / "sample.json")))
    assert text.startswith("*") and "_support system_" in text  # the export's own marks
    findings = check_text(text, strict=True)
    assert [f for f in findings if f.severity == "error"] == []
    assert not [f for f in findings if f.rule in ("P10", "W9")]


def test_a_title_in_bold_is_the_title_and_no_markup():
    findings = check_text(MARKED, strict=True)
    assert "P10" not in {f.rule for f in findings}
    title = "Rudenim Kupang Gelar Pelatihan Kehumasan bagi Pegawai"
    short = MARKED.replace(title, "Pelatihan Humas")
    (a1,) = check_text(short, rules=["A1"], strict=True)  # read as the title: 2 words
    assert a1.text == "Pelatihan Humas" and short[a1.start : a1.end] == a1.text


def test_words_in_underscores_are_italic_for_foreign_words():
    assert check_text(MARKED, rules=["W9"], strict=True) == []
    bare = MARKED.replace("_web traffic_", "web traffic")
    assert _rules(check_text(bare, rules=["W9"], strict=True)) == [("W9", "web traffic")]


def test_offsets_index_the_file_with_its_marks():
    (w1,) = check_text(MARKED, rules=["W1"], strict=True)
    assert MARKED[w1.start : w1.end] == w1.text == "diantaranya"
    fixed = apply_fix(MARKED, w1)
    assert "_web traffic_ yang tinggi, di antaranya dari" in fixed


def test_a_fix_across_a_mark_keeps_the_mark():
    text = "Kupang - Peserta membawa buku, _notebook_ maupun pena."
    (p7,) = check_text(text, rules=["P7"], strict=True)
    assert p7.text == "notebook_ maupun" == text[p7.start : p7.end]
    assert apply_fix(text, p7) == "Kupang - Peserta membawa buku, _notebook_, maupun pena."
    # Where the fix would leave a mark inside a word, no one-click fix rather than a broken one.
    text = "Kupang - Warga pasca _bencana_ dibantu."
    (w3,) = check_text(text, rules=["W3"], strict=True)
    assert (w3.text, w3.suggestion) == ("pasca _bencana", None)


def test_what_is_not_a_mark_is_still_chat_markup():
    text = "*Judul Berita Pelatihan Humas*\n\nKupang - Harga ~lama~ dan **baru** berlaku*.\n"
    got = [(f.text, f.suggestion) for f in check_text(text, rules=["P10"], strict=True)]
    assert got == [("~lama~", "lama"), ("**baru**", "baru"), ("*", "")]


def test_in_a_composed_article_a_mark_compose_did_not_read_is_reported():
    draft = Draft(
        title="Rudenim Kupang Gelar Pelatihan Kehumasan bagi Pegawai",
        dateline="Kupang",
        date=dt.date(2024, 9, 25),
        organizer="Rudenim Kupang",
        event="Pelatihan Kehumasan",
        speakers=[
            Speaker(
                name="Rakhmat Renaldy",
                position="Kepala Divisi Administrasi Kanwil Kemenkumham NTT",
                statements=[Statement("paraphrase", "Menurutnya, media sangat _penting_.")],
            )
        ],
        paragraphs=[Paragraph("Peserta hadir tepat waktu*.")],
        credit="humas/fka",
    )
    findings = check_article(compose(draft), draft, rules=["P10"], strict=True)
    assert [(f.text, f.field) for f in findings] == [("*", "paragraphs[0]")]


def test_the_credit_on_its_own_line_and_the_captions_are_read_as_such():
    text = (
        "*Rudenim Kupang Gelar Pelatihan Kehumasan bagi Pegawai*\n\n"
        "Kupang - Rudenim Kupang menggelar pelatihan kehumasan, Rabu (25/9/2024).\n\n"
        "(humas/fka)\n\n"
        "Foto 1: Kepala Rudenim Kupang membuka pelatihan kehumasan (Dok. Humas Rudenim Kupang)\n\n"
        "Foto 2: Foto bersama. Dok. Humas Rudenim Kupang\n\n"
        "Foto 3: IMG-20240925-WA0012.jpg\n"
    )
    findings = check_text(text, strict=True)
    assert [(f.rule, f.severity, f.text) for f in findings] == [
        ("A4", "warning", "Foto bersama."),  # a fragment, its label and credit aside
        ("A3", "error", "IMG-20240925-WA0012.jpg"),  # captions are still checked
    ]
