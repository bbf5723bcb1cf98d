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
_TO = r"(?:\s*(?:[-–—]|s\.?\s?d\.?|s/d|sampai(?: dengan)?|hingga)\s*(?:pukul\s)?\d{1,2}[.:]\d{2})?"
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
