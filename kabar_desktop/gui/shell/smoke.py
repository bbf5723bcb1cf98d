"""Smoke mode: the installed Kabar opens a draft, exports it to DOCX and quits on its own.

Installers are tried where nobody can click (Wine, a fresh Debian). ``KABAR_SMOKE=OUT.docx``
turns a normal start into one writer's round trip: the window opens on the draft named on the
command line (the sample article if none), *Export → DOCX* writes ``OUT.docx`` through the
window's own export, and Kabar quits with 0 (1 if anything failed). Under ``pythonw.exe``
there is no console, so what happened goes to ``OUT.docx.json``: success or the error, and
the wall-clock times of start, first window and export, for packaging/check_installers.py.

Wine does not pass ``QT_*`` variables to Windows programs, so ``KABAR_SMOKE_QT`` carries them
(``NAME=VALUE;NAME=VALUE``) and they are set here, before Qt starts.
"""

from __future__ import annotations

import json
import os
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path

WATCHDOG_SECONDS = 120.0  # a dialog nobody answers must not hang the check forever


def _write_report(out: Path, report: dict) -> None:
    out.with_name(out.name + ".json").write_text(json.dumps(report, indent=1), encoding="utf-8")


def _qt_environment() -> None:
    for pair in os.environ.get("KABAR_SMOKE_QT", "").split(";"):
        name, sep, value = pair.partition("=")
        if sep and name.startswith("QT_"):
            os.environ[name] = value


def _watchdog(out: Path, report: dict) -> None:
    def expire() -> None:
        report["error"] = f"no result after {WATCHDOG_SECONDS:.0f} s (a dialog waiting?)"
        _write_report(out, report)
        os._exit(3)

    timer = threading.Timer(WATCHDOG_SECONDS, expire)
    timer.daemon = True
    timer.start()


def _wait(app, condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        app.processEvents()
        time.sleep(0.01)
    return True


def run_smoke(out: Path, argv: list[str] | None, start: Callable, sample: Path) -> int:
    """Open, export, quit; the exit status (0 when ``out`` was written). ``start`` is
    ``app.start`` and ``sample`` the sample article, handed over by ``app.run`` (which
    imports this module: an import back would be a loop)."""
    out = Path(out).resolve()
    report: dict = {"started": time.time(), "ok": False, "pid": os.getpid()}
    _watchdog(out, report)
    try:
        _qt_environment()
        from PySide6.QtWidgets import QApplication

        from kabar_desktop.settings import load_settings, save_settings

        settings = load_settings()
        if not settings.first_start_done:  # the profile dialog would wait for a person
            settings.first_start_done = True
            save_settings(settings)
        files = [a for a in (argv or []) if not a.startswith("-")]
        window = start(files or [str(sample)])
        qt = QApplication.instance()
        assert isinstance(qt, QApplication)  # start() made it
        if not _wait(qt, lambda: window.windowHandle().isExposed(), 60):
            raise RuntimeError("the window was never shown")
        report["window_shown"] = time.time()
        report["qt_platform"] = qt.platformName()
        report["title"] = window.windowTitle()
        _wait(qt, lambda: False, 1.0)  # what start() left for after the first paint
        from kabar_desktop.model.completeness import missing_facts

        missing = missing_facts(window.session.draft)
        if missing:  # the export would ask a person to fill them in
            raise RuntimeError(f"the draft lacks {', '.join(p.path for p in missing)}")
        out.unlink(missing_ok=True)
        window.files._ask_save_path = lambda *_args: out  # the one dialog a smoke run skips
        window.files.export("docx")
        if not out.is_file() or out.stat().st_size == 0:
            raise RuntimeError(f"the export wrote no {out.name}")
        report["exported"] = time.time()
        window.close()
        _wait(qt, lambda: not window.isVisible(), 10)
        qt.processEvents()
        report["ok"] = True
    except Exception:  # noqa: BLE001 - every failure is the report's content
        report["error"] = traceback.format_exc()
    _write_report(out, report)
    return 0 if report["ok"] else 1
