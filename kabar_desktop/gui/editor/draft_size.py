"""The size of the draft's ``draft.json``, followed keystroke by keystroke.

The form stops a draft short of the size a draft file may have (gui/form/limits.py), so every
insertion asks how much room is left. Serializing the whole draft to answer costs ~13 ms on a
1.7 MB draft: on every key. Typing changes one text field, and a text field is one JSON
string in ``draft.json``, so the size changes by exactly what that string's JSON changes by.
``DraftSize`` adds that up and serializes the draft again only when it cannot follow (a
structural change, an undo, a new draft) or when asked for the exact figure (near the limit).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kabar_desktop.model.draft import Draft


def json_bytes(value: object) -> int:
    """What ``value`` (a text, None, a number) takes in ``draft.json`` (escapes included)."""
    return len(json.dumps(value, ensure_ascii=False).encode("utf-8", "surrogatepass"))


def draft_bytes(draft: Draft) -> int:
    """The size of ``draft.json`` for ``draft``, as a saved ``.kabar`` holds it."""
    from kabar_desktop.model.parse import draft_to_dict

    text = json.dumps(draft_to_dict(draft), ensure_ascii=False, indent=2)
    return len(text.encode("utf-8", "surrogatepass"))


class DraftSize:
    """The last measured size of a draft's JSON plus what typing changed since."""

    def __init__(self) -> None:
        self._bytes: int | None = None  # None: not known (measured at the next question)
        self.measured = 0  # how often the whole draft was serialized (tests count them)

    def typed(self, old: object, new: object) -> None:
        """A text field went from ``old`` to ``new`` (None is an empty own lead)."""
        if self._bytes is None:
            return
        if isinstance(new, str | None) and isinstance(old, str | None):
            self._bytes += json_bytes(new) - json_bytes(old)
        else:  # a date, a choice: not worth following
            self._bytes = None

    def forget(self) -> None:
        """The draft changed in a way not followed here: measure at the next question."""
        self._bytes = None

    def of(self, draft: Draft) -> int:
        """The size of ``draft.json`` for ``draft``, measured only if not known."""
        if self._bytes is None:
            return self.measure(draft)
        return self._bytes

    def measure(self, draft: Draft) -> int:
        """The exact size, serialized now."""
        self.measured += 1
        self._bytes = draft_bytes(draft)
        return self._bytes
