"""What the form lets a draft grow to: whatever the window saves, Kabar opens again.

A draft file is refused past its limits (model/parse.py ``LIMITS`` for each list,
model/draft_json.py's 2 MB of JSON), so the form stops the writer there: an Add button at its
list's limit is disabled and says why; one field holds at most ``FIELD_CHARS`` characters
(a 5 MB paste keeps its first 100,000: twice the longest real article); and no typing, paste
or Add takes the draft's JSON past ``DRAFT_BYTES`` (100 speakers with 200 empty statements
each would already be 2.4 MB). What was typed within the limits is never cut; a draft that
came in larger (the store reads its own drafts past the limits) is shown whole and may only
shrink. Each refusal is said in the status bar. Issue 12 #7.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QWidget

from kabar_desktop.gui.editor.draft_size import draft_bytes, json_bytes
from kabar_desktop.i18n import _
from kabar_desktop.model.draft_json import MAX_JSON_BYTES
from kabar_desktop.model.parse import LIMITS

if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractButton

    from kabar_desktop.gui.editor.draft_session import DraftSession
    from kabar_desktop.model.draft import Draft

FIELD_CHARS = 100_000
# Room left under the file limit: a .kabar names each photo "photos/<name>" (up to 255
# characters each, 200 photos) where the draft holds the name it came with.
DRAFT_BYTES = MAX_JSON_BYTES - 64 * 1024
ITEM_BYTES = 1024  # what one new empty entry (a statement, a speaker, …) adds, at most
# Within this much of DRAFT_BYTES the room is measured afresh, not taken from what typing
# added up (gui/editor/draft_size.py): the figure that stops the writer is always exact.
NEAR_BYTES = 64 * 1024
_NORMAL_TIP = "kabarNormalTip"  # the property keeping an Add button's own tooltip


def list_limit(key: str) -> int:
    """The most entries of list ``key`` ("speakers", "statements", …) a draft file holds."""
    return LIMITS[key]


def full_message(key: str) -> str:
    """Why an Add button is disabled: "Paling banyak 100 pembicara dalam satu berita"."""
    messages = {
        "speakers": _("At most {count} speakers in one article"),
        "statements": _("At most {count} statements for one speaker"),
        "paragraphs": _("At most {count} paragraphs in one article"),
        "companions": _("At most {count} companions in one article"),
        "attendees": _("At most {count} attendees in one article"),
        "photos": _("At most {count} photos in one article"),
    }
    return messages[key].format(count=list_limit(key))


def draft_room(draft: Draft) -> int:
    """How many bytes of JSON the draft may still grow by (negative: it came in larger)."""
    return DRAFT_BYTES - draft_bytes(draft)


def session_room(session: DraftSession) -> int:
    """``draft_room`` of the session's draft, without serializing it on every keystroke:
    from the size typing has followed, measured again when unknown or near the limit."""
    size = session.size.of(session.draft)
    if DRAFT_BYTES - size < NEAR_BYTES:
        size = session.size.measure(session.draft)
    return DRAFT_BYTES - size


def full_draft_message() -> str:
    return _("The draft is full: a draft holds at most {size} MB; nothing more was added").format(
        size=MAX_JSON_BYTES // (1024 * 1024)
    )


def full_field_message(cap: int) -> str:
    text = _("The field is full: a field holds at most {count} characters; the rest was not added")
    return text.format(count=cap)


def tell(widget: QWidget, message: str) -> None:
    """Say ``message`` in the window's status bar (Qt carries a status tip up to it)."""
    from PySide6.QtGui import QStatusTipEvent

    QApplication.sendEvent(widget, QStatusTipEvent(message))


def limit_button(button: QAbstractButton, count: int, key: str) -> None:
    """Disable an Add button once its list holds ``list_limit(key)`` entries; its tooltip and
    accessible description say why. Enabled again (its own tooltip back) below the limit."""
    normal = button.property(_NORMAL_TIP)
    if normal is None:
        normal = button.toolTip()
        button.setProperty(_NORMAL_TIP, normal)
    full = count >= list_limit(key)
    tip = full_message(key) if full else normal
    button.setEnabled(not full)
    button.setToolTip(tip)
    button.setAccessibleDescription(tip)


def may_add(widget: QWidget, draft: Draft, count: int, key: str) -> bool:
    """Whether one more entry fits list ``key`` and the draft's size; if not, say why (the
    keyboard's Insert reaches an Add action even when its button is disabled)."""
    if count >= list_limit(key):
        tell(widget, full_message(key))
        return False
    if draft_room(draft) < ITEM_BYTES:
        tell(widget, full_draft_message())
        return False
    return True


def fit(known: str, text: str, cursor: int, cap: int, room: int | None) -> int:
    """How many characters to take back just before ``cursor`` so that ``text`` (``known``
    a moment ago) holds at most ``cap`` characters and grows the draft's JSON by at most
    ``room`` bytes (None: no draft to measure). Only what was just added is taken back."""
    added = len(text) - len(known)
    if added <= 0 or cursor < added or not known.endswith(text[cursor:]):
        return 0  # not an insertion ending at the cursor: nothing there is surely new
    take = min(max(0, len(text) - cap), added)
    if room is None:
        return min(take, added)
    base = json_bytes(known)

    def grows(k: int) -> int:
        return json_bytes(text[: cursor - k] + text[cursor:]) - base

    if room >= 6 * (added - take) + 2 or grows(take) <= room:  # 6: "\u0001", the most
        return take  # a character can take in JSON (the first test spares a typed key 2 dumps)
    lo, hi = take, added  # the fewest characters to take back: grows() falls as k rises
    while lo < hi:
        mid = (lo + hi) // 2
        if grows(mid) <= room:
            hi = mid
        else:
            lo = mid + 1
    return lo
