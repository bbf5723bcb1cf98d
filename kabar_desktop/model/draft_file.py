"""Read and write draft files: ``.kabar`` (a ZIP of ``draft.json`` and the photos) or ``.json``.

See docs/draft-format.md. Reading reports every problem by field or file name; writing is
atomic, so an interrupted save never leaves half a draft.
"""

from __future__ import annotations

import json
import posixpath
from pathlib import Path

from kabar_desktop.atomic import write_atomic, write_bytes_atomic
from kabar_desktop.model.draft import Draft
from kabar_desktop.model.draft_json import (
    MAX_JSON_BYTES,
    MAX_PHOTO_BYTES,
    load_draft_json,
    not_regular,
    read_json_from,
)
from kabar_desktop.model.parse import draft_from_dict, draft_to_dict
from kabar_desktop.model.problems import N_, DraftError, Problem
from kabar_desktop.regular_file import NotRegularFile, open_regular

TYPE_CHECKING = False  # typing costs a bare interpreter ~3 ms (cli.py)
if TYPE_CHECKING:
    import zipfile
    from typing import BinaryIO

DRAFT_ENTRY = "draft.json"
PHOTO_FOLDER = "photos"
# All photos of one draft together, each reference counted (one member named 100 times
# counts 100 times): a draft's photos are decoded and held in memory at once.
MAX_DRAFT_PHOTO_BYTES = 200 * 1024 * 1024
# A .json draft is read without zipfile, the photo modules or Pillow (with shutil, bz2, lzma
# and threading, ~5 ms of every ``kabar export`` of a draft file, issue 15 #8): each is
# imported when a .kabar file or a photo needs it.


def _zip_errors() -> tuple[type[Exception], ...]:
    """What a damaged, encrypted or oddly compressed ZIP member raises while it is read."""
    import zipfile  # noqa: PLC0415
    import zlib  # noqa: PLC0415

    try:  # zipfile reads LZMA members with it, when this Python has it
        from lzma import LZMAError  # noqa: PLC0415

        lzma_errors: tuple[type[Exception], ...] = (LZMAError,)
    except ImportError:
        lzma_errors = ()
    return (
        zipfile.BadZipFile, zlib.error, RuntimeError, NotImplementedError, EOFError, *lzma_errors,
    )  # fmt: skip


def read_draft(path: Path, *, load_photos: bool = True) -> Draft:
    """Read a ``.kabar`` or ``.json`` draft; raise ``DraftError`` naming what is wrong.

    The file is opened once, and what was opened is checked (``regular_file.open_regular``): a
    FIFO or a device named as a draft, or swapped in for its name, is never waited on or read.
    """
    path = Path(path)
    where = ""  # problems with the file itself: the caller names the file
    try:
        with open_regular(path) as f:
            if _zipped(f):
                return _read_zip(f, load_photos)
            f.seek(0)
            raw = read_json_from(f, path)  # its size first: a huge file is never read whole
    except NotRegularFile:
        raise not_regular() from None
    except FileNotFoundError:
        raise DraftError([Problem(where, N_("no such file"))]) from None
    except IsADirectoryError:
        raise DraftError([Problem(where, N_("is a folder, not a draft file"))]) from None
    except PermissionError:
        raise DraftError([Problem(where, N_("Kabar may not read this file"))]) from None
    except OSError as exc:  # zipfile's BadZipFile too (_zipped)
        raise DraftError(
            [Problem(where, N_("cannot be read: {reason}"), {"reason": exc})]
        ) from None
    if path.suffix.lower() == ".kabar":
        raise DraftError([Problem(where, N_("is not a Kabar draft (the file is damaged)"))])
    draft = draft_from_dict(_parse_json(raw, where))
    if load_photos and draft.photos:
        from kabar_desktop.model.photo_files import photo_beside, read_photo_file  # noqa: PLC0415

        _load_photos(
            draft,
            lambda name: read_photo_file(photo_beside(path.parent, name), follow_links=False),
        )
    return draft


def _zipped(f: BinaryIO) -> bool:
    """Whether ``f`` is a ZIP (a .kabar file); what plainly starts as JSON does without
    zipfile. zipfile's own error (a ZIP spread over disks) is an OSError here."""
    head = f.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
    f.seek(0)
    if head.startswith(b"{"):
        return False
    import zipfile  # noqa: PLC0415

    try:
        return zipfile.is_zipfile(f)
    except zipfile.BadZipFile as exc:
        raise OSError(str(exc)) from None


def _read_zip(f: BinaryIO, load_photos: bool) -> Draft:
    import zipfile  # noqa: PLC0415

    try:
        with zipfile.ZipFile(f) as zf:
            return _read_members(zf, load_photos)
    except _zip_errors():
        raise DraftError([Problem("", N_("is not a Kabar draft (the file is damaged)"))]) from None


def _read_members(zf: zipfile.ZipFile, load_photos: bool) -> Draft:
    where = ""
    try:
        info = zf.getinfo(DRAFT_ENTRY)
    except KeyError:
        raise DraftError(
            [Problem(where, N_("holds no draft.json: it is not a Kabar draft"))]
        ) from None
    if zf.namelist().count(DRAFT_ENTRY) > 1:
        raise DraftError([Problem(where, N_("holds two draft.json: the file is damaged"))])
    if info.file_size > MAX_JSON_BYTES:
        raise DraftError([Problem(where, N_("draft.json is too large to be a draft"))])
    draft = draft_from_dict(_parse_json(zf.read(info), DRAFT_ENTRY))
    if not (load_photos and draft.photos):
        return draft
    from kabar_desktop.model.photo_files import PhotoFileError  # noqa: PLC0415

    def entry(name: str) -> bytes:
        try:
            member = zf.getinfo(posixpath.normpath(name))
        except KeyError:
            raise PhotoFileError(N_("{name} is missing")) from None
        if member.file_size > MAX_PHOTO_BYTES:
            raise PhotoFileError(
                N_("{name} is too big: Kabar takes photo files of at most {limit} MB"),
                limit=MAX_PHOTO_BYTES // (1024 * 1024),
            )
        return zf.read(member)  # zipfile stops at file_size: the limit holds while reading

    _load_photos(draft, entry)
    return draft


def _parse_json(raw: bytes, where: str) -> object:
    return load_draft_json(raw, where)  # limits on size, digits, nesting: model/draft_json.py


def _load_photos(draft: Draft, read) -> None:
    """Read each photo through ``read`` and the one door (``check_photo``), within limits."""
    from kabar_desktop.model.photo_check import check_photo  # noqa: PLC0415 - Pillow's door
    from kabar_desktop.model.photo_files import PhotoFileError  # noqa: PLC0415

    problems, total = [], 0
    for i, photo in enumerate(draft.photos):
        field = f"photos[{i}].file"
        try:
            data = read(photo.file)
        except PhotoFileError as exc:
            problems.append(Problem(field, exc.template, {"name": photo.file, **exc.params}))
            continue
        total += len(data)
        if total > MAX_DRAFT_PHOTO_BYTES:
            limit = MAX_DRAFT_PHOTO_BYTES // (1024 * 1024)
            template = N_("the photos together are too big: a draft holds at most {limit} MB")
            raise DraftError([*problems, Problem(field, template, {"limit": limit})])
        problem = check_photo(photo, data, field)
        if problem:
            problems.append(problem)
    if problems:
        raise DraftError(problems)


def write_draft(draft: Draft, path: Path) -> None:
    """Save ``draft`` as a ``.kabar`` file (photos inside), or as bare ``.json``."""
    path = Path(path)
    content = draft_to_dict(draft)
    if path.suffix.lower() == ".json":
        write_bytes_atomic(path, json.dumps(content, ensure_ascii=False, indent=2).encode("utf-8"))
        return
    used: set[str] = set()
    entries: list[tuple[str, bytes]] = []
    for photo, item in zip(draft.photos, content["photos"], strict=True):
        if photo.data is None:
            continue
        name = _unique_name(photo.file, used, photo.media_type)
        item["file"] = name
        entries.append((name, photo.data))

    import zipfile  # noqa: PLC0415

    def write(out) -> None:
        with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(DRAFT_ENTRY, json.dumps(content, ensure_ascii=False, indent=2))
            for name, data in entries:
                zf.writestr(zipfile.ZipInfo(name), data, compress_type=zipfile.ZIP_STORED)

    write_atomic(path, write)


def _unique_name(file: str, used: set[str], media_type: str | None = None) -> str:
    """The member name for a photo: its own name, with the extension its content has (a
    PNG turned upright became a JPEG), numbered when another photo has it."""
    stem = Path(file.replace("\\", "/")).name or "foto.jpg"
    base, dot, ext = stem.rpartition(".")
    if not dot:
        base, ext = stem, "jpg"
    fitting = {"image/jpeg": ("jpg", "jpeg"), "image/png": ("png",)}.get(media_type or "")
    if fitting and ext.lower() not in fitting:
        ext = fitting[0]
    candidate, n = f"{PHOTO_FOLDER}/{base}.{ext}", 2
    while candidate in used:
        candidate, n = f"{PHOTO_FOLDER}/{base}-{n}.{ext}", n + 1
    used.add(candidate)
    return candidate
