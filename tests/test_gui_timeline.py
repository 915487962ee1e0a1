"""Explore → Timeline: a latent walk lands on the video track; Undo, Redo and Delete."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from aigc_studio.ui import style


def clip_pixel(window, clip) -> QColor:
    """The colour the timeline shows near the top edge, in the middle of the clip."""
    view = window.timeline.view
    view.resize(view.sizeHint())
    index = next(
        i for i, t in enumerate(window.document.project.timeline.tracks) if clip in t.clips
    )
    rect = view.clip_rect(index, clip)
    image = view.grab().toImage()
    return image.pixelColor(int(rect.center().x()), int(rect.top()) + 5)


def add_walk(qtbot, window, seconds: float = 2.0) -> None:
    explore = window.explore
    set_a, set_b = explore.keyframe_buttons["A"], explore.keyframe_buttons["B"]
    qtbot.mouseClick(set_a, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(explore.random_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: explore._shown_request == explore._latest_request, timeout=30_000)
    qtbot.mouseClick(set_b, Qt.MouseButton.LeftButton)
    explore.duration_spin.setValue(seconds)
    assert explore.add_walk_button.isEnabled()
    qtbot.mouseClick(explore.add_walk_button, Qt.MouseButton.LeftButton)


def test_add_walk_puts_a_clip_on_the_timeline_and_undo_removes_it(qtbot, studio):
    assert "0 clips" in studio.timeline.duration_label.text()
    add_walk(qtbot, studio, 2.0)
    assert studio.timeline.duration_label.text() == "1 clip · 0:02.0"
    (clip,) = studio.document.project.timeline.track("video").clips
    assert clip.model == "builtin:default-faces-64"
    assert len(clip.keyframes) == 2 and clip.keyframes[0] != clip.keyframes[1]
    assert clip_pixel(studio, clip) == QColor(style.VIDEO_CLIP)
    assert studio.isWindowModified()

    studio.undo_action.trigger()
    assert studio.timeline.duration_label.text() == "0 clips · 0:00.0"
    assert not studio.isWindowModified()
    studio.redo_action.trigger()
    assert studio.timeline.duration_label.text() == "1 clip · 0:02.0"


def test_second_walk_goes_after_the_first(qtbot, studio):
    add_walk(qtbot, studio, 2.0)
    add_walk(qtbot, studio, 1.5)
    clips = studio.document.project.timeline.track("video").clips
    assert [(c.start, c.duration) for c in clips] == [(0.0, 2.0), (2.0, 1.5)]
    assert studio.timeline.duration_label.text() == "2 clips · 0:03.5"


def test_select_a_clip_and_delete_removes_it_undoably(qtbot, studio):
    add_walk(qtbot, studio, 2.0)
    studio.show_area("Timeline")
    view = studio.timeline.view
    (clip,) = studio.document.project.timeline.track("video").clips
    view.resize(view.sizeHint())
    qtbot.mouseClick(
        view, Qt.MouseButton.LeftButton, pos=view.clip_rect(0, clip).center().toPoint()
    )
    assert "Video: latent walk" in studio.timeline.selection_label.text()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert studio.timeline.duration_label.text() == "0 clips · 0:00.0"
    assert clip_pixel_is_empty(studio, view, clip)
    studio.undo_action.trigger()
    assert studio.timeline.duration_label.text() == "1 clip · 0:02.0"


def clip_pixel_is_empty(window, view, clip) -> bool:
    rect = view.clip_rect(0, clip)
    colour = view.grab().toImage().pixelColor(int(rect.center().x()), int(rect.top()) + 5)
    return colour != QColor(style.VIDEO_CLIP)
