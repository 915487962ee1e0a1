"""What keeping a virtual host in step with its narration costs per frame and per edit.

Run: python tests/bench/bench_host_sync.py [--seconds 30] [--clips 12] [--frames 60]

A project narrated by ``--clips`` WAV lines (speech-like noise bursts) over ``--seconds``,
with a full-frame host at the project's 360x640 preview size. Reports, in one run:
the narration envelope computed once (what a move or trim of a narration clip costs, once),
one cached look-up (what every frame pays: the cache key stats each narration file), and
a preview frame (frame_at) with the envelope cached, so the look-up's share of a frame is
visible. Ratios, not limits: the machine's load shows in the absolute figures.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np

from aigc_studio.gan.talking import fit_talk_directions
from aigc_studio.media.envelope import project_narration_envelope
from aigc_studio.media.mix import write_wav
from aigc_studio.media.narration_envelope import SHARED_ENVELOPES
from aigc_studio.media.timeline_render import frame_at, host_narration
from aigc_studio.project.edit_commands import MoveClips
from aigc_studio.project.host_commands import add_virtual_host_command
from aigc_studio.project.model import AudioClip, Project
from aigc_studio.rendering import ModelCache

MODEL = "builtin:default-faces-64"
RATE = 48000


def narrated(folder: Path, seconds: float, clips: int) -> Project:
    project = Project(width=360, height=640, fps=30)
    rng = np.random.default_rng(0)
    length = seconds / clips
    for k in range(clips):
        t = np.arange(int(length * RATE)) / RATE
        bursts = (np.sin(2 * np.pi * 3.0 * t + k) > 0).astype(np.float32)
        noise = rng.standard_normal(len(t)).astype(np.float32) * 0.2 * bursts
        wav = write_wav(folder / f"line{k}.wav", noise, RATE)
        project.timeline.track("narration").clips.append(
            AudioClip(start=k * length, duration=length, path=str(wav))
        )
    return project


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--clips", type=int, default=12)
    parser.add_argument("--frames", type=int, default=60)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        project = narrated(folder, args.seconds, args.clips)
        cache = ModelCache(fast=False)
        face = cache.generator_for(MODEL).random_latents(1, 1)[0]
        directions = fit_talk_directions(MODEL, samples=384, seed=0, base_latent=face)
        add_virtual_host_command(project, MODEL, face, directions).apply()

        started = time.perf_counter()
        project_narration_envelope(project, folder)
        compute = time.perf_counter() - started

        host_narration(project, folder)
        lookups = []
        for _ in range(200):
            started = time.perf_counter()
            host_narration(project, folder)
            lookups.append(time.perf_counter() - started)

        frame_at(project, 0.0, cache.renderer_for, media_root=folder)  # model loaded
        frames = []
        for i in range(args.frames):
            started = time.perf_counter()
            frame_at(project, i / 30, cache.renderer_for, media_root=folder)
            frames.append(time.perf_counter() - started)

        voice = project.timeline.track("narration").clips[0]
        before = SHARED_ENVELOPES.computations
        MoveClips(project, [(voice.id, voice.start + 0.3, None)]).apply()
        for i in range(args.frames):
            frame_at(project, i / 30, cache.renderer_for, media_root=folder)
        recomputed = SHARED_ENVELOPES.computations - before

    lookup, frame = statistics.median(lookups), statistics.median(frames)
    print(f"narration {args.seconds:.0f} s in {args.clips} clips")
    print(f"envelope computed once (per narration edit): {compute * 1000:.1f} ms")
    print(f"cached look-up per frame: {lookup * 1e6:.0f} us ({lookup / frame:.2%} of a frame)")
    print(f"preview frame 360x640 with the host: {frame * 1000:.1f} ms (median)")
    print(f"envelopes computed for {args.frames} frames after a narration move: {recomputed}")


if __name__ == "__main__":
    main()
