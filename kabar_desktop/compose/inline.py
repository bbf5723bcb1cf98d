"""Text as typed → runs: tidy whitespace, read ``*bold*`` and ``_italic_`` (WhatsApp's marks)."""

from __future__ import annotations

import re

from kabar_desktop.compose.document import Run

_SPACE = re.compile(r"\s+")
# A mark opens after the start or a non-word character and closes before the end or a
# non-word character, so ``Humas_Unit`` and ``5*3`` stay as typed.
_EMPHASIS = re.compile(r"(?<![\w*_])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*_])")


def tidy(text: str) -> str:
    """One space between words, none at the ends: what the reader would expect."""
    return _SPACE.sub(" ", text).strip()


def runs(text: str, source: str = "") -> list[Run]:
    """Split already tidied text into runs with their emphasis."""
    out: list[Run] = []
    pos = 0
    for m in _EMPHASIS.finditer(text):
        if m.start() > pos:
            out.append(Run(text[pos : m.start()], source=source))
        bold = m.group(1) == "*"
        out.append(Run(m.group(2), italic=not bold, bold=bold, source=source))
        pos = m.end()
    if pos < len(text):
        out.append(Run(text[pos:], source=source))
    return out
