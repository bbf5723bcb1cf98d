"""Every photo enters Kabar through one door: no GPS, no EXIF, no XMP, no comment, upright.

A phone photo carrying its location (EXIF GPS and camera, XMP GPS, a comment, orientation 6)
is pushed through every way a photo comes in: the door itself, a `.kabar` and a `.json`
draft (what the window's Open reads too), `kabar import` into the store, `kabar export` to
DOCX and HTML, the store, and "Tambah foto". Whatever comes out holds none of it, and the
picture stands upright.
"""

from __future__ import annotations

import base64
import io
import re
import subprocess
import sys
import zipfile

import pytest
from photo_samples import (
    assert_upright,
    json_draft,
    kabar_file,
    leaks_in,
    mpo,
    plain_jpeg,
    tagged_jpeg,
    tagged_png,
)
from PIL import Image, PngImagePlugin

from kabar_desktop.i18n import _
from kabar_desktop.model.draft_file import read_draft, write_draft
from kabar_desktop.model.photo_check import CleanPhoto, clean_photo
from kabar_desktop.store import DraftStore
from kabar_desktop.store.photos import import_photo

TAGGED = {"jpeg": tagged_jpeg, "png": tagged_png}


def _clean(data: bytes) -> CleanPhoto:
    result = clean_photo(data, "foto.jpg")
    assert isinstance(result, CleanPhoto), result
    return result


@pytest.mark.parametrize("kind", TAGGED)
def test_the_door_strips_everything_and_turns_the_photo_upright(kind):
    photo = _clean(TAGGED[kind]())
    assert leaks_in(photo.data) == []
    assert_upright(photo.data)
    assert (photo.width, photo.height) == (300, 400)
    assert photo.media_type == "image/jpeg"  # no transparency: what "Tambah foto" makes
    assert Image.open(io.BytesIO(photo.data)).getexif() == {}


def test_a_clean_photo_passes_byte_for_byte_and_twice_is_once():
    photo = plain_jpeg()
    assert _clean(photo).data == photo  # nothing to take out: not encoded again
    once = _clean(tagged_jpeg()).data
    assert _clean(once).data == once  # a synced photo never changes on the way back


def test_metadata_alone_is_taken_out_without_touching_the_pixels():
    buf = io.BytesIO()
    original = Image.effect_noise((200, 120), 60).convert("RGB")
    exif = Image.Exif()
    exif[0x010F] = "KameraHP"
    original.save(buf, "JPEG", quality=90, exif=exif, comment=b"rahasia lokasi")
    photo = _clean(buf.getvalue())
    assert leaks_in(photo.data) == []
    before = Image.open(buf).convert("RGB").tobytes()
    assert Image.open(io.BytesIO(photo.data)).convert("RGB").tobytes() == before


def test_a_png_keeps_its_transparency_and_colour_but_no_text():
    buf = io.BytesIO()
    im = Image.new("RGBA", (64, 48), (10, 20, 30, 0))
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "rahasia lokasi")
    im.save(buf, "PNG", pnginfo=info)
    photo = _clean(buf.getvalue())
    assert photo.media_type == "image/png" and leaks_in(photo.data) == []
    assert Image.open(io.BytesIO(photo.data)).getpixel((0, 0)) == (10, 20, 30, 0)


def test_an_mpo_from_a_phone_gives_its_first_picture():
    photo = _clean(mpo())
    im = Image.open(io.BytesIO(photo.data))
    assert im.format == "JPEG" and im.size == (400, 300)
    assert photo.data.count(b"\xff\xd9") == 1 and b"MPF" not in photo.data


def test_nul_padding_is_cut_to_the_real_end():
    photo = plain_jpeg()
    assert _clean(photo + b"\0" * 5_000_000).data == photo


@pytest.mark.parametrize("progressive", [False, True], ids=["baseline", "progressive"])
def test_a_truncated_jpeg_is_refused_even_with_an_end_marker_appended(progressive):
    photo = plain_jpeg(progressive=progressive)
    cut = photo[: len(photo) // 2]
    for damaged in (cut, cut + b"\xff\xd9"):
        result = clean_photo(damaged, "potong.jpg", "photos[0].file")
        assert str(result) == (
            "photos[0].file: potong.jpg is not a readable photo (damaged or incomplete)"
        )


def test_a_kabar_draft_brings_its_photos_in_clean(tmp_path):
    path = kabar_file(
        tmp_path / "luar.kabar", {"photos/a.jpg": tagged_jpeg(), "photos/b.png": tagged_png()}
    )
    draft = read_draft(path)
    for photo in draft.photos:
        assert leaks_in(photo.data) == []
        assert_upright(photo.data)
    saved = tmp_path / "lagi.kabar"
    write_draft(draft, saved)
    with zipfile.ZipFile(saved) as zf:
        members = sorted(n for n in zf.namelist() if n.startswith("photos/"))
        assert members == ["photos/a.jpg", "photos/b.jpg"]  # the PNG turned upright is a JPEG
        assert all(leaks_in(zf.read(n)) == [] for n in members)


def test_a_json_draft_brings_its_photos_in_clean(tmp_path):
    (tmp_path / "foto").mkdir()
    (tmp_path / "foto" / "a.jpg").write_bytes(tagged_jpeg())
    (tmp_path / "foto" / "b.png").write_bytes(tagged_png())
    draft = read_draft(json_draft(tmp_path / "d.json", "foto/a.jpg", "foto/b.png"))
    assert [leaks_in(p.data) for p in draft.photos] == [[], []]
    for photo in draft.photos:
        assert_upright(photo.data)


def test_the_store_and_tambah_foto_keep_only_clean_photos(tmp_path):
    path = kabar_file(tmp_path / "luar.kabar", {"photos/a.jpg": tagged_jpeg()})
    store = DraftStore.open()
    try:
        draft_id = store.create(read_draft(path))
        stored = store.load(draft_id).photos[0].data
    finally:
        store.close()
    assert leaks_in(stored) == []
    assert_upright(stored)
    added = import_photo(tagged_png(), name="IMG_0001.png")
    assert leaks_in(added.data) == [] and added.file == "IMG_0001.jpg"
    assert_upright(added.data)


def _kabar(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kabar_desktop", *args], capture_output=True, text=True, timeout=120
    )


def _docx_photos(path) -> list[bytes]:
    with zipfile.ZipFile(path) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    assert all(leaks_in(data) == [] for data in parts.values())
    return [data for name, data in parts.items() if name.startswith("word/media/")]


def _html_photos(path) -> list[bytes]:
    text = path.read_text(encoding="utf-8")
    assert leaks_in(text.encode()) == []
    found = re.findall(r"data:image/[a-z]+;base64,([A-Za-z0-9+/=]+)", text)
    return [base64.b64decode(b64) for b64 in found]


def test_kabar_import_and_export_carry_no_location(tmp_path):
    path = kabar_file(
        tmp_path / "luar.kabar", {"photos/a.jpg": tagged_jpeg(), "photos/b.png": tagged_png()}
    )
    outputs = {fmt: tmp_path / f"berita.{fmt}" for fmt in ("docx", "html")}
    for fmt, out in outputs.items():
        done = _kabar("export", str(path), "-f", fmt, "-o", str(out))
        assert done.returncode == 0, done.stderr
    imported = _kabar("import", str(path))
    assert imported.returncode == 0, imported.stderr
    number = imported.stdout.strip()
    from_store = tmp_path / "dari-toko.docx"
    done = _kabar("export", number, "-f", "docx", "-o", str(from_store))
    assert done.returncode == 0, done.stderr
    store = DraftStore.open()
    try:
        stored = [p.data for p in store.load(int(number)).photos]
    finally:
        store.close()
    photos = {
        "docx": _docx_photos(outputs["docx"]),
        "html": _html_photos(outputs["html"]),
        "store": stored,
        "store→docx": _docx_photos(from_store),
    }
    for where, datas in photos.items():
        assert len(datas) == 2, where
        for data in datas:
            assert leaks_in(data) == [], where
            assert_upright(data)


def test_a_progressive_jpeg_too_large_to_hold_is_refused_before_decoding():
    photo = bytearray(plain_jpeg(64, 48, progressive=True, subsampling=0))
    frame = photo.index(b"\xff\xc2")
    photo[frame + 5 : frame + 9] = (7000).to_bytes(2, "big") * 2  # 7000 × 7000, full colour
    result = clean_photo(bytes(photo), "besar.jpg")
    assert result.message(_) == (
        "besar.jpg adalah JPEG progresif yang terlalu besar untuk dibuka (7000 × 7000 piksel);"
        " simpan sebagai JPEG biasa"
    )


def test_a_sync_bundle_from_an_older_kabar_brings_its_photos_in_clean(tmp_path):
    from kabar_desktop.sync import bundle

    draft = read_draft(kabar_file(tmp_path / "d.kabar", {"photos/a.jpg": plain_jpeg()}))
    draft.photos[0].data = tagged_jpeg()  # as an office without this door would send it
    meta = bundle.Meta(uuid="a" * 32, rev="b" * 24, gen=1, origin="UPT")
    _meta, received = bundle.decode(bundle.encode(meta, draft), meta.name)
    assert received is not None
    assert leaks_in(received.photos[0].data) == []
    assert_upright(received.photos[0].data)
