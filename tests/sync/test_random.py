"""Seeded random interleavings of three offices (two UPTs and the Kanwil) with faults.

Each interleaving: random edits, deletions, verdicts, conflict resolutions and syncs, while
the target fails, answers late, repeats writes, or Kabar "crashes" mid-sync, and hostile
bundles (tests/sync/poison.py; FIFOs, links and sparse files in a folder) appear beside the
good ones: every sync sets them aside by name. Then the faults stop and everyone syncs twice.
Checked: all offices agree; every edit is present (in the draft or a conflict copy) unless a
user threw it away; no deletion is undone without a concurrent edit; a further sync changes
nothing. ``KABAR_SYNC_INTERLEAVINGS`` sets how many (300 by default: the whole suite stays
under four minutes; set thousands for a deep run), ``KABAR_SYNC_SEED`` the first seed; a
failure names its seed.
"""

from __future__ import annotations

import os
import random
import shutil
import tempfile
from pathlib import Path

import pytest

from kabar_desktop.store import sync_state as state
from kabar_desktop.sync import FolderTarget, SyncQuestion, TargetError, TransientError, bundle

from . import poison
from .synchelp import Office

INTERLEAVINGS = int(os.environ.get("KABAR_SYNC_INTERLEAVINGS", "300"))
FIRST_SEED = int(os.environ.get("KABAR_SYNC_SEED", "0"))  # to replay one: its seed, 1 interleaving
STEPS = 14
POISON_RATE = 0.2  # per step
_SLOW = {"a photo used 100 times"}  # inflates 200 MB at every read: test_poison.py has it


class Crash(BaseException):
    """Kabar stops dead: nothing after this point of the sync runs."""


class Flaky:
    """A target that fails at random: before or after doing the work, twice, or by a crash."""

    def __init__(self, inner, rng: random.Random, ordered: bool):
        self.inner, self.rng = inner, rng
        self.key, self.display = inner.key, inner.display
        self.ordered = ordered
        self.rate = 0.0

    def _call(self, fn, *args):
        roll = self.rng.random()
        if roll >= self.rate:
            return fn(*args)
        kind = self.rng.choice(("before", "after", "twice", "crash", "crash-after"))
        if kind == "before":
            raise TransientError("server", "fault before")
        if kind == "crash":
            raise Crash()
        fn(*args)
        if kind == "twice":
            return fn(*args)
        if kind == "after":
            raise TransientError("server", "fault after")
        raise Crash()

    def prepare(self):
        return self._call(self.inner.prepare)

    def list(self, folder):
        return self._call(self.inner.list, folder)

    def read(self, folder, name):
        return self._call(self.inner.read, folder, name)

    def write(self, folder, name, data, temp):
        return self._call(self.inner.write, folder, name, data, temp)

    def delete(self, folder, name):
        return self._call(self.inner.delete, folder, name)

    def close(self):
        self.inner.close()


def _markers(office: Office, draft_id: int) -> set[str]:
    row = state.for_draft(office.store, draft_id)
    draft = office.store.load(draft_id)
    return {draft.title, *(p.text for p in draft.paragraphs), row.remark if row else ""}


class World:
    def __init__(self, folder: Path, seed: int, target_factory):
        self.rng = random.Random(seed)
        self.offices = [Office(folder / f"{n}.sqlite", n) for n in ("UPT-A", "UPT-B", "Kanwil")]
        self.target = Flaky(target_factory(), self.rng, ordered=self.rng.random() < 0.5)
        self.n = 0
        self.edits: set[str] = set()  # every marker written
        self.discarded: set[str] = set()  # markers in drafts a user deleted or resolved away
        self.deleted: dict[str, set[str]] = {}  # uuid → markers the deleting office had
        self.hostile = random.Random(seed + 7_777_777)  # poisons do not shift the interleaving
        self.poisons: set[str] = set()  # names of the hostile files on the target

    def marker(self, kind: str) -> str:
        self.n += 1
        mark = f"{kind}{self.n}"
        self.edits.add(mark)
        return mark

    def live(self, office: Office) -> list[int]:
        return [r.id for r in office.store.list() if state.for_draft(office.store, r.id)]

    def poison(self) -> None:
        """Leave a hostile bundle claiming a new revision of a draft the target holds."""
        inner, rng = self.target.inner, self.hostile
        try:
            listed = inner.list("drafts")
        except TargetError:  # nobody has synced yet: no folder
            return
        names = sorted(n for n in listed if n.endswith(bundle.LIVE) and n not in self.poisons)
        if not names:
            return
        good_name = rng.choice(names)
        uuid = bundle.parse_name(good_name)[0]
        rev = f"{rng.getrandbits(96):024x}"
        name = bundle.file_name(uuid, rev, False)
        specials = poison.special_files() if isinstance(inner, FolderTarget) else []
        makers = poison.makers(inner.read("drafts", good_name), rev)
        label, make = rng.choice(
            [(label, m) for label, m in makers.items() if label not in _SLOW] + specials
        )
        if label in makers:
            inner.write("drafts", name, make(), f".part-poison-{rev}")
        else:
            make(inner.root / "drafts" / name)
        self.poisons.add(name)

    def step(self) -> None:
        if self.hostile.random() < POISON_RATE:
            self.poison()
        office = self.rng.choice(self.offices)
        live = self.live(office)
        action = self.rng.choice(
            ("new", "edit", "edit", "edit", "trash", "review", "resolve", "sync", "sync", "sync")
        )
        if action == "new" or (not live and action != "sync"):
            draft_id = office.new(self.marker("t"))
            office.edit(draft_id, paragraph=self.marker("p"))
            state.ensure_identity(office.store, draft_id, office.name)
        elif action == "edit":
            office.edit(self.rng.choice(live), paragraph=self.marker("p"))
        elif action == "trash":
            draft_id = self.rng.choice(live)
            marks = _markers(office, draft_id)
            self.discarded |= marks
            self.deleted[state.for_draft(office.store, draft_id).uuid] = marks
            office.store.trash(draft_id)
        elif action == "review" and office.name == "Kanwil":
            verdict = self.rng.choice(state.REVIEWS[1:])
            draft_id = self.rng.choice(live)
            self.discarded.add(state.for_draft(office.store, draft_id).remark)  # replaced
            state.set_review(office.store, draft_id, verdict, self.marker("r"), "K")
        elif action == "resolve" and state.conflicts(office.store):
            copy, original = self.rng.choice(state.conflicts(office.store))
            keep = self.rng.choice(("copy", "original"))
            self.discarded |= _markers(office, original if keep == "copy" else copy)
            state.resolve_conflict(office.store, copy, keep)
        else:
            self.sync(office, faults=0.15)

    def sync(self, office: Office, faults: float = 0.0):
        self.target.rate = faults
        try:
            report = office.sync(self.target, attempts=2, allow_removals=True, allow_emptied=True)
        except (TargetError, Crash):
            assert faults, "a sync without faults failed"
            return None
        for problem in report.problems:  # only a hostile bundle is ever set aside
            assert any(name in problem.message() for name in self.poisons), problem.message()
        return report

    def close(self) -> None:
        for office in self.offices:
            office.close()


def run_interleaving(seed: int, folder: Path, target_factory) -> int:
    """Run one interleaving; the number of hostile files it left on the target."""
    world = World(folder, seed, target_factory)
    try:
        for _ in range(STEPS):
            world.step()
        for _ in range(2):  # the faults stop; everyone syncs twice
            for office in world.offices:
                world.sync(office)
        views = [office.view() for office in world.offices]
        assert views[0] == views[1] == views[2], f"seed {seed}: the offices disagree"
        present = set()
        for content, _review, remark, _conflict in views[0].values():
            present |= set(content.split('"')) | {remark}
        lost = world.edits - present - world.discarded
        assert not lost, f"seed {seed}: edits lost: {sorted(lost)}"
        for uuid, marks in world.deleted.items():
            if uuid in views[0]:
                content, _review, remark, _conflict = views[0][uuid]
                now = set(content.split('"')) | {remark}
                news = {m for m in now & world.edits if m not in marks}
                assert news, f"seed {seed}: a deletion of {uuid} was undone with no new edit"
        for office in world.offices:  # replaying a sync changes nothing
            report = world.sync(office)
            assert report.nothing_changed, f"seed {seed}: a repeated sync changed {report}"
            named = " ".join(p.message() for p in report.problems)
            if not world.target.ordered:  # (a server's unchanged stamps: nothing is read)
                assert all(n in named for n in world.poisons), f"seed {seed}: a poison unnamed"
        assert [office.view() for office in world.offices] == views
        return len(world.poisons)
    finally:
        world.close()


@pytest.fixture
def scratch():
    """A scratch folder in memory when the system has one: 1,500 small databases are made."""
    base = "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None
    folder = Path(tempfile.mkdtemp(prefix="kabar-sync-", dir=base))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.slow
@pytest.mark.timeout(240)  # ~25 s alone: many offices, many seeds
def test_random_interleavings_through_a_folder(scratch):
    poisons = 0
    for seed in range(FIRST_SEED, FIRST_SEED + INTERLEAVINGS):
        folder = scratch / str(seed)
        (folder / "target").mkdir(parents=True)
        poisons += run_interleaving(seed, folder, lambda f=folder: FolderTarget(f / "target"))
        shutil.rmtree(folder)
    assert poisons >= INTERLEAVINGS // 2


@pytest.mark.slow
def test_random_interleavings_through_webdav(dav, dav_target, tmp_path):
    for seed in range(10_000, 10_000 + max(8, INTERLEAVINGS // 50)):
        folder = tmp_path / str(seed)
        folder.mkdir()
        url = f"{dav.url}{seed}/"
        (dav.root / str(seed)).mkdir()
        run_interleaving(seed, folder, lambda u=url: dav_target(url=u))


def test_a_sync_question_is_never_asked_without_cause(scratch):
    """The guard stays quiet for everyday deletions (few drafts, or a minority)."""
    folder = scratch / "guard"
    (folder / "target").mkdir(parents=True)
    a, k = Office(folder / "a.sqlite", "A"), Office(folder / "k.sqlite", "K")
    try:
        target = FolderTarget(folder / "target")
        ids = [a.new(f"b{i}") for i in range(8)]
        a.sync(target)
        k.sync(target)
        for draft_id in ids[:3]:
            a.store.trash(draft_id)
        a.sync(target)
        try:
            assert k.sync(target).removed == 3
        except SyncQuestion:
            pytest.fail("asked about removing 3 of 8 drafts")
    finally:
        a.close()
        k.close()
