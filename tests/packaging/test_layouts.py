"""Kabar finds its templates, resources and catalogs in each layout it is shipped in.

Each layout is made for real and Kabar runs in it in a fresh interpreter: the source checkout
(this repository), an installed wheel (built by setup.py, unpacked as pip would) and the
installer bundle (laid out by packaging/bundle.py, as in setup.exe and the .deb).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from wheel_fixtures import shared_wheel

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"

PROBE = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from kabar_desktop import i18n, paths
    from kabar_desktop.cli import main

    i18n.set_language("id")
    sample = paths.resources_dir() / "samples" / "berita-rudenim-kupang.json"
    status = main(["export", str(sample), "--format", "txt", "-o", sys.argv[1]])
    print(json.dumps({
        "package": str(Path(paths.__file__).parent),
        "root": str(paths.bundle_root()),
        "status": status,
        "translated": i18n._("show the version"),
        "icon": (paths.resources_dir() / "icons" / "kabar.ico").is_file(),
    }))
    """
)


def probe(tmp_path: Path, pythonpath: Path | None) -> dict:
    """Run Kabar from ``pythonpath`` (the checkout when None); what it found and did."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "KABAR_LANG")}
    if pythonpath is not None:
        env["PYTHONPATH"] = str(pythonpath)
    out = tmp_path / "berita.txt"
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(out)],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    found = json.loads(done.stdout.strip().splitlines()[-1])
    found["article"] = out.read_text(encoding="utf-8") if out.exists() else ""
    return found


def assert_works(found: dict, package: Path, root: Path) -> None:
    assert Path(found["package"]) == package
    assert Path(found["root"]) == root
    assert found["status"] == 0
    assert found["translated"] == "tampilkan versi"  # the compiled Indonesian catalog
    assert "Rudenim Kupang" in found["article"]  # composed from the bundled templates
    assert found["icon"]


@pytest.fixture(scope="session")
def kabar_wheel(tmp_path_factory) -> Path:
    return shared_wheel(tmp_path_factory)


def test_source_checkout(tmp_path):
    found = probe(tmp_path, ROOT)
    assert_works(found, ROOT / "kabar_desktop", ROOT)


@pytest.mark.slow  # installs the run's wheel (wheel_fixtures.py)
def test_installed_wheel(tmp_path, kabar_wheel):
    site = tmp_path / "site-packages"
    run_packaging("install_wheel", kabar_wheel, site)
    found = probe(tmp_path, site)
    assert_works(found, site / "kabar_desktop", site / "kabar_desktop" / "_bundled")


@pytest.mark.slow
def test_installer_bundle(tmp_path, kabar_wheel):
    root = tmp_path / "Kabar"
    run_packaging("make_bundle", root, [kabar_wheel], "windows")
    assert not (root / "lib" / "kabar_desktop" / "_bundled").exists()
    assert not list(root.rglob("*.po"))  # only compiled catalogs are shipped
    found = probe(tmp_path, root / "lib")
    assert_works(found, root / "lib" / "kabar_desktop", root)


def run_packaging(function: str, *args) -> None:
    """Call a packaging/bundle.py function in its own interpreter (its modules import one
    another by name, which would shadow installed packages here)."""
    code = f"""
import sys
from pathlib import Path
sys.path.insert(0, {str(PACKAGING)!r})
import bundle
bundle.{function}(*[eval(a) for a in sys.argv[1:]])
"""
    subprocess.run([sys.executable, "-c", code, *map(_literal, args)], check=True)


def _literal(value) -> str:
    if isinstance(value, Path):
        return f"Path({str(value)!r})"
    if isinstance(value, list):
        return "[" + ", ".join(map(_literal, value)) + "]"
    return repr(value)
