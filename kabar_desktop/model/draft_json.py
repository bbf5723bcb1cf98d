"""A draft file's JSON text → Python values, refused early and in one line when it could harm.

``json.loads`` alone lets through what costs time or memory, or raises what is no
``JSONDecodeError``: a 200 MB file (80 s, 3.6 GB to export), nesting 100,000 deep
(``RecursionError``), a 5,000-digit number (``ValueError``: Python refuses to turn it into an
int). The size is checked before anything is read whole, long numbers while parsing, and
nesting by the parser itself (its C recursion guard, about 1,000 levels: checking first would
take a pattern that is quadratic on unclosed strings). Issue 12 #5, #7; docs/draft-format.md.
"""

from __future__ import annotations

import json
from pathlib import Path

from kabar_desktop.model.problems import N_, DraftError, Problem
from kabar_desktop.regular_file import TooLarge, read_capped

TYPE_CHECKING = False  # typing costs a bare interpreter ~3 ms (cli.py)
if TYPE_CHECKING:
    from typing import BinaryIO

# A real article is under 5,000 words (35 KB of text; its draft.json under 100 KB): 2 MB is
# twenty times the longest report ever sent, and still reads, composes and checks in seconds.
MAX_JSON_BYTES = 2 * 1024 * 1024
# The largest photo file Kabar takes (photo_check.py); kept here, beside the draft's own limit,
# so that reading a draft without photos loads no photo module.
MAX_PHOTO_BYTES = 60 * 1024 * 1024
MAX_DIGITS = 30  # no number in a draft has more (the version is 2)


class _LongNumber(Exception):
    pass


def _number(text: str) -> int:
    if len(text.lstrip("-")) > MAX_DIGITS:
        raise _LongNumber
    return int(text)


def read_json_from(f: BinaryIO, path: Path, cap: int = MAX_JSON_BYTES) -> bytes:
    """The rest of the open draft file ``f``: its size checked before reading and counted
    while reading, so a huge file is never read whole."""
    try:
        return read_capped(f, cap, path)
    except TooLarge:
        raise _too_big("", cap) from None


def not_regular() -> DraftError:
    """A FIFO, a device or a socket named as a draft."""
    return DraftError([Problem("", N_("is not a regular file"))])


def _too_big(where: str, cap: int) -> DraftError:
    template = N_("is larger than {limit} MB: too large to be a draft")
    return DraftError([Problem(where, template, {"limit": cap // (1024 * 1024)})])


def load_draft_json(raw: bytes, where: str) -> object:
    """``raw`` (UTF-8, a BOM allowed) as JSON within the limits; else ``DraftError``."""
    if len(raw) > MAX_JSON_BYTES:
        raise _too_big(where, MAX_JSON_BYTES)
    try:
        text = raw.removeprefix(b"\xef\xbb\xbf").decode()  # "utf-8-sig" is one module more
    except UnicodeDecodeError:
        raise DraftError([Problem(where, N_("is not UTF-8 text"))]) from None
    try:
        return json.loads(text, parse_int=_number)
    except json.JSONDecodeError as exc:
        template = N_("is not valid JSON (line {line}, column {column}: {reason})")
        params = {"line": exc.lineno, "column": exc.colno, "reason": exc.msg}
        raise DraftError([Problem(where, template, params)]) from None
    except _LongNumber:
        template = N_("holds a number longer than {limit} digits: it is not a Kabar draft")
        raise DraftError([Problem(where, template, {"limit": MAX_DIGITS})]) from None
    except RecursionError:
        template = N_("is nested too deeply: it is not a Kabar draft")
        raise DraftError([Problem(where, template)]) from None
    except ValueError:  # what the checks above cannot foresee
        raise DraftError([Problem(where, N_("is not valid JSON"))]) from None
