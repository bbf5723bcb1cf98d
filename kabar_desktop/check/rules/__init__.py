"""The rule registry: each rule is a small function over a ``Doc`` with an id and a severity.

A rule yields ``Hit``s (span, message, suggestion); the registry turns them into findings
with its id and severity, so a rule cannot get either wrong (the few readings the marked
sets confirm too seldom are reported as notes: quiet_readings.py). Importing this package
imports every theme module, which registers its rules.
"""

from __future__ import annotations

from collections import namedtuple
from dataclasses import dataclass, field

from kabar_desktop.check.document import Doc
from kabar_desktop.check.finding import ERROR, NOTE, WARNING, Finding
from kabar_desktop.check.quiet_readings import severity_of
from kabar_desktop.model.problems import N_

TYPE_CHECKING = False  # typing costs every ``kabar check`` ~3 ms: no typing.NamedTuple (cli.py)
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from typing import Any, NamedTuple

    class Hit(NamedTuple):
        start: int
        end: int
        message: str  # an N_-marked English template
        suggestion: str | None = None
        params: dict[str, Any] | None = None
        framed: bool = False  # about the frame's own words (a misspelt dateline city): kept

    RuleFunc = Callable[[Doc], Iterable[Hit]]
else:
    Hit = namedtuple(
        "Hit", "start end message suggestion params framed", defaults=(None, None, False)
    )


@dataclass(frozen=True)
class Rule:
    """A registered rule: its id, severity, title and the function that finds."""

    id: str
    severity: str
    title: str  # N_-marked: what the rule asks for, for a list of rules in the editor
    func: RuleFunc = field(compare=False)


RULES: dict[str, Rule] = {}


def rule(rule_id: str, severity: str, title: str) -> Callable[[RuleFunc], RuleFunc]:
    """Register ``func`` as rule ``rule_id``."""
    if severity not in (ERROR, WARNING, NOTE):
        raise ValueError(severity)

    def register(func: RuleFunc) -> RuleFunc:
        if rule_id in RULES:
            raise ValueError(f"rule {rule_id} registered twice")
        RULES[rule_id] = Rule(rule_id, severity, title, func)
        return func

    return register


def run_rules(doc: Doc, only: Iterable[str] | None = None) -> list[Finding]:
    """Every registered rule (or those named in ``only``) over ``doc``, in text order."""
    chosen = [RULES[r] for r in only] if only is not None else list(RULES.values())
    out: list[Finding] = []
    for r in chosen:
        for hit in r.func(doc):
            if hit.end <= hit.start or (doc.in_frame(hit.start, hit.end) and not hit.framed):
                continue
            out.append(
                Finding(
                    rule=r.id,
                    severity=severity_of(
                        r.id, r.severity, hit.message, hit.params, doc.text, hit.end
                    ),
                    message=hit.message,
                    start=hit.start,
                    end=hit.end,
                    text=doc.text[hit.start : hit.end],
                    suggestion=hit.suggestion,
                    params=dict(hit.params or {}),
                )
            )
    out.sort(key=lambda f: (f.start, f.end, f.rule))
    return out


def keep_case(model: str, replacement: str) -> str:
    """``replacement`` with the first letter capitalised when ``model``'s is."""
    if model[:1].isupper() and replacement:
        return replacement[0].upper() + replacement[1:]
    return replacement


__all__ = [
    "ERROR",
    "N_",
    "NOTE",
    "RULES",
    "WARNING",
    "Hit",
    "Rule",
    "keep_case",
    "rule",
    "run_rules",
]

from kabar_desktop.check.rules import (  # noqa: E402, F401 - registers the rules
    abbreviations,
    address_terms,
    bare_verbs,
    capitals,
    clause_words,
    clauses,
    colloquial,
    comma_splices,
    commas,
    common_nouns,
    common_terms,
    connector_commas,
    dates,
    degrees,
    foreign_words,
    fragments,
    inner_caps,
    legal_titles,
    list_commas,
    marks_spacing,
    mixed_case,
    name_variants,
    names,
    national_symbols,
    near_words,
    numbers,
    opening_commas,
    phrase_slips,
    pleonasm,
    plurals,
    prepositions_of_time,
    punctuation,
    role_nouns,
    run_ons,
    sentence_parts,
    shorthand,
    spelling,
    split_confix,
    split_short_forms,
    standard_forms,
    structure,
    subordinate_commas,
    title_case,
    unit_classes,
    verb_suffix,
    word_choice,
    word_forms,
    word_slips,
    words20_forms,
    wrong_commas,
)
