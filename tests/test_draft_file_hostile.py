"""Draft files built to harm: their photos can neither reach outside the draft nor exhaust Kabar.

A `.json` draft names its photos by path: an absolute path, `..`, a symlink leading out, a
device, a FIFO or a huge sparse file is refused with the field's name. A `.kabar` holding a
JPEG padded with 60 MB of NULs, one photo named twenty times, a photo over the limit, a
truncated photo or a damaged member gives one clear line, never a traceback, a 1 GB DOCX or
all the memory. The `kabar` runs happen in a child with a memory limit and a timeout.
"""

from __future__ import annotations

import os
import struct
import zipfile

import pytest
from photo_samples import json_draft, kabar_file, plain_jpeg, run_kabar, tagged_jpeg

from kabar_desktop.i18n import _
from kabar_desktop.model.draft_file import read_draft
from kabar_desktop.model.problems import DraftError

MB = 1024 * 1024


def _refusal(path, translate=_) -> str:
    """The one problem reading ``path`` gives, in Indonesian (``str``: the English template)."""
    with pytest.raises(DraftError) as err:
        read_draft(path)
    (problem,) = err.value.problems
    return problem.message(translate)


@pytest.fixture
def secret(tmp_path):
    """A real photo elsewhere on the disk, which no draft may pull in."""
    folder = tmp_path / "rahasia"
    folder.mkdir()
    (folder / "secret.jpg").write_bytes(plain_jpeg())
    return folder / "secret.jpg"


@pytest.fixture
def draft_folder(tmp_path):
    folder = tmp_path / "kiriman" / "draf"
    folder.mkdir(parents=True)
    return folder


def _outside(draft_folder, secret):
    (draft_folder / "tautan.jpg").symlink_to(secret)
    return {
        "absolute": (str(secret), "is an absolute path"),
        "windows": ("C:\\Users\\x\\secret.jpg", "is an absolute path"),
        "dotdot": ("../../rahasia/secret.jpg", "lies outside the draft's folder"),
        "backslash": ("..\\..\\rahasia\\secret.jpg", "lies outside the draft's folder"),
        "symlink": ("tautan.jpg", "lies outside the draft's folder"),
    }


@pytest.mark.parametrize("case", ["absolute", "windows", "dotdot", "backslash", "symlink"])
def test_a_json_draft_cannot_reach_outside_its_folder(draft_folder, secret, case):
    name, words = _outside(draft_folder, secret)[case]
    message = _refusal(json_draft(draft_folder / "d.json", name), str)
    assert message.startswith(f"photos[0].file: {name} {words}")


def test_within_its_folder_a_json_draft_may_use_subfolders_and_links(draft_folder):
    (draft_folder / "foto").mkdir()
    (draft_folder / "foto" / "a.jpg").write_bytes(plain_jpeg())
    (draft_folder / "juga.jpg").symlink_to(draft_folder / "foto" / "a.jpg")
    draft = read_draft(json_draft(draft_folder / "d.json", "foto/../foto/a.jpg", "juga.jpg"))
    assert [p.media_type for p in draft.photos] == ["image/jpeg", "image/jpeg"]


def _special(draft_folder, kind: str) -> str:
    if kind == "fifo":
        os.mkfifo(draft_folder / "pipa.jpg")
        return "pipa.jpg"
    if kind == "dev-zero":
        return "/dev/zero"
    if kind == "zero-link":
        (draft_folder / "nol.jpg").symlink_to("/dev/zero")
        return "nol.jpg"
    with open(draft_folder / "jarang.jpg", "wb") as fh:  # 10 GB, nothing on the disk
        fh.truncate(10 * 1024 * MB)
    return "jarang.jpg"


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        ("fifo", "bukan berkas biasa"),
        ("sparse", "terlalu besar: Kabar menerima berkas foto"),
        ("dev-zero", "adalah path absolut"),
        ("zero-link", "berada di luar folder draf"),
    ],
)
def test_special_and_huge_files_are_refused_at_once(draft_folder, kind, words):
    name = _special(draft_folder, kind)
    draft = json_draft(draft_folder / "d.json", name)
    out = draft_folder / "berita.docx"
    code, err, seconds = run_kabar("export", str(draft), "-f", "docx", "-o", str(out))
    assert code == 2 and "Traceback" not in err
    assert f"photos[0].file: {name} {words}" in err
    assert seconds < 20 and not out.exists()


@pytest.mark.parametrize("kind", ["absolute", "symlink"])
def test_kabar_import_refuses_the_photo_outside_and_stores_nothing(
    draft_folder, secret, kind
):
    from kabar_desktop.store import DraftStore

    name = {"absolute": str(secret), "symlink": "tautan.jpg"}[kind]
    if kind == "symlink":
        (draft_folder / "tautan.jpg").symlink_to(secret)
    code, err, _ = run_kabar("import", str(json_draft(draft_folder / "d.json", name)))
    assert code == 2 and "photos[0].file" in err and "Traceback" not in err
    store = DraftStore.open()
    try:
        assert store.list() == []
    finally:
        store.close()


def test_sixty_megabytes_of_nuls_after_a_jpeg_are_cut_off(tmp_path):
    photo = plain_jpeg()
    path = kabar_file(tmp_path / "nol.kabar", {"photos/a.jpg": photo + b"\0" * 60_000_000})
    assert path.stat().st_size < 200_000
    out = tmp_path / "berita.docx"
    code, err, seconds = run_kabar("export", str(path), "-f", "docx", "-o", str(out))
    assert code == 0, err
    assert out.stat().st_size < 200_000 and seconds < 30
    with zipfile.ZipFile(out) as zf:
        (media,) = [n for n in zf.namelist() if n.startswith("word/media/")]
        assert zf.read(media) == photo


def test_one_padded_photo_named_twenty_times_is_refused(tmp_path):
    padded = plain_jpeg() + b"\0" * 50_000_000
    path = kabar_file(tmp_path / "bom.kabar", {"photos/a.jpg": padded}, *["photos/a.jpg"] * 20)
    out = tmp_path / "berita.docx"
    code, err, seconds = run_kabar("export", str(path), "-f", "docx", "-o", str(out))
    assert code == 2 and "Traceback" not in err
    assert "foto-fotonya bersama-sama terlalu besar" in err and "200 MB" in err
    assert seconds < 30 and not out.exists()


def test_a_photo_over_the_limit_is_too_big_not_missing(tmp_path):
    oversized = b"\xff\xd8\xff" + b"\0" * 61 * MB
    path = kabar_file(tmp_path / "besar.kabar", {"photos/a.jpg": oversized})
    message = _refusal(path)
    assert message == (
        "photos[0].file: photos/a.jpg terlalu besar: Kabar menerima berkas foto paling besar 60 MB"
    )


def test_a_truncated_jpeg_with_an_end_marker_is_refused(tmp_path):
    photo = plain_jpeg()
    path = kabar_file(tmp_path / "potong.kabar", {"photos/a.jpg": photo[:3000] + b"\xff\xd9"})
    assert "photos/a.jpg adalah foto yang tidak dapat dibaca" in _refusal(path)


def _patched(path, member: str, change) -> None:
    """Rewrite one member's local and central headers (``change(flags, method)``)."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(member)
    name = member.encode()
    for sig, flag_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = 0
        while (start := data.find(sig, start)) >= 0:
            header_name_at = start + (30 if sig == b"PK\x03\x04" else 46)
            if data[header_name_at : header_name_at + len(name)] == name:
                flags, method = struct.unpack_from("<HH", data, start + flag_at)
                struct.pack_into("<HH", data, start + flag_at, *change(flags, method))
            start += 4
    path.write_bytes(bytes(data))
    assert info.filename == member


@pytest.mark.parametrize("damage", ["encrypted", "unknown-method", "bad-deflate"])
def test_a_damaged_photo_member_is_one_line(tmp_path, damage):
    path = kabar_file(tmp_path / "rusak.kabar", {"photos/a.jpg": plain_jpeg()})
    if damage == "encrypted":
        _patched(path, "photos/a.jpg", lambda flags, method: (flags | 1, method))
    elif damage == "unknown-method":
        _patched(path, "photos/a.jpg", lambda flags, method: (flags, 99))
    else:
        data = bytearray(path.read_bytes())
        with zipfile.ZipFile(path) as zf:
            info = zf.getinfo("photos/a.jpg")
        body = info.header_offset + 30 + len(info.filename) + len(info.extra)
        data[body : body + 64] = b"\xff" * 64
        path.write_bytes(bytes(data))
    code, err, _ = run_kabar("export", str(path), "-f", "html", "-o", str(tmp_path / "b.html"))
    assert code == 2 and "Traceback" not in err
    assert err.strip().endswith("bukan draf Kabar (berkasnya rusak)"), err


def test_two_draft_json_members_are_refused(tmp_path):
    path = kabar_file(tmp_path / "dua.kabar", {})
    with zipfile.ZipFile(path, "a") as zf, pytest.warns(UserWarning):
        zf.writestr("draft.json", "{}")
    assert _refusal(path) == "memuat dua draft.json: berkasnya rusak"


def test_a_damaged_photo_with_broken_exif_is_one_line_on_stderr(tmp_path):
    photo = bytearray(tagged_jpeg())
    make = photo.index(b"\x01\x0f\x00\x02")  # the Make entry (big-endian): tag, ASCII
    photo[make + 4 : make + 8] = (0xFFFFFF).to_bytes(4, "big")  # its count past the end
    path = kabar_file(tmp_path / "exif.kabar", {"photos/a.jpg": bytes(photo[:2000])})
    code, err, _ = run_kabar("export", str(path), "-f", "txt", "-o", str(tmp_path / "b.txt"))
    assert code == 2
    assert err.strip().splitlines() == [
        f"kabar: {path}: photos[0].file: photos/a.jpg adalah foto yang tidak dapat dibaca"
        " (rusak atau tidak lengkap)"
    ]
