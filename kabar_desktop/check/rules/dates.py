"""The date after its weekday in the house form (N7), and a spelt-out month's day without a
leading zero (N8).

The house style writes the event's date as `Rabu (25/9/2024)`: the weekday, then day/month/
year in brackets. A weekday run straight into a spelt-out date ('Kamis 1 April 2021') or into
bare slashes ('Kamis, 27/06/2024') reads as neither that form nor EYD V's 'Kamis, 1 April
2021'. A day before a month's name is a plain number: '4 Juli 2024', never '04 Juli 2024'
(EYD V; zero padding is an office's choice for the numeric form only).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import (
    MONTH_ALTERNATION,
    MONTH_NUMBER,
    WEEKDAY_ALTERNATION,
)
from kabar_desktop.check.rules import N_, WARNING, Hit, rule

_WEEKDAY, _MONTH = WEEKDAY_ALTERNATION, MONTH_ALTERNATION
# "Kamis 1 April 2021" (no comma), "Kamis, 27/06/2024" (no brackets).
_LOOSE_DATE = re.compile(
    rf"\b({_WEEKDAY})(?: (\d{{1,2}}) ({_MONTH}) (\d{{4}})"
    rf"|,? (\d{{1,2}})/(\d{{1,2}})/(\d{{4}}))\b(?!/)"
)
_PADDED_DAY = re.compile(rf"(?<![\d/.,])0([1-9]) ({_MONTH})\b")


@rule("N7", WARNING, N_("The date after its weekday is written in the house form"))
def house_date(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    for para in doc.prose_paras():
        for m in _LOOSE_DATE.finditer(text, para.start, para.end):
            if doc.in_quote(m.start()) or text[m.start() - 1 : m.start()] == "(":
                continue  # the speaker's words; a bracketed dateline "(Selasa 13/08/2024)"
            weekday = m.group(1)
            if m.group(2):
                day, month, year = int(m.group(2)), MONTH_NUMBER[m.group(3).lower()], m.group(4)
            else:
                day, month, year = int(m.group(5)), int(m.group(6)), m.group(7)
            if not (1 <= day <= 31 and 1 <= month <= 12):
                continue  # N5's: the date does not exist
            fixed = f"{weekday} ({day}/{month}/{year})"
            yield Hit(
                m.start(),
                m.end(),
                N_("Write the date in the house form: '{word}'."),
                fixed,
                {"word": fixed},
            )


@rule("N8", WARNING, N_("The day before a month's name has no leading zero"))
def padded_day(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    for para in doc.prose_paras():
        for m in _PADDED_DAY.finditer(text, para.start, para.end):
            fixed = f"{m.group(1)} {m.group(2)}"
            yield Hit(
                m.start(),
                m.end(),
                N_("No zero before the day: '{word}'."),
                fixed,
                {"word": fixed},
            )
