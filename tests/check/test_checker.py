"""check_article: findings on the writer's words only, located in the field they were typed
in; one-click fixes; ignoring a finding or a rule."""

from __future__ import annotations

import datetime as dt

import pytest

from kabar_desktop.check import (
    Finding,
    Ignores,
    apply_fix,
    article_plain_text,
    check_article,
    check_text,
    field_text,
    raw_span,
)
from kabar_desktop.check.rules import RULES
from kabar_desktop.compose import Article, Block, Run, compose
from kabar_desktop.model.draft import Draft, Paragraph, Photo, Speaker, Statement

PARAPHRASE = "Menurutnya,  media   mempengaruhi opini publik."


def _draft() -> Draft:
    return Draft(
        title="Rudenim Kupang Gelar Pelatihan Kehumasan bagi Pegawai",
        dateline="Kupang",
        date=dt.date(2024, 9, 25),
        organizer="Rudenim Kupang",
        event="Pelatihan Kehumasan",
        speakers=[
            Speaker(
                name="Rakhmat Renaldy",
                short_name="Renaldy",
                position="Kepala Divisi Administrasi Kanwil Kemenkumham NTT",
                topic="Kehumasan secara umum",
                statements=[
                    Statement("paraphrase", PARAPHRASE),
                    Statement("quote", "kami siap mengikuti _workshop_ ini.", verb="ujar"),
                ],
            )
        ],
        paragraphs=[
            Paragraph("Kegiatan diikuti pegawai dan Wartawan sebagai support system humas.")
        ],
        photos=[
            Photo(caption="Foto bersama"),
            Photo(caption="Kepala Rudenim Kupang membuka kegiatan pada Kamis (26/9/2024)"),
        ],
        credit="humas/fka",
    )


@pytest.fixture
def checked():
    draft = _draft()
    article = compose(draft)
    return draft, article, check_article(article, draft, strict=True)


def _by_rule(findings: list[Finding], rule: str) -> Finding:
    (found,) = [f for f in findings if f.rule == rule]
    return found


def test_findings_concern_the_writers_words_only(checked):
    draft, article, findings = checked
    text = article_plain_text(article)
    assert [(f.rule, f.text) for f in findings] == [
        ("W5", "mempengaruhi"),
        ("K6", "kami"),
        ("K3", "Wartawan"),
        ("W9", "support system"),
        ("A4", "Foto bersama"),
        ("N5", "Kamis (26/9/2024)"),
    ]
    for f in findings:
        assert text[f.start : f.end] == f.text
    assert findings == check_article(article, draft, include_composed=True, strict=True)


def test_a_finding_names_its_field_and_the_place_in_it(checked):
    draft, _article, findings = checked
    expectations = {
        "W5": "speakers[0].statements[0]",
        "K6": "speakers[0].statements[1]",
        "K3": "paragraphs[0]",
        "A4": "photos[0].caption",
        "N5": "photos[1].caption",
    }
    for rule, path in expectations.items():
        f = _by_rule(findings, rule)
        assert f.field == path
        assert field_text(draft, path)[f.field_start : f.field_end] == f.text
        assert f.block in (path, path.split(".caption")[0])


def test_offsets_in_a_field_are_into_its_tidied_text_and_map_back_to_the_typed_text(checked):
    _draft_, _article, findings = checked
    f = _by_rule(findings, "W5")
    assert (f.field_start, f.field_end) == (18, 30)  # "Menurutnya, media mempengaruhi ..."
    start, end = raw_span(PARAPHRASE, f.field_start, f.field_end)
    assert PARAPHRASE[start:end] == "mempengaruhi"
    assert raw_span("  Kami   siap  ", 5, 9) == (9, 13)


def test_one_click_fixes_the_field_or_the_plain_text(checked):
    draft, article, findings = checked
    w5 = _by_rule(findings, "W5")
    typed = field_text(draft, w5.field)
    assert apply_fix(typed, w5, in_field=True) == "Menurutnya, media memengaruhi opini publik."
    plain = article_plain_text(article)
    assert "memengaruhi opini" in apply_fix(plain, w5)
    w9 = _by_rule(findings, "W9")
    assert w9.suggestion == "_support system_"  # a draft's italics: WhatsApp's marks
    fixed = apply_fix(field_text(draft, w9.field), w9, in_field=True)
    assert "sebagai _support system_ humas" in fixed


def test_a_fix_follows_the_text_when_it_moved():
    (f,) = check_text("Kupang - Ketentuan diantaranya jelas.", rules=["W1"])
    assert apply_fix("Kupang - Semua ketentuan diantaranya jelas.", f) == (
        "Kupang - Semua ketentuan di antaranya jelas."
    )
    with pytest.raises(ValueError):
        apply_fix("Kupang - Teks lain sama sekali.", f)
    (no_fix,) = check_text("Kupang - Ini (tanpa pasangan.", rules=["P5"])
    with pytest.raises(ValueError):
        apply_fix("Kupang - Ini (tanpa pasangan.", no_fix)


def test_what_kabar_composed_never_gives_a_finding():
    composed = Run("Ketentuan itu, diantaranya, jelas. ")
    typed = Run("Ketentuan itu, diantaranya, jelas.", source="paragraphs[0]")
    article = Article(
        title="",
        blocks=(Block("body", (composed, typed), "paragraphs[0]"),),
        description="",
        author="",
        date=None,
    )
    findings = check_article(article, rules=["W1"], strict=True)
    assert [(f.start, f.field, f.field_start) for f in findings] == [(50, "paragraphs[0]", 15)]
    assert len(check_article(article, rules=["W1"], include_composed=True)) == 2


def test_the_preview_placeholders_give_no_finding():
    article = compose(Draft(speakers=[Speaker()]), placeholders=True)
    findings = check_article(article, Draft(), strict=True)
    assert not [f for f in findings if "[" in f.text]


def test_ignoring_a_finding_or_a_rule(checked):
    draft, article, findings = checked
    ignores = Ignores()
    ignores.ignore(_by_rule(findings, "K3"))
    ignores.ignore_rule("W9")
    left = check_article(article, draft, ignores=ignores)
    assert {f.rule for f in left} == {f.rule for f in findings} - {"K3", "W9"}
    again = Ignores.from_dict(ignores.to_dict())
    assert again == ignores
    assert again.to_dict() == {"findings": ["K3|paragraphs[0]|Wartawan"], "rules": ["W9"]}
    assert Ignores.from_dict({"findings": "x", "rules": [1, "K1"]}) == Ignores(set(), {"K1"})
    assert Ignores.from_dict(None) == Ignores()


def test_every_rule_has_an_id_a_severity_and_a_title():
    themes = {"K": 34, "W": 34, "P": 42, "N": 12, "A": 9, "S": 9}
    for prefix, count in themes.items():
        assert sorted(r for r in RULES if r[0] == prefix) == sorted(
            f"{prefix}{i}" for i in range(1, count + 1)
        )
    for r in RULES.values():
        assert r.severity in ("error", "warning")
        assert r.title


def test_a_finding_as_json_and_in_the_interface_language():
    (f,) = check_text("Kupang - Ketentuan diantaranya jelas.", rules=["W1"])
    assert f.to_json() == {
        "rule": "W1",
        "severity": "error",
        "message": "The preposition is written apart: 'di antaranya'.",
        "start": 19,
        "end": 30,
        "text": "diantaranya",
        "suggestion": "di antaranya",
    }
    fake = {"The preposition is written apart: '{word}'.": "Ditulis terpisah: '{word}'."}
    assert f.describe(lambda s: fake.get(s, s)) == "Ditulis terpisah: 'di antaranya'."


def test_two_rules_asking_for_the_same_change_say_it_once():
    # P13 (subject and predicate) and P39 (a verbless subject before 'merupakan') both read
    # this comma: the writer sees one finding and one fix, not two.
    text = (
        "Razia Rutin di Rudenim\n\nKupang - Petugas memeriksa kamar deteni, Senin (2/12/2024)."
        "\n\nPemeriksaan kesehatan penghuni Rudenim itu, merupakan kegiatan rutin petugas.\n"
    )
    at_comma = [f for f in check_text(text) if f.text == "," and f.suggestion == ""]
    assert len(at_comma) == 1
