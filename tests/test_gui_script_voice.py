"""The Script area's voice as a creator uses it: generate narration (scene lengths, the
timeline's narration and captions, one undo), cancel, their own recording, the voice's
rate, and the line preview on a machine without speakers."""

from __future__ import annotations

import copy
import wave
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt

from aigc_studio.project.commands import SetScriptInfo
from aigc_studio.project.storage import load_project, save_project
from aigc_studio.script.model import Scene
from aigc_studio.ui.script_panel import LINE, NARRATION
from aigc_studio.ui.undo import push_command

LINES = (
    "Stop scrolling: this face was never photographed.",
    "A small network learned it from five thousand cartoons.",
)
PAD_S = 1.0  # most a scene may last beyond its speech (lead and tail of silence)


def _scenes(panel) -> list[Scene]:
    return list(panel.document.project.script.scenes)


def _audio_path(panel, path: str) -> Path:
    """A narration path as the project keeps it (relative to its folder, or absolute)."""
    candidate = Path(path)
    if candidate.is_absolute() or panel.document.path is None:
        return candidate
    return panel.document.path / candidate


def _wav(path: Path) -> tuple[np.ndarray, int]:
    with wave.open(str(path), "rb") as wav:
        assert wav.getsampwidth() == 2
        frames = wav.readframes(wav.getnframes())
        samples = np.frombuffer(frames, np.int16).astype(np.float64) / 32768.0
        return samples.reshape(-1, wav.getnchannels()).mean(axis=1), wav.getframerate()


def _rms(samples: np.ndarray) -> float:
    return float(np.sqrt(np.mean(samples**2))) if samples.size else 0.0


def _seconds(panel, path: str) -> float:
    samples, rate = _wav(_audio_path(panel, path))
    return samples.size / rate


def _write_tone(path: Path, seconds: float, rate: int = 48_000) -> Path:
    t = np.arange(int(seconds * rate)) / rate
    tone = (0.3 * np.sin(2 * np.pi * 220 * t) * 32767).astype(np.int16)
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(tone.tobytes())
    return path


def _generate(qtbot, panel) -> None:
    row = panel.narration
    qtbot.mouseClick(row.generate_button, Qt.MouseButton.LeftButton)
    assert row.generate_button.text() == "Cancel"
    qtbot.waitUntil(lambda: row.job is None, timeout=20_000)


@pytest.fixture
def panel(studio, tmp_path, monkeypatch):
    # Narration made for an unsaved project goes to the data folder; keep it per test.
    monkeypatch.setenv("AIGC_STUDIO_DATA_DIR", str(tmp_path / "data"))
    studio.show_area("Script")
    panel = studio.script
    panel.set_scenes([Scene(shot="face", line=line, duration=6.0) for line in LINES])
    panel.messages = []
    panel.sig_status.connect(panel.messages.append)
    return panel


def test_generate_narration_times_the_scenes_and_undoes_in_one_step(qtbot, studio, panel):
    before = _scenes(panel)
    captions_before = len(studio.document.project.timeline.track("caption").clips)
    assert panel.narration.status.text() == "No narration yet"
    _generate(qtbot, panel)

    scenes = _scenes(panel)
    narration = studio.document.project.timeline.track("narration").clips
    assert len(narration) == 2
    for scene, clip in zip(scenes, narration, strict=True):
        spoken = _seconds(panel, scene.narration)
        assert 0.8 < spoken < 6.0  # a sentence of speech, not a click or the old 6 s
        assert spoken <= scene.duration <= spoken + PAD_S  # the scene follows its speech
        samples, _rate = _wav(_audio_path(panel, clip.path))
        assert _rms(samples) > 0.02  # the clip on the timeline is speech, not silence
    captions = studio.document.project.timeline.track("caption").clips
    assert len(captions) > captions_before  # long lines are cut into chunks timed to speech
    total = sum(scene.narration_duration for scene in scenes)
    assert panel.narration.status.text() == f"Narration: 2 scenes, {total:.1f} s"
    assert panel.table.item(0, NARRATION).text().startswith("voice · ")
    assert panel.messages[-1].startswith("Narration: 2 scenes")

    # A line edited after it was spoken is marked, and the sentence counts it.
    panel.table.item(0, LINE).setText("A different first line.")
    assert panel.table.item(0, NARRATION).text().startswith("out of date")
    assert "1 out of date" in panel.narration.status.text()
    studio.undo_action.trigger()  # the edit
    studio.undo_action.trigger()  # the narration: scenes, narration and captions together
    assert _scenes(panel) == before
    assert studio.document.project.timeline.track("narration").clips == []
    assert len(studio.document.project.timeline.track("caption").clips) == captions_before
    assert panel.table.item(0, NARRATION).text() == ""


def test_cancel_leaves_the_script_unchanged(qtbot, studio, panel):
    lines = [f"Scene {n}: a latent walk drifts from one face to the next." for n in range(6)]
    panel.set_scenes([Scene(line=line, duration=4.0) for line in lines])
    before = _scenes(panel)
    row = panel.narration
    qtbot.mouseClick(row.generate_button, Qt.MouseButton.LeftButton)
    assert row.progress.isVisible()
    qtbot.mouseClick(row.generate_button, Qt.MouseButton.LeftButton)  # now "Cancel"
    qtbot.waitUntil(lambda: row.job is None, timeout=20_000)
    assert panel.messages[-1] == "Narration cancelled; the script is unchanged"
    assert _scenes(panel) == before
    assert studio.document.project.timeline.track("narration").clips == []
    assert row.generate_button.text() == "Generate narration" and row.generate_button.isEnabled()
    assert not row.progress.isVisible()


def test_own_recording_sets_the_scene_and_survives_generate(qtbot, studio, panel, tmp_path):
    row = panel.narration
    bad = tmp_path / "broken.wav"
    bad.write_bytes(b"this is not sound")
    commands = studio.undo_stack.count()
    assert not row.use_recording_for(1, bad)
    message = panel.messages[-1]
    assert "broken.wav" in message and message.endswith(".")  # a sentence, not a trace
    assert studio.undo_stack.count() == commands and not _scenes(panel)[1].recorded

    tone = _write_tone(tmp_path / "my take.wav", 2.5)
    assert row.use_recording_for(1, tone)
    scene = _scenes(panel)[1]
    assert scene.recorded and abs(scene.narration_duration - 2.5) < 0.1
    assert 2.5 <= scene.duration <= 2.5 + PAD_S
    assert panel.table.item(1, NARRATION).text().startswith("my recording")

    _generate(qtbot, panel)
    first, second = _scenes(panel)
    assert second.recorded and abs(second.narration_duration - 2.5) < 0.1  # kept
    assert 2.5 <= second.duration <= 2.5 + PAD_S
    assert first.narration and not first.recorded  # the other line was spoken
    assert "1 recorded" in row.status.text()

    panel.table.setCurrentCell(1, LINE)
    assert row.clear_button.isEnabled()
    qtbot.mouseClick(row.clear_button, Qt.MouseButton.LeftButton)
    assert not _scenes(panel)[1].recorded
    studio.undo_action.trigger()
    assert _scenes(panel)[1].recorded


def test_rate_changes_the_narration_length_and_is_undoable(qtbot, studio, panel, tmp_path):
    voice = panel.voice
    _generate(qtbot, panel)
    normal = sum(_seconds(panel, s.narration) for s in _scenes(panel))
    normal_length = panel.document.project.script.duration

    voice.rate_spin.setValue(1.8)  # as the arrows or typed value + Return do
    assert studio.document.project.voice.rate == pytest.approx(1.8)
    # The voice spoken at the old rate is now marked for Generate to speak again.
    assert panel.table.item(0, NARRATION).text().startswith("out of date")
    assert "2 out of date" in panel.narration.status.text()
    _generate(qtbot, panel)
    fast = sum(_seconds(panel, s.narration) for s in _scenes(panel))
    assert fast < 0.8 * normal, (fast, normal)
    assert panel.document.project.script.duration < normal_length  # scenes follow it

    # The voice is saved with the project.
    # A copy: saving rewrites the copy's clip paths into its folder.
    folder = save_project(copy.deepcopy(studio.document.project), tmp_path / "voiced")
    assert load_project(folder).voice.rate == pytest.approx(1.8)

    studio.undo_action.trigger()  # the second narration
    studio.undo_action.trigger()  # the rate
    assert studio.document.project.voice.rate == pytest.approx(1.0)
    assert panel.table.item(0, NARRATION).text().startswith("voice · ")
    assert voice.rate_spin.value() == pytest.approx(1.0)
    studio.redo_action.trigger()
    assert voice.rate_spin.value() == pytest.approx(1.8)


def test_voice_menu_lists_the_script_languages_voices(studio, panel):
    voice = panel.voice
    labels = [voice.voice_combo.itemText(i) for i in range(voice.voice_combo.count())]
    assert labels[0].startswith("Default en voice")
    assert any("en-us" in label for label in labels)
    assert not any("cmn" in label for label in labels)  # Mandarin is for zh scripts
    # A Chinese script offers the Mandarin voice instead.
    push_command(
        studio.undo_stack, studio.document, SetScriptInfo(studio.document.project, lang="zh")
    )
    labels = [voice.voice_combo.itemText(i) for i in range(voice.voice_combo.count())]
    assert labels[0].startswith("Default zh voice") and any("cmn" in t for t in labels)
    assert not any("en-us" in label for label in labels)
    studio.undo_action.trigger()

    voice.pitch_spin.setValue(60)
    voice.pitch_spin.setValue(70)
    voice.pitch_spin.setValue(80)  # three steps of one adjustment...
    assert studio.document.project.voice.pitch == 80
    studio.undo_action.trigger()  # ...undo as one
    assert voice.pitch_spin.value() == 50 and studio.document.project.voice.pitch == 50


def test_preview_without_a_sound_device_says_so(qtbot, panel):
    voice = panel.voice
    panel.table.setCurrentCell(1, LINE)
    qtbot.mouseClick(voice.preview_button, Qt.MouseButton.LeftButton)
    assert not voice.preview_button.isEnabled()
    qtbot.waitUntil(lambda: voice.job is None, timeout=20_000)
    message = panel.messages[-1]
    # Offscreen test machines have no speakers; one with a sound device plays the line.
    assert message.startswith(("No sound device: scene 2's line", "Playing scene 2's line"))
    assert voice.preview_button.isEnabled()
