"""A photo taken into a draft by "Tambah foto": checked, upright, a sensible size, no metadata.

Photos come straight off phones: 12–50 megapixels, rotated by an EXIF tag, carrying the GPS
position of whoever took them. Kabar keeps its own copy (the original file is only read),
made by the one door every photo goes through (``model.photo_check.clean_photo``) and then
``model.photo_upright``: the long side at most 2048 px, JPEG quality 85 (PNG when it has
transparency), no metadata but the colour profile. The copy is stored with the draft.
"""

from __future__ import annotations

from pathlib import Path

from kabar_desktop.model.draft import Photo
from kabar_desktop.model.photo_check import clean_photo
from kabar_desktop.model.photo_files import PhotoFileError, read_photo_file
from kabar_desktop.model.photo_upright import upright_copy
from kabar_desktop.model.problems import N_, DraftError, Problem


def import_photo(source: Path | bytes, name: str = "") -> Photo:
    """A ``Photo`` holding Kabar's re-encoded copy of ``source`` (a file or its bytes).

    Raises ``DraftError`` with one problem when it is not a JPEG or PNG photo, is damaged or
    incomplete, too big a file, or larger than 50 megapixels.
    """
    if isinstance(source, bytes | bytearray):
        data, name = bytes(source), name or "foto.jpg"
    else:
        path = Path(source)
        name = name or path.name
        try:
            data = read_photo_file(path)
        except PhotoFileError as exc:
            raise DraftError([Problem("", exc.template, {"name": name, **exc.params})]) from None
    clean = clean_photo(data, name)
    if isinstance(clean, Problem):
        raise DraftError([clean])
    out, media_type, width, height = clean.data, clean.media_type, clean.width, clean.height
    if not clean.reencoded:
        try:
            out, media_type, width, height = upright_copy(clean.data)
        except Exception:  # Pillow raises many kinds for a file whose header looked whole
            message = N_("{name} is not a readable photo (damaged or incomplete)")
            raise DraftError([Problem("", message, {"name": name})]) from None
    stem = Path(name.replace("\\", "/")).stem or "foto"
    ext = "png" if media_type == "image/png" else "jpg"
    return Photo(file=f"{stem}.{ext}", data=out, media_type=media_type, width=width, height=height)
