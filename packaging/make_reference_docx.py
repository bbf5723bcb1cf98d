"""Build ``resources/reference.docx``, the page and styles of every DOCX Kabar exports.

The file is a resource, not code: an office may restyle it in Word (keeping the style names)
and replace it. This script makes the shipped one: A4, 2.5 cm margins, Arial 12 pt (the face
of Indonesian government correspondence, Tata Naskah Dinas), Indonesian as the language, and
the named styles of ``kabar_desktop.export.docx.STYLE_SPECS``.

Usage: python packaging/make_reference_docx.py [OUT.docx]
"""

from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, Twips
from lxml import etree

from kabar_desktop.export.docx_package import Package
from kabar_desktop.export.docx_styles import LANGUAGE, STYLE_SPECS, StyleSheet

FONT = "Arial"
SIZE = Pt(12)
MARGIN = Cm(2.5)
OUT = Path(__file__).resolve().parents[1] / "resources" / "reference.docx"
_KEEP_TABLES = ("TableNormal", "TableGrid")
_STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"


def build() -> bytes:
    """The reference as bytes: python-docx lays out the page and the defaults, then Kabar's
    own style sheet adds the named styles exactly as an export would recreate them."""
    document = _page()
    raw = io.BytesIO()
    document.save(raw)
    raw.seek(0)
    package = Package.open(raw)
    styles_part = "word/styles.xml"
    sheet = StyleSheet(etree.fromstring(package.parts[styles_part]))
    for spec in STYLE_SPECS:
        sheet.paragraph_id(spec.name)
    package.parts[styles_part] = etree.tostring(
        sheet.root, xml_declaration=True, encoding="UTF-8", standalone=True
    )
    out = io.BytesIO()
    package.save(out)
    return out.getvalue()


def _page() -> docx.document.Document:
    document = docx.Document()
    _drop_template_leftovers(document)
    section = document.sections[0]
    section.page_width, section.page_height = Twips(11906), Twips(16838)  # A4
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, MARGIN)
    section.header_distance = section.footer_distance = Cm(1.25)
    _set_defaults(document)
    props = document.core_properties
    props.title = "Kabar: dokumen acuan gaya berita"
    props.author = props.last_modified_by = "Kabar"
    props.comments = "Ubah gaya (Judul Berita, Teras Berita, Isi Berita, ...) untuk semua ekspor."
    props.subject = props.keywords = props.category = ""
    props.language = LANGUAGE
    props.created = props.modified = dt.datetime(2024, 1, 1)
    props.revision = 1
    return document


def _drop_template_leftovers(document) -> None:
    """Drop what python-docx's template carries for its own sake: a thumbnail of another document,
    Word 2010's copy of the styles, a hundred table styles, a stale "already proofed" mark."""
    package_rels = document.part.package.rels
    for rid, rel in list(package_rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            package_rels.pop(rid)
    part_rels = document.part.rels
    for rid, rel in list(part_rels.items()):
        if rel.reltype == _STYLES_WITH_EFFECTS:
            part_rels.pop(rid)
    # A hundred table styles are 97% of the template's styles.xml and cost every export
    # time to parse; Word recreates any built-in style from its own definitions when used.
    styles = document.styles.element
    for style in styles.findall(qn("w:style")):
        if style.get(qn("w:type")) == "table" and style.get(qn("w:styleId")) not in _KEEP_TABLES:
            styles.remove(style)
    settings = document.settings.element
    for state in settings.findall(qn("w:proofState")):
        settings.remove(state)
    theme_lang = settings.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:val"), LANGUAGE)


def _set_defaults(document) -> None:
    """Font, size and language for every run; no paragraph spacing unless a style asks."""
    defaults = document.styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    fonts = rpr.get_or_add_rFonts()
    for name in list(fonts.attrib):
        del fonts.attrib[name]  # theme fonts would win over the named ones
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), FONT)
    rpr.get_or_add_sz().val = SIZE
    szcs = rpr.find(qn("w:szCs"))
    if szcs is not None:
        szcs.set(qn("w:val"), str(int(SIZE.pt * 2)))
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.insert_element_before(lang, "w:eastAsianLayout", "w:specVanish", "w:oMath")
    lang.set(qn("w:val"), LANGUAGE)
    spacing = defaults.find(f"{qn('w:pPrDefault')}/{qn('w:pPr')}/{qn('w:spacing')}")
    if spacing is not None:
        spacing.set(qn("w:after"), "0")
        spacing.set(qn("w:line"), "240")


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else OUT
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(build())
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
