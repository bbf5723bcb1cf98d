"""Versions grouped by sitting: the stretches of work a writer remembers.

Autosave keeps a version at every pause in typing, so ten minutes of work leave dozens of
versions with nearly the same time. A writer looks for "what I wrote on Thursday afternoon",
so the history lists sittings (versions no more than ``GAP`` apart) with a readable label,
"Kamis 14.05–14.40, 38 perubahan", each opening on its last version. No Qt here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from kabar_desktop.model.problems import N_

from .history import RevisionInfo

GAP = 30 * 60  # seconds without a version that end a sitting
WEEK = 7

WEEKDAYS = (
    N_("Monday"),
    N_("Tuesday"),
    N_("Wednesday"),
    N_("Thursday"),
    N_("Friday"),
    N_("Saturday"),
    N_("Sunday"),
)


@dataclass(frozen=True, slots=True)
class Sitting:
    """One stretch of work; ``versions`` newest first, as the history lists them."""

    versions: tuple[RevisionInfo, ...]

    @property
    def last(self) -> RevisionInfo:
        return self.versions[0]

    @property
    def start(self) -> float:
        return self.versions[-1].saved

    @property
    def end(self) -> float:
        return self.versions[0].saved

    @property
    def current(self) -> bool:
        return any(v.current for v in self.versions)


def sittings(versions: Sequence[RevisionInfo], gap: float = GAP) -> list[Sitting]:
    """``versions`` (any order) grouped by sitting, newest sitting first; a pause of ``gap``
    seconds or more between two versions starts a new sitting."""
    ordered = sorted(versions, key=lambda v: (v.saved, v.id), reverse=True)
    groups: list[list[RevisionInfo]] = []
    for version in ordered:
        if groups and groups[-1][-1].saved - version.saved < gap:
            groups[-1].append(version)
        else:
            groups.append([version])
    return [Sitting(tuple(group)) for group in groups]


def sitting_label(
    sitting: Sitting, translate: Callable[[str], str], today: dt.date | None = None
) -> str:
    """The sitting in words, "Kamis 14.05–14.40, 38 perubahan": the weekday (with the date
    when older than a week), the times in 24 hours with a dot, how many versions it kept."""
    start = dt.datetime.fromtimestamp(sitting.start)
    end = dt.datetime.fromtimestamp(sitting.end)
    today = today or dt.date.today()
    day = translate(WEEKDAYS[start.weekday()])
    if (today - start.date()).days >= WEEK or start.date() > today:
        day += " " + start.strftime("%d/%m/%Y")
    times = start.strftime("%H.%M")
    if end.strftime("%H.%M") != times or end.date() != start.date():
        times += "–" + end.strftime("%H.%M")
    count = len(sitting.versions)
    changes = translate(N_("{n} change") if count == 1 else N_("{n} changes"))
    return f"{day} {times}, {changes.format(n=count)}"
