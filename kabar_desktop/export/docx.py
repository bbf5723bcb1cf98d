"""Composed article → DOCX, styled by a reference document (like pandoc's reference.docx).

All the look lives in ``resources/reference.docx``: the page, the fonts and named paragraph
styles. Kabar only writes text and applies style names, so an office restyles every article
by replacing that one file. A replaced reference that lacks a style still exports: the style
is recreated from ``docx_styles.STYLE_SPECS``, on top of whatever the office's Normal says.

The reference is copied part by part; Kabar rewrites only the body, the styles (language, any
missing style), the settings (proofing state), the core properties and, with a logo, the
header. What depends on the reference alone is prepared once (docx_prepare.py) and kept in the
cache folder (docx_template.py); an export writes the article's paragraphs, photos and
properties into it as text (wordml.py) and zips the parts with zlib (docx_zip.py). One
``kabar export`` is a process of its own, and its start-up is most of its time: on the way of
a cached reference it imports neither lxml nor zipfile.
"""

from __future__ import annotations

import datetime as dt
import io

from kabar_desktop import paths
from kabar_desktop.compose.document import Article, Block, Run
from kabar_desktop.export import docx_template, wordml
from kabar_desktop.export.dateline import dateline_length
from kabar_desktop.export.docx_zip import Entry, entry, write_zip
from kabar_desktop.export.style_names import BODY_STYLE, PICTURE_STYLE, STYLE_NAMES

TYPE_CHECKING = False  # typing costs a bare interpreter ~3 ms (cli.py)
if TYPE_CHECKING:
    from pathlib import Path
    from typing import BinaryIO

    from kabar_desktop.export.docx_template import Template

__all__ = ["PICTURE_STYLE", "STYLE_NAMES", "write_docx"]

PHOTO_MAX_HEIGHT = 0.6  # of the text height: a portrait photo must leave room for the text
_CORE_PROPERTY_LIMIT = 255  # Word's limit for core property strings
IMAGE_TYPES = {"JPEG": ("jpg", "image/jpeg"), "PNG": ("png", "image/png")}
IMAGE_TYPES["GIF"] = ("gif", "image/gif")
_RT_IMAGE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"
# Characters XML cannot hold (model/parse.py keeps them out of drafts): refused, as lxml does.
_C0 = bytes(c for c in range(32) if c not in b"\t\n\r")  # and U+FFFE, U+FFFF: _refuse_non_xml


class ImageError(ValueError):
    """A picture (photo or logo) that is not a JPEG, PNG or GIF image Kabar can read."""


def default_reference() -> Path:
    return paths.resources_dir() / "reference.docx"


def write_docx(
    article: Article,
    out: BinaryIO,
    *,
    reference: Path | None = None,
    logo: bytes | None = None,
) -> None:
    """Write ``article`` to ``out`` as DOCX styled by ``reference``, ``logo`` in the header."""
    template = docx_template.load(reference or default_reference(), logo)
    _Writer(template).write(article, out)


class _Writer:
    """One export: the article's parts, written into the prepared template."""

    def __init__(self, template: Template) -> None:
        self.template = template
        self.media: list[Entry] = []
        self.names = set(template.names)
        self.rel_ids = set(template.rel_ids)
        self.rels: list[str] = []  # the document's new relationships
        self.defaults: list[str] = []  # new extensions' Defaults
        self.next_shape_id = template.next_shape_id

    def write(self, article: Article, out: BinaryIO) -> None:
        t = self.template
        body = self.body(article)
        document = t.document[0] + _refuse_non_xml(body.encode()) + t.document[1]
        parts = {
            "document": entry(t.main, document),
            "core": entry(t.core, self.core_properties(article)),
            "types": entry("[Content_Types].xml", _join(t.types, self.defaults)),
            "rels": entry(t.main_rels, _join(t.rels, self.rels)),
        }
        entries = [parts[item] if isinstance(item, str) else item for item in t.layout]
        write_zip(out, entries + self.media)

    # The body -------------------------------------------------------------------------------

    def body(self, article: Article) -> str:
        """The article's paragraphs, in WordprocessingML."""
        text_width, text_height = self.template.text_box
        max_height = int(text_height * PHOTO_MAX_HEIGHT)
        xml = []
        for block in article.blocks:
            if block.kind == "figure":
                xml.append(self._figure(block, text_width, max_height))
            elif block.kind == "title" and not block.text:
                continue  # no empty heading, as in the HTML page
            else:
                name = STYLE_NAMES.get(block.kind, BODY_STYLE)
                xml.append(self._paragraph(name, block.runs, dateline_length(block)))
        return "".join(xml)

    def _paragraph(self, style_name: str, runs: tuple[Run, ...], dateline: int = 0) -> str:
        """The runs in a named style; the first ``dateline`` runs bold, as on the HTML page."""
        # Emphasis inside an italic style is set upright, as print does, so it stays visible.
        upright = self.template.italic[style_name]
        content = "".join(
            wordml.run(
                r.text, italic=(not upright) if r.italic else None, bold=r.bold or i < dateline
            )
            for i, r in enumerate(runs)
            if r.text
        )
        return self._in_style(style_name, content)

    def _in_style(self, style_name: str, content: str) -> str:
        return wordml.paragraph(
            self.template.styles[style_name],
            content,
            namespaces=self.template.paragraph_namespaces,
        )

    def _figure(self, block: Block, text_width: int, max_height: int) -> str:
        """The photo across the text width (height capped, aspect kept), then its caption."""
        out = ""
        photo = block.photo
        if photo is not None and photo.data:
            px_width, px_height = photo.width, photo.height
            if px_width <= 0 or px_height <= 0:
                _kind, px_width, px_height = image_info(photo.data)
            width, height = text_width, round(text_width * px_height / px_width)
            if height > max_height:
                width, height = round(max_height * px_width / px_height), max_height
            run = self._picture(photo.data, block.text, width, height)
            out = self._in_style(PICTURE_STYLE, run)
        if block.text:
            out += self._paragraph(STYLE_NAMES["figure"], block.runs)
        return out

    def _picture(self, data: bytes, alt: str, cx: int, cy: int) -> str:
        """A run with ``data`` as a picture of the document."""
        t = self.template
        extension, content_type = IMAGE_TYPES[image_kind(data)]
        media = docx_template.free_name(self.names, f"word/media/image{{}}.{extension}")
        self.names.add(media)
        self.media.append(entry(media, data, docx_template.media_method(media)))
        if extension not in t.extensions and extension not in self.defaults[::2]:
            self.defaults += [extension, content_type]
        n = len(self.rel_ids) + 1
        while f"rId{n}" in self.rel_ids:
            n += 1
        rel_id = f"rId{n}"
        self.rel_ids.add(rel_id)
        self.rels += [rel_id, _RT_IMAGE, docx_template.relative(t.main, media)]
        shape_id, self.next_shape_id = self.next_shape_id, self.next_shape_id + 1
        return wordml.picture(rel_id, shape_id, media.rsplit("/", 1)[-1], alt, cx, cy)

    # Properties --------------------------------------------------------------------------

    def core_properties(self, article: Article) -> bytes:
        """The reference's core properties, naming the article and its office."""
        values = {
            "title": _clean(article.title),
            "description": _summary(article.description),
            "author": _clean(article.author),
            "now": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
        pieces = self.template.core_pieces[0 if values["description"] else 1]
        out = []
        for i, piece in enumerate(pieces):
            if i % 2:
                out.append(_refuse_non_xml(_text(values[piece]).encode()))
            else:
                out.append(piece)
        return b"".join(out)


def _join(pieces: list, values: list[str]) -> bytes:
    """[head, item, tail] with one item for each run of the item's values in ``values``."""
    head, item, tail = pieces
    width = len(item) // 2
    out = [head]
    for start in range(0, len(values), width):
        for i, piece in enumerate(item):
            out.append(wordml.esc(values[start + int(piece)]).encode() if i % 2 else piece)
    out.append(tail)
    return b"".join(out)


def _text(value: str) -> str:
    """A core property's text as lxml writes it (wordml.esc also writes quotes as entities)."""
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return value.replace("\r", "&#13;")


def _refuse_non_xml(data: bytes) -> bytes:
    """``data`` (UTF-8), if XML can hold it: no control characters but tab and line ends, no
    U+FFFE or U+FFFF. Looked for in the bytes, where Python finds them in C at once."""
    nonchars = b"\xef\xbf\xbe" in data or b"\xef\xbf\xbf" in data
    if nonchars or len(data.translate(None, _C0)) != len(data):
        raise ValueError("All strings must be XML compatible: no NULL bytes or control characters")
    return data


def _clean(text: str) -> str:
    return text[:_CORE_PROPERTY_LIMIT]


def _summary(text: str) -> str:
    """``text`` within Word's limit, cut after a whole word."""
    text = " ".join(text.split())
    if len(text) <= _CORE_PROPERTY_LIMIT:
        return text
    cut = text[: _CORE_PROPERTY_LIMIT - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def image_kind(data: bytes) -> str:
    """JPEG, PNG or GIF, told by the file's first bytes; ImageError for anything else."""
    if data.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "GIF"
    raise ImageError("not a JPEG, PNG or GIF image")


def image_info(data: bytes) -> tuple[str, int, int]:
    """(kind, width, height) of a JPEG, PNG or GIF image; ImageError for anything else."""
    from PIL import Image, UnidentifiedImageError  # noqa: PLC0415 - only for unmeasured images

    try:
        with Image.open(io.BytesIO(data)) as image:
            kind, (width, height) = image.format or "", image.size
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise ImageError(str(exc)) from exc
    if kind not in IMAGE_TYPES or width <= 0 or height <= 0:
        raise ImageError(f"{kind or '?'} image")
    return kind, width, height
