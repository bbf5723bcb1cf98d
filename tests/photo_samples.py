"""Photos that give away where they were taken, and hostile ones, generated on the spot.

A module (not a conftest) shared by tests/test_photo_intake.py and
tests/test_draft_file_hostile.py. Nothing here is a committed binary file.
"""

from __future__ import annotations

import io
import json
import os
import resource
import subprocess
import sys
import time
import zipfile
from pathlib import Path

from PIL import Image, PngImagePlugin

GPS_IFD = 0x8825
XMP = (
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
    'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
    'xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="10,9.6S" '
    'exif:GPSLongitude="123,36.0E"/></rdf:RDF></x:xmpmeta>'
)
# Any of these in a stored or exported photo gives away its origin
LEAKS = (b"KameraHP", b"GPS", b"rahasia lokasi", b"Exif\0\0", b"eXIf", b"xmpmeta", b"tEXt")


def sideways() -> Image.Image:
    """400 × 300 as the sensor saw it: red above, blue below; upright (EXIF 6) it is 300 × 400
    with blue on the left and red on the right."""
    im = Image.new("RGB", (400, 300), (220, 0, 0))
    im.paste((0, 0, 220), (0, 150, 400, 300))
    return im


def _exif() -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = "KameraHP"  # Make
    exif[0x0112] = 6  # Orientation: turn 90° clockwise to show
    exif[GPS_IFD] = {1: "S", 2: (10.0, 9.0, 36.0), 3: "E", 4: (123.0, 36.0, 0.0)}
    return exif


def tagged_jpeg() -> bytes:
    """A phone photo: GPS and camera in EXIF, GPS in XMP, a comment, orientation 6."""
    buf = io.BytesIO()
    options = {"exif": _exif(), "xmp": XMP.encode(), "comment": b"rahasia lokasi"}
    sideways().save(buf, "JPEG", quality=90, **options)
    data = buf.getvalue()
    assert all(leak in data for leak in (b"KameraHP", b"GPS", b"rahasia lokasi", b"xmpmeta"))
    return data


def tagged_png() -> bytes:
    """A PNG with an eXIf chunk (GPS, orientation 6), a text comment and XMP."""
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "rahasia lokasi")
    info.add_itxt("XML:com.adobe.xmp", XMP)
    buf = io.BytesIO()
    sideways().save(buf, "PNG", exif=_exif(), pnginfo=info)
    data = buf.getvalue()
    assert all(leak in data for leak in (b"eXIf", b"GPS", b"rahasia lokasi", b"xmpmeta"))
    return data


def plain_jpeg(width: int = 320, height: int = 240, **options) -> bytes:
    buf = io.BytesIO()
    Image.effect_noise((width, height), 60).convert("RGB").save(buf, "JPEG", **options)
    return buf.getvalue()


def mpo() -> bytes:
    """A phone's two-picture MPO (as some phones save every photo)."""
    buf = io.BytesIO()
    first = sideways()
    first.save(buf, "MPO", save_all=True, append_images=[first.rotate(90)])
    data = buf.getvalue()
    assert Image.open(io.BytesIO(data)).format == "MPO"
    return data


def leaks_in(data: bytes) -> list[bytes]:
    return [leak for leak in LEAKS if leak in data]


def assert_upright(data: bytes) -> None:
    """The picture is shown as the camera held it: 300 × 400, blue left, red right."""
    im = Image.open(io.BytesIO(data)).convert("RGB")
    assert im.size == (300, 400)
    left, right = im.getpixel((40, 200)), im.getpixel((260, 200))
    assert left[2] > 150 > left[0] and right[0] > 150 > right[2], (left, right)


def draft_dict(*files: str) -> dict:
    sample = Path(__file__).parent / "data" / "sample.json"
    content = json.loads(sample.read_text(encoding="utf-8"))
    content["photos"] = [{"file": f, "caption": "Peserta pelatihan"} for f in files]
    return content


def kabar_file(path: Path, members: dict[str, bytes], *files: str) -> Path:
    """A ``.kabar`` as another program (or an older Kabar) might write it."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("draft.json", json.dumps(draft_dict(*(files or members))))
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def json_draft(path: Path, *files: str) -> Path:
    path.write_text(json.dumps(draft_dict(*files)), encoding="utf-8")
    return path


def run_kabar(*args: str, memory_mb: int = 700, timeout: float = 60) -> tuple[int, str, float]:
    """``kabar ARGS`` in a child limited to ``memory_mb`` of address space: (code, stderr, s)."""

    def limit() -> None:
        size = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (size, size))

    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "kabar_desktop", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=limit,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    return result.returncode, result.stderr, time.monotonic() - started
