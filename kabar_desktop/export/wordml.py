"""WordprocessingML fragments: paragraphs, runs and inline pictures, written as text.

Kabar writes the few elements an article needs as strings (the parts of the reference document
it changes are edited with lxml, once, when the reference is prepared: docx_prepare.py). This
keeps the command-line export from importing a whole object model for every run; tests reopen
every export with python-docx to hold it to Word's rules.
"""

from __future__ import annotations

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture"
NAMESPACES = f'xmlns:w="{W}" xmlns:r="{R}" xmlns:wp="{WP}" xmlns:a="{A}" xmlns:pic="{PIC}"'

EMU_PER_TWIP = 635
EMU_PER_PT = 12700


def w(tag: str) -> str:
    """The Clark name lxml uses for ``w:tag``."""
    return f"{{{W}}}{tag}"


def esc(text: str) -> str:
    """``text`` safe inside an element or a double-quoted attribute. Replaced one mark at a
    time: ``str.translate`` with a table of strings goes character by character in Python's
    dictionaries (~2.5 ms for an article's 7 KB; this takes 0.07)."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace('"', "&quot;")


def run(text: str, *, italic: bool | None = None, bold: bool = False) -> str:
    """A run; tabs and line breaks become Word's own elements, as Word itself writes them."""
    props = ""
    if bold:
        props += "<w:b/>"
    if italic is not None:
        props += "<w:i/>" if italic else '<w:i w:val="0"/>'
    out = ["<w:r>"]
    if props:
        out.append(f"<w:rPr>{props}</w:rPr>")
    start = 0
    for i, char in enumerate(text):
        if char in "\t\n\r":
            if i > start:
                out.append(_text(text[start:i]))
            out.append("<w:tab/>" if char == "\t" else "<w:br/>")
            start = i + 1
    if start < len(text):
        out.append(_text(text[start:]))
    out.append("</w:r>")
    return "".join(out)


def _text(text: str) -> str:
    return f'<w:t xml:space="preserve">{esc(text)}</w:t>'


def paragraph(
    style_id: str | None,
    content: str,
    *,
    space_after_pt: float | None = None,
    namespaces: str = "",
) -> str:
    """A paragraph in style ``style_id`` (None: the document's default style); ``namespaces``
    declares the prefixes on the paragraph, for a document whose root does not."""
    props = f'<w:pStyle w:val="{esc(style_id)}"/>' if style_id else ""
    if space_after_pt is not None:
        props += f'<w:spacing w:after="{round(space_after_pt * 20)}"/>'
    ppr = f"<w:pPr>{props}</w:pPr>" if props else ""
    return f"<w:p{namespaces}>{ppr}{content}</w:p>"


def picture(rel_id: str, shape_id: int, name: str, alt_text: str, cx: int, cy: int) -> str:
    """A run holding an inline picture of ``cx`` × ``cy`` EMU. The wrap distances are written
    as 0 because LibreOffice assumes 0.32 cm when they are missing, which pushes a full-width
    photo off centre; the alt text is for screen readers."""
    return (
        "<w:r><w:drawing>"
        f'<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/>'
        f'<wp:docPr id="{shape_id}" name="Picture {shape_id}" descr="{esc(alt_text)}"/>'
        '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
        f'<a:graphic><a:graphicData uri="{PIC}"><pic:pic>'
        f'<pic:nvPicPr><pic:cNvPr id="0" name="{esc(name)}"/><pic:cNvPicPr/></pic:nvPicPr>'
        f'<pic:blipFill><a:blip r:embed="{rel_id}"/><a:stretch><a:fillRect/></a:stretch>'
        "</pic:blipFill>"
        f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>'
        "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    )
