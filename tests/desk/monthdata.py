"""A Kanwil's October 2026 with numbers known by hand (the report tests' data)."""

from __future__ import annotations

import datetime as dt

from kabar_desktop.store import DraftStore

from .deskhelp import at, received

KUPANG, SOE, RUDENIM, BAPAS = (
    "Lapas Kelas IIA Kupang",
    "Rutan Kelas IIB Soe",
    "Rudenim Kupang",
    "Bapas Atambua",  # not in the Kanwil's list, yet it sent
)
LISTED = [KUPANG, SOE, RUDENIM]
KANWIL = "Kanwil Kemenkumham NTT"
YEAR, MONTH = 2026, 10
TODAY = dt.date(2026, 11, 15)  # October is past: all 31 days count

# office → (sent, accepted, sent back, published, days without an article)
EXPECTED = {
    KUPANG: (5, 3, 1, 2, 27),  # days 1, 2, 15, 31 had articles
    SOE: (2, 1, 1, 0, 30),  # two on the 5th
    RUDENIM: (0, 0, 0, 0, 31),
    BAPAS: (1, 1, 0, 1, 30),
}
TOTAL = (8, 5, 2, 3, 118)
# (office, day) → (sent, accepted, sent back, published)
EXPECTED_DAYS = {
    (KUPANG, 1): (2, 2, 0, 1),
    (KUPANG, 2): (1, 0, 1, 0),
    (KUPANG, 3): (0, 0, 0, 0),
    (KUPANG, 15): (1, 0, 0, 0),
    (KUPANG, 31): (1, 1, 0, 1),
    (SOE, 5): (2, 1, 1, 0),
    (BAPAS, 10): (1, 1, 0, 1),
    (RUDENIM, 4): (0, 0, 0, 0),
}


def day(n: int) -> dt.date:
    return dt.date(YEAR, MONTH, n)


def fill(store: DraftStore) -> None:
    received(store, KUPANG, at(day(1), 8), "accepted")
    received(store, KUPANG, at(day(1), 16), "published")
    received(store, KUPANG, at(day(2), 9), "needs_changes")
    received(store, KUPANG, at(day(15), 0, 1))
    received(store, KUPANG, at(day(31), 23, 30), "published")  # late, still the 31st here
    received(store, SOE, at(day(5), 9), "accepted")
    received(store, SOE, at(day(5), 10), "needs_changes")
    received(store, BAPAS, at(day(10), 11), "published")
    # none of these count
    received(store, KUPANG, at(dt.date(2026, 9, 30), 23, 59), "accepted")  # September
    received(store, KUPANG, at(dt.date(2026, 11, 1), 0, 0), "accepted")  # November
    received(store, KUPANG, at(day(3), 9), "accepted", conflict_of="c" * 32)  # conflict copy
    received(store, SOE, at(day(3), 9), "accepted", trashed=True)  # in the trash
    received(store, RUDENIM, at(day(4), 9), "accepted", deleted=True)  # deleted elsewhere
