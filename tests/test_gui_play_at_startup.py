"""Pressing Play the moment the studio opens must not freeze it.

QtMultimedia loading its backend on the GUI thread while an engine thread dlopens torch's
libraries deadlocked the two; the main window now loads the backend before the engine
starts. Run in a fresh process, because the race needs torch not yet imported.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = """
import faulthandler, sys
faulthandler.dump_traceback_later(90, exit=True)
from PySide6.QtWidgets import QApplication
app = QApplication([])
from aigc_studio.ui.main_window import MainWindow
window = MainWindow(confirm_close=False)
window.show()
window.timeline.player.play()
print("playing" if window.timeline.player.is_playing() else "not playing", flush=True)
window.timeline.player.pause()
window.shutdown()
print("closed", flush=True)
"""


def test_play_right_after_start_does_not_hang(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", AIGC_STUDIO_CONFIG_DIR=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=180
    )
    assert result.stdout.split() == ["playing", "closed"], result.stderr[-2000:]
