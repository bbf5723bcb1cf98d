"""Indonesian forms the house style fixes: dates, ordinals, attribution verbs."""

from __future__ import annotations

import datetime as dt
import json
from functools import cache

from kabar_desktop import paths

_UNITS = (
    "",
    "satu",
    "dua",
    "tiga",
    "empat",
    "lima",
    "enam",
    "tujuh",
    "delapan",
    "sembilan",
    "sepuluh",
    "sebelas",
)


def number_words(n: int) -> str:
    """``21`` → ``dua puluh satu`` (0 < n < 1,000,000)."""
    if not 0 < n < 1_000_000:
        raise ValueError(f"number out of range: {n}")
    if n < 12:
        return _UNITS[n]
    if n < 20:
        return f"{_UNITS[n - 10]} belas"
    if n < 100:
        tens, rest = divmod(n, 10)
        return f"{_UNITS[tens]} puluh" + (f" {_UNITS[rest]}" if rest else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = "seratus" if hundreds == 1 else f"{_UNITS[hundreds]} ratus"
        return head + (f" {number_words(rest)}" if rest else "")
    thousands, rest = divmod(n, 1000)
    head = "seribu" if thousands == 1 else f"{number_words(thousands)} ribu"
    return head + (f" {number_words(rest)}" if rest else "")


def ordinal(n: int) -> str:
    """``1`` → ``pertama``, ``2`` → ``kedua``, ``21`` → ``kedua puluh satu``."""
    if n == 1:
        return "pertama"
    words = number_words(n)
    return "ke" + words


@cache
def _calendar() -> dict[str, list[str]]:
    """Weekday (Monday first) and month names of Babel's Indonesian locale.

    The build saves them to ``calendar.json`` (loading Babel's locale data costs ~20 ms per
    command); a source checkout without it asks Babel directly.
    """
    saved = paths.locale_dir() / "id" / "calendar.json"
    try:
        return json.loads(saved.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    from babel.core import Locale

    locale = Locale("id")
    return {
        "weekdays": [locale.days["format"]["wide"][i] for i in range(7)],
        "months": [locale.months["format"]["wide"][i] for i in range(1, 13)],
    }


def weekday(date: dt.date) -> str:
    return _calendar()["weekdays"][date.weekday()]


def long_date(date: dt.date) -> str:
    """``Rabu, 25 September 2024``: the date as a byline writes it."""
    month = _calendar()["months"][date.month - 1]
    return f"{weekday(date)}, {date.day} {month} {date.year}"


def numeric_date(date: dt.date, pad: bool = False) -> str:
    """``25/9/2024``, or ``05/09/2024`` where the office pads."""
    if pad:
        return f"{date.day:02d}/{date.month:02d}/{date.year}"
    return f"{date.day}/{date.month}/{date.year}"


def with_nya(verb: str) -> str:
    """``ujar`` → ``ujarnya``."""
    return verb + "nya"


def weekday_names() -> frozenset[str]:
    """The weekdays in lowercase: ``senin`` … ``minggu``."""
    return frozenset(w.lower() for w in _calendar()["weekdays"])
