"""Find in the form: the draft's text fields in the order the form shows them, searched in
the draft itself (a speaker or statement not on screen is found too), then shown in its input.

Matches are (field index, start, end) in the field's text as the draft holds it; the form's
inputs show that same text, so the span selects the words found.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple, Protocol

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

if TYPE_CHECKING:
    from kabar_desktop.model.draft import Draft

# The facts tab's text fields in the order it shows them (gui/form/facts.py; the editor sits
# below the form and does not import it).
FACTS = (
    *("title", "dateline", "period", "organizer", "counterpart", "event", "event_detail"),
    *("venue", "participants", "purpose"),
)
_SPEAKER = ("name", "short_name", "position", "topic", "context")
_PERSON = ("position", "name")


class SearchableForm(Protocol):
    """What finding needs of the form (``gui.form.FormPanel``)."""

    def focus_field(self, path: str) -> bool: ...

    def field_widget(self, path: str) -> QWidget | None: ...


class Match(NamedTuple):
    field: int  # index in ``text_fields``
    start: int
    end: int


def text_fields(draft: Draft) -> list[tuple[str, str]]:
    """(path, text) of every text the writer typed, tab by tab, top to bottom."""
    out: list[tuple[str, str]] = []
    out += [(name, getattr(draft, name)) for name in FACTS]
    if draft.lead is not None:
        out.append(("lead", draft.lead))
    for group in ("companions", "attendees"):
        for i, person in enumerate(getattr(draft, group)):
            out += [(f"{group}[{i}].{f}", getattr(person, f)) for f in _PERSON]
    for i, speaker in enumerate(draft.speakers):
        out += [(f"speakers[{i}].{f}", getattr(speaker, f)) for f in _SPEAKER]
        if speaker.intro is not None:
            out.append((f"speakers[{i}].intro", speaker.intro))
        for j, statement in enumerate(speaker.statements):
            where = f"speakers[{i}].statements[{j}]"
            out.append((where, statement.text))
            out.append((f"{where}.context", statement.context))
    out += [(f"paragraphs[{i}]", p.text) for i, p in enumerate(draft.paragraphs)]
    out.append(("credit", draft.credit))
    for i, photo in enumerate(draft.photos):
        out += [(f"photos[{i}].caption", photo.caption), (f"photos[{i}].credit", photo.credit)]
    return [(path, text) for path, text in out if text]


def find_all(fields: list[tuple[str, str]], needle: str) -> list[Match]:
    """Every occurrence of ``needle`` (ignoring case), in reading order."""
    if not needle:
        return []
    low = needle.lower()
    found = []
    for k, (_path, text) in enumerate(fields):
        hay = text.lower()
        start = hay.find(low)
        while start >= 0:
            found.append(Match(k, start, start + len(needle)))
            start = hay.find(low, start + 1)
    return found


def text_input(widget: QWidget | None) -> QWidget | None:
    """The text box inside what ``FormPanel.field_widget`` gives (a combo's line edit)."""
    if isinstance(widget, QComboBox):
        return widget.lineEdit()
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        return widget
    return None


def show_match(form: SearchableForm, path: str, match: Match, needle: str) -> QWidget | None:
    """Show the tab and input of ``path`` with the match selected and scrolled to; the input
    (None when the form cannot show the field)."""
    if not form.focus_field(path):
        return None
    box = text_input(form.field_widget(path))
    if box is None:
        return None
    if isinstance(box, QLineEdit):
        text = box.text()
        start = _nearest(text, needle, match.start)
        if start is not None:
            box.setSelection(start, len(needle))
        return box
    assert isinstance(box, QPlainTextEdit | QTextEdit)
    start = _nearest(box.toPlainText(), needle, match.start)
    if start is not None:
        cursor = box.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(start + len(needle), cursor.MoveMode.KeepAnchor)
        box.setTextCursor(cursor)
        box.ensureCursorVisible()
    return box


def deselect(box: QWidget) -> None:
    """Take the selection of an earlier match away (the text stays as it is)."""
    if isinstance(box, QLineEdit):
        box.deselect()
    elif isinstance(box, QPlainTextEdit | QTextEdit):
        cursor = box.textCursor()
        cursor.clearSelection()
        box.setTextCursor(cursor)


def _nearest(text: str, needle: str, start: int) -> int | None:
    """Where ``needle`` is in the input's text, nearest to ``start`` (the draft's offset)."""
    low, hay = needle.lower(), text.lower()
    if hay[start : start + len(low)] == low:
        return start
    found, at = [], hay.find(low)
    while at >= 0:
        found.append(at)
        at = hay.find(low, at + 1)
    return min(found, key=lambda s: abs(s - start)) if found else None
