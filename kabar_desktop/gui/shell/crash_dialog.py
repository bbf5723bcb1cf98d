"""When something unexpected breaks: a calm message instead of a crash or a traceback.

The traceback goes to a rotating log file (for whoever helps the user) and can be copied with
one button; the window and the draft stay as they were, so the user can keep working and save.
The hook that shows this dialog is ``excepthook``, which imports this module when it needs it
(never the other way round: installing the hook at start-up costs nearly nothing).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from kabar_desktop.i18n import _


class ErrorDialog(QDialog):
    """A plain "sorry, your draft is not lost", where the log is, and a copy button."""

    def __init__(self, details: str, log_file: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.details = details
        self.setObjectName("error-dialog")
        self.setWindowTitle(_("Something went wrong"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message = QLabel(
            _(
                "Sorry, something unexpected went wrong. Your draft is not lost: "
                "you can keep working and save it."
            )
        )
        self.message.setWordWrap(True)
        where = QLabel(_("The details were written to:") + f"\n{log_file}")
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setStyleSheet("color: #5b6470;")

        text = QVBoxLayout()
        text.addWidget(self.message)
        text.addWidget(where)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)

        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(_("Copy details"))
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(_("Close"), QDialogButtonBox.ButtonRole.AcceptRole)
        close.setDefault(True)
        buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details)
        self.copy_button.setText(_("Copied"))
