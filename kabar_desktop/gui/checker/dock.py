"""The dock of the house-style check, placed before its contents exist.

The window's first frame shows the dock in its place (so nothing moves when the findings
panel arrives a moment later); ``install_checker`` then puts the panel in it.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSize
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from kabar_desktop.gui.qt.enum_properties import set_keys
from kabar_desktop.i18n import _

DOCK_HEIGHT = 150
PANEL_SIZE = QSize(480, 140)  # a compact strip under the form: the findings, not the window

# The window's default layout as Qt saves it (``QMainWindow.saveState``): the toolbar at the
# top, this dock at the bottom, DOCK_HEIGHT high. Restoring it places the dock as
# ``addDockWidget`` would, without touching Qt's enum namespace (see ``qt.enum_properties``);
# a Qt that reads it otherwise refuses it, and the dock is then added the usual way.
DEFAULT_LAYOUT = (
    "AAAA/wAAAAD9AAAAAQAAAAMAAAL4AAAAlvwBAAAAAfsAAAAYAGMAaABlAGMAawBlAHIALQBkAG8AYwBrAQAAAAAA"
    "AAL4AAAB3gD///8AAAL4AAAB9QAAAAQAAAAEAAAACAAAAAj8AAAAAQAAAAIAAAABAAAAGABtAGEAaQBuAC0AdABv"
    "AG8AbABiAGEAcgEAAAAA/////wAAAAAAAAAA"
)


class _Room(QWidget):
    """Holds the panel's place until it comes."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return PANEL_SIZE


def checker_dock(window: QMainWindow) -> QDockWidget:
    """An empty dock at the bottom of ``window`` (after its toolbar), titled, at the panel's
    height."""
    dock = QDockWidget(window)
    dock.setObjectName("checker-dock")
    dock.setWindowTitle(_("House-style check"))
    dock.setWidget(_Room())
    set_keys(dock, "allowedAreas", "BottomDockWidgetArea|RightDockWidgetArea")
    dock.setFeatures(
        QDockWidget.DockWidgetFeature.DockWidgetClosable
        | QDockWidget.DockWidgetFeature.DockWidgetMovable
    )
    if not window.restoreState(QByteArray.fromBase64(DEFAULT_LAYOUT.encode("ascii"))):
        from PySide6.QtCore import Qt

        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        window.resizeDocks([dock], [DOCK_HEIGHT], Qt.Orientation.Vertical)
    return dock
