"""Composed article → DOCX, styled by a reference document (like pandoc's reference.docx).

All the look lives in ``resources/reference.docx``: the page, the fonts and named paragraph
styles. Kabar only writes text and applies style names, so an office restyles every article
by replacing that one file. A replaced reference that lacks a style still exports: the style
is recreated from ``docx_styles.STYLE_SPECS``, on top of whatever the office's Normal says.

The reference is copied part by part; Kabar rewrites only the body, the styles (language, any
missing style), the settings (proofing state), the core properties and, with a logo, the
header. Imports stay small (lxml and the standard library): one ``kabar export`` is a process
of its own, and its start-up is most of its time.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path
from typing import BinaryIO

from lxml import etree

from kabar_desktop import paths
from kabar_desktop.compose.document import Article, Block, Run
from kabar_desktop.export import wordml
from kabar_desktop.export.dateline import dateline_length
from kabar_desktop.export.docx_package import RT, RT_CORE, Package, PackageError, resolve
from kabar_desktop.export.docx_styles import (
    BODY_STYLE,
    LANGUAGE,
    PICTURE_STYLE,
    STYLE_NAMES,
    STYLE_SPECS,
    StyleSheet,
)
from kabar_desktop.export.wordml import EMU_PER_TWIP, w

__all__ = ["LANGUAGE", "PICTURE_STYLE", "STYLE_NAMES", "STYLE_SPECS", "write_docx"]

PHOTO_MAX_HEIGHT = 0.6  # of the text height: a portrait photo must leave room for the text
LOGO_HEIGHT = round(1.5 * 360000)  # 1.5 cm in EMU
LOGO_GAP_PT = 12
_A4 = (11906, 16838)  # twips
_DEFAULT_MARGIN = 1417  # 2.5 cm in twips
_CORE_PROPERTY_LIMIT = 255  # Word's limit for core property strings
_IMAGE_TYPES = {"JPEG": ("jpg", "image/jpeg"), "PNG": ("png", "image/png")}
_IMAGE_TYPES["GIF"] = ("gif", "image/gif")
_RT_IMAGE, _RT_HEADER = f"{RT}/image", f"{RT}/header"
_RT_STYLES, _RT_SETTINGS = f"{RT}/styles", f"{RT}/settings"
_CT_HEADER = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"
_CT_CORE = "application/vnd.openxmlformats-package.core-properties+xml"


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
    writer = _Writer(Package.open(reference or default_reference()))
    writer.write_body(article)
    if logo:
        writer.add_logo(logo)
    writer.finish(article)
    writer.package.save(out)


def _parse(data: bytes) -> etree._Element:
    return etree.fromstring(data, etree.XMLParser(resolve_entities=False, huge_tree=True))


def _serialize(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


class _Writer:
    """One export: the reference's parts, edited in memory."""

    def __init__(self, package: Package) -> None:
        self.package = package
        self.main = package.main_document()
        self.document = _parse(package.parts[self.main])
        self.body = self.document.find(w("body"))
        if self.body is None:
            raise PackageError("the reference's document has no body")
        styles_part = package.related(self.main, _RT_STYLES)
        if styles_part is None or styles_part not in package.parts:
            raise PackageError("the reference has no styles")
        self.styles_part: str = styles_part
        self.styles = StyleSheet(_parse(package.parts[self.styles_part]))
        self.sect = self._final_section()
        self.next_shape_id = 1

    def _final_section(self) -> etree._Element:
        """Drop whatever the reference's body holds but keep its final section (page, margins,
        header), giving it an A4 page and 2.5 cm margins where it names none."""
        sect = self.body.find(w("sectPr"))
        for child in list(self.body):
            if child is not sect:
                self.body.remove(child)
        if sect is None:
            sect = etree.SubElement(self.body, w("sectPr"))
        size = sect.find(w("pgSz"))
        if size is None:
            size = etree.SubElement(sect, w("pgSz"))
        if not size.get(w("w")) or not size.get(w("h")):
            size.set(w("w"), str(_A4[0]))
            size.set(w("h"), str(_A4[1]))
        margins = sect.find(w("pgMar"))
        if margins is None:
            margins = etree.Element(w("pgMar"))
            size.addnext(margins)
        for side in ("top", "right", "bottom", "left"):
            if not margins.get(w(side)):
                margins.set(w(side), str(_DEFAULT_MARGIN))
        return sect

    def _text_box(self) -> tuple[int, int]:
        """Width and height (EMU) inside the margins."""

        def twips(element: str, attr: str) -> int:
            found = self.sect.find(w(element))
            value = found.get(w(attr)) if found is not None else None
            try:
                return abs(int(float(value))) if value else 0
            except ValueError:
                return 0

        width = twips("pgSz", "w") - twips("pgMar", "left") - twips("pgMar", "right")
        width -= twips("pgMar", "gutter")
        height = twips("pgSz", "h") - twips("pgMar", "top") - twips("pgMar", "bottom")
        return max(width, 1440) * EMU_PER_TWIP, max(height, 1440) * EMU_PER_TWIP

    # The body -------------------------------------------------------------------------------

    def write_body(self, article: Article) -> None:
        text_width, text_height = self._text_box()
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
        fragment = _parse(f"<w:body {wordml.NAMESPACES}>{''.join(xml)}</w:body>".encode())
        for paragraph in list(fragment):
            self.sect.addprevious(paragraph)

    def _paragraph(self, style_name: str, runs: tuple[Run, ...], dateline: int = 0) -> str:
        """The runs in a named style; the first ``dateline`` runs bold, as on the HTML page."""
        # Emphasis inside an italic style is set upright, as print does, so it stays visible.
        upright = self.styles.italic(style_name)
        content = "".join(
            wordml.run(
                r.text, italic=(not upright) if r.italic else None, bold=r.bold or i < dateline
            )
            for i, r in enumerate(runs)
            if r.text
        )
        return wordml.paragraph(self.styles.paragraph_id(style_name), content)

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
            run = self._picture(self.main, photo.data, block.text, width, height)
            out = wordml.paragraph(self.styles.paragraph_id(PICTURE_STYLE), run)
        if block.text:
            out += self._paragraph(STYLE_NAMES["figure"], block.runs)
        return out

    def _picture(self, part: str, data: bytes, alt: str, cx: int, cy: int) -> str:
        """A run with ``data`` as a picture of ``part`` (the document or a header)."""
        extension, content_type = _IMAGE_TYPES[image_kind(data)]
        media = self.package.free_name(f"word/media/image{{}}.{extension}")
        self.package.add_part(media, data)
        self.package.ensure_default(extension, content_type)
        rel_id = self.package.rels(part).add(_RT_IMAGE, _relative(part, media))
        shape_id, self.next_shape_id = self.next_shape_id, self.next_shape_id + 1
        return wordml.picture(rel_id, shape_id, media.rsplit("/", 1)[-1], alt, cx, cy)

    # The header ---------------------------------------------------------------------------

    def add_logo(self, logo: bytes) -> None:
        """The office's logo at the top of the first page's header, 1.5 cm high."""
        _kind, px_width, px_height = image_info(logo)
        header_part, header = self._default_header()
        self.next_shape_id = max(self.next_shape_id, _max_shape_id(self.package, header_part) + 1)
        width = round(LOGO_HEIGHT * px_width / px_height)
        run = self._picture(header_part, logo, "Logo", width, LOGO_HEIGHT)
        xml = wordml.paragraph(None, run, space_after_pt=LOGO_GAP_PT)  # the title stays clear
        logo_paragraph = _parse(f"<w:hdr {wordml.NAMESPACES}>{xml}</w:hdr>".encode())[0]
        first = header.find(w("p"))
        if first is not None and first.find(w("r")) is None:  # an empty paragraph: use it
            ppr = first.find(w("pPr"))
            if ppr is not None:
                spacing = logo_paragraph.find(f"{w('pPr')}/{w('spacing')}")
                for old in ppr.findall(w("spacing")):
                    ppr.remove(old)
                _insert_spacing(ppr, spacing)
                logo_paragraph.replace(logo_paragraph.find(w("pPr")), ppr)
            first.addprevious(logo_paragraph)
            header.remove(first)
        elif first is not None:
            first.addprevious(logo_paragraph)
        else:
            header.insert(0, logo_paragraph)
        self.package.parts[header_part] = _serialize(header)

    def _default_header(self) -> tuple[str, etree._Element]:
        """The final section's own default header, made when the reference has none."""
        for reference in self.sect.findall(w("headerReference")):
            if reference.get(w("type"), "default") == "default":
                target = self.package.rels(self.main).target(reference.get(f"{{{RT}}}id", ""))
                if target:
                    name = resolve(self.main, target)
                    if name in self.package.parts:
                        return name, _parse(self.package.parts[name])
        name = self.package.free_name("word/header{}.xml")
        header = _parse(f"<w:hdr {wordml.NAMESPACES}/>".encode())
        self.package.add_part(name, b"", _CT_HEADER)
        rel_id = self.package.rels(self.main).add(_RT_HEADER, _relative(self.main, name))
        for old in self.sect.findall(w("headerReference")):
            if old.get(w("type"), "default") == "default":
                self.sect.remove(old)
        reference = etree.Element(w("headerReference"))
        reference.set(w("type"), "default")
        reference.set(f"{{{RT}}}id", rel_id)
        self.sect.insert(0, reference)  # header references come first in a section
        return name, header

    # Styles, settings, properties ----------------------------------------------------------

    def finish(self, article: Article) -> None:
        self.styles.enforce_language()
        self.package.parts[self.styles_part] = _serialize(self.styles.root)
        self.package.parts[self.main] = _serialize(self.document)
        settings = self.package.related(self.main, _RT_SETTINGS)
        if settings in self.package.parts:
            # A reference saved by Word says its (old) text is already proofed; let Word check.
            root = _parse(self.package.parts[settings])
            states = root.findall(w("proofState"))
            for state in states:
                root.remove(state)
            if states:
                self.package.parts[settings] = _serialize(root)
        self._core_properties(article)

    def _core_properties(self, article: Article) -> None:
        name = self.package.related("", RT_CORE)
        if name is None or name not in self.package.parts:
            name = name or "docProps/core.xml"
            self.package.add_part(name, b"", _CT_CORE)
            if self.package.related("", RT_CORE) is None:
                self.package.rels("").add(RT_CORE, name)
            root = etree.Element(f"{{{_CP}}}coreProperties", nsmap=_CORE_NS)
        else:
            root = _parse(self.package.parts[name])
        now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        author = _clean(article.author)
        for tag in _REFERENCE_ONLY:  # they describe the reference ("Ubah gaya …"), not the article
            for element in root.findall(tag):
                root.remove(element)
        for tag, value in (
            (f"{{{_DC}}}title", _clean(article.title)),
            (f"{{{_DC}}}description", _summary(article.description)),
            (f"{{{_DC}}}creator", author),
            (f"{{{_CP}}}lastModifiedBy", author),
            (f"{{{_CP}}}revision", "1"),
            (f"{{{_DCTERMS}}}created", now),
            (f"{{{_DCTERMS}}}modified", now),
            (f"{{{_DC}}}language", LANGUAGE),
        ):
            if not value and tag in _REFERENCE_ONLY:
                continue  # no lead, no description
            element = root.find(tag)
            if element is None:
                element = etree.SubElement(root, tag)
            element.text = value
            if tag.startswith(f"{{{_DCTERMS}}}"):
                element.set(f"{{{_XSI}}}type", "dcterms:W3CDTF")
        self.package.parts[name] = _serialize(root)


_CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
_DC = "http://purl.org/dc/elements/1.1/"
_DCTERMS = "http://purl.org/dc/terms/"
_XSI = "http://www.w3.org/2001/XMLSchema-instance"
_CORE_NS = {"cp": _CP, "dc": _DC, "dcterms": _DCTERMS, "xsi": _XSI}
_REFERENCE_ONLY = (
    f"{{{_DC}}}description",
    f"{{{_DC}}}subject",
    f"{{{_CP}}}keywords",
    f"{{{_CP}}}category",
)
_SHAPE_ID = re.compile(rb'<wp:docPr[^>]*\bid="(\d+)"')


def _clean(text: str) -> str:
    return text[:_CORE_PROPERTY_LIMIT]


def _summary(text: str) -> str:
    """``text`` within Word's limit, cut after a whole word."""
    text = " ".join(text.split())
    if len(text) <= _CORE_PROPERTY_LIMIT:
        return text
    cut = text[: _CORE_PROPERTY_LIMIT - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def _relative(source_part: str, target_part: str) -> str:
    folder = source_part.rsplit("/", 1)[0] + "/" if "/" in source_part else ""
    if folder and target_part.startswith(folder):
        return target_part[len(folder) :]
    return "/" + target_part


def _max_shape_id(package: Package, header_part: str) -> int:
    """The highest drawing id in the header: Word wants them unique across the document."""
    found = _SHAPE_ID.findall(package.parts.get(header_part, b""))
    return max((int(n) for n in found), default=0)


def _insert_spacing(ppr: etree._Element, spacing: etree._Element | None) -> None:
    """Put ``w:spacing`` where the schema wants it in a paragraph's properties."""
    if spacing is None:
        return
    for later in ("ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "rPr"):
        found = ppr.find(w(later))
        if found is not None:
            found.addprevious(spacing)
            return
    ppr.append(spacing)


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
    if kind not in _IMAGE_TYPES or width <= 0 or height <= 0:
        raise ImageError(f"{kind or '?'} image")
    return kind, width, height
