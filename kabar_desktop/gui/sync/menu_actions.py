"""Sync Now, Ready to Send and the regional office's verdict in the window's menus and toolbar.

The actions belong to the File menu, so a menu rebuild (a language switch) takes them away
with it and ``install`` puts new ones in; what outlives the rebuild is the window's
``SyncController``, which the actions drive.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QColor, QIcon, QPixmap
from PySide6.QtWidgets import QMenu, QToolBar

from kabar_desktop.gui.qt.enum_properties import set_shortcut
from kabar_desktop.i18n import _

if TYPE_CHECKING:
    from kabar_desktop.gui.context import WindowContext
    from kabar_desktop.gui.sync.controller import SyncController


def install(ctl: SyncController, menu: QMenu, toolbar: QToolBar, before: QAction) -> None:
    """Sync Now, Ready to Send and the verdict in ``menu`` (before ``before``), Sync Now on the
    toolbar. The actions belong to ``menu``: a menu rebuild takes them away with it."""
    window = ctl.w
    stored = window.store is not None or window.store_pending
    sync = QAction(_("S&ync Now"), menu)
    set_shortcut(sync, "F9")  # as text: QKeySequence waits (qt.enum_properties)
    tip = _("Send the drafts marked ready to send and bring back the regional office's changes")
    sync.setStatusTip(tip)
    sync.setToolTip(tip)
    sync.setIconText(_("Sync"))
    sync.setObjectName("sync-now")
    sync.triggered.connect(lambda _checked=False: ctl.sync_now())
    ready = QAction(_("R&eady to Send"), menu)
    ready.setCheckable(True)
    ready.setObjectName("ready-to-send")
    ready.setStatusTip(_("Mark this draft to be sent to the regional office with the next sync"))
    ready.triggered.connect(ctl.set_ready)
    verdict = QAction(_("Regional Office &Verdict…"), menu)
    verdict.setObjectName("sync-verdict")
    verdict.setStatusTip(
        _("Accept this draft, ask for changes or mark it published, with a remark")
    )
    verdict.triggered.connect(lambda _checked=False: ctl.edit_verdict())
    for action in (sync, ready, verdict):
        action.setEnabled(stored)
    menu.insertActions(before, [sync, ready, verdict])
    menu.insertSeparator(before)
    toolbar.addSeparator()
    toolbar.addAction(sync)
    sync.setIcon(_blank(toolbar))  # the button's width holds; its icon after the first paint
    window.later.add(lambda: _load_icon(window, sync))
    ctl.actions = (sync, ready, verdict)
    ctl.refresh()  # in the new language (nothing is read before the controller started)
    ctl.show_state()


def _blank(toolbar: QToolBar) -> QIcon:
    pixmap = QPixmap(toolbar.iconSize())
    pixmap.fill(QColor(0, 0, 0, 0))
    return QIcon(pixmap)


def _load_icon(window: WindowContext, action: QAction) -> None:
    """The system's "synchronizing" icon, else Qt's reload arrow."""
    from PySide6.QtWidgets import QStyle

    fallback = window.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload)
    with contextlib.suppress(RuntimeError):  # the menus were rebuilt meanwhile
        action.setIcon(QIcon.fromTheme("emblem-synchronizing", fallback))


