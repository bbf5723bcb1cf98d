"""The table of faults, one test each, against the real WebDAV server: after each, the draft
arrives once and whole, or the sync says why and the next one finishes the job."""

from __future__ import annotations

import datetime as dt

import pytest

from kabar_desktop.sync import TargetError, WebDAVTarget, bundle

from .davserver import PASSWORD, USER, CutProxy
from .synchelp import Office

DRAFTS = r"^/kabar-sync/drafts/"


def _whole(dav) -> list[str]:
    """Every bundle on the server decodes; no half-written one is visible under its name."""
    names = sorted(p.name for p in (dav.root / "kabar-sync" / "drafts").iterdir())
    for name in names:
        if not name.startswith("."):
            bundle.decode((dav.root / "kabar-sync" / "drafts" / name).read_bytes(), name)
    return [n for n in names if not n.startswith(".")]


def _arrives_once(offices, dav, dav_target, upt) -> None:
    kanwil = offices("Kanwil")
    kanwil.sync(dav_target())
    assert kanwil.titles() == upt.titles()
    assert len(_whole(dav)) == len(upt.titles())


@pytest.mark.parametrize(
    ("method", "status"),
    [("PUT", 500), ("MOVE", 503), ("MOVE", 423), ("PROPFIND", 503)],
    ids=["500-on-upload", "503-on-move", "423-locked", "503-on-listing"],
)
def test_a_failing_or_locked_server_is_retried(offices, dav, dav_target, method, status):
    upt = offices("UPT")
    upt.new("Berita")
    dav.faults.add(method, "status", status, path=DRAFTS, times=2)
    report = upt.sync(dav_target(), attempts=4)
    assert report.sent == 1
    assert report.retried == 2
    _arrives_once(offices, dav, dav_target, upt)


def test_insufficient_storage_stops_the_sync_and_the_next_one_sends(offices, dav, dav_target):
    upt = offices("UPT")
    upt.new("Berita")
    dav.faults.add("PUT", "status", 507, path=DRAFTS, times=3)
    with pytest.raises(TargetError) as full:
        upt.sync(dav_target(), attempts=3)
    assert full.value.kind == "full"
    assert upt.waiting() == 1
    assert _whole(dav) == []
    assert upt.sync(dav_target()).sent == 1
    _arrives_once(offices, dav, dav_target, upt)


def test_a_timeout_after_the_server_stored_the_upload(offices, dav, dav_target):
    upt = offices("UPT")
    upt.new("Berita")
    dav.faults.add("MOVE", "stall_after", 1.0, path=DRAFTS)
    report = upt.sync(dav_target(timeout=0.4))
    assert report.sent == 1 and report.retried == 1
    _arrives_once(offices, dav, dav_target, upt)


def test_a_connection_cut_in_the_middle_of_an_upload(offices, dav):
    proxy = CutProxy(dav.port)
    try:
        upt = offices("UPT")
        draft_id = upt.new("Berita")
        upt.edit(draft_id, paragraph="Paragraf panjang. " * 400)
        proxy.cut_next_put(after=1500)
        report = upt.sync(WebDAVTarget(proxy.url, USER, PASSWORD, timeout=5))
        assert proxy.cuts == 1
        assert report.sent == 1 and report.retried >= 1
        kanwil = offices("Kanwil")
        kanwil.sync(WebDAVTarget(dav.url, USER, PASSWORD))
        assert kanwil.view() == upt.view()
        assert len(_whole(dav)) == 1
    finally:
        proxy.close()


def test_a_duplicate_delivery_changes_nothing(offices, dav, dav_target):
    upt = offices("UPT")
    upt.new("Berita 1")
    upt.new("Berita 2")
    for method in ("PUT", "MOVE", "DELETE", "GET"):
        dav.faults.add(method, "duplicate", path=DRAFTS, times=100)
    assert upt.sync(dav_target()).sent == 2
    kanwil = offices("Kanwil")
    assert kanwil.sync(dav_target()).received == 2
    kanwil.edit(kanwil.id_of("Berita 1"), title="Berita 1 (Kanwil)")
    kanwil.sync(dav_target())
    upt.sync(dav_target())
    assert upt.titles() == kanwil.titles() == ["Berita 1 (Kanwil)", "Berita 2"]
    assert len(_whole(dav)) == 2


def test_clocks_a_year_apart_do_not_decide(tmp_path, dav, dav_target):
    year = dt.timedelta(days=365).total_seconds()
    now = dt.datetime(2025, 3, 1).timestamp()
    # The UPT's clock runs a year ahead: a sync deciding by time would keep its version.
    upt = Office(tmp_path / "upt.sqlite", "UPT", clock=lambda: now + year)
    kanwil = Office(tmp_path / "kanwil.sqlite", "Kanwil", clock=lambda: now)
    try:
        draft_id = upt.new("Versi awal")
        upt.sync(dav_target())
        kanwil.sync(dav_target())
        kanwil.edit(kanwil.id_of("Versi awal"), title="Dikoreksi Kanwil")
        kanwil.sync(dav_target())
        upt.sync(dav_target())
        assert upt.store.load(draft_id).title == "Dikoreksi Kanwil"
        upt.edit(draft_id, title="UPT lagi")
        kanwil.edit(kanwil.id_of("Dikoreksi Kanwil"), title="Kanwil lagi")
        for office in (upt, kanwil, upt, kanwil):
            office.sync(dav_target())
        assert upt.titles() == kanwil.titles() == ["Kanwil lagi", "UPT lagi"]
    finally:
        upt.close()
        kanwil.close()
