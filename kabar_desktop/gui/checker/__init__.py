"""The house-style check in the editor: findings listed in a dock, underlined in the form.

checker_dock(window)     places the dock (hidden until the check finds something)
install_checker(window)  places it with the panel and wires the checks; returns the
                         ``CheckerController``

The package imports its parts when they are asked for: all of them come after the window's
first paint (the dock is hidden in that frame).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kabar_desktop.gui.checker.dock import checker_dock
    from kabar_desktop.gui.checker.panel import CheckerPanel
    from kabar_desktop.gui.checker.window_binding import CheckerController, install_checker

__all__ = ["CheckerController", "CheckerPanel", "checker_dock", "install_checker"]
_WHERE = {
    "checker_dock": "dock",
    "CheckerController": "window_binding",
    "install_checker": "window_binding",
    "CheckerPanel": "panel",
}


def __getattr__(name: str):
    if name not in _WHERE:
        raise AttributeError(name)
    from importlib import import_module

    return getattr(import_module(f"{__name__}.{_WHERE[name]}"), name)
