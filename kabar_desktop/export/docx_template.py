"""The prepared reference (docx_prepare.py), kept in the cache folder between exports.

Preparing a reference means importing lxml and zipfile, unzipping and parsing its parts and
deflating them again: ~15 ms of a ~40 ms ``kabar export`` (issue 15 #8), the same for every
article. ``load`` keeps the prepared template as one marshal in the cache folder, tied to the
reference's path, size and modification time, to the logo's very bytes and to the modules
that prepare it (their size and modification time: an edited checkout prepares anew); a
damaged or foreign file, or a folder that cannot be written, means preparing it again.
"""

from __future__ import annotations

import marshal
import os
import sys

from kabar_desktop import paths
from kabar_desktop.export.docx_zip import DEFLATED, STORED

TYPE_CHECKING = False  # typing costs a bare interpreter ~3 ms (cli.py)
if TYPE_CHECKING:
    from collections.abc import Container
    from pathlib import Path

CACHE_FILE = "docx-reference.marshal"
_FORMAT = 1
# The modules whose code decides what a prepared template holds.
_PREPARERS = (
    "docx_prepare",
    "docx_package",
    "docx_styles",
    "style_names",
    "wordml",
    "docx_zip",
    "docx_template",
)
CORE_SLOTS = ("title", "description", "author", "now")
_STORED = (".jpg", ".jpeg", ".png", ".gif")  # already compressed: deflating gains nothing


class Template:
    """Everything of a DOCX but the article (docx_prepare.py says how each piece is cut).

    ``layout`` lists the parts in the order they are written: a part that never changes as
    a ready ZIP entry, the parts an article fills by name ("document", "core", "types",
    "rels"). Pieces alternate bytes and the name (or index) of the value between them.
    """

    def __init__(
        self,
        *,
        layout: list,
        main: str,
        main_rels: str,
        core: str,
        document: list,
        paragraph_namespaces: str,
        core_pieces: tuple[list, list],
        types: list,
        extensions: list[str],
        rels: list,
        rel_ids: list[str],
        names: list[str],
        styles: dict[str, str | None],
        italic: dict[str, bool],
        text_box: list[int],
        next_shape_id: int,
    ) -> None:
        self.layout = layout
        self.main = main  # word/document.xml
        self.main_rels = main_rels  # its relationships' part
        self.core = core  # docProps/core.xml
        self.document = document  # [before the article's paragraphs, after them]
        self.paragraph_namespaces = paragraph_namespaces  # "" when the root declares them
        self.core_pieces = core_pieces  # with a description, without one
        self.types = types  # [head, a new extension's Default, tail]
        self.extensions = extensions  # the Defaults' extensions, in lower case
        self.rels = rels  # [head, a new relationship, tail]
        self.rel_ids = rel_ids  # the document relationships' ids
        self.names = names  # every part's name
        self.styles = styles  # Kabar's style name → the reference's style id
        self.italic = italic  # Kabar's style name → whether it sets text italic
        self.text_box = text_box  # width and height inside the margins, EMU
        self.next_shape_id = next_shape_id  # the first drawing id free for a photo

    def fields(self) -> dict:
        return dict(vars(self))


def load(reference: Path, logo: bytes | None) -> Template:
    """The template of ``reference`` and ``logo``, from the cache folder when it was made of
    these very files by this very code."""
    key = _key(reference, logo or b"")
    kept_at = paths.cache_dir() / CACHE_FILE
    if key is not None:
        try:
            kept = marshal.loads(kept_at.read_bytes())
            if kept[0] == key:
                return Template(**kept[1])
        except (OSError, EOFError, ValueError, TypeError, IndexError):
            pass  # none yet, another reference's, or damaged: prepare it
    from kabar_desktop.export.docx_prepare import prepare  # noqa: PLC0415 - lxml, once

    template = prepare(reference, logo)
    if key is not None:
        try:
            from kabar_desktop.atomic import write_bytes_atomic  # noqa: PLC0415

            data = marshal.dumps([key, template.fields()])
            kept_at.parent.mkdir(parents=True, exist_ok=True)
            write_bytes_atomic(kept_at, data, durable=False)
        except (OSError, ValueError):  # a read-only folder: prepared again next time
            pass
    return template


def _key(reference: Path, logo: bytes) -> list | None:
    """What the template depends on; None when a file cannot be looked at (no caching)."""
    here = os.path.dirname(os.path.abspath(__file__))
    try:
        stamps = []
        for name in (str(reference), *(os.path.join(here, f"{m}.py") for m in _PREPARERS)):
            stat = os.stat(name)
            stamps += [name, stat.st_size, stat.st_mtime_ns]
    except OSError:
        return None
    return [_FORMAT, sys.version, stamps, logo]


def free_name(names: Container[str], template: str) -> str:
    """``template`` with the lowest number no part uses ("word/media/image{}.png")."""
    n = 1
    while template.format(n) in names:
        n += 1
    return template.format(n)


def relative(source_part: str, target_part: str) -> str:
    """``target_part`` as a relationship of ``source_part`` names it."""
    folder = source_part.rsplit("/", 1)[0] + "/" if "/" in source_part else ""
    if folder and target_part.startswith(folder):
        return target_part[len(folder) :]
    return "/" + target_part


def media_method(name: str) -> int:
    """Photos are stored: JPEG and PNG do not shrink, and deflating a phone photo costs
    about 25 ms per megabyte."""
    return STORED if name.lower().endswith(_STORED) else DEFLATED
