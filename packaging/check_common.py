"""What both installer checks share: paths, the version, running commands, a virtual
screen, the sample draft and the smoke start (see check_installers.py)."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "build" / "installers" / "check"
DIST = ROOT / "dist"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from build import version  # noqa: E402

VERSION = version()
SETUP = DIST / f"Kabar-{VERSION}-setup.exe"
DEB = DIST / f"kabar_{VERSION}_amd64.deb"
INDONESIAN = "Menulis berita gaya selingkung Humas"  # the shortcuts' description (kabar.nsi)
TITLE = "Rudenim Kupang Gelar Pelatihan"  # the sample article's headline, in every export


class CheckFailed(Exception):
    pass


def expect(condition: bool, what: str) -> None:
    if not condition:
        raise CheckFailed(what)
    print(f"  ok  {what}")


def run(command: list[str], env: dict | None = None, timeout: float = 600, check: bool = True):
    """A command with its standard streams on pipes (Python under Wine needs that)."""
    done = subprocess.run(
        command, env=env, stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout
    )
    if check and done.returncode != 0:
        err = done.stderr.decode(errors="replace")[-3000:]
        raise CheckFailed(f"{' '.join(command)} exited {done.returncode}\n{err}")
    return done


class Display:
    """A private X server for the windows to open on."""

    def __enter__(self) -> str:
        for number in range(90, 120):
            if not Path(f"/tmp/.X11-unix/X{number}").exists():
                break
        self.name = f":{number}"
        self.proc = subprocess.Popen(
            ["Xvfb", self.name, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{number}").exists():
            if time.monotonic() > deadline:
                raise CheckFailed("Xvfb did not start")
            time.sleep(0.1)
        return self.name

    def __exit__(self, *exc) -> None:
        self.proc.terminate()
        self.proc.wait(10)


def sample_kabar(folder: Path, name: str = "berita-contoh.kabar") -> Path:
    """The sample article saved as a ``.kabar`` draft, the file a user double-clicks."""
    from kabar_desktop.app import sample_path
    from kabar_desktop.model.draft_file import read_draft, write_draft

    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    write_draft(read_draft(sample_path()), target)
    return target


def check_docx(path: Path) -> None:
    with zipfile.ZipFile(path) as zf:
        body = zf.read("word/document.xml").decode("utf-8")
    expect(TITLE in body, f"{path.name} is a DOCX with the sample article")


def smoke(command: list[str], out: Path, env: dict, timeout: float = 300) -> float:
    """Start Kabar in smoke mode; seconds from the start to its first window."""
    out.unlink(missing_ok=True)
    report = out.with_name(out.name + ".json")
    report.unlink(missing_ok=True)
    started = time.time()
    done = run(command, env=env, timeout=timeout, check=False)
    if not report.is_file():
        err = done.stderr.decode(errors="replace")[-3000:]
        raise CheckFailed(f"no smoke report from {' '.join(command)} ({done.returncode})\n{err}")
    result = json.loads(report.read_text(encoding="utf-8"))
    if not result["ok"] or done.returncode != 0:
        raise CheckFailed(f"smoke run failed ({done.returncode}): {result.get('error')}")
    expect(True, f"Kabar opened the draft on {result['qt_platform']}, exported, quit 0")
    check_docx(out)
    return result["window_shown"] - started
