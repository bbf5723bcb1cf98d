"""The desk and the month's report on drafts that really travelled: two UPTs and a Kanwil, each
with its own database, syncing through one shared folder (the engine stamps sent/arrived)."""

from __future__ import annotations

import datetime as dt

from kabar_desktop.model.draft import Draft, Paragraph
from kabar_desktop.services.report import month_report
from kabar_desktop.store import DraftStore, desk, sync_state
from kabar_desktop.sync import SyncEngine, open_target

from .deskhelp import at

KUPANG, SOE, RUDENIM = "Lapas Kelas IIA Kupang", "Rutan Kelas IIB Soe", "Rudenim Kupang"
DAY = dt.date(2026, 10, 5)


def sync(store: DraftStore, share, office: str, when: float) -> None:
    target = open_target(str(share))
    try:
        SyncEngine(store, target, office, clock=lambda: when).run()
    finally:
        target.close()


def write(store: DraftStore, title: str, words: str) -> int:
    draft_id = store.create(Draft(title=title, paragraphs=[Paragraph(text=words)]))
    store.set_status(draft_id, "ready")
    return draft_id


def test_drafts_arrive_on_the_desk_by_office_and_day_and_count_in_the_month(tmp_path):
    share = tmp_path / "share"
    share.mkdir()
    kupang = DraftStore.open(tmp_path / "kupang.sqlite")
    soe = DraftStore.open(tmp_path / "soe.sqlite")
    kanwil = DraftStore.open(tmp_path / "kanwil.sqlite")
    try:
        write(kupang, "Panen raya sayuran", "Warga binaan memanen kangkung.")
        write(kupang, "Penyuluhan hukum", "Petugas memberi penyuluhan.")
        sync(kupang, share, KUPANG, at(DAY, 8))
        write(soe, "Donor darah", "Pegawai mendonorkan darah.")
        sync(soe, share, SOE, at(DAY + dt.timedelta(days=1), 9))
        sync(kanwil, share, "Kanwil NTT", at(DAY + dt.timedelta(days=1), 12))

        rows = desk.incoming(kanwil)
        assert [(r.origin, r.day) for r in rows] == [
            (SOE, DAY + dt.timedelta(days=1)),  # newest first
            (KUPANG, DAY),
            (KUPANG, DAY),
        ]
        assert {r.title for r in rows[1:]} == {"Panen raya sayuran", "Penyuluhan hukum"}
        assert all(r.arrived == at(DAY + dt.timedelta(days=1), 12) for r in rows)
        assert desk.waiting(kanwil) == 3
        assert desk.silent_offices(kanwil, [KUPANG, SOE, RUDENIM], DAY) == [SOE, RUDENIM]
        assert [r.title for r in desk.incoming(kanwil, text="kangkung")] == ["Panen raya sayuran"]

        panen = next(r for r in rows if r.title == "Panen raya sayuran")
        donor = next(r for r in rows if r.title == "Donor darah")
        sync_state.set_published(
            kanwil,
            panen.draft_id,
            "https://ntt.kemenkumham.go.id/berita/panen",
            "2026-10-07",
            "Kanwil NTT",
        )
        sync_state.set_review(kanwil, donor.draft_id, "needs_changes", "", "Kanwil NTT")
        assert desk.waiting(kanwil) == 1
        assert [r.title for r in desk.incoming(kanwil, verdict="published")] == [
            "Panen raya sayuran"
        ]

        report = month_report(
            kanwil, 2026, 10, [KUPANG, SOE, RUDENIM], "Kanwil NTT", dt.date(2026, 11, 2)
        )
        numbers = {o.office: (*o.total.values(), o.days_without) for o in report.offices}
        assert numbers == {
            KUPANG: (2, 1, 0, 1, 30),
            SOE: (1, 0, 1, 0, 30),
            RUDENIM: (0, 0, 0, 0, 31),
        }
    finally:
        for store in (kupang, soe, kanwil):
            store.close()
