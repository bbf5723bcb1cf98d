"""Start the editor: the application, the language, the error safety net, then the window.

On the very first start Kabar asks for the office profile and opens a finished sample
article, so a newcomer sees at once what Kabar makes; later starts open a new draft filled in
from the profile (or the draft file named on the command line).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog

from kabar_desktop import i18n, paths
from kabar_desktop.i18n import _
from kabar_desktop.settings import Settings, load_settings, save_settings

SAMPLE = Path("samples") / "berita-rudenim-kupang.json"


def sample_path() -> Path:
    return paths.resources_dir() / SAMPLE


def _application(argv: list[str]) -> tuple[QApplication, list[str]]:
    """The application, and the arguments left once Qt took its own (``-platform …``)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(["kabar", *argv])
        argv = app.arguments()[1:]
    app.setApplicationName("Kabar")
    app.setOrganizationName("")
    return app, argv  # type: ignore[return-value]


def _first_start(settings: Settings):
    """Ask for the office profile, then open the sample article (not as a file: Save asks)."""
    from kabar_desktop.gui.preferences import ProfileDialog
    from kabar_desktop.model.draft_file import read_draft
    from kabar_desktop.model.problems import DraftError

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


def start(argv: list[str] | None = None):
    """Everything ``run`` does short of the event loop; returns the shown main window."""
    argv = list(sys.argv[1:] if argv is None else argv)
    app, argv = _application(argv)
    from kabar_desktop.gui.error_dialog import install_excepthook
    from kabar_desktop.gui.main_window import MainWindow
    from kabar_desktop.gui.qt_translations import install_qt_translator
    from kabar_desktop.gui.session import DraftSession

    install_excepthook()
    settings = load_settings()
    settings.language = i18n.set_language(settings.language)
    install_qt_translator(app, settings.language)
    done = settings.first_start_done
    draft = settings.profile.new_draft() if done else _first_start(settings)
    window = MainWindow(settings, DraftSession(draft))
    files = [Path(a) for a in argv if not a.startswith("-")]
    window.show()
    if files:
        window.files.open_path(files[0], ask=False)
    elif not done:
        window.say(_("This is a sample article. Press New to write your own."), 0)
    return window


def run(argv: list[str] | None = None) -> int:
    """Open the editor window and run until it closes; the exit status."""
    window = start(argv)
    app = QApplication.instance()
    assert app is not None
    status = app.exec()
    del window
    return status


if __name__ == "__main__":
    sys.exit(run())
