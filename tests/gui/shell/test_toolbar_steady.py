"""The toolbar does not jump when the Undo label changes (issue 14 #12)."""

from __future__ import annotations

from kabar_desktop.model.draft import Paragraph


def test_undo_keeps_its_width_and_tells_the_step_in_its_tooltip(qtbot, window):
    bar = window.acts.toolbar
    undo_button = bar.widgetForAction(window.acts.undo)
    export_button = bar.widgetForAction(window.acts.export_docx)
    before = (undo_button.width(), export_button.x())
    window.session.apply("Tambah paragraf", lambda d: d.paragraphs.append(Paragraph("")))
    qtbot.wait(20)
    assert window.acts.undo.isEnabled()
    assert (undo_button.width(), export_button.x()) == before
    assert undo_button.text() == "Urungkan"
    assert window.acts.undo.toolTip() == "Urungkan Tambah paragraf"
    assert "Tambah paragraf" in window.acts.undo.text()  # the Edit menu names the step
    window.acts.undo.trigger()
    assert window.acts.redo.toolTip() == "Ulangi Tambah paragraf"
    assert (undo_button.width(), export_button.x()) == before
