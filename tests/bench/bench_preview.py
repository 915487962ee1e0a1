"""Slider to pixels: preview latency of the shipped model against one 60 Hz frame.

Run: python tests/bench/bench_preview.py

Prints, measured in this one run:
- p50/p95 of one direct render (latent -> generator -> uint8 image) and its ratio to the
  16.7 ms budget of one 60 Hz frame;
- a simulated drag through the engine's preview worker: latents posted at 120 Hz for
  3 s; how many were rendered vs posted (stale ones must be dropped, not queued) and
  the p95 latency from a post to the image of the newest request.
"""

from __future__ import annotations

import os
import sys
import time

import numpy as np

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QElapsedTimer  # noqa: E402

from aigc_studio.engine.preview import PreviewRenderer  # noqa: E402
from aigc_studio.gan.generate import FaceGenerator  # noqa: E402
from aigc_studio.resources import default_model_path  # noqa: E402

FRAME_MS = 1000 / 60


def direct_latency(generator: FaceGenerator, repeats: int = 200) -> np.ndarray:
    latents = generator.random_latents(1, repeats)
    generator.render(latents[:1])  # warm-up: first call allocates
    times = []
    for latent in latents:
        started = time.perf_counter()
        generator.render(latent[None])
        times.append((time.perf_counter() - started) * 1000)
    return np.array(times)


def simulated_drag(seconds: float = 3.0, rate_hz: float = 120.0) -> tuple[int, int, np.ndarray]:
    app = QCoreApplication.instance() or QCoreApplication(sys.argv)
    renderer = PreviewRenderer()
    loaded: list[object] = []
    renderer.sig_model_loaded.connect(loaded.append)
    renderer.load_model(default_model_path())
    while not loaded:
        app.processEvents()
        time.sleep(0.001)
    posted_at: dict[int, float] = {}
    latencies: list[float] = []
    rendered: list[int] = []

    def on_rendered(request_id: int, _image: object) -> None:
        rendered.append(request_id)
        latencies.append((time.perf_counter() - posted_at[request_id]) * 1000)

    renderer.sig_rendered.connect(on_rendered)
    base = np.random.default_rng(0).standard_normal(100).astype(np.float32)
    clock = QElapsedTimer()
    clock.start()
    posts = 0
    while clock.elapsed() < seconds * 1000:
        latent = base.copy()
        latent[0] = np.sin(posts / 20)  # a slider moving back and forth
        request_id = renderer.render_latent(latent)
        posted_at[request_id] = time.perf_counter()
        posts += 1
        deadline = time.perf_counter() + 1 / rate_hz
        while time.perf_counter() < deadline:
            app.processEvents()
    last = max(posted_at)
    while last not in rendered:  # the newest request always gets rendered
        app.processEvents()
    renderer.stop()
    return posts, len(rendered), np.array(latencies)


def main() -> None:
    import torch

    print(f"torch {torch.__version__}, {torch.get_num_threads()} threads, {os.cpu_count()} cores")
    generator = FaceGenerator(default_model_path())
    times = direct_latency(generator)
    p50, p95 = np.percentile(times, [50, 95])
    print(f"direct render, 1 face at {generator.resolution}px: p50 {p50:.2f} ms, p95 {p95:.2f} ms")
    print(f"  ratio p95 / one 60 Hz frame ({FRAME_MS:.1f} ms): {p95 / FRAME_MS:.2f}")
    posts, rendered, latencies = simulated_drag()
    p95_drag = np.percentile(latencies, 95)
    print(
        f"drag at 120 Hz: {posts} latents posted, {rendered} rendered, "
        f"{posts - rendered} stale ones dropped (none queued)"
    )
    print(
        f"  post -> image p95 {p95_drag:.2f} ms; ratio to one 60 Hz frame {p95_drag / FRAME_MS:.2f}"
    )


if __name__ == "__main__":
    main()
