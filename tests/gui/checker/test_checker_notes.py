"""Notes in the window: listed and counted apart, grey, dotted, and named for a screen reader."""

from __future__ import annotations

import test_checker_panel
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat
from test_checker_panel import listed, type_into_paragraph

from kabar_desktop.gui.checker.highlight import NOTE_COLOR, WARNING_COLOR
from kabar_desktop.i18n import _

window = test_checker_panel.window  # the panel tests' window, with the sample draft


def test_a_note_is_grey_dotted_counted_apart_and_named(qtbot, window):
    box = type_into_paragraph(qtbot, window, " Panen diikuti 7 orang. Hadir diantaranya pejabat.")
    qtbot.waitUntil(lambda: bool(listed(window, "N1") and listed(window, "W1")), timeout=1500)
    (note,) = listed(window, "N1")
    assert note.severity == "note"
    panel = window.checker.panel
    assert _("1 note") in panel.summary.text()
    item = panel.list.item(panel.findings.index(note))
    assert item.toolTip() == f"{_('Note')} (N1)"
    spoken = item.data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith(f"{_('Note')}: ") and "“7”" in spoken
    dotted = [
        sel
        for sel in box.extraSelections()
        if sel.format.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine
    ]
    assert [sel.cursor.selectedText() for sel in dotted] == ["7"]
    assert dotted[0].format.underlineColor() == QColor(NOTE_COLOR) != QColor(WARNING_COLOR)


def test_notes_are_listed_after_the_errors_they_precede_in_the_text(qtbot, window):
    type_into_paragraph(qtbot, window, " Panen diikuti 7 orang. Hadir diantaranya pejabat.")
    qtbot.waitUntil(lambda: bool(listed(window, "N1") and listed(window, "W1")), timeout=1500)
    findings = window.checker.panel.findings
    (note,), (error,) = listed(window, "N1"), listed(window, "W1")
    assert note.start < error.start  # typed first ...
    assert findings.index(error) < findings.index(note)  # ... listed last
    assert [f.severity for f in findings][-1] == "note"
