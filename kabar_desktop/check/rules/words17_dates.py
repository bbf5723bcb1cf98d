"""N5's readings of round 17: a weekday that stands without its date, and a range of days
written as two bracketed dates.

A weekday is a time adverbial the house form completes with its date: `Kamis (17/1/2019)`.
Said alone at a clause's end, after the place of a statement ('kata Budi di Palu, Kamis.',
'ditemui di Denpasar, Senin, menjelaskan …'), it names no day the reader can place: the
date goes in brackets after it. The article's own date of that weekday gives the fix; when
the article has none, the finding stands without one. A list of days ('Senin, Rabu, dan
Jumat'), a weekday before its date ('Senin, 6 April 2020') and the speaker's words are
no such adverbial.

The bracketed numeric date belongs after its weekday; a range of days is written with the
month's name, once: 'dari (1/4) hingga (3/4)' → 'dari 1 hingga 3 April 2020' (EYD V).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import MONTHS, WEEKDAY_ALTERNATION
from kabar_desktop.check.rules import N_, Hit

_WEEKDAY = WEEKDAY_ALTERNATION
# ", Kamis." / ", Kamis, menjelaskan" / ", Kamis sore.": the weekday (and its part of the day)
# between commas or before the stop, with no date after it.
_LONE_WEEKDAY = re.compile(
    rf"(?<=, )({_WEEKDAY})(?: (?:pagi|siang|sore|malam))?(?=[.,;](?!\s*\(?\d)|$)"
)
# A list of days: another weekday next to this one, across a comma or a conjunction.
_DAY_BEFORE = re.compile(rf"\b(?:{_WEEKDAY}|hari|setiap|tiap|antara)\b,? $", re.IGNORECASE)
_DAY_AFTER = re.compile(rf"[.,;]? (?:(?:dan|serta|atau|hingga|sampai|s\.d\.?) )?(?:{_WEEKDAY})\b")


def lone_weekdays(doc: Doc, dated: dict[str, str]) -> Iterator[Hit]:
    """', Kamis.': a weekday without its date; ``dated`` maps a weekday to the article's
    date of that weekday in the article's form ('Kamis (17/1/2019)')."""
    text = doc.text
    for para in doc.prose_paras():
        for m in _LONE_WEEKDAY.finditer(text, para.start, para.end):
            if doc.in_quote(m.start()):
                continue  # the speaker's words
            if _DAY_BEFORE.search(text, max(para.start, m.start() - 14), m.start()):
                continue  # "Senin, Rabu": a list of days
            if _DAY_AFTER.match(text, m.end()):
                continue
            fixed = dated.get(m.group(1))
            yield Hit(
                m.start(),
                m.end(1),
                N_("The weekday needs its date: '{word}'."),
                fixed,
                {"word": fixed or m.group(1) + " (…)"},
            )


# "dari (1/4) hingga (3/4)": two bracketed dates joined as a range.
_BRACKETED_RANGE = re.compile(
    r"\((\d{1,2})/(\d{1,2})(?:/(\d{4}))?\)( ?(?:[-–]|hingga|sampai(?: dengan)?|s\.d\.?) ?)"
    r"\((\d{1,2})/(\d{1,2})(?:/(\d{4}))?\)"
)
_YEAR = re.compile(r"\b\d{1,2}/\d{1,2}/((?:19|20)\d\d)\b|\b\d{1,2} [A-Z][a-z]+ ((?:19|20)\d\d)\b")


def bracketed_ranges(doc: Doc) -> Iterator[Hit]:
    """'(1/4) hingga (3/4)': the range with the month's name and the year."""
    text = doc.text
    if "/" not in text:
        return
    for m in _BRACKETED_RANGE.finditer(text):
        d1, m1, y1, joint, d2, m2, y2 = m.groups()
        if doc.in_quote(m.start()):
            continue
        if not (1 <= int(m1) <= 12 and 1 <= int(m2) <= 12):
            continue
        if (int(m1), int(d1)) >= (int(m2), int(d2)) and y1 == y2:
            continue  # no range forward in time: not a range of days
        year = y2 or y1 or _article_year(text)
        word = joint.strip()
        word = word if word[:1].isalpha() else "hingga"
        first = d1 if m1 == m2 else f"{d1} {MONTHS[int(m1) - 1]}"
        fixed = f"{first} {word} {d2} {MONTHS[int(m2) - 1]}" + (f" {year}" if year else "")
        yield Hit(
            m.start(),
            m.end(),
            N_("A range of days is written with the month's name: '{word}'."),
            fixed if year else None,
            {"word": fixed},
        )


def _article_year(text: str) -> str | None:
    years = {g for m in _YEAR.finditer(text) for g in m.groups() if g}
    return years.pop() if len(years) == 1 else None
