"""The side picture of the installer's welcome and finish pages, drawn from Kabar's icon.

NSIS's Modern UI wants a 164 × 314 pixel, 24-bit BMP. It is drawn at build time from the same
geometry as the icon (packaging/make_icon.py), so the two never drift apart, and Pillow writes
the same bytes every time (the build stays reproducible).
"""

from __future__ import annotations

from pathlib import Path

from make_icon import DARK, RED, WHITE, draw
from PIL import Image, ImageDraw

SIZE = (164, 314)
ICON = 128


def wizard_bitmap() -> Image.Image:
    """White page, Kabar's mark in the upper part, a red band along the foot."""
    width, height = SIZE
    image = Image.new("RGB", SIZE, WHITE)
    icon = draw(ICON)
    image.paste(icon, ((width - ICON) // 2, 56), icon)
    pen = ImageDraw.Draw(image)
    pen.rectangle((0, height - 40, width, height - 9), fill=RED)
    pen.rectangle((0, height - 8, width, height), fill=DARK)
    return image


def make_wizard_bitmap(target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    wizard_bitmap().save(target, format="BMP")
    return target
