"""A misspelt word the word lists have no fix for still gets suggestions: from "Perbaiki" in
the findings panel and first in the form's context menu, each one undoable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu, QPlainTextEdit

from kabar_desktop.gui.editor.draft_session import DraftSession
from kabar_desktop.gui.shell.main_window import MainWindow
from kabar_desktop.model.draft_file import read_draft
from kabar_desktop.settings import OfficeProfile, Settings

PROFILE = OfficeProfile(office_name="Rudenim Kupang", city="Kupang", credit_initials="fka")
TYPO = "dikordinir"  # no word one edit away: the lists give no fix, spylls does


@pytest.fixture
def window(qtbot, sample_path):
    win = MainWindow(
        Settings(first_start_done=True, profile=PROFILE), DraftSession(read_draft(sample_path))
    )
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: not win.checker.runner.running, timeout=5000)
    yield win
    win.checker.runner.wait()
    win.checker.suggestions.wait()
    win.session.mark_saved()
    win.close()
    win.deleteLater()


def typed_typo(qtbot, win: MainWindow) -> QPlainTextEdit:
    assert win.form.focus_field("paragraphs[0]")
    box = win.form.field_widget("paragraphs[0]")
    assert isinstance(box, QPlainTextEdit)
    box.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(box, f" Kegiatan ini {TYPO} oleh humas.")
    qtbot.waitUntil(lambda: any(f.text == TYPO for f in win.checker.panel.findings), timeout=5000)
    return box


def choose_from_popup(qtbot, text: str, seen: list[str]) -> None:
    """When the menu pops up: note its entries, then choose ``text``."""

    def pick() -> None:
        popup = QApplication.activePopupWidget()
        assert isinstance(popup, QMenu)
        seen.extend(a.text() for a in popup.actions())
        action = next(a for a in popup.actions() if a.text() == text)
        popup.close()
        action.trigger()

    QTimer.singleShot(300, pick)


def test_fix_offers_the_spelling_suggestions(qtbot, window):
    box = typed_typo(qtbot, window)
    panel = window.checker.panel
    finding = next(f for f in panel.findings if f.text == TYPO)
    assert finding.suggestion is None
    panel.select(finding)
    qtbot.waitUntil(panel.fix_button.isEnabled, timeout=10000)  # worked out in the background
    assert "dikoordinasi" in [a.text() for a in panel.fix_button.menu().actions()]
    seen: list[str] = []
    choose_from_popup(qtbot, "dikoordinasi", seen)
    qtbot.mouseClick(panel.fix_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "dikoordinasi" in box.toPlainText())
    assert seen[0] == "dikoordinasi"
    assert TYPO not in window.session.draft.paragraphs[0].text
    assert "Perbaikan" in window.acts.undo.text()  # one undoable step
    window.acts.undo.trigger()
    assert f"ini {TYPO} oleh" in window.session.draft.paragraphs[0].text


def test_the_context_menu_puts_the_suggestions_first(qtbot, window):
    box = typed_typo(qtbot, window)
    text = box.toPlainText()
    cursor = box.textCursor()
    cursor.setPosition(text.index(TYPO) + 3)
    spot = box.cursorRect(cursor).center()
    seen: list[str] = []
    choose_from_popup(qtbot, "dikoordinasi", seen)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, spot, box.viewport().mapToGlobal(spot)
    )
    QApplication.sendEvent(box.viewport(), event)
    qtbot.waitUntil(lambda: "dikoordinasi" in window.session.draft.paragraphs[0].text)
    assert seen[0] == "dikoordinasi"
    ours = seen[: seen.index("")]  # before the input's own Undo, Cut, Copy, Paste
    assert ours == ["dikoordinasi", "koordinator", "Tambahkan ke kamus kantor", "Abaikan"]
    assert "Perbaikan" in window.acts.undo.text()
    window.acts.undo.trigger()
    assert TYPO in window.session.draft.paragraphs[0].text


def test_elsewhere_the_context_menu_is_the_usual_one(qtbot, window):
    box = typed_typo(qtbot, window)
    cursor = box.textCursor()
    cursor.setPosition(2)
    spot = box.cursorRect(cursor).center()
    seen: list[str] = []

    def look() -> None:
        popup = QApplication.activePopupWidget()
        seen.extend(a.text() for a in popup.actions())
        popup.close()

    QTimer.singleShot(300, look)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, spot, box.viewport().mapToGlobal(spot)
    )
    QApplication.sendEvent(box.viewport(), event)
    qtbot.waitUntil(lambda: bool(seen))
    assert "Abaikan" not in seen and "dikoordinasi" not in seen  # the input's own menu
