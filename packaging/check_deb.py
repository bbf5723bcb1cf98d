"""The Debian package tried on this machine (see check_installers.py for the whole story)."""

from __future__ import annotations

import os
import re
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from check_common import DEB, VERSION, WORK, expect, run, sample_kabar, smoke  # noqa: E402


def check_deb(display: str) -> dict:
    print(f"Debian: {DEB.name}")
    figures: dict = {".deb MB": round(DEB.stat().st_size / 1e6, 1)}
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    run(["apt-get", "remove", "-y", "-q", "kabar"], env=env, check=False)
    started = time.monotonic()
    run(["apt-get", "install", "-y", "-q", str(DEB)], env=env)
    figures["apt-get install s"] = round(time.monotonic() - started, 1)
    files = run(["dpkg", "-L", "kabar"]).stdout.decode()
    for path in ("/usr/bin/kabar", "/usr/share/applications/kabar.desktop"):
        expect(path in files, f"installed {path}")
    expect("/usr/share/icons/hicolor/256x256/apps/kabar.png" in files, "the menu icon")
    globs = Path("/usr/share/mime/globs2").read_text(encoding="utf-8")
    expect("application/x-kabar:*.kabar" in globs, ".kabar files are Kabar drafts (MIME)")
    desktop = Path("/usr/share/applications/kabar.desktop").read_text(encoding="utf-8")
    expect("MimeType=application/x-kabar;" in desktop, "the menu entry opens .kabar files")

    home = WORK / "deb-home"
    shutil.rmtree(home, ignore_errors=True)
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("KABAR_", "QT_"))}
    user = {**clean, "KABAR_HOME": str(home), "DISPLAY": display}
    shown = run(["kabar", "--version"], env=user).stdout.decode().strip()
    expect(shown == f"kabar {VERSION}", f"kabar --version says {shown}")
    out = WORK / "deb-out"
    shutil.rmtree(out, ignore_errors=True)
    draft = sample_kabar(out)
    seconds = smoke(["kabar"], out / "menu.docx", {**user, "KABAR_SMOKE": str(out / "menu.docx")})
    figures["start to first window s (Linux, first start)"] = round(seconds, 2)
    exec_line = re.search(r"^Exec=(.*)$", desktop, re.M).group(1)  # type: ignore[union-attr]
    argv = [str(draft) if a == "%f" else a for a in exec_line.split()]
    smoke_env = {**user, "KABAR_SMOKE": str(out / "double-click.docx")}
    seconds = smoke(argv, out / "double-click.docx", smoke_env)
    figures["start to first window s (Linux, .kabar double-click)"] = round(seconds, 2)

    run(["apt-get", "remove", "-y", "-q", "kabar"], env=env)
    expect(not Path("/usr/lib/kabar").exists(), "removed: /usr/lib/kabar is gone")
    expect(
        shutil.which("kabar") in (None, "") or "/usr/bin" not in shutil.which("kabar"),
        "no kabar command left",
    )
    expect(any((home / "data").rglob("*")), "the user's drafts are still there")
    return figures
