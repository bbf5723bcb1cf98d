"""Check a photo before it goes into a document: a real JPEG or PNG, whole, and of sane size.

Only the header is decoded (plus the end marker / chunk checksums), so checking is cheap.
"""

from __future__ import annotations

import io

from kabar_desktop.model.draft import Photo
from kabar_desktop.model.problems import N_, Problem

MAX_PIXELS = 50_000_000
_MEDIA_TYPES = {"JPEG": "image/jpeg", "PNG": "image/png"}


def check_photo(photo: Photo, data: bytes, path: str) -> Problem | None:
    """Fill in the photo's data and size, or say what is wrong with it."""
    from PIL import Image  # noqa: PLC0415 - Pillow is only needed when a draft has photos

    name = photo.file
    try:
        with Image.open(io.BytesIO(data)) as im:
            kind = im.format or ""
            width, height = im.size
            if kind not in _MEDIA_TYPES:
                return Problem(
                    path,
                    N_("{name} is a {kind} image; Kabar takes JPEG and PNG photos"),
                    {"name": name, "kind": kind or "?"},
                )
            if width * height > MAX_PIXELS:
                return _too_big(path, name, width, height)
            if kind == "PNG":
                im.verify()
            elif not data.rstrip(b"\0").endswith(b"\xff\xd9"):
                raise OSError("JPEG end marker missing")
    except Image.DecompressionBombError:
        return Problem(
            path,
            N_("{name} is far too large an image; Kabar takes photos of at most 50 megapixels"),
            {"name": name},
        )
    except Exception:  # Pillow raises many kinds for a damaged file
        return Problem(
            path, N_("{name} is not a readable photo (damaged or incomplete)"), {"name": name}
        )
    photo.data = data
    photo.media_type = _MEDIA_TYPES[kind]
    photo.width, photo.height = width, height
    return None


def _too_big(path: str, name: str, width: int, height: int) -> Problem:
    return Problem(
        path,
        N_("{name} is {width} × {height} pixels; Kabar takes photos of at most 50 megapixels"),
        {"name": name, "width": width, "height": height},
    )
