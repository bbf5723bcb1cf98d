"""The Windows installer tried under Wine (see check_installers.py for the whole story).

The user is ``Dewi Ayu Śekar`` (a letter outside the code page, check_wine.py) and the draft
sits in ``Documents\\Berita Śekar``: Kabar must open it by double-click and from the command
line. Beyond installing, starting and uninstalling: the ``kabar`` command on PATH with its
output redirected, the installer's finish page starting Kabar with no console handles, a
missing Qt DLL (a message box and the log's reason), an upgrade while Kabar runs, and a
second build compared byte for byte.
"""

from __future__ import annotations

import hashlib
import os
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from check_common import (  # noqa: E402
    INDONESIAN,
    ROOT,
    SETUP,
    WORK,
    check_docx,
    expect,
    run,
    sample_kabar,
    smoke,
)
from check_wine import USER, Wine, expect_exit, read_lnk  # noqa: E402

OWN_PATH = r"C:\alat"
SETUP_CAPTION = "^(Instalasi Program Kabar|Kabar Setup)"  # Indonesian, English
UNINSTALL_KEY = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\Kabar"


def check_windows(display: str) -> dict:
    print(f"Windows: {SETUP.name} under Wine, as {USER}")
    figures: dict = {"setup.exe MB": round(SETUP.stat().st_size / 1e6, 1)}
    wine = Wine(display)
    wine.setup()
    profile = wine.unix(wine.expand("USERPROFILE"))
    expect(profile.name == USER, f"the Windows profile is {wine.expand('USERPROFILE')}")
    local = wine.unix(wine.expand("LOCALAPPDATA"))
    install = local / "Programs" / "Kabar"
    # The user's own PATH already holds a folder: Kabar's is added after it, and only
    # Kabar's is taken away again.
    wine(
        "reg", "add", r"HKCU\Environment", "/v", "Path", "/t", "REG_EXPAND_SZ", "/d", OWN_PATH, "/f"
    )
    userdata = local / "Kabar"

    started = time.monotonic()
    # Wine 8 keeps no property in a shortcut (IPropertyStore::SetValue is a stub that says
    # so on the "fixme" channel): the AppUserModelID is seen being set, not read back.
    installed = wine(str(SETUP), "/S", env={"WINEDEBUG": "-all,fixme+shell"})
    wine.wait()
    figures["silent install s (Wine)"] = round(time.monotonic() - started, 1)
    said = installed.stderr.decode(errors="replace")
    stores = said.count("propertystore_SetValue") + said.count("propertystore_Commit")
    expect(stores == 4, "the installer sets and commits a property on each of 2 shortcuts")
    expect((install / "python" / "pythonw.exe").is_file(), "installed in %LOCALAPPDATA%\\Programs")
    check_registration(wine, install, profile)

    out = WORK / "windows-out"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    pythonw = str(install / "python" / "pythonw.exe")
    smoke_env = {**wine.env, "KABAR_SMOKE": wine.windows(out / "start-menu.docx")}
    seconds = smoke(["wine", pythonw, "-m", "kabar_desktop"], out / "start-menu.docx", smoke_env)
    figures["start to first window s (Wine, first start)"] = round(seconds, 2)

    folder = profile / "Documents" / "Berita Śekar"
    draft = sample_kabar(folder, "berita contoh.kabar")
    draft_windows = wine.windows(draft)
    expect("Śekar" in draft_windows, f"a draft at {draft_windows}")
    # A double-click runs the registered command with the file for %1. (Wine 8's HKCR does
    # not show per-user classes, so `wine start file.kabar` cannot stand in for Explorer.)
    opener = wine.reg(r"HKCU\Software\Classes\Kabar.Draft\shell\open\command") or ""
    command = shlex.split(opener.replace("%1", draft_windows))
    smoke_env["KABAR_SMOKE"] = wine.windows(out / "double-click.docx")
    seconds = smoke(["wine", *command], out / "double-click.docx", smoke_env)
    figures["start to first window s (Wine, .kabar double-click)"] = round(seconds, 2)
    expect(any(userdata.rglob("*")), f"Kabar keeps its user data in {userdata.name}")

    figures |= check_command_line(wine, install, draft, out)
    check_finish_page(wine, out)
    check_missing_qt(wine, install, userdata)
    check_upgrade_while_running(wine, install)

    path = wine.reg(r"HKCU\Environment", "Path")
    once = f"{OWN_PATH};{wine.windows(install / 'bin')}"
    expect(path == once, "after three upgrades the PATH holds Kabar's folder once")
    quiet = wine.reg(UNINSTALL_KEY, "QuietUninstallString") or ""
    wine(*shlex.split(quiet))  # what Settings → Apps → Uninstall runs
    wine.wait()
    expect(not install.exists(), "uninstalled: the program folder is gone")
    start_menu = profile / "AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Kabar.lnk"
    gone = not start_menu.exists() and not (profile / "Desktop" / "Kabar.lnk").exists()
    expect(gone, "shortcuts gone")
    expect(wine.reg(r"HKCU\Software\Classes\Kabar.Draft") is None, "association gone")
    expect(wine.reg(UNINSTALL_KEY) is None, "no longer among installed apps")
    path = wine.reg(r"HKCU\Environment", "Path")
    expect(path == OWN_PATH, f"the kabar command is off the user's PATH, theirs kept: {path}")
    expect(any(userdata.rglob("*")), "the user's drafts and settings are still there")
    figures |= check_reproducible()
    return figures


def check_registration(wine: Wine, install: Path, profile: Path) -> None:
    """Shortcuts, the association, the entry in Settings → Apps, PATH, version info."""
    start_menu = profile / "AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Kabar.lnk"
    for lnk in (start_menu, profile / "Desktop" / "Kabar.lnk"):
        expect(lnk.is_file(), f"shortcut {lnk.parent.name}/{lnk.name}")
        link = read_lnk(lnk)
        expect(
            link["target"].endswith(r"Programs\Kabar\python\pythonw.exe")
            and link["arguments"] == "-m kabar_desktop"
            and link["icon"].endswith(r"Kabar\resources\icons\kabar.ico"),
            f"{lnk.parent.name}/{lnk.name} starts pythonw.exe -m kabar_desktop, Kabar's icon",
        )
        expect(link["description"] == INDONESIAN, f"in Indonesian: {link['description']!r}")
        if link["app_id"]:  # a Wine that keeps it
            expect(link["app_id"] == "Kabar.Kabar", f"AppUserModelID {link['app_id']!r}")
    expect(wine.reg(r"HKCU\Software\Classes\.kabar") == "Kabar.Draft", ".kabar is a Kabar draft")
    icon = wine.reg(r"HKCU\Software\Classes\Kabar.Draft\DefaultIcon") or ""
    expect(icon.endswith("kabar.ico,0"), ".kabar files show Kabar's icon")
    opener = wine.reg(r"HKCU\Software\Classes\Kabar.Draft\shell\open\command") or ""
    expect("pythonw.exe" in opener and '"%1"' in opener, f".kabar opens with {opener}")
    expect(wine.reg(UNINSTALL_KEY, "DisplayName") == "Kabar", "listed among installed apps")
    path = wine.reg(r"HKCU\Environment", "Path") or ""
    bin_folder = wine.windows(install / "bin")
    expect(path == f"{OWN_PATH};{bin_folder}", f"the user's PATH is {path}")
    expect((install / "bin" / "kabar.exe").is_file(), "bin\\kabar.exe, the command line")
    company = version_string(SETUP.read_bytes(), "CompanyName")
    expect(company == "Kabar", f"setup.exe's version info names its CompanyName: {company!r}")
    check_signatures(install)


def version_string(exe: bytes, key: str) -> str:
    """A string of a PE file's version info (UTF-16: the key, padding, the value)."""
    at = exe.find(key.encode("utf-16-le") + b"\0\0")
    if at < 0:
        return ""
    text = exe[at + 2 * len(key) :].decode("utf-16-le", errors="replace")
    return text.lstrip("\0").split("\0", 1)[0]


def check_signatures(install: Path) -> None:
    if not os.environ.get("KABAR_SIGN_PFX"):  # built without a certificate
        return
    certificate = WORK / "signer.pem"  # trusted here, so that a test certificate verifies
    password = "pass:" + os.environ.get("KABAR_SIGN_PASSWORD", "")
    export = ["openssl", "pkcs12", "-in", os.environ["KABAR_SIGN_PFX"], "-nokeys"]
    run([*export, "-passin", password, "-out", str(certificate)])
    for exe in (SETUP, install / "uninstall.exe"):
        verify = ["osslsigncode", "verify", "-CAfile", str(certificate), str(exe)]
        verified = run(verify, check=False).stdout.decode()
        expect("Signature verification: ok" in verified, f"{exe.name} is signed")


def check_command_line(wine: Wine, install: Path, draft: Path, out: Path) -> dict:
    """``kabar`` from a command prompt: found on PATH, output redirected, exit codes."""
    done = wine("cmd", "/c", "kabar", "--version")
    version = done.stdout.decode("utf-8", errors="replace").strip()
    expect(version.startswith("kabar "), f"`kabar --version` in a command prompt: {version}")
    target = draft.parent / "cli.docx"
    redirected = out / "cli-output.txt"
    command = ["cmd", "/c", "kabar", "export", wine.windows(draft), "--format", "docx"]
    command += ["-o", wine.windows(target), ">", wine.windows(redirected), "2>&1"]
    started = time.monotonic()
    done = wine(*command, check=False)
    seconds = time.monotonic() - started
    said = redirected.read_bytes().decode("utf-8", errors="replace")
    expect(done.returncode == 0 and target.is_file(), f"kabar export to {target.parent.name}")
    expect(said.strip() == wine.windows(target), f"its output redirected, in UTF-8: {said!r}")
    check_docx(target)
    missing = wine.windows(draft.parent / "tidak-ada.kabar")
    done = wine("cmd", "/c", "kabar", "export", missing, "--format", "txt", check=False)
    expect(done.returncode == 2, f"a missing draft: exit code {done.returncode} through kabar.exe")
    # The window from the command line, the draft named as typed.
    env = {"KABAR_SMOKE": wine.windows(out / "command-line.docx")}
    smoke(
        ["wine", "cmd", "/c", "kabar", wine.windows(draft)],
        out / "command-line.docx",
        {**wine.env, **env},
    )
    return {"kabar export docx s (Wine, through cmd)": round(seconds, 2)}


def check_finish_page(wine: Wine, out: Path) -> None:
    """An interactive install over the installed Kabar, answered with Enter: Next on the
    welcome page, Finish on the last, whose "Jalankan Kabar" (ticked) starts Kabar as Windows
    does, with no console handles (here in smoke mode)."""
    report = out / "finish-page.docx"
    installer = wine.popen(str(SETUP), env={"KABAR_SMOKE": wine.windows(report)})
    answer_with_enter(wine, installer, report)


def answer_with_enter(wine: Wine, installer, report: Path) -> None:
    """Enter on each page until the installer ends; Kabar, started by the finish page, runs
    in smoke mode and writes ``report``."""
    deadline = time.monotonic() + 300
    while installer.poll() is None and time.monotonic() < deadline:
        window = wine.find_window(SETUP_CAPTION, 5)
        if window is not None:
            wine.press(window, "Return")  # no effect while the files are being copied
        time.sleep(3)
    expect(installer.poll() == 0, f"the installer's pages answered, exit {installer.poll()}")
    json_report = report.with_name(report.name + ".json")
    wait_for(json_report.is_file, 180)
    expect(json_report.is_file() and report.is_file(), "its finish page started Kabar")
    check_docx(report)


def wait_for(condition, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        time.sleep(1)


def check_missing_qt(wine: Wine, install: Path, userdata: Path) -> None:
    """Qt's GUI library gone: a message box says so, the log holds the reason."""
    dll = install / "lib" / "PySide6" / "Qt6Gui.dll"
    hidden = dll.with_name("Qt6Gui.dll.hidden")
    dll.rename(hidden)
    try:
        kabar = wine.popen(str(install / "python" / "pythonw.exe"), "-m", "kabar_desktop")
        box = wine.find_window("^Kabar$", 120)
        logs = list(userdata.rglob("kabar.log"))
        text = "".join(p.read_text(encoding="utf-8", errors="replace") for p in logs)
        if box is not None:
            wine.press(box, "Return")
        status = expect_exit(kabar, 60) if box is not None else kabar.kill()
    finally:
        hidden.rename(dll)
    expect(box is not None, "without Qt6Gui.dll a message box titled Kabar appears")
    expect(status == 1, f"closing it ends Kabar with exit code {status}")
    expect(
        "The window could not start" in text and "QtWidgets" in text,
        "kabar.log holds the reason: " + text.strip().splitlines()[-1][:120] if text else "",
    )


def check_upgrade_while_running(wine: Wine, install: Path) -> None:
    """setup.exe over a running Kabar: refused until Kabar is closed."""
    kabar = wine.popen(str(install / "python" / "pythonw.exe"), "-m", "kabar_desktop")
    window = wine.find_window("Kabar", 120)
    expect(window is not None, "Kabar runs (its window is open)")
    stamp = _stamp(install)
    done = wine(str(SETUP), "/S", check=False)
    expect(done.returncode == 2, f"a silent upgrade while Kabar runs stops: exit {done.returncode}")
    expect(_stamp(install) == stamp, "and leaves the installed Kabar as it was")
    # The uninstaller runs a copy of itself from %TEMP%: its exit code says nothing, so the
    # folder is looked at after the copy has had time to remove it.
    wine(str(install / "uninstall.exe"), "/S")
    time.sleep(20)
    kept = (install / "uninstall.exe").is_file() and (install / "python").is_dir()
    expect(kept, "a silent uninstall while Kabar runs leaves it installed")
    report = WORK / "windows-out" / "after-retry.docx"
    installer = wine.popen(str(SETUP), env={"KABAR_SMOKE": wine.windows(report)})
    box = wine.find_window(SETUP_CAPTION, 60)
    width, height = wine.window_size(box) if box else (0, 0)
    asked = box is not None and height < 250  # a message box, not the wizard's first page
    expect(asked, f"setup.exe asks to close Kabar first ({width}×{height} box)")
    time.sleep(3)
    waits = installer.poll() is None and _stamp(install) == stamp
    expect(waits, "and waits, nothing installed yet")
    kabar.terminate()
    kabar.wait(30)
    assert box is not None
    wine.press(box, "Return")  # Retry
    answer_with_enter(wine, installer, report)
    wine.wait()  # the Kabar the finish page started has quit
    done = wine(str(SETUP), "/S", check=False)
    wine.wait()
    expect(done.returncode == 0, "once Kabar is closed the upgrade goes through")


def _stamp(install: Path) -> int:
    return (install / "lib" / "kabar_desktop" / "__init__.py").stat().st_mtime_ns


def check_reproducible() -> dict:
    """Two builds of the checked-out commit give the same setup.exe, byte for byte.

    Built in a clean worktree of HEAD (the shared checkout may hold others' edits), twice,
    with the downloads' cache shared (every file is checked against lock.txt anyway).
    """
    tree = WORK / "reproducible"
    git = ["git", "-C", str(ROOT)]
    # Run as root (the README's sudo) in a checkout someone else owns, git would refuse it.
    env = {**os.environ, "GIT_CONFIG_COUNT": "1", "GIT_CONFIG_KEY_0": "safe.directory"}
    env["GIT_CONFIG_VALUE_0"] = "*"
    run([*git, "worktree", "remove", "--force", str(tree)], env=env, check=False)
    shutil.rmtree(tree, ignore_errors=True)
    run([*git, "worktree", "add", "--detach", str(tree), "HEAD"], env=env)
    try:
        (tree / "build" / "installers").mkdir(parents=True)
        (tree / "build" / "installers" / "cache").symlink_to(ROOT / "build/installers/cache")
        sums, started = [], time.monotonic()
        for _build in range(2):
            build = [sys.executable, str(tree / "packaging" / "build.py"), "windows"]
            subprocess.run(build, check=True, stdout=subprocess.DEVNULL, cwd=tree, env=env)
            setup = tree / "dist" / SETUP.name
            sums.append(hashlib.sha256(setup.read_bytes()).hexdigest())
        seconds = (time.monotonic() - started) / 2
    finally:
        run([*git, "worktree", "remove", "--force", str(tree)], env=env, check=False)
    expect(sums[0] == sums[1], f"two builds of HEAD give one setup.exe (sha256 {sums[1][:16]}…)")
    return {"build s (each of two)": round(seconds), "setup.exe sha256 (HEAD)": sums[1]}
