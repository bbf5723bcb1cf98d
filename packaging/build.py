"""Build Kabar's installers: ``python packaging/build.py all|windows|deb|wheel``.

Outputs go to ``dist/``: the wheel, ``Kabar-<version>-setup.exe`` (Windows, per user, no
administrator) and ``kabar_<version>_amd64.deb`` (Debian 12). The version is
``kabar_desktop.__version__``, which pyproject.toml also reads. Downloads (wheels for each
platform, the embeddable CPython) are kept in ``build/installers/cache`` for the next build.

Needs, on Debian: ``apt-get install nsis dpkg-dev binutils git`` (and ``osslsigncode`` to
sign; see packaging/sign.py), and Python 3.11 with pip and ``packaging``: the virtual
environment of the README's set-up commands has both. Every download is pinned in
packaging/lock.txt (packaging/lock.py); every file's time is the commit's, so two builds of
one commit are byte-identical.
"""

from __future__ import annotations

import argparse
import ast
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "build" / "installers"
DIST = ROOT / "dist"


def version() -> str:
    tree = ast.parse((ROOT / "kabar_desktop" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "__version__":
            return ast.literal_eval(node.value)
    raise RuntimeError("kabar_desktop/__init__.py has no __version__")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build Kabar's wheel and installers into dist/.")
    parser.add_argument("what", choices=("all", "windows", "deb", "wheel"))
    parser.add_argument("--dist", type=Path, default=DIST, help="where to write (dist/)")
    args = parser.parse_args(argv)
    dist = args.dist.resolve()
    if sys.version_info[:2] != (3, 11):
        parser.error("run this with Python 3.11: the installers carry 3.11 and its .pyc files")
    os.nice(5)  # a shared machine: tests of others come first
    try:
        from wheels import (
            BUILD,
            LINUX,
            WINDOWS,
            backend_wheels,
            build_kabar_wheel,
            dependency_wheels,
        )
    except ModuleNotFoundError as missing:
        parser.error(f"{missing}: run this with the Python of the README's .venv")
    from lock import LockError

    started = time.monotonic()
    cache = WORK / "cache"
    try:
        backend_wheels(cache / BUILD)
        kabar = build_kabar_wheel(dist, backend=cache / BUILD)
        print(f"wheel   {kabar}")
        if args.what in ("all", "deb"):
            from deb import build_deb

            wheels = dependency_wheels(kabar, LINUX, cache / "linux")
            out = build_deb(version(), [kabar, *wheels], WORK, dist)
            print(f"deb     {out}  {out.stat().st_size / 1e6:.1f} MB")
        if args.what in ("all", "windows"):
            from windows import build_windows

            wheels = dependency_wheels(kabar, WINDOWS, cache / "windows")
            out = build_windows(version(), [kabar, *wheels], WORK, dist, cache)
            print(f"windows {out}  {out.stat().st_size / 1e6:.1f} MB")
    except LockError as refused:
        print(f"build stopped: {refused}", file=sys.stderr)
        return 1
    print(f"done in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
