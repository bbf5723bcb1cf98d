"""Shared fixtures: every test runs with its own Kabar home, in the default language."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

DATA = Path(__file__).parent / "data"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

for _name, _examples in (("ci", 150), ("dev", 40)):
    settings.register_profile(
        _name, max_examples=_examples, deadline=None, suppress_health_check=[HealthCheck.too_slow]
    )
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

WHOLE_SUITE_WORKERS = 2


@pytest.hookimpl(tryfirst=True)
def pytest_cmdline_main(config: pytest.Config) -> None:
    """The whole suite (``python3 -m pytest``, no paths) runs in two processes (pytest-xdist):
    ~240 s of work, mostly one core's, fits in half the time on a two-core machine. A run of
    chosen tests, ``-n``, ``--pdb`` or ``-p no:xdist`` stays as asked. Every test can run
    beside any other: its own KABAR_HOME, servers on ports the system picks, temporary
    folders per process."""
    if (
        config.pluginmanager.hasplugin("xdist")
        and getattr(config.option, "numprocesses", 0) is None  # -n not given
        and config.args_source == pytest.Config.ArgsSource.TESTPATHS
        and not os.environ.get("PYTEST_XDIST_WORKER")
        and not config.getoption("usepdb", False)
        and not config.getoption("collectonly", False)
        and (os.cpu_count() or 1) >= WHOLE_SUITE_WORKERS
    ):
        config.option.numprocesses = WHOLE_SUITE_WORKERS


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The tests that declare a time limit past the default (a sync of 500 random
    interleavings, a build, a disk filled up) run first, longest limit first: the two
    processes start on them and the many short tests fill in beside, instead of one long
    test starting last and holding up the end of the run. The rest keep their order."""

    def limit(item: pytest.Item) -> float:
        mark = item.get_closest_marker("timeout")
        return float(mark.args[0]) if mark and mark.args else 0.0

    items.sort(key=lambda item: -limit(item) if limit(item) > 60 else 0.0)


@pytest.fixture(autouse=True)
def kabar_home(tmp_path_factory, monkeypatch):
    """No test touches a real profile: KABAR_HOME points at a fresh folder."""
    home = tmp_path_factory.mktemp("kabar-home")
    monkeypatch.setenv("KABAR_HOME", str(home))
    monkeypatch.delenv("KABAR_LANG", raising=False)
    from kabar_desktop import i18n

    i18n.set_language("id")
    yield home
    i18n.set_language("id")


@pytest.fixture
def sample_path() -> Path:
    return DATA / "sample.json"


def jpeg_bytes(width: int = 640, height: int = 427, color=(30, 90, 160)) -> bytes:
    """A real JPEG photo, made on the spot."""
    from PIL import Image, ImageDraw

    im = Image.new("RGB", (width, height), color)
    ImageDraw.Draw(im).ellipse((width // 4, height // 4, width // 2, height // 2), fill="white")
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=85)
    return buf.getvalue()


def png_bytes(width: int = 300, height: int = 200) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (width, height), (200, 40, 40)).save(buf, "PNG")
    return buf.getvalue()


WINDOW_PROFILE_FIELDS = {
    "office_name": "Rudenim Kupang",
    "city": "Kupang",
    "credit_initials": "fka",
}


@pytest.fixture
def window(qtbot, sample_path):
    """A shown main window with the sample open (Qt is imported only by tests that use it)."""
    from kabar_desktop.gui.editor.draft_session import DraftSession
    from kabar_desktop.gui.shell.main_window import MainWindow
    from kabar_desktop.model.draft_file import read_draft
    from kabar_desktop.settings import OfficeProfile, Settings

    settings = Settings(first_start_done=True, profile=OfficeProfile(**WINDOW_PROFILE_FIELDS))
    win = MainWindow(settings, DraftSession(read_draft(sample_path)))
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.session.mark_saved()  # closing must not stop at "save the changes?"
    win.close()
    win.deleteLater()
    # Delete the C++ window now, not at a later garbage collection that may run
    # inside another test (one CI worker once died there).
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
