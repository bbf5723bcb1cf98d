"""The month's report at the desk: a month to choose, the chart, the table, the exports.

The report is counted on a worker thread (``worker.build_report``) and written there too
(``services.report.write_report``: XLSX, PDF, CSV), so a year of fifteen thousand drafts
never holds the window; the buttons wait while a job runs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kabar_desktop.gui.desk.chart import ChartRow, MonthChart
from kabar_desktop.gui.desk.worker import Job, build_report
from kabar_desktop.i18n import _

if TYPE_CHECKING:
    from kabar_desktop.services.report import MonthReport

EMPTY_DAY = "#fde2e1"  # a day counted without an article: the Kanwil asks about it
FILTERS = {
    "xlsx": "Excel (*.xlsx)",
    "pdf": "PDF (*.pdf)",
    "csv": "CSV (*.csv)",
}


def chart_rows(report: MonthReport) -> list[ChartRow]:
    """The chart's bars: each office's month, as the report counts it."""
    rows = []
    for office in report.offices:
        total = office.total
        rows.append(
            ChartRow(office.label, total.sent, total.accepted, total.sent_back, total.published)
        )
    return rows


def _table(parent: QWidget, name: str, accessible: str) -> QTableWidget:
    table = QTableWidget(0, 0, parent)
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    return table


def table_headers() -> list[str]:
    return [
        _("Office"),
        _("Sent"),
        _("Accepted"),
        _("Sent back"),
        _("Published"),
        _("Days without an article"),
    ]


class ReportView(QWidget):
    """One month's numbers for every office; ``db_path`` is the store the report reads."""

    def __init__(
        self,
        db_path: Path,
        offices: list[str],
        kanwil: str,
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("desk-report")
        self.db_path = db_path
        self.offices = offices
        self.kanwil = kanwil
        self.today = today or dt.date.today()
        self.report: MonthReport | None = None
        self.job: Job | None = None
        self._queued = False

        self.month = QDateEdit(QDate(self.today.year, self.today.month, 1), self)
        self.month.setObjectName("report-month")
        self.month.setDisplayFormat("MM/yyyy")
        self.month.setAccessibleName(_("Month"))
        self.month.dateChanged.connect(lambda _d: self.refresh())
        self.title = QLabel(self)
        self.title.setObjectName("report-title")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.summary = QLabel(self)
        self.summary.setObjectName("report-summary")
        self.summary.setWordWrap(True)
        self.exports = {}
        for fmt, text in (("xlsx", _("Export &XLSX…")), ("pdf", _("Export &PDF…"))):
            self.exports[fmt] = self._button(text, fmt)
        self.exports["csv"] = self._button(_("Export &CSV…"), "csv")

        self.chart = MonthChart(self)
        chart_scroll = QScrollArea(self)
        chart_scroll.setWidgetResizable(True)
        chart_scroll.setWidget(self.chart)
        chart_scroll.setAccessibleName(_("Chart of articles per office"))
        self.table = _table(self, "report-table", _("Articles per office"))
        self.table.setColumnCount(len(table_headers()))
        self.table.setHorizontalHeaderLabels(table_headers())
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.days = _table(self, "report-days", _("Articles per office and day"))
        self.days.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.days.setAlternatingRowColors(False)
        views = QTabWidget(self)
        views.setObjectName("report-views")
        views.setAccessibleName(_("The month's numbers"))
        views.addTab(self.table, _("Per office"))
        views.addTab(self.days, _("Per day"))

        top = QHBoxLayout()
        month_label = QLabel(_("&Month:"), self)
        month_label.setBuddy(self.month)
        top.addWidget(month_label)
        top.addWidget(self.month)
        top.addSpacing(12)
        top.addWidget(self.title, 1)
        for button in self.exports.values():
            top.addWidget(button)
        split = QSplitter(self)
        split.setChildrenCollapsible(False)
        split.addWidget(chart_scroll)
        split.addWidget(views)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([560, 740])  # the table whole, the bars beside it
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)

    def _button(self, text: str, fmt: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(f"report-export-{fmt}")
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setEnabled(False)
        button.clicked.connect(lambda _checked=False: self.export(fmt))
        return button

    def chosen_month(self) -> tuple[int, int]:
        date = self.month.date()
        return date.year(), date.month()

    # --- counting, off the interface thread ----------------------------------------------------
    def refresh(self) -> None:
        """Count the chosen month again (after the job running now, if one is)."""
        if self.job is not None:
            self._queued = True
            return
        year, month = self.chosen_month()
        self.summary.setText(_("Counting…"))
        self._busy(True)
        args = (self.db_path, year, month, list(self.offices), self.kanwil, self.today)

        def failed(error: str) -> str:
            return _("Kabar could not make the report: {error}").format(error=error)

        self._start(Job(lambda: build_report(*args), self), self.show_report, failed)

    def _start(self, job: Job, done, failed: Callable[[str], str]) -> None:
        self.job = job
        job.done.connect(done)
        job.failed.connect(lambda error: self.summary.setText(failed(error)))
        job.finished.connect(self._ended)
        job.start()

    def _ended(self) -> None:
        job, self.job = self.job, None
        if job is not None:
            job.deleteLater()
        self._busy(False)
        if self._queued:
            self._queued = False
            self.refresh()

    def _busy(self, busy: bool) -> None:
        for button in self.exports.values():
            button.setEnabled(not busy and self.report is not None)

    def wait(self) -> None:
        """Let a running job finish (closing the window, tests)."""
        if self.job is not None:
            self.job.wait()

    def show_report(self, report: MonthReport) -> None:
        self.report = report
        self.title.setText(report.title)
        total = report.total
        self.summary.setText(
            _(
                "{sent} articles sent, {accepted} accepted, {back} sent back, {published} "
                "published; {days} days without an article (all offices, up to {day})."
            ).format(
                sent=total.sent,
                accepted=total.accepted,
                back=total.sent_back,
                published=total.published,
                days=report.days_without,
                day=min(report.today, report.dates()[-1]).strftime("%d/%m/%Y"),
            )
        )
        self.chart.set_rows(chart_rows(report))
        self.table.setRowCount(len(report.offices) + 1)
        for n, office in enumerate(report.offices):
            self._table_row(n, office.label, (*office.total.values(), office.days_without))
        self._table_row(
            len(report.offices), _("Total"), (*total.values(), report.days_without), bold=True
        )
        self._show_days(report)

    def _show_days(self, report: MonthReport) -> None:
        """Articles sent per office and day; a day counted with none is tinted."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QBrush, QColor

        dates = report.dates()
        self.days.clear()
        self.days.setRowCount(len(report.offices))
        self.days.setColumnCount(len(dates) + 1)
        self.days.setHorizontalHeaderLabels([_("Office")] + [str(d.day) for d in dates])
        empty = QBrush(QColor(EMPTY_DAY))
        for n, office in enumerate(report.offices):
            self.days.setItem(n, 0, QTableWidgetItem(office.label))
            for column, (date, counts) in enumerate(zip(dates, office.days, strict=True), 1):
                cell = QTableWidgetItem(str(counts.sent) if counts.sent else "")
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                cell.setToolTip(
                    _("{day}: {sent} sent, {accepted} accepted, {published} published").format(
                        day=date.strftime("%d/%m/%Y"),
                        sent=counts.sent,
                        accepted=counts.accepted,
                        published=counts.published,
                    )
                )
                if not counts.sent and date.day <= report.counted_days:
                    cell.setBackground(empty)
                self.days.setItem(n, column, cell)

    def _table_row(self, n: int, name: str, numbers: tuple[int, ...], bold: bool = False) -> None:
        from PySide6.QtCore import Qt

        cells = [QTableWidgetItem(name)] + [QTableWidgetItem(str(v)) for v in numbers]
        for column, cell in enumerate(cells):
            if column:
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if bold:
                font = cell.font()
                font.setBold(True)
                cell.setFont(font)
            self.table.setItem(n, column, cell)

    # --- exports ---------------------------------------------------------------------------------
    def suggested_name(self, fmt: str) -> str:
        year, month = self.chosen_month()
        return f"laporan-berita-{year}-{month:02d}.{fmt}"

    def export(self, fmt: str, path: Path | None = None) -> None:
        """Write the report shown as ``fmt``; asks where unless ``path`` is given."""
        report = self.report
        if report is None or self.job is not None:
            return
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self, _("Export the report"), str(Path.home() / self.suggested_name(fmt)),
                FILTERS[fmt],
            )  # fmt: skip
            if not chosen:
                return
            path = Path(chosen)
            if path.suffix.lower() != f".{fmt}":
                path = path.with_name(path.name + f".{fmt}")
        from kabar_desktop.services.report import write_report

        target = path
        self.summary.setText(_("Writing {name}…").format(name=target.name))
        self._busy(True)
        job = Job(lambda: write_report(report, target, fmt), self)

        def failed(error: str) -> str:
            return _("Kabar could not write {name}: {error}").format(name=target.name, error=error)

        self._start(job, lambda _result: self._written(target), failed)

    def _written(self, path: Path) -> None:
        self.summary.setText(_("The report is in {path}.").format(path=path))
