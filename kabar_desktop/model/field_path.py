"""The address of one field of a draft: ``speakers[1].statements[0].text``.

Checker findings, undo commands, the history's diff, the form's underlines and (later) the
regional office's remarks all point at a field the same way. This is the one place that
reads and writes that address, so they cannot disagree about it.
"""

from __future__ import annotations

import dataclasses
import re

FieldPath = tuple[str | int, ...]  # ("speakers", 1, "statements", 0, "text")

_PART = re.compile(r"([A-Za-z_]+)((?:\[\d{1,6}\])*)")
_INDEX = re.compile(r"\[\d+\]")


def parse(text: str) -> FieldPath:
    """``"speakers[1].statements[0].text"`` as ``("speakers", 1, "statements", 0, "text")``.

    Raises ``ValueError`` for anything else (an empty text is the empty path: the draft).
    """
    if not text:
        return ()
    path: list[str | int] = []
    for part in text.split("."):
        m = _PART.fullmatch(part)
        if m is None:
            raise ValueError(f"not a draft path: {text!r}")
        path.append(m.group(1))
        path.extend(int(i) for i in re.findall(r"\d+", m.group(2)))
    return tuple(path)


def parse_or_none(text: str) -> FieldPath | None:
    """``parse(text)``, or ``None`` when ``text`` is not a field path (data from outside)."""
    try:
        return parse(text)
    except ValueError:
        return None


def format_path(path: FieldPath) -> str:
    """The text form of ``path``: the inverse of ``parse``."""
    out = ""
    for step in path:
        if isinstance(step, int):
            out += f"[{step}]"
        else:
            out += f".{step}" if out else step
    return out


def generic(text: str) -> str:
    """The path with its indices blanked (``speakers[].statements[].text``): which *kind*
    of field it is, whatever its position."""
    return _INDEX.sub("[]", text)


def index_of(path: FieldPath, name: str) -> int | None:
    """The index following ``name`` in ``path`` (``speakers`` → 1), if any."""
    for i, step in enumerate(path[:-1]):
        if step == name and isinstance(path[i + 1], int):
            return path[i + 1]  # type: ignore[return-value]
    return None


def get(draft: object, path: FieldPath) -> object:
    """The value at ``path``; raises ``LookupError``/``AttributeError`` if there is none."""
    obj = draft
    for step in path:
        obj = obj[step] if isinstance(step, int) else getattr(obj, step)  # type: ignore[index]
    return obj


def resolve(draft: object, path: FieldPath) -> object | None:
    """The value at ``path``, or ``None`` when the draft has no such field (a finding or a
    remark about a speaker who has since been deleted)."""
    obj = draft
    for step in path:
        if isinstance(step, int):
            if not isinstance(obj, list) or not 0 <= step < len(obj):
                return None
            obj = obj[step]
        elif dataclasses.is_dataclass(obj) and hasattr(obj, step):
            obj = getattr(obj, step)
        else:
            return None
    return obj


def put(draft: object, path: FieldPath, value: object) -> None:
    """Set the value at ``path``; the empty path replaces the draft's fields in place (so
    whoever holds the draft keeps holding the current one)."""
    if not path:
        for f in dataclasses.fields(value):  # type: ignore[arg-type]
            setattr(draft, f.name, getattr(value, f.name))
        return
    holder, last = get(draft, path[:-1]), path[-1]
    if isinstance(last, int):
        holder[last] = value  # type: ignore[index]
    else:
        setattr(holder, last, value)
