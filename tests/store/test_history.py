"""History: versions thin out as they age (clock injected), restore, differences."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from storehelp import Clock, sample

from kabar_desktop.model.draft import Paragraph, Statement
from kabar_desktop.store import DraftStore, diff_drafts, word_diff
from kabar_desktop.store.history import DAY, HOUR, bucket, to_drop

MINUTE = 60


def _typing(store: DraftStore, clock: Clock, draft_id: int, draft, saves: int, every: float):
    revisions = []
    for n in range(saves):
        clock.advance(every)
        draft.paragraphs[-1] = Paragraph(f"ketikan {n}")
        revisions.append(store.save(draft_id, draft))
    return revisions


def test_the_last_hour_is_kept_whole():
    clock = Clock()
    store = DraftStore.open(clock=clock)
    draft = sample()
    draft_id = store.create(draft)
    saved = _typing(store, clock, draft_id, draft, 55, MINUTE)
    assert [r.id for r in store.history(draft_id)][:55] == saved[::-1]
    assert len(store.history(draft_id)) == 56
    assert store.history(draft_id, limit=2) == store.history(draft_id)[:2]  # the newest two
    store.close()


def test_versions_thin_out_with_age():
    clock = Clock(1_700_000_000.0 - 1_700_000_000.0 % 600)  # on a 10-minute boundary
    store = DraftStore.open(clock=clock)
    draft = sample()
    draft_id = store.create(draft)
    _typing(store, clock, draft_id, draft, 90, 2 * MINUTE)  # three hours of typing
    clock.advance(30 * MINUTE)
    store.save(draft_id, draft)  # unchanged: nothing written, nothing thinned
    draft.title = "sesudah istirahat"
    store.save(draft_id, draft)
    history = store.history(draft_id)
    now = clock()
    old = [r for r in history if now - r.saved >= HOUR]
    recent = [r for r in history if now - r.saved < HOUR]
    assert len(recent) == 1 + 15  # the new save, and the last 30 minutes of typing
    # Older than an hour: the newest version of each 10 minutes.
    assert len({int(r.saved // 600) for r in old}) == len(old)
    assert len(old) == 16  # 2.5 hours (and the first version's own period)
    assert history[0].current and store.load_revision(history[0].id).title == draft.title

    clock.advance(5 * DAY)
    draft.title = "lima hari kemudian"
    store.save(draft_id, draft)
    days = {dt.date.fromtimestamp(r.saved) for r in store.history(draft_id)[1:]}
    assert len(store.history(draft_id)) == 1 + len(days)  # one per day, and the new one

    clock.advance(100 * DAY)
    draft.title = "seratus hari kemudian"
    store.save(draft_id, draft)
    history = store.history(draft_id)
    weeks = {dt.date.fromtimestamp(r.saved).isocalendar()[:2] for r in history[1:]}
    assert len(history) == 1 + len(weeks) <= 3  # one per old week, and the new one
    store.close()


def test_the_current_version_is_never_thinned():
    clock = Clock()
    store = DraftStore.open(clock=clock)
    draft = sample()
    draft_id = store.create(draft)
    _typing(store, clock, draft_id, draft, 3, 1)
    clock.advance(400 * DAY)
    other = store.create(sample())  # saving another draft thins only that one
    store.save(other, sample())
    assert len(store.history(draft_id)) == 4
    history = store.history(draft_id)
    assert history[0].current
    store.close()


@pytest.mark.parametrize("seed", range(5))
def test_the_policy_keeps_the_newest_of_each_period(seed):
    rng = random.Random(seed)
    now = 1_750_000_000.0
    versions = [(i, now - rng.uniform(0, 400 * DAY)) for i in range(600)]
    head = max(versions, key=lambda v: v[1])[0]
    drop = set(to_drop(versions, now, {head}))
    kept = [v for v in versions if v[0] not in drop]
    assert head not in drop
    assert all(
        now - saved < HOUR for i, saved in versions if i not in drop and bucket(saved, now) is None
    )
    by_period: dict = {}
    for i, saved in versions:
        key = bucket(saved, now)
        if key is not None:
            by_period.setdefault(key, []).append((saved, i))
    for members in by_period.values():
        newest = max(members)[1]
        assert newest not in drop
        assert sum(1 for _, i in members if i not in drop) == 1
    assert len(kept) < 200  # 600 versions over 400 days thin to a few per period


def test_restore_makes_an_old_version_current_again():
    clock = Clock()
    store = DraftStore.open(clock=clock)
    draft = sample()
    draft_id = store.create(draft)
    first = store.history(draft_id)[0].id
    clock.advance(5)
    draft.title = "judul baru"
    store.save(draft_id, draft)
    clock.advance(5)
    restored = store.restore_revision(first)
    assert store.load(draft_id) == sample()
    history = store.history(draft_id)
    assert [r.kind for r in history] == ["restore", "edit", "create"]
    assert history[0].id == restored
    assert store.load_revision(history[1].id).title == "judul baru"  # nothing was lost
    store.close()


def test_differences_are_aligned_field_by_field():
    old = sample()
    new = sample()
    new.title = old.title.replace("Gelar", "Adakan")
    new.paragraphs.insert(0, Paragraph("Paragraf pembuka yang baru."))
    del new.speakers[0].statements[1]
    new.speakers[1].statements.append(Statement(text="Tambahan di akhir."))
    rows = diff_drafts(old, new)
    tags = {(r.tag, r.old_field or r.new_field) for r in rows}
    assert ("changed", "title") in tags
    assert ("added", "paragraphs[0]") in tags
    assert ("removed", "speakers[0].statements[1].text") in tags
    assert any(r.tag == "added" and r.new == "Tambahan di akhir." for r in rows)
    # The paragraphs after the inserted one are paired with themselves, not shifted.
    moved = [r for r in rows if r.old_field.startswith("paragraphs[")]
    assert moved and all(r.tag == "equal" and r.old == r.new for r in moved)
    assert all(r.old == r.new for r in rows if r.tag == "equal")
    assert diff_drafts(old, sample()) == [r for r in diff_drafts(old, old)]
    assert all(r.tag == "equal" for r in diff_drafts(old, old))


def test_word_differences_mark_only_what_changed():
    left, right = word_diff("Rudenim Kupang Gelar Pelatihan", "Rudenim Kupang Adakan Pelatihan")
    assert "".join(t for t, _ in left) == "Rudenim Kupang Gelar Pelatihan"
    assert [t for t, changed in left if changed] == ["Gelar"]
    assert [t for t, changed in right if changed] == ["Adakan"]
