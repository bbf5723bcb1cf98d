"""At a UPT: the Kanwil's remarks show beside the fields they concern, and "Done" travels."""

from __future__ import annotations

import pytest
from desk_gui_data import article
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from kabar_desktop.gui.desk.upt_remarks import TINT, UptRemarks
from kabar_desktop.gui.editor.draft_session import DraftSession
from kabar_desktop.gui.shell.main_window import MainWindow
from kabar_desktop.model.draft import Draft
from kabar_desktop.settings import OfficeProfile, Settings
from kabar_desktop.store import DraftStore
from kabar_desktop.store import remarks as remark_store
from kabar_desktop.store import sync_state as state

UPT = OfficeProfile(office_name="Lapas Kupang", city="Kupang", kanwil_name="Kanwil NTT")


@pytest.fixture
def window(qtbot):
    import datetime as dt

    store = DraftStore.open(session=True)
    draft_id = store.create(article("Apel Pagi", "Lapas Kupang", "Kupang", dt.date(2026, 11, 5)))
    state.ensure_identity(store, draft_id, "Lapas Kupang")
    remark_store.add(store, draft_id, "paragraphs[0]", "Tambahkan jumlah peserta.", "tertib")
    remark_store.add(store, draft_id, "title", "Judul terlalu umum.", author="Kanwil NTT")
    remark_store.add(store, draft_id, "sentence:2", "Kalimat ini terlalu panjang.")
    win = MainWindow(Settings(first_start_done=True, profile=UPT), DraftSession(Draft()), store)
    win.show()
    qtbot.waitExposed(win)
    win.later.run()
    assert win.autosave.open_draft(draft_id)
    yield win
    win.session.mark_saved()
    win.close()
    win.deleteLater()


def remarks_of(win) -> UptRemarks:
    found = win.findChild(UptRemarks)
    assert found is not None
    found.reload()
    return found


def test_the_remarks_show_in_a_dock_and_tint_their_fields(window):
    upt = remarks_of(window)
    assert upt.dock.isVisible()
    assert upt.dock.list.count() == 3
    texts = [upt.dock.list.item(n).text() for n in range(3)]
    assert any("Tambahkan jumlah peserta." in t for t in texts)
    title = window.form.field_widget("title")
    assert title in upt.tinted()
    assert title.palette().color(QPalette.ColorRole.Base) == QColor(TINT)
    window.form.focus_field("paragraphs[0]")
    upt.reload()
    assert window.form.field_widget("paragraphs[0]") in upt.tinted()


def test_show_in_the_form_selects_the_words_remarked_on(qtbot, window):
    upt = remarks_of(window)
    [rid] = [r.rid for r in upt.remarks if r.anchor == "paragraphs[0]"]
    assert upt.select(rid)
    qtbot.mouseClick(upt.dock.show_button, Qt.MouseButton.LeftButton)
    box = window.form.field_widget("paragraphs[0]")
    assert box.hasFocus() or box.isVisible()
    assert box.textCursor().selectedText() == "tertib"
    [sentence] = [r.rid for r in upt.remarks if r.anchor == "sentence:2"]
    upt.select(sentence)
    assert not upt.dock.show_button.isEnabled()  # a sentence has no field to show


def test_done_is_stored_untints_the_field_and_will_travel(qtbot, window):
    upt = remarks_of(window)
    [rid] = [r.rid for r in upt.remarks if r.anchor == "title"]
    upt.select(rid)
    qtbot.mouseClick(upt.dock.done_button, Qt.MouseButton.LeftButton)
    store = window.store
    done = {r.rid: r.done for r in remark_store.for_draft(store, window.session.draft_id)}
    assert done[rid] is True and list(done.values()).count(True) == 1
    assert state.for_draft(store, window.session.draft_id).meta_changed
    title = window.form.field_widget("title")
    assert title not in upt.tinted()
    assert title.palette().color(QPalette.ColorRole.Base) != QColor(TINT)
    assert not upt.dock.done_button.isEnabled()  # the chosen one is done now


def test_a_draft_without_remarks_hides_the_dock(window):
    upt = remarks_of(window)
    window.autosave.new_draft(Draft(title="Baru"))
    upt.reload()
    assert not upt.dock.isVisible() and upt.tinted() == []


def test_the_upt_sees_where_its_article_was_published(window):
    url = "https://ntt.ditjenpas.go.id/berita/apel-pagi"
    state.set_published(window.store, window.session.draft_id, url, "2026-11-06", "Kanwil NTT")
    upt = remarks_of(window)
    note = upt.dock.note.text()
    assert url in note and "2026-11-06" in note
    assert upt.dock.isVisible()


def test_the_upt_sees_what_the_kanwil_changed(qtbot, window):
    store, draft_id = window.store, window.session.draft_id
    upt = remarks_of(window)
    assert not upt.dock.changes_button.isVisibleTo(upt.dock)  # nothing came by sync yet
    edited = store.load(draft_id)
    edited.title = "Apel Pagi Pegawai Lapas Kupang"
    store.save(draft_id, edited, kind="sync")  # what sync does with the Kanwil's revision
    window.autosave.reload()
    upt.reload()
    assert upt.dock.changes_button.isVisibleTo(upt.dock)
    dialog = upt.show_changes()
    assert dialog is not None
    shown = dialog.view.toPlainText()
    assert "Apel Pagi" in shown and "Pegawai Lapas Kupang" in shown
    dialog.close()


def test_a_remark_on_a_sentence_shows_its_words_and_follows_the_language(qtbot, window):
    upt = remarks_of(window)
    texts = [upt.dock.list.item(n).text() for n in range(upt.dock.list.count())]
    [on_sentence] = [t for t in texts if "Kalimat ini terlalu panjang." in t]
    assert "“" in on_sentence  # the sentence's own words, read from the article now
    window.apply_language("en")  # the menus are rebuilt: the dock follows by itself
    qtbot.waitUntil(lambda: upt.dock.windowTitle() == "Kanwil's Remarks", timeout=2000)
    window.apply_language("id")
    qtbot.waitUntil(lambda: upt.dock.windowTitle() == "Catatan Kanwil", timeout=2000)
