"""What a Word user expects of the editor: Find (Ctrl+F) in the form and the preview, a word
count in the status bar, zoom of the whole preview, no caret blinking in the read-only page."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from kabar_desktop.gui.editor.draft_session import DraftSession
from kabar_desktop.gui.editor.preview import PreviewPane
from kabar_desktop.gui.shell.main_window import MainWindow
from kabar_desktop.model.draft_file import read_draft
from kabar_desktop.settings import OfficeProfile, Settings

PROFILE = OfficeProfile(office_name="Rudenim Kupang", city="Kupang", credit_initials="fka")


@pytest.fixture
def window(qtbot, sample_path):
    win = MainWindow(
        Settings(first_start_done=True, profile=PROFILE), DraftSession(read_draft(sample_path))
    )
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.later.run()
    yield win
    win.checker.runner.wait()
    win.session.mark_saved()
    win.close()
    win.deleteLater()


@pytest.fixture
def pane(qtbot, sample_path):
    view = PreviewPane(DraftSession(copy.deepcopy(read_draft(sample_path))))
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    view.refresh_now()
    return view


def block_heights(view: PreviewPane) -> dict[str, float]:
    """The height each text block of the page takes, by its first words."""
    layout = view.document().documentLayout()
    heights = {}
    block = view.document().begin()
    while block.isValid():
        if block.text().strip():
            heights[block.text()[:24]] = layout.blockBoundingRect(block).height()
        block = block.next()
    return heights


def ctrl_wheel(view: PreviewPane, up: bool = True) -> None:
    centre = QPointF(view.viewport().rect().center())
    event = QWheelEvent(
        centre,
        QPointF(view.viewport().mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 if up else -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)


# --- zoom -------------------------------------------------------------------------------------
def test_ctrl_wheel_zooms_every_block_of_the_preview(pane):
    before = block_heights(pane)
    for _ in range(3):  # 110 %, 125 %, 150 %
        ctrl_wheel(pane)
    after = block_heights(pane)
    assert pane.zoom == 1.5
    assert set(after) == set(before)
    small = {text: after[text] / before[text] for text in before}
    assert all(ratio > 1.3 for ratio in small.values()), small  # the headline and the rest
    ctrl_wheel(pane, up=False)
    assert pane.zoom == 1.25


def test_the_zoom_holds_as_the_writer_types(pane):
    pane.set_zoom(2.0)
    zoomed = block_heights(pane)
    pane._session.set(("paragraphs", 0, "text"), pane._session.draft.paragraphs[0].text + " Akhir.")
    pane.refresh_now()
    kept = block_heights(pane)
    title = next(t for t in zoomed if t.startswith("Rudenim"))
    assert kept[title] == zoomed[title]
    pane.zoom_reset()
    assert block_heights(pane)[title] < zoomed[title] / 1.5


def test_zoom_keys_of_the_window(qtbot, window):
    preview = window.preview
    preview.setFocus()
    qtbot.keyClick(preview, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(preview, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert preview.zoom == 1.25
    qtbot.keyClick(preview, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert preview.zoom == 1.1
    assert window.statusBar().currentMessage() == "Pratinjau 110%"
    qtbot.keyClick(preview, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert preview.zoom == 1.0
    view_menu = next(m for m in window.acts.menus if m.objectName() == "view-menu")
    assert window.acts.zoom_in in view_menu.actions()


# --- no caret in the read-only preview ----------------------------------------------------------
def test_the_preview_shows_no_caret(qtbot, window):
    """A click in the page (the end of its first line) leaves no text cursor drawn there."""
    preview = window.preview
    first = preview.document().begin()
    line = preview.document().documentLayout().blockBoundingRect(first)
    spot = QPoint(int(line.right()) - 4, int(line.center().y()))
    qtbot.mouseClick(preview.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert preview.hasFocus()
    caret = preview.cursorRect()
    image = preview.viewport().grab().toImage()
    dark = [
        (x, y)
        for y in range(caret.top(), caret.bottom())
        for x in range(caret.left(), caret.right() + 1)
        if image.pixelColor(x, y).lightness() < 100
    ]
    assert dark == []
    assert preview.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse


def test_the_preview_can_still_be_copied_and_scrolled_by_keyboard(qtbot, window):
    preview = window.preview
    preview.setFocus()
    qtbot.keyClick(preview, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(preview, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert "Rudenim Kupang Gelar Pelatihan" in QApplication.clipboard().text()
    qtbot.keyClick(preview, Qt.Key.Key_PageDown)
    assert preview.verticalScrollBar().value() > 0


# --- word count ---------------------------------------------------------------------------------
def test_the_status_bar_counts_the_articles_words_as_one_types(qtbot, window):
    label = window.words
    assert label.isVisible()
    qtbot.waitUntil(lambda: label.count > 100)
    before = label.count
    assert label.text() == f"{before} kata"
    assert window.form.focus_field("paragraphs[0]")
    box = window.form.field_widget("paragraphs[0]")
    box.moveCursor(box.textCursor().MoveOperation.End)
    qtbot.keyClicks(box, " Dua kata")
    qtbot.waitUntil(lambda: label.count == before + 2)
    assert label.text() == f"{before + 2} kata"


# --- find ---------------------------------------------------------------------------------------
def open_find(qtbot, window, where) -> QLineEdit:
    where.setFocus()
    qtbot.keyClick(where, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.find_bar()
    assert bar.isVisible()
    assert bar.edit.hasFocus()
    return bar.edit


def selected(widget) -> str:
    if isinstance(widget, QLineEdit):
        return widget.selectedText()
    return widget.textCursor().selectedText()


def test_find_in_the_form_goes_through_the_fields_in_order(qtbot, window):
    draft = window.session.draft
    title = window.form.field_widget("title")
    edit = open_find(qtbot, window, title)
    qtbot.keyClicks(edit, "humas")
    bar = window.find_bar()
    assert window.form.tabs.currentIndex() == 0
    assert selected(title).lower() == "humas"  # "Kehumasan" in the title comes first
    assert bar.status.text().startswith("1 dari ")
    total = int(bar.status.text().split()[-1])
    seen = []
    for _ in range(total - 1):
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        box = bar._box
        assert box is not None and selected(box).lower() == "humas"
        assert edit.hasFocus()  # typing goes on in the find bar
        seen.append(window.form.tabs.currentIndex())
    assert seen == sorted(seen)  # the form's order, tab after tab
    assert 1 in seen  # a speaker's statement, found though another speaker was on screen
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert bar.status.text() == f"1 dari {total}"  # round again to the title
    qtbot.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.status.text() == f"{total} dari {total}"
    last = bar._box
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert last.hasFocus()
    assert draft == window.session.draft  # finding changed nothing


def test_find_says_when_nothing_is_found(qtbot, window):
    edit = open_find(qtbot, window, window.form.field_widget("title"))
    qtbot.keyClicks(edit, "zzqxy")
    assert window.find_bar().status.text() == "Tidak ditemukan"


def test_find_in_the_preview_selects_and_scrolls_to_the_match(qtbot, window):
    preview = window.preview
    edit = open_find(qtbot, window, preview)
    bar = window.find_bar()
    assert bar.scope.currentIndex() == 1  # the preview had the focus
    words = "Dokumentasi"  # far down the page
    text = preview.toPlainText()
    if words not in text:
        words = text.split()[-3]
    qtbot.keyClicks(edit, words)
    assert preview.textCursor().selectedText() == words
    assert preview.viewport().rect().contains(preview.cursorRect().center())
    assert preview.verticalScrollBar().value() > 0


def test_find_works_after_the_language_changes(qtbot, window):
    window.apply_language("en")
    edit = open_find(qtbot, window, window.form.field_widget("title"))
    qtbot.keyClicks(edit, "Kupang")
    assert selected(window.find_bar()._box) == "Kupang"
    assert window.find_bar().next_button.text() == "Next"
    window.apply_language("id")
