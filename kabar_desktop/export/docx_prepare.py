"""The reference document made ready for articles, once: everything of a DOCX but the article.

What an export takes from the reference depends on the reference (and the office's logo)
alone: its page and margins, the ids of Kabar's named styles (added when the reference lacks
them), Indonesian as the proofing language, the settings without their proofing state, the
header with the logo, and every part Kabar leaves as it is. ``prepare`` does that work with
lxml and returns a ``Template`` (docx_template.py): the parts that never change already
deflated, and the parts an article fills (the body, the core properties, the relationships and
content types a photo adds) cut into text around the places the article's XML goes. Each cut
is made by lxml serialising a marked document, so the article's pieces land exactly where lxml
would have put them. docx.py writes every article from it; docx_template.py keeps it in the
cache folder, so a ``kabar export`` neither imports lxml nor parses a part.
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from kabar_desktop.export import wordml
from kabar_desktop.export.docx import IMAGE_TYPES, image_info, image_kind
from kabar_desktop.export.docx_package import (
    CONTENT_TYPES,
    CT,
    PR,
    RT,
    RT_CORE,
    Package,
    PackageError,
    rels_name,
    resolve,
)
from kabar_desktop.export.docx_styles import LANGUAGE, STYLE_SPECS, StyleSheet
from kabar_desktop.export.docx_template import (
    CORE_SLOTS,
    Template,
    free_name,
    media_method,
    relative,
)
from kabar_desktop.export.docx_zip import entry
from kabar_desktop.export.wordml import EMU_PER_TWIP, w

LOGO_HEIGHT = round(1.5 * 360000)  # 1.5 cm in EMU
LOGO_GAP_PT = 12
_A4 = (11906, 16838)  # twips
_DEFAULT_MARGIN = 1417  # 2.5 cm in twips
_RT_IMAGE, _RT_HEADER = f"{RT}/image", f"{RT}/header"
_RT_STYLES, _RT_SETTINGS = f"{RT}/styles", f"{RT}/settings"
_CT_HEADER = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"
_CT_CORE = "application/vnd.openxmlformats-package.core-properties+xml"
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
# The places an article's XML goes, marked in a part before lxml serialises it. A slot's value
# is written as SLOT + name + SLOT: letters and digits, which lxml writes as they are.
_MARK, _ITEM_END = "kabar-article-goes-here", "kabar-article-item-ends"
_SLOT = "KABARSLOT7Q"
_SLOTS = re.compile(rf"{_SLOT}(\w+?){_SLOT}".encode())
_WORDML_PREFIXES = {"w": wordml.W, "r": wordml.R, "wp": wordml.WP, "a": wordml.A, "pic": wordml.PIC}


def slot(name: str) -> str:
    return f"{_SLOT}{name}{_SLOT}"


def prepare(reference: Path, logo: bytes | None = None) -> Template:
    """The template of every article written with ``reference`` and ``logo``."""
    return _Preparation(Package.open(reference)).template(logo)


def _parse(data: bytes) -> etree._Element:
    return etree.fromstring(data, etree.XMLParser(resolve_entities=False, huge_tree=True))


def _serialize(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


class _Preparation:
    """The reference's parts, edited in memory, then cut into a Template."""

    def __init__(self, package: Package) -> None:
        self.package = package
        self.main = package.main_document()
        self.document = _parse(package.parts[self.main])
        body = self.document.find(w("body"))
        if body is None:
            raise PackageError("the reference's document has no body")
        self.body = body
        styles_part = package.related(self.main, _RT_STYLES)
        if styles_part is None or styles_part not in package.parts:
            raise PackageError("the reference has no styles")
        self.styles_part: str = styles_part
        self.styles = StyleSheet(_parse(package.parts[self.styles_part]))
        self.sect = self._final_section()
        self.next_shape_id = 1

    def template(self, logo: bytes | None) -> Template:
        """Every part made ready, in the order lxml's edits need: the styles first (a
        missing one is added), the header's logo, then the cuts of each part an article
        fills; every other part is deflated as it will be written."""
        styles = {spec.name: self.styles.paragraph_id(spec.name) for spec in STYLE_SPECS}
        italic = {spec.name: self.styles.italic(spec.name) for spec in STYLE_SPECS}
        if logo:
            self._add_logo(logo)
        self.styles.enforce_language()
        parts = self.package.parts
        parts[self.styles_part] = _serialize(self.styles.root)
        self._settings()
        core = self._core_part()
        main_rels = rels_name(self.main)
        rels = self.package.rels(self.main)
        rel_ids = [rel.get("Id", "") for rel in rels.root]
        types_pieces = self._cut_types()
        rels_pieces = _cut(rels.root, f"{{{PR}}}Relationship", ("Id", "Type", "Target"))
        namespaces = self._paragraph_namespaces()
        document_pieces = self._cut_document()
        core_pieces = (self._cut_core(core, True), self._cut_core(core, False))
        self.package.save_parts()  # every other part's relationships and content types
        variable = {self.main: "document", core: "core", CONTENT_TYPES: "types", main_rels: "rels"}
        first = [CONTENT_TYPES, "_rels/.rels"]
        layout: list = []
        for name in first + [n for n in parts if n not in first]:
            if name in variable:
                layout.append(variable[name])
            elif name in parts:
                layout.append(entry(name, parts[name], media_method(name)))
        width, height = self._text_box()
        return Template(
            layout=layout,
            main=self.main,
            main_rels=main_rels,
            core=core,
            document=document_pieces,
            paragraph_namespaces=namespaces,
            core_pieces=core_pieces,
            types=types_pieces,
            extensions=[
                d.get("Extension", "").lower() for d in self.package.types.iter(f"{{{CT}}}Default")
            ],
            rels=rels_pieces,
            rel_ids=rel_ids,
            names=list(parts),
            styles=styles,
            italic=italic,
            text_box=[width, height],
            next_shape_id=self.next_shape_id,
        )

    # The page --------------------------------------------------------------------------------

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

    def _cut_document(self) -> list:
        """document.xml before and after the article's paragraphs (before the final section)."""
        mark = etree.Comment(_MARK)
        self.sect.addprevious(mark)
        data = _serialize(self.document)
        self.body.remove(mark)
        head, tail = _split(data, f"<!--{_MARK}-->".encode())
        return [head, tail]

    def _paragraph_namespaces(self) -> str:
        """The declarations each paragraph carries: none when the document's root declares
        Kabar's prefixes (as Word's documents do) or can be given those it lacks; all of
        them, on each paragraph, when the reference gives one of them another meaning."""
        declared = self.document.nsmap
        missing = {p: uri for p, uri in _WORDML_PREFIXES.items() if declared.get(p) != uri}
        if not missing:
            return ""
        if any(prefix in declared for prefix in missing):
            return " " + wordml.NAMESPACES
        root = etree.Element(
            self.document.tag, dict(self.document.attrib), nsmap={**declared, **missing}
        )
        root.text = self.document.text
        for child in list(self.document):
            root.append(child)
        self.document = root
        return ""

    # The header --------------------------------------------------------------------------

    def _add_logo(self, logo: bytes) -> None:
        """The office's logo at the top of the first page's header, 1.5 cm high."""
        _kind, px_width, px_height = image_info(logo)
        header_part, header = self._default_header()
        found = _SHAPE_ID.findall(self.package.parts.get(header_part, b""))
        logo_id = max((int(n) for n in found), default=0) + 1  # unique across the document
        self.next_shape_id = logo_id + 1
        extension, content_type = IMAGE_TYPES[image_kind(logo)]
        media = free_name(self.package.parts, f"word/media/image{{}}.{extension}")
        self.package.add_part(media, logo)
        self.package.ensure_default(extension, content_type)
        rel_id = self.package.rels(header_part).add(_RT_IMAGE, relative(header_part, media))
        width = round(LOGO_HEIGHT * px_width / px_height)
        name = media.rsplit("/", 1)[-1]
        run = wordml.picture(rel_id, logo_id, name, "Logo", width, LOGO_HEIGHT)
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
        rel_id = self.package.rels(self.main).add(_RT_HEADER, relative(self.main, name))
        for old in self.sect.findall(w("headerReference")):
            if old.get(w("type"), "default") == "default":
                self.sect.remove(old)
        reference = etree.Element(w("headerReference"))
        reference.set(w("type"), "default")
        reference.set(f"{{{RT}}}id", rel_id)
        self.sect.insert(0, reference)  # header references come first in a section
        return name, header

    # Settings, properties, content types ---------------------------------------------------

    def _settings(self) -> None:
        """A reference saved by Word says its (old) text is already proofed; let Word check."""
        settings = self.package.related(self.main, _RT_SETTINGS)
        if settings in self.package.parts:
            root = _parse(self.package.parts[settings])
            states = root.findall(w("proofState"))
            for state in states:
                root.remove(state)
            if states:
                self.package.parts[settings] = _serialize(root)

    def _core_part(self) -> str:
        """The core properties' part, made when the reference has none."""
        name = self.package.related("", RT_CORE)
        if name is None or name not in self.package.parts:
            name = name or "docProps/core.xml"
            self.package.add_part(name, b"", _CT_CORE)
            if self.package.related("", RT_CORE) is None:
                self.package.rels("").add(RT_CORE, name)
            self.core_root = etree.Element(f"{{{_CP}}}coreProperties", nsmap=_CORE_NS)
        else:
            self.core_root = _parse(self.package.parts[name])
        for tag in _REFERENCE_ONLY:  # they describe the reference ("Ubah gaya …"), not the article
            for element in self.core_root.findall(tag):
                self.core_root.remove(element)
        return name

    def _cut_core(self, name: str, description: bool) -> list:
        """The core properties naming the article, its values as slots (CORE_SLOTS)."""
        root = etree.fromstring(etree.tostring(self.core_root))
        for tag, value in (
            (f"{{{_DC}}}title", slot("title")),
            (f"{{{_DC}}}description", slot("description") if description else ""),
            (f"{{{_DC}}}creator", slot("author")),
            (f"{{{_CP}}}lastModifiedBy", slot("author")),
            (f"{{{_CP}}}revision", "1"),
            (f"{{{_DCTERMS}}}created", slot("now")),
            (f"{{{_DCTERMS}}}modified", slot("now")),
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
        pieces = _slots(_serialize(root))
        if not set(pieces[1::2]) <= set(CORE_SLOTS):
            raise PackageError(f"{name}: the core properties hold Kabar's own marks")
        return pieces

    def _cut_types(self) -> list:
        """[Content_Types].xml around the place a new extension's Default goes: before the
        first Override, as Word writes them."""
        types = self.package.types
        override = types.find(f"{{{CT}}}Override")
        item = etree.Element(f"{{{CT}}}Default", Extension=slot("0"), ContentType=slot("1"))
        if override is not None:
            override.addprevious(item)
        else:
            types.append(item)
        pieces = _cut(types, None, (), item=item)
        types.remove(item)
        return pieces


def _cut(root: etree._Element, tag: str | None, slots: tuple[str, ...], item=None) -> list:
    """``root`` serialised as [head, item pieces, tail]: one more ``item`` (by default a new
    ``tag`` element with ``slots`` as its attributes, at the end) goes between head and tail,
    its pieces alternating text and the index of the value each slot takes."""
    added = item is None
    if item is None:
        item = etree.SubElement(root, tag, {name: slot(str(i)) for i, name in enumerate(slots)})
    start, end = etree.Comment(_MARK), etree.Comment(_ITEM_END)
    item.addprevious(start)
    item.addnext(end)
    data = _serialize(root)
    for element in (start, end, *((item,) if added else ())):
        root.remove(element)
    head, rest = _split(data, f"<!--{_MARK}-->".encode())
    middle, tail = _split(rest, f"<!--{_ITEM_END}-->".encode())
    return [head, _slots(middle), tail]


def _split(data: bytes, mark: bytes) -> tuple[bytes, bytes]:
    if data.count(mark) != 1:
        raise PackageError("the reference holds Kabar's own marks")
    head, tail = data.split(mark)
    return head, tail


def _slots(data: bytes) -> list:
    """``data`` cut at its slots: text, slot name, text … (text at both ends)."""
    pieces: list = _SLOTS.split(data)
    for i in range(1, len(pieces), 2):
        pieces[i] = pieces[i].decode()
    return pieces


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

