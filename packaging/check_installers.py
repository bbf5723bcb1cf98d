"""Try the built installers as a user would: ``python packaging/check_installers.py [all]``.

``windows`` or ``deb`` instead of ``all`` tries one of them.

Windows (under Wine, in a fresh prefix in build/installers/): install ``setup.exe`` silently,
check the Start-menu and desktop shortcuts, the ``.kabar`` association and the entry among
installed apps, start Kabar from the Start-menu command and from the association (each in
smoke mode: open, export DOCX, quit 0), uninstall silently and check that only the user's
data is left. Debian: ``apt-get install ./kabar_….deb``, ``kabar --version``, smoke exports
from the command and from the desktop entry, ``apt-get remove``, the user's data still there.

Wine 8 lacks Windows' own ``icuuc.dll``, which Qt6Core >= 6.10 imports: a stand-in built here
with mingw-w64 (packaging/wine/icuuc.c) goes into the test prefix only, never the installer.
(A trial with another Qt also needed ``mscms.dll`` colour-profile functions; Qt 6.11 under
Xvfb does not, so no stand-in is made for it.) Python under Wine only starts with its standard
streams on pipes, and Wine does not pass ``QT_*`` variables on (smoke mode takes them from
``KABAR_SMOKE_QT``).

Needs: wine64, xvfb, gcc-mingw-w64-x86-64 (Debian packages), root for apt-get. Prints the
figures (sizes, install time, start-to-window times) and exits 0 when everything passed.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import shutil
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


def sample_kabar(folder: Path) -> Path:
    """The sample article saved as a ``.kabar`` draft, the file a user double-clicks."""
    from kabar_desktop.app import sample_path
    from kabar_desktop.model.draft_file import read_draft, write_draft

    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "berita-contoh.kabar"
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


# --- Windows, under Wine ---------------------------------------------------------------


class Wine:
    def __init__(self, display: str) -> None:
        self.prefix = WORK / "wineprefix"
        self.env = {
            **os.environ,
            "WINEPREFIX": str(self.prefix),
            "WINEARCH": "win64",
            "WINEDEBUG": "-all",
            # No Mono/Gecko download prompts; no menu entries on this machine's desktop.
            "WINEDLLOVERRIDES": "mscoree,mshtml=;winemenubuilder.exe=d",
            "HOME": str(WORK / "wine-home"),
            "DISPLAY": display,
            # An Indonesian Windows, so the installer speaks Indonesian. Wine takes its locale
            # from the host's, made here if this machine has none (LOCPATH).
            "LANG": "id_ID.UTF-8",
            "LOCPATH": str(WORK / "locale"),
        }
        for name in [n for n in self.env if n.startswith("KABAR_")]:
            del self.env[name]

    def __call__(self, *args: str, env: dict | None = None, **kw):
        return run(["wine", *args], env={**self.env, **(env or {})}, **kw)

    def wait(self) -> None:
        run(["wineserver", "-w"], env=self.env)

    def unix(self, windows_path: str) -> Path:
        out = run(["winepath", "-u", windows_path], env=self.env).stdout
        return Path(out.decode().strip())

    def windows(self, path: Path) -> str:
        return run(["winepath", "-w", str(path)], env=self.env).stdout.decode().strip()

    def expand(self, variable: str) -> str:
        out = self("cmd", "/c", f"echo %{variable}%").stdout.decode(errors="replace")
        return out.strip().splitlines()[-1].strip()

    def reg(self, key: str, value: str | None = None) -> str | None:
        """A registry value (the default one without ``value``); None when absent."""
        args = ["reg", "query", key] + (["/v", value] if value else ["/ve"])
        done = self(*args, check=False)
        if done.returncode != 0:
            return None
        for line in done.stdout.decode(errors="replace").splitlines():
            match = re.match(r"\s+(\S+|\(Default\))\s+REG_\w+\s+(.*)$", line)
            if match:
                return match.group(2).strip()
        return ""

    def setup(self) -> None:
        shutil.rmtree(self.prefix, ignore_errors=True)
        shutil.rmtree(self.env["HOME"], ignore_errors=True)
        Path(self.env["HOME"]).mkdir(parents=True)
        locale = WORK / "locale" / "id_ID.UTF-8"
        if not locale.is_dir():
            locale.parent.mkdir(parents=True, exist_ok=True)
            run(["localedef", "-i", "id_ID", "-c", "-f", "UTF-8", str(locale)], check=False)
        run(["wineboot", "-i"], env=self.env)
        self.wait()
        system32 = self.prefix / "drive_c" / "windows" / "system32"
        dll = WORK / "icuuc.dll"
        source = Path(__file__).resolve().parent / "wine" / "icuuc.c"
        run(["x86_64-w64-mingw32-gcc", "-shared", "-O2", "-s", "-o", str(dll), str(source)])
        shutil.copy(dll, system32 / "icuuc.dll")


def read_lnk(path: Path) -> dict[str, str]:
    """A Windows shortcut's target, description, arguments and icon ([MS-SHLLINK])."""
    data = path.read_bytes()
    flags = int.from_bytes(data[0x14:0x18], "little")
    pos = 0x4C
    found: dict[str, str] = {}
    if flags & 0x01:  # HasLinkTargetIDList
        pos += 2 + int.from_bytes(data[pos : pos + 2], "little")
    if flags & 0x02:  # HasLinkInfo: the target's local path, in the ANSI code page
        size = int.from_bytes(data[pos : pos + 4], "little")
        base = pos + int.from_bytes(data[pos + 16 : pos + 20], "little")
        found["target"] = data[base : data.index(b"\0", base)].decode("latin-1")
        pos += size
    unicode = bool(flags & 0x80)
    for bit, name in ((0x04, "description"), (0x08, "relative"), (0x10, "workdir")):
        pos = _lnk_string(data, pos, flags & bit, unicode, name, found)
    for bit, name in ((0x20, "arguments"), (0x40, "icon")):
        pos = _lnk_string(data, pos, flags & bit, unicode, name, found)
    return found


def _lnk_string(data, pos, present, unicode, name, found) -> int:
    if not present:
        return pos
    count = int.from_bytes(data[pos : pos + 2], "little")
    width = 2 if unicode else 1
    raw = data[pos + 2 : pos + 2 + count * width]
    found[name] = raw.decode("utf-16-le" if unicode else "latin-1").rstrip("\0")
    return pos + 2 + count * width


def check_windows(display: str) -> dict:
    print(f"Windows: {SETUP.name} under Wine")
    figures: dict = {"setup.exe MB": round(SETUP.stat().st_size / 1e6, 1)}
    wine = Wine(display)
    wine.setup()
    local = wine.unix(wine.expand("LOCALAPPDATA"))
    appdata = wine.unix(wine.expand("APPDATA"))
    desktop = wine.unix(wine.expand("USERPROFILE")) / "Desktop"
    install = local / "Programs" / "Kabar"
    userdata = local / "Kabar"

    started = time.monotonic()
    wine(str(SETUP), "/S")
    wine.wait()
    figures["silent install s (Wine)"] = round(time.monotonic() - started, 1)
    expect(
        (install / "python" / "pythonw.exe").is_file(),
        "installed in %LOCALAPPDATA%\\Programs\\Kabar",
    )

    start_menu = appdata / "Microsoft/Windows/Start Menu/Programs/Kabar.lnk"
    for lnk in (start_menu, desktop / "Kabar.lnk"):
        expect(lnk.is_file(), f"shortcut {lnk.parent.name}/{lnk.name}")
        link = read_lnk(lnk)
        expect(
            link["target"].endswith(r"Programs\Kabar\python\pythonw.exe")
            and link["arguments"] == "-m kabar_desktop"
            and link["icon"].endswith(r"Kabar\resources\icons\kabar.ico"),
            f"{lnk.parent.name}/{lnk.name} starts pythonw.exe -m kabar_desktop, Kabar's icon",
        )
        expect(link["description"] == INDONESIAN, f"in Indonesian: {link['description']!r}")
    expect(wine.reg(r"HKCU\Software\Classes\.kabar") == "Kabar.Draft", ".kabar is a Kabar draft")
    icon = wine.reg(r"HKCU\Software\Classes\Kabar.Draft\DefaultIcon") or ""
    expect(icon.endswith("kabar.ico,0"), ".kabar files show Kabar's icon")
    opener = wine.reg(r"HKCU\Software\Classes\Kabar.Draft\shell\open\command") or ""
    expect("pythonw.exe" in opener and '"%1"' in opener, f".kabar opens with {opener}")
    uninstall_key = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\Kabar"
    quiet = wine.reg(uninstall_key, "QuietUninstallString") or ""
    expect(wine.reg(uninstall_key, "DisplayName") == "Kabar", "listed among installed apps")

    if os.environ.get("KABAR_SIGN_PFX"):  # built with a certificate: both files signed
        certificate = WORK / "signer.pem"  # trusted here, so that a test certificate verifies
        password = "pass:" + os.environ.get("KABAR_SIGN_PASSWORD", "")
        pfx = os.environ["KABAR_SIGN_PFX"]
        export = ["openssl", "pkcs12", "-in", pfx, "-nokeys", "-passin", password]
        run([*export, "-out", str(certificate)])
        for exe in (SETUP, install / "uninstall.exe"):
            verify = ["osslsigncode", "verify", "-CAfile", str(certificate), str(exe)]
            verified = run(verify, check=False).stdout.decode()
            expect("Signature verification: ok" in verified, f"{exe.name} is signed")

    pythonw = str(install / "python" / "pythonw.exe")
    out = WORK / "windows-out"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    smoke_env = {**wine.env, "KABAR_SMOKE": wine.windows(out / "start-menu.docx")}
    seconds = smoke(["wine", pythonw, "-m", "kabar_desktop"], out / "start-menu.docx", smoke_env)
    figures["start to first window s (Wine, first start)"] = round(seconds, 2)
    draft = sample_kabar(out)
    # A double-click runs the registered command with the file for %1. (Wine 8's HKCR does
    # not show per-user classes, so `wine start file.kabar` cannot stand in for Explorer.)
    command = shlex.split(opener.replace("%1", wine.windows(draft)))
    smoke_env["KABAR_SMOKE"] = wine.windows(out / "double-click.docx")
    argv = ["wine", *command]
    seconds = smoke(argv, out / "double-click.docx", smoke_env)
    figures["start to first window s (Wine, .kabar double-click)"] = round(seconds, 2)
    expect(any(userdata.rglob("*")), f"Kabar keeps its user data in {userdata.name}")

    wine(*shlex.split(quiet))  # what Settings → Apps → Uninstall runs, without questions
    wine.wait()
    expect(not install.exists(), "uninstalled: the program folder is gone")
    expect(not start_menu.exists() and not (desktop / "Kabar.lnk").exists(), "shortcuts gone")
    expect(wine.reg(r"HKCU\Software\Classes\Kabar.Draft") is None, "association gone")
    expect(wine.reg(uninstall_key) is None, "no longer among installed apps")
    expect(any(userdata.rglob("*")), "the user's drafts and settings are still there")
    return figures


# --- Debian -----------------------------------------------------------------------------


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Install, run and remove the built installers.")
    parser.add_argument("what", nargs="?", default="all", choices=("all", "windows", "deb"))
    args = parser.parse_args(argv)
    WORK.mkdir(parents=True, exist_ok=True)
    figures: dict = {}
    try:
        with Display() as display:
            if args.what in ("all", "deb"):
                figures |= check_deb(display)
            if args.what in ("all", "windows"):
                figures |= check_windows(display)
    except CheckFailed as failure:
        print(f"FAILED: {failure}")
        return 1
    print("\nFigures:")
    for name, value in figures.items():
        print(f"  {name}: {value}")
    (WORK / "figures.json").write_text(json.dumps(figures, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
