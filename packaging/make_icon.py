"""Kabar's icon, drawn from one geometry into SVG, PNGs and a Windows .ico.

The mark is a newspaper page on a red tile: Humas offices recognise red and white, and a page
with a headline reads as "news" at any size. Small sizes (≤ 32 px) drop the fine text lines,
which would only blur. Run ``python packaging/make_icon.py`` after changing the drawing; the
outputs in ``resources/icons/`` are committed so that building needs no extra step.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)

RED, DARK, PALE, WHITE = "#C62828", "#7F1D1D", "#F4B4B0", "#FFFFFF"

Shape = tuple[str, tuple[float, float, float, float], float, str]  # kind, box, radius, colour

TILE: list[Shape] = [("rect", (8, 8, 248, 248), 52, RED)]
PAGE: list[Shape] = [
    ("rect", (70, 48, 206, 200), 10, PALE),  # the folded-back sheet behind
    ("rect", (50, 60, 190, 212), 10, WHITE),
    ("rect", (68, 78, 172, 98), 4, DARK),  # headline
]
DETAIL: list[Shape] = [
    ("rect", (68, 112, 112, 152), 4, RED),  # photo
    ("rect", (122, 112, 172, 120), 3, DARK),
    ("rect", (122, 128, 172, 136), 3, DARK),
    ("rect", (122, 144, 160, 152), 3, DARK),
    ("rect", (68, 166, 172, 174), 3, DARK),
    ("rect", (68, 182, 150, 190), 3, DARK),
]
SIMPLE: list[Shape] = [
    ("rect", (68, 118, 172, 136), 5, DARK),
    ("rect", (68, 154, 150, 172), 5, DARK),
]


def shapes(size: int) -> list[Shape]:
    return TILE + PAGE + (SIMPLE if size <= 32 else DETAIL)


def draw(size: int) -> Image.Image:
    """The icon at ``size`` pixels, drawn 4x larger and scaled down for smooth edges."""
    big = size * 4
    scale = big / 256
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    for _kind, (x0, y0, x1, y1), radius, colour in shapes(size):
        box = (x0 * scale, y0 * scale, x1 * scale - 1, y1 * scale - 1)
        pen.rounded_rectangle(box, radius=radius * scale, fill=colour)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def svg() -> str:
    rects = "\n".join(
        f'  <rect x="{x0}" y="{y0}" width="{x1 - x0}" height="{y1 - y0}" rx="{r}" fill="{c}"/>'
        for _kind, (x0, y0, x1, y1), r, c in shapes(256)
    )
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">\n'
        f"{rects}\n</svg>\n"
    )


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "kabar.svg").write_text(svg(), encoding="utf-8")
    images = {size: draw(size) for size in PNG_SIZES}
    for size, image in images.items():
        image.save(OUT / f"kabar-{size}.png", optimize=True)
    ico = [images[s] for s in ICO_SIZES]
    ico[-1].save(OUT / "kabar.ico", sizes=[(s, s) for s in ICO_SIZES], append_images=ico[:-1])


if __name__ == "__main__":
    main()
