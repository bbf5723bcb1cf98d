"""The house-style dock takes no room while the check has nothing to say (issue 14 #5)."""

from __future__ import annotations

import pytest

from kabar_desktop.gui.editor.draft_session import DraftSession
from kabar_desktop.gui.shell.main_window import MainWindow
from kabar_desktop.model.draft_file import read_draft
from kabar_desktop.settings import OfficeProfile, Settings

PROFILE = OfficeProfile(office_name="Rudenim Kupang", city="Kupang", credit_initials="fka")
SLIP = " Hadir diantaranya pejabat."


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
    win.session.mark_saved()
    win.close()
    win.deleteLater()


def type_slip(qtbot, win: MainWindow) -> None:
    assert win.form.focus_field("paragraphs[0]")
    box = win.form.field_widget("paragraphs[0]")
    box.moveCursor(box.textCursor().MoveOperation.End)
    qtbot.keyClicks(box, SLIP)


def remove_slip(win: MainWindow) -> None:
    text = win.session.draft.paragraphs[0].text
    win.session.set(("paragraphs", 0, "text"), text.replace(SLIP, ""))
    win.form.populate()


def test_no_findings_no_dock(qtbot, window):
    qtbot.waitUntil(
        lambda: window.checker.panel.list.count() == 0 and window.checker.dock.isHidden()
    )
    assert not window.checker.dock.isVisible()
    # the room goes to the form and the preview: they reach down to the status bar
    bottom = window.splitter.mapTo(window, window.splitter.rect().bottomLeft()).y()
    assert window.statusBar().y() - bottom < 12


def test_the_dock_shows_when_findings_arrive_and_goes_with_them(qtbot, window):
    dock = window.checker.dock
    type_slip(qtbot, window)
    qtbot.waitUntil(
        lambda: window.checker.panel.list.count() > 0 and dock.isVisible(), timeout=3000
    )
    assert dock.height() >= 100  # room to read the finding
    remove_slip(window)
    qtbot.waitUntil(lambda: window.checker.panel.list.count() == 0, timeout=3000)
    qtbot.waitUntil(lambda: not dock.isVisible())


def test_a_dock_the_writer_closed_stays_closed(qtbot, window):
    dock, toggle = window.checker.dock, window.checker.toggle
    type_slip(qtbot, window)
    qtbot.waitUntil(dock.isVisible, timeout=3000)
    toggle.trigger()  # F7 / Tampilan ▸ Pemeriksaan gaya
    assert not dock.isVisible()
    qtbot.keyClicks(window.form.field_widget("paragraphs[0]"), " Hadir diantaranya tamu.")
    qtbot.waitUntil(lambda: len(window.checker.panel.findings) >= 2, timeout=3000)
    qtbot.wait(50)
    assert not dock.isVisible()
    toggle.trigger()  # shown again when asked
    assert dock.isVisible()


def test_the_toggle_is_in_the_view_menu(window):
    assert window.checker is not None  # installed
    view = next(
        a.menu()
        for a in window.menuBar().actions()
        if a.menu() and a.menu().objectName() == "view-menu"
    )
    assert window.checker.toggle in view.actions()
    assert view.title() == "&Tampilan"


def test_the_dock_comes_back_where_the_writer_put_it(qtbot, window, sample_path):
    """The dock is made after the window's first paint, in the layout the window restored."""
    from PySide6.QtCore import Qt

    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, window.checker.dock)
    window._save_layout()  # as closing does
    again = MainWindow(window.settings, DraftSession(read_draft(sample_path)))
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    qtbot.waitUntil(lambda: again.later.done, timeout=5000)
    assert again.dockWidgetArea(again.checker.dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert again.checker.dock.isHidden()  # nothing found yet: no room taken
    again.checker.runner.wait()
    again.session.mark_saved()
