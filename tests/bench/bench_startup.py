"""Startup: how long until the studio's window appears, against the 2-second target and
against a bare Qt window started the same way (Qt's own floor on this machine).

    python tests/bench/bench_startup.py [--runs 5]

Each run is a fresh process (offscreen, throwaway settings), timed from launch to the
moment the shown window has been painted once; the script prints the median of the runs,
whether the GUI thread imported torch on the way (it must not: the preview worker loads
the model on its own thread), and the ratios.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

TARGET_S = 2.0  # issue 10: the window appears in under 2 s on a 2-core CPU

STUDIO = """
import builtins, sys, threading
first_torch = []  # the thread that imported torch first: it must not be the GUI thread
real_import = builtins.__import__
def spy(name, *args, **kwargs):
    if name == "torch" and not first_torch:
        first_torch.append(threading.current_thread() is threading.main_thread())
    return real_import(name, *args, **kwargs)
builtins.__import__ = spy
from aigc_studio.app import create_application
app = create_application(["aigc-studio"])
from aigc_studio.ui.main_window import MainWindow
window = MainWindow(confirm_close=False, offer_recovery_at_start=False)
window.show()
app.processEvents()
print("shown", bool(first_torch and first_torch[0]), flush=True)
window.shutdown()
"""

BARE_QT = """
import sys
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(["bare"])
window = QMainWindow()
window.setCentralWidget(QLabel("hello"))
window.show()
app.processEvents()
print("shown", False, flush=True)
"""


def time_to_window(code: str, scratch: str) -> tuple[float, bool]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "AIGC_STUDIO_DATA_DIR": scratch}
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, env=env
    )
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("shown"):
            seconds = time.perf_counter() - started
            torch_on_gui_thread = line.split()[1] == "True"
            process.wait(timeout=120)
            return seconds, torch_on_gui_thread
    raise RuntimeError(f"the window never appeared (exit status {process.wait()})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="aigc-startup-") as scratch:
        time_to_window(STUDIO, scratch)  # warm the disk cache: every run after is alike
        studio = [time_to_window(STUDIO, scratch) for _ in range(args.runs)]
        bare = [time_to_window(BARE_QT, scratch) for _ in range(args.runs)]
    studio_s = statistics.median(s for s, _ in studio)
    bare_s = statistics.median(s for s, _ in bare)
    print(
        f"studio window: median {studio_s:.2f} s over {args.runs} runs "
        f"({', '.join(f'{s:.2f}' for s, _ in studio)})"
    )
    print(f"bare Qt window: median {bare_s:.2f} s")
    print(f"torch imported on the GUI thread before the window showed: {any(t for _, t in studio)}")
    print(f"studio / target ({TARGET_S:g} s): {studio_s / TARGET_S:.2f}x")
    print(f"studio / bare Qt: {studio_s / bare_s:.2f}x")


if __name__ == "__main__":
    main()
