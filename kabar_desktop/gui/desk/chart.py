"""The month's bar chart in the window: one horizontal bar per office, drawn with QPainter.

A bar is as long as the articles the office sent in the month, split by what became of
them: published, accepted (not yet published), sent back, still waiting. Offices are listed
as the report lists them; long names are cut with "…" (the whole name is the tooltip). The
PDF draws its own chart (services/report.py, no Qt on the command line); this one follows
the window's size and language.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from kabar_desktop.i18n import _

ROW_HEIGHT = 22
BAR_HEIGHT = 14
LEGEND_HEIGHT = 26
MARGIN = 8
NAME_WIDTH_MAX = 260
NUMBER_ROOM = 40
# (key, colour): the parts of a bar from the left; tests read the colours back from pixels.
PARTS = (
    ("published", QColor("#1b5e20")),
    ("accepted", QColor("#66bb6a")),
    ("sent_back", QColor("#ef6c00")),
    ("waiting", QColor("#b0bec5")),
)


def part_names() -> dict[str, str]:
    return {
        "published": _("published"),
        "accepted": _("accepted, not yet published"),
        "sent_back": _("sent back"),
        "waiting": _("waiting"),
    }


@dataclass(frozen=True)
class ChartRow:
    """One office's month: ``accepted`` counts the published ones too (as the report does)."""

    office: str
    sent: int
    accepted: int
    sent_back: int
    published: int

    def parts(self) -> dict[str, int]:
        waiting = max(0, self.sent - self.accepted - self.sent_back)
        return {
            "published": self.published,
            "accepted": max(0, self.accepted - self.published),
            "sent_back": self.sent_back,
            "waiting": waiting,
        }


class MonthChart(QWidget):
    """Articles per office in the month, as stacked horizontal bars with a legend."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("month-chart")
        self.rows: list[ChartRow] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.MinimumExpanding)
        self.setMouseTracking(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(_("Chart of articles per office"))
        self._describe()

    def set_rows(self, rows: list[ChartRow]) -> None:
        self.rows = list(rows)
        self._describe()
        self.updateGeometry()
        self.update()

    def _describe(self) -> None:
        """What a screen reader says instead of the picture: every office's numbers."""
        lines = [
            _("{office}: {sent} sent, {published} published").format(
                office=r.office, sent=r.sent, published=r.published
            )
            for r in self.rows
        ]
        self.setAccessibleDescription("; ".join(lines) or _("No articles this month."))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(480, LEGEND_HEIGHT + 2 * MARGIN + ROW_HEIGHT * max(1, len(self.rows)))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(240, self.sizeHint().height())

    # --- geometry: what paintEvent draws and the tests measure -------------------------------
    def name_width(self) -> int:
        metrics = QFontMetrics(self.font())
        widest = max((metrics.horizontalAdvance(r.office) for r in self.rows), default=0)
        return min(widest + 8, NAME_WIDTH_MAX, max(60, self.width() * 2 // 5))

    def scale(self) -> float:
        """Pixels per article: the longest bar fills the room left of its number."""
        room = self.width() - 2 * MARGIN - self.name_width() - NUMBER_ROOM
        most = max((r.sent for r in self.rows), default=0)
        return room / most if most and room > 0 else 0.0

    def segments(self) -> list[list[tuple[str, QRectF]]]:
        """For each row, its non-empty parts as (key, rectangle), left to right."""
        scale = self.scale()
        left = MARGIN + self.name_width()
        found = []
        for n, row in enumerate(self.rows):
            top = LEGEND_HEIGHT + MARGIN + n * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2
            x = float(left)
            parts = []
            for key, count in row.parts().items():
                if count:
                    width = count * scale
                    parts.append((key, QRectF(x, top, width, BAR_HEIGHT)))
                    x += width
            found.append(parts)
        return found

    # --- painting ----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.fillRect(self.rect(), self.palette().base())
            self._legend(painter)
            if not self.rows:
                painter.setPen(self.palette().placeholderText().color())
                room = self.rect().adjusted(MARGIN, LEGEND_HEIGHT, -MARGIN, -MARGIN)
                painter.drawText(room, Qt.AlignmentFlag.AlignCenter, _("No articles this month."))
                return
            self._bars(painter)
        finally:
            painter.end()  # a painter left to the garbage collector outlives the paint

    def _legend(self, painter: QPainter) -> None:
        metrics = painter.fontMetrics()
        x = MARGIN
        names = part_names()
        for key, colour in PARTS:
            painter.fillRect(QRectF(x, MARGIN + 2, 12, 12), colour)
            x += 16
            painter.setPen(self.palette().text().color())
            painter.drawText(QPointF(x, MARGIN + 2 + metrics.ascent()), names[key])
            x += metrics.horizontalAdvance(names[key]) + 14

    def _bars(self, painter: QPainter) -> None:
        colours = dict(PARTS)
        metrics = painter.fontMetrics()
        names = self.name_width() - 8
        text = self.palette().text().color()
        for n, (row, parts) in enumerate(zip(self.rows, self.segments(), strict=True)):
            top = LEGEND_HEIGHT + MARGIN + n * ROW_HEIGHT
            baseline = top + (ROW_HEIGHT + metrics.ascent() - metrics.descent()) / 2
            painter.setPen(text)
            name = metrics.elidedText(row.office, Qt.TextElideMode.ElideRight, names)
            painter.drawText(QPointF(MARGIN, baseline), name)
            end = float(MARGIN + self.name_width())
            for key, rect in parts:
                painter.fillRect(rect, colours[key])
                end = rect.right()
            painter.setPen(text)
            painter.drawText(QPointF(end + 4, baseline), str(row.sent))

    def row_at(self, y: float) -> ChartRow | None:
        n = int((y - LEGEND_HEIGHT - MARGIN) // ROW_HEIGHT)
        return self.rows[n] if y >= LEGEND_HEIGHT + MARGIN and 0 <= n < len(self.rows) else None

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt's name
        row = self.row_at(event.position().y())
        if row is None:
            QToolTip.hideText()
            return
        names = part_names()
        lines = [row.office, _("{count} sent").format(count=row.sent)]
        lines += [f"{names[k]}: {v}" for k, v in row.parts().items()]
        QToolTip.showText(event.globalPosition().toPoint(), "\n".join(lines), self)
