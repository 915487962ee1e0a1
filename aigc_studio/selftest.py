"""`aigc-studio selftest`: the installed studio proves it works, without a display.

It starts the studio's window offscreen with a throwaway settings folder (the creator's own
settings and projects are not touched), loads the shipped face model, draws one face,
checks it is a picture and not a blank, and exits 0. The packaging script runs it against
the built bundle; a creator can run it to check an install. It prints how long the window
took to appear and how long the face took.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

MIN_FACE_CONTRAST = 8.0  # pixel standard deviation below which a "face" is a blank image


def add_selftest_parser(commands: Any) -> argparse.ArgumentParser:
    """Add the ``selftest`` command to an argparse subparsers object."""
    selftest = commands.add_parser(
        "selftest",
        help="start offscreen, draw a face with the default model, exit 0",
        description="Start the studio's window offscreen (your settings are not touched), "
        "load the shipped face model, draw one face and exit: 0 when everything works.",
    )
    selftest.add_argument("--out", type=Path, help="also save the face as this PNG")
    return selftest


def run_selftest(args: argparse.Namespace) -> int:
    """Exit status 0 when the window opened and a face was drawn; 1 with a sentence if not."""
    started = time.perf_counter()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="aigc-selftest-") as scratch:
        os.environ["AIGC_STUDIO_DATA_DIR"] = scratch  # settings, recovery: all thrown away
        try:
            window_s, face = _open_window_and_draw(started)
        except Exception as error:  # any failure is what the smoke test must report
            print(f"selftest failed: {type(error).__name__}: {error}", file=sys.stderr)
            return 1
    total_s = time.perf_counter() - started
    contrast = float(face.std())
    if contrast < MIN_FACE_CONTRAST:
        print(f"selftest failed: the face is blank (contrast {contrast:.1f})", file=sys.stderr)
        return 1
    if args.out is not None:
        from PIL import Image

        args.out.parent.mkdir(parents=True, exist_ok=True)
        Image.fromarray(face).save(args.out)
    height, width = face.shape[:2]
    print(
        f"selftest ok: window in {window_s:.2f} s, a {width}x{height} face in "
        f"{total_s:.2f} s in all"
    )
    return 0


def _open_window_and_draw(started: float):
    from aigc_studio.app import create_application

    app = create_application(["aigc-studio"])
    from aigc_studio.ui.main_window import MainWindow

    window = MainWindow(confirm_close=False, offer_recovery_at_start=False)
    window.show()
    app.processEvents()
    window_s = time.perf_counter() - started
    try:
        from aigc_studio.gan.generate import FaceGenerator
        from aigc_studio.resources import default_model_path

        generator = FaceGenerator(default_model_path())
        face = generator.render(generator.random_latents(seed=0))[0]
    finally:
        window.shutdown()
        window.close()
    return window_s, face
