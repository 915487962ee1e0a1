"""The shipped sample project exports as a creator would expect: 30 s, every scene's face,
the narration audible over the music, the whoosh at the second scene change.

Rendered small (144x256 at 10 fps) with the real default model, so it stays quick.
"""

from __future__ import annotations

import subprocess

import numpy as np
import pytest

from aigc_studio.media.export import ExportSettings
from aigc_studio.media.ffmpeg import ffmpeg_exe
from aigc_studio.media.probe import probe_video
from aigc_studio.media.timeline_render import render_project
from aigc_studio.progress import SilentReporter
from aigc_studio.project.storage import load_project
from aigc_studio.rendering import ModelCache
from aigc_studio.resources import sample_project_path
from tests.test_media_export import decoded_frames
from tests.test_media_mix import rms

W, H, FPS, RATE = 144, 256, 10, 48000


@pytest.fixture(scope="module")
def sample_export(tmp_path_factory):
    folder = sample_project_path()
    project = load_project(folder)
    settings = ExportSettings(width=W, height=H, fps=FPS, preset="ultrafast")
    out = tmp_path_factory.mktemp("sample") / "sample.mp4"
    render_project(
        project, ModelCache().renderer_for, out, SilentReporter(), settings, media_root=folder
    )
    return project, out


def test_sample_exports_thirty_seconds_with_a_different_face_per_scene(sample_export):
    _, out = sample_export
    info = probe_video(out)
    assert (info.width, info.height) == (W, H)
    assert info.duration == pytest.approx(30.0, abs=1 / FPS)
    assert abs(info.frame_count - 300) <= 1
    assert info.sample_rate == RATE and info.audio_channels == "stereo"
    scenes = decoded_frames(out, [50, 150, 250], (W, H))  # the middle of each scene
    for a, b in ((0, 1), (1, 2), (0, 2)):
        assert np.abs(scenes[a].astype(int) - scenes[b]).mean() > 5, (a, b)


def test_sample_narration_is_heard_over_the_music(sample_export):
    project, out = sample_export
    sound = np.frombuffer(
        subprocess.run(
            [ffmpeg_exe(), "-v", "error", "-i", str(out), "-f", "f32le", "-ac", "2"]
            + ["-ar", str(RATE), "-"],
            capture_output=True,
            check=True,
        ).stdout,
        np.float32,
    ).reshape(-1, 2)

    def level(a: float, b: float) -> float:
        return rms(sound[int(a * RATE) : int(b * RATE)])

    narration = project.timeline.tracks_of("narration")[0].clips[0]
    speaking = level(narration.start + 0.3, narration.end - 0.3)
    music_only = level(narration.end + 0.5, 9.0)
    assert music_only > 0.005  # the music bed plays between lines
    assert speaking > 1.5 * music_only  # and the voice stands out above it
    whoosh = project.timeline.tracks_of("effects")[0].clips[0]
    middle = whoosh.start + whoosh.duration / 2
    assert level(middle - 0.15, middle + 0.15) > 1.2 * level(whoosh.start - 0.6, whoosh.start)
