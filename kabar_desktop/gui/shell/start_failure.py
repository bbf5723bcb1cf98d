"""When the window cannot start at all, say so without Qt (issue 15 #3).

Qt's libraries failing to load (a DLL missing or blocked on Windows) leaves no Qt to show a
dialog with, and ``pythonw.exe`` has no console: Kabar would just not appear. Here the reason
goes to Kabar's log, and the user sees it in their language: a Win32 message box through
ctypes on Windows, the standard error elsewhere (where a terminal or the desktop's log shows
it).
"""

from __future__ import annotations

import sys
import traceback

MB_OK, MB_ICONERROR, MB_SETFOREGROUND = 0x0, 0x10, 0x10000


def window_failed(error: BaseException) -> int:
    """Log why the window could not start, tell the user; the exit status (1)."""
    reason = f"{type(error).__name__}: {error}"
    log_file = _log(error)
    message = _message(reason, log_file)
    if sys.platform == "win32":
        import ctypes

        flags = MB_OK | MB_ICONERROR | MB_SETFOREGROUND
        ctypes.windll.user32.MessageBoxW(None, message, "Kabar", flags)
    elif sys.stderr is not None:
        print(message, file=sys.stderr)
    return 1


def _log(error: BaseException) -> str:
    """The reason and its traceback in ``kabar.log``; the log's path ("" when unwritable)."""
    try:
        import logging

        from kabar_desktop.gui.shell.excepthook import LOGGER, setup_logging

        path = setup_logging()
        details = "".join(traceback.format_exception(error)).rstrip()
        logging.getLogger(LOGGER).error("The window could not start: %s\n%s", error, details)
        return str(path)
    except Exception:  # noqa: BLE001 - the message box must still show
        return ""


def _message(reason: str, log_file: str) -> str:
    """The message in the user's chosen language (Indonesian when settings are unreadable)."""
    from kabar_desktop import i18n

    try:
        from kabar_desktop.settings import load_settings

        i18n.set_language(load_settings().language)
    except Exception:  # noqa: BLE001 - a damaged settings file: the default language
        i18n.set_language(None)
    _ = i18n._
    text = _(
        "Kabar cannot open its window: a part of the program could not be loaded. "
        "Installing Kabar again usually helps."
    )
    text += "\n\n" + reason
    if log_file:
        text += "\n\n" + _("Details are in {file}").format(file=log_file)
    return text
