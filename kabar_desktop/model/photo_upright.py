"""Kabar's own copy of a photo: upright, the long side at most 2048 px, no metadata at all.

"Tambah foto" always makes this copy; a photo arriving any other way (a draft file, a sync
bundle) gets it only when its EXIF orientation must be applied, since turning a JPEG means
encoding it again. JPEG quality 85 (PNG when it has transparency); only the colour profile
survives.
"""

from __future__ import annotations

import io

MAX_SIDE = 2048
JPEG_QUALITY = 85
# EXIF orientation → the turn that makes the picture upright (as PIL.ImageOps.exif_transpose)
_TURNS = {2: "FLIP_LEFT_RIGHT", 3: "ROTATE_180", 4: "FLIP_TOP_BOTTOM", 5: "TRANSPOSE",
          6: "ROTATE_270", 7: "TRANSVERSE", 8: "ROTATE_90"}  # fmt: skip


def upright_copy(data: bytes, orientation: int = 1) -> tuple[bytes, str, int, int]:
    """``(bytes, media type, width, height)`` of the copy; ``orientation`` is the EXIF tag's
    value when the file no longer carries it (1: read the file's own tag, if any)."""
    from PIL import Image, ImageOps  # noqa: PLC0415 - Pillow only when a photo is taken in

    with Image.open(io.BytesIO(data)) as im:
        kind = im.format
        if kind == "JPEG":
            im.draft("RGB", (MAX_SIDE, MAX_SIDE))  # decode at a reduced scale: far less memory
        icc = im.info.get("icc_profile")
        if orientation in _TURNS:
            upright = im.transpose(getattr(Image.Transpose, _TURNS[orientation]))
        else:
            upright = ImageOps.exif_transpose(im)
        transparent = kind == "PNG" and _has_alpha(upright)
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
