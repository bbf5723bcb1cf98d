"""The Kanwil desk in the window: opening it and filtering, over 15,000 drafts.

Prints ``name: value unit`` lines. Targets (issue 16): the desk opens in ≤ 300 ms, a filter
takes ≤ 50 ms. Measured on Qt's offscreen platform with benchmarks/desk.py's database (30
offices, a year, ~15,000 drafts): ``desk_window_open`` from constructing the desk's dialog to
its first list shown (the newest 200, the count waiting, the silent offices) after one
``processEvents``; ``desk_window_filter_*`` one filter changed in the widgets until the list
is filled again and painted (for words: from the end of the pause after typing). Medians of
15 runs after one warm-up, and the 95th percentile.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["KABAR_HOME"] = tempfile.mkdtemp(prefix="kabar-desk-window-")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import desk as bench  # noqa: E402 - benchmarks/desk.py builds the database
from PySide6.QtWidgets import QApplication  # noqa: E402

from kabar_desktop.gui.desk.desk_window import DeskWindow  # noqa: E402
from kabar_desktop.gui.editor.draft_session import DraftSession  # noqa: E402
from kabar_desktop.gui.shell.main_window import MainWindow  # noqa: E402
from kabar_desktop.model.draft import Draft  # noqa: E402
from kabar_desktop.settings import OfficeProfile, Settings  # noqa: E402
from kabar_desktop.store import DraftStore  # noqa: E402

RUNS = 15


def _p95(values: list[float]) -> float:
    return sorted(values)[max(0, round(0.95 * len(values)) - 1)]


def _say(name: str, values: list[float]) -> None:
    print(f"{name}: {statistics.median(values):.1f} ms")
    print(f"{name}_p95: {_p95(values):.1f} ms")


def main() -> None:
    app = QApplication.instance() or QApplication([])
    today = dt.date.today()
    store = DraftStore.open(session=True)
    bench.build(store, random.Random(1), today)
    profile = OfficeProfile(
        office_name="Kanwil Kemenkumham NTT",
        city="Kupang",
        role="kanwil",
        kanwil_name="Kanwil Kemenkumham NTT",
        offices=bench.OFFICES,
    )
    window = MainWindow(
        Settings(first_start_done=True, profile=profile), DraftSession(Draft()), store
    )
    opens: list[float] = []
    desk = None
    for run in range(RUNS + 1):
        if desk is not None:
            desk.close()
            desk.deleteLater()
            app.processEvents()
        started = time.perf_counter()
        desk = DeskWindow(window)
        desk.show()
        app.processEvents()
        if run:
            opens.append((time.perf_counter() - started) * 1000)
    _say("desk_window_open", opens)
    assert desk is not None
    office = desk.filters.office
    by_office: list[float] = []
    by_words: list[float] = []
    for run in range(RUNS + 1):
        started = time.perf_counter()
        office.setCurrentIndex(1 + run % (office.count() - 1))  # refreshes at once
        app.processEvents()
        if run:
            by_office.append((time.perf_counter() - started) * 1000)
    office.setCurrentIndex(0)
    # A word nearly every generated draft holds (a full list under every office's heading),
    # then a word of one title in fourteen (~1,100 drafts: the newest 100 spread over a
    # month's days and offices, the most headings): timed apart, rows counted.
    for word in ("pembinaan", "paspor"):
        by_words = []
        for run in range(RUNS + 1):
            for text in ("", word):  # from the whole list to the word's, each time
                desk.filters.text.setText(text)
                desk.filters._timer.stop()  # the pause after typing is not the desk's work
                app.processEvents()
                started = time.perf_counter()
                desk.filters.changed.emit()  # what the end of that pause sends
                app.processEvents()
            if run:
                by_words.append((time.perf_counter() - started) * 1000)
        kind = "found_everywhere" if word == "pembinaan" else "found_in_some"
        _say(f"desk_window_filter_words_{kind}", by_words)
        print(f"desk_window_rows_shown_{kind}: {len(desk.list.rows)} rows")
    _say("desk_window_filter_office", by_office)
    desk.close()
    window.session.mark_saved()
    window.close()


if __name__ == "__main__":
    main()
