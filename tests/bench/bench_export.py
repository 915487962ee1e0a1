"""Export speed and memory: the studio's export of a short vs the same encoder alone.

Run: python tests/bench/bench_export.py [--seconds 30] [--repeats 2] [--memory 10,60]
                                         [--project resources/examples/NAME.aigcproj]
                                         [--preset medium]

The project is the issue's: a latent walk of the shipped model (fit) over a background
image on a second video track, three captions, three narration lines and a looping music
bed with fades (assets synthesised into a temporary folder). Each run is a fresh
process, so peaks never carry over:

- export: render_project with the default export settings at the project's 1080x1920,
  30 fps; its wall time (mix, composition and encode), the process's peak RSS (VmHWM)
  and the encoder child's peak RSS (getrusage of the finished children);
- encoder alone: the export's own ffmpeg command (media/export.encode_command) reading the
  identical frames, written beforehand to a raw file, and the identical mix WAV.

Speed runs alternate export and encoder-alone ``--repeats`` times and print each ratio
(the design's bar is 1.3x) and the median; ``--project`` exports a saved project (the
shipped sample) for them instead of the synthesised one, ``--preset`` another x264
preset on both sides. Memory runs export the synthesised project at each ``--memory``
length and run the encoder alone on that many frames (the raw file looped), so the
studio's peak and the encoder's can be compared across lengths: the bar is under 600 MB
for the studio, flat from 10 s to 60 s, and the encoder no larger than alone.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path
from tempfile import TemporaryDirectory

import numpy as np
from PIL import Image

from aigc_studio.media.encoders import choose_encoder
from aigc_studio.media.export import ExportSettings, encode_command
from aigc_studio.media.mix import write_mix_wav, write_wav
from aigc_studio.media.timeline_render import frame_count, iter_frames, render_project
from aigc_studio.progress import SilentReporter
from aigc_studio.project.model import (
    AudioClip,
    CaptionClip,
    ImageClip,
    LatentWalkClip,
    Project,
    Track,
)
from aigc_studio.project.storage import load_project
from aigc_studio.rendering import ModelCache

RATE = 48000
CAPTIONS = ("Meet the faces of 2025", "每一帧都由模型生成", "Made on this laptop, offline")


def make_assets(folder: Path) -> None:
    """The background picture, three narration lines and a 12 s music loop."""
    rng = np.random.default_rng(1)
    y, x = np.mgrid[0:1920, 0:1080].astype(np.float32)
    sky = np.stack([40 + x / 12, 60 + y / 16, 140 - y / 30], axis=2)
    sky += rng.normal(0, 6, sky.shape).astype(np.float32)  # grain: not trivially compressible
    Image.fromarray(sky.clip(0, 255).astype(np.uint8)).save(folder / "background.png")
    for index in range(3):  # a "voice": a gliding tone with a syllable rhythm, mono
        t = np.arange(int(3.0 * RATE)) / RATE
        pitch = 160 + 40 * np.sin(2 * np.pi * 0.7 * t + index)
        syllables = 0.5 + 0.5 * np.sin(2 * np.pi * 4 * t) ** 2
        write_wav(folder / f"line{index}.wav", 0.4 * syllables * np.sin(2 * np.pi * pitch * t))
    t = np.arange(int(12.0 * RATE)) / RATE
    chord = sum(np.sin(2 * np.pi * f * t) for f in (220.0, 277.2, 329.6)) / 3
    write_wav(folder / "music.wav", 0.3 * np.stack([chord, np.roll(chord, 200)], axis=1))


def make_project(seconds: float, folder: Path) -> Project:
    rng = np.random.default_rng(0)
    project = Project(name="bench")
    project.timeline.tracks.insert(1, Track(kind="video", name="Background"))
    project.timeline.tracks[1].clips.append(ImageClip(0.0, seconds, "background.png"))
    project.timeline.track("video").clips.append(
        LatentWalkClip(0.0, seconds, rng.standard_normal((6, 100)).tolist())
    )
    third = seconds / 3
    for index, text in enumerate(CAPTIONS):
        project.timeline.track("caption").clips.append(CaptionClip(index * third, third, text))
        line = AudioClip(index * third + 0.3, min(3.0, third - 0.3), f"line{index}.wav")
        project.timeline.track("narration").clips.append(line)
    project.timeline.track("music").clips.append(
        AudioClip(0.0, seconds, "music.wav", gain_db=-8.0, fade_in=1.0, fade_out=2.0, loop=True)
    )
    return project


def settings_for(project: Project, preset: str | None = None) -> ExportSettings:
    """The export's default settings (or another x264 preset), encoder resolved."""
    settings = ExportSettings.for_project(project)
    if preset:
        settings = replace(settings, preset=preset)
    return replace(settings, encoder=choose_encoder(settings.encoder)[0])


def peak_rss_mb() -> float:
    """This process's peak resident memory (VmHWM) in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def children_peak_mb() -> float:
    """The largest peak resident memory of this process's finished children, in MB."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def cpu_seconds(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


@dataclass(frozen=True)
class Case:
    """What one run exports: the synthesised project of some length, or a saved project."""

    seconds: float  # length of the synthesised project
    project: Path | None = None  # a project folder to export instead (the shipped sample)

    @property
    def name(self) -> str:
        return self.project.stem if self.project else f"{self.seconds:g}s"

    def load(self, folder: Path) -> tuple[Project, Path]:
        """The project and the folder its media paths are relative to."""
        if self.project is not None:
            return load_project(self.project), self.project
        return make_project(self.seconds, folder), folder

    def args(self) -> list[str]:
        project = ["--project", str(self.project)] if self.project else []
        return ["--seconds", str(self.seconds), *project]


# -- runs in a fresh process ------------------------------------------------------------


def child_export(case: Case, folder: Path, preset: str | None) -> dict:
    project, media_root = case.load(folder)
    models = ModelCache(media_root)
    for clip in project.timeline.clips():  # load the models outside the timing
        if isinstance(clip, LatentWalkClip):
            models.renderer_for(clip.model)
    cpu_before = cpu_seconds(resource.RUSAGE_SELF)
    started = time.perf_counter()
    render_project(
        project,
        models.renderer_for,
        folder / "export.mp4",
        SilentReporter(),
        settings_for(project, preset),
        media_root=media_root,
    )
    seconds_taken = time.perf_counter() - started
    return {
        "time": seconds_taken,
        "studio_mb": peak_rss_mb(),
        "encoder_mb": children_peak_mb(),
        "studio_cpu": cpu_seconds(resource.RUSAGE_SELF) - cpu_before,
        "encoder_cpu": cpu_seconds(resource.RUSAGE_CHILDREN),
    }


def child_alone(case: Case, folder: Path, preset: str | None) -> dict:
    project, _ = case.load(folder)
    settings = settings_for(project, preset)
    count = frame_count(project, settings.fps)
    command = encode_command(settings, folder / f"mix-{case.name}.wav", folder / "alone.mp4")
    raw = folder / "frames.raw"
    raw_frames = raw.stat().st_size // (settings.width * settings.height * 3)
    at = command.index("-i")
    assert command[at + 1] == "-", command
    # The raw file holds the speed case's frames; a longer run loops it.
    loops = ["-stream_loop", str(-(-count // raw_frames) - 1)] if count > raw_frames else []
    command[at : at + 2] = [*loops, "-i", str(raw)]
    command[-1:-1] = ["-frames:v", str(count)]
    started = time.perf_counter()
    subprocess.run(command, check=True)
    return {
        "time": time.perf_counter() - started,
        "encoder_mb": children_peak_mb(),
        "encoder_cpu": cpu_seconds(resource.RUSAGE_CHILDREN),
    }


def run_child(kind: str, case: Case, folder: Path, preset: str | None) -> dict:
    command = [sys.executable, __file__, "--child", kind, *case.args()]
    result = subprocess.run(
        [*command, *(["--preset", preset] if preset else []), str(folder)],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


# -- the parent -------------------------------------------------------------------------


def prepare(folder: Path, speed: Case, memory: list[Case]) -> None:
    """Assets, a mix WAV per case, and the speed case's frames as a raw file."""
    make_assets(folder)
    for case in {speed, *memory}:
        project, media_root = case.load(folder)
        settings = settings_for(project)
        duration = frame_count(project, settings.fps) / settings.fps
        write_mix_wav(project, folder / f"mix-{case.name}.wav", duration, media_root=media_root)
    project, media_root = speed.load(folder)
    settings = settings_for(project)
    models = ModelCache(media_root)
    label = settings.ai_label_position if settings.ai_label else None
    frames = iter_frames(project, models.renderer_for, media_root=media_root, ai_label=label)
    with open(folder / "frames.raw", "wb") as raw:
        for frame in frames:
            raw.write(frame.data)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=30.0, help="speed project length")
    parser.add_argument("--project", type=Path, help="export this project folder instead")
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--memory", default="10,60", help="lengths for memory runs, or none")
    parser.add_argument("--preset", help="x264 preset for both sides (default: the export's)")
    parser.add_argument("--child", choices=("export", "alone"), help=argparse.SUPPRESS)
    parser.add_argument("folder", nargs="?", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    speed = Case(args.seconds, args.project.resolve() if args.project else None)
    if args.child:
        run = child_export if args.child == "export" else child_alone
        print(json.dumps(run(speed, args.folder, args.preset)))
        return
    lengths = [] if args.memory == "none" else [float(s) for s in args.memory.split(",")]
    memory = [Case(length) for length in lengths]
    with TemporaryDirectory(prefix="aigc-bench-") as work:
        folder = Path(work)
        started = time.perf_counter()
        prepare(folder, speed, memory)
        project, _ = speed.load(folder)
        settings = settings_for(project, args.preset)
        print(
            f"{speed.name} project: {frame_count(project)} frames of "
            f"{settings.width}x{settings.height} at {settings.fps} fps, {settings.encoder} "
            f"preset {settings.preset} crf {settings.crf} (prepared in "
            f"{time.perf_counter() - started:.0f} s)"
        )
        ratios = []
        for repeat in range(args.repeats):
            export = run_child("export", speed, folder, args.preset)
            alone = run_child("alone", speed, folder, args.preset)
            ratios.append(export["time"] / alone["time"])
            print(
                f"run {repeat}: export {export['time']:.1f} s, encoder alone "
                f"{alone['time']:.1f} s, ratio {ratios[-1]:.2f} (bar 1.30); studio peak "
                f"{export['studio_mb']:.0f} MB, encoder peak {export['encoder_mb']:.0f} MB "
                f"(alone {alone['encoder_mb']:.0f} MB); CPU: studio {export['studio_cpu']:.1f} s, "
                f"its children {export['encoder_cpu']:.1f} s, encoder alone "
                f"{alone['encoder_cpu']:.1f} s"
            )
        if ratios:
            print(f"median ratio {statistics.median(ratios):.2f}")
        for case in memory:
            export = run_child("export", case, folder, args.preset)
            alone = run_child("alone", case, folder, args.preset)
            print(
                f"memory, {case.name} project: studio peak {export['studio_mb']:.0f} MB "
                f"(bar 600), encoder peak {export['encoder_mb']:.0f} MB vs alone "
                f"{alone['encoder_mb']:.0f} MB; export {export['time']:.1f} s, "
                f"alone {alone['time']:.1f} s"
            )


if __name__ == "__main__":
    main()
