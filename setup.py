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


def write_calendar_names(locale_dir: Path) -> None:
    """Indonesian weekday and month names from Babel's CLDR data, saved for a fast start.

    Loading Babel's locale data takes ~20 ms on every command; the names never change
    between builds, so the build reads them once (the runtime falls back to Babel).
    """
    import json

    from babel.core import Locale

    locale = Locale("id")
    names = {
        "weekdays": [locale.days["format"]["wide"][i] for i in range(7)],
        "months": [locale.months["format"]["wide"][i] for i in range(1, 13)],
    }
    target = locale_dir / "id" / "calendar.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(names, ensure_ascii=False), encoding="utf-8")


class BuildWithCatalogs(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            compile_catalogs(ROOT / "resources" / "locale")
            write_calendar_names(ROOT / "resources" / "locale")
            return
        bundle = Path(self.build_lib) / "kabar_desktop" / "_bundled"
        for name in ("resources", "templates"):
            shutil.rmtree(bundle / name, ignore_errors=True)
            shutil.copytree(
                ROOT / name, bundle / name, ignore=shutil.ignore_patterns("*.mo", "calendar.json")
            )
        compile_catalogs(bundle / "resources" / "locale")
        write_calendar_names(bundle / "resources" / "locale")


setup(cmdclass={"build_py": BuildWithCatalogs})
