"""Editor speed: keystroke to preview, start-up beside bare PySide6, and memory.

Prints one figure per line, ``name: value unit``. Targets (issue "The editor window…"): the
preview follows a keystroke within 16 ms (p95) for the sample and 50 ms for a large draft;
start-up within 1.5 × a bare PySide6 window; at most 150 MB resident with the sample open.

What is measured, precisely:

- ``keystroke_*``: from just before ``QTest.keyClick`` on the Title field (alternately a letter
  and Backspace, so every key changes the article) until the preview shows the new article:
  the key event, the form's edit of the draft and its own refresh of what Kabar composes
  (``session.changed`` is synchronous), then ``PreviewPane.refresh_now()`` called at once
  instead of after the preview's 20 ms coalescing timer (compose, render the HTML,
  ``setHtml``, lay the document out), then one ``processEvents()`` so Qt paints the window
  (software rendering on the offscreen platform). 200 keystrokes after 20 unmeasured ones;
  median and 95th percentile.
- ``startup_*_ms``: wall time from just before a child Python is spawned to the first paint
  event of its main window (an event filter on the window). Kabar starts as ``kabar
  sample.json`` does (``kabar_desktop.app.start`` with the sample, in a throw-away home past
  the first start); the bare run imports PySide6 and shows an empty ``QMainWindow``. Runs
  alternate, 7 of each after one warm-up of each; medians. Kabar's warm-up fills the home's
  cache folder as a writer's first start does (the compiled catalog, PySide6's own compiled
  Python: gui/qt/import_cache.py), so the runs measure every later start.
- ``startup_kabar_ready_ms``: in the same Kabar runs, until the work the window leaves for
  after its first paint is done (``MainWindow.later``: the preview shows the article, the
  toolbar its icons, the drafts store is open and holds the sample, every tab is built, the
  checker is in its dock and its first check started). The window is fully usable from here.
- ``memory_kabar_mb``: resident set (VmRSS) of the Kabar child at that point.

All on Qt's offscreen platform (``QT_QPA_PLATFORM=offscreen``), so results do not depend on a
desktop being present.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

KEYSTROKES, WARMUP = 200, 20
STARTUP_RUNS = 7

# The bare child reports at its first paint: elapsed since the parent's clock reading, VmRSS.
_REPORT = """
def _report(window, app):
    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                elapsed = (time.time() - T0) * 1000
                rss = next(l for l in open('/proc/self/status') if l.startswith('VmRSS'))
                print(f'{elapsed:.1f} {int(rss.split()[1]) / 1024:.1f}', flush=True)
                os._exit(0)
            return False

    window._first_paint = FirstPaint(window)
    window.installEventFilter(window._first_paint)
"""

_BARE = (
    "import os, sys, time\nT0 = float(os.environ['BENCH_T0'])\n"
    + _REPORT
    + """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(['bare'])
window = QMainWindow()
window.resize(1280, 800)
_report(window, app)
window.show()
app.exec()
"""
)

# Kabar: the first paint is noted, then the child waits for the rest of its start.
_KABAR = """import os, sys, time
T0 = float(os.environ['BENCH_T0'])
from kabar_desktop import app as kabar_app
window = kabar_app.start([sys.argv[1]])  # shown; Qt paints it once the event loop runs
from PySide6.QtCore import QEvent, QObject

class FirstPaint(QObject):
    painted = None

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and self.painted is None:
            self.painted = (time.time() - T0) * 1000
        return False

def ready():
    elapsed = (time.time() - T0) * 1000
    if window._first_paint.painted is None or not window.preview.plain_text().strip():
        print('not ready', flush=True)
        os._exit(1)
    rss = next(l for l in open('/proc/self/status') if l.startswith('VmRSS'))
    print(f'{window._first_paint.painted:.1f} {int(rss.split()[1]) / 1024:.1f} {elapsed:.1f}',
          flush=True)
    os._exit(0)

window._first_paint = FirstPaint(window)
window.installEventFilter(window._first_paint)
window.later.add(ready, last=True)  # after everything the start left for after the paint
from PySide6.QtWidgets import QApplication
QApplication.instance().exec()
"""


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def title_field(window):
    from PySide6.QtWidgets import QLineEdit

    from kabar_desktop.i18n import _

    edits = getattr(getattr(window.form, "facts", None), "edits", {})
    if "title" in edits:
        return edits["title"]
    fields = [e for e in window.findChildren(QLineEdit) if e.accessibleName() == _("Title")]
    return fields[0]


def keystroke_latency(app, window, draft) -> list[float]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window.session.load(draft)
    app.processEvents()
    window.preview.refresh_now()
    field = title_field(window)
    field.setFocus()
    field.end(False)
    app.processEvents()
    times = []
    for i in range(WARMUP + KEYSTROKES):
        key = Qt.Key.Key_Backspace if i % 2 else Qt.Key.Key_A
        before = window.preview.plain_text() if i == WARMUP else None
        start = time.perf_counter()
        QTest.keyClick(field, key)
        window.preview.refresh_now()
        app.processEvents()
        elapsed = (time.perf_counter() - start) * 1000
        if before is not None and window.preview.plain_text() == before:
            raise SystemExit("the preview did not change on a keystroke: nothing was measured")
        if i >= WARMUP:
            times.append(elapsed)
    return times


def editor_figures() -> None:
    from export import large_content
    from PySide6.QtWidgets import QApplication

    from kabar_desktop.app import sample_path
    from kabar_desktop.gui.editor.draft_session import DraftSession
    from kabar_desktop.gui.shell.main_window import MainWindow
    from kabar_desktop.model.draft_file import read_draft
    from kabar_desktop.model.parse import draft_from_dict
    from kabar_desktop.settings import OfficeProfile, Settings

    app = QApplication.instance() or QApplication(["kabar-benchmark"])
    profile = OfficeProfile(office_name="Rudenim Kupang", city="Kupang", credit_initials="fka")
    window = MainWindow(Settings(profile=profile, first_start_done=True), DraftSession())
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    drafts = {"sample": read_draft(sample_path()), "large": draft_from_dict(large_content())}
    for name, draft in drafts.items():
        times = keystroke_latency(app, window, draft)
        print(f"keystroke_to_preview_{name}_median: {statistics.median(times):.2f} ms")
        print(f"keystroke_to_preview_{name}_p95: {percentile(times, 0.95):.2f} ms")
    window.session.mark_saved()
    window.close()


def child_run(code: str, args: list[str], env: dict) -> tuple[float, ...]:
    env = {**env, "BENCH_T0": repr(time.time())}
    out = subprocess.run(
        [sys.executable, "-c", code, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    lines = [line for line in out.stdout.splitlines() if line.strip()]
    if not lines or out.returncode != 0:
        raise SystemExit(f"a start-up run failed:\n{out.stdout}\n{out.stderr}")
    return tuple(float(value) for value in lines[-1].split())


def startup_figures() -> None:
    from kabar_desktop.app import sample_path
    from kabar_desktop.settings import OfficeProfile, Settings, save_settings

    with tempfile.TemporaryDirectory(prefix="kabar-bench-") as home:
        env = {**os.environ, "KABAR_HOME": home, "QT_QPA_PLATFORM": "offscreen"}
        # Measure as installed Pythons run: with compiled .pyc files (this workplace sets
        # PYTHONDONTWRITEBYTECODE, which would recompile Kabar's modules on every start).
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
        os.environ["KABAR_HOME"] = home
        profile = OfficeProfile(office_name="Rudenim Kupang", city="Kupang", credit_initials="fka")
        save_settings(Settings(profile=profile, first_start_done=True))
        args = [str(sample_path())]
        child_run(_BARE, [], env)  # warm the disk cache for both
        child_run(_KABAR, args, env)
        bare, kabar, ready, memory = [], [], [], []
        for _run in range(STARTUP_RUNS):
            bare.append(child_run(_BARE, [], env)[0])
            painted, rss, done = child_run(_KABAR, args, env)
            kabar.append(painted)
            ready.append(done)
            memory.append(rss)
    k, b = statistics.median(kabar), statistics.median(bare)
    print(f"startup_kabar_ms: {k:.0f} ms")
    print(f"startup_bare_pyside6_ms: {b:.0f} ms")
    print(f"startup_kabar_vs_bare: {k / b:.2f} ratio")
    print(f"startup_kabar_ready_ms: {statistics.median(ready):.0f} ms")
    print(f"memory_kabar_mb: {statistics.median(memory):.1f} MB")


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="kabar-bench-home-") as home:
        os.environ["KABAR_HOME"] = home  # the in-process window reads no real settings
        editor_figures()
    startup_figures()


if __name__ == "__main__":
    main()
