"""Leave out of an installer what Kabar never loads: most of Qt, most of Babel's locales,
spylls's own dictionaries (English, Russian, Swedish: Kabar hands spylls its bundled Indonesian
one by path), Pillow's AVIF codec (Kabar takes JPEG and PNG photos; without ``_avif`` Pillow's
AVIF plugin reports itself unsupported).

Qt's wheel brings QML/Quick, Designer, Linguist, a software OpenGL renderer, translations and
headers; Kabar uses QtCore, QtGui, QtWidgets and QtPrintSupport. Which Qt libraries stay is
not a hand-kept list: it is what the kept Python modules and plugins link against, read from
the binaries themselves (``objdump -p`` understands both PE and ELF), so a new Qt that splits
a library differently still gets what it needs.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from fnmatch import fnmatch
from pathlib import Path

QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtPrintSupport")

# Plugins by folder; a folder not named here goes entirely.
PLUGINS = {
    "windows": {
        "platforms": ["qwindows.*"],
        "styles": ["*"],
        "imageformats": ["qjpeg.*", "qgif.*", "qico.*", "qwebp.*"],
        "printsupport": ["*"],
    },
    "linux": {
        "platforms": ["libqxcb.*", "libqwayland*", "libqoffscreen.*"],
        "wayland-shell-integration": ["libxdg-shell.*"],
        "wayland-decoration-client": ["*"],
        "wayland-graphics-integration-client": ["libqt-plugin-wayland-egl.*"],
        "xcbglintegrations": ["*"],
        "platformthemes": ["*"],
        "platforminputcontexts": ["libcomposeplatforminputcontextplugin.*", "libibus*"],
        "imageformats": ["libqjpeg.*", "libqgif.*", "libqico.*", "libqwebp.*"],
        "printsupport": ["*"],
        "egldeviceintegrations": [],
    },
}

# Whole folders and file kinds inside PySide6/ that no running program reads.
DROP_DIRS = ("qml", "translations", "metatypes", "include", "typesystems", "glue", "doc")
DROP_DIRS += ("scripts", "lib/cmake", "resources", "Qt/qml", "Qt/translations", "Qt/metatypes")
DROP_DIRS += ("Qt/libexec", "Qt/include", "Qt/resources", "Qt/mkspecs", "Qt/lib/cmake")
DROP_FILES = ("*.pyi", "*.lib", "*.exe", "*.prl", "*.la", "py.typed", "opengl32sw.dll")
LINUX_TOOLS = ("assistant", "designer", "linguist", "lrelease", "lupdate", "qmlformat", "qmlls")
LINUX_TOOLS += ("qmllint", "rcc", "uic", "svgtoqml", "balsam", "balsamui", "androiddeployqt")

# Qt's own libraries, and those Pillow's wheel carries, go unless something kept links
# against them.
PRUNABLE = ("Qt6*.dll", "libQt6*.so*", "pyside6qml*", "libpyside6qml*", "libicu*")
PRUNABLE_DIRS = ("pillow.libs",)

SPYLLS_DICTIONARIES = ("en", "ru", "sv")

BABEL_LOCALES = ("root", "id", "id_ID", "en", "en_US", "en_001", "en_150", "en_GB")


def trim(lib: Path, system: str) -> None:
    """Trim the installed packages in ``lib`` (a site-packages folder) for ``system``."""
    for language in SPYLLS_DICTIONARIES:  # data/ itself is spylls's code (aff.py, dic.py)
        shutil.rmtree(lib / "spylls" / "hunspell" / "data" / language, ignore_errors=True)
    _remove(lib / "PIL", ("_avif.*",))
    trim_qt(lib / "PySide6", system)
    _remove(lib / "shiboken6", ("*.lib", "*.pyi", "include"))
    trim_babel(lib / "babel")
    _remove(lib / "lxml", ("includes", "*.pyx", "*.pxd", "*.h"))


def trim_qt(pyside: Path, system: str) -> None:
    if not pyside.is_dir():
        return
    for name in DROP_DIRS:
        shutil.rmtree(pyside / name, ignore_errors=True)
    for path in list(pyside.rglob("*")):
        if path.is_file() and any(fnmatch(path.name, p) for p in DROP_FILES):
            path.unlink()
    for tool in LINUX_TOOLS:
        (pyside / tool).unlink(missing_ok=True)
    for binding in pyside.glob("Qt*.*"):
        module = binding.name.split(".")[0]
        if binding.suffix in (".pyd", ".so") and module not in QT_MODULES:
            binding.unlink()
    plugins = pyside / ("plugins" if system == "windows" else "Qt/plugins")
    keep = PLUGINS[system]
    for folder in [p for p in plugins.iterdir() if p.is_dir()]:
        patterns = keep.get(folder.name, [])
        for plugin in folder.iterdir():
            if not any(fnmatch(plugin.name, p) for p in patterns):
                plugin.unlink()
        if not any(folder.iterdir()):
            folder.rmdir()
    _prune_libraries(pyside.parent)


def _needed(binaries: list[Path]) -> dict[Path, set[str]]:
    """The libraries each binary links against (lower-case names), via ``objdump -p``."""
    found: dict[Path, set[str]] = {}
    for start in range(0, len(binaries), 200):
        chunk = binaries[start : start + 200]
        text = subprocess.run(
            ["objdump", "-p", *map(str, chunk)], capture_output=True, text=True, check=True
        ).stdout
        current: Path | None = None
        for line in text.splitlines():
            header = re.match(r"^(\S.*):\s+file format", line)
            if header:
                current = Path(header.group(1))
                found[current] = set()
            match = re.match(r"\s+(?:DLL Name:|NEEDED)\s+(\S+)", line)
            if match and current is not None:
                found[current].add(match.group(1).lower())
    return found


def _prune_libraries(lib: Path) -> None:
    """Remove Qt libraries that nothing kept in ``lib`` loads, directly or indirectly."""
    binaries = [
        p
        for p in lib.rglob("*")
        if p.is_file() and (p.suffix in (".dll", ".pyd") or ".so" in p.suffixes)
    ]
    needs = _needed(binaries)
    by_name = {p.name.lower(): p for p in binaries}
    prunable = {
        p
        for p in binaries
        if p.parent.name in PRUNABLE_DIRS or any(fnmatch(p.name, pat) for pat in PRUNABLE)
    }
    reached: set[Path] = set()
    todo = [p for p in binaries if p not in prunable]
    while todo:
        binary = todo.pop()
        for name in needs.get(binary, ()):
            dep = by_name.get(name)
            if dep is not None and dep not in reached and dep in prunable:
                reached.add(dep)
                todo.append(dep)
    for unused in prunable - reached:
        unused.unlink()


def trim_babel(babel: Path) -> None:
    """Keep the locale data of Indonesian and English (and their parents)."""
    for dat in (babel / "locale-data").glob("*.dat"):
        if dat.stem not in BABEL_LOCALES:
            dat.unlink()


def _remove(base: Path, patterns: tuple[str, ...]) -> None:
    if not base.is_dir():
        return
    for path in sorted(base.rglob("*"), reverse=True):
        if any(fnmatch(path.name, p) for p in patterns):
            if path.is_dir():
                shutil.rmtree(path)
            elif path.exists():
                path.unlink()
