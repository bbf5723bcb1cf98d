"""Versions grouped by sitting (issue 14, defect 8): a pause of 30 minutes starts a new one."""

from __future__ import annotations

import datetime as dt

from storehelp import Clock, sample

from kabar_desktop.i18n import _
from kabar_desktop.store import DraftStore
from kabar_desktop.store.history import RevisionInfo
from kabar_desktop.store.sittings import GAP, sitting_label, sittings

MINUTE = 60


def _info(n: int, saved: float, current: bool = False) -> RevisionInfo:
    return RevisionInfo(n, 1, saved, "edit", 10, current)


def test_ten_minutes_of_typing_are_one_sitting_and_a_long_pause_starts_another():
    clock = Clock(dt.datetime(2024, 9, 26, 14, 5).timestamp())  # a Thursday
    store = DraftStore.open(clock=clock)
    draft = sample()
    draft_id = store.create(draft)
    for n in range(26):  # 27 versions in ten minutes
        clock.advance(23)
        draft.title = f"Judul {n}"
        store.save(draft_id, draft)
    clock.advance(40 * MINUTE)  # within the hour: nothing is thinned yet
    draft.title = "Sore"
    store.save(draft_id, draft)
    groups = sittings(store.history(draft_id))
    assert [len(g.versions) for g in groups] == [1, 27]  # newest sitting first
    assert groups[0].current and not groups[1].current
    assert groups[1].last.saved == max(v.saved for v in groups[1].versions)
    today = dt.date(2024, 9, 27)
    assert sitting_label(groups[1], _, today) == "Kamis 14.05–14.14, 27 perubahan"
    assert sitting_label(groups[0], _, today) == "Kamis 14.54, 1 perubahan"
    store.close()


def test_the_gap_is_measured_between_neighbours_not_from_the_start():
    start = dt.datetime(2024, 9, 23, 9, 0).timestamp()
    saves = [start + n * 20 * MINUTE for n in range(6)]  # every 20 minutes for 100 minutes
    saves.append(saves[-1] + GAP)  # exactly 30 minutes later: a new sitting
    groups = sittings([_info(n, t) for n, t in enumerate(saves)])
    assert [len(g.versions) for g in groups] == [1, 6]
    assert [v.id for v in groups[1].versions] == [5, 4, 3, 2, 1, 0]


def test_an_older_sitting_carries_its_date_and_english_reads_well():
    moment = dt.datetime(2024, 9, 2, 8, 30).timestamp()  # a Monday
    (group,) = sittings([_info(1, moment), _info(2, moment + 90)])
    label = sitting_label(group, _, dt.date(2024, 9, 20))
    assert label == "Senin 02/09/2024 08.30–08.31, 2 perubahan"
    english = sitting_label(group, lambda s: s, dt.date(2024, 9, 3))
    assert english == "Monday 08.30–08.31, 2 changes"
    assert sittings([]) == []
