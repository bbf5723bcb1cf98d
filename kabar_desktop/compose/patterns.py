"""The sentence patterns of ``templates/compose/``: loading them and filling them in.

A filled pattern is a list of segments ``(text, source)``: ``source`` is the field path of a
fact the writer typed, or ``""`` for the pattern's own words, so composed text and the
writer's text stay apart all the way to the exporters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kabar_desktop import paths

_TOKEN = re.compile(r"\[|\]|\{([A-Za-z_]+)\}|[^\[\]{]+|\{")
Segment = tuple[str, str]  # (text, source)


@dataclass(frozen=True)
class Value:
    """A fact for a pattern: its text and the field it came from."""

    text: str
    source: str = ""


Values = dict[str, Value | list[Segment]]


@cache
def load_patterns(language: str = "id") -> dict:
    """The patterns of ``templates/compose/<language>.toml``, parsed once per installation
    (file_cache.py: tomllib cost every ``kabar export`` ~7 ms)."""
    from kabar_desktop.file_cache import read_kept

    path: Path = paths.templates_dir() / "compose" / f"{language}.toml"
    return read_kept(path, f"compose-{language}.marshal", _read_toml)


def _read_toml(data: bytes) -> dict:
    import tomllib

    return tomllib.loads(data.decode("utf-8"))


@cache
def _parse(pattern: str) -> tuple:
    """Pattern → tuple of items: ("lit", text) | ("field", name) | ("opt", items)."""
    stack: list[list] = [[]]
    for m in _TOKEN.finditer(pattern):
        token = m.group(0)
        if token == "[":
            stack.append([])
        elif token == "]" and len(stack) > 1:
            group = stack.pop()
            stack[-1].append(("opt", tuple(group)))
        elif m.group(1):
            stack[-1].append(("field", m.group(1)))
        else:
            stack[-1].append(("lit", token))
    while len(stack) > 1:  # an unclosed "[" is read as plain text
        group = stack.pop()
        stack[-1].append(("lit", "["))
        stack[-1].extend(group)
    return tuple(stack[0])


def fill(pattern: str, values: Values) -> list[Segment]:
    """Fill ``pattern`` with ``values``; raise ``KeyError`` for a field the caller lacks."""
    segments = _render(_parse(pattern), values)
    return _tidy(segments) if segments is not None else []


def fill_text(pattern: str, values: Values) -> str:
    """``fill`` as plain text, for parts that carry no writer's text worth tracking."""
    return "".join(text for text, _ in fill(pattern, values))


def _lookup(name: str, values: Values) -> list[Segment]:
    key = name[0].lower() + name[1:]
    value = values[key]
    segs = [(value.text, value.source)] if isinstance(value, Value) else list(value)
    segs = [s for s in segs if s[0]]
    if name[0].isupper() and segs:
        text, source = segs[0]
        segs[0] = (text[0].upper() + text[1:], source)
    return segs


def _render(items: tuple, values: Values, optional: bool = False) -> list[Segment] | None:
    out: list[Segment] = []
    for item in items:
        kind, payload = item
        if kind == "lit":
            out.append((payload, ""))
        elif kind == "field":
            segs = _lookup(payload, values)
            if not segs and optional:
                return None
            out.extend(segs)
        else:
            out.extend(_render(payload, values, optional=True) or [])
    return out


def _tidy(segments: list[Segment]) -> list[Segment]:
    """Merge neighbours of the same source, close up ",,", capitalise the first letter."""
    merged: list[list[str]] = []
    for text, source in segments:
        if merged and merged[-1][1] == source:
            merged[-1][0] += text
        else:
            merged.append([text, source])
    for i in range(len(merged) - 1):  # ", ," or ",," across the omitted part
        if merged[i][0].rstrip().endswith(",") and merged[i + 1][0].lstrip().startswith(","):
            merged[i + 1][0] = merged[i + 1][0].lstrip()[1:]
    for seg in merged:
        seg[0] = seg[0].replace(",,", ",")
    merged = [m for m in merged if m[0]]
    if merged:
        first = merged[0][0]
        merged[0][0] = first[:1].upper() + first[1:]
    return [(t, s) for t, s in merged]
