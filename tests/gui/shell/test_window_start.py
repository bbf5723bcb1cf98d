"""Starting Kabar: the first start, a later start, a file named on the command line, and the
calm message (never a traceback) when something unexpected breaks."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from kabar_desktop import app, paths
from kabar_desktop.gui.shell.crash_dialog import ErrorDialog
from kabar_desktop.gui.shell.excepthook import install_excepthook
from kabar_desktop.settings import OfficeProfile, Settings, load_settings, save_settings

PROFILE = OfficeProfile(office_name="Lapas Atambua", city="Atambua", credit_initials="rm")


@pytest.fixture
def started(qtbot, monkeypatch):
    """``app.start`` with the windows it opens closed afterwards, the excepthook restored."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    windows = []

    def start(argv=()):
        win = app.start(list(argv))
        windows.append(win)
        qtbot.waitUntil(lambda: win.later.done, timeout=2000)  # the store opens after the paint
        return win

    yield start
    for win in windows:
        win.session.mark_saved()  # closing must not stop at "save the changes?"
        win.close()
        win.deleteLater()


@pytest.fixture
def profile_dialog(qtbot, monkeypatch):
    """The first-start profile dialog, filled in and accepted as a user would; records it."""
    from kabar_desktop.gui.preferences import dialogs as preferences

    opened = []

    def exec_(dialog):
        opened.append(dialog.findChild(QLabel, "welcome") is not None)
        qtbot.keyClicks(dialog.form.office, PROFILE.office_name)
        qtbot.keyClicks(dialog.form.city, PROFILE.city)
        qtbot.keyClicks(dialog.form.initials, PROFILE.credit_initials)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(preferences.ProfileDialog, "exec", exec_)
    return opened


def test_the_sample_ships_with_kabar():
    from kabar_desktop.model.draft_file import read_draft

    assert "Rudenim Kupang" in read_draft(app.sample_path()).title


def test_first_start_asks_for_the_profile_then_shows_the_sample(qtbot, started, profile_dialog):
    win = started()
    assert profile_dialog == [True]
    assert "Rudenim Kupang" in win.windowTitle()
    qtbot.waitUntil(lambda: "Rudenim Kupang Gelar Pelatihan" in win.preview.plain_text())
    assert not win.isWindowModified()
    assert win.statusBar().currentMessage().startswith("Ini contoh berita.")
    saved = load_settings()
    assert saved.first_start_done
    assert saved.profile == PROFILE

    win.acts.new.trigger()  # the sample is unchanged: no question
    assert win.session.draft.organizer == "Lapas Atambua"
    assert win.session.draft.dateline == "Atambua"
    assert win.session.draft.credit == "humas/rm"


def test_a_later_start_opens_a_new_draft_from_the_profile(started, profile_dialog):
    save_settings(Settings(first_start_done=True, profile=PROFILE))
    win = started()
    assert profile_dialog == []
    assert win.windowTitle() == "Draf baru[*] — Kabar"
    assert win.session.draft.organizer == "Lapas Atambua"


def test_a_file_named_on_the_command_line_is_opened(started, profile_dialog, sample_path):
    save_settings(Settings(first_start_done=True, profile=PROFILE))
    win = started([str(sample_path)])
    assert win.session.path == sample_path
    assert win.session.draft.speakers[1].name == "Dian Lenggu"


def test_a_file_that_cannot_be_read_is_told_once_the_window_shows(
    started, profile_dialog, monkeypatch, tmp_path
):
    from PySide6.QtWidgets import QMessageBox

    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: told.append(text))
    save_settings(Settings(first_start_done=True, profile=PROFILE))
    broken = tmp_path / "rusak.json"
    broken.write_text('{"format": "kabar-draft", "version": 1, "date": "2024-02-30"}')
    win = started([str(broken)])
    assert win.session.draft.organizer == "Lapas Atambua"  # a new draft, not half of the file
    assert win.session.path is None
    [text] = told
    assert "rusak.json" in text


def shows_something(icon) -> bool:
    image = icon.pixmap(20, 20).toImage()
    return any(
        image.pixelColor(x, y).alpha() > 0
        for x in range(image.width())
        for y in range(image.height())
    )


def test_once_started_the_window_is_complete(started, profile_dialog, sample_path):
    """What follows the first paint is there once the start is done: nothing half-built."""
    save_settings(Settings(first_start_done=True, profile=PROFILE))
    win = started([str(sample_path)])
    assert "Dian Lenggu" in win.preview.plain_text()
    assert win.form.facts.lead.composed.toPlainText()  # Kabar's lead is shown
    assert all(shows_something(a.icon()) for a in win.acts.toolbar.actions() if a.text())
    assert all(win.form.built(tab) for tab in range(win.form.tabs.count()))
    assert win.checker.dock.widget() is win.checker.panel
    assert win.dockWidgetArea(win.checker.dock) == Qt.DockWidgetArea.BottomDockWidgetArea
    assert win.acts.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    selectable = Qt.TextInteractionFlag.TextSelectableByMouse  # and no caret (issue 14, #12)
    assert win.preview.textInteractionFlags() & selectable  # the article can be copied
    assert win.session.draft_id is not None  # the file became a stored draft
    assert load_settings().recent_files[0] == str(sample_path.resolve())
    assert win.statusBar().currentMessage() == "Dibuka: sample.json"
    assert not win.hint.isVisible()  # the message is not written over the hint


def test_closing_before_the_first_paint_loses_nothing(qtbot, monkeypatch, sample_path):
    """A window closed at once still stores the file it opened and closes the store cleanly."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    save_settings(Settings(first_start_done=True, profile=PROFILE))
    win = app.start([str(sample_path)])
    win.close()  # before the event loop ever ran: no paint yet
    assert not win.isVisible()
    assert win.session.draft_id is not None
    from kabar_desktop.store import DraftStore

    store = DraftStore.open(session=True)
    try:
        assert not store.opened.crashed  # the last run ended cleanly
        assert store.load(win.session.draft_id).speakers[1].name == "Dian Lenggu"
    finally:
        store.close(clean=True)
    win.deleteLater()


def test_the_language_of_the_settings_is_used(started, profile_dialog):
    save_settings(Settings(first_start_done=True, profile=PROFILE, language="en"))
    win = started()
    assert [a.text() for a in win.menuBar().actions()] == ["&File", "&Edit", "&View", "&Help"]
    assert win.windowTitle() == "New draft[*] — Kabar"


def visible_error_dialogs() -> list[ErrorDialog]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog) and w.isVisible()
    ]


def raise_and_hook(hook) -> None:
    try:
        raise ValueError("rusak di dalam slot")
    except ValueError:
        hook(*sys.exc_info())


def test_an_unexpected_error_shows_a_calm_message_and_is_logged(qtbot, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    hook = install_excepthook()
    assert sys.excepthook is hook
    raise_and_hook(hook)
    qtbot.waitUntil(lambda: len(visible_error_dialogs()) == 1, timeout=2000)
    [dialog] = visible_error_dialogs()
    qtbot.addWidget(dialog)
    assert dialog.message.text().startswith("Maaf, terjadi kesalahan yang tidak terduga.")
    assert "Draf Anda tidak hilang" in dialog.message.text()
    shown = " ".join(label.text() for label in dialog.findChildren(type(dialog.message)))
    assert "Traceback" not in shown and "ValueError" not in shown
    log = paths.log_dir() / "kabar.log"
    assert str(log) in shown
    logged = log.read_text(encoding="utf-8")
    assert "Traceback" in logged and "ValueError: rusak di dalam slot" in logged

    raise_and_hook(hook)  # a second error while the message is open: no second dialog
    assert len(visible_error_dialogs()) == 1

    dialog.copy_button.click()
    copied = QApplication.clipboard().text()
    assert copied.startswith("Traceback") and "ValueError: rusak di dalam slot" in copied
    assert dialog.copy_button.text() == "Tersalin"
    dialog.accept()
    qtbot.waitUntil(lambda: not visible_error_dialogs(), timeout=2000)


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_reaches_the_dialog(qtbot, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook()

    def broken_slot():
        raise RuntimeError("slot rusak")

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: len(visible_error_dialogs()) == 1, timeout=2000)
    [dialog] = visible_error_dialogs()
    assert "RuntimeError: slot rusak" in dialog.details
    dialog.accept()


def _quit(win) -> None:
    """Ctrl+Q as the writer presses it: the window closes, the settings are written."""
    win.close()
    assert not win.isVisible()


def test_the_next_start_opens_the_draft_open_at_the_last_quit(qtbot, started, profile_dialog):
    save_settings(Settings(first_start_done=True, profile=PROFILE))
    first = started()
    qtbot.keyClicks(first.form.facts.edits["title"], "Kunjungan Kerja Kakanwil")
    _quit(first)  # typed a moment ago: not yet stored by the pause in typing
    draft_id = first.session.draft_id
    assert draft_id is not None
    assert load_settings().last_draft_id == draft_id

    second = started()
    assert second.session.draft_id == draft_id
    assert second.session.draft.title == "Kunjungan Kerja Kakanwil"
    assert second.windowTitle().startswith("Kunjungan Kerja Kakanwil")
    assert not second.isWindowModified()
    assert second.statusBar().currentMessage() == "Draf yang sedang Anda tulis dibuka kembali."


def test_a_new_draft_never_typed_in_is_not_reopened(started, profile_dialog):
    save_settings(Settings(first_start_done=True, profile=PROFILE))
    _quit(started())
    assert load_settings().last_draft_id == 0
    assert started().windowTitle() == "Draf baru[*] — Kabar"


def test_a_draft_trashed_since_is_not_reopened_and_that_is_said(qtbot, started, profile_dialog):
    from kabar_desktop.store import DraftStore

    save_settings(Settings(first_start_done=True, profile=PROFILE))
    first = started()
    qtbot.keyClicks(first.form.facts.edits["title"], "Judul Dibuang")
    _quit(first)
    store = DraftStore.open(session=True)
    store.trash(first.session.draft_id)  # by `kabar` on the command line, or sync
    store.close(clean=True)

    second = started()
    assert second.windowTitle() == "Draf baru[*] — Kabar"
    assert "Sampah" in second.statusBar().currentMessage()
    assert load_settings().last_draft_id == 0 or second.session.draft_id is None


def test_a_file_gone_since_is_said_by_name(started, profile_dialog, tmp_path):
    gone = tmp_path / "berita-lama.kabar"
    save_settings(Settings(first_start_done=True, profile=PROFILE, last_file=str(gone)))
    win = started()
    assert win.windowTitle() == "Draf baru[*] — Kabar"
    assert "berita-lama.kabar" in win.statusBar().currentMessage()
