"""The Timeline's clip properties pane, media import (probed in the engine; a broken file
is refused with a message) and the music track's beat markers."""

from __future__ import annotations

import wave

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog

from aigc_studio.project.commands import AddClip
from aigc_studio.project.document import ProjectDocument
from aigc_studio.project.model import AudioClip
from aigc_studio.ui.clip_properties import ClipPropertiesPane
from aigc_studio.ui.media_import import IMAGE_SECONDS, MediaImporter
from aigc_studio.ui.timeline_beats import MusicBeats
from aigc_studio.ui.timeline_panel import TimelinePanel
from tests.test_gui_timeline_edit import clip, make_project, running_engine, shown_timeline


@pytest.fixture
def engine(qtbot):
    yield from running_engine()


@pytest.fixture
def timeline(qtbot, engine):
    return shown_timeline(qtbot, engine)


# -- properties pane -----------------------------------------------------------------------


def test_properties_pane_changes_a_clip_and_undo_restores_it(qtbot):
    project = make_project()
    AddClip(project, "music", AudioClip(start=0.0, duration=8.0, path="/m.wav", id="M")).apply()
    document = ProjectDocument(project)
    stack = QUndoStack()
    pane = ClipPropertiesPane(document, stack)
    qtbot.addWidget(pane)
    pane.show()
    pane.show_clip("A")
    assert pane.opacity_slider.isVisible() and not pane.gain_slider.isVisible()
    slider = pane.opacity_slider
    slider.setSliderDown(True)  # a drag: many values, one command on release
    for value in (90, 70, 50):
        slider.setValue(value)
    assert clip(document, "A")[1].opacity == 1.0
    slider.setSliderDown(False)
    assert clip(document, "A")[1].opacity == 0.5 and stack.count() == 1
    pane.fit_combo.setCurrentIndex(pane.fit_combo.findData("ken_burns"))
    pane.fit_combo.activated.emit(pane.fit_combo.currentIndex())
    assert clip(document, "A")[1].fit == "ken_burns" and pane.zoom_spin.isEnabled()
    stack.undo()
    stack.undo()
    assert (clip(document, "A")[1].opacity, clip(document, "A")[1].fit) == (1.0, "fill")
    assert slider.value() == 100  # the pane shows the restored value

    pane.show_clip("M")
    assert pane.gain_slider.isVisible() and not pane.opacity_slider.isVisible()
    for seconds in (0.5, 1.0, 1.5):  # spin box steps in a row: one undo step
        pane.fade_in_spin.setValue(seconds)
    assert clip(document, "M")[1].fade_in == 1.5
    stack.undo()
    assert clip(document, "M")[1].fade_in == 0.0
    pane.duration_spin.setValue(6.0)
    assert clip(document, "M")[1].duration == 6.0 and stack.undoText() == "Trim clip"

    pane.show_clip("C")  # a caption: its words, over two lines, applied with Ctrl+Enter
    pane.text_edit.setPlainText("two\nlines")
    qtbot.keyClick(pane.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert clip(document, "C")[1].text == "two\nlines"
    stack.undo()
    assert pane.text_edit.toPlainText() == "hello"


# -- import, drop, beats -------------------------------------------------------------------


def write_clicks(path, seconds: float, bpm: float = 120.0, rate: int = 22050) -> None:
    samples = np.zeros(int(seconds * rate), dtype=np.float32)
    for beat in np.arange(0.25, seconds, 60.0 / bpm):
        start = int(beat * rate)
        samples[start : start + 200] = np.sin(np.arange(200) * 0.7) * 0.8
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes((samples * 32767).astype("<i2").tobytes())


def test_import_adds_a_png_and_a_wav_at_the_playhead_and_refuses_a_corrupt_file(
    timeline, engine, qtbot, tmp_path
):
    view, document, stack = timeline
    picture, sound, broken = tmp_path / "pic.png", tmp_path / "song.wav", tmp_path / "bad.png"
    Image.new("RGB", (32, 48), (200, 30, 30)).save(picture)
    write_clicks(sound, 2.0)
    broken.write_bytes(b"\x89PNG\r\n\x1a\n" + b"garbage" * 20)
    importer = MediaImporter(engine, document, view, view)
    view.set_playhead(6.0)
    with qtbot.waitSignal(importer.sig_imported, timeout=10_000):
        importer.import_files([str(picture), str(sound)], view.playhead)
    video, music = document.project.timeline.tracks[0], document.project.timeline.tracks[3]
    image = video.clips[-1]
    assert (image.start, image.duration, image.path) == (6.0, IMAGE_SECONDS, str(picture))
    (song,) = music.clips
    assert song.start == 6.0 and song.duration == pytest.approx(2.0, abs=0.05)
    assert stack.undoText() == "Import 2 files"

    before = document.project.to_dict()
    importer.import_files([str(broken)], 0.0)
    qtbot.waitUntil(lambda: importer.message_box is not None, timeout=10_000)
    assert "bad.png" in importer.message_box.text() and importer.message_box.isVisible()
    assert document.project.to_dict() == before and stack.count() == 1
    importer.message_box.close()


def test_music_beats_are_found_in_the_engine_and_placed_where_the_clip_plays(
    engine, qtbot, tmp_path
):
    sound = tmp_path / "clicks.wav"
    write_clicks(sound, 3.0)
    document = ProjectDocument(make_project())
    beats = MusicBeats(engine, document)
    music = AudioClip(start=1.0, duration=2.0, path=str(sound), source_in=0.5, id="M")
    with qtbot.waitSignal(beats.sig_beats, timeout=20_000) as found:
        document.apply(AddClip(document.project, "music", music))
    # Clicks at 0.25, 0.75, ... s of the file; the clip plays 0.5 .. 2.5 s from 1.0 s on.
    assert found.args[0] == pytest.approx([1.25, 1.75, 2.25, 2.75], abs=0.02)


def test_import_button_and_its_menu_put_sound_on_music_or_narration(
    engine, qtbot, tmp_path, monkeypatch
):
    sound = tmp_path / "voice.wav"
    write_clicks(sound, 1.0)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args, **kwargs: ([str(sound)], ""))
    document = ProjectDocument(make_project())
    panel = TimelinePanel(engine, document, QUndoStack())
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.importer.sig_imported, timeout=10_000):
        qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    assert [c.path for c in document.project.timeline.track("music").clips] == [str(sound)]
    narration = next(a for a in panel.import_button.menu().actions() if "narration" in a.text())
    with qtbot.waitSignal(panel.importer.sig_imported, timeout=10_000) as added:
        narration.trigger()
    (voice,) = document.project.timeline.track("narration").clips
    assert voice.path == str(sound) and added.args == [[voice.id]]
    assert panel.view.selected_ids == [voice.id]  # what was imported is selected
