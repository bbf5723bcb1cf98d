"""The one door every photo goes through into Kabar, whichever the path.

"Tambah foto", a ``.kabar`` or ``.json`` draft (the window's Open and ``kabar import`` read
them too), a sync bundle: each photo is checked here and Kabar keeps only what this returns.
A photo must be a whole JPEG or PNG of sane size; it leaves without metadata (no GPS, camera,
XMP, IPTC, comments, PNG text: ``photo_bytes``), cut to its real end, and upright (an EXIF
orientation is applied by encoding it again, as "Tambah foto" does). A photo already clean
passes unchanged, byte for byte, so a photo synced back and forth never changes.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from kabar_desktop.model.draft import Photo
from kabar_desktop.model.draft_json import MAX_PHOTO_BYTES
from kabar_desktop.model.photo_bytes import Damaged, clean_container
from kabar_desktop.model.problems import N_, Problem

MAX_PIXELS = 50_000_000
# A progressive JPEG is decoded holding all its coefficients at once: 2 bytes per pixel and
# colour channel (a 50-megapixel phone photo with halved colour needs 150 MB).
MAX_COEFFICIENT_BYTES = 200 * 1024 * 1024
_MEDIA_TYPES = {"JPEG": "image/jpeg", "PNG": "image/png"}
# A baseline JPEG is decoded without its end marker, followed by these zero bytes: the
# decoder reads a little ahead, and a scan cut short (even with an end marker appended)
# then runs out of data instead of being silently filled with grey.
_LOOKAHEAD = b"\0" * 16


@dataclass
class CleanPhoto:
    """A photo as Kabar keeps it."""

    data: bytes
    media_type: str
    width: int
    height: int
    reencoded: bool = False  # turned upright: already the copy "Tambah foto" would make


def check_photo(photo: Photo, data: bytes, path: str) -> Problem | None:
    """Fill in the photo's clean data and size, or say what is wrong with it."""
    result = clean_photo(data, photo.file, path)
    if isinstance(result, Problem):
        return result
    photo.data, photo.media_type = result.data, result.media_type
    photo.width, photo.height = result.width, result.height
    return None


def clean_photo(data: bytes, name: str, path: str = "") -> CleanPhoto | Problem:
    """``data`` as Kabar keeps it, or the problem (at field ``path``) that refuses it."""
    with warnings.catch_warnings():  # Pillow warns of damaged EXIF, huge sizes: on stderr
        warnings.simplefilter("ignore")
        return _clean(data, name, path)


def _clean(data: bytes, name: str, path: str) -> CleanPhoto | Problem:
    from PIL import Image  # noqa: PLC0415 - Pillow is only needed when a draft has photos

    if len(data) > MAX_PHOTO_BYTES:
        return too_big_file(path, name)
    try:
        cleaned = clean_container(data)
    except Damaged:
        return _not_a_photo(path, name, data)
    if not cleaned.complete:  # a progressive JPEG cut between scans
        return _unreadable(path, name)
    try:
        with Image.open(io.BytesIO(cleaned.data)) as im:
            kind, (width, height) = im.format or "", im.size
            if kind not in _MEDIA_TYPES:
                return _other_kind(path, name, kind)
            if width * height > MAX_PIXELS:
                return _too_big(path, name, width, height)
        if cleaned.scans > 1 and cleaned.coefficient_bytes > MAX_COEFFICIENT_BYTES:
            return Problem(
                path,
                N_(
                    "{name} is a progressive JPEG too large to decode ({width} × {height}"
                    " pixels); save it as an ordinary JPEG"
                ),
                {"name": name, "width": width, "height": height},
            )
        if kind == "JPEG":
            _decode_jpeg(cleaned.data, cleaned.scans == 1 and cleaned.frame in (0xC0, 0xC1))
        if cleaned.orientation != 1:
            from kabar_desktop.model.photo_upright import upright_copy  # noqa: PLC0415

            out, media_type, width, height = upright_copy(cleaned.data, cleaned.orientation)
            return CleanPhoto(out, media_type, width, height, reencoded=True)
    except Image.DecompressionBombError:
        return Problem(
            path,
            N_("{name} is far too large an image; Kabar takes photos of at most 50 megapixels"),
            {"name": name},
        )
    except Exception:  # Pillow raises many kinds for a damaged file
        return _unreadable(path, name)
    return CleanPhoto(cleaned.data, _MEDIA_TYPES[kind], width, height)


def _decode_jpeg(data: bytes, baseline: bool) -> None:
    """Decode every scan, at an eighth of the size (cheap); raise if the data is cut short."""
    from PIL import Image  # noqa: PLC0415

    body = data[:-2] + _LOOKAHEAD if baseline else data
    with Image.open(io.BytesIO(body)) as im:
        im.draft(None, (max(1, im.width // 8), max(1, im.height // 8)))
        im.load()


def _not_a_photo(path: str, name: str, data: bytes) -> Problem:
    from PIL import Image  # noqa: PLC0415

    try:
        with Image.open(io.BytesIO(data)) as im:
            kind = im.format or ""
    except Exception:  # not an image Pillow knows, or a damaged one
        kind = ""
    if kind and kind not in ("JPEG", "PNG", "MPO"):
        return _other_kind(path, name, kind)
    return _unreadable(path, name)


def _other_kind(path: str, name: str, kind: str) -> Problem:
    return Problem(
        path,
        N_("{name} is a {kind} image; Kabar takes JPEG and PNG photos"),
        {"name": name, "kind": kind or "?"},
    )


def _unreadable(path: str, name: str) -> Problem:
    return Problem(
        path, N_("{name} is not a readable photo (damaged or incomplete)"), {"name": name}
    )


def too_big_file(path: str, name: str) -> Problem:
    """The problem of a photo file over ``MAX_PHOTO_BYTES``."""
    return Problem(
        path,
        N_("{name} is too big: Kabar takes photo files of at most {limit} MB"),
        {"name": name, "limit": MAX_PHOTO_BYTES // (1024 * 1024)},
    )


def _too_big(path: str, name: str, width: int, height: int) -> Problem:
    return Problem(
        path,
        N_("{name} is {width} × {height} pixels; Kabar takes photos of at most 50 megapixels"),
        {"name": name, "width": width, "height": height},
    )
