"""A database as the Kabar before schema version 4 left it: photos stored as they came.

Built by the released migrations 1 to 3 themselves, then written by the store's own save
code (which stores a photo's bytes as the draft holds them: the photo door is in the file
readers, so a draft built here keeps its GPS as an older Kabar kept it).
"""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

from kabar_desktop.model.draft import Photo
from kabar_desktop.store import DraftStore
from kabar_desktop.store.database import Database, OpenResult, _connect
from kabar_desktop.store.schema import MIGRATIONS


def v3_store(path: Path, clock) -> DraftStore:
    """A ``DraftStore`` on a new database at schema version 3 (close it before reopening)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = _connect(path)
    for version in (1, 2, 3):
        conn.execute("BEGIN IMMEDIATE")
        MIGRATIONS[version](conn)
        conn.execute(f"PRAGMA user_version = {version}")
        conn.execute("COMMIT")
    return DraftStore(Database(path, conn, clock, OpenResult(path=path)), clock)


def raw_photo(data: bytes, file: str, caption: str = "Peserta pelatihan") -> Photo:
    """A photo as an older Kabar stored it: the bytes as they came."""
    from PIL import Image  # noqa: PLC0415

    try:
        with Image.open(io.BytesIO(data)) as im:
            kind, (width, height) = im.format, im.size
    except Exception:  # a damaged photo an older Kabar let through
        kind, width, height = "JPEG", 0, 0
    media_type = "image/png" if kind == "PNG" else "image/jpeg"
    return Photo(
        file=file, caption=caption, data=data, media_type=media_type, width=width, height=height
    )


def user_version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def stored_photos(path: Path) -> dict[str, bytes]:
    """The ``photos`` table read with plain sqlite3: sha256 → bytes."""
    conn = sqlite3.connect(path)
    try:
        return {sha: bytes(data) for sha, data in conn.execute("SELECT sha256, data FROM photos")}
    finally:
        conn.close()
