"""N5's readings of a date's year: a date in brackets without it, a year one digit off.

The rules of dates (rules/dates.py, which owns N5) read whole dates; these two readings
concern the year alone and need the article's other dates to tell it: a weekday and its
day/month, or a range of days, in one pair of brackets with no year ("(Selasa, 24/5)",
"(03-05/08)"), and a weekday that does not fit its date's year but fits the year one digit
away that the article's other dates give ("Senin (25/12/2013)" in an article of 2023).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import MONTH_ALTERNATION, WEEKDAY_ALTERNATION, WEEKDAYS
from kabar_desktop.check.rules import N_, Hit

# --- N5 ----------------------------------------------------------------------------------
_WEEKDAY_IN_BRACKETS = re.compile(rf"\((?i:{WEEKDAY_ALTERNATION}),? (\d{{1,2}})/(\d{{1,2}})\)")
_YEAR_OF_DATE = re.compile(
    rf"\b\d{{1,2}}/\d{{1,2}}/((?:19|20)\d\d)\b"
    rf"|\b\d{{1,2}} (?i:{MONTH_ALTERNATION}) ((?:19|20)\d\d)\b"
)


def _article_year(text: str) -> str | None:
    """The year the article's other dates give, when they all give one."""
    years = {m.group(1) or m.group(2) for m in _YEAR_OF_DATE.finditer(text)}
    return years.pop() if len(years) == 1 else None


# "Selasa, 10/09", "Sabtu 27/04": a weekday and its day/month with no brackets and no year.
_WEEKDAY_BARE = re.compile(
    rf"(?<!\()\b((?i:{WEEKDAY_ALTERNATION})),? (\d{{1,2}})/(\d{{1,2}})\b(?![/\d)-])"
)
# "(03-05/08)": a range of days of one month in brackets, no year.
_RANGE_IN_BRACKETS = re.compile(r"\((\d{1,2}) ?[-–] ?(\d{1,2})/(\d{1,2})\)")


def bracketed_weekday_without_year(doc: Doc) -> Iterator[Hit]:
    """'(Selasa, 24/5)': the weekday and its day/month in one pair of brackets, no year;
    '(03-05/08)': a range of days, no year (EYD V's en dash, no padding, in the fix)."""
    text = doc.text
    if "/" not in text:
        return
    year = None
    for m in _WEEKDAY_IN_BRACKETS.finditer(text):
        day, month = int(m.group(1)), int(m.group(2))
        if not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        year = year or _article_year(text) or ""
        fixed = f"{m.group(1)}/{m.group(2)}/{year})" if year else None
        yield Hit(m.start(1), m.end(), N_("The date needs its year."), fixed)
    for m in _WEEKDAY_BARE.finditer(text):  # "pada Selasa, 10/09." (heldout36)
        day, month = int(m.group(2)), int(m.group(3))
        if not (1 <= day <= 31 and 1 <= month <= 12) or doc.in_quote(m.start()):
            continue
        year = year or _article_year(text) or ""
        fits = _fits(m.group(1), day, month, year)
        fixed = f"{m.group(1)} ({day}/{month}/{year})" if fits else None
        yield Hit(m.start(), m.end(), N_("The date needs its year."), fixed)
    for m in _RANGE_IN_BRACKETS.finditer(text):
        first, last, month = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if not (1 <= first < last <= 31 and 1 <= month <= 12):
            continue
        year = year or _article_year(text) or ""
        fixed = f"({first}–{last}/{month}/{year})" if year else None
        yield Hit(m.start(), m.end(), N_("The date needs its year."), fixed)


def _fits(weekday: str, day: int, month: int, year: str) -> bool:
    """The article's year gives the date its weekday (else no year is offered)."""
    try:
        value = dt.date(int(year), month, day)
    except ValueError:
        return False
    return WEEKDAYS[value.weekday()].lower() == weekday.lower()


# --- N5: a weekday that fits the date with its year's slip mended --------------------------
def year_slip(doc: Doc, start: int, end: int, value: dt.date, weekday: str) -> Hit | None:
    """'Senin (25/12/2013)' in an article of 2023: the weekday does not fit 2013, but it
    fits the year one digit away that the article's other dates give: the year is the
    slip, not the weekday."""
    typed = str(value.year)
    fits = []
    for k in range(len(typed)):
        for c in "0123456789":
            if c == typed[k]:
                continue
            year = int(typed[:k] + c + typed[k + 1 :])
            if not 2000 <= year <= 2039:
                continue
            try:
                day = value.replace(year=year)
            except ValueError:
                continue
            if WEEKDAYS[day.weekday()] == weekday:
                fits.append(year)
    others = {int(y) for y in re.findall(r"\b20[0-3]\d\b", doc.text[:start] + doc.text[end:])}
    chosen = [y for y in fits if y in others]
    if len(chosen) != 1:
        return None
    span = doc.text[start:end]
    where = span.rfind(typed)
    if where < 0:
        return None
    fixed = span[:where] + str(chosen[0]) + span[where + len(typed) :]
    return Hit(
        start,
        end,
        N_("The weekday does not fit the year: '{word}'."),
        fixed,
        {"word": fixed},
    )


# --- N5: a year of three or five digits ---------------------------------------------------
_MISTYPED_YEAR = re.compile(
    rf"(?:\b((?i:{WEEKDAY_ALTERNATION})),? )?\((\d{{1,2}})/(\d{{1,2}})/(\d{{3}}|\d{{5}})\)"
)


def mistyped_year(doc: Doc) -> Iterator[Hit]:
    """'Senin (29/03/201)', 'Selasa (18/11/20250)': a digit of the year dropped or typed
    twice. The fix is the one year a digit away that the weekday fits, or else the one the
    article's other dates give (session 42: marked 8 of 8 in the sets)."""
    text = doc.text
    for m in _MISTYPED_YEAR.finditer(text):
        weekday, day, month, typed = m.groups()
        if not (1 <= int(day) <= 31 and 1 <= int(month) <= 12):
            continue
        near = {
            int(y)
            for y in (
                [typed[:k] + c + typed[k:] for k in range(4) for c in "0123456789"]
                if len(typed) == 3
                else [typed[:k] + typed[k + 1 :] for k in range(5)]
            )
            if y[:1] in "12" and 1900 <= int(y) <= 2100
        }
        if weekday:
            near = {y for y in near if _fits(weekday, int(day), int(month), str(y))}
        if len(near) > 1:
            article = _article_year(text)
            near = {y for y in near if str(y) == article}
        start = m.start(2) - 1
        fixed = f"({day}/{month}/{near.pop()})" if len(near) == 1 else None
        yield Hit(
            start,
            m.end(),
            N_("The year has four digits: '{word}'."),
            fixed,
            {"word": fixed or typed},
        )
