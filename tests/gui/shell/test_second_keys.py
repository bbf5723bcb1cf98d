"""Redo answers Ctrl+Y as well as Ctrl+Shift+Z, and F9 syncs, from the window's first frame."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_ctrl_y_redoes_what_ctrl_z_undid(qtbot, window):
    speakers = [s.name for s in window.session.draft.speakers]
    window.session.apply("Hapus pembicara", lambda d: d.speakers.pop())
    window.preview.setFocus()  # not a text field: the keys go to the window's actions
    qtbot.keyClick(window.preview, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [s.name for s in window.session.draft.speakers] == speakers
    qtbot.keyClick(window.preview, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert len(window.session.draft.speakers) == len(speakers) - 1
    window.acts.undo.trigger()
    mods = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.preview, Qt.Key.Key_Z, mods)
    assert len(window.session.draft.speakers) == len(speakers) - 1


def test_the_shortcuts_set_as_text_are_the_keys_qt_reads(window):
    assert window.acts.redo.shortcut().toString() == "Ctrl+Shift+Z"
    assert window.acts.zoom_in.shortcut().toString() == "Ctrl++"
    assert sorted(a.shortcut().toString() for a in window.acts.second_keys) == ["Ctrl+=", "Ctrl+Y"]
    actions = window.findChildren(type(window.acts.redo))
    assert [a.shortcut().toString() for a in actions].count("F9") == 1  # Sync Now


def test_a_language_switch_leaves_one_ctrl_y(qtbot, window):
    """Switched twice before the start's jobs ran (they held the first form's panes: the second
    switch then crashed Kabar)."""
    window.apply_language("en")
    window.apply_language("id")
    qtbot.wait(1)  # the old actions are deleted on the next turn of the event loop
    keys = [a for a in window.actions() if a.shortcut().toString() == "Ctrl+Y" and a.parent()]
    assert len(keys) == 1
    window.session.apply("Hapus pembicara", lambda d: d.speakers.pop())
    window.acts.undo.trigger()
    window.preview.setFocus()
    qtbot.keyClick(window.preview, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert len(window.session.draft.speakers) == 1  # an ambiguous shortcut would do nothing
