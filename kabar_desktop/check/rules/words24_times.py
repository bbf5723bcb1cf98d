"""Round 24 (issue 13): where a time's zone is given for it (N4).

EYD V and the house form ask for the zone after a clock time (``pukul 09.00 WITA``), but one
zone may serve several times: a series of times or ranges joined by ``dan``, ``serta``,
``atau`` or a comma takes the zone once, after its last time (``pukul 08.00-11.45 dan siang
pukul 13.30-15.00 WIB``), and ``waktu setempat`` ("local time") is a zone of its own,
written where a schedule holds in every office's own zone (``pukul 08.00 – 16.00 waktu
setempat``). Only the missing zone is left; a zone in lower case after the last time is
still reported there by N4's case reading.
"""

from __future__ import annotations

import re

from kabar_desktop.check.lexicon import TIME_ZONES

_PART = r"(?: (?:pagi|siang|sore|malam))?"
_RANGE_WORD = r"(?:[-–—]|s\.?\s?d\.?|s/d|sampai(?: dengan)?|hingga)"  # a range's dash or words
_TO = rf"(?:\s*{_RANGE_WORD}\s*(?:pukul\s)?\d{{1,2}}[.:]\d{{2}})?"
# "pukul 09.00 dan berakhir pada 12.00 WIB": the series' end said with its verb (probe71)
_JOIN = r"(?:,? (?:dan|serta|atau)(?: (?:berakhir|selesai|ditutup)(?: pada)?)?|,)"
_ZONES = "|".join(TIME_ZONES)
# From the end of a time: its range and part of the day, then any number of further times
# joined to it, then the one zone (any case) or "waktu setempat".
_ZONE_LATER = re.compile(
    _TO
    + _PART
    + r"(?:"
    + _JOIN
    + _PART
    + r" (?:(?:[Pp]ukul|jam) )?\d{1,2}[.:]\d{2}"
    + _TO
    + _PART
    + r")+ (?i:"
    + _ZONES
    + r")\b"
)
_LOCAL_TIME = re.compile(_TO + _PART + r",? \(?waktu setempat\b", re.IGNORECASE)


def zone_given_later(text: str, end: int) -> bool:
    """Whether the time ending at ``end`` takes its zone from a later time of the same
    series, or from ``waktu setempat`` after it."""
    return bool(_ZONE_LATER.match(text, end) or _LOCAL_TIME.match(text, end))


# Session 21 (heldout80): a clock time with a colon and no 'pukul' or 'jam' before it ("jam
# Pagi 09:00 WIB s/d 11:00 dan 13:15"); EYD V writes the hour and its minutes apart with a
# period. Two digits each side, a real hour: no verse ("3:16"), no timestamp ("00:15:30").
_COLON_CLOCK = re.compile(r"(?<![\d:./])([01]\d|2[0-3]):([0-5]\d)(?![\d:])")
_SAID_BEFORE = re.compile(r"(?i)(?:pukul|jam) $")
_VERSE_BEFORE = re.compile(
    r"\b(?:Kejadian|Keluaran|Imamat|Bilangan|Ulangan|Yosua|Samuel|Raja-raja|Mazmur|Amsal|Yesaya"
    r"|Yeremia|Matius|Markus|Lukas|Yohanes|Roma|Korintus|Galatia|Efesus|Filipi|Kolose|Ibrani"
    r"|Yakobus|Petrus|Wahyu|QS|Q\.S\.) $"
)
_RANGE_BEFORE = re.compile(rf"{_RANGE_WORD}\s*$")


def colon_clocks(text: str) -> list[tuple[int, int, str]]:
    """(start, end, fix) of each such time: 'HH.MM', with 'pukul' before one that opens."""
    out = []
    for m in _COLON_CLOCK.finditer(text):
        before = text[max(0, m.start() - 12) : m.start()]
        if _SAID_BEFORE.search(before):
            continue  # "pukul 09:00", "jam 9:00": the readings of 'pukul' and 'jam' have it
        if _VERSE_BEFORE.search(before):
            continue  # "1 Samuel 15:22", "Yohanes 14:15": a chapter and verse (heldout130)
        clock = f"{m.group(1)}.{m.group(2)}"
        fixed = clock if _RANGE_BEFORE.search(before) else f"pukul {clock}"
        out.append((m.start(), m.end(), fixed))
    return out
