"""The Linux package: ``kabar_<version>_amd64.deb`` for Debian 12 and its relatives.

Kabar goes to ``/usr/lib/kabar`` (the installer bundle: packages, resources, templates) and
runs on the system's Python 3.11, started by ``/usr/bin/kabar`` with ``-I -S``: the user's own
pip packages and Debian's python3-* modules never shadow the ones Kabar was tested with.
The menu entry, the icon and the ``.kabar`` MIME type go where the desktop looks for them;
dpkg's triggers refresh the menu, MIME and icon caches, so no maintainer scripts are needed.
The ``Depends:`` line is read from the bundled binaries: each system library they link
against, found on this machine with ``dpkg -S``.

Clean for lintian (issue 15 #6): no ``.pyc`` shipped (postinst compiles them, prerm removes
them, as Debian's python3-* packages do), shared libraries stripped, a DEP-5 copyright, the
changelog and a manual page made from the argument parser (packaging/manpage.py); what
lintian still says is explained in packaging/debian/lintian-overrides. Reproducible (#5):
every file's time is SOURCE_DATE_EPOCH (the commit's), modes are normalised, dpkg-deb sorts
the members and stamps the ar members with SOURCE_DATE_EPOCH.
"""

from __future__ import annotations

import gzip
import os
import re
import shutil
import subprocess
from pathlib import Path

from bundle import make_bundle
from manpage import manpage
from wheels import normalise_tree, source_date_epoch

ROOT = Path(__file__).resolve().parent.parent
DEBIAN = Path(__file__).resolve().parent / "debian"
PREFIX = Path("usr/lib/kabar")
MAINTAINER = "Kabar developers <kabar@kabar-desktop.org>"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

LAUNCHER = """#!/usr/bin/python3.11 -IS
\"\"\"Kabar (Debian package): its own packages, never the user's or the system's.\"\"\"
import sys

sys.path.insert(0, "/usr/lib/kabar/lib")
from kabar_desktop.cli import main

sys.exit(main())
"""

DESKTOP = """[Desktop Entry]
Type=Application
Name=Kabar
GenericName=News article editor
GenericName[id]=Penyunting berita
Comment=House-style news articles for Humas offices
Comment[id]=Berita gaya selingkung untuk Humas
Exec=kabar %f
Icon=kabar
Terminal=false
Categories=Office;WordProcessor;
MimeType=application/x-kabar;
Keywords=news;article;press release;berita;siaran pers;humas;
StartupWMClass=kabar
"""

MIME = """<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="application/x-kabar">
    <sub-class-of type="application/zip"/>
    <comment>Kabar draft</comment>
    <comment xml:lang="id">Draf Kabar</comment>
    <icon name="application-x-kabar"/>
    <glob pattern="*.kabar" weight="60"/>
  </mime-type>
</mime-info>
"""

# Recommends: the packages whose dpkg triggers make the MIME type, the menu entry and the icon
# known (a desktop has them; a minimal system gets them with apt's default --install-recommends).
CONTROL = """Package: kabar
Version: {version}
Architecture: amd64
Maintainer: {maintainer}
Installed-Size: {size}
Depends: {depends}
Recommends: shared-mime-info, desktop-file-utils, hicolor-icon-theme
Section: editors
Priority: optional
Description: house-style news articles for Humas offices
 Kabar composes a news article in the house style of Indonesian government
 field offices from the facts of an event and what the speakers said, and
 writes it as DOCX, HTML and WhatsApp text.
"""

# Qt's plugins link these, but the package works without them (the plugin is skipped).
OPTIONAL = ("libgtk-3.so.0", "libgdk-3.so.0", "libpango-1.0.so.0", "libcairo.so.2")
OPTIONAL += ("libcairo-gobject.so.2", "libgdk_pixbuf-2.0.so.0", "libatk-1.0.so.0")
OPTIONAL += ("libpangocairo-1.0.so.0", "libharfbuzz.so.0")


def build_deb(version: str, wheels: list[Path], work: Path, dist: Path) -> Path:
    epoch = source_date_epoch()
    stage = work / "deb"
    shutil.rmtree(stage, ignore_errors=True)
    make_bundle(stage / PREFIX, wheels, "linux")
    for cache in sorted((stage / PREFIX).rglob("__pycache__")):
        shutil.rmtree(cache)  # postinst compiles them on the machine (debian/postinst)
    strip_binaries(stage / PREFIX)
    _write(stage / "usr/bin/kabar", LAUNCHER, mode=0o755)
    _write(stage / "usr/share/applications/kabar.desktop", DESKTOP)
    _write(stage / "usr/share/mime/packages/kabar.xml", MIME)
    icons = ROOT / "resources" / "icons"
    hicolor = stage / "usr/share/icons/hicolor"
    for size in ICON_SIZES:
        for kind, name in (("apps", "kabar"), ("mimetypes", "application-x-kabar")):
            target = hicolor / f"{size}x{size}" / kind / f"{name}.png"
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(icons / f"kabar-{size}.png", target)
    (hicolor / "scalable/apps").mkdir(parents=True)
    shutil.copy(icons / "kabar.svg", hicolor / "scalable/apps/kabar.svg")
    docs = stage / "usr/share/doc/kabar"
    docs.mkdir(parents=True)
    shutil.copy(DEBIAN / "copyright", docs / "copyright")
    _gzip(changelog(version), docs / "changelog.gz")
    _gzip(manpage(version, epoch).encode("utf-8"), stage / "usr/share/man/man1/kabar.1.gz")
    overrides = stage / "usr/share/lintian/overrides/kabar"
    overrides.parent.mkdir(parents=True)
    shutil.copy(DEBIAN / "lintian-overrides", overrides)
    depends = ["python3.11", *system_packages(stage / PREFIX)]
    size_kb = sum(p.stat().st_size for p in stage.rglob("*") if p.is_file()) // 1024
    control = CONTROL.format(
        version=version, maintainer=MAINTAINER, size=size_kb, depends=", ".join(depends)
    )
    _write(stage / "DEBIAN/control", control)
    for script in ("postinst", "prerm"):
        shutil.copy(DEBIAN / script, stage / "DEBIAN" / script)
        (stage / "DEBIAN" / script).chmod(0o755)
    normalise_tree(stage, epoch)
    dist.mkdir(parents=True, exist_ok=True)
    out = dist / f"kabar_{version}_amd64.deb"
    build = ["dpkg-deb", "--root-owner-group", "-Zxz", "-z6", "--threads-max=1", "--build"]
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(epoch)}
    subprocess.run([*build, str(stage), str(out)], check=True, stdout=subprocess.DEVNULL, env=env)
    return out


def changelog(version: str) -> bytes:
    """packaging/debian/changelog, whose latest entry must be this version's."""
    text = (DEBIAN / "changelog").read_text(encoding="utf-8")
    found = re.match(r"kabar \(([^)]+)\)", text)
    if found is None or found.group(1) != version:
        latest = found.group(1) if found else "none"
        raise RuntimeError(
            f"packaging/debian/changelog's latest entry is {latest}, not {version}: add one"
        )
    return text.encode("utf-8")


def strip_binaries(bundle: Path) -> None:
    """Debug symbols and symbol tables the wheels' shared libraries still carry: gone, as
    in every Debian package (Qt's and Pillow's libraries shrink by a few MB)."""
    binaries = sorted(
        p for p in bundle.rglob("*.so*") if p.is_file() and not p.is_symlink() and _is_elf(p)
    )
    for start in range(0, len(binaries), 200):
        chunk = [str(p) for p in binaries[start : start + 200]]
        command = ["strip", "--strip-unneeded", "--remove-section=.comment"]
        subprocess.run([*command, "--remove-section=.note", *chunk], check=True)


def _is_elf(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(4) == b"\x7fELF"


def _gzip(data: bytes, target: Path) -> None:
    """``gzip -9n``: no name, no time inside, so the bytes depend on the text alone."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("wb") as raw, gzip.GzipFile("", "wb", 9, raw, mtime=0) as out:
        out.write(data)


def system_packages(bundle: Path) -> list[str]:
    """The Debian packages that hold the libraries the bundle's binaries need.

    Each library's package comes from packaging/debian/libraries (Debian 12's names), so the
    build machine need not have them installed and ``Depends:`` is the same on every machine;
    a library not listed there is looked up with ``dpkg -S`` and must then be added to it."""
    binaries = [p for p in bundle.rglob("*") if p.is_file() and ".so" in p.name]
    provided = {p.name for p in binaries}
    needed: set[str] = set()
    for start in range(0, len(binaries), 200):
        chunk = [str(p) for p in binaries[start : start + 200]]
        text = subprocess.run(["objdump", "-p", *chunk], capture_output=True, text=True).stdout
        needed |= set(re.findall(r"^\s+NEEDED\s+(\S+)", text, re.M))
    needed -= provided
    needed -= set(OPTIONAL)
    known = known_libraries()
    packages = {known[lib] for lib in needed if lib in known}
    unknown = {lib: owner_here(lib) for lib in sorted(needed - set(known))}
    if unknown:
        lines = "".join(f"\n{lib} {package}" for lib, package in unknown.items())
        raise RuntimeError(f"add these lines to packaging/debian/libraries:{lines}")
    packages.add("libc6")  # lintian wants it named, though python3.11 brings it
    return sorted(packages)


def known_libraries() -> dict[str, str]:
    pairs = (line.split() for line in (DEBIAN / "libraries").read_text().splitlines())
    return {pair[0]: pair[1] for pair in pairs if len(pair) == 2 and not pair[0].startswith("#")}


def owner_here(lib: str) -> str:
    """The package that holds ``lib`` on this machine (``?`` when none does)."""
    cache = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    found = re.search(rf"^\s+{re.escape(lib)} \(libc6,x86-64[^)]*\) => (\S+)", cache, re.M)
    if found is None:
        return "?"
    for path in (str(Path(found.group(1)).resolve()), found.group(1)):  # merged /usr
        owner = subprocess.run(["dpkg", "-S", path], capture_output=True, text=True)
        if owner.returncode == 0:
            return owner.stdout.split(":")[0]
    return "?"


def _write(path: Path, text: str, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    path.chmod(mode)
