"""An exported MP4's sound is at the project's loudness target (what platforms measure),
with its true peak under the ceiling; with normalisation off it keeps its own level."""

from __future__ import annotations

import math

import numpy as np

from aigc_studio.media.export import ExportSettings
from aigc_studio.media.loudness import measure, measure_file
from aigc_studio.media.mix import RATE, write_wav
from aigc_studio.media.timeline_render import render_project
from aigc_studio.progress import SilentReporter
from aigc_studio.project.model import AudioClip, Project
from tests.test_media_timeline import FakeModels

W, H, FPS = 64, 112, 10  # tiny frames: the sound is what is tested
SECONDS = 3.0


def quiet_music(spiky: bool) -> np.ndarray:
    """A quiet 440 Hz tone (about -35 LUFS); ``spiky`` adds a full-scale click every half
    second, so bringing the tone up to -14 LUFS needs the true-peak limiter."""
    t = np.arange(int(SECONDS * RATE)) / RATE
    samples = 0.02 * np.sin(2 * np.pi * 440 * t)
    if spiky:
        for start in range(RATE // 4, len(samples), RATE // 2):
            samples[start : start + 24] = 0.95 * np.hanning(24)
    return samples


def export_music(folder, samples: np.ndarray, normalise: bool):
    folder.mkdir(parents=True, exist_ok=True)
    write_wav(folder / "music.wav", samples)
    project = Project(name="loud", width=W, height=H, fps=FPS)
    project.timeline.track("music").clips.append(AudioClip(0.0, SECONDS, "music.wav"))
    project.sound.normalise = normalise
    settings = ExportSettings(width=W, height=H, fps=FPS, preset="ultrafast", ai_label=False)
    return render_project(
        project,
        FakeModels().renderer_for,
        folder / "out.mp4",
        SilentReporter(),
        settings,
        media_root=folder,
    )


def test_a_quiet_tone_is_exported_at_minus_14_lufs(tmp_path):
    source = quiet_music(spiky=False)
    own = measure(np.stack([source, source], axis=1)).integrated_lufs
    assert own < -30  # far under the target: the test can fail

    report = measure_file(export_music(tmp_path / "on", source, normalise=True))
    assert abs(report.integrated_lufs + 14.0) <= 0.5, report
    assert report.true_peak_dbtp <= -1.0, report

    kept = measure_file(export_music(tmp_path / "off", source, normalise=False))
    assert abs(kept.integrated_lufs - own) <= 0.5, kept  # its own level, untouched


def test_clicks_are_held_under_the_true_peak_ceiling(tmp_path):
    source = quiet_music(spiky=True)
    raw = measure(np.stack([source, source], axis=1))
    # Raised by ~19 dB to the target, the clicks would reach far above 0 dBTP.
    assert raw.true_peak_dbtp + (-14.0 - raw.integrated_lufs) > 10

    report = measure_file(export_music(tmp_path / "on", source, normalise=True))
    assert math.isfinite(report.integrated_lufs)
    assert abs(report.integrated_lufs + 14.0) <= 0.5, report
    assert report.true_peak_dbtp <= -1.0, report
