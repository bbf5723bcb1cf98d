"""Drafts are never lost: typing is stored after a pause, and at once on close, switch, quit.

Every check reads the draft back through a fresh ``DraftStore``, as the next start would.
"""

from __future__ import annotations

import io
import re

import pytest
from PIL import Image
from PySide6.QtWidgets import QFileDialog, QLineEdit, QMessageBox

from kabar_desktop import app
from kabar_desktop.gui.editor.draft_session import DraftSession
from kabar_desktop.gui.shell.main_window import MainWindow
from kabar_desktop.i18n import _
from kabar_desktop.model.draft import Draft
from kabar_desktop.model.draft_file import read_draft
from kabar_desktop.model.problems import Problem
from kabar_desktop.settings import OfficeProfile, Settings, save_settings
from kabar_desktop.store import DraftStore, StoreError

PROFILE = OfficeProfile(office_name="Rudenim Kupang", city="Kupang", credit_initials="fka")


@pytest.fixture
def make_window(qtbot, sample_path):
    """Windows bound to the drafts store of the test's KABAR_HOME, closed afterwards."""
    windows: list[MainWindow] = []

    def make(draft: Draft | None = None) -> MainWindow:
        store = DraftStore.open(session=True)
        settings = Settings(first_start_done=True, profile=PROFILE)
        win = MainWindow(settings, DraftSession(draft or read_draft(sample_path)), store)
        win.show()
        qtbot.waitExposed(win)
        windows.append(win)
        return win

    yield make
    for win in windows:
        win.close()
        win.deleteLater()


def fresh() -> DraftStore:
    """The database as another Kabar (or the next start) sees it."""
    return DraftStore.open()


def stored_title(draft_id: int | None) -> str:
    assert draft_id is not None, "the draft was never stored"
    store = fresh()
    try:
        return store.load(draft_id).title
    finally:
        store.close()


def title_field(win: MainWindow) -> QLineEdit:
    field = win.form.facts.edits["title"]
    assert isinstance(field, QLineEdit)
    return field


def type_title(qtbot, win: MainWindow, text: str) -> None:
    field = title_field(win)
    field.selectAll()
    qtbot.keyClicks(field, text)


@pytest.mark.slow
def test_typing_is_stored_after_a_pause(qtbot, make_window):
    win = make_window()
    assert fresh().list() == []  # the sample nobody touched is not stored
    type_title(qtbot, win, "Rapat Pagi")
    assert win.isWindowModified()  # the title bar says "not stored yet"
    assert fresh().list() == []  # not at every keystroke
    qtbot.waitUntil(lambda: not win.isWindowModified(), timeout=2000)
    assert stored_title(win.session.draft_id) == "Rapat Pagi"
    assert re.search(r"\d\d\.\d\d$", win.autosave.label.text())  # "Tersimpan otomatis 10.42"


@pytest.mark.parametrize("delay_ms", [0, 10, 25, 50])
def test_closing_right_after_typing_loses_nothing(qtbot, make_window, delay_ms):
    win = make_window()
    type_title(qtbot, win, f"Ditutup Setelah {delay_ms} ms")
    if delay_ms:
        qtbot.wait(delay_ms)
    assert win.close()
    assert stored_title(win.session.draft_id) == f"Ditutup Setelah {delay_ms} ms"
    again = DraftStore.open(session=True)  # the window closed the store cleanly
    assert not again.opened.crashed
    assert again.opened.last_opened == win.session.draft_id
    again.close()


@pytest.mark.parametrize("how", ["new", "open"])
def test_switching_draft_right_after_typing_loses_nothing(qtbot, make_window, how):
    win = make_window()
    other = win.store.create(Draft(title="Draf Lain"))
    type_title(qtbot, win, "Diketik Lalu Pindah")
    if how == "new":
        win.acts.new.trigger()
        assert win.session.draft.title == ""
    else:
        assert win.autosave.open_draft(other)
        assert title_field(win).text() == "Draf Lain"
    [typed] = [r.id for r in win.store.list() if r.id != other]
    assert stored_title(typed) == "Diketik Lalu Pindah"
    assert stored_title(other) == "Draf Lain"


def test_new_drafts_are_stored_only_once_written_in(qtbot, make_window):
    win = make_window()
    for _n in range(3):
        win.acts.new.trigger()
    assert win.store.list() == []
    type_title(qtbot, win, "Akhirnya Ditulis")
    win.acts.new.trigger()
    assert [r.title for r in win.store.list()] == ["Akhirnya Ditulis"]


def test_save_stores_at_once_and_asks_nothing(qtbot, make_window, monkeypatch):
    win = make_window()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: pytest.fail("asked"))
    type_title(qtbot, win, "Simpan Sekarang")
    win.acts.save.trigger()
    assert not win.isWindowModified()
    assert stored_title(win.session.draft_id) == "Simpan Sekarang"


def test_an_opened_file_becomes_a_stored_draft(make_window, sample_path):
    win = make_window(Draft())
    assert win.files.open_path(sample_path)
    assert win.session.path == sample_path  # Save As offers the file's name
    assert stored_title(win.session.draft_id) == read_draft(sample_path).title
    [version] = win.store.history(win.session.draft_id)
    assert version.kind == "import"


def test_a_store_fault_is_said_once_in_plain_words(qtbot, make_window, monkeypatch):
    win = make_window()
    type_title(qtbot, win, "Disk Penuh")
    win.autosave.flush()
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: boxes.append(text))

    def full(*args, **kwargs):
        raise StoreError("full", Problem("", "the disk is full: the change was not saved"))

    monkeypatch.setattr(win.store, "save", full)
    type_title(qtbot, win, "Tidak Tersimpan")
    assert not win.autosave.flush()
    type_title(qtbot, win, "Tetap Tidak Tersimpan")
    assert not win.autosave.flush()
    assert len(boxes) == 1 and "the disk is full" in boxes[0]
    assert "Traceback" not in boxes[0]
    assert win.isWindowModified()  # still "not stored"
    assert stored_title(win.session.draft_id) == "Disk Penuh"  # the last stored one stays
    monkeypatch.delattr(win.store, "save")  # the disk has room again
    assert win.autosave.flush()
    assert stored_title(win.session.draft_id) == "Tetap Tidak Tersimpan"


@pytest.fixture
def started(qtbot):
    windows: list[MainWindow] = []

    def start() -> MainWindow:
        win = app.start([])
        windows.append(win)
        qtbot.waitUntil(lambda: win.later.done, timeout=2000)  # the store opens after the paint
        return win

    yield start
    for win in windows:
        win.close()
        win.deleteLater()


@pytest.mark.slow
def test_after_a_crash_the_last_draft_opens_again_and_kabar_says_so(qtbot, started):
    save_settings(Settings(first_start_done=True, profile=PROFILE))
    first = started()
    type_title(qtbot, first, "Sebelum Listrik Padam")
    qtbot.waitUntil(lambda: not first.isWindowModified(), timeout=2000)
    draft_id = first.session.draft_id
    first.autosave.store = None  # the power goes: nothing more is written or closed
    first.store.db.conn.close()

    second = started()
    assert second.session.draft_id == draft_id
    assert title_field(second).text() == "Sebelum Listrik Padam"
    assert not second.isWindowModified()
    said = _(
        "Kabar was not closed properly. The last draft was opened again; "
        "everything that was stored is still there."
    )
    assert second.statusBar().currentMessage() == said
    assert second.start_notice.isVisible() and said in second.start_notice.text()

    second.close()  # a clean end: the next start goes on with that draft, without a crash notice
    third = started()
    assert third.session.draft_id == second.session.draft_id
    assert not hasattr(third, "start_notice")


def test_a_photo_loses_its_gps_and_is_made_smaller(qtbot, make_window, tmp_path):
    im = Image.new("RGB", (3000, 2000), (40, 90, 150))
    exif = Image.Exif()
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "S", (10.0, 9.0, 30.0)
    exif[0x010F] = "Ponsel Humas"
    original = tmp_path / "dari-ponsel.jpg"
    im.save(original, "JPEG", exif=exif)
    before = original.read_bytes()

    win = make_window()
    assert win.form.photos.add_photo_files([original]) == 1
    assert win.autosave.flush()
    store = fresh()
    [photo] = store.load(win.session.draft_id).photos
    store.close()
    stored = Image.open(io.BytesIO(photo.data))
    assert max(stored.size) <= 2048 and stored.size == (2048, 1365)
    assert not stored.getexif().get_ifd(0x8825)
    assert b"Ponsel Humas" not in photo.data
    assert original.read_bytes() == before  # the original is never touched


def test_without_a_usable_store_kabar_still_starts_and_says_why(started, monkeypatch):
    save_settings(Settings(first_start_done=True, profile=PROFILE))

    def refuse(*args, **kwargs):
        raise StoreError(
            "readonly", Problem("", "the folder {folder} cannot be written to", {"folder": "/data"})
        )

    monkeypatch.setattr(DraftStore, "open", refuse)
    win = started()
    assert win.autosave is None and win.store is None
    assert not win.acts.browse.isEnabled() and not win.acts.history.isEnabled()
    assert "cannot be written to" in win.start_notice.text()
    assert "Traceback" not in win.start_notice.text()


def test_the_saved_note_follows_a_language_switch(qtbot, make_window):
    """Issue 14 #10: "Tersimpan otomatis 16.05" stayed Indonesian in an English window."""
    win = make_window()
    type_title(qtbot, win, "Judul Baru")
    assert win.autosave.flush()
    time = re.search(r"\d\d\.\d\d", win.autosave.label.text()).group(0)
    assert win.autosave.label.text() == f"Tersimpan otomatis {time}"
    win.apply_language("en")
    assert win.autosave.label.text() == f"Saved automatically {time}"
    assert "no need to save" in win.autosave.label.toolTip()
    win.apply_language("id")
    assert win.autosave.label.text() == f"Tersimpan otomatis {time}"


def test_new_clears_the_sample_note_and_the_saved_note(qtbot, make_window):
    """Issue 14 #10: "Ini contoh berita… Tekan Baru…" stayed in the status bar after Baru."""
    win = make_window()
    type_title(qtbot, win, "Judul Baru")
    assert win.autosave.flush() and win.autosave.label.text()
    win.say(_("This is a sample article. Press New to write your own."), 0)
    win.acts.new.trigger()
    assert win.statusBar().currentMessage() == ""
    assert win.autosave.label.text() == ""  # nothing of the new draft is stored yet
