"""The form at the laptop sizes offices use (issue 14 #5): the speaker and what they said
fit without scrolling, and no button is cut off."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton

# the laptops' screens, and the window Kabar opens on a 1366 × 768 screen (its first size
# leaves room for the title bar and the taskbar: shell.main_window.DEFAULT_SIZE)
SIZES = [(1366, 768), (1280, 800), (1280, 706)]


def shown_at(qtbot, window, size: tuple[int, int], tab: int):
    window.resize(*size)
    window.later.run()
    window.form.tabs.setCurrentIndex(tab)
    qtbot.waitUntil(lambda: window.checker.panel.list.count() == 0)
    qtbot.waitUntil(lambda: window.form.tabs.currentWidget().widget().isVisible())
    qtbot.wait(100)  # the text boxes fit their lines to the new width, then the pane
    return window.form.tabs.currentWidget()


def rect_in(widget, ancestor) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


@pytest.mark.parametrize("size", SIZES)
def test_a_speaker_and_their_statements_fit_without_scrolling(qtbot, window, size):
    scroll = shown_at(qtbot, window, size, 1)
    pane = window.form.speakers
    viewport = scroll.viewport()
    bar = scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: not bar.isVisible(), timeout=2000)  # the pane does not scroll
    for part in (pane.list, pane.edits["name"], pane.intro, pane.statements, pane.statements.text):
        assert viewport.rect().contains(rect_in(part, viewport)), part


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("tab", [0, 1, 2, 3])
def test_every_button_of_the_form_is_whole(qtbot, window, size, tab):
    scroll = shown_at(qtbot, window, size, tab)
    pane = scroll.widget()
    buttons = [b for b in pane.findChildren(QAbstractButton) if b.isVisible()]
    assert buttons
    for button in buttons:
        parent = button.parentWidget()
        assert parent.rect().contains(button.geometry()), button.text()
        assert button.width() >= button.minimumSizeHint().width(), button.text()
        assert scroll.viewport().rect().contains(rect_in(button, scroll.viewport())) or (
            scroll.verticalScrollBar().isVisible()
        ), button.text()
