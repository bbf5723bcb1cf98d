"""A fresh Wine prefix for the Windows check (check_windows.py), as an Indonesian user whose
name holds a letter outside the Windows code page: ``C:\\users\\Dewi Ayu Śekar``.

Such a name is where text through the console code page breaks, so nothing here reads
Windows output as ANSI text: variables come from ``cmd /u`` (UTF-16), registry values from
``reg export`` (a UTF-16 .reg file). Windows on the virtual screen are found and answered
with xdotool.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from pathlib import Path

from check_common import WORK, CheckFailed, run

USER = "Dewi Ayu Śekar"


class Wine:
    def __init__(self, display: str) -> None:
        self.prefix = WORK / "wineprefix"
        self.display = display
        self.env = {
            **os.environ,
            "WINEPREFIX": str(self.prefix),
            "WINEARCH": "win64",
            "WINEDEBUG": "-all",
            # No Mono/Gecko download prompts; no menu entries on this machine's desktop.
            "WINEDLLOVERRIDES": "mscoree,mshtml=;winemenubuilder.exe=d",
            "HOME": str(WORK / "wine-home"),
            "DISPLAY": display,
            # Wine names the Windows profile after the Unix user.
            "USER": USER,
            "LOGNAME": USER,
            "WINEUSERNAME": USER,
            # An Indonesian Windows, so the installer speaks Indonesian. Wine takes its locale
            # from the host's, made here if this machine has none (LOCPATH).
            "LANG": "id_ID.UTF-8",
            "LOCPATH": str(WORK / "locale"),
        }
        for name in [n for n in self.env if n.startswith("KABAR_")]:
            del self.env[name]

    def __call__(self, *args: str, env: dict | None = None, **kw):
        return run(["wine", *args], env={**self.env, **(env or {})}, **kw)

    def popen(self, *args: str, env: dict | None = None) -> subprocess.Popen:
        """A Windows program left running (its streams on pipes, as Python needs)."""
        return subprocess.Popen(
            ["wine", *args],
            env={**self.env, **(env or {})},
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )

    def wait(self) -> None:
        run(["wineserver", "-w"], env=self.env)

    def unix(self, windows_path: str) -> Path:
        out = run(["winepath", "-u", windows_path], env=self.env).stdout
        return Path(out.decode("utf-8").strip())

    def windows(self, path: Path) -> str:
        return run(["winepath", "-w", str(path)], env=self.env).stdout.decode("utf-8").strip()

    def expand(self, variable: str) -> str:
        out = self("cmd", "/u", "/c", f"echo %{variable}%").stdout.decode("utf-16-le")
        return out.strip().splitlines()[-1].strip()

    def reg(self, key: str, value: str | None = None) -> str | None:
        """A registry value (the default one without ``value``); None when absent."""
        values = self.reg_values(key)
        if values is None:
            return None
        return values.get("@" if value is None else value.lower())

    def reg_values(self, key: str) -> dict[str, str] | None:
        """The values of one key (names lower-cased, "@" the default), None when absent."""
        exported = WORK / "reg-export.reg"
        exported.unlink(missing_ok=True)
        done = self("reg", "export", key, self.windows(exported), "/y", check=False)
        if done.returncode != 0 or not exported.is_file():
            return None
        text = exported.read_bytes().decode("utf-16").replace("\\\r\n  ", "")
        section = key.lower()
        if section.startswith("hkcu\\"):
            section = "hkey_current_user" + section[4:]
        values: dict[str, str] = {}
        current = ""
        for line in text.splitlines():
            if line.startswith("["):
                current = line.strip()[1:-1].lower()
                continue
            match = re.match(r'^(@|"((?:[^"\\]|\\.)*)")=(.*)$', line)
            if match and current == section:
                name = "@" if match.group(1) == "@" else _unescape(match.group(2)).lower()
                values[name] = _reg_data(match.group(3))
        return values

    def setup(self) -> None:
        shutil.rmtree(self.prefix, ignore_errors=True)
        shutil.rmtree(self.env["HOME"], ignore_errors=True)
        Path(self.env["HOME"]).mkdir(parents=True)
        # Made here, by the user the check runs as (root, through sudo): Wine refuses to create
        # a prefix inside a folder another user owns (a checkout the build wrote as its owner).
        self.prefix.mkdir(parents=True)
        locale = WORK / "locale" / "id_ID.UTF-8"
        if not (locale / "LC_MESSAGES").is_dir():  # (a failed try leaves an empty folder)
            locale.parent.mkdir(parents=True, exist_ok=True)
            made = run(["localedef", "-i", "id_ID", "-c", "-f", "UTF-8", str(locale)], check=False)
            if not (locale / "LC_MESSAGES").is_dir():  # no locale sources: Wine would be English
                reason = made.stderr.decode("utf-8", "replace").strip()
                raise CheckFailed(
                    f"cannot make the id_ID locale for Wine ({reason}); "
                    "apt-get install locales"
                )
        run(["wineboot", "-i"], env=self.env)
        self.wait()
        system32 = self.prefix / "drive_c" / "windows" / "system32"
        dll = WORK / "icuuc.dll"
        source = Path(__file__).resolve().parent / "wine" / "icuuc.c"
        run(["x86_64-w64-mingw32-gcc", "-shared", "-O2", "-s", "-o", str(dll), str(source)])
        shutil.copy(dll, system32 / "icuuc.dll")

    # --- windows on the virtual screen ----------------------------------------------------
    def find_window(self, name: str, timeout: float) -> str | None:
        """The X id of a window whose title matches ``name`` (a regular expression)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            done = run(["xdotool", "search", "--name", name], env=self.env, check=False)
            ids = done.stdout.decode().split()
            if ids:
                return ids[-1]
            time.sleep(0.5)
        return None

    def window_text(self, window: str) -> str:
        return run(["xdotool", "getwindowname", window], env=self.env).stdout.decode().strip()

    def window_size(self, window: str) -> tuple[int, int]:
        out = run(["xdotool", "getwindowgeometry", window], env=self.env).stdout.decode()
        width, _x, height = out.split("Geometry:")[1].split()[0].partition("x")
        return int(width), int(height)

    def press(self, window: str, key: str) -> None:
        """Give ``window`` the keyboard (no window manager here) and press ``key``."""
        run(["xdotool", "windowfocus", "--sync", window], env=self.env, check=False)
        run(["xdotool", "key", key], env=self.env)


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def _reg_data(data: str) -> str:
    if data.startswith('"'):
        return _unescape(data[1:-1])
    if data.startswith("dword:"):
        return str(int(data[6:], 16))
    kind, _colon, hexes = data.partition(":")
    raw = bytes(int(h, 16) for h in hexes.replace(" ", "").split(",") if h)
    if kind in ("hex(2)", "hex(7)"):  # REG_EXPAND_SZ, REG_MULTI_SZ: UTF-16
        return raw.decode("utf-16-le").rstrip("\0")
    return raw.hex()


def read_lnk(path: Path) -> dict[str, str]:
    """A Windows shortcut's target, description, arguments, icon ([MS-SHLLINK]) and
    AppUserModelID (from its property store: the ID's string after its key)."""
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
    found["app_id"] = _app_id(data[pos:])
    return found


# PKEY_AppUserModel_ID = {9F4C2855-9F79-4B39-A8D0-E1D42DE1D5F3}, 5
AUMID_FORMAT = bytes.fromhex("55284C9F799F394BA8D0E1D42DE1D5F3")


def _app_id(extra: bytes) -> str:
    """The AppUserModelID in a shortcut's PropertyStoreDataBlock ("" without one)."""
    at = extra.find(AUMID_FORMAT)
    if at < 0:
        return ""
    # A serialized property storage: the format id, then values (size, id 5, reserved, a
    # PROPVARIANT: VT_LPWSTR 0x1F, padding, character count, UTF-16 text).
    value = extra.find(b"\x1f\x00\x00\x00", at)
    if value < 0:
        return ""
    count = int.from_bytes(extra[value + 4 : value + 8], "little")
    return extra[value + 8 : value + 8 + 2 * count].decode("utf-16-le").rstrip("\0")


def _lnk_string(data, pos, present, unicode, name, found) -> int:
    if not present:
        return pos
    count = int.from_bytes(data[pos : pos + 2], "little")
    width = 2 if unicode else 1
    raw = data[pos + 2 : pos + 2 + count * width]
    found[name] = raw.decode("utf-16-le" if unicode else "latin-1").rstrip("\0")
    return pos + 2 + count * width


def expect_exit(proc: subprocess.Popen, timeout: float) -> int:
    try:
        return proc.wait(timeout)
    except subprocess.TimeoutExpired as error:
        proc.kill()
        raise CheckFailed(f"{proc.args} still running after {timeout:.0f} s") from error
