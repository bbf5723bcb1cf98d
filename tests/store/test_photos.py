"""Photos taken into a draft: upright, at most 2048 px, no EXIF, the original untouched."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from conftest import jpeg_bytes, png_bytes
from PIL import Image
from storehelp import sample

from kabar_desktop.model.problems import DraftError
from kabar_desktop.store import DraftStore
from kabar_desktop.store.photos import import_photo

GPS_IFD = 0x8825


def _jpeg_with_gps(width: int, height: int, orientation: int = 1) -> bytes:
    im = Image.open(io.BytesIO(jpeg_bytes(width, height)))
    exif = Image.Exif()
    exif[0x010F] = "KameraHP"  # Make
    exif[0x0112] = orientation
    exif[GPS_IFD] = {1: "S", 2: (10.0, 9.0, 36.0), 3: "E", 4: (123.0, 36.0, 0.0)}
    buf = io.BytesIO()
    im.save(buf, "JPEG", exif=exif, quality=90)
    data = buf.getvalue()
    assert Image.open(io.BytesIO(data)).getexif().get_ifd(GPS_IFD)  # the test photo has GPS
    return data


def _metadata(data: bytes) -> dict:
    im = Image.open(io.BytesIO(data))
    return {
        "exif": dict(im.getexif()),
        "gps": dict(im.getexif().get_ifd(GPS_IFD)),
        "info": {k for k in im.info if k in ("exif", "xmp", "XML:com.adobe.xmp", "comment")},
    }


def test_a_phone_photo_loses_its_location_and_is_made_smaller(tmp_path):
    original = tmp_path / "IMG_0001.jpg"
    original.write_bytes(_jpeg_with_gps(4000, 3000))
    before, mtime = original.read_bytes(), original.stat().st_mtime_ns
    photo = import_photo(original)
    assert original.read_bytes() == before and original.stat().st_mtime_ns == mtime
    assert (photo.width, photo.height) == (2048, 1536)
    assert photo.media_type == "image/jpeg" and photo.file == "IMG_0001.jpg"
    meta = _metadata(photo.data)
    assert meta == {"exif": {}, "gps": {}, "info": set()}
    assert b"KameraHP" not in photo.data
    assert Image.open(io.BytesIO(photo.data)).size == (2048, 1536)


def test_the_exif_orientation_is_applied_first():
    photo = import_photo(_jpeg_with_gps(400, 300, orientation=6), name="miring.jpg")
    assert (photo.width, photo.height) == (300, 400)
    assert _metadata(photo.data)["exif"] == {}


def test_small_photos_keep_their_size_and_png_transparency_stays_png():
    photo = import_photo(jpeg_bytes(640, 427))
    assert (photo.width, photo.height, photo.media_type) == (640, 427, "image/jpeg")
    buf = io.BytesIO()
    Image.new("RGBA", (3000, 1000), (255, 0, 0, 128)).save(buf, "PNG")
    logo = import_photo(buf.getvalue(), name="logo.png")
    assert (logo.media_type, logo.width, logo.height, logo.file) == (
        "image/png",
        2048,
        683,
        "logo.png",
    )
    assert Image.open(io.BytesIO(logo.data)).mode == "RGBA"
    flat = import_photo(png_bytes(300, 200), name="bagan.png")
    assert (flat.media_type, flat.file) == ("image/jpeg", "bagan.jpg")


def _huge_png() -> bytes:
    buf = io.BytesIO()
    Image.new("1", (8000, 7000)).save(buf, "PNG")
    return buf.getvalue()


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (jpeg_bytes(800, 600)[:-2000], "damaged or incomplete"),
        (b"Ini bukan foto, hanya teks.\n" * 50, "damaged or incomplete"),
        (b"", "damaged or incomplete"),
        (_huge_png(), "8000 \u00d7 7000"),
    ],
    ids=["truncated-jpeg", "text-file", "empty", "56-megapixels"],
)
def test_what_is_not_a_usable_photo_is_refused_with_a_message(tmp_path, data, words):
    path = tmp_path / "kiriman.jpg"
    path.write_bytes(data)
    with pytest.raises(DraftError) as err:
        import_photo(path)
    (problem,) = err.value.problems
    assert words in problem.message()
    assert "kiriman.jpg" in problem.message()


def test_a_missing_file_is_a_message(tmp_path):
    with pytest.raises(DraftError) as err:
        import_photo(tmp_path / "tidak-ada.jpg")
    assert "tidak-ada.jpg" in err.value.problems[0].message()


def test_an_imported_photo_is_kept_in_the_store_with_the_draft(tmp_path):
    original = tmp_path / "foto.jpg"
    original.write_bytes(_jpeg_with_gps(3000, 2000))
    draft = sample()
    photo = import_photo(original)
    photo.caption = "Pembukaan"
    draft.photos.append(photo)
    store = DraftStore.open()
    draft_id = store.create(draft)
    os.remove(original)  # the store has its own copy
    store.close()
    store = DraftStore.open()
    again = store.load(draft_id)
    assert again.photos[0].data == photo.data
    assert (again.photos[0].width, again.photos[0].height) == (2048, 1365)
    store.close()


def test_a_draft_loaded_without_its_images_keeps_the_captions_a_check_reads(tmp_path):
    original = tmp_path / "foto.jpg"
    original.write_bytes(_jpeg_with_gps(3000, 2000))
    draft = sample()
    photo = import_photo(original)
    photo.caption = "Pembukaan pelatihan diantaranya oleh Kepala Rudenim"
    draft.photos.append(photo)
    store = DraftStore.open()
    draft_id = store.create(draft)
    light = store.load(draft_id, photos=False)
    store.close()
    assert light.photos[0].caption == photo.caption
    assert not light.photos[0].data
    from kabar_desktop.commands.check_cmd import run_check

    assert run_check(Path(str(draft_id)), "json") == 1  # 'diantaranya' in the caption: W1
