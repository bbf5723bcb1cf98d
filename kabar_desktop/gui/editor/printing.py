"""Printing and PDF: the article as the preview shows it, laid out on an A4 page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from kabar_desktop.atomic import atomic_path
from kabar_desktop.compose import Article
from kabar_desktop.export.html import PREVIEW_SCHEME, render_html
from kabar_desktop.i18n import _

PRINT_SCALE = 1.2  # the page's 18 px text prints at 11 pt
PHOTO_MAX_HEIGHT = 0.6  # of the page: a tall photo leaves room for its caption and text


def print_article(article: Article, printer: QPrinter) -> None:
    """Print the article as the preview shows it (without placeholders), A4, photos sharp.

    The document is laid out in screen pixels on a page of the printer's size and Qt scales
    it to the printer: the page's CSS pixel sizes then print at a sensible size. Photos keep
    their full resolution (a device pixel ratio makes them lay out at the column's width).
    """
    page = printer.pageLayout().paintRect(QPageLayout.Unit.Point)
    scale = PRINT_SCALE * 96 / 72
    size = QSizeF(page.width() * scale, page.height() * scale)
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setHtml(render_html(article, preview=True))
    doc.setPageSize(size)
    column = size.width() - 24  # the page's own body margin
    for n, block in enumerate(article.figures()):
        if block.photo is None or not block.photo.data:
            continue
        image = QImage.fromData(block.photo.data)
        if image.isNull():
            continue
        width = min(column, size.height() * PHOTO_MAX_HEIGHT * image.width() / image.height())
        image.setDevicePixelRatio(max(1.0, image.width() / width))
        url = QUrl(f"{PREVIEW_SCHEME}:{n}")
        doc.addResource(QTextDocument.ResourceType.ImageResource, url, image)
    doc.print_(printer)


def a4_printer(printer: QPrinter) -> QPrinter:
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
    return printer


def write_pdf(article: Article, path: Path) -> None:
    """The article as an A4 PDF at ``path``, whole or not at all, with the permissions of any
    other export (Qt writes to a temporary file; ``atomic_path`` gives it the user's umask)."""
    printer = a4_printer(QPrinter(QPrinter.PrinterMode.HighResolution))
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setDocName(article.title)
    printer.setCreator("Kabar")
    with atomic_path(path) as tmp:
        printer.setOutputFileName(str(tmp))
        print_article(article, printer)
        if tmp.stat().st_size == 0:  # Qt reports no error of its own (a full disk, a bad path)
            raise OSError(_("the PDF could not be written"))
