"""The prepared reference kept in the cache folder (issue 15 #8): an export from the kept copy is
the export a fresh preparation gives, and a changed reference or logo is prepared anew."""

from __future__ import annotations

import io
import os
import re
import time
import zipfile
from pathlib import Path

import docx
import pytest
from conftest import DATA, jpeg_bytes, png_bytes

from kabar_desktop import paths
from kabar_desktop.compose import compose
from kabar_desktop.export import docx_template
from kabar_desktop.export.docx import write_docx
from kabar_desktop.export.docx_zip import DEFLATED, STORED, entry, write_zip
from kabar_desktop.model.draft import Photo
from kabar_desktop.model.draft_file import read_draft
from kabar_desktop.model.photo_check import check_photo

REFERENCE = paths.resources_dir() / "reference.docx"
_DATES = re.compile(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")


def article(photos: int = 0):
    draft = read_draft(DATA / "sample.json")
    for i in range(photos):
        photo = Photo(file=f"foto{i}.jpg", caption=f"Foto {i + 1}")
        assert check_photo(photo, jpeg_bytes(), photo.file) is None
        draft.photos.append(photo)
    return compose(draft)


def parts(data: bytes) -> dict[str, bytes]:
    """Each part's bytes, the core properties' times left out (they are the export's own)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None
        return {n: _DATES.sub(b"", archive.read(n)) for n in archive.namelist()}


def exported(**options) -> bytes:
    out = io.BytesIO()
    write_docx(options.pop("article", None) or article(1), out, **options)
    return out.getvalue()


def kept() -> Path:
    return paths.cache_dir() / docx_template.CACHE_FILE


def test_an_export_from_the_kept_reference_is_the_fresh_export():
    kept().unlink(missing_ok=True)
    fresh = exported(logo=png_bytes())
    assert kept().is_file()
    again = exported(logo=png_bytes())
    assert list(parts(again)) == list(parts(fresh))
    assert parts(again) == parts(fresh)


def test_a_damaged_kept_reference_is_prepared_again():
    fresh = exported()
    kept().write_bytes(b"\x00 rusak")
    assert parts(exported()) == parts(fresh)
    assert kept().read_bytes() != b"\x00 rusak"


def test_a_changed_reference_is_prepared_again(tmp_path):
    path = tmp_path / "kantor.docx"
    document = docx.Document(str(REFERENCE))
    document.styles["Isi Berita"].font.size = docx.shared.Pt(12)
    document.save(str(path))
    body = docx.Document(io.BytesIO(exported(reference=path))).styles["Isi Berita"]
    assert body.font.size.pt == 12
    document.styles["Isi Berita"].font.size = docx.shared.Pt(14)
    document.save(str(path))
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    body = docx.Document(io.BytesIO(exported(reference=path))).styles["Isi Berita"]
    assert body.font.size.pt == 14


def test_another_logo_is_prepared_again():
    def logo_size(data: bytes) -> int:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return len(archive.read("word/media/image1.png"))

    small, large = png_bytes(40, 40), png_bytes(800, 800)
    assert logo_size(exported(logo=small)) == len(small)
    assert logo_size(exported(logo=large)) == len(large)
    assert "word/media/image1.png" not in parts(exported())


def test_a_cache_folder_that_cannot_be_written_still_exports(tmp_path, monkeypatch):
    blocked = tmp_path / "file-not-folder"
    blocked.write_bytes(b"")
    monkeypatch.setenv("KABAR_HOME", str(blocked))
    fresh = exported()
    assert [p.text for p in docx.Document(io.BytesIO(fresh)).paragraphs][0].startswith("Rudenim")


@pytest.mark.parametrize("name", ["word/document.xml", "word/media/foto.jpg", "kata/ŚEKAR.xml"])
def test_the_zip_writer_writes_the_bytes_zipfile_writes(name):
    """The ZIP entries are laid out as zipfile.writestr lays them out, byte for byte."""
    data = jpeg_bytes() if name.endswith(".jpg") else b"<w:document/>" * 500
    method = STORED if name.endswith(".jpg") else DEFLATED
    when = time.mktime((2024, 9, 25, 10, 30, 8, 0, 0, -1))
    ours = io.BytesIO()
    write_zip(ours, [entry("[Content_Types].xml", b"<Types/>"), entry(name, data, method)], when)
    theirs = io.BytesIO()
    with zipfile.ZipFile(theirs, "w", zipfile.ZIP_DEFLATED) as archive:
        both = (("[Content_Types].xml", b"<Types/>", DEFLATED), (name, data, method))
        for part, content, how in both:
            info = zipfile.ZipInfo(part, date_time=time.localtime(when)[:6])
            info.compress_type, info.external_attr = how, 0o600 << 16
            archive.writestr(info, content)
    assert ours.getvalue() == theirs.getvalue()


def test_text_xml_cannot_hold_is_refused_and_no_file_is_left(tmp_path):
    """The draft reader keeps control characters out; an article made otherwise is refused
    whole, as lxml refused it, rather than written as a DOCX Word cannot open."""
    from kabar_desktop.compose import Article, Block, Run
    from kabar_desktop.export import export_article

    for title, body in (("Judul\x01", "isi"), ("Judul", "isi\x0b")):
        blocks = (Block("title", (Run(title),)), Block("body", (Run(body),)))
        bad = Article(title, blocks, "", "", None)
        with pytest.raises(ValueError):
            export_article(bad, "docx", tmp_path / "berita.docx")
    assert list(tmp_path.iterdir()) == []
