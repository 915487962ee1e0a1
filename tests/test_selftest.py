"""`aigc-studio selftest`, the installer's smoke test: it opens the window offscreen, draws a
face with the shipped model and exits 0, leaving the creator's settings alone."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
from PIL import Image


def test_selftest_opens_the_window_and_draws_a_face(tmp_path: Path) -> None:
    face = tmp_path / "face.png"
    settings_dir = tmp_path / "my-settings"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "AIGC_STUDIO_DATA_DIR": str(settings_dir)}
    done = subprocess.run(
        [sys.executable, "-m", "aigc_studio", "selftest", "--out", str(face)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("selftest ok: window in ")
    pixels = np.asarray(Image.open(face))
    assert pixels.shape == (64, 64, 3) and pixels.std() > 8  # a face, not a blank
    assert not settings_dir.exists()  # it used a throwaway folder, not the creator's
