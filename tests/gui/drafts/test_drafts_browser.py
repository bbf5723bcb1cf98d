"""The drafts browser: list, search everything written, sort, filter, open, copy, trash, export."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from kabar_desktop.gui.drafts import batch_export
from kabar_desktop.gui.drafts.drafts_model import status_name
from kabar_desktop.gui.editor.draft_session import DraftSession
from kabar_desktop.gui.shell.main_window import MainWindow
from kabar_desktop.model.draft import Draft, Speaker, Statement
from kabar_desktop.model.draft_file import read_draft
from kabar_desktop.settings import OfficeProfile, Settings
from kabar_desktop.store import DraftStore

PROFILE = OfficeProfile(office_name="Rudenim Kupang", city="Kupang", credit_initials="fka")


@pytest.fixture
def window(qtbot, sample_path):
    store = DraftStore.open(session=True)
    store.create(Draft(title="Apel Pagi Bersama", organizer="Lapas Atambua"))
    store.create(read_draft(sample_path))
    store.create(
        Draft(
            title="Rapat Koordinasi Pengawasan Orang Asing",
            organizer="Kantor Imigrasi Atambua",
            date=dt.date(2024, 3, 5),
            speakers=[
                Speaker(name="Budi", statements=[Statement(text="Kepiting bakau dilarang.")])
            ],
        )
    )
    win = MainWindow(Settings(first_start_done=True, profile=PROFILE), DraftSession(Draft()), store)
    win.show()
    qtbot.waitExposed(win)
    win.show_browser()
    yield win
    win.browser.close()
    win.close()
    win.deleteLater()


def titles(win: MainWindow) -> list[str]:
    model = win.browser.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def select(win: MainWindow, *wanted: str) -> None:
    browser = win.browser
    browser.table.clearSelection()
    for n, title in enumerate(titles(win)):
        if title in wanted:
            browser.table.selectionModel().select(
                browser.model.index(n, 0),
                browser.table.selectionModel().SelectionFlag.Select
                | browser.table.selectionModel().SelectionFlag.Rows,
            )


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_lists_every_draft_with_its_facts(window):
    browser = window.browser
    assert browser.isVisible()
    assert browser.model.rowCount() == 3
    row = titles(window).index("Rapat Koordinasi Pengawasan Orang Asing")
    shown = [browser.model.index(row, c).data() for c in range(5)]
    assert shown[1:4] == ["05/03/2024", "Kantor Imigrasi Atambua", status_name("draft")]
    assert shown[4]  # the last change


def test_search_finds_a_word_written_only_in_a_statement(qtbot, window):
    browser = window.browser
    qtbot.keyClicks(browser.search, "kepiting")
    qtbot.waitUntil(lambda: browser.model.rowCount() == 1, timeout=1000)
    assert titles(window) == ["Rapat Koordinasi Pengawasan Orang Asing"]
    browser.search.clear()
    qtbot.waitUntil(lambda: browser.model.rowCount() == 3, timeout=1000)


def test_sort_by_title_by_clicking_the_header(qtbot, window):
    newest_first = titles(window)
    alphabetical = sorted(newest_first, key=str.casefold)
    assert newest_first not in (alphabetical, alphabetical[::-1])  # else the test proves nothing
    header = window.browser.table.horizontalHeader()
    title_header = QPoint(header.sectionViewportPosition(0) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=title_header)
    assert titles(window) == alphabetical
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=title_header)
    assert titles(window) == alphabetical[::-1]


def test_status_change_and_filter(qtbot, window):
    browser = window.browser
    select(window, "Apel Pagi Bersama")
    [ready] = [a for a in browser.status_menu.actions() if a.text() == status_name("ready")]
    ready.trigger()
    browser.status.setCurrentIndex(browser.status.findData("ready"))
    assert titles(window) == ["Apel Pagi Bersama"]
    assert browser.model.index(0, 3).data() == status_name("ready")


def test_open_switches_the_window_to_the_draft_without_losing_the_typing(qtbot, window):
    field = window.form.facts.edits["title"]
    qtbot.keyClicks(field, "Ketikan Terakhir")
    browser = window.browser
    select(window, "Apel Pagi Bersama")
    click(qtbot, browser.open_button)
    assert not browser.isVisible()
    assert field.text() == "Apel Pagi Bersama"
    check = DraftStore.open()
    assert "Ketikan Terakhir" in [r.title for r in check.list()]
    check.close()


def test_duplicate_makes_a_new_draft_from_an_old_one(qtbot, window):
    select(window, "Apel Pagi Bersama")
    click(qtbot, window.browser.duplicate_button)
    assert titles(window).count("Apel Pagi Bersama") == 1  # issue 14 #9: told apart
    assert "Apel Pagi Bersama (salinan)" in titles(window)
    assert len(window.store.list()) == 4
    [copy] = window.browser.selected_ids()  # the copy is selected, its title says what it is
    assert window.store.load(copy).title == "Apel Pagi Bersama (salinan)"


def test_trash_restore_and_empty(qtbot, window, monkeypatch):
    browser = window.browser
    select(window, "Apel Pagi Bersama")
    click(qtbot, browser.delete_button)
    assert "Apel Pagi Bersama" not in titles(window)
    browser.trash_box.setChecked(True)
    assert titles(window) == ["Apel Pagi Bersama"]
    select(window, "Apel Pagi Bersama")
    click(qtbot, browser.restore_button)
    assert titles(window) == []
    browser.trash_box.setChecked(False)
    assert "Apel Pagi Bersama" in titles(window)

    select(window, "Apel Pagi Bersama")
    click(qtbot, browser.delete_button)
    browser.trash_box.setChecked(True)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Cancel)
    click(qtbot, browser.empty_button)
    assert titles(window) == ["Apel Pagi Bersama"]  # asked, and not confirmed
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    click(qtbot, browser.empty_button)
    assert titles(window) == []
    assert len(window.store.list(trashed=True)) == 0 and len(window.store.list()) == 2


def test_trashing_the_open_draft_asks_then_opens_a_new_one_and_says_how_to_restore(
    qtbot, window, monkeypatch
):
    """Issue 14 #9: it used to blank the editor without asking, the status bar still saying
    "Saved automatically"."""
    from kabar_desktop.gui.drafts.drafts_browser import restore_hint
    from kabar_desktop.i18n import _

    browser = window.browser
    select(window, "Apel Pagi Bersama")
    browser.open_selected()
    title = window.form.facts.edits["title"]
    title.end(False)
    qtbot.keyClicks(title, " Lagi")
    window.autosave.flush()
    open_id = window.session.draft_id
    assert window.autosave.label.text()  # "Saved automatically 16.05"
    window.show_browser()
    browser = window.browser
    asked: list[str] = []

    def question(parent, title, text, *args):
        asked.append(text)
        return answers.pop(0)

    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", question)
    select(window, "Apel Pagi Bersama Lagi")
    assert browser.selected_ids() == [open_id], titles(window)
    click(qtbot, browser.delete_button)  # Cancel: nothing happens
    assert asked == [_("Move the draft open in the window to the trash?")]
    assert window.session.draft_id == open_id and "Apel Pagi Bersama Lagi" in titles(window)
    assert window.session.draft.title == "Apel Pagi Bersama Lagi"

    select(window, "Apel Pagi Bersama Lagi")
    click(qtbot, browser.delete_button)  # Yes
    assert len(asked) == 2
    assert "Apel Pagi Bersama Lagi" not in titles(window)
    assert window.session.draft_id is None and window.session.draft.title == ""
    assert window.autosave.label.text() == ""  # no "Saved automatically" for the new draft
    said = window.statusBar().currentMessage()
    assert said.startswith(_("The open draft was moved to the trash; a new draft is open."))
    assert said.endswith(restore_hint())
    assert "Sampah" in said or "sampah" in said

    select(window, "Rapat Koordinasi Pengawasan Orang Asing")  # not the open one: no question
    click(qtbot, browser.delete_button)
    assert len(asked) == 2
    assert window.statusBar().currentMessage().startswith(
        _("{n} drafts moved to the trash").format(n=1)
    )


def test_export_selected_writes_the_finished_and_names_the_skipped(
    qtbot, window, monkeypatch, tmp_path
):
    reports: list[str] = []
    label = batch_export.FORMATS["txt"]()
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a: (label, True))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: str(tmp_path))
    monkeypatch.setattr(QMessageBox, "information", lambda p, t, text: reports.append(text))
    window.browser.table.selectAll()
    click(qtbot, window.browser.export_button)
    [written] = list(tmp_path.glob("*.txt"))
    assert written.name.startswith("rudenim-kupang-gelar-pelatihan")
    assert "Rudenim Kupang" in written.read_text(encoding="utf-8")
    [report] = reports
    assert "Apel Pagi Bersama" in report and "Rapat Koordinasi" in report


def test_the_file_menu_opens_the_browser_and_the_history(window):
    acts = window.acts
    assert acts.browse.shortcut().toString() == "Ctrl+Shift+O"
    file_menu = window.menuBar().actions()[0].menu()
    assert acts.browse in file_menu.actions() and acts.history in file_menu.actions()
    window.browser.close()
    acts.browse.trigger()
    assert window.browser.isVisible()
