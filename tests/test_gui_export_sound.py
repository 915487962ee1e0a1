"""Export area, "Sound and captions": the readout shows the mix's measured loudness and
what the export will make it; the loudness target and the caption look are undoable
project edits that the export (and the preview, which draws frames the same way) follow."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from aigc_studio.engine import sound_tasks
from aigc_studio.engine.engine import Engine
from aigc_studio.media.loudness import SILENCE, LoudnessReport, measure
from aigc_studio.media.mix import MixLoudness, mix_audio, write_wav
from aigc_studio.media.timeline_render import frame_at
from aigc_studio.progress import check_cancelled
from aigc_studio.project.document import ProjectDocument
from aigc_studio.project.model import AudioClip, CaptionClip, Project
from aigc_studio.ui.export_panel import ExportPanel
from aigc_studio.ui.export_sound import MEASURING, NO_SOUND, SILENT, readout_text
from aigc_studio.ui.settings import load_settings
from tests.test_media_mix import tone
from tests.test_media_timeline import FakeModels

W, H = 180, 320
SECONDS = 2.0
WAIT_MS = 30_000


def project_with(folder, sound: bool) -> Project:
    """A caption over two seconds and, with ``sound``, a 440 Hz tone at 0.1 on the music
    track (about -23 LUFS: the export has to raise it)."""
    folder.mkdir(parents=True, exist_ok=True)
    project = Project(name="sound", width=W, height=H, fps=10)
    project.timeline.track("caption").clips.append(CaptionClip(0.0, SECONDS, "Hello world 你好"))
    if sound:
        write_wav(folder / "music.wav", tone(SECONDS, 0.1))
        project.timeline.track("music").clips.append(AudioClip(0.0, SECONDS, "music.wav"))
    return project


@pytest.fixture
def area(qtbot, tmp_path):
    """An Export area of its own over a project folder; ``area(sound)`` fills and shows it."""
    engine = Engine()
    made: list[ExportPanel] = []

    def make(sound: bool = True) -> ExportPanel:
        folder = tmp_path / "sound.aigcproj"
        document = ProjectDocument(project_with(folder, sound), folder)
        panel = ExportPanel(engine, document, load_settings())
        qtbot.addWidget(panel)
        panel.show()
        made.append(panel)
        return panel

    yield make
    assert engine.shutdown(10_000)  # every measurement joined before the leak check


def readout(panel: ExportPanel) -> str:
    return panel.sound.readout_label.text()


def wait_for_readout(qtbot, panel: ExportPanel, *parts: str) -> str:
    qtbot.waitUntil(lambda: all(part in readout(panel) for part in parts), timeout=WAIT_MS)
    return readout(panel)


def test_readout_shows_the_measured_mix_and_the_target_is_undoable(qtbot, area):
    panel = area(sound=True)
    project, folder = panel.document.project, panel.document.path
    mix = mix_audio(project, 0.0, SECONDS, media_root=folder, clipped=False)
    own = measure(mix)
    assert own.integrated_lufs < -20  # far from the target: "export at" is not the mix
    expected = f"Mix: {own.integrated_lufs:.1f} LUFS, peak {own.true_peak_dbtp:.1f} dBTP"

    text = wait_for_readout(qtbot, panel, "Mix:")
    raised_peak = own.true_peak_dbtp + (-14.0 - own.integrated_lufs)  # a tone needs no limiter
    assert text == f"{expected} → export at -14.0 LUFS, peak {raised_peak:.1f} dBTP"

    panel.sound.target_spin.setValue(-16.0)
    assert project.sound.loudness_target == -16.0  # a project edit, at once
    text = wait_for_readout(qtbot, panel, "export at -16.0 LUFS")
    assert text.startswith(expected)  # the mix itself did not change

    panel.undo_stack.undo()
    assert project.sound.loudness_target == -14.0
    assert panel.sound.target_spin.value() == -14.0  # the control follows the undo
    wait_for_readout(qtbot, panel, "export at -14.0 LUFS")

    panel.sound.normalise_check.setChecked(False)
    assert not project.sound.normalise and not panel.sound.target_spin.isEnabled()
    assert wait_for_readout(qtbot, panel, "as it is").startswith(expected)
    panel.undo_stack.undo()
    assert project.sound.normalise and panel.sound.normalise_check.isChecked()


def test_ducking_is_a_project_edit_and_undo_puts_the_control_back(qtbot, area):
    panel = area(sound=True)
    sound = panel.sound
    sound.duck_spin.setValue(-20.0)
    assert panel.document.project.sound.duck_db == -20.0
    panel.undo_stack.undo()
    assert panel.document.project.sound.duck_db == -12.0
    assert sound.duck_spin.value() == -12.0
    wait_for_readout(qtbot, panel, "Mix:")


def preview_frame(panel: ExportPanel, t: float = SECONDS / 2) -> np.ndarray:
    """The frame at t (the caption's middle), drawn as the preview and the export draw it."""
    document = panel.document
    return frame_at(document.project, t, FakeModels().renderer_for, media_root=document.path)


def caption_rows(frame: np.ndarray, background: np.ndarray) -> np.ndarray:
    """Rows of the frame where the caption is drawn (far from the empty background)."""
    ink = np.abs(frame.astype(int) - background.astype(int)).max(axis=2) > 60
    return np.flatnonzero(ink.any(axis=1))


def test_caption_style_and_karaoke_change_the_frame_and_undo_restores_it(qtbot, area):
    panel = area(sound=False)
    sound = panel.sound
    plain = preview_frame(panel)
    background = preview_frame(panel, SECONDS)  # after the caption
    rows = caption_rows(plain, background)
    assert len(rows) > 5 and rows.mean() > H / 2  # drawn, in the lower part of the frame

    sound.karaoke_check.setChecked(True)
    assert panel.document.project.captions.karaoke
    karaoke = preview_frame(panel).astype(int)
    # Half the words spoken: they turn the highlight colour (yellow: far less blue).
    assert (karaoke[..., 2] < plain[..., 2].astype(int) - 100).sum() > 50
    panel.undo_stack.undo()
    assert not sound.karaoke_check.isChecked()
    assert np.array_equal(preview_frame(panel), plain)

    sound.style_combo.setCurrentIndex(sound.style_combo.findData("top"))
    assert panel.document.project.captions.style == "top"
    assert caption_rows(preview_frame(panel), background).mean() < H / 2  # moved up
    panel.undo_stack.undo()
    assert sound.style_combo.currentData() == "outline"
    assert np.array_equal(preview_frame(panel), plain)

    sound.chars_spin.setValue(6)  # "Hello world 你好" no longer fits one line
    assert panel.document.project.captions.max_chars_per_line == 6
    assert len(caption_rows(preview_frame(panel), background)) > len(rows) * 1.5  # more lines
    panel.undo_stack.undo()
    assert sound.chars_spin.value() == 0


def test_a_project_without_sound_says_so(qtbot, area):
    panel = area(sound=False)
    assert wait_for_readout(qtbot, panel, NO_SOUND) == NO_SOUND


def test_an_edit_cancels_the_stale_measurement(qtbot, area, monkeypatch):
    release = threading.Event()
    measured_targets: list[float] = []
    real = sound_tasks.plan_normalisation

    def held(project, duration, media_root, reporter):
        # Held until released (or cancelled), so the next edit finds it still running.
        while not release.is_set():
            check_cancelled(reporter)
            release.wait(0.01)
        check_cancelled(reporter)
        measured_targets.append(project.sound.loudness_target)
        return real(project, duration, media_root, reporter)

    monkeypatch.setattr(sound_tasks, "plan_normalisation", held)
    panel = area(sound=True)
    sound = panel.sound
    qtbot.waitUntil(lambda: sound.job is not None, timeout=WAIT_MS)
    stale = sound.job
    assert readout(panel) == MEASURING

    sound.target_spin.setValue(-16.0)
    qtbot.waitUntil(lambda: sound.job not in (None, stale), timeout=WAIT_MS)
    assert stale.cancel_requested
    release.set()
    wait_for_readout(qtbot, panel, "export at -16.0 LUFS")
    qtbot.waitUntil(lambda: stale not in panel.engine.running_jobs(), timeout=WAIT_MS)
    assert measured_targets == [-16.0]  # the stale one stopped without measuring


def test_readout_words_for_silence_and_limiting():
    silence = LoudnessReport(SILENCE, SILENCE)
    assert readout_text(MixLoudness(silence, 0.0, silence), True) == SILENT
    loud = MixLoudness(LoudnessReport(-20.04, -0.5), 6.0, LoudnessReport(-14.02, -1.4), True)
    assert readout_text(loud, True) == (
        "Mix: -20.0 LUFS, peak -0.5 dBTP → export at -14.0 LUFS, peak -1.4 dBTP, peaks limited"
    )
