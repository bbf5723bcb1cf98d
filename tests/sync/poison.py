"""Hostile bundles, generated: each as a damaged disk, a buggy older Kabar or an attacker
would leave it in the shared folder or on the server (issue 12, items 1, 2 and 9).

``poisons(good, rev)`` gives (label, bytes) for bundles claiming a new revision ``rev`` of
the draft of ``good``, a genuine bundle to start from; ``makers`` gives the same, each built
only when called. ``special_files`` gives makers of special files (FIFO, link, sparse file)
at the path they are given: folders only.
"""

from __future__ import annotations

import functools
import io
import json
import os
import secrets
import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

from kabar_desktop.sync import bundle

GiB = 1024**3


def rev() -> str:
    return secrets.token_hex(12)


def raw_zip(members: list[tuple[str, bytes, dict]]) -> bytes:
    """A ZIP written by hand, so that its headers can say anything: each member is (name,
    the bytes as stored, fields: method, crc, size (inflated), flags)."""
    out, central = io.BytesIO(), io.BytesIO()
    for name, data, f in members:
        encoded = name.encode()
        method, flags = f.get("method", 0), f.get("flags", 0)
        crc = f.get("crc", zlib.crc32(data))
        size = f.get("size", len(data))
        offset = out.tell()
        out.write(
            struct.pack(
                "<IHHHHHIIIHH",
                0x04034B50,
                20,
                flags,
                method,
                0,
                0x21,
                crc,
                len(data),
                size,
                len(encoded),
                0,
            )
        )
        out.write(encoded + data)
        central.write(
            struct.pack(
                "<IHHHHHHIIIHHHHHII",
                0x02014B50,
                20,
                20,
                flags,
                method,
                0,
                0x21,
                crc,
                len(data),
                size,
                len(encoded),
                0,
                0,
                0,
                0,
                0,
                offset,
            )
        )
        central.write(encoded)
    start, cd = out.tell(), central.getvalue()
    out.write(cd)
    out.write(
        struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(cd), start, 0)
    )
    return out.getvalue()


@functools.cache
def _empty_photos(count: int) -> tuple[bytes, bytes]:
    """The local and central entries of ``count`` empty photos from offset 0, made once:
    building them anew for every poison bundle was most of a random sync's time."""
    whole = raw_zip([(f"photos/{i}.jpg", b"", {}) for i in range(count)])
    size, start = struct.unpack_from("<II", whole, len(whole) - 10)
    return whole[:start], whole[start : start + size]


def many_members(meta_raw: bytes, count: int) -> bytes:
    """A bundle of ``count`` empty photos and then its metadata: what ``raw_zip`` would write
    for those members in that order."""
    photos, photos_central = _empty_photos(count)
    meta = raw_zip([(bundle.META_ENTRY, meta_raw, {})])
    size, start = struct.unpack_from("<II", meta, len(meta) - 10)
    entry = meta[start : start + size]
    entry = entry[:42] + struct.pack("<I", len(photos)) + entry[46:]  # its offset, past the photos
    local, central = photos + meta[:start], photos_central + entry
    end = struct.pack(
        "<IHHHHIIH", 0x06054B50, 0, 0, count + 1, count + 1, len(central), len(local), 0
    )
    return local + central + end


def deflated(data: bytes) -> bytes:
    c = zlib.compressobj(6, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush()


@functools.lru_cache(maxsize=4)
def zeros_bomb(size: int) -> tuple[bytes, int]:
    """A raw deflate stream of ``size`` zero bytes (a multiple of 4 MiB) and its CRC, made in
    a second: one fully flushed block of 4 MiB repeated (about 1,000 times smaller)."""
    piece = 4 * 1024 * 1024
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = c.compress(b"\0" * piece) + c.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    zero = b"\0" * piece
    for _ in range(size // piece):
        crc = zlib.crc32(zero, crc)
    end = zlib.compressobj(9, zlib.DEFLATED, -15).flush()  # an empty final block
    return block * (size // piece) + end, crc


def members_of(good: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(good)) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def with_meta(good: bytes, name_rev: str, change: Callable[[dict], object]) -> bytes:
    """``good`` with its metadata changed (``change`` returns the new JSON value) and the
    revision ``name_rev``, so that only the change is wrong."""
    parts = members_of(good)
    meta = json.loads(parts[bundle.META_ENTRY])
    meta["rev"] = name_rev
    meta["gen"] = meta["gen"] + 1
    new = change(meta)
    parts[bundle.META_ENTRY] = json.dumps(meta if new is None else new).encode()
    return raw_zip([(n, d, {}) for n, d in parts.items()])


def _set(key: str, value) -> Callable[[dict], None]:
    return lambda meta: meta.__setitem__(key, value)


def makers(good: bytes, name_rev: str) -> dict[str, Callable[[], bytes]]:
    """Each hostile bundle by its label, built only when asked for (building all of them for
    every random step was a third of a random interleaving's time)."""
    parts = members_of(good)
    meta_raw = json.dumps({**json.loads(parts[bundle.META_ENTRY]), "rev": name_rev}).encode()

    def rezip(**changes) -> bytes:
        return raw_zip(
            [(n, d, {}) for n, d in {**parts, bundle.META_ENTRY: meta_raw, **changes}.items()]
        )

    deep = b"[" * 100_000 + b"]" * 100_000

    def many_refs() -> bytes:
        photo_bomb, photo_crc = zeros_bomb(48 * 1024 * 1024)
        draft = json.loads(parts[bundle.DRAFT_ENTRY])
        draft["photos"] = [{"file": "photos/bom.jpg", "caption": "x"}] * 100
        return raw_zip(
            [
                (bundle.META_ENTRY, meta_raw, {}),
                (bundle.DRAFT_ENTRY, json.dumps(draft).encode(), {}),
                (
                    "photos/bom.jpg",
                    photo_bomb,
                    {"method": 8, "crc": photo_crc, "size": 48 * 1024 * 1024},
                ),
            ]
        )

    def bomb() -> bytes:
        data, crc = zeros_bomb(2 * GiB)
        return raw_zip(
            [
                (bundle.META_ENTRY, data, {"method": 8, "crc": crc, "size": 2 * GiB}),
                *((n, d, {}) for n, d in parts.items() if n != bundle.META_ENTRY),
            ]
        )

    def lying() -> bytes:
        data, crc = zeros_bomb(1 * GiB)
        return raw_zip(
            [
                (bundle.META_ENTRY, meta_raw, {}),
                (bundle.DRAFT_ENTRY, data, {"method": 8, "crc": crc, "size": 1000}),
                *((n, d, {}) for n, d in parts.items() if n.startswith("photos/")),
            ]
        )

    def meta(change: Callable[[dict], object]) -> Callable[[], bytes]:
        return lambda: with_meta(good, name_rev, change)

    def member_fields(fields: dict) -> Callable[[], bytes]:
        """``parts`` rezipped with the draft's entry given ``fields``."""
        return lambda: raw_zip(
            [
                (n, d, fields if n == bundle.DRAFT_ENTRY else {})
                for n, d in {**parts, bundle.META_ENTRY: meta_raw}.items()
            ]
        )

    return {
        "metadata a JSON list": meta(lambda m: [m]),
        "gen an empty list": meta(_set("gen", [])),
        "gen 10**30": meta(_set("gen", 10**30)),
        "ancestors 5": meta(_set("ancestors", 5)),
        "photo_files 7": meta(_set("photo_files", 7)),
        "conflict_of {}": meta(_set("conflict_of", {})),
        "its own revision an ancestor": meta(lambda m: m["ancestors"].insert(0, name_rev)),
        "sent in the year 10000": meta(_set("sent", 2.6e11)),
        "a published link to javascript:": meta(_set("published_url", "javascript:alert(1)")),
        "published on 30 February": meta(_set("published_on", "2026-02-30")),
        "remarks a string": meta(_set("remarks", "lihat")),
        "a remark on no field": meta(
            _set(
                "remarks",
                [
                    {
                        "rid": "a" * 24,
                        "anchor": "../../etc",
                        "text": "x",
                        "created": 1,
                        "done": False,
                    }
                ],
            )
        ),
        "a 5,000-digit gen": lambda: rezip(
            **{
                bundle.META_ENTRY: meta_raw.replace(
                    b'"gen": ', b'"gen": ' + b"9" * 5000 + b', "x": '
                )
            }
        ),
        "deep metadata": lambda: rezip(**{bundle.META_ENTRY: deep}),
        "deep draft.json": lambda: rezip(**{bundle.DRAFT_ENTRY: deep}),
        "two draft.json": lambda: raw_zip(
            [(n, d, {}) for n, d in parts.items()] + [(bundle.DRAFT_ENTRY, b"{}", {})]
        ),
        "an encrypted member": member_fields({"flags": 1}),
        "an unknown compression": member_fields({"method": 99}),
        "damaged deflate data": lambda: raw_zip(
            [
                (n, b"\xff" * 50, {"method": 8}) if n == bundle.DRAFT_ENTRY else (n, d, {})
                for n, d in {**parts, bundle.META_ENTRY: meta_raw}.items()
            ]
        ),
        "kabar-sync.json inflating to 2 GB": bomb,
        "a header lying about its size": lying,
        "a photo used 100 times": many_refs,
        "10,000 members": lambda: many_members(meta_raw, 10_000),
        "not a ZIP": lambda: b"PK\x03\x04" + os.urandom(2000),
    }


def poisons(good: bytes, name_rev: str) -> list[tuple[str, bytes]]:
    """Every hostile bundle, each claiming revision ``name_rev`` of the good bundle's draft."""
    return [(label, make()) for label, make in makers(good, name_rev).items()]


def special_files() -> list[tuple[str, Callable[[Path], None]]]:
    """Files of the shared folder that are not bundles, whatever their names say."""

    def fifo(path: Path) -> None:
        os.mkfifo(path)

    def dev_zero(path: Path) -> None:
        path.symlink_to("/dev/zero")

    def sparse(path: Path) -> None:
        with open(path, "wb") as f:
            f.truncate(10 * GiB)

    def folder(path: Path) -> None:
        path.mkdir()

    return [
        ("a FIFO", fifo),
        ("a link to /dev/zero", dev_zero),
        ("a 10 GB sparse file", sparse),
        ("a folder", folder),
    ]
