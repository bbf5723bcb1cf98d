"""Round 19 of issue 13, dates (N5, N7; tests in tests/check/test_rules_round19_words.py).

- N7 leaves a weekday after the noun ``hari`` (``pada hari Senin 20 Mei 2024``): the writer
  names the day as a day, in prose, and writes its date out; heldout14 and heldout5 leave
  it, the sets mark the bare ``pada Senin 28 April 2025`` (the dateline's form).
- N5, the house date is the weekday and then the bracket (house-style §3: ``Rabu
  (25/9/2024)``). A bracket with its year standing after a comma or after ``pada`` with no
  weekday (``ujarnya, (11/05/2021).``, ``pada (3/4/2024)``) lacks the weekday, and the date
  tells it: ``Selasa (11/05/2021)``. A bracket after a name with no comma is a dateline's
  (``Banda Aceh (14/05/2025) –``, an office's setting) and is left.
- N5, a bracket after a weekday that holds a day and a year but no month (``Rabu
  (14/2023)``) is no date; when exactly one month of that year puts the day on that weekday,
  the fix restores it (``Rabu (14/6/2023)``), padded as the article pads.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import WEEKDAY_ALTERNATION, WEEKDAYS
from kabar_desktop.check.rules import N_, Hit

_HARI_BEFORE = re.compile(r"\bhari $", re.IGNORECASE)


def written_out_day(text: str, start: int) -> bool:
    """Is the weekday at ``start`` named after the noun 'hari' ('pada hari Senin …')?"""
    return _HARI_BEFORE.search(text, max(0, start - 5), start) is not None


_BARE_BRACKET = re.compile(r"(, |\bpada )\((\d{1,2})/(\d{1,2})/(\d{4})\)")
_DAY_YEAR = re.compile(rf"\b({WEEKDAY_ALTERNATION}),? \((\d{{1,2}})/(\d{{4}})\)")
_WEEKDAY_BEFORE = re.compile(rf"\b(?i:{WEEKDAY_ALTERNATION})$")
_PADDED = re.compile(r"\(0\d/|/0\d/")


def dates19(doc: Doc) -> Iterator[Hit]:
    """N5: a bracketed date with no weekday; a weekday's bracket with no month."""
    text = doc.text
    if "/" not in text:
        return
    for para in doc.prose_paras():
        for m in _BARE_BRACKET.finditer(text, para.start, para.end):
            day, month, year = int(m.group(2)), int(m.group(3)), int(m.group(4))
            try:
                value = dt.date(year, month, day)
            except ValueError:
                continue  # N5's "does not exist"
            if m.group(1) == ", " and _WEEKDAY_BEFORE.search(
                text, max(0, m.start() - 12), m.start()
            ):
                continue  # "Senin, (3/3/2025)": the weekday is there, the comma N5's own
            bracket = m.start(2) - 1
            fixed = f"{WEEKDAYS[value.weekday()]} {text[bracket : m.end()]}"
            yield Hit(
                bracket,
                m.end(),
                N_("The date takes its weekday before the bracket: '{word}'."),
                fixed,
                {"word": fixed},
            )
        for m in _DAY_YEAR.finditer(text, para.start, para.end):
            weekday, day, year = m.group(1), int(m.group(2)), int(m.group(3))
            months = []
            for month in range(1, 13):
                try:
                    if WEEKDAYS[dt.date(year, month, day).weekday()] == weekday:
                        months.append(month)
                except ValueError:
                    continue
            restored: str | None = None
            if len(months) == 1:
                padded = _PADDED.search(text) is not None
                mm = f"{months[0]:02d}" if padded else str(months[0])
                restored = f"({m.group(2)}/{mm}/{m.group(3)})"
            bracket = text.index("(", m.start())
            yield Hit(bracket, m.end(), N_("This date does not exist."), restored)
