"""Reading and writing draft files: every problem named by its field or file, nothing lost."""

from __future__ import annotations

import json
import struct
import zipfile
import zlib

import pytest
from conftest import DATA, jpeg_bytes, png_bytes

from kabar_desktop.model.draft import Photo
from kabar_desktop.model.draft_file import read_draft, write_draft
from kabar_desktop.model.parse import draft_from_dict, draft_to_dict
from kabar_desktop.model.problems import DraftError


def _minimal(**fields) -> dict:
    return {"format": "kabar-draft", "version": 1, **fields}


def test_sample_round_trips_through_a_kabar_file(tmp_path):
    draft = read_draft(DATA / "sample.json")
    draft.photos.append(Photo(file="foto kegiatan.jpg", caption="Peserta pelatihan"))
    draft.photos[0].data = jpeg_bytes()
    target = tmp_path / "berita.kabar"
    write_draft(draft, target)
    with zipfile.ZipFile(target) as zf:
        assert set(zf.namelist()) == {"draft.json", "photos/foto kegiatan.jpg"}
    again = read_draft(target)
    assert again.speakers == draft.speakers
    assert again.title == draft.title and again.date == draft.date
    assert again.photos[0].data == draft.photos[0].data
    assert (again.photos[0].width, again.photos[0].height) == (640, 427)


def test_bare_json_finds_photos_beside_it(tmp_path):
    (tmp_path / "img").mkdir()
    (tmp_path / "img" / "a.png").write_bytes(png_bytes())
    (tmp_path / "d.json").write_text(
        json.dumps(_minimal(photos=[{"file": "img/a.png", "caption": "x"}])), encoding="utf-8"
    )
    draft = read_draft(tmp_path / "d.json")
    assert draft.photos[0].media_type == "image/png"


@pytest.mark.parametrize(
    ("content", "path", "words"),
    [
        (_minimal(date="2024-02-30"), "date", "2024-02-30"),
        (_minimal(date="25/09/2024"), "date", "YYYY-MM-DD"),
        (_minimal(title=5), "title", "teks"),
        (_minimal(title="Baik\x07"), "title", "U+0007"),
        (_minimal(lead_kind="pesta"), "kind", "pesta"),  # a v1 field, migrated
        (_minimal(version=2, kind="pesta"), "kind", "pesta"),
        (
            _minimal(version=2, speakers=[{"name": "A"}, {"part": "dalang"}]),
            "speakers[1].part",
            "dalang",
        ),
        (
            _minimal(version=2, paragraphs=[{"text": "x", "after": "tengah"}]),
            "paragraphs[0].after",
            "tengah",
        ),
        (
            _minimal(speakers=[{"statements": [{"kind": "kutipan"}]}]),
            "speakers[0].statements[0].kind",
            "kutipan",
        ),
        ({"format": "kabar-draft", "version": 99}, "version", "99"),
        ({"title": "x"}, "format", "kabar-draft"),
        (_minimal(photos=[{"caption": "tanpa berkas"}]), "photos[0].file", ""),
    ],
)
def test_bad_fields_are_named_in_indonesian(content, path, words):
    with pytest.raises(DraftError) as err:
        draft_from_dict(content)
    problem = next(p for p in err.value.problems if p.path == path)
    from kabar_desktop.i18n import _

    message = problem.message(_)
    assert message.startswith(f"{path}: ")
    assert words in message
    assert problem.template != message.split(": ", 1)[1] or path == "version"  # translated


def test_all_problems_are_reported_at_once():
    with pytest.raises(DraftError) as err:
        draft_from_dict(_minimal(title=1, date="2024-13-01", speakers=[{"name": 2}]))
    assert {p.path for p in err.value.problems} == {"title", "date", "speakers[0].name"}


def test_invalid_json_names_line_and_column(tmp_path):
    bad = tmp_path / "rusak.json"
    bad.write_text('{"format": "kabar-draft",\n "title": }', encoding="utf-8")
    with pytest.raises(DraftError) as err:
        read_draft(bad)
    assert "baris 2" in err.value.problems[0].message(_translate())


def _translate():
    from kabar_desktop.i18n import _

    return _


def test_a_damaged_kabar_file_is_refused(tmp_path):
    bad = tmp_path / "rusak.kabar"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(DraftError):
        read_draft(bad)


def _photo_draft(tmp_path, data: bytes | None, name="foto.jpg"):
    if data is not None:
        (tmp_path / name).write_bytes(data)
    (tmp_path / "d.json").write_text(
        json.dumps(_minimal(photos=[{"file": name, "caption": "c"}])), encoding="utf-8"
    )
    return tmp_path / "d.json"


def _huge_png(width: int, height: int) -> bytes:
    """A real black-and-white PNG of ``width`` × ``height``: tiny on disk, huge when decoded."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    row = b"\0" * (1 + (width + 7) // 8)
    pixels = zlib.compress(row * height, 1)
    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (None, "tidak ada"),
        (b"this is not an image", "tidak dapat dibaca"),
        (jpeg_bytes()[:-2000], "tidak dapat dibaca"),
        (_huge_png(20000, 20000), "50 megapiksel"),
    ],
    ids=["missing", "not-an-image", "truncated", "20000x20000"],
)
def test_bad_photos_are_refused_with_the_file_named(tmp_path, data, words):
    with pytest.raises(DraftError) as err:
        read_draft(_photo_draft(tmp_path, data))
    message = err.value.problems[0].message(_translate())
    assert message.startswith("photos[0].file: foto.jpg")
    assert words in message


def test_photo_over_fifty_megapixels_says_its_size(tmp_path):
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.new("1", (8000, 7000)).save(buf, "PNG")
    with pytest.raises(DraftError) as err:
        read_draft(_photo_draft(tmp_path, buf.getvalue(), "besar.png"))
    assert "8000 × 7000" in err.value.problems[0].message(_translate())


def test_writing_never_leaves_half_a_file(tmp_path):
    draft = read_draft(DATA / "sample.json")
    target = tmp_path / "d.kabar"
    write_draft(draft, target)
    before = target.read_bytes()
    draft.photos.append(Photo(file="x.jpg"))
    draft.photos[0].data = object()  # not bytes: the ZIP writer fails half-way
    with pytest.raises(TypeError):
        write_draft(draft, target)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["d.kabar"]


def test_to_dict_and_back_is_lossless():
    draft = read_draft(DATA / "sample.json")
    assert draft_from_dict(draft_to_dict(draft)) == draft


def test_written_files_get_ordinary_permissions(tmp_path):
    import os
    import stat

    umask = os.umask(0o022)
    try:
        target = tmp_path / "d.kabar"
        write_draft(read_draft(DATA / "sample.json"), target)
        assert stat.S_IMODE(target.stat().st_mode) == 0o644
    finally:
        os.umask(umask)


def test_a_photo_needs_its_caption_before_export():
    from kabar_desktop.i18n import _
    from kabar_desktop.model.completeness import missing_facts

    draft = read_draft(DATA / "sample.json")
    draft.photos.append(Photo(file="foto.jpg", caption="  "))
    messages = [p.message(_) for p in missing_facts(draft)]
    assert messages == [
        "photos[0].caption: wajib diisi: keterangan foto: apa dan siapa yang tampak di foto"
    ]


def test_a_kabar_file_under_a_json_name_and_a_json_with_a_bom_are_both_read(tmp_path):
    """A draft is told by its bytes, not its name: what starts as JSON is read without
    zipfile (issue 15 #8), anything else is looked at as a ZIP, as before."""
    draft = read_draft(DATA / "sample.json")
    draft.photos.append(Photo(file="foto.jpg", caption="Peserta pelatihan"))
    draft.photos[0].data = jpeg_bytes()
    zipped = tmp_path / "berita.kabar"
    write_draft(draft, zipped)
    renamed = tmp_path / "berita.json"
    renamed.write_bytes(zipped.read_bytes())
    assert read_draft(renamed).photos[0].data == draft.photos[0].data
    with_bom = tmp_path / "bom.json"
    with_bom.write_bytes(b"\xef\xbb\xbf \n" + (DATA / "sample.json").read_bytes())
    assert read_draft(with_bom).title == draft.title
