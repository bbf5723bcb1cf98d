"""Indonesian forms the house style fixes: dates, ordinals, attribution verbs."""

from __future__ import annotations

import datetime as dt
from functools import cache

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
def _weekdays() -> tuple[str, ...]:
    """Monday-first weekday names from Babel's Indonesian locale data."""
    from babel.core import Locale

    names = Locale("id").days["format"]["wide"]
    return tuple(names[i] for i in range(7))


def weekday(date: dt.date) -> str:
    return _weekdays()[date.weekday()]


def numeric_date(date: dt.date, pad: bool = False) -> str:
    """``25/9/2024``, or ``05/09/2024`` where the office pads."""
    if pad:
        return f"{date.day:02d}/{date.month:02d}/{date.year}"
    return f"{date.day}/{date.month}/{date.year}"


def with_nya(verb: str) -> str:
    """``ujar`` → ``ujarnya``."""
    return verb + "nya"
