"""The system's font list read on another core while the window's modules load.

The first text Qt lays out makes it read the system's fonts (fontconfig on Linux): 5 ms of
work and 15–35 ms of waiting on this 2-core machine, all before the first frame, which a
bare window without text never pays. Qt's font database is thread-safe ("all functions in
this class are thread-safe"), and PySide6 lets go of Python's lock while it works, so a
thread can fill it while the main thread imports the window's modules; the first label then
finds the list ready (or waits for the rest of it). Done on Linux only, where it is tested.
"""

from __future__ import annotations

import sys
import threading


def warm_fonts() -> threading.Thread | None:
    """Start reading the font list in the background (a ``QGuiApplication`` must exist)."""
    if not sys.platform.startswith("linux"):
        return None
    from PySide6.QtGui import QFontDatabase

    thread = threading.Thread(target=QFontDatabase.families, name="kabar-fonts", daemon=True)
    thread.start()
    return thread
