"""Round 24 (issue 13): numbers glued to what follows them (N6).

EYD V writes a unit symbol apart from its number (``3 m``) and the sign of a product of
measures as ``×`` (``3 m × 7 m``): ``3m x 7m`` is both slips at once, one finding. A number
word of the scale (``ribu``, ``juta``, ``miliar``, ``triliun``) is a word and stands apart
from the digits before it (``100ribu`` → ``100 ribu``). The sets mark the measure once of
once seen (``{{3m x 7m|3 m × 7 m}}``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.rules import N_, Hit

_UNITS = r"(?:m|cm|mm|km)"
_MEASURE = re.compile(
    rf"(?<![\w.,])(\d+(?:,\d+)?) ?({_UNITS})? ?[xX×] ?(\d+(?:,\d+)?) ?({_UNITS})\b"
)
_SCALE = re.compile(r"(?:(?<![\w.,])|(?<=Rp))(\d[\d.]*(?:,\d+)?)(ribu|juta|miliar|triliun)\b")


def _apart(m: re.Match[str], fixed: str) -> Hit:
    """The finding for a unit or a scale word glued to its number."""
    return Hit(
        m.start(),
        m.end(),
        N_("A unit stands apart from its number: '{word}'."),
        fixed,
        {"word": fixed},
    )


def measures(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    for m in _MEASURE.finditer(text):
        a, unit_a, b, unit_b = m.groups()
        fixed = f"{a} {unit_a} × {b} {unit_b}" if unit_a else f"{a} × {b} {unit_b}"
        glued = re.search(rf"\d{_UNITS}\b|[xX]", m.group())
        if fixed != m.group() and glued:  # '30×50 cm' only unspaced: the sets leave it (0/4)
            yield _apart(m, fixed)
    for m in _SCALE.finditer(text):
        yield _apart(m, f"{m.group(1)} {m.group(2)}")
