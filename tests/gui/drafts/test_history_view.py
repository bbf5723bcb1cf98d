"""Version history: the kept versions with their time, old beside new, and restoring one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kabar_desktop.gui.editor.draft_session import DraftSession
from kabar_desktop.gui.shell.main_window import MainWindow
from kabar_desktop.model.draft import Draft
from kabar_desktop.model.draft_file import read_draft
from kabar_desktop.settings import OfficeProfile, Settings
from kabar_desktop.store import DraftStore

PROFILE = OfficeProfile(office_name="Rudenim Kupang", city="Kupang", credit_initials="fka")


@pytest.fixture
def window(qtbot, sample_path):
    store = DraftStore.open(session=True)
    draft = read_draft(sample_path)
    draft.title = "Judul Lama"
    draft_id = store.create(draft)
    win = MainWindow(Settings(first_start_done=True, profile=PROFILE), DraftSession(Draft()), store)
    win.show()
    qtbot.waitExposed(win)
    assert win.autosave.open_draft(draft_id)
    yield win
    win.close()
    win.deleteLater()


def retitle(qtbot, win: MainWindow, text: str) -> None:
    field = win.form.facts.edits["title"]
    field.selectAll()
    qtbot.keyClicks(field, text)


def test_versions_are_listed_and_shown_beside_the_current_one(qtbot, window):
    retitle(qtbot, window, "Judul Baru")
    window.acts.history.trigger()
    dialog = window.history
    assert dialog.isVisible()
    assert dialog.versions.topLevelItemCount() == 1  # one sitting
    sitting = dialog.versions.topLevelItem(0)
    assert sitting.text(0).endswith("2 perubahan (sekarang)")
    assert sitting.childCount() == 2  # the new one stored on opening the history
    assert dialog.versions.currentItem() is sitting.child(1)  # the earlier version is chosen
    assert sitting.child(0).text(0)[:1].isalnum()  # starts with its time
    text = dialog.view.toPlainText()
    assert "Judul Lama" in text and "Judul Baru" in text
    page = dialog.view.toHtml()
    assert "line-through" in page  # the removed word is struck through
    assert "Rudenim" not in text  # only what differs is shown
    dialog.versions.setCurrentItem(sitting.child(0))  # the current one cannot be restored
    assert not dialog.restore_button.isEnabled()
    dialog.close()


def test_restoring_brings_the_old_title_back_and_can_be_undone(qtbot, window):
    retitle(qtbot, window, "Judul Baru")
    window.acts.history.trigger()
    dialog = window.history
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    field = window.form.facts.edits["title"]
    assert field.text() == "Judul Lama"
    assert window.windowTitle().startswith("Judul Lama")
    assert not window.isWindowModified()
    check = DraftStore.open()
    assert check.load(window.session.draft_id).title == "Judul Lama"
    check.close()

    sitting = dialog.versions.topLevelItem(0)
    assert sitting.childCount() == 3  # restoring kept the version before it
    dialog.versions.setCurrentItem(sitting.child(1))  # "Judul Baru", the one before the restore
    assert "Judul Baru" in dialog.view.toPlainText()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert field.text() == "Judul Baru"
    dialog.close()


def test_a_draft_never_stored_has_no_history_yet(window, monkeypatch):
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda p, t, text: told.append(text))
    window.acts.new.trigger()
    window.acts.history.trigger()
    assert len(told) == 1
    assert getattr(window, "history", None) is None or not window.history.isVisible()


def test_the_new_fields_are_named_in_the_writers_words():
    from kabar_desktop.gui.checker.labels import field_label as finding_label
    from kabar_desktop.gui.drafts.history_view import field_label

    assert field_label("counterpart") == "Pihak lain"
    assert field_label("kind") == "Jenis berita"
    assert field_label("companions[1].name") == "Nama (pendamping 2)"
    assert field_label("attendees[0].position") == "Jabatan (tamu 1)"
    assert field_label("speakers[0].part") == "Peran (pembicara 1)"
    assert field_label("speakers[0].context") == "Konteks sebelum perkenalan (pembicara 1)"
    assert (
        field_label("speakers[0].statements[1].context")
        == "Sesudah kata kerja (pembicara 1, pernyataan 2)"
    )
    assert field_label("paragraphs[2].after") == "Letak (paragraf 3)"
    draft = Draft()
    assert finding_label("purpose", draft) == "Pembuka teras"
    assert finding_label("attendees[0].name", draft) == "Tamu 1 — nama"
