"""`pip install .` in a checkout where the installers' check left its Wine prefix in build/:
Wine's drive z: is a link to /, and looking for namespace packages walked the whole
filesystem through it (the set-up command never ended). Only folders with an __init__.py
are packages now."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

FIND = """
from setuptools import Distribution
from setuptools.config.pyprojecttoml import apply_configuration
dist = apply_configuration(Distribution(), "pyproject.toml")
print(" ".join(sorted(dist.packages)))
"""


def test_the_packages_are_found_without_walking_a_wine_prefix(tmp_path):
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    for package in ("kabar_desktop", "kabar_desktop/gui", "kabar_desktop/gui/desk"):
        (tmp_path / package).mkdir()
        (tmp_path / package / "__init__.py").write_text('__version__ = "0.1.0"\n')
    (tmp_path / "resources" / "locale").mkdir(parents=True)  # data, not a package
    prefix = tmp_path / "build" / "installers" / "check" / "wineprefix" / "dosdevices"
    prefix.mkdir(parents=True)
    (prefix / "z:").symlink_to("/")
    found = subprocess.run(
        [sys.executable, "-c", FIND], cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert found.returncode == 0, found.stderr
    assert found.stdout.split() == ["kabar_desktop", "kabar_desktop.gui", "kabar_desktop.gui.desk"]
