"""Problems found in a draft, named by the field they concern.

The model knows nothing of languages: a problem carries an English message template marked
with ``N_`` (so pybabel extracts it) and its parameters; the caller translates it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

TYPE_CHECKING = False  # typing costs a bare interpreter ~3 ms (cli.py)
if TYPE_CHECKING:
    from typing import Any


def N_(message: str) -> str:  # noqa: N802 - the gettext convention for "translate later"
    """Mark a string for extraction without translating it here."""
    return message


class Msg(str):
    """A parameter that is itself a message, translated along with the problem's template."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a draft: where (a field path such as ``speakers[1].name``) and what."""

    path: str
    template: str
    params: dict[str, Any] = field(default_factory=dict)

    def message(self, translate=lambda s: s) -> str:
        """The message, translated by ``translate`` and filled in."""
        params = {k: translate(v) if isinstance(v, Msg) else v for k, v in self.params.items()}
        text = translate(self.template).format(**params)
        return f"{self.path}: {text}" if self.path else text

    def __str__(self) -> str:
        return self.message()


class DraftError(Exception):
    """A draft that cannot be read or exported; ``problems`` says why, field by field."""

    def __init__(self, problems: list[Problem]):
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems
