"""Small things a writer notices in the form (issue 14 #12)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from kabar_desktop.gui.form import photos


def test_a_quote_typed_with_its_marks_shows_them_once(qtbot, window):
    window.form.tabs.setCurrentIndex(1)
    statements = window.form.speakers.statements
    qtbot.waitUntil(statements.isVisible)
    qtbot.mouseClick(statements.list.add_buttons[0], Qt.MouseButton.LeftButton)  # Add quote
    statements.text.insertPlainText("“Kami siap melayani.”")  # pasted: QTest types ASCII only
    entry = statements.list.texts()[-1]
    assert entry == "Kutipan: “Kami siap melayani.”"
    statements.text.selectAll()
    qtbot.keyClicks(statements.text, '"Kami siap."')
    assert statements.list.texts()[-1] == "Kutipan: “Kami siap.”"
    window.checker.runner.wait()  # no check still running when the window closes


def test_the_photo_dialog_opens_in_a_folder_that_exists(qtbot, window, tmp_path, monkeypatch):
    home = tmp_path / "home"  # a home without a Pictures folder
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_PICTURES_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setattr(photos, "_last_folder", "")
    asked = []

    def dialog(parent, title, folder, filters):
        asked.append(folder)
        return [], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", dialog)
    pane = window.form.photos
    pane._choose_files()  # noqa: SLF001 - what "Add photos…" does
    assert Path(asked[-1]).is_dir()
    assert Path(asked[-1]) == home
    (home / "Pictures").mkdir()
    pane._choose_files()  # noqa: SLF001
    assert Path(asked[-1]) == home / "Pictures"
    monkeypatch.setattr(photos, "_last_folder", str(tmp_path / "gone"))  # since deleted
    pane._choose_files()  # noqa: SLF001
    assert Path(asked[-1]) == home / "Pictures"
