"""The installer bundle: Kabar and its dependencies laid out as both installers ship them.

    <root>/lib/         the packages (Kabar's wheel and its dependencies, unpacked)
    <root>/resources/   Kabar's resources: catalogs, dictionary, sample, icons
    <root>/templates/   compose and HTML templates

The resources come out of the wheel's ``kabar_desktop/_bundled/`` (so the catalogs are the
ones ``setup.py`` compiled) and move to the root, where shortcuts and the desktop entry can name
the icon; ``kabar_desktop/paths.py`` looks there when the package sits in ``lib/``. The Python
files are compiled ahead (unchecked hashes: install times do not matter), because an
installed Kabar cannot write ``__pycache__`` (Debian) or should not spend its first start on it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from trim import trim


def install_wheel(wheel: Path, lib: Path) -> None:
    """Unpack a wheel as pip would into a target folder (``*.data/purelib|platlib`` merged)."""
    with zipfile.ZipFile(wheel) as zf:
        for info in zf.infolist():
            parts = info.filename.split("/")
            if parts[0].endswith(".data"):
                if len(parts) < 3 or parts[1] not in ("purelib", "platlib"):
                    continue  # scripts and headers: an installer has its own launcher
                parts = parts[2:]
            target = lib.joinpath(*parts)
            if info.is_dir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as src, target.open("wb") as dst:
                shutil.copyfileobj(src, dst)


def make_bundle(root: Path, wheels: list[Path], system: str) -> Path:
    """Lay out ``root`` from ``wheels`` for ``system`` ("windows" or "linux"); returns root."""
    shutil.rmtree(root, ignore_errors=True)
    lib = root / "lib"
    lib.mkdir(parents=True)
    for wheel in wheels:
        install_wheel(wheel, lib)
    bundled = lib / "kabar_desktop" / "_bundled"
    for name in ("resources", "templates"):
        shutil.move(bundled / name, root / name)
    bundled.rmdir()
    for po in (root / "resources" / "locale").rglob("*.po"):
        po.unlink()  # the compiled .mo is what runs
    trim(lib, system)
    compile_python(lib)
    return root


def compile_python(lib: Path) -> None:
    """``.pyc`` beside every module, for the 3.11 interpreter both installers run."""
    command = [sys.executable, "-m", "compileall", "-q", "-j", "1"]
    command += ["--invalidation-mode", "unchecked-hash", "-d", "", str(lib)]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
