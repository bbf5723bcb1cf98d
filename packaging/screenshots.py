"""Screenshots of Kabar for the documentation, in Indonesian, with the sample article open.

    python packaging/screenshots.py [output folder]     (default: docs/screenshots/)

Writes ``jendela-utama.png`` (the main window at 1366 × 768, the size of the laptops many
offices use), ``pembicara.png`` (the same window on the Speakers tab), ``jendela-temuan.png``
(the window with the house-style check's findings showing, after a typical slip) and
``profil-kantor.png`` (the office-profile dialog of the first start, filled in).

Where it draws: on the desktop when there is one; without a desktop it re-runs itself under
``xvfb-run -a`` when that is installed (real X11 rendering and fonts), and otherwise uses Qt's
``offscreen`` platform. Kabar runs with a throw-away ``KABAR_HOME`` and a filled-in profile, so
the user's own settings are neither read nor changed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
WINDOW_SIZE = (1366, 768)
_REEXEC = "KABAR_SCREENSHOTS_XVFB"


def choose_platform() -> None:
    """A real display, else Xvfb (re-running this script), else Qt's offscreen platform."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    desktop = os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    if sys.platform.startswith("linux") and not desktop:
        xvfb = shutil.which("xvfb-run")
        if xvfb and not os.environ.get(_REEXEC):
            env = {**os.environ, _REEXEC: "1"}
            screen = "-screen 0 1920x1080x24"
            cmd = [xvfb, "-a", "-s", screen, sys.executable, __file__, *sys.argv[1:]]
            sys.exit(subprocess.call(cmd, env=env))
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def prepare_home(home: Path) -> None:
    """A Kabar home with a filled-in office profile, in Indonesian, past the first start."""
    os.environ["KABAR_HOME"] = str(home)
    os.environ["KABAR_LANG"] = "id"
    os.environ.setdefault("QT_SCALE_FACTOR", "1")
    from kabar_desktop.settings import OfficeProfile, Settings, save_settings

    profile = OfficeProfile(office_name="Rudenim Kupang", city="Kupang", credit_initials="fka")
    save_settings(Settings(language="id", profile=profile, first_start_done=True))


def settle(app, rounds: int = 5) -> None:
    """Let Qt lay out and paint (a script may spin the event loop; the application never does)."""
    from PySide6.QtCore import QThread

    for _round in range(rounds):
        app.processEvents()
        QThread.msleep(20)
    app.processEvents()


def save(widget, path: Path) -> None:
    image = widget.grab()
    if image.isNull() or not image.save(str(path), "PNG"):
        raise SystemExit(f"could not write {path}")
    print(
        f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: "
        f"{image.width()}×{image.height()}"
    )


def speakers_tab(window) -> None:
    """Show the Speakers tab (the second tab of the form)."""
    from PySide6.QtWidgets import QTabWidget

    tabs = getattr(window.form, "tabs", None) or window.form.findChild(QTabWidget)
    tabs.setCurrentIndex(1)
    tabs.tabBar().setFocus()  # the chosen tab, and no text cursor blinking elsewhere


def show_findings(app, window) -> None:
    """Type a typical slip ("diantaranya") into the first paragraph and wait for the check's
    dock to list it (it shows only when there is something to say)."""
    from PySide6.QtCore import QThread

    window.form.focus_field("paragraphs[0]")
    box = window.form.field_widget("paragraphs[0]")
    box.moveCursor(box.textCursor().MoveOperation.End)
    box.insertPlainText(" Hadir diantaranya pejabat Kanwil.")
    checker = window.checker
    for _round in range(250):
        app.processEvents()
        if checker.panel.list.count() and checker.dock.isVisible():
            break
        QThread.msleep(20)
    else:
        raise SystemExit("the house-style check listed nothing")
    checker.panel.list.setCurrentRow(0)
    checker.panel.list.setFocus()  # the finding chosen, no text cursor blinking in the form


def main(out: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from kabar_desktop import i18n
    from kabar_desktop.app import sample_path
    from kabar_desktop.gui.editor.draft_session import DraftSession
    from kabar_desktop.gui.preferences.dialogs import ProfileDialog
    from kabar_desktop.gui.shell.main_window import MainWindow
    from kabar_desktop.gui.shell.qt_translations import install_qt_translator
    from kabar_desktop.model.draft_file import read_draft
    from kabar_desktop.settings import OfficeProfile, load_settings

    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(["kabar"])
    app.setApplicationName("Kabar")
    settings = load_settings()
    i18n.set_language(settings.language)
    install_qt_translator(app, settings.language)

    window = MainWindow(settings, DraftSession(read_draft(sample_path())))
    window.resize(*WINDOW_SIZE)
    window.show()
    settle(app)
    window.preview.refresh_now()
    window.form.setFocus()  # no text cursor in the preview or a field
    settle(app)
    save(window, out / "jendela-utama.png")
    speakers_tab(window)
    settle(app)
    save(window, out / "pembicara.png")
    show_findings(app, window)
    settle(app)
    save(window, out / "jendela-temuan.png")

    dialog = ProfileDialog(OfficeProfile(), window, first_start=True)
    dialog.show()
    settle(app)
    form = dialog.form
    form.office.setText("Rudenim Kupang")
    form.city.setText("Kupang")
    form.initials.setText("fka")
    dialog.ok_button.setFocus()  # no text cursor blinking in a field
    settle(app)
    save(dialog, out / "profil-kantor.png")
    dialog.reject()
    window.session.mark_saved()  # nothing to ask about on closing
    window.close()


if __name__ == "__main__":
    choose_platform()
    target = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    with tempfile.TemporaryDirectory(prefix="kabar-screenshots-") as tmp:
        prepare_home(Path(tmp))
        main(target)
