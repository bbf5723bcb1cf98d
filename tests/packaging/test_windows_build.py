"""Parts of the Windows build that need no Wine (issue 15 #5, #7): what the trim leaves out,
the sorted file list NSIS adds, and the installer's side picture."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))

from trim import trim  # noqa: E402
from windows import file_list  # noqa: E402
from wizard import make_wizard_bitmap  # noqa: E402


def _touch(path: Path, text: str = "x") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_trim_drops_spylls_foreign_dictionaries_and_pillow_avif(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    data = lib / "spylls" / "hunspell" / "data"
    for language, name in (("en", "en_US"), ("ru", "ru"), ("sv", "sv_SE")):
        _touch(data / language / f"{name}.dic")
        _touch(data / language / f"{name}.aff")
    for module in ("__init__.py", "aff.py", "dic.py"):  # spylls's own code lives in data/
        _touch(data / module)
    _touch(lib / "PIL" / "_avif.cp311-win_amd64.pyd")
    _touch(lib / "PIL" / "_avif.pyi")
    _touch(lib / "PIL" / "AvifImagePlugin.py")  # says "unsupported" without _avif
    _touch(lib / "PIL" / "_imaging.cp311-win_amd64.pyd")
    (lib / "babel" / "locale-data").mkdir(parents=True)
    trim(lib, "windows")
    assert sorted(p.name for p in data.iterdir()) == ["__init__.py", "aff.py", "dic.py"]
    left = sorted(p.name for p in (lib / "PIL").iterdir())
    assert left == ["AvifImagePlugin.py", "_imaging.cp311-win_amd64.pyd"]


def test_nsis_gets_the_files_sorted_folder_by_folder(tmp_path: Path) -> None:
    stage = tmp_path / "stage"
    for name in ("lib/b.py", "lib/a.py", "bin/kabar.exe", "lib/pkg/z.py", "python/python.exe"):
        _touch(stage / name)
    include = tmp_path / "files.nsh"
    file_list(stage, include)
    lines = include.read_text(encoding="utf-8").splitlines()
    assert lines == [
        'SetOutPath "$INSTDIR\\bin"',
        f'File "{stage / "bin" / "kabar.exe"}"',
        'SetOutPath "$INSTDIR\\lib"',
        f'File "{stage / "lib" / "a.py"}"',
        f'File "{stage / "lib" / "b.py"}"',
        'SetOutPath "$INSTDIR\\lib\\pkg"',
        f'File "{stage / "lib" / "pkg" / "z.py"}"',
        'SetOutPath "$INSTDIR\\python"',
        f'File "{stage / "python" / "python.exe"}"',
    ]


def test_the_side_picture_is_the_size_nsis_wants_and_the_same_every_time(tmp_path) -> None:
    pytest.importorskip("PIL")
    from PIL import Image

    first = make_wizard_bitmap(tmp_path / "a.bmp")
    second = make_wizard_bitmap(tmp_path / "b.bmp")
    assert first.read_bytes() == second.read_bytes()
    with Image.open(first) as image:
        assert image.format == "BMP" and image.size == (164, 314) and image.mode == "RGB"
        assert image.getpixel((82, 56 + 64)) != (255, 255, 255)  # Kabar's mark is drawn
