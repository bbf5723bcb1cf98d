"""Turn the JSON content of a draft into a ``Draft`` and back, naming every bad field.

Reading collects all problems before failing, so the writer sees every one at once.
"""

from __future__ import annotations

import datetime as dt
import re

from kabar_desktop.model.draft import (
    FORMAT_NAME,
    FORMAT_VERSION,
    STATEMENT_KINDS,
    Draft,
    Paragraph,
    Person,
    Photo,
    Speaker,
    Statement,
    Style,
)
from kabar_desktop.model.migrate import migrate
from kabar_desktop.model.problems import N_, DraftError, Problem
from kabar_desktop.model.story import SPEAKER_PARTS, STORY_KINDS

TYPE_CHECKING = False  # typing costs a bare interpreter ~3 ms (cli.py)
if TYPE_CHECKING:
    from typing import Any

# Characters an XML document (DOCX, HTML) cannot hold: C0 controls other than tab, newline
# and carriage return, lone surrogates, and the two non-characters U+FFFE and U+FFFF.
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_AFTER = re.compile(r"lead|end|speakers\[\d{1,4}\]")
# The most of each list a draft holds: a real article has under 10 speakers, 40 paragraphs and
# 20 photos; 100,000 speakers took 82 s and 2.6 GB to export (issue 12 #7). Refused before
# any item is read. Photos as sync's MAX_PHOTO_FILES.
LIMITS = {
    "speakers": 100,
    "statements": 200,
    "companions": 200,
    "attendees": 200,
    "paragraphs": 500,
    "photos": 200,
}


class _Reader:
    def __init__(self, keep_unsafe: bool = False, limits: bool = True) -> None:
        self.problems: list[Problem] = []
        self.keep_unsafe = keep_unsafe
        self.limits = limits

    def fail(self, path: str, template: str, **params: Any) -> None:
        self.problems.append(Problem(path, template, params))

    def text(self, obj: dict, key: str, path: str, default: str = "") -> str:
        return self.text_value(obj.get(key, default), path, default)

    def text_value(self, value: Any, path: str, default: str = "") -> str:
        if value is None:
            return default
        if not isinstance(value, str):
            self.fail(path, N_("must be text, not {found}"), found=type(value).__name__)
            return default
        bad = None if self.keep_unsafe else _UNSAFE.search(value)
        if bad:
            self.fail(
                path,
                N_("contains a character that documents cannot hold (U+{code:04X})"),
                code=ord(bad.group()),
            )
            return _UNSAFE.sub("", value)
        return value

    def optional_text(self, obj: dict, key: str, path: str) -> str | None:
        if obj.get(key) is None:
            return None
        return self.text(obj, key, path)

    def boolean(self, obj: dict, key: str, path: str, default: bool) -> bool:
        value = obj.get(key, default)
        if not isinstance(value, bool):
            self.fail(path, N_("must be true or false"))
            return default
        return value

    def items(self, obj: dict, key: str, path: str) -> list:
        value = obj.get(key, [])
        if value is None:
            return []
        if not isinstance(value, list):
            self.fail(path, N_("must be a list"))
            return []
        if self.limits and len(value) > LIMITS[key]:
            template = N_("holds {count} items; a draft holds at most {limit}")
            self.fail(path, template, count=len(value), limit=LIMITS[key])
            return []
        return value

    def mapping(self, value: Any, path: str) -> dict | None:
        if not isinstance(value, dict):
            self.fail(path, N_("must be an object with named fields"))
            return None
        return value

    def date(self, obj: dict, key: str, path: str) -> dt.date | None:
        value = obj.get(key)
        if value is None or value == "":
            return None
        if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            self.fail(path, N_("must be a date written as YYYY-MM-DD, not {value!r}"), value=value)
            return None
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            self.fail(path, N_("{value} is not a date that exists"), value=value)
            return None


def draft_from_dict(data: Any, *, keep_unsafe: bool = False, limits: bool = True) -> Draft:
    """Read the content of ``draft.json``; raise ``DraftError`` listing every problem.

    An older version is migrated first (model/migrate.py). ``keep_unsafe`` keeps characters
    no document can hold (a pasted NUL, a lone surrogate) instead of refusing them: the store
    keeps exactly what the writer typed, and export refuses them later with the field's name.
    ``limits=False`` (the store's own drafts) reads lists past ``LIMITS`` too: a draft the
    window let grow is never lost; files and sync bundles are read within them.
    """
    r = _Reader(keep_unsafe, limits)
    if not isinstance(data, dict):
        raise DraftError([Problem("", N_("the draft must be a JSON object"))])
    if data.get("format") != FORMAT_NAME:
        r.fail(
            "format", N_("must be {expected!r}: this is not a Kabar draft"), expected=FORMAT_NAME
        )
        raise DraftError(r.problems)
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        r.fail("version", N_("must be a whole number"))
        raise DraftError(r.problems)
    if version > FORMAT_VERSION:
        r.fail(
            "version",
            N_("version {found} was written by a newer Kabar; this one reads up to {known}"),
            found=version,
            known=FORMAT_VERSION,
        )
        raise DraftError(r.problems)
    data = migrate(data)

    kind = r.optional_text(data, "kind", "kind")
    draft = Draft(
        title=r.text(data, "title", "title"),
        dateline=r.text(data, "dateline", "dateline"),
        date=r.date(data, "date", "date"),
        period=r.text(data, "period", "period"),
        organizer=r.text(data, "organizer", "organizer"),
        counterpart=r.text(data, "counterpart", "counterpart"),
        event=r.text(data, "event", "event"),
        event_detail=r.text(data, "event_detail", "event_detail"),
        venue=r.text(data, "venue", "venue"),
        participants=r.text(data, "participants", "participants"),
        purpose=r.text(data, "purpose", "purpose"),
        kind=kind.strip() or None if kind is not None else None,
        date_in_lead=r.boolean(data, "date_in_lead", "date_in_lead", True),
        lead=r.optional_text(data, "lead", "lead"),
        credit=r.text(data, "credit", "credit"),
    )
    if draft.kind is not None and draft.kind not in STORY_KINDS:
        r.fail(
            "kind",
            N_("unknown kind of story {value!r}; known kinds: {known}"),
            value=draft.kind,
            known=", ".join(STORY_KINDS),
        )
    for i, item in enumerate(r.items(data, "speakers", "speakers")):
        speaker = _speaker(r, item, f"speakers[{i}]")
        if speaker is not None:
            draft.speakers.append(speaker)
    for key in ("companions", "attendees"):
        for i, item in enumerate(r.items(data, key, key)):
            person = _person(r, item, f"{key}[{i}]")
            if person is not None:
                getattr(draft, key).append(person)
    for i, item in enumerate(r.items(data, "paragraphs", "paragraphs")):
        paragraph = _paragraph(r, item, f"paragraphs[{i}]")
        if paragraph is not None:
            draft.paragraphs.append(paragraph)
    for i, item in enumerate(r.items(data, "photos", "photos")):
        obj = r.mapping(item, f"photos[{i}]")
        if obj is not None:
            path = f"photos[{i}]"
            photo = Photo(
                file=r.text(obj, "file", f"{path}.file"),
                caption=r.text(obj, "caption", f"{path}.caption"),
                credit=r.text(obj, "credit", f"{path}.credit"),
            )
            if not photo.file.strip():
                r.fail(f"{path}.file", N_("names no photo file"))
            draft.photos.append(photo)
    style = data.get("style")
    if style is not None and r.mapping(style, "style") is not None:
        draft.style = Style(
            pad_dates=r.boolean(style, "pad_dates", "style.pad_dates", False),
            credit_inline=r.boolean(style, "credit_inline", "style.credit_inline", True),
            dateline_tag=r.text(style, "dateline_tag", "style.dateline_tag"),
            dateline_dash=r.text(style, "dateline_dash", "style.dateline_dash", "-") or "-",
            photo_credit=r.text(style, "photo_credit", "style.photo_credit"),
            photo_credit_brackets=r.boolean(
                style, "photo_credit_brackets", "style.photo_credit_brackets", True
            ),
        )
    draft.check_ignores = _check_ignores(data.get("check_ignores"))
    if r.problems:
        raise DraftError(r.problems)
    return draft


def _person(r: _Reader, item: Any, path: str) -> Person | None:
    obj = r.mapping(item, path)
    if obj is None:
        return None
    return Person(
        position=r.text(obj, "position", f"{path}.position"),
        name=r.text(obj, "name", f"{path}.name"),
    )


def _paragraph(r: _Reader, item: Any, path: str) -> Paragraph | None:
    if isinstance(item, str) or item is None:  # lenient: a bare text stands at the end
        return Paragraph(r.text_value(item, path))
    obj = r.mapping(item, path)
    if obj is None:
        return None
    after = r.text(obj, "after", f"{path}.after", "end") or "end"
    if not _AFTER.fullmatch(after):
        r.fail(
            f"{path}.after",
            N_("must be 'lead', 'end' or 'speakers[N]', not {value!r}"),
            value=after,
        )
        after = "end"
    return Paragraph(r.text(obj, "text", path), after)


def _check_ignores(value: Any) -> dict:
    """Lenient: what is not a list of strings is dropped, never an error (only a hint)."""
    if not isinstance(value, dict):
        return {}
    out = {}
    for key in ("findings", "rules"):
        items = value.get(key)
        if isinstance(items, list):
            strings = sorted({v for v in items if isinstance(v, str)})
            if strings:
                out[key] = strings
    return out


def _speaker(r: _Reader, item: Any, path: str) -> Speaker | None:
    obj = r.mapping(item, path)
    if obj is None:
        return None
    speaker = Speaker(
        name=r.text(obj, "name", f"{path}.name"),
        short_name=r.text(obj, "short_name", f"{path}.short_name"),
        position=r.text(obj, "position", f"{path}.position"),
        part=r.text(obj, "part", f"{path}.part", "narasumber") or "narasumber",
        role=r.text(obj, "role", f"{path}.role"),
        topic=r.text(obj, "topic", f"{path}.topic"),
        context=r.text(obj, "context", f"{path}.context"),
        name_first=r.boolean(obj, "name_first", f"{path}.name_first", False),
        intro=r.optional_text(obj, "intro", f"{path}.intro"),
    )
    if speaker.part not in SPEAKER_PARTS:
        r.fail(
            f"{path}.part",
            N_("unknown part {value!r}; known parts: {known}"),
            value=speaker.part,
            known=", ".join(SPEAKER_PARTS),
        )
    for j, raw in enumerate(r.items(obj, "statements", f"{path}.statements")):
        spath = f"{path}.statements[{j}]"
        st = r.mapping(raw, spath)
        if st is None:
            continue
        kind = st.get("kind")
        if kind not in STATEMENT_KINDS:
            r.fail(
                f"{spath}.kind",
                N_("must be one of {known}, not {value!r}"),
                known=", ".join(STATEMENT_KINDS),
                value=kind,
            )
            continue
        verb = r.optional_text(st, "verb", f"{spath}.verb")
        speaker.statements.append(
            Statement(
                kind=kind,
                text=r.text(st, "text", f"{spath}.text"),
                verb=normal_verb(verb) if kind == "quote" else None,
                context=r.text(st, "context", f"{spath}.context"),
                name_speaker=r.boolean(st, "name_speaker", f"{spath}.name_speaker", False),
            )
        )
    return speaker


def normal_verb(verb: str | None) -> str | None:
    """The verb as the article needs it: lowercase, one space, without a typed ``-nya``
    (``Ujarnya`` → ``ujar``); None for none."""
    if verb is None:
        return None
    verb = " ".join(verb.split()).lower()
    if verb.endswith("nya") and len(verb) > 5 and " " not in verb:
        verb = verb[:-3]
    return verb or None


def draft_to_dict(draft: Draft) -> dict:
    """The content of ``draft.json`` for ``draft`` (photo data travels beside it)."""
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "kind": draft.kind,
        "title": draft.title,
        "dateline": draft.dateline,
        "date": draft.date.isoformat() if draft.date else None,
        "period": draft.period,
        "organizer": draft.organizer,
        "counterpart": draft.counterpart,
        "event": draft.event,
        "event_detail": draft.event_detail,
        "venue": draft.venue,
        "participants": draft.participants,
        "purpose": draft.purpose,
        "date_in_lead": draft.date_in_lead,
        "lead": draft.lead,
        "speakers": [
            {
                "name": s.name,
                "short_name": s.short_name,
                "position": s.position,
                "part": s.part,
                "role": s.role,
                "topic": s.topic,
                "context": s.context,
                "name_first": s.name_first,
                "intro": s.intro,
                "statements": [_statement_dict(st) for st in s.statements],
            }
            for s in draft.speakers
        ],
        "companions": [{"position": p.position, "name": p.name} for p in draft.companions],
        "attendees": [{"position": p.position, "name": p.name} for p in draft.attendees],
        "paragraphs": [{"text": p.text, "after": p.after} for p in draft.paragraphs],
        "photos": [
            {"file": p.file, "caption": p.caption, "credit": p.credit} for p in draft.photos
        ],
        "credit": draft.credit,
        "style": {
            "pad_dates": draft.style.pad_dates,
            "credit_inline": draft.style.credit_inline,
            "dateline_tag": draft.style.dateline_tag,
            "dateline_dash": draft.style.dateline_dash,
            "photo_credit": draft.style.photo_credit,
            "photo_credit_brackets": draft.style.photo_credit_brackets,
        },
        **({"check_ignores": _check_ignores(draft.check_ignores)} if draft.check_ignores else {}),
    }


def _statement_dict(st: Statement) -> dict:
    if st.kind == "paraphrase":
        return {"kind": "paraphrase", "text": st.text}
    out: dict = {"kind": "quote", "text": st.text, "verb": st.verb, "context": st.context}
    if st.name_speaker:
        out["name_speaker"] = True
    return out


def past_limits(draft: Draft) -> list[Problem]:
    """Why a file of ``draft`` would be refused when read again: a list past ``LIMITS``, or
    ``draft.json`` past model/draft_json.py's size. The store keeps such a draft (read with
    ``limits=False``); the window must not write a file of it that Kabar then refuses."""
    import json

    from kabar_desktop.model.draft_json import MAX_JSON_BYTES

    lists: list[tuple[str, str, list]] = [
        (key, key, getattr(draft, key))
        for key in ("speakers", "companions", "attendees", "paragraphs", "photos")
    ]
    lists += [
        ("statements", f"speakers[{i}].statements", s.statements)
        for i, s in enumerate(draft.speakers)
    ]
    template = N_("holds {count} items; a draft holds at most {limit}")
    problems = [
        Problem(path, template, {"count": len(items), "limit": LIMITS[key]})
        for key, path, items in lists
        if len(items) > LIMITS[key]
    ]
    text = json.dumps(draft_to_dict(draft), ensure_ascii=False, indent=2)
    if len(text.encode("utf-8", "surrogatepass")) > MAX_JSON_BYTES:
        template = N_("is larger than {limit} MB: too large to be a draft")
        problems.append(Problem("", template, {"limit": MAX_JSON_BYTES // (1024 * 1024)}))
    return problems
