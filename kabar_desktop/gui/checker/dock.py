"""The dock of the house-style check, placed after the window's first paint.

The dock takes no room while the check has nothing to say (at 1366 × 768 every line counts
for the form): it shows when findings arrive and hides when the last one goes. The writer's
own choice (F7, the View menu, the dock's close button) wins: a dock they closed stays
closed, one they opened stays open until the findings come and go again.
It is hidden in the window's first frame, so it is made after it (``install_checker``), where
the window's restored layout (``QMainWindow.restoreDockWidget``) or the default puts it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from kabar_desktop.gui.qt.enum_properties import set_keys
from kabar_desktop.i18n import _

if TYPE_CHECKING:
    from PySide6.QtWidgets import QListWidget

DOCK_HEIGHT = 150


class CheckerDock(QDockWidget):
    """Shown while the panel it holds lists findings, hidden (no room taken) otherwise."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._list: QListWidget | None = None
        self._had: bool | None = None  # the panel listed findings at the last look
        self.closed_by_writer = False
        self._look = QTimer(self)  # after the panel has refilled its list, not midway
        self._look.setSingleShot(True)
        self._look.setInterval(0)
        self._look.timeout.connect(self._follow)
        self.toggleViewAction().triggered.connect(self._chosen)

    def setWidget(self, widget: QWidget) -> None:  # noqa: N802 - Qt's name
        """Hold ``widget``; a findings panel (its ``list``) decides when the dock shows."""
        super().setWidget(widget)
        found = getattr(widget, "list", None)
        if found is None:  # not a findings panel: nothing to follow
            return
        from PySide6.QtWidgets import QListWidget  # not at start: its enums cost ~3 ms

        if isinstance(found, QListWidget):
            self._list = found
            model = found.model()
            for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
                signal.connect(self._look.start)

    def has_findings(self) -> bool:
        return self._list is not None and self._list.count() > 0

    def _follow(self) -> None:
        has = self.has_findings()
        if has == self._had:
            return
        self._had = has
        if not has:
            self.hide()
        elif not self.closed_by_writer:
            self.show()

    def _chosen(self, shown: bool) -> None:
        self.closed_by_writer = not shown

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """The close button: the writer's choice, kept until they show the dock again."""
        self.closed_by_writer = True
        super().closeEvent(event)


def checker_dock(window: QMainWindow, panel: QWidget | None = None) -> CheckerDock:
    """A dock in ``window`` holding ``panel``: where the writer left it (the layout the window
    restored), else at the bottom at its height; titled, hidden until the check finds
    something."""
    from PySide6.QtCore import Qt

    dock = CheckerDock(window)
    dock.setObjectName("checker-dock")
    dock.setWindowTitle(_("House-style check"))
    if panel is not None:
        dock.setWidget(panel)
    set_keys(dock, "allowedAreas", "BottomDockWidgetArea|RightDockWidgetArea")
    dock.setFeatures(
        QDockWidget.DockWidgetFeature.DockWidgetClosable
        | QDockWidget.DockWidgetFeature.DockWidgetMovable
    )
    if not window.restoreDockWidget(dock):
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        window.resizeDocks([dock], [DOCK_HEIGHT], Qt.Orientation.Vertical)
    dock.hide()  # keeps its place: it comes back there, at that height
    return dock
