"""The house-style check in the editor: findings listed in a dock, underlined in the form.

checker_dock(window)     places the (still empty) dock, so the window's first frame has it
install_checker(window)  fills it and wires the checks; returns the ``CheckerController``

The package imports its parts when they are asked for: the dock alone costs little, the
panel, the underlines and the checks come after the window's first paint.
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
