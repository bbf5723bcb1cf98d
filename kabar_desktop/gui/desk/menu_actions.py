"""File ▸ Kanwil Desk… in the window's menu (rebuilt with the menus on a language switch)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from kabar_desktop.gui.qt.enum_properties import set_shortcut
from kabar_desktop.i18n import _


def install(
    parent: QWidget, menu: QMenu, show: Callable[[], object], before: QAction, enabled: bool
) -> QAction:
    """Put "Kanwil Desk…" (Ctrl+Shift+K) in ``menu`` before ``before``."""
    action = QAction(_("Kanwil &Desk…"), parent)
    action.setObjectName("desk-action")
    set_shortcut(action, "Ctrl+Shift+K")
    tip = _("Every office's drafts: read, remark, accept, publish; the month's report")
    action.setStatusTip(tip)
    action.setToolTip(tip)
    action.setEnabled(enabled)
    action.triggered.connect(lambda _checked=False: show())
    menu.insertAction(before, action)
    return action
