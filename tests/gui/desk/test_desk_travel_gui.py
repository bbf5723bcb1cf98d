"""A UPT and its Kanwil, each its own store and window, syncing through a shared folder:
the draft arrives on the desk under the UPT's name, a remark made with the desk's widgets
reaches the UPT's form beside its field, and "Done" there comes back to the desk."""

from __future__ import annotations

import datetime as dt

import pytest
from desk_gui_data import article
from PySide6.QtCore import Qt

from kabar_desktop.gui.desk.desk_window import DeskWindow
from kabar_desktop.gui.desk.upt_remarks import UptRemarks
from kabar_desktop.gui.editor.draft_session import DraftSession
from kabar_desktop.gui.shell.main_window import MainWindow
from kabar_desktop.model.draft import Draft
from kabar_desktop.settings import OfficeProfile, Settings
from kabar_desktop.store import DraftStore
from kabar_desktop.store import sync_state as state
from kabar_desktop.sync import FolderTarget, SyncEngine

UPT = OfficeProfile(office_name="Lapas Kupang", city="Kupang", kanwil_name="Kanwil NTT")
KANWIL = OfficeProfile(
    office_name="Kanwil NTT", city="Kupang", role="kanwil", kanwil_name="Kanwil NTT",
    offices=["Lapas Kupang"],
)  # fmt: skip


def sync(store: DraftStore, target: FolderTarget, office: str):
    return SyncEngine(store, target, office).run()


def open_window(qtbot, profile: OfficeProfile, store: DraftStore) -> MainWindow:
    settings = Settings(first_start_done=True, profile=profile)
    win = MainWindow(settings, DraftSession(Draft()), store)
    win.show()
    qtbot.waitExposed(win)
    win.later.run()
    return win


@pytest.mark.slow
def test_a_remark_from_the_desk_reaches_the_upt_field_and_done_comes_back(qtbot, tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    target = FolderTarget(shared)
    upt = DraftStore.open(tmp_path / "upt.sqlite")
    kanwil = DraftStore.open(tmp_path / "kanwil.sqlite")
    at_upt = upt.create(article("Apel Pagi Pegawai", "Lapas Kupang", "Kupang", dt.date.today()))
    upt.set_status(at_upt, "ready")
    assert sync(upt, target, "Lapas Kupang").sent == 1
    assert sync(kanwil, target, "Kanwil NTT").received == 1

    desk_window = open_window(qtbot, KANWIL, kanwil)
    desk = desk_window.findChild(DeskWindow, "desk-window")
    assert desk is not None
    [row] = desk.list.rows
    assert row.origin == "Lapas Kupang" and "Lapas Kupang" in desk.list.group_titles()[0]
    assert desk.list.select_draft(row.draft_id)
    desk.reader.facts.pick("paragraphs[0]")
    qtbot.keyClicks(desk.reader.remarks.text, "Sebutkan jumlah peserta apel.")
    qtbot.mouseClick(desk.reader.send_back, Qt.MouseButton.LeftButton)
    assert state.for_draft(kanwil, row.draft_id).review == "needs_changes"
    assert sync(kanwil, target, "Kanwil NTT").sent == 1

    assert sync(upt, target, "Lapas Kupang").received == 1
    writer = open_window(qtbot, UPT, upt)
    assert writer.autosave.open_draft(at_upt)
    remarks = writer.findChild(UptRemarks)
    remarks.reload()
    assert remarks.dock.isVisible()
    [remark] = remarks.remarks
    assert (remark.anchor, remark.text) == ("paragraphs[0]", "Sebutkan jumlah peserta apel.")
    writer.form.focus_field("paragraphs[0]")
    remarks.reload()
    assert writer.form.field_widget("paragraphs[0]") in remarks.tinted()
    remarks.select(remark.rid)
    qtbot.mouseClick(remarks.dock.done_button, Qt.MouseButton.LeftButton)
    assert sync(upt, target, "Lapas Kupang").sent == 1

    assert sync(kanwil, target, "Kanwil NTT").received == 1
    desk.refresh()
    [row] = desk.list.rows
    assert row.open_remarks == 0
    for win in (writer, desk_window):
        win.session.mark_saved()
        win.close()
