"""Guard against a Qt binding that corrupts reference counts (PySide6 6.12.0 on Python 3.11
lost a reference to None on every void call: a long editing session then aborted Kabar)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLineEdit


def test_typing_does_not_leak_references_to_none(qtbot):
    field = QLineEdit()
    qtbot.addWidget(field)
    before = sys.getrefcount(None)
    for i in range(2000):
        field.setText(str(i))
    assert abs(sys.getrefcount(None) - before) < 50
