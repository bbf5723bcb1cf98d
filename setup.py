"""Build steps setuptools cannot express in pyproject.toml (Picard's habit: Babel at build time).

- compile the gettext catalogs (``resources/locale/*/LC_MESSAGES/*.po`` → ``.mo``) with Babel;
- bundle ``resources/`` and ``templates/`` into the wheel as ``kabar_desktop/_bundled/``.
An editable install compiles the catalogs in place and bundles nothing: the checkout is used.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def compile_catalogs(locale_dir: Path) -> None:
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    for po in locale_dir.glob("*/LC_MESSAGES/*.po"):
        with po.open("rb") as fh:
            catalog = read_po(fh)
        with po.with_suffix(".mo").open("wb") as out:
            write_mo(out, catalog)


class BuildWithCatalogs(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            compile_catalogs(ROOT / "resources" / "locale")
            return
        bundle = Path(self.build_lib) / "kabar_desktop" / "_bundled"
        for name in ("resources", "templates"):
            shutil.rmtree(bundle / name, ignore_errors=True)
            shutil.copytree(ROOT / name, bundle / name, ignore=shutil.ignore_patterns("*.mo"))
        compile_catalogs(bundle / "resources" / "locale")


setup(cmdclass={"build_py": BuildWithCatalogs})
