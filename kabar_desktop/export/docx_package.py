"""The DOCX container (an OPC package): parts by name, their content types and relationships.

Opened from the reference document when it is prepared (docx_prepare.py); every part Kabar
does not change is copied byte for byte, so whatever an office put in its reference (themes,
fonts, numbering, custom XML) survives.
"""

from __future__ import annotations

import posixpath
import zipfile
from pathlib import Path
from typing import BinaryIO

from lxml import etree

from kabar_desktop.export.docx_template import free_name, media_method
from kabar_desktop.export.docx_zip import entry, write_zip

CT = "http://schemas.openxmlformats.org/package/2006/content-types"
PR = "http://schemas.openxmlformats.org/package/2006/relationships"
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
RT_OFFICE_DOCUMENT = f"{RT}/officeDocument"
RT_CORE = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
CONTENT_TYPES = "[Content_Types].xml"


class PackageError(ValueError):
    """The reference is not a Word document Kabar can write into."""


class Relationships:
    """One part's relationships (``_rels/NAME.rels``), edited in place."""

    def __init__(self, data: bytes | None) -> None:
        if data:
            self.root = etree.fromstring(data)
        else:  # the default namespace, as Word writes it: some readers refuse a prefixed one
            self.root = etree.Element(f"{{{PR}}}Relationships", nsmap={None: PR})

    def targets(self, reltype: str) -> list[tuple[str, str]]:
        return [
            (rel.get("Id", ""), rel.get("Target", ""))
            for rel in self.root
            if rel.get("Type") == reltype and rel.get("TargetMode") != "External"
        ]

    def target(self, rel_id: str) -> str | None:
        for rel in self.root:
            if rel.get("Id") == rel_id:
                return rel.get("Target")
        return None

    def add(self, reltype: str, target: str) -> str:
        taken = {rel.get("Id") for rel in self.root}
        n = len(taken) + 1
        while f"rId{n}" in taken:
            n += 1
        rel_id = f"rId{n}"
        etree.SubElement(self.root, f"{{{PR}}}Relationship", Id=rel_id, Type=reltype, Target=target)
        return rel_id

    def xml(self) -> bytes:
        return etree.tostring(self.root, xml_declaration=True, encoding="UTF-8", standalone=True)


def rels_name(part: str) -> str:
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", f"{name}.rels")


def resolve(source_part: str, target: str) -> str:
    """A relationship's target as a part name (targets are relative to the source's folder)."""
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join(posixpath.dirname(source_part), target))


class Package:
    """A DOCX held in memory: part name → bytes, with parsed relationships on demand."""

    def __init__(self, parts: dict[str, bytes]) -> None:
        self.parts = parts
        self._rels: dict[str, Relationships] = {}
        self.types = etree.fromstring(parts[CONTENT_TYPES])

    @classmethod
    def open(cls, path: Path | BinaryIO) -> Package:
        try:
            with zipfile.ZipFile(path) as archive:
                parts = {info.filename: archive.read(info) for info in archive.infolist()}
        except (OSError, zipfile.BadZipFile, EOFError) as exc:
            raise PackageError(f"{path}: {exc}") from exc
        if CONTENT_TYPES not in parts:
            raise PackageError(f"{path}: not a Word document")
        return cls(parts)

    def rels(self, part: str) -> Relationships:
        """The relationships of ``part`` ("" for the package's own)."""
        if part not in self._rels:
            name = "_rels/.rels" if part == "" else rels_name(part)
            self._rels[part] = Relationships(self.parts.get(name))
        return self._rels[part]

    def related(self, part: str, reltype: str) -> str | None:
        """The first part ``part`` relates to by ``reltype``."""
        for _rel_id, target in self.rels(part).targets(reltype):
            return resolve(part, target)
        return None

    def main_document(self) -> str:
        name = self.related("", RT_OFFICE_DOCUMENT)
        if name is None or name not in self.parts:
            raise PackageError("the reference names no main document")
        return name

    def free_name(self, template: str) -> str:
        """``template`` with the lowest number that no part uses ("word/media/image{}.png")."""
        return free_name(self.parts, template)

    def add_part(self, name: str, data: bytes, content_type: str | None = None) -> None:
        """Add a part; ``content_type`` overrides its extension's default when given."""
        self.parts[name] = data
        if content_type is not None:
            etree.SubElement(
                self.types, f"{{{CT}}}Override", PartName=f"/{name}", ContentType=content_type
            )

    def ensure_default(self, extension: str, content_type: str) -> None:
        for default in self.types.iter(f"{{{CT}}}Default"):
            if default.get("Extension", "").lower() == extension:
                return
        default = etree.Element(f"{{{CT}}}Default", Extension=extension, ContentType=content_type)
        override = self.types.find(f"{{{CT}}}Override")
        if override is not None:  # Defaults first, as Word writes them
            override.addprevious(default)
        else:
            self.types.append(default)

    def save_parts(self) -> None:
        """Put the edited content types and relationships back among the parts."""
        self.parts[CONTENT_TYPES] = etree.tostring(
            self.types, xml_declaration=True, encoding="UTF-8", standalone=True
        )
        for part, rels in self._rels.items():
            self.parts["_rels/.rels" if part == "" else rels_name(part)] = rels.xml()

    def save(self, out: BinaryIO) -> None:
        """Write the package, [Content_Types].xml and the package's relationships first."""
        self.save_parts()
        first = [CONTENT_TYPES, "_rels/.rels"]
        names = [n for n in first if n in self.parts] + [n for n in self.parts if n not in first]
        write_zip(out, [entry(n, self.parts[n], media_method(n)) for n in names])
