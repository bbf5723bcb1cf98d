"""Smoke mode, which the installer check starts in the installed Kabar: it must really open
the draft, export it through the window and quit with 0, and it must fail when it cannot."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest


def smoke(tmp_path: Path, *args: str) -> tuple[int, dict, Path]:
    out = tmp_path / "hasil.docx"
    env = {k: v for k, v in os.environ.items() if k != "KABAR_LANG"}
    env |= {"KABAR_SMOKE": str(out), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "kabar_desktop", *args],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        timeout=150,
    )
    report = json.loads(out.with_name("hasil.docx.json").read_text(encoding="utf-8"))
    return done.returncode, report, out


@pytest.mark.slow  # a real start in a child Python
def test_smoke_opens_the_sample_exports_docx_and_quits(tmp_path, kabar_home):
    status, report, out = smoke(tmp_path)
    assert status == 0, report.get("error")
    assert report["ok"] and report["started"] <= report["window_shown"] <= report["exported"]
    assert report["title"].startswith("Rudenim Kupang Gelar Pelatihan")
    with zipfile.ZipFile(out) as zf:
        assert "Rudenim Kupang Gelar Pelatihan" in zf.read("word/document.xml").decode()
    assert (kabar_home / "config").is_dir()  # a real start: the settings were written


@pytest.mark.slow
def test_smoke_opens_the_named_draft_and_fails_when_it_cannot_export(tmp_path, sample_path):
    draft = json.loads(sample_path.read_text(encoding="utf-8"))
    draft["speakers"] = []
    draft["credit"] = ""
    unfinished = tmp_path / "belum.json"
    unfinished.write_text(json.dumps(draft), encoding="utf-8")
    status, report, out = smoke(tmp_path, str(unfinished))
    assert status == 1
    assert not report["ok"] and "credit" in report["error"]
    assert not out.exists()
