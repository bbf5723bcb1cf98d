"""Where a finding is, in the words the form uses: "Judul", "Pembicara 2 — kutipan 1"."""

from __future__ import annotations

from kabar_desktop.gui.form.fields import parse_path
from kabar_desktop.i18n import _
from kabar_desktop.model.draft import Draft


def _facts() -> dict[str, str]:
    return {
        "title": _("Title"),
        "dateline": _("City"),
        "period": _("Period"),
        "organizer": _("Office"),
        "counterpart": _("Other party"),
        "event": _("Event"),
        "event_detail": _("Event detail"),
        "venue": _("Venue"),
        "participants": _("Participants"),
        "purpose": _("Opening clause"),
        "lead": _("Lead"),
        "credit": _("Writer's credit"),
    }


def _speaker_part(draft: Draft, i: int, rest: list[tuple[str, int | None]]) -> str:
    field, j = rest[0]
    if field == "statements" and j is not None:
        speakers = draft.speakers
        statements = speakers[i].statements if 0 <= i < len(speakers) else []
        quote = 0 <= j < len(statements) and statements[j].kind == "quote"
        what = _("quote {number}") if quote else _("paraphrase {number}")
        text = what.format(number=j + 1)
        if len(rest) > 1 and rest[1][0] == "context":
            text = _("{statement}, after the verb").format(statement=text)
        elif len(rest) > 1 and rest[1][0] == "verb":
            text = _("{statement}, attribution verb").format(statement=text)
        return text
    parts = {
        "name": _("name"),
        "short_name": _("short name"),
        "position": _("position"),
        "role": _("role"),
        "topic": _("topic"),
        "context": _("before the introduction"),
        "intro": _("introduction"),
    }
    return parts.get(field, field)


def field_label(path: str, draft: Draft) -> str:
    """``speakers[1].statements[0]`` → "Speaker 2 — quote 1" (translated); "" for no field."""
    parts = parse_path(path) if path else None
    if not parts:
        return ""
    (name, i), rest = parts[0], parts[1:]
    if i is None and not rest and name in _facts():
        return _facts()[name]
    if name == "paragraphs" and i is not None:
        return _("Paragraph {number}").format(number=i + 1)
    if name in ("companions", "attendees") and i is not None:
        who = _("Companion {number}") if name == "companions" else _("Attendee {number}")
        field = _("name") if rest and rest[0][0] == "name" else _("position")
        return _("{who} — {field}").format(who=who.format(number=i + 1), field=field)
    if name == "photos" and i is not None:
        part = _("credit") if rest and rest[0][0] == "credit" else _("caption")
        return _("Photo {number} — {part}").format(number=i + 1, part=part)
    if name == "speakers" and i is not None:
        if not rest:
            return _("Speaker {number}").format(number=i + 1)
        part = _speaker_part(draft, i, rest)
        return _("Speaker {number} — {part}").format(number=i + 1, part=part)
    return path
