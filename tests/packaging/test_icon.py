"""Kabar's icon files are the ones packaging/make_icon.py draws, at every size installers use."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PIL import Image, ImageChops

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"


def make_icon():
    spec = importlib.util.spec_from_file_location("make_icon", ROOT / "packaging" / "make_icon.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_pngs_are_the_drawing_at_their_size():
    icon = make_icon()
    for size in icon.PNG_SIZES:
        with Image.open(ICONS / f"kabar-{size}.png") as png:
            assert png.size == (size, size)
            diff = ImageChops.difference(png.convert("RGBA"), icon.draw(size))
            assert max(high for _low, high in diff.getextrema()) <= 2, size


def test_ico_holds_every_size_windows_asks_for():
    with Image.open(ICONS / "kabar.ico") as ico:
        assert {(s, s) for s in (16, 24, 32, 48, 256)} <= ico.info["sizes"]


def test_svg_is_the_same_drawing():
    svg = (ICONS / "kabar.svg").read_text(encoding="utf-8")
    assert svg == make_icon().svg()
