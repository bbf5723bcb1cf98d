"""Composed article → files. Each format's module is imported only when that format is asked for.

Every exporter writes through ``write_atomic``: a failed export leaves no file behind. The
file is not flushed to the disk before the rename (``durable=False``, atomic.py): an export is
made again from its draft at any time, and the user should not wait for the disk.
"""

from __future__ import annotations

from pathlib import Path

from kabar_desktop.compose.document import Article

FORMATS = ("docx", "html", "txt")


def export_article(article: Article, fmt: str, path: Path, **options) -> None:
    """Write ``article`` to ``path`` as ``fmt`` (one of ``FORMATS``)."""
    from kabar_desktop.atomic import write_atomic, write_bytes_atomic  # not for the checker

    if fmt == "txt":
        from kabar_desktop.export.text import render_text

        write_bytes_atomic(path, render_text(article).encode("utf-8"), durable=False)
    elif fmt == "html":
        from kabar_desktop.export.html import render_html

        write_bytes_atomic(path, render_html(article).encode("utf-8"), durable=False)
    elif fmt == "docx":
        from kabar_desktop.export.docx import write_docx

        write_atomic(path, lambda out: write_docx(article, out, **options), durable=False)
    else:
        raise ValueError(f"unknown format {fmt!r}")
