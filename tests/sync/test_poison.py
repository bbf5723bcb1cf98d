"""One bad bundle never stops a sync (issue 12, items 1, 2 and 9).

Each hostile bundle (tests/sync/poison.py) claims a new revision of a draft the receiving
office already holds, beside a good new draft from another office. The sync must set it
aside and name it, receive the good draft, leave the stored draft as it was, and stay so on
the next sync. The heavy ones also run through ``kabar sync`` in a child process with a
memory limit and a timeout (test_poison_cli.py).
"""

from __future__ import annotations

import pytest

from kabar_desktop.store import sync_state as state
from kabar_desktop.sync import FolderTarget, bundle
from kabar_desktop.sync.bundle_meta import checked
from kabar_desktop.sync.bundle_read import Refused

from . import poison


def _world(offices, tmp_path, target=None):
    """UPT-A sent draft "Lama", which the Kanwil holds; then UPT-A sent "Baru"."""
    if target is None:
        (tmp_path / "target").mkdir()
        target = FolderTarget(tmp_path / "target")
    upt, kanwil = offices("UPT-A"), offices("Kanwil")
    upt.new("Lama")
    upt.sync(target)
    kanwil.sync(target)
    upt.new("Baru")
    upt.sync(target)
    row = state.for_draft(kanwil.store, kanwil.id_of("Lama"))
    good = target.read("drafts", bundle.file_name(row.uuid, row.rev, False))
    return target, kanwil, row.uuid, good


def _assert_set_aside(report, name: str, kanwil, before, target) -> None:
    lines = [p.message() for p in report.problems]
    assert len(lines) == 1 and name in lines[0], lines
    assert "\n" not in lines[0]
    assert kanwil.titles() == ["Baru", "Lama"]
    assert kanwil.view() == {
        **before,
        **{u: v for u, v in kanwil.view().items() if u not in before},
    }
    again = kanwil.sync(target)
    if not (target.ordered and again.nothing_changed):  # a server: its stamps are unchanged
        assert [p.message() for p in again.problems] == lines
    assert kanwil.titles() == ["Baru", "Lama"]


def _labels():
    good_name = poison.rev()
    return [label for label, _data in poison.poisons(_tiny_good(), good_name)]


def _tiny_good() -> bytes:
    meta = bundle.Meta(uuid="a" * 32, rev="b" * 24, gen=1, origin="UPT")
    from .synchelp import sample

    return bundle.encode(meta, sample("x"))


@pytest.mark.parametrize("label", _labels())
def test_a_poison_bundle_is_set_aside_by_name(offices, tmp_path, label):
    target, kanwil, uuid, good = _world(offices, tmp_path)
    before = kanwil.view()
    name_rev = poison.rev()
    data = dict(poison.poisons(good, name_rev))[label]
    name = bundle.file_name(uuid, name_rev, False)
    (target.root / "drafts" / name).write_bytes(data)
    report = kanwil.sync(target)
    _assert_set_aside(report, name, kanwil, before, target)
    assert report.received == 1


@pytest.mark.parametrize(
    "label", ["metadata a JSON list", "its own revision an ancestor", "deep metadata",
              "kabar-sync.json inflating to 2 GB", "a photo used 100 times", "two draft.json"]
)  # fmt: skip
def test_a_poison_bundle_on_the_server_is_set_aside(offices, tmp_path, dav, dav_target, label):
    target, kanwil, uuid, good = _world(offices, tmp_path, dav_target())
    before = kanwil.view()
    name_rev = poison.rev()
    name = bundle.file_name(uuid, name_rev, False)
    (dav.root / "kabar-sync" / "drafts" / name).write_bytes(
        dict(poison.poisons(good, name_rev))[label]
    )
    report = kanwil.sync(target)
    _assert_set_aside(report, name, kanwil, before, target)
    assert report.received == 1


@pytest.mark.parametrize("label", [label for label, _make in poison.special_files()])
def test_a_special_file_in_the_folder_is_refused(offices, tmp_path, label):
    target, kanwil, uuid, _good = _world(offices, tmp_path)
    before = kanwil.view()
    name = bundle.file_name(uuid, poison.rev(), False)
    dict(poison.special_files())[label](target.root / "drafts" / name)
    report = kanwil.sync(target)
    _assert_set_aside(report, name, kanwil, before, target)


@pytest.mark.parametrize(
    "content, says",
    [(b'[{"format": "kabar-sync"}]', "not a JSON object"), (b" " * (2 << 20), "1 MB")],
)
def test_a_bad_tombstone_is_set_aside(offices, tmp_path, content, says):
    """A deletion is its metadata alone: more than 1 MB is refused before it is read."""
    target, kanwil, uuid, _good = _world(offices, tmp_path)
    before = kanwil.view()
    name = bundle.file_name(uuid, poison.rev(), True)
    (target.root / "drafts" / name).write_bytes(content)
    report = kanwil.sync(target)
    _assert_set_aside(report, name, kanwil, before, target)
    assert says in report.problems[0].message()


def test_two_bundles_each_older_than_the_other_are_set_aside(offices, tmp_path):
    target, kanwil, uuid, good = _world(offices, tmp_path)
    before = kanwil.view()
    row = state.get(kanwil.store, uuid)
    a, b = poison.rev(), poison.rev()
    names = []
    for rev, other in ((a, b), (b, a)):
        data = poison.with_meta(
            good, rev, lambda m, o=other: m.__setitem__("ancestors", [o, row.rev])
        )
        names.append(bundle.file_name(uuid, rev, False))
        (target.root / "drafts" / names[-1]).write_bytes(data)
    report = kanwil.sync(target)
    lines = sorted(p.message() for p in report.problems)
    assert len(lines) == 2 and all(n in " ".join(lines) for n in names), lines
    assert "loops back" in lines[0]
    assert kanwil.titles() == ["Baru", "Lama"]
    assert {u: v for u, v in kanwil.view().items() if u in before} == before


@pytest.mark.parametrize(
    "field, value",
    [
        ("uuid", 5),
        ("rev", "x" * 24),
        ("gen", True),
        ("gen", 0),
        ("gen", 1.5),
        ("ancestors", ["z"]),
        ("ancestors", ["b" * 24] * 2),
        ("ancestors", ["c" * 24] * 501),
        ("origin", 7),
        ("origin", "o" * 1001),
        ("review", "maybe"),
        ("review", []),
        ("remark", {}),
        ("deleted", "yes"),
        ("conflict_of", {}),
        ("conflict_of", "a" * 32),
        ("photo_files", 7),
        ("photo_files", [1]),
        ("photo_files", [""]),
        ("base", 3),
        ("base", "b" * 24),
        ("version", "1"),
        ("version", 0),
    ],
)
def test_every_metadata_field_is_checked(field, value):
    meta = {
        "format": "kabar-sync",
        "version": 1,
        "uuid": "a" * 32,
        "rev": "b" * 24,
        "gen": 2,
        "ancestors": ["c" * 24],
    }
    assert checked(meta, "n")["gen"] == 2
    with pytest.raises(Refused) as caught:
        checked({**meta, field: value}, "n")
    assert field in str(caught.value)
