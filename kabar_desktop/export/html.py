"""Composed article → one self-contained HTML page, or the editor's live preview.

One Jinja2 template serves both (a ``preview`` flag), so what the writer previews is what the
export writes. Autoescaping is on: every character of the article reaches the page as text, never
as markup. The only ``<p>`` elements on the page are the article's text blocks, so other formats
can be compared with it paragraph by paragraph.

Qt's QTextBrowser does not load ``data:`` URIs, so the preview names photos ``kabar-photo:N``
(N counts figures) and the GUI supplies them from ``loadResource``.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from kabar_desktop import paths

if TYPE_CHECKING:  # Jinja2 costs ~50 ms to import: only when a page is first rendered
    import jinja2
    from markupsafe import Markup
from kabar_desktop.compose.document import Article, Block
from kabar_desktop.compose.indonesian import long_date
from kabar_desktop.export.dateline import dateline_length

PREVIEW_SCHEME = "kabar-photo"
_OG_LOCALES = {"id": "id_ID", "en": "en_US"}


@dataclass(frozen=True)
class _Item:
    """A block with what the template cannot work out itself: a figure's image and alt text,
    how many of a lead's first runs are its (bold) dateline."""

    block: Block
    src: str = ""
    alt: str = ""
    dateline: int = 0


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """Compiling the template costs ~40 ms; keep the compiled code between runs."""
    import jinja2

    folder = paths.cache_dir() / "jinja"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None  # a read-only profile only makes the first render slower
    return jinja2.FileSystemBytecodeCache(str(folder))


@cache
def _template() -> jinja2.Template:
    import jinja2

    env = jinja2.Environment(
        bytecode_cache=_bytecode_cache(),
        loader=jinja2.FileSystemLoader(paths.templates_dir() / "html"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
        auto_reload=False,
    )
    return env.get_template("article.html.j2")


@cache
def _css() -> Markup:
    """The stylesheet, inlined into ``<style>`` (raw text there: it must not be escaped)."""
    from markupsafe import Markup

    css = (paths.templates_dir() / "html" / "article.css").read_text(encoding="utf-8")
    if "</" in css:
        raise ValueError("article.css must not contain '</'")
    return Markup(css)


@lru_cache(maxsize=4)
def _data_uri(media_type: str, data: bytes) -> str:
    """A photo as a ``data:`` URI. Cached: bytes keep their hash, so a repeat costs a lookup."""
    return f"data:{media_type};base64,{base64.b64encode(data).decode('ascii')}"


def _alt(block: Block) -> str:
    """The caption without the photo credit: what the picture shows."""
    caption = "".join(r.text for r in block.runs if r.source == f"{block.source}.caption")
    return caption or block.text


def _items(article: Article, preview: bool) -> list[_Item]:
    items = []
    n = 0
    for block in article.blocks:
        if block.kind != "figure":
            items.append(_Item(block, dateline=dateline_length(block)))
            continue
        photo = block.photo
        src = ""  # a figure without a readable photo shows nowhere, preview included
        if photo is not None and photo.data:
            if preview:
                src = f"{PREVIEW_SCHEME}:{n}"
            else:
                src = _data_uri(photo.media_type or "image/jpeg", photo.data)
        n += 1
        items.append(_Item(block, src, _alt(block)))
    return items


def render_html(article: Article, *, preview: bool = False) -> str:
    """The article as an HTML page; ``preview`` for QTextBrowser (no chrome, no data URIs).

    No ``og:image``: the photo's only address is the page's own ``data:`` URI, which no site
    reads and which would carry the photo a second time (a third larger again, as base64).
    """
    items = _items(article, preview)
    language = article.language or "id"
    return _template().render(
        article=article,
        items=items,
        css=_css(),
        preview=preview,
        language=language,
        og_locale=_OG_LOCALES.get(language, language),
        long_date=long_date(article.date) if article.date else "",
    )
