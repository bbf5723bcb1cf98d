"""The safety net for unexpected errors: log the traceback, then show a calm message.

Kept apart from the message itself (``crash_dialog``) so that installing it at start-up costs
nearly nothing: the dialog, ``logging`` and ``traceback`` are imported the first time they are
needed (the log file is set up right after the window's first paint).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from kabar_desktop import paths

if TYPE_CHECKING:
    from kabar_desktop.gui.shell.crash_dialog import ErrorDialog

LOG_NAME = "kabar.log"
LOGGER = "kabar"

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def log_path() -> Path:
    return paths.log_dir() / LOG_NAME


def setup_logging() -> Path:
    """Log to ``kabar.log`` in the log folder (1 MB, three old files kept)."""
    import logging

    log = logging.getLogger(LOGGER)
    path = log_path()
    for handler in log.handlers:
        if getattr(handler, "baseFilename", None) == str(path):
            return path
    import logging.handlers  # ~10 ms (sockets, pickle): not before the window shows

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
        import logging
        import traceback

        details = "".join(traceback.format_exception(kind, value, tb))
        setup_logging()
        logging.getLogger(LOGGER).error("Unexpected error\n%s", details.rstrip())
        from PySide6.QtWidgets import QApplication

        if QApplication.instance() is None:
            self.previous(kind, value, tb)
            return
        try:
            self._show(details)
        except Exception:  # the dialog itself failed: fall back to the console
            self.previous(kind, value, tb)

    def _show(self, details: str) -> None:
        from PySide6.QtWidgets import QApplication

        from kabar_desktop.gui.shell.crash_dialog import ErrorDialog

        if self.dialog is not None and self.dialog.isVisible():
            return
        parent = QApplication.activeWindow()
        self.dialog = ErrorDialog(details, self.log_file, parent)
        self.dialog.destroyed.connect(self._forget)
        self.dialog.open()  # not exec(): never a nested event loop inside an excepthook

    def _forget(self) -> None:
        self.dialog = None


def install_excepthook() -> ExceptHook:
    """Route unexpected exceptions (also those raised in Qt slots) to the log and the dialog.

    The log file itself is set up by the hook when it is first needed, or by the caller once
    the window has shown (``setup_logging``).
    """
    hook = _Hook(log_path(), sys.excepthook)
    sys.excepthook = hook
    return hook
