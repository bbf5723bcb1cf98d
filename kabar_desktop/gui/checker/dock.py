"""The dock of the house-style check, placed before its contents exist.

The window's first frame shows the dock in its place (so nothing moves when the findings
panel arrives a moment later); ``install_checker`` then puts the panel in it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from kabar_desktop.i18n import _

DOCK_HEIGHT = 150
PANEL_SIZE = QSize(480, 140)  # a compact strip under the form: the findings, not the window


class _Room(QWidget):
    """Holds the panel's place until it comes."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return PANEL_SIZE


def checker_dock(window: QMainWindow) -> QDockWidget:
    """An empty dock at the bottom of ``window``, titled, at the panel's height."""
    dock = QDockWidget(window)
    dock.setObjectName("checker-dock")
    dock.setWindowTitle(_("House-style check"))
    dock.setWidget(_Room())
    dock.setAllowedAreas(
        Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
    )
    dock.setFeatures(
        QDockWidget.DockWidgetFeature.DockWidgetClosable
        | QDockWidget.DockWidgetFeature.DockWidgetMovable
    )
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    window.resizeDocks([dock], [DOCK_HEIGHT], Qt.Orientation.Vertical)
    return dock
