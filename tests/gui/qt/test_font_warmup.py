"""The font list read in the background is the one the window then uses."""

from __future__ import annotations

import sys

from PySide6.QtGui import QFontDatabase

from kabar_desktop.gui.qt.font_warmup import warm_fonts


def test_the_background_read_ends_and_the_window_sees_the_same_fonts(qapp):
    thread = warm_fonts()
    if not sys.platform.startswith("linux"):
        assert thread is None
        return
    assert thread is not None
    thread.join(timeout=30)
    assert not thread.is_alive()
    families = QFontDatabase.families()
    assert families  # offscreen and X11 alike: fontconfig's fonts
    assert QFontDatabase.families() == families
