"""Start the editor: the application, the language, the error safety net, then the window.

On the very first start Kabar asks for the office profile and opens a finished sample
article, so a newcomer sees at once what Kabar makes; later starts open the draft that was
open at the last quit (a new one filled in from the profile when there was none), or the
draft file named on the command line. Drafts live in Kabar's
store; after a crash the draft that was open comes back, and Kabar says so.

The window shows first, built from what it shows; the drafts store, the log file, the other
tabs and the first house-style check follow right after its first paint (``first_paint``).
PySide6 is imported after Kabar's own modules: it watches every later import (it reads each
new module's source), so what comes before it costs less.
"""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

from kabar_desktop import i18n, paths
from kabar_desktop.gui.shell.excepthook import install_excepthook, setup_logging
from kabar_desktop.i18n import _
from kabar_desktop.model.draft import Draft
from kabar_desktop.model.draft_file import read_draft
from kabar_desktop.model.problems import DraftError
from kabar_desktop.settings import Settings, load_settings, save_settings

SAMPLE = Path("samples") / "berita-rudenim-kupang.json"


def sample_path() -> Path:
    return paths.resources_dir() / SAMPLE


def _application(argv: list[str]):
    """The application, the arguments left once Qt took its own (``-platform …``), and what
    PySide6's import compiled (kept after the first paint: gui/qt/import_cache.py)."""
    from kabar_desktop.gui.qt.import_cache import qt_import

    with qt_import() as compiled:  # PySide6's own Python, compiled once per installation
        from PySide6.QtWidgets import QApplication

    from kabar_desktop.gui.qt import import_watch

    import_watch.lighten()  # before the window's modules are imported
    app = QApplication.instance()
    if app is None:
        app = QApplication(["kabar", *argv])
        argv = _left_by_qt(argv, app.arguments()[1:])
    app.setApplicationName("Kabar")
    app.setOrganizationName("")
    _set_icon(app)
    return app, argv, compiled


def _left_by_qt(ours: list[str], left: list[str]) -> list[str]:
    """Our own arguments that Qt left, spelled as Python got them.

    On Windows Qt rebuilds its arguments in the ANSI code page, so a file in
    ``Berita Śekar`` comes back as ``Berita ?ekar`` or ``Berita Sekar`` (Windows' best fit);
    Python's ``sys.argv`` keeps every character. Qt only removes its own options, in order,
    so ours are matched to what it left by their ASCII letters.
    """
    kept: list[str] = []
    rest = iter(left)
    wanted = next(rest, None)
    for argument in ours:
        if wanted is not None and _spelled_alike(argument, wanted):
            kept.append(argument)
            wanted = next(rest, None)
    return kept


def _spelled_alike(ours: str, theirs: str) -> bool:
    """``theirs`` is ``ours`` with each run of non-ASCII letters turned into up to four
    characters a letter (``?``, a best-fit letter, its UTF-8 bytes read as ANSI) or none."""
    reach = {0}
    position = 0
    while position < len(ours) and reach:
        letter = ours[position]
        if letter.isascii():
            reach = {j + 1 for j in reach if theirs[j : j + 1] == letter}
            position += 1
            continue
        run = position
        while position < len(ours) and not ours[position].isascii():
            position += 1
        widest = 4 * (position - run)
        reach = {j + k for j in reach for k in range(widest + 1) if j + k <= len(theirs)}
    return len(theirs) in reach


def _set_icon(app) -> None:
    """Kabar's mark on every window and the taskbar; the files load when first drawn."""
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addFile(str(paths.resources_dir() / "icons" / f"kabar-{size}.png"))
    app.setWindowIcon(icon)
    if sys.platform == "win32":  # the taskbar button is Kabar's, not pythonw's
        import ctypes

        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID("Kabar.Kabar")
        # Held while Kabar runs: the installer asks to close Kabar before replacing it.
        ctypes.windll.kernel32.CreateMutexW(None, False, "Kabar.Running")


def _first_start(settings: Settings) -> Draft:
    """Ask for the office profile, then open the sample article (not as a file: Save asks)."""
    from PySide6.QtWidgets import QDialog

    from kabar_desktop.gui.preferences.dialogs import ProfileDialog

    dialog = ProfileDialog(settings.profile, None, first_start=True)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        settings.profile = dialog.profile()
    try:
        draft = read_draft(sample_path())
    except DraftError:  # a damaged installation: start empty rather than not at all
        draft = settings.profile.new_draft()
    settings.first_start_done = True
    save_settings(settings)
    return draft


def _read(path: Path) -> Draft | None:
    """The draft file named on the command line; None when it cannot be read (the window
    then says why, once it shows)."""
    try:
        return read_draft(path)
    except DraftError:
        return None


def _open_store():
    """Kabar's drafts store and what to tell about its opening; (None, [why]) if it failed."""
    from kabar_desktop.gui.editor.autosave import store_message
    from kabar_desktop.store import DraftStore, StoreError
    from kabar_desktop.store.database import OpenResult

    try:
        store = DraftStore.open(session=True)
    except StoreError as exc:
        why = _("Kabar cannot keep drafts for now: {reason}").format(reason=store_message(exc))
        return None, [why + " " + _("Save your work with Save As.")]
    notices = store.opened.notices()
    if _recovered(store) is not None:  # the crash is told in its own words: the draft is back
        crash = {p.template for p in OpenResult(path=Path(), crashed=True).notices()}
        notices = [p for p in notices if p.template not in crash]
    return store, [p.message(_) for p in notices]


def _recovered(store):
    """After a crash, the draft that was open then and its id; else None."""
    from kabar_desktop.store import StoreError

    if store is None or not store.opened.crashed or store.opened.last_opened is None:
        return None
    draft_id = store.opened.last_opened
    try:
        return store.load(draft_id), draft_id
    except StoreError:
        return None


def _tell(window, lines: list[str]) -> None:
    """A calm note that does not hold up the start (the window is usable behind it)."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Information, "Kabar", "\n\n".join(lines), parent=window)
    box.setModal(False)
    box.setObjectName("start-notice")
    window.start_notice = box
    box.show()


def start(argv: list[str] | None = None):
    """Everything ``run`` does short of the event loop; returns the shown main window.

    Python's garbage collector pauses until the window is complete: the start makes many
    thousands of objects (Qt's types and enums, the widgets) and nearly all of them stay, so
    its passes over them would only cost time.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        window = _start(list(sys.argv[1:] if argv is None else argv))
    except BaseException:
        if collecting:
            gc.enable()
        raise
    if collecting:
        window.later.add(gc.enable, last=True)
    return window


def _start(argv: list[str]):
    app, argv, compiled = _application(argv)
    install_excepthook()
    settings = load_settings()
    settings.language = i18n.set_language(settings.language)
    from kabar_desktop.gui.shell.qt_translations import install_qt_translator, set_default_locale

    done = settings.first_start_done
    if done:  # Qt's own texts are in no part of the first frame: its translator comes later
        set_default_locale(settings.language)
        draft = settings.profile.new_draft()
    else:  # the profile dialog comes first, with Qt's buttons in the user's language
        gc.enable()  # a dialog waits for the user: collect as usual from here
        install_qt_translator(app, settings.language)
        draft = _first_start(settings)
    files = [Path(a) for a in argv if not a.startswith("-")]
    opened = _read(files[0]) if files else None
    from kabar_desktop.gui.editor.draft_session import DraftSession
    from kabar_desktop.gui.shell.main_window import MainWindow

    session = DraftSession(opened or draft, files[0] if opened is not None else None)
    window = MainWindow(settings, session, store_pending=True)
    from kabar_desktop.gui.shell.first_paint import RememberOnClose

    RememberOnClose(window)
    window.show()
    if opened is not None:
        window.say(_("Opened {file}").format(file=files[0].name))
    elif not done and not files:
        window.say(_("This is a sample article. Press New to write your own."), 0)
    if done:
        window.later.add(lambda: install_qt_translator(app, settings.language))
    window.later.add(lambda: _after_first_paint(window, files[0] if files else None, opened))
    window.later.add(setup_logging, last=True)  # the hook sets it up itself if needed sooner
    window.later.add(compiled.keep, last=True)
    return window


def _after_first_paint(window, path: Path | None, opened: Draft | None) -> None:
    """What the first frame does not need: the drafts store (and the draft a crash left
    open), storing the file named on the command line."""
    store, notices = _open_store()
    recovered = _recovered(store)
    window.attach_store(store)
    if recovered is not None:
        crash = _(
            "Kabar was not closed properly. The last draft was opened again; "
            "everything that was stored is still there."
        )
        if opened is None:
            window.autosave.open_draft(recovered[1])
            window.say(crash, 0)
        notices.insert(0, crash)
    if notices:
        _tell(window, notices)
    if path is None:
        if recovered is None:  # a later start goes on with the draft of the last one
            from kabar_desktop.gui.shell.first_paint import reopen_last

            reopen_last(window)
        return
    if opened is None:  # unreadable: the window says why, the draft stays
        window.files.open_path(path, ask=False)
    else:
        if window.autosave is not None:  # the file becomes a stored draft
            window.autosave.adopt_import()
        window.files.remember(path)


def run(argv: list[str] | None = None) -> int:
    """Open the editor window and run until it closes; the exit status."""
    if os.environ.get("KABAR_SMOKE"):  # installers' check: open, export, quit (gui/shell/smoke.py)
        from kabar_desktop.gui.shell.smoke import run_smoke

        return run_smoke(Path(os.environ["KABAR_SMOKE"]), argv, start, sample_path())
    try:
        window = start(argv)
    except ImportError as error:  # Qt could not load (a missing DLL): say so without Qt
        from kabar_desktop.gui.shell.start_failure import window_failed

        return window_failed(error)
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert app is not None
    status = app.exec()
    del window
    return status


if __name__ == "__main__":
    sys.exit(run())
