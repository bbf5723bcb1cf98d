"""The house-style check in the editor: findings listed in a dock, underlined in the form.

install_checker(window)  adds it to the editor window; returns the ``CheckerPanel``
"""

from kabar_desktop.gui.checker.install import CheckerController, install_checker
from kabar_desktop.gui.checker.panel import CheckerPanel

__all__ = ["CheckerController", "CheckerPanel", "install_checker"]
