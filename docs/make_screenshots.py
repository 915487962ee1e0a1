"""Screenshots of each area of the real studio, for the README (run from the repo root).

    python docs/make_screenshots.py [--lang en|zh_CN] [--out docs/screenshots]

It starts the studio with throwaway settings (your own are not touched), opens the sample
project, visits Explore, Script, Timeline and Export (and Train), lets each draw, and
saves the window as PNG: docs/screenshots/<area>.png, <area>.zh_CN.png for Chinese and
<area>.light.png for the light theme.
It runs offscreen (QT_QPA_PLATFORM=offscreen) unless a display is set, e.g. under Xvfb:
`xvfb-run -s "-screen 0 1600x1000x24" python docs/make_screenshots.py`.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

# This checkout's studio, not whichever one pip last installed in editable mode.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

AREAS = ("Train", "Explore", "Script", "Timeline", "Export")
WINDOW_SIZE = (1440, 900)  # the README's pictures: a laptop screen
SETTLE_S = {"Explore": 4.0, "Timeline": 4.0}  # previews render off the GUI thread


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="en", choices=("en", "zh_CN"))
    parser.add_argument("--theme", default="dark", choices=("dark", "light"))
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="aigc-shots-") as scratch:
        os.environ["AIGC_STUDIO_DATA_DIR"] = scratch
        return _shoot(args.lang, args.theme, args.out.resolve(), Path(scratch))


def _shoot(lang: str, theme: str, out: Path, scratch: Path) -> int:
    from PySide6.QtWidgets import QApplication

    from aigc_studio.app import create_application
    from aigc_studio.ui.i18n import install_language
    from aigc_studio.ui.style import apply_theme

    app = create_application(["aigc-studio"])
    apply_theme(app, theme)
    install_language(lang)
    from aigc_studio.ui.main_window import MainWindow

    window = MainWindow(confirm_close=False, offer_recovery_at_start=False)
    window.resize(*WINDOW_SIZE)
    window.show()
    _settle(app, 3.0)
    if not window.open_sample_project(scratch):
        print("could not open the sample project", file=sys.stderr)
        return 1
    out.mkdir(parents=True, exist_ok=True)
    suffix = ("" if lang == "en" else f".{lang}") + ("" if theme == "dark" else f".{theme}")
    for area in AREAS:
        window.show_area(area)
        _settle(app, SETTLE_S.get(area, 1.0))
        path = out / f"{area.lower()}{suffix}.png"
        window.grab().save(str(path))
        print(f"wrote {path}")
    window.shutdown()
    window.close()
    QApplication.processEvents()
    return 0


def _settle(app, seconds: float) -> None:
    """Let the window and its workers draw for ``seconds`` (events keep flowing)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


if __name__ == "__main__":
    sys.exit(main())
