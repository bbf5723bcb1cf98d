"""Kabar's named paragraph styles: what each looks like, and finding or adding them in styles.xml.

The look of an export lives in the reference document; these specs only matter when an office's
replaced reference lacks one of Kabar's styles (it is then recreated on top of the office's
Normal), and when ``packaging/make_reference_docx.py`` builds the shipped reference.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from kabar_desktop.export.style_names import BODY_STYLE, LANGUAGE, PICTURE_STYLE, STYLE_NAMES
from kabar_desktop.export.wordml import W, esc, w

__all__ = ["BODY_STYLE", "LANGUAGE", "PICTURE_STYLE", "STYLE_NAMES", "STYLE_SPECS", "StyleSheet"]


@dataclass(frozen=True)
class StyleSpec:
    """How a Kabar paragraph style looks. Fonts are left to docDefaults/Normal on purpose."""

    name: str
    base: str | None = None  # another Kabar style; None means the document's Normal
    next: str | None = None
    size: float | None = None  # points
    bold: bool | None = None
    italic: bool | None = None
    align: str | None = None  # WordprocessingML's w:jc value: "both", "center", "left"
    before: float | None = None  # points
    after: float | None = None  # points
    line: float | None = None  # multiple of single spacing
    keep_with_next: bool | None = None

    def xml(self, style_id: str, base_id: str | None, next_id: str | None) -> str:
        """The ``w:style`` element, its children in the order the schema requires."""
        parts = [
            f'<w:style {_NS} w:type="paragraph" w:customStyle="1" w:styleId="{esc(style_id)}">',
            f'<w:name w:val="{esc(self.name)}"/>',
        ]
        if base_id:
            parts.append(f'<w:basedOn w:val="{esc(base_id)}"/>')
        if next_id:
            parts.append(f'<w:next w:val="{esc(next_id)}"/>')
        parts.append("<w:qFormat/>")  # shown in Word's style gallery
        ppr = []
        if self.keep_with_next is not None:
            ppr.append(_toggle("keepNext", self.keep_with_next))
        ppr.append("<w:widowControl/>")
        spacing = ""
        if self.before is not None:
            spacing += f' w:before="{round(self.before * 20)}"'
        if self.after is not None:
            spacing += f' w:after="{round(self.after * 20)}"'
        if self.line is not None:
            spacing += f' w:line="{round(self.line * 240)}" w:lineRule="auto"'
        if spacing:
            ppr.append(f"<w:spacing{spacing}/>")
        if self.align is not None:
            ppr.append(f'<w:jc w:val="{self.align}"/>')
        parts.append("<w:pPr>" + "".join(ppr) + "</w:pPr>")
        rpr = []
        if self.bold is not None:
            rpr.append(_toggle("b", self.bold))
        if self.italic is not None:
            rpr.append(_toggle("i", self.italic))
        if self.size is not None:
            rpr.append(f'<w:sz w:val="{round(self.size * 2)}"/>')
        if rpr:
            parts.append("<w:rPr>" + "".join(rpr) + "</w:rPr>")
        parts.append("</w:style>")
        return "".join(parts)


_NS = f'xmlns:w="{W}"'


def _toggle(tag: str, on: bool) -> str:
    return f"<w:{tag}/>" if on else f'<w:{tag} w:val="0"/>'


# In dependency order: a base style comes before the styles built on it.
STYLE_SPECS: tuple[StyleSpec, ...] = (
    StyleSpec(BODY_STYLE, next=BODY_STYLE, size=12, align="both", before=0, after=10, line=1.15),
    StyleSpec(
        STYLE_NAMES["title"],
        next=STYLE_NAMES["lead"],
        size=16,
        bold=True,
        align="center",
        before=0,
        after=16,
        line=1.0,
        keep_with_next=True,
    ),
    StyleSpec(STYLE_NAMES["lead"], base=BODY_STYLE, next=BODY_STYLE),
    StyleSpec(STYLE_NAMES["quote"], base=BODY_STYLE, next=BODY_STYLE),
    StyleSpec(STYLE_NAMES["credit"], base=BODY_STYLE, align="left"),
    StyleSpec(
        PICTURE_STYLE,
        next=STYLE_NAMES["figure"],
        align="center",
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
        align="center",
        after=14,
        line=1.0,
    ),
)
SPECS = {spec.name: spec for spec in STYLE_SPECS}
_FALSE = {"0", "false", "off"}


class StyleSheet:
    """The reference's styles.xml: paragraph styles by name, added from ``SPECS`` when missing."""

    def __init__(self, root: etree._Element) -> None:
        self.root = root
        self._styles = root.findall(w("style"))
        self._ids: dict[str, str | None] = {}
        self._italic: dict[str, bool] = {}

    def _by(self, attr: str, value: str) -> etree._Element | None:
        for style in self._styles:
            if attr == "name":
                name = style.find(w("name"))
                if name is not None and name.get(w("val")) == value:
                    return style
            elif style.get(w(attr)) == value:
                return style
        return None

    def default_paragraph_id(self) -> str | None:
        for style in self._styles:
            if style.get(w("type")) == "paragraph" and style.get(w("default")) in ("1", "true"):
                return style.get(w("styleId"))
        return None

    def paragraph_id(self, name: str) -> str | None:
        """The id of paragraph style ``name``; None means the document's default style."""
        if name not in self._ids:
            self._ids[name] = self._find_or_add(name)
        return self._ids[name]

    def _find_or_add(self, name: str) -> str | None:
        style = self._by("name", name)
        if style is not None:
            if style.get(w("type"), "paragraph") == "paragraph":
                return style.get(w("styleId"))
            return self.default_paragraph_id()  # the name is taken by a character style
        spec = SPECS.get(name, StyleSpec(name))
        style_id = base_id = "".join(name.split())  # as Word names a new style's id
        n = 2
        while self._by("styleId", style_id) is not None:  # a renamed style keeps its old id
            style_id = f"{base_id}{n}"
            n += 1
        self._ids[name] = style_id  # before the base and next lookups: a style may name itself
        base = self.paragraph_id(spec.base) if spec.base else self.default_paragraph_id()
        nxt = self.paragraph_id(spec.next) if spec.next else None
        element = etree.fromstring(spec.xml(style_id, base, nxt))
        self.root.append(element)
        self._styles.append(element)
        return style_id

    def italic(self, name: str) -> bool:
        """Whether the paragraph style sets text italic, following its base styles."""
        if name not in self._italic:
            style_id, value, seen = self.paragraph_id(name), None, set()
            while style_id and value is None and style_id not in seen:
                seen.add(style_id)
                style = self._by("styleId", style_id)
                if style is None:
                    break
                flag = style.find(f"{w('rPr')}/{w('i')}")
                if flag is not None:
                    value = flag.get(w("val"), "1").lower() not in _FALSE
                based = style.find(w("basedOn"))
                style_id = based.get(w("val")) if based is not None else None
            self._italic[name] = bool(value)
        return self._italic[name]

    def enforce_language(self) -> None:
        """Indonesian for every run, so Word and LibreOffice proof the article in Indonesian."""
        defaults = _child(self.root, "docDefaults", first=True)
        rpr = _child(_child(defaults, "rPrDefault", first=True), "rPr")
        if rpr.find(w("lang")) is None:
            lang = etree.SubElement(rpr, w("lang"))
            for later in ("eastAsianLayout", "specVanish", "oMath"):
                found = rpr.find(w(later))
                if found is not None:
                    found.addprevious(lang)
                    break
        for lang in defaults.iter(w("lang")):
            lang.set(w("val"), LANGUAGE)
        for lang in self.root.iterfind(f"{w('style')}/{w('rPr')}/{w('lang')}"):
            if lang.get(w("val")):
                lang.set(w("val"), LANGUAGE)


def _child(parent: etree._Element, tag: str, *, first: bool = False) -> etree._Element:
    element = parent.find(w(tag))
    if element is None:
        element = etree.Element(w(tag))
        if first:
            parent.insert(0, element)
        else:
            parent.append(element)
    return element
