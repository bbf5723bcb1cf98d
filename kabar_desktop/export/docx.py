"""Composed article → DOCX, styled by a reference document (like pandoc's reference.docx).

All the look lives in ``resources/reference.docx``: the page, the fonts and named paragraph
styles. Kabar only writes text and applies style names, so an office restyles every article
by replacing that one file. A replaced reference that lacks a style still exports: the style
is recreated from ``STYLE_SPECS``, on top of whatever the office's Normal style says.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import docx
from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, Twips
from docx.styles.style import ParagraphStyle
from docx.text.paragraph import Paragraph

from kabar_desktop import paths
from kabar_desktop.compose.document import Article, Block, Run

LANGUAGE = "id-ID"

# Block kind → paragraph style name. A figure's caption takes the "figure" style; the picture
# itself stands in its own paragraph styled PICTURE_STYLE.
STYLE_NAMES: dict[str, str] = {
    "title": "Judul Berita",
    "lead": "Teras Berita",
    "body": "Isi Berita",
    "quote": "Kutipan",
    "credit": "Kredit",
    "figure": "Keterangan Foto",
}
PICTURE_STYLE = "Foto"
BODY_STYLE = STYLE_NAMES["body"]

PHOTO_MAX_HEIGHT = 0.6  # of the text height: a portrait photo must leave room for the text
LOGO_HEIGHT = Cm(1.5)
LOGO_GAP = Pt(12)
_A4 = (Twips(11906), Twips(16838))
_DEFAULT_MARGIN = Cm(2.5)
_CORE_PROPERTY_LIMIT = 255  # python-docx refuses longer core property strings


@dataclass(frozen=True)
class StyleSpec:
    """How a Kabar paragraph style looks. Fonts are left to docDefaults/Normal on purpose."""

    name: str
    base: str | None = None  # another Kabar style; None means the document's Normal
    next: str | None = None
    size: float | None = None  # points
    bold: bool | None = None
    italic: bool | None = None
    align: WD_ALIGN_PARAGRAPH | None = None
    before: float | None = None  # points
    after: float | None = None  # points
    line: float | None = None  # multiple of single spacing
    keep_with_next: bool | None = None


# In dependency order: a base style comes before the styles built on it.
STYLE_SPECS: tuple[StyleSpec, ...] = (
    StyleSpec(
        BODY_STYLE,
        next=BODY_STYLE,
        size=12,
        align=WD_ALIGN_PARAGRAPH.JUSTIFY,
        before=0,
        after=10,
        line=1.15,
    ),
    StyleSpec(
        STYLE_NAMES["title"],
        next=STYLE_NAMES["lead"],
        size=16,
        bold=True,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        before=0,
        after=16,
        line=1.0,
        keep_with_next=True,
    ),
    StyleSpec(STYLE_NAMES["lead"], base=BODY_STYLE, next=BODY_STYLE),
    StyleSpec(STYLE_NAMES["quote"], base=BODY_STYLE, next=BODY_STYLE),
    StyleSpec(STYLE_NAMES["credit"], base=BODY_STYLE, align=WD_ALIGN_PARAGRAPH.LEFT),
    StyleSpec(
        PICTURE_STYLE,
        next=STYLE_NAMES["figure"],
        align=WD_ALIGN_PARAGRAPH.CENTER,
        before=6,
        after=4,
        line=1.0,
        keep_with_next=True,
    ),
    StyleSpec(
        STYLE_NAMES["figure"],
        base=BODY_STYLE,
        next=BODY_STYLE,
        size=10,
        italic=True,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        after=14,
        line=1.0,
    ),
)
_SPECS = {spec.name: spec for spec in STYLE_SPECS}


def apply_spec(style: ParagraphStyle, spec: StyleSpec) -> None:
    """Give ``style`` the formatting ``spec`` asks for (shared with the reference builder)."""
    font, fmt = style.font, style.paragraph_format
    if spec.size is not None:
        font.size = Pt(spec.size)
    if spec.bold is not None:
        font.bold = spec.bold
    if spec.italic is not None:
        font.italic = spec.italic
    if spec.align is not None:
        fmt.alignment = spec.align
    if spec.before is not None:
        fmt.space_before = Pt(spec.before)
    if spec.after is not None:
        fmt.space_after = Pt(spec.after)
    if spec.line is not None:
        fmt.line_spacing = spec.line
    if spec.keep_with_next is not None:
        fmt.keep_with_next = spec.keep_with_next
    fmt.widow_control = True
    style.quick_style = True  # shown in Word's style gallery


class _Styles:
    """Paragraph styles by name, looked up once per document (a lookup is an XPath scan)."""

    def __init__(self, document: Document) -> None:
        self._styles = document.styles
        self._by_name: dict[str, ParagraphStyle | None] = {}
        self._italic: dict[str, bool] = {}

    def get(self, name: str) -> ParagraphStyle | None:
        if name not in self._by_name:
            self._by_name[name] = self._find_or_create(name)
        return self._by_name[name]

    def paragraph(self, document: Document, name: str) -> Paragraph:
        """A new paragraph at the end of the body, in style ``name``."""
        paragraph = document.add_paragraph()
        # python-docx's style setter looks up the default style on every call; the id is enough.
        style = self.get(name)
        paragraph._p.style = style.style_id if style is not None else None
        return paragraph

    def italic(self, name: str) -> bool:
        """Whether the style sets text italic, following its base styles."""
        if name not in self._italic:
            style, value = self.get(name), None
            while style is not None and value is None:
                value, style = style.font.italic, style.base_style
            self._italic[name] = bool(value)
        return self._italic[name]

    def _find_or_create(self, name: str) -> ParagraphStyle | None:
        try:
            style = self._styles[name]
        except KeyError:
            style = None
        if style is not None and style.type == WD_STYLE_TYPE.PARAGRAPH:
            return style
        if style is not None:  # the name is taken by a character or table style
            return self._styles.default(WD_STYLE_TYPE.PARAGRAPH)
        taken = {s.style_id for s in self._styles}
        style = self._styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        if style.style_id in taken:  # a renamed style keeps its id: Word would pick either one
            base_id, n = style.style_id, 2
            while f"{base_id}{n}" in taken:
                n += 1
            style.style_id = f"{base_id}{n}"
        spec = _SPECS.get(name)
        base = spec.base if spec else None
        style.base_style = self.get(base) if base else self._styles.default(WD_STYLE_TYPE.PARAGRAPH)
        if spec is not None:
            apply_spec(style, spec)
            if spec.next:
                style.next_paragraph_style = self.get(spec.next)
        return style


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
    document = docx.Document(str(reference or default_reference()))
    _clear_body(document)
    _enforce_language(document)
    styles = _Styles(document)
    text_width, text_height = _text_box(document.sections[0])
    max_height = int(text_height * PHOTO_MAX_HEIGHT)
    for block in article.blocks:
        if block.kind == "figure":
            _add_figure(document, styles, block, text_width, max_height)
        elif block.kind == "title" and not block.text:
            continue  # no empty heading, as in the HTML page
        else:
            name = STYLE_NAMES.get(block.kind, BODY_STYLE)
            _add_runs(styles.paragraph(document, name), block.runs, styles, name)
    if logo:
        _add_logo(document, logo)
    _set_properties(document, article)
    _save(document, out)


def _clear_body(document: Document) -> None:
    """Drop whatever text the reference holds; keep its final section (page, margins, header)."""
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    body.get_or_add_sectPr()


def _enforce_language(document: Document) -> None:
    """Make Indonesian the language of every run, so Word and LibreOffice proof in Indonesian."""
    styles = document.styles.element
    defaults = _child(styles, "w:docDefaults", first=True)
    rpr_default = _child(defaults, "w:rPrDefault", first=True)
    rpr = _child(rpr_default, "w:rPr")
    if rpr.find(qn("w:lang")) is None:
        rpr.insert_element_before(
            OxmlElement("w:lang"), "w:eastAsianLayout", "w:specVanish", "w:oMath"
        )
    for lang in styles.iterfind(f"{qn('w:docDefaults')}//{qn('w:lang')}"):
        lang.set(qn("w:val"), LANGUAGE)
    for lang in styles.iterfind(f"{qn('w:style')}/{qn('w:rPr')}/{qn('w:lang')}"):
        if lang.get(qn("w:val")):
            lang.set(qn("w:val"), LANGUAGE)
    # A reference saved by Word says its (old) text is already proofed; let Word check ours.
    settings = document.settings.element
    for state in settings.findall(qn("w:proofState")):
        settings.remove(state)


def _child(parent, tag: str, *, first: bool = False):
    element = parent.find(qn(tag))
    if element is None:
        element = OxmlElement(tag)
        if first:
            parent.insert(0, element)
        else:
            parent.append(element)
    return element


def _text_box(section) -> tuple[int, int]:
    """Width and height (EMU) inside the margins; an A4 page when the reference names none."""
    if section.page_width is None or section.page_height is None:
        section.page_width, section.page_height = _A4
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        if getattr(section, side) is None:
            setattr(section, side, _DEFAULT_MARGIN)
    width = section.page_width - section.left_margin - section.right_margin
    width -= section.gutter or 0
    height = section.page_height - section.top_margin - section.bottom_margin
    return int(width), int(height)


def _add_runs(
    paragraph: Paragraph, runs: tuple[Run, ...], styles: _Styles, style_name: str
) -> None:
    # Emphasis inside an italic style is set upright, as print does, so it stays visible.
    upright = styles.italic(style_name)
    for run in runs:
        if not run.text:
            continue
        out = paragraph.add_run(run.text)
        if run.italic:
            out.italic = not upright
        if run.bold:
            out.bold = True


def _add_figure(
    document: Document, styles: _Styles, block: Block, text_width: int, max_height: int
) -> None:
    """The photo across the text width (height capped, aspect kept), then its caption."""
    photo = block.photo
    if photo is not None and photo.data:
        px_width, px_height = photo.width, photo.height
        if px_width <= 0 or px_height <= 0:
            from docx.image.image import Image

            image = Image.from_blob(photo.data)
            px_width, px_height = image.px_width, image.px_height
        width, height = text_width, round(text_width * px_height / px_width)
        if height > max_height:
            width, height = round(max_height * px_width / px_height), max_height
        paragraph = styles.paragraph(document, PICTURE_STYLE)
        shape = paragraph.add_run().add_picture(io.BytesIO(photo.data), width, height)
        _tidy_inline(shape._inline, block.text)
    if block.text:
        name = STYLE_NAMES["figure"]
        _add_runs(styles.paragraph(document, name), block.runs, styles, name)


def _tidy_inline(inline, alt_text: str) -> None:
    """Alt text for screen readers, and no wrap distance: LibreOffice assumes 0.32 cm when the
    attributes are missing (python-docx omits them), which pushes a full-width photo off centre.
    python-docx has no public API for either."""
    for side in ("distT", "distB", "distL", "distR"):
        inline.set(side, "0")
    inline.docPr.set("descr", alt_text)


def _add_logo(document: Document, logo: bytes) -> None:
    """The office's logo at the top of the first section's header."""
    header = document.sections[0].header
    header.is_linked_to_previous = False
    paragraph = header.paragraphs[0] if header.paragraphs else header.add_paragraph()
    if paragraph.runs:
        paragraph = paragraph.insert_paragraph_before()
    shape = paragraph.add_run().add_picture(io.BytesIO(logo), height=LOGO_HEIGHT)
    _tidy_inline(shape._inline, "Logo")
    paragraph.paragraph_format.space_after = LOGO_GAP  # keep the title clear of the logo
    # The header numbers its drawings apart from the body; Word wants them unique overall.
    shape._inline.docPr.id = document.part.next_id


class _PhotosStored:
    """A stand-in for python-docx's zip writer that stores photos instead of deflating them."""

    def __init__(self, archive: zipfile.ZipFile) -> None:
        self._archive = archive

    def write(self, pack_uri, blob: bytes) -> None:
        media = pack_uri.ext.lower() in ("jpeg", "jpg", "png", "gif")
        method = zipfile.ZIP_STORED if media else zipfile.ZIP_DEFLATED
        self._archive.writestr(pack_uri.membername, blob, compress_type=method)


def _save(document: Document, out: BinaryIO) -> None:
    """``document.save(out)``, except that photos are stored: JPEG and PNG do not shrink, and
    deflating a phone photo costs about 25 ms per megabyte. Drives python-docx's own (private)
    package writer steps; if a python-docx release moves them, a plain save still works."""
    try:
        from docx.opc.pkgwriter import PackageWriter

        steps = (
            PackageWriter._write_content_types_stream,
            PackageWriter._write_pkg_rels,
            PackageWriter._write_parts,
        )
    except (ImportError, AttributeError):
        document.save(out)
        return
    package = document.part.package
    parts = package.parts
    for part in parts:
        part.before_marshal()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        writer = _PhotosStored(archive)
        write_types, write_rels, write_parts = steps
        write_types(writer, parts)
        write_rels(writer, package.rels)
        write_parts(writer, parts)


def _set_properties(document: Document, article: Article) -> None:
    props = document.core_properties
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    props.title = article.title[:_CORE_PROPERTY_LIMIT]
    props.author = props.last_modified_by = article.author[:_CORE_PROPERTY_LIMIT]
    props.created = props.modified = now
    props.language = LANGUAGE
    props.revision = 1
