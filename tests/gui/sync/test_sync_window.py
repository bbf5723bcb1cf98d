"""Sync from the window, driven as a Humas officer would: preferences, Sync Now, the browser.

The regional office (Kanwil) is a second store on its own database, synced through the
engine directly with the same folder or WebDAV server.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import keyring
import keyring.backend
import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

from kabar_desktop.gui.drafts.verdict_dialog import VerdictDialog
from kabar_desktop.gui.editor.draft_session import DraftSession
from kabar_desktop.gui.preferences.dialogs import PreferencesDialog
from kabar_desktop.gui.shell.main_window import MainWindow
from kabar_desktop.gui.sync import controller as sync_actions
from kabar_desktop.i18n import _, ngettext
from kabar_desktop.model.draft import Draft
from kabar_desktop.model.draft_file import read_draft
from kabar_desktop.settings import OfficeProfile, Settings, SyncSettings, load_settings
from kabar_desktop.store import DraftStore
from kabar_desktop.store import sync_state as state
from kabar_desktop.sync import FolderTarget, SyncEngine

PROFILE = OfficeProfile(office_name="Rudenim Kupang", city="Kupang", credit_initials="fka")


def _davserver():
    """The sync tests' real WebDAV server (tests/sync/davserver.py), loaded by its path."""
    name = "kabar_test_davserver"
    if name not in sys.modules:
        path = Path(__file__).parents[2] / "sync" / "davserver.py"
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A secure keyring held in memory (the system's would be the Credential Manager)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.passwords.get((service, username))

    def set_password(self, service, username, password):
        self.passwords[(service, username)] = password

    def delete_password(self, service, username):
        self.passwords.pop((service, username), None)


@pytest.fixture
def use_keyring():
    """Put a keyring backend in place for one test, then the one there was."""
    previous = keyring.get_keyring()
    yield keyring.set_keyring
    keyring.set_keyring(previous)


@pytest.fixture
def shared(tmp_path) -> Path:
    """The folder both offices sync with (a network drive, a USB disk)."""
    folder = tmp_path / "bersama"
    folder.mkdir()
    return folder


@pytest.fixture
def kanwil(tmp_path):
    store = DraftStore.open(tmp_path / "kanwil.sqlite")
    yield store
    store.close()


def kanwil_sync(store: DraftStore, folder: Path, **kwargs):
    return SyncEngine(store, FolderTarget(folder), "Kanwil NTT", **kwargs).run()


@pytest.fixture
def window(qtbot, sample_path):
    store = DraftStore.open(session=True)
    first = store.create(read_draft(sample_path))
    store.create(Draft(title="Apel Pagi Bersama", organizer="Rudenim Kupang"))
    win = MainWindow(Settings(first_start_done=True, profile=PROFILE), DraftSession(Draft()), store)
    win.show()
    qtbot.waitExposed(win)
    win.later.run()  # the store-reading part of the start, without waiting for it
    win.autosave.open_draft(first)
    yield win
    browser = getattr(win, "browser", None)
    if browser is not None:
        browser.close()
    win.sync.stop()
    win.session.mark_saved()
    win.close()
    win.deleteLater()


class Boxes(list):
    """The message boxes shown, as (kind, text); ``answers`` to the next questions."""

    def __init__(self):
        super().__init__()
        self.answers: list[QMessageBox.StandardButton] = []


@pytest.fixture
def boxes(monkeypatch):
    """Every message box the window shows: (kind, text); questions answered from ``answers``."""
    shown = Boxes()
    answers = shown.answers

    def warning(parent, title, text, *args):
        shown.append(("warning", text))

    def question(parent, title, text, *args):
        shown.append(("question", text))
        return answers.pop(0) if answers else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "warning", warning)
    monkeypatch.setattr(QMessageBox, "question", question)
    return shown


def set_folder_in_preferences(window, monkeypatch, folder: Path, automatic: bool = False):
    """Preferences ▸ Sync: choose a folder with the folder dialog, press OK."""
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: str(folder))

    def exec_(dialog):
        page = dialog.sync_page
        dialog.tabs.setCurrentWidget(page)
        page.use_folder.setChecked(True)
        page.choose_folder.click()
        page.automatic.setChecked(automatic)
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", exec_)
    window.acts.preferences.trigger()


def sync_now(qtbot, window) -> None:
    [action] = [a for a in window.acts.toolbar.actions() if a.objectName() == "sync-now"]
    assert action.isEnabled()
    action.trigger()
    qtbot.waitUntil(lambda: not window.sync.running, timeout=20_000)


def waiting(count: int) -> str:
    if not count:
        return _("Nothing waiting to be sent")
    return ngettext(
        "{count} draft waiting to be sent", "{count} drafts waiting to be sent", count
    ).format(count=count)


def done(*parts: str) -> str:
    return _("Sync done: {what}.").format(what=", ".join(parts))


def sent(count: int) -> str:
    return ngettext("{count} draft sent", "{count} drafts sent", count).format(count=count)


def received(count: int) -> str:
    return ngettext("{count} received", "{count} received", count).format(count=count)


def mark_ready(window) -> None:
    ready = window.findChild(type(window.acts.save), "ready-to-send")
    assert not ready.isChecked()
    ready.trigger()
    assert ready.isChecked()


def titles(window) -> list[str]:
    model = window.browser.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def cell(window, title: str, header: str) -> str:
    model = window.browser.model
    columns = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return model.index(titles(window).index(title), columns.index(header)).data()


def select(window, title: str) -> None:
    window.browser.table.clearSelection()
    window.browser.table.selectRow(titles(window).index(title))


# --- preferences ---------------------------------------------------------------------------
def test_old_settings_files_load_and_sync_settings_are_kept(kabar_home):
    from kabar_desktop.settings import save_settings, settings_path

    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_text('{"language": "id", "profile": {"office_name": "Rudenim"}}')
    assert load_settings().sync == SyncSettings()
    settings = Settings(sync=SyncSettings(target="https://awan.go.id/dav/", user="humas"))
    save_settings(settings)
    assert load_settings().sync.user == "humas"
    assert load_settings().sync.service_key == "sync:https://awan.go.id/dav/"


def test_the_sync_page_without_a_keyring_asks_each_time_and_stores_nothing(qtbot, use_keyring):
    use_keyring(keyring.backends.fail.Keyring())
    dialog = PreferencesDialog(
        Settings(profile=PROFILE, sync=SyncSettings("https://awan.go.id/dav/", "humas"))
    )
    qtbot.addWidget(dialog)
    page = dialog.sync_page
    assert dialog.tabs.tabText(dialog.tabs.indexOf(page)) == _("Sync")
    assert page.use_server.isChecked() and page.url.text() == "https://awan.go.id/dav/"
    assert page.password.isHidden()  # this machine has no secure keyring
    assert page.password_note.text() == _(
        "This computer has no safe place for passwords: Kabar asks at each sync."
    )
    assert not page.folder.isEnabled()
    page.use_folder.setChecked(True)
    assert page.folder.isEnabled() and not page.url.isEnabled()
    page.folder.setText("/media/usb")
    assert dialog.settings().sync == SyncSettings(target="/media/usb")


# --- sync now ------------------------------------------------------------------------------
def test_sync_now_sends_the_ready_draft_to_the_folder(qtbot, window, monkeypatch, shared, boxes):
    set_folder_in_preferences(window, monkeypatch, shared)
    assert load_settings().sync.target == str(shared)
    assert window.sync.label.text() == waiting(0)
    mark_ready(window)
    assert window.sync.label.text() == waiting(1)
    sync_now(qtbot, window)
    [bundle] = (shared / "kabar-sync" / "drafts").glob("*.kabar")
    assert bundle.stat().st_size > 0
    assert window.statusBar().currentMessage() == done(sent(1))
    assert window.sync.label.text() == waiting(0)
    assert boxes == []
    # an edit after sending waits to be sent again, as soon as it is stored
    qtbot.keyClicks(window.form.facts.edits["title"], " (ralat)")
    window.autosave.flush()
    assert window.sync.label.text() == waiting(1)


def test_sync_now_without_a_target_offers_the_preferences(qtbot, window, monkeypatch, boxes):
    opened = []
    monkeypatch.setattr(
        PreferencesDialog, "exec", lambda d: opened.append(d.tabs.currentWidget()) or 0
    )
    boxes.answers.append(QMessageBox.StandardButton.Yes)
    window.sync.sync_now()
    assert [kind for kind, _text in boxes] == ["question"]
    assert len(opened) == 1 and not window.sync.running
    assert opened[0].objectName() == "sync-page"  # issue 14 #4: on the Sync page


def test_sync_with_nothing_marked_says_how_and_offers_to_mark(
    qtbot, window, monkeypatch, shared, boxes
):
    """Issue 14 #4: "nothing new" with no hint that the draft must be marked first."""
    from kabar_desktop.gui.sync.ready_offer import how_to_mark

    set_folder_in_preferences(window, monkeypatch, shared)
    boxes.answers.append(QMessageBox.StandardButton.No)  # sync without marking
    sync_now(qtbot, window)
    [(kind, text)] = boxes
    assert kind == "question" and how_to_mark() in text and "Siap Kirim" in text
    assert how_to_mark() in window.statusBar().currentMessage()
    boxes.clear()
    boxes.answers.append(QMessageBox.StandardButton.Yes)  # mark the open draft, then sync
    sync_now(qtbot, window)
    assert window.statusBar().currentMessage() == done(sent(1))


def test_the_kanwil_verdict_and_remark_show_in_the_browser(
    qtbot, window, monkeypatch, shared, kanwil, boxes
):
    set_folder_in_preferences(window, monkeypatch, shared)
    mark_ready(window)
    title = window.session.draft.title
    sync_now(qtbot, window)
    assert kanwil_sync(kanwil, shared).received == 1
    [got] = [r.id for r in kanwil.list() if r.title == title]
    state.set_review(kanwil, got, "needs_changes", "Judul terlalu panjang", "Kanwil NTT")
    kanwil_sync(kanwil, shared)

    sync_now(qtbot, window)
    assert window.statusBar().currentMessage() == done(received(1))
    window.show_browser()
    verdict = _("needs changes") + ": Judul terlalu panjang"
    assert cell(window, " ".join(title.split()), _("Verdict")) == verdict
    assert cell(window, " ".join(title.split()), _("Sync")) == _("Up to date")
    assert cell(window, "Apel Pagi Bersama", _("Sync")) == ""  # never marked: stays here
    select(window, " ".join(title.split()))
    assert window.browser.sync_panel.remark.text() == _("Regional office: {verdict}").format(
        verdict=verdict
    )


def test_a_verdict_given_in_the_browser_travels_back(
    qtbot, window, monkeypatch, shared, kanwil, boxes
):
    """At the Kanwil: Verdict… on a draft, a remark; the UPT gets it with the next sync."""
    draft_id = kanwil.create(Draft(title="Kunjungan Kerja", organizer="Lapas Atambua"))
    kanwil.set_status(draft_id, "ready")
    kanwil_sync(kanwil, shared)
    set_folder_in_preferences(window, monkeypatch, shared)
    sync_now(qtbot, window)
    window.show_browser()
    select(window, "Kunjungan Kerja")

    def exec_(dialog):
        dialog.verdict.setCurrentIndex(dialog.verdict.findData("published"))
        dialog.remark.setPlainText("Tayang di situs")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(VerdictDialog, "exec", exec_)
    window.browser.sync_panel.verdict.click()
    assert cell(window, "Kunjungan Kerja", _("Verdict")) == _("published") + ": Tayang di situs"
    assert window.sync.label.text() == waiting(1)
    sync_now(qtbot, window)
    kanwil_sync(kanwil, shared)
    row = state.for_draft(kanwil, draft_id)
    assert (row.review, row.remark) == ("published", "Tayang di situs")


def test_the_draft_in_the_window_shows_what_the_sync_brought(
    qtbot, window, monkeypatch, shared, kanwil, boxes
):
    set_folder_in_preferences(window, monkeypatch, shared)
    mark_ready(window)
    sync_now(qtbot, window)
    kanwil_sync(kanwil, shared)
    [got] = [r.id for r in kanwil.list()]
    draft = kanwil.load(got)
    draft.title = "Judul Diperbaiki Kanwil"
    kanwil.save(got, draft)
    kanwil_sync(kanwil, shared)
    sync_now(qtbot, window)
    assert window.form.facts.edits["title"].text() == "Judul Diperbaiki Kanwil"
    assert window.windowTitle().startswith("Judul Diperbaiki Kanwil")
    assert boxes == []


def test_a_conflict_shows_in_the_browser_and_keeping_the_copy_ends_it(
    qtbot, window, monkeypatch, shared, kanwil, boxes
):
    set_folder_in_preferences(window, monkeypatch, shared)
    mark_ready(window)
    sync_now(qtbot, window)
    kanwil_sync(kanwil, shared)
    [got] = [r.id for r in kanwil.list()]
    theirs = kanwil.load(got)
    theirs.title = "Versi Kanwil"
    kanwil.save(got, theirs)
    kanwil_sync(kanwil, shared)
    window.form.facts.edits["title"].setText("Versi UPT")
    window.autosave.flush()

    sync_now(qtbot, window)
    conflict = ngettext("{count} conflict", "{count} conflicts", 1).format(count=1)
    assert conflict in window.statusBar().currentMessage()
    window.show_browser()
    shown = {t: cell(window, t, _("Sync")) for t in ("Versi Kanwil", "Versi UPT")}
    assert sorted(shown.values()) == sorted([_("Conflict"), _("Conflict copy")])
    copy_title = next(t for t, s in shown.items() if s == _("Conflict copy"))
    original_title = next(t for t in shown if t != copy_title)
    panel = window.browser.sync_panel
    select(window, "Apel Pagi Bersama")
    assert panel.keep_copy.isHidden()
    select(window, copy_title)
    assert not panel.keep_copy.isHidden() and not panel.keep_original.isHidden()
    panel.keep_copy.click()
    assert copy_title in titles(window) and original_title not in titles(window)
    assert cell(window, copy_title, _("Sync")) == _("Waiting to be sent")
    assert state.conflicts(window.store) == []
    assert window.session.draft.title == copy_title  # the window shows the draft kept
    sync_now(qtbot, window)
    kanwil_sync(kanwil, shared)
    assert [r.title for r in kanwil.list()] == [copy_title]


def test_an_emptied_target_asks_and_no_changes_nothing(qtbot, window, monkeypatch, shared, boxes):
    for n in range(4):
        window.store.set_status(window.store.create(Draft(title=f"Berita {n}")), "ready")
    set_folder_in_preferences(window, monkeypatch, shared)
    sync_now(qtbot, window)
    assert window.statusBar().currentMessage() == done(sent(4))
    drafts = shared / "kabar-sync" / "drafts"
    for bundle in drafts.iterdir():
        bundle.unlink()  # someone emptied the shared folder

    sync_now(qtbot, window)  # "nothing is marked: mark the open draft?" No, then the question
    [(kind, text)] = [box for box in boxes if _("Go on with the sync?") in box[1]]
    assert kind == "question"
    assert list(drafts.iterdir()) == []
    assert window.statusBar().currentMessage() == _("The sync was stopped; nothing was changed.")

    boxes.answers.extend([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    sync_now(qtbot, window)
    qtbot.waitUntil(lambda: not window.sync.running, timeout=20_000)
    assert len(list(drafts.glob("*.kabar"))) == 4


def test_a_missing_folder_is_said_plainly(qtbot, window, monkeypatch, tmp_path, boxes):
    set_folder_in_preferences(window, monkeypatch, tmp_path / "usb")  # the disk is not in
    mark_ready(window)
    sync_now(qtbot, window)
    [(kind, text)] = boxes
    assert kind == "warning" and "Traceback" not in text
    assert text.startswith(_("The sync did not finish: {reason}").split("{")[0])
    assert window.sync.label.text() == waiting(1)


# --- automatic sync ------------------------------------------------------------------------
def test_automatic_sync_waits_for_the_folder_and_backs_off(
    qtbot, window, monkeypatch, tmp_path, boxes
):
    usb = tmp_path / "usb"
    set_folder_in_preferences(window, monkeypatch, usb, automatic=True)
    mark_ready(window)
    ctl = window.sync
    wait = ctl.auto_wait
    ctl._auto_tick()
    qtbot.waitUntil(lambda: not ctl.running, timeout=20_000)
    assert ctl.auto_wait == 2 * wait and ctl.timer.isActive()  # not reachable: try later
    assert boxes == [] and window.sync.label.text() == waiting(1)

    usb.mkdir()  # the disk is plugged in
    ctl._auto_tick()
    qtbot.waitUntil(lambda: not ctl.running, timeout=20_000)
    assert window.sync.label.text() == waiting(0)
    assert ctl.auto_wait == sync_actions.AUTO_EVERY_MS
    assert boxes == []


def test_automatic_sync_never_starts_while_one_runs(qtbot, window, monkeypatch, shared, boxes):
    set_folder_in_preferences(window, monkeypatch, shared, automatic=True)
    ctl = window.sync
    assert ctl.sync_now()
    assert ctl.running and not ctl.sync_now(automatic=True)
    qtbot.waitUntil(lambda: not ctl.running, timeout=20_000)


# --- WebDAV --------------------------------------------------------------------------------
@pytest.fixture
def dav(tmp_path):
    module = _davserver()
    root = tmp_path / "dav"
    root.mkdir()
    server = module.DavServer(root)
    yield server, module
    server.stop()


def test_sync_with_a_webdav_server_asks_the_password(
    qtbot, window, monkeypatch, dav, boxes, use_keyring
):
    use_keyring(keyring.backends.fail.Keyring())  # nowhere safe: asked each time, kept nowhere
    server, module = dav
    window.settings.sync = SyncSettings(target=server.url, user=module.USER)
    asked = []

    def get_text(parent, title, label, echo, *args):
        asked.append((label, echo))
        return module.PASSWORD, True

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    mark_ready(window)
    sync_now(qtbot, window)
    assert window.statusBar().currentMessage() == done(sent(1))
    assert len(list((server.root / "kabar-sync" / "drafts").glob("*.kabar"))) == 1
    assert asked and module.USER in asked[0][0]

    monkeypatch.setattr(QInputDialog, "getText", lambda *a: ("salah", True))
    qtbot.keyClicks(window.form.facts.edits["title"], " lagi")
    sync_now(qtbot, window)
    [(kind, text)] = boxes
    assert kind == "warning" and "Traceback" not in text
    assert window.sync.label.text() == waiting(1)


# --- the window's actions ------------------------------------------------------------------
def test_the_verdict_on_the_draft_in_the_window(qtbot, window, monkeypatch):
    def exec_(dialog):
        dialog.verdict.setCurrentIndex(dialog.verdict.findData("accepted"))
        dialog.remark.setPlainText("Siap tayang")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(VerdictDialog, "exec", exec_)
    window.findChild(type(window.acts.save), "sync-verdict").trigger()
    row = state.for_draft(window.store, window.session.draft_id)
    assert (row.review, row.remark) == ("accepted", "Siap tayang")
    assert window.sync.label.text() == waiting(1)  # the verdict travels with the next sync


def test_the_sync_actions_survive_a_language_switch(qtbot, window):
    window.apply_language("en")
    try:
        assert window.sync.label.text() == "Nothing waiting to be sent"
        file_menu = window.menuBar().actions()[0].menu()
        texts = [a.text() for a in file_menu.actions()]
        assert "S&ync Now" in texts and "R&eady to Send" in texts
        assert (
            len(window.statusBar().findChildren(type(window.sync.label), "sync-waiting-label")) == 1
        )
    finally:
        window.apply_language("id")
    assert window.sync.label.text() == waiting(0)


def test_ready_to_send_from_the_browser_counts_as_waiting(qtbot, window):
    window.show_browser()
    assert cell(window, "Apel Pagi Bersama", _("Sync")) == ""
    select(window, "Apel Pagi Bersama")
    browser = window.browser
    [ready] = [a for a in browser.status_menu.actions() if a.text() == _("Ready to send")]
    ready.trigger()
    assert cell(window, "Apel Pagi Bersama", _("Sync")) == _("Waiting to be sent")
    assert window.sync.label.text() == waiting(1)


def test_a_password_typed_in_preferences_goes_to_the_keyring_and_is_used(
    qtbot, window, monkeypatch, dav, boxes, use_keyring
):
    server, module = dav
    ring = MemoryKeyring()
    use_keyring(ring)

    def exec_(dialog):
        page = dialog.sync_page
        assert not page.password.isHidden()
        page.use_server.setChecked(True)
        page.url.setText(server.url)
        page.user.setText(module.USER)
        page.password.setText(module.PASSWORD)
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", exec_)
    window.acts.preferences.trigger()
    assert module.PASSWORD in ring.passwords.values()
    from kabar_desktop.settings import settings_path

    assert module.PASSWORD not in settings_path().read_text(encoding="utf-8")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a: pytest.fail("asked"))
    mark_ready(window)
    sync_now(qtbot, window)
    assert window.statusBar().currentMessage() == done(sent(1))


@pytest.mark.parametrize("show_theirs", [True, False])
def test_typing_during_a_sync_that_changed_the_draft_asks_before_showing_it(
    qtbot, window, monkeypatch, shared, kanwil, boxes, show_theirs
):
    set_folder_in_preferences(window, monkeypatch, shared)
    mark_ready(window)
    sync_now(qtbot, window)
    kanwil_sync(kanwil, shared)
    [got] = [r.id for r in kanwil.list()]
    theirs = kanwil.load(got)
    theirs.title = "Judul dari Kanwil"
    kanwil.save(got, theirs)
    kanwil_sync(kanwil, shared)

    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    boxes.answers.append(yes if show_theirs else no)
    assert window.sync.sync_now()
    window.form.facts.edits["title"].setText("Ketikan Saat Sinkron")  # before the sync ends
    qtbot.waitUntil(lambda: not window.sync.running, timeout=20_000)
    [(kind, _text)] = boxes
    assert kind == "question"
    title = window.form.facts.edits["title"].text()
    assert title == ("Judul dari Kanwil" if show_theirs else "Ketikan Saat Sinkron")
    window.autosave.flush()
    assert window.store.load(window.session.draft_id).title == title
