"""Shared by the checker's tests: run one rule over a text and see what it found."""

from __future__ import annotations

from kabar_desktop.check import check_text
from kabar_desktop.check.rules import RULES


def found(text: str, rule: str) -> list[tuple[str, str | None]]:
    """(text, suggestion) of each finding of ``rule`` in ``text``."""
    assert rule in RULES, rule
    findings = check_text(text, rules=[rule], strict=True)
    for f in findings:
        assert f.describe() and text[f.start : f.end] == f.text
    return [(f.text, f.suggestion) for f in findings]


def spans(text: str, rule: str) -> list[str]:
    return [t for t, _ in found(text, rule)]
