"""The Debian package tried on this machine (see check_installers.py for the whole story).

Before installing: lintian finds no error (the package's own overrides explain the rest,
packaging/debian/lintian-overrides), and a second build of the same commit gives the same
bytes. The package is removed at the end even when a check fails.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from check_common import (  # noqa: E402
    DEB,
    ROOT,
    VERSION,
    WORK,
    CheckFailed,
    expect,
    run,
    sample_kabar,
    smoke,
)


def check_deb(display: str) -> dict:
    print(f"Debian: {DEB.name}")
    try:
        import kabar_desktop  # noqa: F401 - the sample draft is written with Kabar itself
    except ModuleNotFoundError:
        raise CheckFailed(
            "Kabar is not importable here: run the check with the Python of the README's .venv "
            "(sudo .venv/bin/python packaging/check_installers.py)"
        ) from None
    figures: dict = {".deb MB": round(DEB.stat().st_size / 1e6, 1)}
    figures |= check_lintian()
    figures |= check_rebuild()
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    run(["apt-get", "remove", "-y", "-q", "kabar"], env=env, check=False)
    started = time.monotonic()
    run(["apt-get", "install", "-y", "-q", str(DEB)], env=env)
    figures["apt-get install s"] = round(time.monotonic() - started, 1)
    try:
        figures |= _check_installed(display)
    finally:  # a failed check must not leave Kabar installed on the machine
        run(["apt-get", "remove", "-y", "-q", "kabar"], env=env, check=False)
    expect(not Path("/usr/lib/kabar").exists(), "removed: /usr/lib/kabar is gone")
    expect(
        shutil.which("kabar") in (None, "") or "/usr/bin" not in shutil.which("kabar"),
        "no kabar command left",
    )
    expect(any((WORK / "deb-home" / "data").rglob("*")), "the user's drafts are still there")
    return figures


def check_lintian() -> dict:
    """No lintian error; the warnings left are counted (each explained in the overrides)."""
    if shutil.which("lintian") is None:
        raise CheckFailed("lintian is not installed (apt-get install lintian)")
    done = subprocess.run(["lintian", str(DEB)], capture_output=True, text=True)
    tags = [line for line in done.stdout.splitlines() if line[:2] in ("E:", "W:")]
    errors = [line for line in tags if line.startswith("E:")]
    expect(not errors, "lintian finds no error" + "".join(f"\n    {e}" for e in errors))
    for warning in tags:
        print(f"      {warning}")
    return {"lintian errors": len(errors), "lintian warnings": len(tags) - len(errors)}


def check_rebuild() -> dict:
    """The .deb built again from the same commit: byte for byte the same file."""
    with tempfile.TemporaryDirectory(prefix="kabar-rebuild-") as tmp:
        started = time.monotonic()
        build = [sys.executable, str(ROOT / "packaging" / "build.py"), "deb", "--dist", tmp]
        _build_as_the_checkout_owner(build, Path(tmp))
        again = Path(tmp) / DEB.name
        same = _sha256(again) == _sha256(DEB)
        expect(same, f"a second build gives the same {DEB.name} (sha256 {_sha256(DEB)[:16]}…)")
        return {"second .deb build s": round(time.monotonic() - started)}


def _build_as_the_checkout_owner(build: list[str], dist: Path) -> None:
    """Run the build as the user who owns the checkout, not as sudo's root: a build as root
    leaves root's files in build/installers, and the owner's next build stops on them."""
    owner = ROOT.stat()
    if os.geteuid() != 0 or owner.st_uid == 0:
        run(build, timeout=1800)
        return
    import pwd

    os.chown(dist, owner.st_uid, owner.st_gid)
    home = pwd.getpwuid(owner.st_uid).pw_dir
    env = {**os.environ, "HOME": home, "USER": pwd.getpwuid(owner.st_uid).pw_name}
    done = subprocess.run(
        build,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=1800,
        user=owner.st_uid,
        group=owner.st_gid,
        extra_groups=[],
    )
    if done.returncode != 0:
        err = done.stderr.decode(errors="replace")[-3000:]
        raise CheckFailed(f"{' '.join(build)} exited {done.returncode}\n{err}")


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _check_installed(display: str) -> dict:
    figures: dict = {}
    files = run(["dpkg", "-L", "kabar"]).stdout.decode()
    for path in ("/usr/bin/kabar", "/usr/share/applications/kabar.desktop"):
        expect(path in files, f"installed {path}")
    expect("/usr/share/man/man1/kabar.1.gz" in files, "the manual page (man kabar)")
    compiled = list(Path("/usr/lib/kabar/lib/kabar_desktop").rglob("__pycache__/*.pyc"))
    expect(bool(compiled), "postinst compiled Kabar's Python files")
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

    return figures
