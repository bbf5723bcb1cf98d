"""A photo taken into a draft: checked, turned upright, made a sensible size, stripped of EXIF.

Photos come straight off phones: 12–50 megapixels, rotated by an EXIF tag, carrying the GPS
position of whoever took them. Kabar keeps its own copy (the original file is only read),
with the long side at most 2048 px, JPEG quality 85 (PNG when it has transparency), and no
metadata but the colour profile. The copy is stored with the draft, in Kabar's database.
"""

from __future__ import annotations

import io
from pathlib import Path

from kabar_desktop.model.draft import Photo
from kabar_desktop.model.draft_file import MAX_PHOTO_BYTES
from kabar_desktop.model.photo_check import check_photo
from kabar_desktop.model.problems import N_, DraftError, Problem

MAX_SIDE = 2048
JPEG_QUALITY = 85


def import_photo(source: Path | bytes, name: str = "") -> Photo:
    """A ``Photo`` holding Kabar's re-encoded copy of ``source`` (a file or its bytes).

    Raises ``DraftError`` with one problem when it is not a JPEG or PNG photo, is damaged or
    incomplete, or is larger than 50 megapixels.
    """
    if isinstance(source, bytes | bytearray):
        data, name = bytes(source), name or "foto.jpg"
    else:
        path = Path(source)
        name = name or path.name
        data = _read(path, name)
    probe = Photo(file=name)
    problem = check_photo(probe, data, "")
    if problem is not None:
        raise DraftError([problem])
    try:
        out, media_type, width, height = _reencode(data)
    except Exception:  # Pillow raises many kinds for a file whose header looked whole
        message = N_("{name} is not a readable photo (damaged or incomplete)")
        raise DraftError([Problem("", message, {"name": name})]) from None
    stem = Path(name.replace("\\", "/")).stem or "foto"
    ext = "png" if media_type == "image/png" else "jpg"
    return Photo(file=f"{stem}.{ext}", data=out, media_type=media_type, width=width, height=height)


def _read(path: Path, name: str) -> bytes:
    try:
        if path.stat().st_size > MAX_PHOTO_BYTES:
            raise DraftError(
                [Problem("", N_("{name} is too large a file to be a photo"), {"name": name})]
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise DraftError([Problem("", N_("{name} is missing"), {"name": name})]) from None
    except PermissionError:
        raise DraftError([Problem("", N_("Kabar may not read {name}"), {"name": name})]) from None
    except IsADirectoryError:
        raise DraftError(
            [Problem("", N_("{name} is a folder, not a photo"), {"name": name})]
        ) from None
    except OSError as exc:
        raise DraftError(
            [
                Problem(
                    "",
                    N_("{name} cannot be read: {reason}"),
                    {"name": name, "reason": exc.strerror or exc},
                )
            ]
        ) from None


def _reencode(data: bytes) -> tuple[bytes, str, int, int]:
    from PIL import Image, ImageOps  # noqa: PLC0415 - Pillow only when a photo is added

    with Image.open(io.BytesIO(data)) as im:
        if im.format == "JPEG":
            im.draft("RGB", (MAX_SIDE, MAX_SIDE))  # decode at a reduced scale: far less memory
        icc = im.info.get("icc_profile")
        upright = ImageOps.exif_transpose(im)
        transparent = im.format == "PNG" and _has_alpha(upright)
        upright = upright.convert("RGBA" if transparent else "RGB")
    if max(upright.size) > MAX_SIDE:
        upright.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    clean = Image.new(upright.mode, upright.size)  # a new image carries no metadata at all
    clean.paste(upright)
    buf = io.BytesIO()
    if transparent:
        clean.save(buf, "PNG", optimize=False, **({"icc_profile": icc} if icc else {}))
        media_type = "image/png"
    else:
        options = {"quality": JPEG_QUALITY, "optimize": True}
        if icc:
            options["icc_profile"] = icc
        clean.save(buf, "JPEG", **options)
        media_type = "image/jpeg"
    return buf.getvalue(), media_type, clean.width, clean.height


def _has_alpha(im) -> bool:
    if im.mode in ("RGBA", "LA", "PA"):
        return im.getchannel("A").getextrema()[0] < 255
    return "transparency" in im.info
