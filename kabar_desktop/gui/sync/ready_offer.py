"""Sync by hand with nothing marked Ready to Send: say so, and how to mark a draft.

A sync sends only the drafts marked Ready to Send. A writer who has not marked the draft
saw "Sync done: nothing new." and thought the sync did nothing; now, before such a sync,
Kabar says what is waiting, where a draft is marked, and offers to mark the open draft.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from kabar_desktop.i18n import _

if TYPE_CHECKING:
    from kabar_desktop.gui.context import WindowContext


class SyncController(Protocol):
    """What is used of the window's ``controller.SyncController`` (it imports this module)."""

    @property
    def w(self) -> WindowContext: ...

    def status(self) -> str: ...

    def set_ready(self, checked: bool) -> None: ...


def _plain(label: str) -> str:
    """A menu label as a sentence names it: no mnemonic, no ellipsis."""
    return label.replace("&", "").rstrip("…")


def how_to_mark() -> str:
    """Where a draft is marked ready, in the menus' own words."""
    return _(
        "A draft is sent once it is marked: {menu} ▸ {ready} for the open draft, "
        "or {drafts} ▸ {status} for several."
    ).format(
        menu=_plain(_("&File")),
        ready=_plain(_("R&eady to Send")),
        drafts=_plain(_("Dra&fts…")),
        status=_plain(_("Change Status")),
    )


def nothing_sent_hint() -> str:
    """For the status bar after a sync that sent nothing because nothing was marked."""
    return _("Nothing was marked Ready to Send.") + " " + how_to_mark()


def waiting_count(ctl: SyncController) -> int | None:
    """Drafts waiting to be sent (None: the store could not say)."""
    from kabar_desktop.store import StoreError
    from kabar_desktop.store import sync_state as state

    store = ctl.w.store
    if store is None:  # files only: nothing is waiting
        return None
    try:
        return state.waiting(store)
    except StoreError:
        return None


def offer_ready(ctl: SyncController) -> bool:
    """Before a sync by hand: with nothing waiting and the open draft not marked, say so and
    offer to mark it. False: the user cancelled the sync."""
    from PySide6.QtWidgets import QMessageBox  # made on first use, not at start

    w = ctl.w
    if waiting_count(ctl) != 0 or w.session.draft_id is None or ctl.status() != "draft":
        return True
    title = " ".join(w.session.draft.title.split()) or _("New draft")
    text = "\n\n".join(
        (
            _(
                "Nothing is marked Ready to Send, so this sync sends nothing: it only brings "
                "back the regional office's changes."
            ),
            how_to_mark(),
            _("Mark the open draft “{title}” ready to send now?").format(title=title),
        )
    )
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(
        w.widget, _("Sync"), text, buttons.Yes | buttons.No | buttons.Cancel, buttons.Yes
    )
    if answer == buttons.Cancel:
        return False
    if answer == buttons.Yes:
        ctl.set_ready(True)
    return True
