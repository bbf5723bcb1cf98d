"""The first frame stays light: what it needs of Qt, and nothing that costs a start its pace.

PySide6 makes the Python classes of all of ``Qt``'s enums (~15-25 ms) the first time any one is
used; the first frame sets its few through ``qt.enum_properties``. This runs a real start in
a fresh Python (this one has long made them) and looks at the moment of the first paint.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from kabar_desktop import app
from kabar_desktop.settings import OfficeProfile, Settings, save_settings

ROOT = Path(__file__).resolve().parents[3]
PROFILE = OfficeProfile(office_name="Rudenim Kupang", city="Kupang", credit_initials="fka")

_CHILD = """
import os, sys
from kabar_desktop import app
window = app.start([sys.argv[1]])
import PySide6.QtCore as core
from PySide6.QtCore import QEvent, QObject

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print('qt-enums-made' if 'Qt' in vars(core) else 'qt-enums-not-made', flush=True)
            os._exit(0)
        return False

window._first_paint = FirstPaint(window)
window.installEventFilter(window._first_paint)
from PySide6.QtWidgets import QApplication
QApplication.instance().exec()
"""


def test_the_first_frame_does_not_wait_for_all_of_qts_enums(kabar_home, tmp_path):
    """A later start with a draft holding every kind of row the first tab shows (companions,
    attendees, speakers, a paragraph): the window paints before ``Qt``'s enums are made."""
    save_settings(Settings(profile=PROFILE, first_start_done=True))
    content = json.loads(app.sample_path().read_text(encoding="utf-8"))
    content["companions"] = [{"position": "Kepala Seksi Keamanan", "name": "Budi"}]
    content["attendees"] = [{"position": "Kepala Kantor Imigrasi", "name": "Sari"}]
    draft = tmp_path / "berita.json"
    draft.write_text(json.dumps(content), encoding="utf-8")
    env = {**os.environ, "KABAR_HOME": str(kabar_home), "QT_QPA_PLATFORM": "offscreen"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(draft)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["qt-enums-not-made"], out.stderr
