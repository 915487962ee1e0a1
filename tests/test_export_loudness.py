"""An exported MP4's sound is at the project's loudness target (what platforms measure),
with its true peak under the ceiling; with normalisation off it keeps its own level."""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
import pytest

from aigc_studio.engine.sound_tasks import loudness_job
from aigc_studio.media.export import ExportSettings
from aigc_studio.media.loudness import measure, measure_file
from aigc_studio.media.mix import RATE, write_wav
from aigc_studio.media.timeline_render import render_project
from aigc_studio.progress import Cancelled, SilentReporter
from aigc_studio.project.model import AudioClip, Project
from aigc_studio.project.sound_commands import SetCaptionSettings, SetSoundSettings
from aigc_studio.project.sound_settings import CaptionSettings, SoundSettings
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


class CancelAfter:
    """A reporter that asks to stop at its ``checks``-th cancelled() question."""

    def __init__(self, checks: int) -> None:
        self.checks = checks

    def progress(self, fraction: float, message: str = "") -> None:
        pass

    def cancelled(self) -> bool:
        self.checks -= 1
        return self.checks <= 0


def test_the_loudness_job_measures_what_the_export_writes_and_cancels(tmp_path):
    source = quiet_music(spiky=False)
    write_wav(tmp_path / "music.wav", source)
    project = Project(name="loud", width=W, height=H, fps=FPS)
    project.timeline.track("music").clips.append(AudioClip(0.0, SECONDS, "music.wav"))
    project.sound = replace(project.sound, loudness_target=-16.0)

    plan = loudness_job(project, SECONDS, tmp_path)(SilentReporter())
    own = measure(np.stack([source, source], axis=1))
    assert abs(plan.before.integrated_lufs - own.integrated_lufs) < 0.05
    assert abs(plan.after.integrated_lufs + 16.0) < 0.05  # the project's own target

    with pytest.raises(Cancelled):
        loudness_job(project, SECONDS, tmp_path)(CancelAfter(1))
    empty = Project(name="quiet", width=W, height=H, fps=FPS)
    assert loudness_job(empty, SECONDS, tmp_path)(SilentReporter()) is None


def test_sound_and_caption_settings_commands_undo_and_refuse_bad_values():
    project = Project(name="settings")
    louder = replace(project.sound, loudness_target=-11.0, duck_db=-20.0)
    command = SetSoundSettings(project, louder)
    command.apply()
    assert (project.sound.loudness_target, project.sound.duck_db) == (-11.0, -20.0)
    command.undo()
    assert project.sound == SoundSettings()

    with pytest.raises(ValueError, match="loudness target"):
        SetSoundSettings(project, replace(project.sound, loudness_target=3.0))
    assert project.sound == SoundSettings()  # refused before anything changed

    captions = SetCaptionSettings(project, replace(project.captions, style="box", karaoke=True))
    captions.apply()
    assert (project.captions.style, project.captions.karaoke) == ("box", True)
    captions.undo()
    assert project.captions == CaptionSettings()
