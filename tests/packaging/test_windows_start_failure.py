"""When Qt cannot load, Kabar says so and logs why instead of vanishing (issue 15 #3).

On Windows the message is a Win32 message box (tried under Wine by
packaging/check_windows.py); here the same path runs in a fresh interpreter whose PySide6
fails to load like a missing DLL does, and the message goes to the standard error.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

BROKEN_QT = (
    'raise ImportError("DLL load failed while importing QtWidgets: '
    'The specified module could not be found.")\n'
)


def _start(tmp_path: Path) -> subprocess.CompletedProcess:
    fake = tmp_path / "fake"
    (fake / "PySide6").mkdir(parents=True)
    (fake / "PySide6" / "__init__.py").write_text("", encoding="utf-8")
    (fake / "PySide6" / "QtWidgets.py").write_text(BROKEN_QT, encoding="utf-8")
    env = {**os.environ, "KABAR_HOME": str(tmp_path / "home"), "PYTHONPATH": str(fake)}
    env.pop("KABAR_SMOKE", None)
    return subprocess.run(
        [sys.executable, "-m", "kabar_desktop"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_a_qt_that_cannot_load_is_told_and_logged(tmp_path: Path) -> None:
    done = _start(tmp_path)
    assert done.returncode == 1
    assert "Kabar tidak dapat membuka jendelanya" in done.stderr  # Indonesian by default
    assert "DLL load failed while importing QtWidgets" in done.stderr
    assert "Traceback" not in done.stderr
    log = tmp_path / "home" / "logs" / "kabar.log"
    assert str(log) in done.stderr
    text = log.read_text(encoding="utf-8")
    assert "The window could not start" in text
    assert "DLL load failed while importing QtWidgets" in text


def test_the_message_follows_the_chosen_language(tmp_path: Path, monkeypatch) -> None:
    from kabar_desktop import paths
    from kabar_desktop.settings import load_settings, save_settings

    monkeypatch.setenv("KABAR_HOME", str(tmp_path / "home"))
    settings = load_settings()
    settings.language = "en"
    save_settings(settings)
    assert paths.log_dir() == tmp_path / "home" / "logs"
    done = _start(tmp_path)
    assert "Kabar cannot open its window" in done.stderr
