"""An exported frame at t is the preview's frame at t, and the export carries the mix."""

from __future__ import annotations

import subprocess

import numpy as np
from PIL import Image

from aigc_studio.media.export import ExportSettings
from aigc_studio.media.ffmpeg import ffmpeg_exe
from aigc_studio.media.timeline_render import frame_at, render_project
from aigc_studio.progress import SilentReporter
from aigc_studio.project.model import (
    AudioClip,
    CaptionClip,
    ImageClip,
    LatentWalkClip,
    Project,
    Track,
)
from tests.test_media_export import decoded_frames
from tests.test_media_mix import rms, tone, write_wav
from tests.test_media_timeline import NZ, FakeModels

W, H, FPS = 128, 224, 10


def short_project(folder) -> Project:
    """A background image (relative to the project folder) under a walk that crossfades in,
    a caption, and a narration tone from 0.5 to 1.0 s."""
    media = folder / "assets" / "media"
    media.mkdir(parents=True)
    y, x = np.mgrid[0:H, 0:W]
    gradient = np.stack([x * 2, y, 255 - y], axis=2).clip(0, 255).astype(np.uint8)
    Image.fromarray(gradient).save(media / "sky.png")
    write_wav(media / "voice.wav", tone(0.5))

    project = Project(name="match", width=W, height=H, fps=FPS)
    project.timeline.tracks.insert(1, Track(kind="video", name="Background"))
    project.timeline.tracks[1].clips.append(ImageClip(0.0, 1.5, "assets/media/sky.png"))
    start = [-3.0, -3.0, -3.0] + [0.0] * (NZ - 3)
    end = [-3.0, 3.0, 2.0] + [0.0] * (NZ - 3)
    project.timeline.track("video").clips.append(
        LatentWalkClip(0.3, 1.2, [start, end], interpolation="linear", transition="crossfade")
    )
    project.timeline.track("caption").clips.append(CaptionClip(0.0, 1.5, "Hi 你好"))
    project.timeline.track("narration").clips.append(AudioClip(0.5, 0.5, "assets/media/voice.wav"))
    return project


def test_exported_frames_equal_the_preview_within_encoding_error(tmp_path):
    folder = tmp_path / "match.aigcproj"
    project = short_project(folder)
    models = FakeModels()
    settings = ExportSettings(
        width=W, height=H, fps=FPS, crf=12, preset="ultrafast", ai_label=False
    )
    out = render_project(
        project, models.renderer_for, tmp_path / "x.mp4", SilentReporter(), settings,
        media_root=folder,
    )  # fmt: skip
    indices = [0, 5, 9, 14]  # before the walk, mid-crossfade, the walk, the last frame
    exported = decoded_frames(out, indices, (W, H))
    for index, frame in zip(indices, exported, strict=True):
        preview = frame_at(project, index / FPS, models.renderer_for, media_root=folder)
        error = np.abs(frame.astype(int) - preview.astype(int)).mean()
        assert error < 4, f"frame {index} differs by {error:.1f} levels on average"
    # And the frames really differ from each other: the comparison can fail.
    assert np.abs(exported[0].astype(int) - exported[2]).mean() > 10


def test_the_export_plays_the_mix_not_the_pad(tmp_path):
    folder = tmp_path / "match.aigcproj"
    project = short_project(folder)
    # The tone's level is checked sample for sample below; loudness normalisation (on by
    # default, tested in test_export_loudness.py) would move it to the platforms' -14 LUFS.
    project.sound.normalise = False
    settings = ExportSettings(width=W, height=H, fps=FPS, preset="ultrafast")
    out = render_project(
        project, FakeModels().renderer_for, tmp_path / "x.mp4", SilentReporter(), settings,
        media_root=folder,
    )  # fmt: skip
    decoded = subprocess.run(
        [ffmpeg_exe(), "-v", "error", "-i", str(out), "-f", "f32le", "-ac", "2", "-"]
        + ["-ar", "48000"],
        capture_output=True,
        check=True,
    ).stdout
    sound = np.frombuffer(decoded, np.float32).reshape(-1, 2)

    def seconds(a: float, b: float) -> np.ndarray:
        return sound[int(a * 48000) : int(b * 48000)]

    assert rms(seconds(0.0, 0.4)) < 0.005  # silence before the narration (no pad)
    assert abs(rms(seconds(0.6, 0.9)) - 0.5 / np.sqrt(2)) < 0.05  # the tone, at its level
    assert rms(seconds(1.1, 1.4)) < 0.005
