"""Schema version 4: every photo an earlier Kabar stored goes through the one photo door.

Before ``model.photo_check.clean_photo`` existed, photos from a ``.kabar``/``.json`` draft,
the window's Open or a sync were stored as they came: GPS, camera, XMP, comments, PNG
text/eXIf chunks, an EXIF orientation left as a tag. This migration passes each stored photo
through ``clean_photo`` (a photo already clean comes back byte for byte, so the cost is a
check) and, where the bytes change, gives the photo its new sha256, media type and size and
makes every reference follow: ``revision_photos``, the ``sha256`` of the photos in every
revision's content (``codec.encode``), and the sync digests computed from that content.
Runs inside the migration's one transaction (database.py): interrupted, nothing changed.

Sync: a cleaned photo is **not** a new revision for the other offices. Their own Kabar
cleans every photo it receives at the same door and migrates what it holds alike; minting a
revision here would mint one at every migrating office from the same parent, with contents
that need not agree byte for byte: a conflict copy of every draft with a photo. So heads stay,
revisions are rewritten in place, and a digest agreed with a target is recomputed from the
rewritten content (an edit undone afterwards still mints nothing). docs/storage.md.

A photo the door refuses (damaged, cut short, over the limits) is taken out of its drafts
and kept in ``withheld_photos``: never exported, never synced, not lost. Its drafts still
load, with the photo's caption and credit and no picture; ``withheld_notice`` tells the user
which ones. Like every migration, this module is frozen once released.
"""

from __future__ import annotations

import json
import re
import sqlite3

from kabar_desktop.model.photo_check import clean_photo
from kabar_desktop.model.problems import N_, Problem

from .codec import photo_digest

WITHHELD = """
CREATE TABLE withheld_photos (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,
    media_type TEXT NOT NULL,
    data BLOB NOT NULL,
    reason TEXT NOT NULL,
    drafts TEXT NOT NULL
)
"""
# A photo's reference in a stored revision (``codec.encode``: compact JSON). In the writer's
# text a quote is always escaped, so this matches the structure only.
_REFERENCE = re.compile(r'"sha256"\s*:\s*"([0-9a-f]{64})"')
_TITLES_SHOWN = 5


def migrate(conn: sqlite3.Connection) -> None:
    """Clean every stored photo; references follow, refused photos are withheld."""
    conn.execute(WITHHELD)
    renamed: dict[str, str] = {}
    for (photo_id,) in conn.execute("SELECT id FROM photos ORDER BY id").fetchall():
        sha, media_type, data = conn.execute(
            "SELECT sha256, media_type, data FROM photos WHERE id = ?", (photo_id,)
        ).fetchone()  # one photo in memory at a time
        data = bytes(data)
        clean = clean_photo(data, "foto")
        if isinstance(clean, Problem):
            _withhold(conn, photo_id, sha, media_type, data, clean)
            continue
        if clean.data == data and clean.media_type == media_type:
            continue
        new = photo_digest(clean.data)
        if new == sha:  # the same bytes, only the media type was wrong
            conn.execute(
                "UPDATE photos SET media_type = ? WHERE id = ?", (clean.media_type, photo_id)
            )
            continue
        if conn.execute("SELECT 1 FROM photos WHERE sha256 = ?", (new,)).fetchone():
            conn.execute("DELETE FROM photos WHERE id = ?", (photo_id,))  # kept clean already
        else:
            conn.execute(
                "UPDATE photos SET sha256 = ?, media_type = ?, width = ?, height = ?, data = ? "
                "WHERE id = ?",
                (new, clean.media_type, clean.width, clean.height, clean.data, photo_id),
            )
        renamed[sha] = new
    _follow(conn, renamed)


def _withhold(
    conn: sqlite3.Connection, photo_id: int, sha: str, media_type: str, data: bytes, why: Problem
) -> None:
    drafts = [
        str(r[0])
        for r in conn.execute(
            "SELECT DISTINCT r.draft_id FROM revision_photos rp "
            "JOIN revisions r ON r.id = rp.revision_id WHERE rp.sha256 = ? ORDER BY 1",
            (sha,),
        )
    ]
    conn.execute(
        "INSERT OR IGNORE INTO withheld_photos (sha256, media_type, data, reason, drafts) "
        "VALUES (?, ?, ?, ?, ?)",
        (sha, media_type, data, why.message(), " ".join(drafts)),
    )
    conn.execute("DELETE FROM revision_photos WHERE sha256 = ?", (sha,))
    conn.execute("DELETE FROM photos WHERE id = ?", (photo_id,))


def _final(renamed: dict[str, str], sha: str) -> str:
    """Where ``sha`` ends up (a cleaned photo cleaned again would chain; none loops: a
    photo's new hash is a photo kept, never renamed again after it)."""
    seen = {sha}
    while sha in renamed and renamed[sha] not in seen:
        sha = renamed[sha]
        seen.add(sha)
    return sha


def _follow(conn: sqlite3.Connection, renamed: dict[str, str]) -> None:
    """Every reference to a renamed photo names its clean copy."""
    if not renamed:
        return
    revisions: set[int] = set()
    for old in renamed:
        revisions.update(
            r[0]
            for r in conn.execute(
                "SELECT revision_id FROM revision_photos WHERE sha256 = ?", (old,)
            )
        )
        new = _final(renamed, old)
        conn.execute("UPDATE OR IGNORE revision_photos SET sha256 = ? WHERE sha256 = ?", (new, old))
        conn.execute("DELETE FROM revision_photos WHERE sha256 = ?", (old,))  # shown twice

    def replace(match: re.Match[str]) -> str:
        old = match[1]
        return match[0].replace(old, _final(renamed, old)) if old in renamed else match[0]

    rewritten: dict[int, tuple[str, str]] = {}
    for revision in sorted(revisions):
        (content,) = conn.execute(
            "SELECT content FROM revisions WHERE id = ?", (revision,)
        ).fetchone()
        new_content = _REFERENCE.sub(replace, content)
        if new_content != content:
            conn.execute("UPDATE revisions SET content = ? WHERE id = ?", (new_content, revision))
            rewritten[revision] = (content, new_content)
    _follow_sync(conn, rewritten)


def _follow_sync(conn: sqlite3.Connection, rewritten: dict[int, tuple[str, str]]) -> None:
    """A digest agreed with a target (or noted for an upload under way) over a rewritten
    revision is recomputed, so "changed since the agreed revision" still means an edit."""
    from .sync_state import digest  # noqa: PLC0415 - sync_state imports the store, which imports this

    if not rewritten:
        return
    rows = conn.execute(
        "SELECT uuid, head, digest, review, remark, pending FROM sync_drafts"
    ).fetchall()
    for uuid, head, agreed, review, remark, pending in rows:
        if head in rewritten:
            old, new = rewritten[head]
            if agreed == digest(old, review, remark):
                agreed = digest(new, review, remark)
        if pending:
            noted = json.loads(pending)
            if isinstance(noted, dict) and noted.get("head") in rewritten:
                old, new = rewritten[noted["head"]]
                review, remark = noted.get("review", ""), noted.get("remark", "")
                if noted.get("digest") == digest(old, review, remark):
                    noted["digest"] = digest(new, review, remark)
                    pending = json.dumps(noted)
        conn.execute(
            "UPDATE sync_drafts SET digest = ?, pending = ? WHERE uuid = ?",
            (agreed, pending, uuid),
        )


def withheld_notice(conn: sqlite3.Connection) -> Problem | None:
    """What the user is told after the upgrade when photos were withheld: how many, and the
    titles of the drafts that showed them."""
    rows = conn.execute("SELECT drafts FROM withheld_photos").fetchall()
    if not rows:
        return None
    ids = sorted({int(i) for (text,) in rows for i in text.split()})
    titles = []
    for draft_id in ids:
        row = conn.execute("SELECT title FROM drafts WHERE id = ?", (draft_id,)).fetchone()
        if row is not None:
            titles.append(f"“{row[0]}”" if row[0] else f"#{draft_id}")
    shown = ", ".join(titles[:_TITLES_SHOWN]) + (" …" if len(titles) > _TITLES_SHOWN else "")
    return Problem(
        "",
        N_(
            "{count} damaged photos could not be cleaned of their metadata while upgrading "
            "Kabar's database: they were taken out of their drafts and kept aside, never "
            "exported or synced (the captions stay): {drafts}"
        ),
        {"count": len(rows), "drafts": shown or "-"},
    )
