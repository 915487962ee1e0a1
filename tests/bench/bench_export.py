"""Export speed: the studio's export of a short vs the same encoder encoding the same frames.

Run: python tests/bench/bench_export.py [--seconds 10]

Renders a project (one latent walk of the shipped model plus a caption) to a 1080x1920
30 fps H.264/AAC MP4 with the real exporter, then feeds the identical frames, prepared
in memory beforehand, to the bundled ffmpeg alone with the same x264 settings. Runs are
interleaved and both are printed with their ratio (the design's bar is 1.3x), plus the
export's peak Python memory, which must not grow with the video's length.
"""

from __future__ import annotations

import argparse
import subprocess
import time
import tracemalloc
from pathlib import Path
from tempfile import TemporaryDirectory

import numpy as np

from aigc_studio.media.export import ExportSettings
from aigc_studio.media.ffmpeg import ffmpeg_exe
from aigc_studio.media.timeline_render import frame_count, iter_frames, render_project
from aigc_studio.progress import SilentReporter
from aigc_studio.project.model import CaptionClip, LatentWalkClip, Project
from aigc_studio.rendering import ModelCache


def make_project(seconds: float) -> Project:
    rng = np.random.default_rng(0)
    project = Project(name="bench")
    project.timeline.track("video").clips.append(
        LatentWalkClip(0.0, seconds, rng.standard_normal((4, 100)).tolist())
    )
    project.timeline.track("caption").clips.append(CaptionClip(0.0, seconds, "Benchmark 基准测试"))
    return project


def encode_alone(frames: list[np.ndarray], settings: ExportSettings, out: Path) -> float:
    command = [
        ffmpeg_exe(), "-y", "-loglevel", "error", "-f", "rawvideo", "-pix_fmt", "rgb24",
        "-s", f"{settings.width}x{settings.height}", "-r", str(settings.fps), "-i", "-",
        "-c:v", "libx264", "-preset", settings.preset, "-crf", str(settings.crf),
        "-profile:v", settings.profile, "-flags", "+cgop",  # as the export's own encode
        "-pix_fmt", "yuv420p", "-movflags", "+faststart", str(out),
    ]  # fmt: skip
    started = time.perf_counter()
    process = subprocess.Popen(command, stdin=subprocess.PIPE)
    assert process.stdin is not None
    for frame in frames:
        process.stdin.write(frame.data)
    process.stdin.close()
    process.wait()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--repeats", type=int, default=2)
    args = parser.parse_args()
    project = make_project(args.seconds)
    models = ModelCache()
    settings = ExportSettings.for_project(project)
    frames = list(iter_frames(project, models.renderer_for))
    print(
        f"{frame_count(project)} frames of {settings.width}x{settings.height} at {settings.fps} fps"
    )
    with TemporaryDirectory() as work:
        for repeat in range(args.repeats):
            tracemalloc.start()
            started = time.perf_counter()
            render_project(
                project, models.renderer_for, Path(work) / "export.mp4", SilentReporter()
            )
            export_s = time.perf_counter() - started
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            alone_s = encode_alone(frames, settings, Path(work) / "alone.mp4")
            print(
                f"run {repeat}: export {export_s:.2f} s, encoder alone {alone_s:.2f} s, "
                f"ratio {export_s / alone_s:.2f} (bar 1.30); export peak Python memory "
                f"{peak / 2**20:.0f} MiB"
            )


if __name__ == "__main__":
    main()
