"""The Linux package: ``kabar_<version>_amd64.deb`` for Debian 12 and its relatives.

Kabar goes to ``/usr/lib/kabar`` (the installer bundle: packages, resources, templates) and
runs on the system's Python 3.11, started by ``/usr/bin/kabar`` with ``-I -S``: the user's own
pip packages and Debian's python3-* modules never shadow the ones Kabar was tested with.
The menu entry, the icon and the ``.kabar`` MIME type go where the desktop looks for them;
dpkg's triggers refresh the menu, MIME and icon caches, so no maintainer scripts are needed.
The ``Depends:`` line is read from the bundled binaries: each system library they link
against, found on this machine with ``dpkg -S``.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from bundle import make_bundle

ROOT = Path(__file__).resolve().parent.parent
PREFIX = Path("usr/lib/kabar")
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

CONTROL = """Package: kabar
Version: {version}
Architecture: amd64
Maintainer: Kabar maintainers <kabar@localhost>
Installed-Size: {size}
Depends: {depends}
Section: editors
Priority: optional
Homepage: https://localhost/kabar
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
    stage = work / "deb"
    shutil.rmtree(stage, ignore_errors=True)
    make_bundle(stage / PREFIX, wheels, "linux")
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
    shutil.copy(ROOT / "resources/dictionaries/COPYING.GPL-3", docs / "copyright")
    depends = ["python3.11", *system_packages(stage / PREFIX)]
    size_kb = sum(p.stat().st_size for p in stage.rglob("*") if p.is_file()) // 1024
    control = CONTROL.format(version=version, size=size_kb, depends=", ".join(depends))
    _write(stage / "DEBIAN/control", control)
    dist.mkdir(parents=True, exist_ok=True)
    out = dist / f"kabar_{version}_amd64.deb"
    build = ["dpkg-deb", "--root-owner-group", "-Zxz", "-z6", "--threads-max=1", "--build"]
    subprocess.run([*build, str(stage), str(out)], check=True, stdout=subprocess.DEVNULL)
    return out


def system_packages(bundle: Path) -> list[str]:
    """The Debian packages that hold the libraries the bundle's binaries need."""
    binaries = [p for p in bundle.rglob("*") if p.is_file() and ".so" in p.name]
    provided = {p.name for p in binaries}
    needed: set[str] = set()
    for start in range(0, len(binaries), 200):
        chunk = [str(p) for p in binaries[start : start + 200]]
        text = subprocess.run(["objdump", "-p", *chunk], capture_output=True, text=True).stdout
        needed |= set(re.findall(r"^\s+NEEDED\s+(\S+)", text, re.M))
    needed -= provided
    needed -= set(OPTIONAL)
    cache = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    packages: set[str] = set()
    for lib in sorted(needed):
        found = re.search(rf"^\s+{re.escape(lib)} \(libc6,x86-64[^)]*\) => (\S+)", cache, re.M)
        if found is None:
            raise RuntimeError(f"{lib} is not installed here: install its package to build")
        owner = subprocess.run(
            ["dpkg", "-S", str(Path(found.group(1)).resolve())], capture_output=True, text=True
        )
        if owner.returncode != 0:  # /lib → /usr/lib on merged-/usr systems
            owner = subprocess.run(["dpkg", "-S", found.group(1)], capture_output=True, text=True)
        if owner.returncode != 0:
            raise RuntimeError(f"no Debian package owns {lib}")
        packages.add(owner.stdout.split(":")[0])
    packages -= {"libc6"}  # python3.11 depends on it
    return sorted(packages)


def _write(path: Path, text: str, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    path.chmod(mode)
