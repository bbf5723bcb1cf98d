"""File ▸ Open Recent lists the stored drafts the writer used last, not only files: after a
restart the article written yesterday is one click away."""

from __future__ import annotations

import pytest

from kabar_desktop.gui.editor.draft_session import DraftSession
from kabar_desktop.gui.shell.main_window import MainWindow
from kabar_desktop.model.draft import Draft
from kabar_desktop.settings import OfficeProfile, Settings
from kabar_desktop.store import DraftStore

PROFILE = OfficeProfile(office_name="Rudenim Kupang", city="Kupang", credit_initials="fka")


@pytest.fixture
def stored():
    """Three stored drafts: one kept, one in the Trash, one emptied from it."""
    store = DraftStore.open(session=True)
    kept = store.create(Draft(title="Rapat Kerja Humas & Protokol"))
    other = store.create(Draft(title="Kunjungan Kakanwil"))
    trashed = store.create(Draft(title="Judul Dibuang"))
    gone = store.create(Draft(title="Sudah Dihapus"))
    store.trash(trashed)
    store.trash(gone)
    store.empty_trash([gone])
    store.close(clean=True)
    return {"kept": kept, "other": other, "trashed": trashed, "gone": gone}


@pytest.fixture
def window(qtbot, stored):
    settings = Settings(first_start_done=True, profile=PROFILE)
    settings.recent_drafts = [stored["trashed"], stored["kept"], stored["gone"], stored["other"]]
    win = MainWindow(settings, DraftSession(Draft()), DraftStore.open(session=True))
    win.show()
    qtbot.waitExposed(win)
    win.later.run()
    yield win
    win.close()
    win.deleteLater()


def recent_entries(win: MainWindow) -> list[str]:
    menu = win.acts.recent
    menu.aboutToShow.emit()  # as the writer opens it
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_open_recent_lists_the_stored_drafts_by_title(window):
    assert recent_entries(window) == ["&1 Rapat Kerja Humas && Protokol", "&2 Kunjungan Kakanwil"]


def test_choosing_a_recent_draft_opens_it(window, stored):
    menu = window.acts.recent
    menu.aboutToShow.emit()
    entry = next(a for a in menu.actions() if "Kunjungan" in a.text())
    entry.trigger()
    assert window.session.draft_id == stored["other"]
    assert window.session.draft.title == "Kunjungan Kakanwil"
    assert window.windowTitle().startswith("Kunjungan Kakanwil")
    assert window.settings.recent_drafts[0] == stored["other"]
    # the draft in the window is not offered again; the one left is
    assert recent_entries(window) == ["&1 Rapat Kerja Humas && Protokol"]


def test_files_follow_the_drafts(window, tmp_path):
    path = tmp_path / "rilis.kabar"
    window.settings.recent_files = [str(path)]
    entries = recent_entries(window)
    assert entries[:2] == ["&1 Rapat Kerja Humas && Protokol", "&2 Kunjungan Kakanwil"]
    assert entries[2].startswith("&3 rilis.kabar")


def test_nothing_used_yet_says_so(qtbot):
    win = MainWindow(
        Settings(first_start_done=True, profile=PROFILE),
        DraftSession(Draft()),
        DraftStore.open(session=True),
    )
    qtbot.addWidget(win)
    assert recent_entries(win) == ["(belum ada draf terakhir)"]
