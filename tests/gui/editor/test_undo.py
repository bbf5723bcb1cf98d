"""The window's Undo/Redo (issue 14, defect 1): one history where typing, structural
changes and checker fixes are commands; undoing one never throws away typing."""

from __future__ import annotations

import copy

import pytest
from conftest import jpeg_bytes
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit

from kabar_desktop.gui.editor.draft_session import DraftSession
from kabar_desktop.gui.shell.main_window import MainWindow
from kabar_desktop.i18n import _
from kabar_desktop.model.draft import Draft
from kabar_desktop.settings import OfficeProfile, Settings

PROFILE = OfficeProfile(office_name="Rudenim Kupang", city="Kupang", credit_initials="fka")


@pytest.fixture
def window(qtbot):
    draft = Draft(title="Apel Pagi", organizer="Rudenim Kupang")
    win = MainWindow(Settings(first_start_done=True, profile=PROFILE), DraftSession(draft))
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.checker.runner.wait()
    win.session.mark_saved()
    win.close()
    win.deleteLater()


def undo_text(win: MainWindow) -> str:
    return win.acts.undo.text()


def says(label: str) -> str:
    return f"{_('&Undo')} {label}"


def type_title(qtbot, win: MainWindow, text: str) -> None:
    title = win.form.facts.edits["title"]
    win.form.focus_field("title")
    title.end(False)
    qtbot.keyClicks(title, text)


def add_paragraph(qtbot, win: MainWindow) -> None:
    win.form.tabs.setCurrentIndex(2)
    qtbot.mouseClick(win.form.body.add_button, Qt.MouseButton.LeftButton)


def test_undo_of_add_paragraph_keeps_the_typing_around_it(qtbot, window):
    session = window.session
    add_paragraph(qtbot, window)
    box = window.form.field_widget("paragraphs[0]")
    assert isinstance(box, QPlainTextEdit)
    qtbot.keyClicks(box, "Kegiatan berjalan lancar.")
    type_title(qtbot, window, " Bersama")
    assert session.draft.title == "Apel Pagi Bersama"
    assert undo_text(window) == says(_("Type title"))  # one command for the whole word

    window.acts.undo.trigger()  # the title's typing only
    assert session.draft.title == "Apel Pagi"
    assert session.draft.paragraphs[0].text == "Kegiatan berjalan lancar."
    assert undo_text(window) == says(_("Type paragraph"))
    window.acts.undo.trigger()
    assert session.draft.paragraphs[0].text == ""
    assert undo_text(window) == says(_("Add paragraph"))
    window.acts.undo.trigger()
    assert session.draft.paragraphs == []

    for _step in range(3):
        window.acts.redo.trigger()
    assert session.draft.paragraphs[0].text == "Kegiatan berjalan lancar."
    assert session.draft.title == "Apel Pagi Bersama"
    assert window.form.facts.edits["title"].text() == "Apel Pagi Bersama"
    box = window.form.field_widget("paragraphs[0]")
    assert box.toPlainText() == "Kegiatan berjalan lancar."
    assert not window.acts.redo.isEnabled()


def test_undo_of_add_photo_keeps_the_caption_and_the_title(qtbot, window, tmp_path):
    session = window.session
    photo_file = tmp_path / "apel.jpg"
    photo_file.write_bytes(jpeg_bytes(320, 200))
    assert window.form.photos.add_photo_files([str(photo_file)]) == 1
    assert undo_text(window) == says(_("Add photo"))
    caption = window.form.photos.cards[0].caption
    caption.setFocus()
    qtbot.keyClicks(caption, "Peserta apel")
    type_title(qtbot, window, " Bersama")

    window.acts.undo.trigger()
    assert session.draft.title == "Apel Pagi"
    assert session.draft.photos[0].caption == "Peserta apel"
    assert undo_text(window) == says(_("Type photo caption"))
    window.acts.undo.trigger()
    window.acts.undo.trigger()
    assert session.draft.photos == []
    for _step in range(3):
        window.acts.redo.trigger()
    assert session.draft.photos[0].caption == "Peserta apel"
    assert session.draft.photos[0].data  # the photo itself comes back too
    assert window.form.photos.cards[0].caption.toPlainText() == "Peserta apel"
    assert session.draft.title == "Apel Pagi Bersama"


def test_a_checker_fix_is_its_own_command(qtbot, window, tmp_path):
    session = window.session
    photo_file = tmp_path / "apel.jpg"
    photo_file.write_bytes(jpeg_bytes(320, 200))
    window.form.photos.add_photo_files([str(photo_file)])
    add_paragraph(qtbot, window)
    box = window.form.field_widget("paragraphs[0]")
    qtbot.keyClicks(box, "Hadir diantaranya pejabat.")
    window.checker.runner.check_now()
    qtbot.waitUntil(lambda: not window.checker.runner.running, timeout=3000)
    finding = next(f for f in window.checker.shown() if f.rule == "W1")
    window.checker.fix(finding)
    assert session.draft.paragraphs[0].text == "Hadir di antaranya pejabat."
    assert undo_text(window) == says(_("Checker fix"))  # not "Urungkan Tambah foto"
    type_title(qtbot, window, " Bersama")

    window.acts.undo.trigger()
    assert session.draft.title == "Apel Pagi"
    window.acts.undo.trigger()  # the fix alone
    assert session.draft.paragraphs[0].text == "Hadir diantaranya pejabat."
    assert undo_text(window) == says(_("Type paragraph"))
    window.acts.redo.trigger()
    window.acts.redo.trigger()
    assert session.draft.paragraphs[0].text == "Hadir di antaranya pejabat."
    assert session.draft.title == "Apel Pagi Bersama"
    assert len(session.draft.photos) == 1


def test_undoing_everything_and_redoing_it_brings_every_edit_back(qtbot, sample_path):
    """The panes re-read the draft after each step without recording anything: the redo
    tail survives undoing all the way back, over speakers, statements and facts."""
    from kabar_desktop.model.draft_file import read_draft

    draft = read_draft(sample_path)
    win = MainWindow(Settings(first_start_done=True, profile=PROFILE), DraftSession(draft))
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    session = win.session
    type_title(qtbot, win, " Hari Ini")
    win.form.tabs.setCurrentIndex(1)
    speakers = win.form.speakers
    qtbot.keyClicks(speakers.edits["name"], " Jr")
    win.form.build_all()
    for path in ("speakers[0].statements[0]", "paragraphs[0]", "venue"):
        if win.form.focus_field(path):
            widget = win.form.field_widget(path)
            qtbot.keyClicks(widget, " tambahan")
    session.apply(_("Add speaker"), lambda d: d.speakers.pop())
    final = copy.deepcopy(session.draft)
    assert " Jr" in final.speakers[0].name and final.title.endswith(" Hari Ini")
    assert " tambahan" in final.speakers[0].statements[0].text
    count = session.undo_stack.count()
    assert count >= 4
    while win.acts.undo.isEnabled():
        win.acts.undo.trigger()
    assert session.undo_stack.count() == count  # nothing was recorded by re-reading
    assert session.draft == read_draft(sample_path)
    while win.acts.redo.isEnabled():
        win.acts.redo.trigger()
    assert session.draft == final
    win.checker.runner.wait()
    session.mark_saved()
    win.close()
    win.deleteLater()
