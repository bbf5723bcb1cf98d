"""The real sample article, checked as text, gives the findings house-style.md says it breaks;
the corrected article Kabar composes from tests/data/sample.json gives none."""

from __future__ import annotations

from conftest import DATA

from kabar_desktop.check import article_plain_text, check_article, check_text
from kabar_desktop.compose import compose
from kabar_desktop.model.draft_file import read_draft

SAMPLE = DATA / "berita-rudenim-kupang-2024-09-25.txt"

# (rule, the text it concerns, the line it is on): everything house-style.md says the
# sample breaks, in the sample's order, and nothing else.
EXPECTED = [
    ("P6", "Rakhmat Renaldy", 1),
    ("K3", "Narasumber", 1),
    ("K3", "Media", 2),
    ("W3", "non konvensional", 2),
    ("P5", ")", 2),
    ("W5", "mempengaruhi", 2),
    ("P4", "publik", 2),
    ("K4", "Humas", 3),
    ("P4", "baik", 4),
    ("P6", "Dian Lenggu", 6),
    ("K4", "Humas", 7),
    ("P7", "elektronik maupun", 7),
    ("W1", "diantaranya", 7),
    ("W9", "Search Engine Optimization", 7),
    ("W9", "web traffic", 7),
    ("W9", "support system", 8),
    ("W10", "tusi", 8),
    ("K3", "Wartawan", 10),
    ("K3", "Narasumber", 10),
]


def test_the_sample_breaks_exactly_the_rules_the_house_style_names():
    text = SAMPLE.read_text(encoding="utf-8")
    findings = check_text(text, strict=True)
    got = [(f.rule, f.text, text.count("\n", 0, f.start) + 1) for f in findings]
    assert got == EXPECTED
    for f in findings:
        assert text[f.start : f.end] == f.text
    severities = {f.rule: f.severity for f in findings}
    assert severities["K3"] == severities["W1"] == severities["P4"] == "error"
    assert severities["W9"] == severities["P6"] == severities["K4"] == "warning"


def test_the_sample_findings_suggest_the_corrections_of_the_sample_test():
    findings = check_text(SAMPLE.read_text(encoding="utf-8"), strict=True)
    fixes = {(f.text, f.suggestion) for f in findings}
    for pair in [
        ("Rakhmat Renaldy", "Rakhmat Renaldy,"),
        ("Narasumber", "narasumber"),
        ("non konvensional", "nonkonvensional"),
        ("mempengaruhi", "memengaruhi"),
        ("publik", "publik."),
        ("diantaranya", "di antaranya"),
        ("tusi", "tugas dan fungsi"),
        ("elektronik maupun", "elektronik, maupun"),
    ]:
        assert pair in fixes


def test_the_corrected_article_gives_no_error():
    draft = read_draft(DATA / "sample.json")
    article = compose(draft)
    as_text = check_text(article_plain_text(article), strict=True)
    assert [f for f in as_text if f.severity == "error"] == []
    # As plain text the italics are gone, so the foreign words show; nothing else does.
    assert {f.rule for f in as_text} <= {"W9"}
    assert check_article(article, draft, strict=True) == []


def test_the_corrected_article_stays_clean_in_every_office_style():
    draft = read_draft(DATA / "sample.json")
    for pad, inline, tag in [(True, False, "Humas_Rudenim"), (False, False, ""), (True, True, "")]:
        draft.style.pad_dates, draft.style.credit_inline, draft.style.dateline_tag = (
            pad,
            inline,
            tag,
        )
        assert check_article(compose(draft), draft, strict=True) == []
