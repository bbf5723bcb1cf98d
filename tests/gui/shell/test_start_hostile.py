"""A hostile draft named on the command line (a double-clicked file): the window opens with a
new draft and says in one message why the file was not read (issue 12 #5). Before, JSON
nested 100,000 deep or a 5,000-digit number ended the start with a traceback in the log."""

from __future__ import annotations

import sys

import pytest
from test_parse_hostile import CASES, MESSAGES

from kabar_desktop import app, i18n
from kabar_desktop.settings import OfficeProfile, Settings, save_settings

PROFILE = OfficeProfile(office_name="Lapas Atambua", city="Atambua", credit_initials="rm")


@pytest.mark.parametrize("case", ["deep", "digits", "huge", "speakers", "deflate", "encrypted"])
def test_the_window_opens_and_says_why(qtbot, monkeypatch, tmp_path, case):
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: told.append(text))
    save_settings(Settings(first_start_done=True, profile=PROFILE))
    CASES[case](tmp_path / "draf")
    (path,) = [p for p in tmp_path.iterdir() if p.name.startswith("draf.")]
    win = app.start([str(path)])
    try:
        qtbot.waitUntil(lambda: win.later.done, timeout=5000)
        assert win.isVisible()
        assert win.session.path is None
        assert win.session.draft.organizer == "Lapas Atambua"  # a new draft, nothing of the file
        [text] = told
        template, params = MESSAGES[case]
        assert path.name in text and i18n._(template).format(**params) in text
    finally:
        win.session.mark_saved()
        win.close()
        win.deleteLater()
