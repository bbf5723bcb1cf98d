"""The Windows installer tried under Wine (see check_installers.py for the whole story)."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from check_common import INDONESIAN, SETUP, WORK, expect, run, sample_kabar, smoke  # noqa: E402


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
