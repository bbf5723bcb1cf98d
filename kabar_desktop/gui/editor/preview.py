"""The live preview: the composed article, as the export will read, beside the form.

It re-composes on every change of the draft, but a burst of keystrokes costs one refresh (a
short single-shot timer). Photos come from the draft itself (``kabar-photo:N``), scaled to the
pane; nothing is ever fetched from the network.

Zoom scales the whole page (every block, the paper column, the photos): the stylesheet's pixel
sizes and the document's default font (which the headline's size is relative to) are
multiplied before each render, so it holds as the writer types. There is no caret: the page is
read, not edited (text stays selectable by mouse).
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QTextBrowser, QWidget

from kabar_desktop.gui.editor.draft_session import DraftSession
from kabar_desktop.gui.qt.enum_properties import set_keys
from kabar_desktop.i18n import _
from kabar_desktop.model.draft import Photo

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QFont, QImage

REFRESH_DELAY_MS = 20  # coalesces a burst of keystrokes into one refresh
PAPER_WIDTH = 760  # the article column, like a page: long lines are hard to read
SURROUND = "#e9ecf0"  # the calm grey around the paper
_CACHE_SIZE = 12
ZOOM_STEPS = (0.5, 0.67, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0)
_PIXEL_SIZE = r"(font-size:\s*)(\d+(?:\.\d+)?)px"  # compiled at the first zoom (re caches it)


class PreviewPane(QTextBrowser):
    """A read-only view of ``compose(draft, placeholders=True)``, refreshed as the draft changes."""

    rendered = Signal()  # a new composition is shown (the word count reads it)
    zoom_changed = Signal(float)

    def __init__(
        self,
        session: DraftSession,
        parent: QWidget | None = None,
        later: Callable[[Callable[[], object]], None] | None = None,
    ):
        """``later`` schedules the first render (the window's after-first-paint jobs); by
        default it follows as soon as the event loop runs."""
        super().__init__(parent)
        self._session = session
        self._html = ""
        self._photos: list[Photo | None] = []
        self._images: OrderedDict[tuple[int, int], QImage] = OrderedDict()
        self._image_width = 0
        self.zoom = 1.0
        self._base_font: QFont | None = None  # the page's font unzoomed, read at the first zoom
        self.setObjectName("preview")
        self.setReadOnly(True)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        set_keys(self, "textInteractionFlags", "TextSelectableByMouse")  # no blinking caret
        self.document().setDocumentMargin(28)
        self._paint_surround()
        self.retranslate()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh_now)
        session.changed.connect(self._timer.start)
        # The first render (Jinja2's import and the template: ~30 ms) waits until the window
        # has painted: the window appears sooner, the article a moment later.
        if later is None:
            QTimer.singleShot(0, self, self.refresh_now)
        else:
            later(self._first_render)

    def _first_render(self) -> None:
        if not self._html:
            self.refresh_now()

    def retranslate(self) -> None:
        self.setAccessibleName(_("Article preview"))
        self.setAccessibleDescription(
            _("The article as Kabar composes it, updated as you type. Read only.")
        )

    # --- refreshing ------------------------------------------------------------------------
    def refresh_now(self) -> None:
        """Compose and show the article at once, keeping the reader where they were."""
        from kabar_desktop.export.html import render_html  # Jinja2: after the first paint

        self._timer.stop()
        article = self._session.preview_article()
        self._photos = [block.photo for block in article.figures()]
        html = render_html(article, preview=True)
        if self.zoom != 1.0:
            html = re.sub(_PIXEL_SIZE, self._scaled_size, html)
        if html == self._html:
            return
        self._html = html
        bar = self.verticalScrollBar()
        position = bar.value()
        self.setHtml(html)
        if position:  # lay the page out now, so the old position exists again; at the top,
            self.document().size()  # Qt lays out what shows and the rest while idle
            bar.setValue(position)
        self.rendered.emit()

    # --- zoom ------------------------------------------------------------------------------
    def _scaled_size(self, m: re.Match[str]) -> str:
        return f"{m.group(1)}{round(float(m.group(2)) * self.zoom, 1):g}px"

    def set_zoom(self, factor: float) -> None:
        """Show the whole page at ``factor`` (1.0: as composed), kept across re-renders."""
        factor = min(max(factor, ZOOM_STEPS[0]), ZOOM_STEPS[-1])
        if factor == self.zoom:
            return
        self.zoom = factor
        from PySide6.QtGui import QFont  # not at start: QFont's enums cost the first frame

        if self._base_font is None:
            self._base_font = QFont(self.document().defaultFont())
        font = QFont(self._base_font)
        font.setPointSizeF(self._base_font.pointSizeF() * factor)
        self.document().setDefaultFont(font)  # the headline's size is relative to it
        self._place_paper()
        self._html = ""
        self.refresh_now()
        self.zoom_changed.emit(factor)

    def zoom_in(self) -> None:
        self.set_zoom(next((z for z in ZOOM_STEPS if z > self.zoom + 0.001), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        smaller = [z for z in ZOOM_STEPS if z < self.zoom - 0.001]
        self.set_zoom(smaller[-1] if smaller else ZOOM_STEPS[0])

    def zoom_reset(self) -> None:
        self.set_zoom(1.0)

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Ctrl+wheel zooms the whole page (QTextEdit's own zoom enlarges the headline only)."""
        from PySide6.QtCore import Qt

        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            step = event.angleDelta().y()
            if step > 0:
                self.zoom_in()
            elif step < 0:
                self.zoom_out()
            event.accept()
            return
        super().wheelEvent(event)

    def plain_text(self) -> str:
        """What a reader of the preview sees, as text (tests, screen readers, benchmarks)."""
        return self.toPlainText()

    # --- photos ----------------------------------------------------------------------------
    def loadResource(self, kind: int, url: QUrl | str):  # noqa: N802 - Qt's name
        from PySide6.QtCore import QUrl

        from kabar_desktop.export.html import PREVIEW_SCHEME

        url = QUrl(url)
        if url.scheme() != PREVIEW_SCHEME:
            return None  # no network, no files: the preview shows the draft and nothing else
        try:
            photo = self._photos[int(url.path())]
        except (ValueError, IndexError):
            return None
        if photo is None or not photo.data:
            return None
        return self._scaled(photo.data, self._column_width())

    def _scaled(self, data: bytes, width: int) -> QImage | None:
        key = (hash(data), width)
        image = self._images.get(key)
        if image is not None:
            self._images.move_to_end(key)
            return image
        from PySide6.QtGui import QImage

        image = QImage.fromData(data)
        if image.isNull():
            return None
        if image.width() > width:
            from PySide6.QtCore import Qt

            image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        self._images[key] = image
        while len(self._images) > _CACHE_SIZE:
            self._images.popitem(last=False)
        return image

    def _column_width(self) -> int:
        margin = int(self.document().documentMargin())
        return max(120, self.viewport().width() - 2 * margin - 4)

    # --- the paper column ------------------------------------------------------------------
    def _paint_surround(self) -> None:
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(SURROUND))
        palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
        palette.setColor(QPalette.ColorRole.Text, QColor("#1c1f23"))
        self.setPalette(palette)
        self.setAutoFillBackground(True)

    def _place_paper(self) -> None:
        spare = max(0, self.width() - round(PAPER_WIDTH * self.zoom))
        side = spare // 2
        self.setViewportMargins(side, 0, spare - side, 0)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._place_paper()
        super().resizeEvent(event)
        if not any(p is not None for p in self._photos):
            return  # nothing to scale (and no need to ask the viewport yet)
        width = self._column_width()
        if width != self._image_width:
            self._html = ""  # photos are scaled to the column: lay them out again
            self._timer.start()
        self._image_width = width
