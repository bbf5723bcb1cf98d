"""What the checker reports, and what the writer chose to ignore.

A finding carries an English message template marked with ``N_`` and its parameters, like
the model's problems: the caller translates it, so the checker knows no interface language.
"""

from __future__ import annotations

from dataclasses import dataclass, field

TYPE_CHECKING = False  # typing costs every ``kabar check`` ~3 ms (cli.py)
if TYPE_CHECKING:
    from typing import Any

ERROR, WARNING, NOTE = "error", "warning", "note"
# A note is a house-style reading the Kanwil's own editors apply about as often as they
# leave it (fewer than two findings in three confirmed over every marked set, docs/checker.md):
# shown, but never as loud as a warning, so a warning stays worth heeding.
RANK = {ERROR: 2, WARNING: 1, NOTE: 0}


def louder(a: str, b: str) -> str:
    """The louder of two severities."""
    return a if RANK[a] >= RANK[b] else b


@dataclass(frozen=True)
class Finding:
    """One place where the text breaks a house-style rule.

    ``start``/``end`` index the checked plain text; ``text`` is that slice. After
    ``check_article``, ``field`` names the draft field the span was typed in (``""`` when the
    span is not inside one field) and ``field_start``/``field_end`` index that field's text
    *as Kabar tidies it* (one space between words, none at the ends; see ``raw_span``).
    ``block`` names the paragraph's field even when the span crosses fields.
    """

    rule: str
    severity: str
    message: str  # English template with {placeholders}; translate it, then format(**params)
    start: int
    end: int
    text: str
    suggestion: str | None = None
    params: dict[str, Any] = field(default_factory=dict, compare=False)
    field: str = ""
    field_start: int | None = None
    field_end: int | None = None
    block: str = ""

    def describe(self, translate=lambda s: s) -> str:
        """The message in the interface language: ``finding.describe(_)``."""
        return translate(self.message).format(**self.params)

    @property
    def key(self) -> str:
        """Identifies the finding across edits (offsets move as the writer types)."""
        return f"{self.rule}|{self.field or self.block}|{self.text}"

    def to_json(self, translate=lambda s: s) -> dict[str, Any]:
        """The command line's JSON object for this finding."""
        return {
            "rule": self.rule,
            "severity": self.severity,
            "message": self.describe(translate),
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "suggestion": self.suggestion,
        }


@dataclass
class Ignores:
    """What the writer chose to ignore in one draft: single findings (by key) or whole rules.

    Plain data so the editor can keep it beside the draft: ``to_dict``/``from_dict``.
    """

    findings: set[str] = field(default_factory=set)
    rules: set[str] = field(default_factory=set)

    def ignore(self, finding: Finding) -> None:
        self.findings.add(finding.key)

    def ignore_rule(self, rule: str) -> None:
        self.rules.add(rule)

    def allows(self, finding: Finding) -> bool:
        return finding.rule not in self.rules and finding.key not in self.findings

    def apply(self, findings: list[Finding]) -> list[Finding]:
        return [f for f in findings if self.allows(f)]

    def to_dict(self) -> dict[str, list[str]]:
        return {"findings": sorted(self.findings), "rules": sorted(self.rules)}

    @classmethod
    def from_dict(cls, data: Any) -> Ignores:
        """Lenient: anything that is not a list of strings is left out."""
        if not isinstance(data, dict):
            return cls()

        def strings(value: Any) -> set[str]:
            return {v for v in value if isinstance(v, str)} if isinstance(value, list) else set()

        return cls(strings(data.get("findings")), strings(data.get("rules")))
