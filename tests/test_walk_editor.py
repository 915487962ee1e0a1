"""The walk editor: keyframes on a strip, timeline clips, beat sync, preview, Edit in Explore."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QUndoStack

from aigc_studio.engine.engine import Engine
from aigc_studio.gan.walk import walk_frame_latents, walk_latent_at
from aigc_studio.media.timeline_render import iter_frames
from aigc_studio.project.commands import AddClip
from aigc_studio.project.document import ProjectDocument
from aigc_studio.project.model import CaptionClip, LatentWalkClip, Project
from aigc_studio.resources import default_model_path
from aigc_studio.ui.timeline_panel import TimelinePanel
from aigc_studio.ui.walk_beat_dialog import BeatSyncChoice, BeatSyncDialog
from aigc_studio.ui.walk_editor import WalkEditor


@pytest.fixture
def engine(qtbot):
    engine = Engine()
    with qtbot.waitSignal(engine.preview.sig_model_loaded, timeout=30_000) as loaded:
        engine.preview.load_model(default_model_path())
    engine.info = loaded.args[0]
    yield engine
    assert engine.shutdown(10_000)


@pytest.fixture
def project_doc():
    return ProjectDocument(Project(name="walks", width=90, height=160, fps=30)), QUndoStack()


@pytest.fixture
def editor(qtbot, engine, project_doc):
    editor = WalkEditor(engine)
    qtbot.addWidget(editor)
    editor.connect_project(*project_doc)
    editor.set_model(engine.info)
    editor.resize(700, 360)
    editor.show()
    return editor


def latents(engine, count: int, seed: int = 0) -> list[np.ndarray]:
    rng = np.random.default_rng(seed)
    return [rng.standard_normal(engine.info.latent_dim).astype(np.float32) for _ in range(count)]


def faces_shown(editor: WalkEditor) -> bool:
    return all(k.face is not None for k in editor.keyframes)


def drag(qtbot, strip, start: QPoint, end: QPoint) -> None:
    qtbot.mousePress(strip, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):  # a few moves, as a hand makes
        qtbot.mouseMove(strip, start + (end - start) * step / 5)
    qtbot.mouseRelease(strip, Qt.MouseButton.LeftButton, pos=end)


def test_add_move_delete_and_ease_keyframes_on_the_strip(qtbot, engine, editor):
    for latent in latents(engine, 3):
        editor.add_keyframe(latent)
    # Evenly spaced, the last on the last frame of the 4 s clip, all on frames.
    assert editor.times() == pytest.approx([0.0, 60 / 30, 119 / 30])  # on frames
    qtbot.waitUntil(lambda: faces_shown(editor), timeout=30_000)
    strip = editor.strip
    middle = strip.face_rect(1).center().toPoint()
    drag(qtbot, strip, middle, middle + QPoint(-60, 0))
    moved = editor.times()[1]
    assert 0 < moved < 2.0 - 0.2  # earlier, still after the first keyframe
    assert moved * 30 == pytest.approx(round(moved * 30))  # on a frame of the video
    assert editor.selected == 1
    editor.easing_combo.setCurrentIndex(editor.easing_combo.findData("ease-in"))
    assert editor.easing == ["linear", "ease-in"]  # only the segment leaving keyframe 2
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=strip.face_rect(0).center().toPoint())
    editor.easing_combo.setCurrentIndex(editor.easing_combo.findData("ease-in-out"))
    assert editor.easing == ["ease-in-out", "ease-in"]

    strip.setFocus()
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=strip.face_rect(2).center().toPoint())
    qtbot.keyClick(strip, Qt.Key.Key_Delete)
    assert len(editor.keyframes) == 2 and editor.times() == pytest.approx([0.0, moved])
    assert editor.easing == ["ease-in-out"]
    walk = editor.walk()
    middle_latent = walk_latent_at(walk, moved / 4, editor.duration)
    linear = walk_latent_at(
        type(walk)(walk.keyframes, walk.times, ("linear",)), moved / 4, editor.duration
    )
    assert not np.allclose(middle_latent, linear)  # the easing is in the walk


def test_add_to_timeline_gives_a_clip_of_duration_times_fps_frames(qtbot, engine, editor):
    document, undo_stack = editor.document, editor.undo_stack
    keyframes = latents(engine, 3, seed=1)
    for latent in keyframes:
        editor.add_keyframe(latent)
    editor.set_duration(2.5)
    editor.loop_check.setChecked(True)
    with qtbot.waitSignal(editor.sig_add_to_timeline) as added:
        qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    clip = added.args[0]
    assert isinstance(clip, LatentWalkClip) and clip.loop and clip.duration == 2.5
    (on_track,) = document.project.timeline.track("video").clips
    assert on_track.id == clip.id

    rendered: list[np.ndarray] = []

    def renderer_for(_model):
        def render(batch):
            rendered.append(batch)
            return np.zeros((len(batch), 8, 8, 3), dtype=np.uint8)

        return render

    frames = list(iter_frames(document.project, renderer_for))
    assert len(frames) == 75 == round(2.5 * 30)
    all_latents = np.concatenate(rendered)
    for keyframe, time in zip(keyframes, clip.keyframe_times, strict=True):
        np.testing.assert_array_equal(all_latents[round(time * 30)], keyframe)
    undo_stack.undo()
    assert document.project.timeline.track("video").clips == []


def test_load_clip_then_update_keeps_the_clip_id(qtbot, engine, editor):
    document, undo_stack = editor.document, editor.undo_stack
    old = LatentWalkClip(1.0, 3.0, [k.tolist() for k in latents(engine, 2, seed=2)])
    AddClip(document.project, "video", old).apply()
    before = document.project.to_dict()
    editor.load_clip(old)
    assert editor.times() == pytest.approx([0.0, 3.0])  # an old clip's even spacing
    assert editor.update_button.isVisible() and editor.editing_label.isVisible()
    qtbot.waitUntil(lambda: faces_shown(editor), timeout=30_000)
    editor.add_keyframe(latents(engine, 1, seed=3)[0])
    editor.set_duration(5.0)
    with qtbot.waitSignal(editor.sig_update_clip) as updated:
        qtbot.mouseClick(editor.update_button, Qt.MouseButton.LeftButton)
    clip = updated.args[0]
    assert clip.id == old.id and clip.start == 1.0 and len(clip.keyframes) == 3
    (on_track,) = document.project.timeline.track("video").clips
    assert on_track.id == old.id and on_track.duration == 5.0
    assert undo_stack.undoText() == "Edit walk"
    undo_stack.undo()
    assert document.project.to_dict() == before


def write_click_wav(path: Path, bpm: float, seconds: float, first: float) -> list[float]:
    rate = 22050
    samples = np.zeros(int(seconds * rate), dtype=np.float32)
    t = np.arange(int(0.02 * rate)) / rate
    blip = 0.8 * np.sin(2 * np.pi * 1000 * t) * np.exp(-t / 0.004)
    clicks = list(np.arange(first, seconds - 0.05, 60 / bpm))
    for when in clicks:
        at = int(round(when * rate))
        samples[at : at + len(blip)] += blip[: len(samples) - at]
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes((samples * 32767).astype("<i2").tobytes())
    return clicks


@pytest.mark.parametrize("every", [1, 2])
def test_sync_to_beats_puts_the_keyframes_on_the_clicks(qtbot, engine, editor, tmp_path, every):
    clicks = write_click_wav(tmp_path / "clicks.wav", bpm=120, seconds=6.0, first=0.5)
    keyframes = latents(engine, 4, seed=4)
    for latent in keyframes:
        editor.add_keyframe(latent)
    job = editor.sync_to_beats(BeatSyncChoice(tmp_path / "clicks.wav", every, 0))
    with qtbot.waitSignal(job.finished, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: editor._beat_job is None, timeout=10_000)
    expected = clicks[::every][:4]
    # On the frame nearest each click (30 fps), give or take the detector's 20 ms.
    assert editor.times() == pytest.approx(expected, abs=0.5 / 30 + 0.02)
    assert "120 BPM" in editor.info_label.text()
    frames = walk_frame_latents(editor.walk(), editor.duration, 30)
    for keyframe, time in zip(keyframes, editor.times(), strict=True):
        np.testing.assert_array_equal(frames[round(time * 30)], keyframe)  # face on the beat
    assert editor.duration == pytest.approx(editor.times()[-1] + 1 / 30)


def test_preview_plays_at_the_frame_rate_without_queueing(qtbot, engine, editor):
    for latent in latents(engine, 2, seed=5):
        editor.add_keyframe(latent)
    shown: list[np.ndarray] = []
    editor.sig_preview_latent.connect(shown.append)
    with qtbot.waitSignal(editor.sig_playing) as started:
        qtbot.mouseClick(editor.preview_button, Qt.MouseButton.LeftButton)
    assert started.args == [True] and editor.playing
    qtbot.wait(600)
    with qtbot.waitSignal(editor.sig_playing) as stopped:
        qtbot.mouseClick(editor.preview_button, Qt.MouseButton.LeftButton)
    assert stopped.args == [False] and not editor.playing
    assert 5 <= len(shown) <= 0.6 * 30 + 3  # about the real rate, never faster
    frames = walk_frame_latents(editor.walk(), editor.duration, 30)
    np.testing.assert_array_equal(shown[0], frames[0])
    for latent in shown:  # every posted latent is one of the walk's frames
        assert np.abs(frames - latent).max(axis=1).min() == 0


def test_timeline_edit_in_explore_emits_the_walk_clip_id(qtbot, engine, project_doc):
    document, undo_stack = project_doc
    walk = LatentWalkClip(0.0, 2.0, [k.tolist() for k in latents(engine, 2)])
    caption = CaptionClip(0.0, 2.0, "hello")
    AddClip(document.project, "video", walk).apply()
    AddClip(document.project, "caption", caption).apply()
    panel = TimelinePanel(engine, document, undo_stack)
    qtbot.addWidget(panel)
    panel.show()
    view = panel.view
    view.resize(view.sizeHint())
    tracks = document.project.timeline.tracks
    index = next(i for i, t in enumerate(tracks) if walk in t.clips)
    centre = view.clip_rect(index, walk).center().toPoint()
    with qtbot.waitSignal(panel.sig_edit_walk) as edit:
        qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=centre)
    assert edit.args == [walk.id]

    menu = view.clip_menu(walk)
    titles = [action.text() for action in menu.actions()]
    assert titles == ["Edit in Explore", "Delete clip"]
    with qtbot.waitSignal(panel.sig_edit_walk) as edit:
        menu.actions()[0].trigger()
    assert edit.args == [walk.id]
    assert panel.edit_walk_button.isEnabled()
    with qtbot.waitSignal(panel.sig_edit_walk) as edit:
        qtbot.mouseClick(panel.edit_walk_button, Qt.MouseButton.LeftButton)
    assert edit.args == [walk.id]

    caption_index = next(i for i, t in enumerate(tracks) if caption in t.clips)
    caption_centre = view.clip_rect(caption_index, caption).center().toPoint()
    with qtbot.assertNotEmitted(panel.sig_edit_walk):
        qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=caption_centre)
    assert not panel.edit_walk_button.isEnabled()  # a caption is selected now
    assert [a.text() for a in view.clip_menu(caption).actions()] == ["Delete clip"]


def test_beat_dialog_needs_an_existing_file(qtbot, tmp_path):
    dialog = BeatSyncDialog(3)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    assert not ok.isEnabled()
    song = tmp_path / "song.wav"
    song.write_bytes(b"RIFF")
    dialog.path_edit.setText(str(song))
    dialog.every_combo.setCurrentIndex(2)
    dialog.first_spin.setValue(3)
    assert ok.isEnabled()
    assert dialog.choice() == BeatSyncChoice(song, 4, 2)
