"""Slider to pixels in the real Explore area, idle and while the studio trains a model.

Run: python tests/bench/bench_explore_latency.py [--seconds 5] [--rate 60] [--data DIR]

Opens the studio's main window (offscreen), waits for the shipped 64x64 model, then drags
the first latent slider back and forth at ``--rate`` events per second for ``--seconds``
(a precise QTimer in the window's event loop sets the slider's value, as a drag's mouse
events would; the GUI thread sleeps between them):
- latency: from the slider's value change to the moment the Explore panel has put the new
  face on its label (generator call, uint8 -> QImage -> scaled QPixmap, setPixmap), for every
  request that reached the screen; p50 and p95, and their ratio to the issue's targets
  (8 ms idle, 16 ms while training);
- frames skipped: slider events whose face was never drawn because a newer one superseded
  it (the worker renders only the newest request), and whether latency grows over the drag
  (p95 of the last second against the first: a growing queue would show as a rising ratio).
The second pass repeats the drag while a training job runs in the same process through the
engine, exactly as the Train area starts one (recipe, 64 px, width 48, batch 64 on DIR).
Both passes run in this one process, one after the other.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Slot  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from aigc_studio.engine.tasks import TrainRequest, training_job  # noqa: E402
from aigc_studio.ui.main_window import MainWindow  # noqa: E402

TARGET_IDLE_MS, TARGET_TRAINING_MS = 8.0, 16.0


class Stopwatch(QObject):
    """Records when each preview request was posted and when the panel had drawn it.

    It lives in the GUI thread and connects to sig_rendered after the Explore panel, so its
    slot runs right after the panel's has set the pixmap."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.posted: dict[int, float] = {}
        self.drawn: dict[int, float] = {}
        preview = window.engine.preview
        original = preview.render_latent

        def timed_render_latent(latent):  # wraps the call the panel makes on a slider move
            request_id = original(latent)
            self.posted[request_id] = self.started
            return request_id

        preview.render_latent = timed_render_latent
        preview.sig_rendered.connect(self.on_rendered)
        self.started = 0.0

    @Slot(int, object)
    def on_rendered(self, request_id: int, _image: object) -> None:
        self.drawn[request_id] = time.perf_counter()


def drag(app: QApplication, window: MainWindow, watch: Stopwatch, seconds: float, rate: float):
    """Move slider 1 back and forth from a QTimer, as mouse events arrive in a real drag:
    the GUI thread sleeps in its event loop between events instead of polling.
    Returns (posted, drawn, latencies ms, p95 last second / p95 first second)."""
    slider = window.explore.sliders[0]
    low, high = slider.minimum(), slider.maximum()
    watch.posted.clear()
    watch.drawn.clear()
    loop = QEventLoop()
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(max(1, round(1000 / rate)))
    state = {"events": 0}
    start = time.perf_counter()

    def tick() -> None:
        events = state["events"]
        if time.perf_counter() - start >= seconds:
            timer.stop()
            loop.quit()
            return
        phase = events / (rate * 1.5)  # a full sweep every 1.5 s
        value = int(low + (high - low) * (0.5 + 0.5 * np.sin(2 * np.pi * phase)))
        if value == slider.value():
            value += 1 if value < high else -1
        watch.started = time.perf_counter()
        slider.setValue(value)  # what a drag does: valueChanged -> the panel posts a render
        state["events"] = events + 1

    timer.timeout.connect(tick)
    timer.start()
    loop.exec()
    newest = max(watch.posted)
    settle = time.perf_counter() + 5
    while newest not in watch.drawn and time.perf_counter() < settle:
        app.processEvents()
        time.sleep(0.001)
    shown = sorted(i for i in watch.posted if i in watch.drawn)
    latencies = np.array([(watch.drawn[i] - watch.posted[i]) * 1000 for i in shown])
    times = np.array([watch.posted[i] - start for i in shown])
    first = latencies[times < 1.0]
    last = latencies[times > seconds - 1.0]
    drift = (np.percentile(last, 95) / np.percentile(first, 95)) if len(first) and len(last) else 0
    return len(watch.posted), len(shown), latencies, drift


def report(label: str, target: float, result) -> None:
    posted, shown, latencies, drift = result
    p50, p95 = np.percentile(latencies, [50, 95])
    print(f"{label}: {posted} slider events, {shown} drawn, {posted - shown} skipped")
    print(
        f"  slider -> pixels p50 {p50:.2f} ms, p95 {p95:.2f} ms; p95 / target "
        f"({target:.0f} ms) = {p95 / target:.2f}; p95 last second / first second = {drift:.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--rate", type=float, default=60.0, help="slider events per second")
    default_data = ROOT.parent / "shared" / "data" / "faces-train"
    parser.add_argument("--data", type=Path, default=default_data)
    args = parser.parse_args()

    import torch

    app = QApplication.instance() or QApplication(sys.argv)
    window = MainWindow(confirm_close=False)
    window.show()
    window.show_area("Explore")
    deadline = time.perf_counter() + 60
    while window.explore.latent is None and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.005)
    print(f"torch {torch.__version__}, {torch.get_num_threads()} threads, {os.cpu_count()} cores")
    fast = window.explore.model is not None and window.explore.model.fast_preview
    print(f"preview renders through {'ONNX Runtime' if fast else 'torch'}")
    watch = Stopwatch(window)
    drag(app, window, watch, 1.0, args.rate)  # warm-up
    report("idle", TARGET_IDLE_MS, drag(app, window, watch, args.seconds, args.rate))

    with tempfile.TemporaryDirectory() as run_dir:
        request = TrainRequest(args.data, Path(run_dir), steps=100_000, width=48, batch=64)
        job = window.engine.start_job("Training", training_job(request))
        steps: list[int] = []
        job.sig_partial.connect(lambda update: steps.append(update.step))
        while not steps or steps[-1] < 10:  # images loaded and training under way
            app.processEvents()
            time.sleep(0.01)
        report(
            f"while training (threads now {torch.get_num_threads()})",
            TARGET_TRAINING_MS,
            drag(app, window, watch, args.seconds, args.rate),
        )
        done = len(steps)
        job.cancel()
        while window.engine.running_jobs():
            app.processEvents()
            time.sleep(0.01)
        print(f"  training reached step {steps[-1]} ({done} updates) during the drag")
    window.close()


if __name__ == "__main__":
    main()
