"""The sync engine through a folder target: what each office sees after syncing."""

from __future__ import annotations

import threading

import pytest

from kabar_desktop.model.draft import Photo
from kabar_desktop.model.draft_file import read_draft
from kabar_desktop.store import sync_state as state
from kabar_desktop.sync import Cancelled, FolderTarget, SyncQuestion, TargetError, open_target
from kabar_desktop.sync.bundle import parse_name

from .synchelp import jpeg_bytes, sample


@pytest.fixture
def folder(tmp_path):
    path = tmp_path / "usb"
    path.mkdir()
    return FolderTarget(path)


def bundles(folder: FolderTarget) -> list[str]:
    return sorted(p.name for p in (folder.root / "drafts").iterdir())


def test_ready_drafts_reach_the_kanwil_and_its_verdict_comes_back(offices, folder):
    upt, kanwil = offices("Rudenim Kupang"), offices("Kanwil NTT")
    sent = upt.new("Pelatihan kehumasan")
    upt.new("Belum siap", ready=False)
    assert upt.waiting() == 1
    assert upt.sync(folder).sent == 1
    assert upt.waiting() == 0
    assert upt.store.row(sent).status == "sent"

    assert kanwil.sync(folder).received == 1
    assert kanwil.titles() == ["Pelatihan kehumasan"]
    got = kanwil.id_of("Pelatihan kehumasan")
    state.set_review(kanwil.store, got, "needs_changes", "Judul terlalu panjang", kanwil.name)
    assert kanwil.waiting() == 1
    kanwil.sync(folder)
    upt.sync(folder)
    row = state.for_draft(upt.store, sent)
    assert (row.review, row.remark, row.origin) == (
        "needs_changes",
        "Judul terlalu panjang",
        "Rudenim Kupang",
    )


def test_a_bundle_is_a_kabar_draft_with_its_photos(offices, folder, tmp_path):
    upt, kanwil = offices("UPT"), offices("Kanwil")
    draft = sample("Dengan foto")
    photo = jpeg_bytes()
    draft.photos.append(Photo(file="kegiatan.jpg", caption="Kegiatan", data=photo))
    draft_id = upt.store.create(draft)
    upt.store.set_status(draft_id, "ready")
    upt.sync(folder)
    (name,) = bundles(folder)
    copy = tmp_path / "copy.kabar"
    copy.write_bytes((folder.root / "drafts" / name).read_bytes())
    assert read_draft(copy).photos[0].data == photo  # opens in Kabar like any draft
    kanwil.sync(folder)
    got = kanwil.store.load(kanwil.id_of("Dengan foto"))
    assert got.photos[0].data == photo
    assert got.photos[0].file == "kegiatan.jpg"
    assert kanwil.view() == upt.view()


def test_kanwil_edits_flow_back_and_nothing_changed_writes_nothing(offices, folder):
    upt, kanwil = offices("UPT"), offices("Kanwil")
    upt.new("Judul awal")
    upt.sync(folder)
    kanwil.sync(folder)
    kanwil.edit(kanwil.id_of("Judul awal"), title="Judul dari Kanwil")
    kanwil.sync(folder)
    report = upt.sync(folder)
    assert report.received == 1
    assert upt.titles() == ["Judul dari Kanwil"]
    before = bundles(folder)
    assert len(before) == 1  # the older revision was removed from the target
    for office in (upt, kanwil):
        assert office.sync(folder).nothing_changed
    assert bundles(folder) == before


def test_concurrent_edits_keep_both_versions_as_a_conflict(offices, folder):
    upt, kanwil = offices("UPT"), offices("Kanwil")
    mine = upt.new("Asli")
    upt.sync(folder)
    kanwil.sync(folder)
    upt.edit(mine, title="Versi UPT")
    kanwil.edit(kanwil.id_of("Asli"), title="Versi Kanwil")
    upt.sync(folder)
    assert kanwil.sync(folder).conflicts == 1
    upt.sync(folder)
    kanwil.sync(folder)
    for office in (upt, kanwil):
        assert office.titles() == ["Versi Kanwil", "Versi UPT"]
        ((copy, original),) = state.conflicts(office.store)
        assert {office.store.row(copy).title, office.store.row(original).title} == {
            "Versi Kanwil",
            "Versi UPT",
        }
    assert upt.view() == kanwil.view()
    assert len(bundles(folder)) == 2


def test_resolving_a_conflict_with_the_copy_travels_to_the_other_office(offices, folder):
    upt, kanwil = offices("UPT"), offices("Kanwil")
    mine = upt.new("Asli")
    upt.sync(folder)
    kanwil.sync(folder)
    upt.edit(mine, title="Versi UPT")
    kanwil.edit(kanwil.id_of("Asli"), title="Versi Kanwil")
    upt.sync(folder)
    kanwil.sync(folder)
    upt.sync(folder)
    ((copy, original),) = state.conflicts(upt.store)
    loser = upt.store.row(copy).title
    state.resolve_conflict(upt.store, copy, "copy")
    upt.sync(folder)
    kanwil.sync(folder)
    for office in (upt, kanwil):
        assert office.titles() == [loser]
        assert state.conflicts(office.store) == []


def test_a_deletion_travels_and_is_not_undone(offices, folder):
    upt, kanwil = offices("UPT"), offices("Kanwil")
    mine = upt.new("Hapus saya")
    upt.new("Tetap")
    upt.sync(folder)
    kanwil.sync(folder)
    upt.store.trash(mine)
    upt.store.empty_trash()  # emptied before syncing: the deletion must still travel
    assert upt.waiting() == 1
    upt.sync(folder)
    assert kanwil.sync(folder).removed == 1
    assert kanwil.titles() == ["Tetap"]
    for _ in range(2):
        upt.sync(folder)
        kanwil.sync(folder)
    assert upt.titles() == kanwil.titles() == ["Tetap"]
    assert len([n for n in bundles(folder) if parse_name(n)[2]]) == 1  # the tombstone stays


def test_an_edit_made_while_another_office_deleted_wins(offices, folder):
    upt, kanwil = offices("UPT"), offices("Kanwil")
    mine = upt.new("Diperdebatkan")
    upt.sync(folder)
    kanwil.sync(folder)
    upt.store.trash(mine)
    kanwil.edit(kanwil.id_of("Diperdebatkan"), paragraph="Tambahan dari Kanwil.")
    upt.sync(folder)
    kanwil.sync(folder)
    upt.sync(folder)
    assert upt.titles() == kanwil.titles() == ["Diperdebatkan"]
    assert upt.store.load(mine).paragraphs[-1].text == "Tambahan dari Kanwil."
    assert upt.view() == kanwil.view()


def test_removing_most_drafts_stops_and_asks(offices, folder):
    upt, kanwil = offices("UPT"), offices("Kanwil")
    ids = [upt.new(f"Berita {i}") for i in range(5)]
    upt.sync(folder)
    kanwil.sync(folder)
    for draft_id in ids[:4]:
        upt.store.trash(draft_id)
    upt.sync(folder)
    with pytest.raises(SyncQuestion) as asked:
        kanwil.sync(folder)
    assert (asked.value.kind, asked.value.count, asked.value.total) == ("removals", 4, 5)
    assert len(kanwil.titles()) == 5  # nothing changed
    assert kanwil.sync(folder, allow_removals=True).removed == 4
    assert kanwil.titles() == ["Berita 4"]


def test_an_emptied_target_stops_and_asks(offices, folder):
    upt = offices("UPT")
    for i in range(4):
        upt.new(f"Berita {i}")
    upt.sync(folder)
    for path in (folder.root / "drafts").iterdir():
        path.unlink()
    with pytest.raises(SyncQuestion) as asked:
        upt.sync(folder)
    assert asked.value.kind == "emptied"
    assert upt.sync(folder, allow_emptied=True).sent == 4


def test_a_damaged_bundle_is_reported_and_the_rest_synced(offices, folder):
    upt, kanwil = offices("UPT"), offices("Kanwil")
    upt.new("Baik")
    upt.sync(folder)
    bad = folder.root / "drafts" / f"{'a' * 32}.{'b' * 24}.kabar"
    bad.write_bytes(b"PK\x03\x04 half a zip")
    report = kanwil.sync(folder)
    assert kanwil.titles() == ["Baik"]
    assert report.problems and "aaaa" in report.problems[0].message()


def test_progress_and_cancel(offices, folder):
    upt = offices("UPT")
    for i in range(6):
        upt.new(f"Berita {i}")
    cancel = threading.Event()
    seen = []

    def progress(done, total):
        seen.append((done, total))
        if done == 3:
            cancel.set()

    with pytest.raises(Cancelled):
        upt.sync(folder, progress=progress, cancel=cancel)
    assert seen[0] == (0, 6)
    assert upt.waiting() == 3  # what was sent stays sent
    assert upt.sync(folder).sent == 3


def test_the_database_folder_cannot_be_a_target(kabar_home):
    from kabar_desktop.paths import data_dir

    data_dir().mkdir(parents=True, exist_ok=True)
    for where in (data_dir(), kabar_home):
        with pytest.raises(TargetError) as refused:
            open_target(str(where))
        assert refused.value.kind == "refused"


def test_a_missing_folder_is_an_error_not_a_new_folder(offices, tmp_path):
    upt = offices("UPT")
    upt.new("Berita")
    with pytest.raises(TargetError) as error:
        upt.sync(FolderTarget(tmp_path / "usb-not-plugged"))
    assert "usb-not-plugged" in error.value.message(lambda s: s)
    assert not (tmp_path / "usb-not-plugged").exists()
    assert upt.waiting() == 1
