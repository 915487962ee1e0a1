"""Draw the AIGC Studio app icon at the standard sizes (run from the repo root).

    python packaging/make_icons.py

The icon is drawn here with Pillow, so it ships no third-party artwork: a violet rounded
square (the studio's accent colour), a simple face, and a play triangle for "video".
Writes packaging/icons/hicolor/SIZExSIZE/apps/aigc-studio.png for the freedesktop icon
theme sizes and packaging/icons/aigc-studio.ico for Windows.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
MASTER = 1024  # drawn once at this size, then downscaled (smooth edges at every size)
OUT = Path(__file__).resolve().parent / "icons"
TOP, BOTTOM = (124, 108, 240), (72, 52, 170)  # the accent violet, and a deeper one


def draw_master() -> Image.Image:
    size = MASTER
    gradient = Image.new("RGB", (1, size))
    for y in range(size):
        t = y / (size - 1)
        gradient.putpixel(
            (0, y), tuple(round(a + (b - a) * t) for a, b in zip(TOP, BOTTOM, strict=True))
        )
    background = gradient.resize((size, size))
    mask = Image.new("L", (size, size), 0)
    ImageDraw.Draw(mask).rounded_rectangle((40, 40, size - 40, size - 40), radius=220, fill=255)
    icon = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    icon.paste(background, (0, 0), mask)
    draw = ImageDraw.Draw(icon)
    # The face: a pale disc, two eyes, a smile.
    draw.ellipse((230, 190, 730, 690), fill=(255, 236, 214))
    draw.ellipse((360, 360, 420, 440), fill=(40, 34, 60))
    draw.ellipse((540, 360, 600, 440), fill=(40, 34, 60))
    draw.arc((360, 420, 600, 600), start=20, end=160, fill=(40, 34, 60), width=26)
    # The play button, bottom right, over the face's edge.
    draw.ellipse((600, 600, 900, 900), fill=(255, 255, 255))
    draw.polygon([(705, 680), (705, 820), (820, 750)], fill=BOTTOM)
    return icon


def main() -> None:
    master = draw_master()
    for size in SIZES:
        folder = OUT / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        master.resize((size, size), Image.Resampling.LANCZOS).save(folder / "aigc-studio.png")
    master.resize((256, 256), Image.Resampling.LANCZOS).save(
        OUT / "aigc-studio.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)]
    )
    print(f"wrote {len(SIZES)} PNG sizes and aigc-studio.ico under {OUT}")


if __name__ == "__main__":
    main()
