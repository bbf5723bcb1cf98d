"""The editor window as a writer meets it: form and preview side by side, menus, title bar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit

from kabar_desktop import i18n
from kabar_desktop.gui.editor.draft_session import DraftSession
from kabar_desktop.gui.shell.main_window import MainWindow
from kabar_desktop.model.draft_file import read_draft
from kabar_desktop.settings import OfficeProfile, Settings, load_settings

PROFILE = OfficeProfile(office_name="Rudenim Kupang", city="Kupang", credit_initials="fka")


def menu_titles(win: MainWindow) -> list[str]:
    return [a.text() for a in win.menuBar().actions()]


def title_field(win: MainWindow):
    assert win.form.focus_field("title")
    field = win.focusWidget()
    assert isinstance(field, QLineEdit | QPlainTextEdit | QTextEdit), field
    return field


def test_form_beside_the_preview(qtbot, window):
    assert window.splitter.widget(0) is window.form
    assert window.splitter.widget(1) is window.preview
    form_width, preview_width = window.splitter.sizes()
    assert 0.35 < form_width / (form_width + preview_width) < 0.55
    # the article follows the window's first paint
    qtbot.waitUntil(lambda: "Rudenim Kupang Gelar Pelatihan" in window.preview.plain_text())


def test_typing_a_title_shows_in_the_preview_and_the_title_bar(qtbot, window):
    field = title_field(window)
    field.selectAll()
    qtbot.keyClicks(field, "Rudenim Kupang Terima Kunjungan Kerja")
    qtbot.waitUntil(
        lambda: "Rudenim Kupang Terima Kunjungan Kerja" in window.preview.plain_text(),
        timeout=3000,
    )
    assert window.windowTitle() == "Rudenim Kupang Terima Kunjungan Kerja[*] — Kabar"
    assert window.isWindowModified()


def test_a_new_draft_is_called_new_draft(qtbot, window):
    window.session.mark_saved()
    window.acts.new.trigger()
    assert window.windowTitle() == "Draf baru[*] — Kabar"
    assert not window.isWindowModified()
    assert window.session.draft.organizer == "Rudenim Kupang"
    assert window.session.draft.credit == "humas/fka"


def test_menus_are_indonesian_with_the_usual_shortcuts(window):
    assert menu_titles(window) == ["&Berkas", "&Sunting", "&Tampilan", "Ban&tuan"]
    acts = window.acts
    assert acts.new.text() == "&Baru" and acts.new.shortcut().toString() == "Ctrl+N"
    assert acts.open.shortcut().toString() == "Ctrl+O"
    assert acts.save.text() == "&Simpan" and acts.save.shortcut().toString() == "Ctrl+S"
    assert acts.save_as.shortcut().toString() == "Ctrl+Shift+S"
    assert acts.print.shortcut().toString() == "Ctrl+P"
    assert acts.copy_whatsapp.shortcut().toString() == "Ctrl+Shift+C"
    assert acts.quit.shortcut().toString() == "Ctrl+Q"
    assert acts.undo.shortcut().toString() == "Ctrl+Z"
    assert acts.redo.shortcut().toString() == "Ctrl+Shift+Z"
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions() if not a.isSeparator()]
    assert texts[:3] == ["&Baru", "B&uka…", "Buka &Terakhir"]
    assert "Ekspor &DOCX…" in texts and "Salin Teks &WhatsApp" in texts


def test_undo_brings_back_a_removed_speaker(window):
    window.session.apply("Hapus pembicara", lambda d: d.speakers.pop())
    assert len(window.session.draft.speakers) == 1
    assert window.acts.undo.isEnabled()
    window.acts.undo.trigger()
    assert [s.name for s in window.session.draft.speakers] == ["Rakhmat Renaldy", "Dian Lenggu"]


def test_copy_whatsapp_text(window):
    QApplication.clipboard().clear()
    window.acts.copy_whatsapp.trigger()
    text = QApplication.clipboard().text()
    assert text.startswith("*Rudenim Kupang Gelar Pelatihan Tugas dan Fungsi Bidang Kehumasan*\n\n")
    assert "_Search Engine Optimization_" in text
    assert text.rstrip().endswith("(humas/fka)")
    assert window.statusBar().currentMessage() == "Teks WhatsApp disalin"


def test_switching_the_language_rebuilds_the_interface_and_keeps_the_draft(qtbot, window):
    window.session.edit(lambda d: setattr(d, "title", "Judul yang Belum Disimpan"))
    window.session.apply("Hapus pembicara", lambda d: d.speakers.pop())
    sizes = window.splitter.sizes()
    old_form = window.form

    window.apply_language("en")
    assert menu_titles(window) == ["&File", "&Edit", "&View", "&Help"]
    assert window.acts.save.text() == "&Save"
    assert window.form is not old_form and window.splitter.widget(0) is window.form
    assert window.splitter.sizes() == sizes
    assert window.preview.accessibleName() == "Article preview"
    assert window.session.draft.title == "Judul yang Belum Disimpan"
    assert window.isWindowModified()
    toolbars = type(window.acts.toolbar)
    qtbot.waitUntil(lambda: len(window.findChildren(toolbars)) == 1, timeout=1000)

    window.apply_language("id")
    assert menu_titles(window) == ["&Berkas", "&Sunting", "&Tampilan", "Ban&tuan"]
    assert i18n.language() == "id" and window.settings.language == "id"
    window.acts.undo.trigger()  # the undo history survived the switch
    assert len(window.session.draft.speakers) == 2
    assert window.session.draft.title == "Judul yang Belum Disimpan"
    assert "Judul yang Belum Disimpan" in window.windowTitle()


def test_preferences_apply_the_language_and_save_it(qtbot, window, monkeypatch):
    from kabar_desktop.gui.preferences import dialogs as preferences

    def accept(self):
        return 1

    def edited(self):
        return Settings(
            language="en", profile=PROFILE, first_start_done=True, recent_files=["/a.kabar"]
        )

    monkeypatch.setattr(preferences.PreferencesDialog, "exec", accept)
    monkeypatch.setattr(preferences.PreferencesDialog, "settings", edited)
    window.acts.preferences.trigger()
    assert menu_titles(window) == ["&File", "&Edit", "&View", "&Help"]
    assert load_settings().language == "en"
    window.apply_language("id")


def test_the_window_remembers_its_size_and_the_splitter(qtbot, window, sample_path):
    window.resize(720, 520)  # the offscreen screen is small
    window.splitter.setSizes([340, 380])
    sizes = window.splitter.sizes()
    window.close()
    saved = load_settings()
    assert saved.window_geometry and saved.splitter_state

    again = MainWindow(saved, DraftSession(read_draft(sample_path)))
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.size().width() == 720
    assert again.splitter.sizes() == sizes != [int(720 * 0.45), 720 - int(720 * 0.45)]


def test_the_status_bar_gives_a_hint(window):
    assert window.hint.text().startswith("Isi fakta")
    assert window.hint.isVisible()


def test_the_preview_and_toolbar_are_reachable_by_keyboard(window):
    assert window.preview.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert window.acts.toolbar.isVisible()


def _protocol_members(protocol: type) -> set[str]:
    """The names a Protocol asks for (its own and its protocol bases')."""
    names: set[str] = set()
    for cls in protocol.__mro__:
        if cls is object or not getattr(cls, "_is_protocol", False):
            continue
        names |= {n for n in vars(cls) if not n.startswith("_")}
        names |= set(getattr(cls, "__annotations__", {}))
    return names - {"register"}


def test_the_window_gives_its_controllers_all_the_context_names(window):
    """Every member of ``WindowContext`` (and of what it holds) is there on a real window: the
    controllers type their window with it, and nothing but type checkers read it otherwise."""
    from kabar_desktop.gui import context
    from kabar_desktop.gui.drafts.drafts_browser import DraftBrowser
    from kabar_desktop.gui.editor.autosave import Autosave

    window.later.run()  # the autosave and the rest of what comes after the first paint
    assert window.widget is window
    parts = {
        context.WindowContext: window,
        context.Later: window.later,
        context.DraftFiles: window.files,
        context.MenuActions: window.acts,
        context.SyncState: window.sync,
        context.StoredDrafts: Autosave,  # this window has no store: its class, then
        context.DraftsList: DraftBrowser,
    }
    missing = [
        f"{protocol.__name__}.{name}"
        for protocol, obj in parts.items()
        for name in sorted(_protocol_members(protocol))
        if not hasattr(obj, name)
    ]
    assert missing == []
    assert "session" in _protocol_members(context.WindowContext)
