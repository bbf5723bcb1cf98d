"""When something unexpected breaks: a calm message instead of a crash or a traceback.

The traceback goes to a rotating log file (for whoever helps the user) and can be copied with
one button; the window and the draft stay as they were, so the user can keep working and save.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import Qt, QTimer
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

from kabar_desktop import paths
from kabar_desktop.i18n import _

LOG_NAME = "kabar.log"
log = logging.getLogger("kabar")

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def log_path() -> Path:
    return paths.log_dir() / LOG_NAME


def setup_logging() -> Path:
    """Log to ``kabar.log`` in the log folder (1 MB, three old files kept)."""
    path = log_path()
    for handler in log.handlers:
        if getattr(handler, "baseFilename", None) == str(path):
            return path
    import logging.handlers  # ~15 ms (sockets, pickle): not on the start-up path

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8", delay=True
        )
    except OSError:
        return path  # no log folder (read-only disk): the dialog still shows
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


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


class _Hook:
    """``sys.excepthook``: log, then tell the user once (a loop of errors opens one dialog)."""

    def __init__(self, log_file: Path, previous: ExceptHook):
        self.log_file = log_file
        self.previous = previous
        self.dialog: ErrorDialog | None = None

    def __call__(self, kind, value, tb) -> None:
        if issubclass(kind, KeyboardInterrupt | SystemExit):
            self.previous(kind, value, tb)
            return
        details = "".join(traceback.format_exception(kind, value, tb))
        setup_logging()
        log.error("Unexpected error\n%s", details.rstrip())
        if QApplication.instance() is None:
            self.previous(kind, value, tb)
            return
        try:
            self._show(details)
        except Exception:  # the dialog itself failed: fall back to the console
            self.previous(kind, value, tb)

    def _show(self, details: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            return
        parent = QApplication.activeWindow()
        self.dialog = ErrorDialog(details, self.log_file, parent)
        self.dialog.destroyed.connect(self._forget)
        self.dialog.open()  # not exec(): never a nested event loop inside an excepthook

    def _forget(self) -> None:
        self.dialog = None


def install_excepthook() -> ExceptHook:
    """Route unexpected exceptions (also those raised in Qt slots) to the log and the dialog."""
    hook = _Hook(log_path(), sys.excepthook)
    sys.excepthook = hook
    QTimer.singleShot(0, setup_logging)  # after the window shows; the hook also ensures it
    return hook
