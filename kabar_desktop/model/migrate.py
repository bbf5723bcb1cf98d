"""Older draft formats → the current one, as plain JSON, before the draft is read.

Each step takes the content of one version and returns the next, so a draft of any older
version walks forward one step at a time. A step never fails: what it cannot place it
leaves for the reader, which names the field.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing costs a bare interpreter ~3 ms (cli.py)
if TYPE_CHECKING:
    from typing import Any

# v1 free-text roles that name a part of version 2.
_V1_ROLE_PARTS = {
    "pembuka": "pembuka",
    "tuan rumah": "tuan_rumah",
    "pemimpin": "pemimpin",
    "pembina upacara": "pemimpin",
    "pengunjung": "pengunjung",
    "pengarah": "pengarah",
    "peserta": "peserta",
    "perwakilan peserta": "peserta",
}
# v1 lead kinds whose lead named the first speaker, and the part that speaker plays in v2.
_V1_LEAD_PART = {"pembukaan": "pembuka", "kunjungan": "pengunjung"}


def migrate(data: dict) -> dict:
    """``data`` brought to the current version (a copy where anything changes)."""
    if data.get("version") == 1:
        data = _v1_to_v2(data)
    return data


def _v1_to_v2(data: dict) -> dict:
    """Version 1 had one kind of lead per draft (``lead_kind``), a free ``role`` per speaker,
    and paragraphs only after the speakers. Its visit lead named the visited office as
    ``organizer``: version 2 keeps that office as ``counterpart`` (the place visited)."""
    out: dict[str, Any] = {k: v for k, v in data.items() if k != "lead_kind"}
    out["version"] = 2
    kind = data.get("lead_kind") or "narasumber"
    out["kind"] = kind if isinstance(kind, str) else None
    if kind == "kunjungan" and isinstance(data.get("organizer"), str):
        out["counterpart"] = data["organizer"]
    speakers = data.get("speakers")
    if isinstance(speakers, list):
        out["speakers"] = [_v1_speaker(s) for s in speakers]
        first = out["speakers"][0] if out["speakers"] else None
        if isinstance(first, dict) and isinstance(kind, str) and kind in _V1_LEAD_PART:
            first["part"] = _V1_LEAD_PART[kind]
    paragraphs = data.get("paragraphs")
    if isinstance(paragraphs, list):
        out["paragraphs"] = [
            {"text": p, "after": "end"} if isinstance(p, str) or p is None else p
            for p in paragraphs
        ]
    return out


def _v1_speaker(speaker: Any) -> Any:
    if not isinstance(speaker, dict):
        return speaker
    out = dict(speaker)
    role = speaker.get("role")
    word = " ".join(role.split()).lower() if isinstance(role, str) else ""
    out["part"] = _V1_ROLE_PARTS.get(word, "narasumber")
    # A narasumber keeps an unusual noun ("pemateri") as its role; a named part needs none.
    out["role"] = "" if word in ("", "narasumber") or word in _V1_ROLE_PARTS else role
    return out
