"""The one check of a bundle's metadata (``kabar-sync.json``, or a ``.gone`` file).

Every value is checked here for its type, range and length before the engine or the store
sees it: a ``gen`` of ``[]`` or 10**30, ``ancestors`` of 5, ``conflict_of`` of ``{}`` or a
revision among its own ancestors would otherwise stop the sync later, far from the bundle
that caused it. A refusal names the field; the sync sets the bundle aside and goes on.
"""

from __future__ import annotations

import math
import re
from typing import Any

from kabar_desktop.model.problems import N_, DraftError, Problem
from kabar_desktop.store import remarks as remarks_
from kabar_desktop.store.errors import StoreError
from kabar_desktop.store.sync_state import MAX_ANCESTORS, REVIEWS, checked_day, checked_url

from .bundle_read import Refused

FORMAT = "kabar-sync"
VERSION = 1
MAX_GEN = 10**9  # revisions of one draft: more than any office makes
MAX_ORIGIN = 1_000  # an office's name
MAX_REMARK = 100_000  # the Kanwil's remark, in characters (6 bytes each at most)
MAX_PHOTO_FILES = 200
MAX_PHOTO_NAME = 1_000
MAX_TIME = 10**11  # epoch seconds: year 5138
_UUID = re.compile(r"[0-9a-f]{32}\Z")
_REV = re.compile(r"[0-9a-f]{24}\Z")


def checked(data: Any, name: str) -> dict[str, Any]:
    """The fields of a ``Meta`` from the parsed JSON ``data`` of bundle ``name``."""
    if not isinstance(data, dict):
        raise Refused(N_("its sync metadata is not a JSON object"))
    if data.get("format") != FORMAT:
        raise Refused(N_("is not a Kabar sync bundle"))
    version = data.get("version")
    if type(version) is not int or version < 1:
        raise _field("version")
    if version > VERSION:
        raise DraftError(
            [
                Problem(
                    "",
                    N_("{name} was written by a newer Kabar (sync format {found})"),
                    {"name": name, "found": version},
                )
            ]
        )
    uuid, rev = _text(data, "uuid", _UUID), _text(data, "rev", _REV)
    gen = data.get("gen")
    if type(gen) is not int or not 1 <= gen <= MAX_GEN:
        raise _field("gen")
    ancestors = data.get("ancestors", [])
    if (
        not isinstance(ancestors, list)
        or len(ancestors) > MAX_ANCESTORS
        or not all(isinstance(a, str) and _REV.match(a) for a in ancestors)
        or rev in ancestors
        or len(set(ancestors)) != len(ancestors)
    ):
        raise _field("ancestors")
    base = _optional(data, "base", _REV)
    if base == rev:
        raise _field("base")
    conflict_of = _optional(data, "conflict_of", _UUID)
    if conflict_of == uuid:
        raise _field("conflict_of")
    photo_files = data.get("photo_files", [])
    if (
        not isinstance(photo_files, list)
        or len(photo_files) > MAX_PHOTO_FILES
        or not all(isinstance(f, str) and 0 < len(f) <= MAX_PHOTO_NAME for f in photo_files)
    ):
        raise _field("photo_files")
    deleted = data.get("deleted", False)
    if type(deleted) is not bool:
        raise _field("deleted")
    review = _string(data, "review", 50)
    if review not in REVIEWS:
        raise _field("review")
    return {
        "uuid": uuid,
        "rev": rev,
        "gen": gen,
        "ancestors": ancestors,
        "origin": _string(data, "origin", MAX_ORIGIN),
        "review": review,
        "remark": _string(data, "remark", MAX_REMARK),
        "deleted": deleted,
        "conflict_of": conflict_of,
        "photo_files": photo_files,
        "base": base,
        **_desk(data),
    }


def _desk(data: dict) -> dict[str, Any]:
    """The Kanwil desk's fields (docs/desk.md): absent means empty."""
    sent = data.get("sent")
    if sent is not None and not _time_ok(sent):
        raise _field("sent")
    url, on = _string(data, "published_url", 10_000), _string(data, "published_on", 40)
    try:
        url = checked_url(url) if url else ""
    except StoreError:
        raise _field("published_url") from None
    try:
        on = checked_day(on) if on else ""
    except StoreError:
        raise _field("published_on") from None
    sent = None if sent is None else float(sent)
    return {"sent": sent, "published_url": url, "published_on": on, **_remarks(data)}


def _time_ok(value: object) -> bool:
    return (
        type(value) in (int, float)
        and math.isfinite(value)  # type: ignore[arg-type]
        and 0 <= value <= MAX_TIME  # type: ignore[operator]
    )


def _remarks(data: dict) -> dict[str, list[dict]]:
    items = data.get("remarks", [])
    if not isinstance(items, list) or len(items) > remarks_.MAX_REMARKS:
        raise _field("remarks")
    try:
        out = [_remark(item) for item in items]
    except Refused:  # a remark's own field: named as the remarks
        raise _field("remarks") from None
    if len({r["rid"] for r in out}) != len(out):
        raise _field("remarks")
    return {"remarks": out}


def _remark(item: object) -> dict[str, Any]:
    if not isinstance(item, dict) or not remarks_.rid_ok(item.get("rid")):
        raise _field("remarks")
    anchor = _string(item, "anchor", remarks_.MAX_ANCHOR)
    done = item.get("done", False)
    text = _string(item, "text", remarks_.MAX_TEXT)
    if (
        not remarks_.anchor_form_ok(anchor)
        or not text
        or type(done) is not bool
        or not _time_ok(item.get("created"))
    ):
        raise _field("remarks")
    return {
        "rid": item["rid"],
        "anchor": anchor,
        "quote": _string(item, "quote", remarks_.MAX_QUOTE),
        "text": text,
        "author": _string(item, "author", remarks_.MAX_AUTHOR),
        "created": float(item["created"]),  # as the store keeps it (REAL): digests agree
        "done": done,
    }


def _field(field: str) -> Refused:
    return Refused(N_('the field "{field}" of its sync metadata is not valid'), field=field)


def _text(data: dict, key: str, pattern: re.Pattern) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not pattern.match(value):
        raise _field(key)
    return value


def _optional(data: dict, key: str, pattern: re.Pattern) -> str | None:
    return None if data.get(key) in (None, "") else _text(data, key, pattern)


def _string(data: dict, key: str, limit: int) -> str:
    value = data.get(key)
    if value is None:
        return ""
    if not isinstance(value, str) or len(value) > limit:
        raise _field(key)
    return value
