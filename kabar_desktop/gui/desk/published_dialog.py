"""Mark a draft published: the address where it appeared and the day (docs/desk.md).

The address is checked as the store checks it (http/https only), before OK is allowed, so
the reviewer sees what is wrong while typing rather than after.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from kabar_desktop.i18n import _
from kabar_desktop.store import StoreError
from kabar_desktop.store.sync_state import checked_url

PROBLEM_STYLE = "color: #b3261e;"


class PublishedDialog(QDialog):
    """The published address and date; ``value()`` gives (url, "YYYY-MM-DD")."""

    def __init__(
        self,
        title: str,
        url: str = "",
        on: dt.date | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("published-dialog")
        self.setWindowTitle(_("Mark as Published"))
        on = on or dt.date.today()
        self.url = QLineEdit(url, self)
        self.url.setObjectName("published-url")
        self.url.setAccessibleName(_("Published at (web address)"))
        self.url.setPlaceholderText("https://")
        self.url.setMinimumWidth(420)
        self.on = QDateEdit(QDate(on.year, on.month, on.day), self)
        self.on.setObjectName("published-on")
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("dd/MM/yyyy")
        self.on.setAccessibleName(_("Published on"))
        self.problem = QLabel(self)
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.setWordWrap(True)
        ok, cancel = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel
        self.buttons = QDialogButtonBox(ok | cancel, self)
        self.ok_button = self.buttons.button(ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        heading = QLabel(" ".join(title.split()) or _("(untitled)"), self)
        heading.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(_("Draft:"), heading)
        form.addRow(_("Published &at:"), self.url)
        form.addRow(_("Published &on:"), self.on)
        form.addRow(self.problem)
        form.addRow(self.buttons)
        self.url.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        text = self.url.text().strip()
        problem = ""
        if text:
            try:
                checked_url(text)
            except StoreError as exc:
                problem = exc.message(_)
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.ok_button.setEnabled(bool(text) and not problem)

    def value(self) -> tuple[str, str]:
        date = self.on.date()
        day = dt.date(date.year(), date.month(), date.day())
        return self.url.text().strip(), day.isoformat()
