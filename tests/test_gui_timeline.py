"""Explore → Timeline and back: a walk lands on the video track (Undo, Redo, Delete) and
re-opens in Explore's walk editor, where Update replaces it undoably."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

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


def wait_settled(qtbot, explore) -> None:
    qtbot.waitUntil(lambda: explore._shown_request == explore._latest_request, timeout=30_000)


def add_walk(qtbot, window, seconds: float = 2.0) -> None:
    """In the Walk tab: a new walk of the face on screen and a random one, added."""
    explore = window.explore
    editor = explore.walk_editor
    explore.tabs.setCurrentWidget(explore.walk_tab)
    if editor.new_button.isVisible():  # the last walk is still open: start another
        qtbot.mouseClick(editor.new_button, Qt.MouseButton.LeftButton)
    assert editor.keyframes == []
    wait_settled(qtbot, explore)
    qtbot.mouseClick(editor.add_keyframe_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(explore.random_button, Qt.MouseButton.LeftButton)
    wait_settled(qtbot, explore)
    qtbot.mouseClick(editor.add_keyframe_button, Qt.MouseButton.LeftButton)
    editor.duration_spin.setValue(seconds)
    assert editor.add_button.isEnabled()
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)


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


def test_edit_in_explore_then_update_replaces_the_clip_and_undo_restores_it(qtbot, studio):
    add_walk(qtbot, studio, 2.0)
    (clip,) = studio.document.project.timeline.track("video").clips
    explore, editor = studio.explore, studio.explore.walk_editor
    qtbot.mouseClick(editor.new_button, Qt.MouseButton.LeftButton)  # forget the walk
    studio.show_area("Timeline")
    view = studio.timeline.view
    view.resize(view.sizeHint())
    qtbot.mouseDClick(
        view, Qt.MouseButton.LeftButton, pos=view.clip_rect(0, clip).center().toPoint()
    )
    assert studio.stack.currentWidget() is explore
    assert explore.tabs.currentWidget() is explore.walk_tab
    assert editor.update_button.isVisible() and editor.editing.id == clip.id
    assert editor.duration == 2.0 and len(editor.keyframes) == 2
    history = explore.history.count()

    editor.duration_spin.setValue(3.5)  # as typing a new length does
    qtbot.mouseClick(editor.update_button, Qt.MouseButton.LeftButton)
    (updated,) = studio.document.project.timeline.track("video").clips
    assert (updated.id, updated.duration) == (clip.id, 3.5)
    assert updated.keyframes == clip.keyframes
    assert studio.timeline.duration_label.text() == "1 clip · 0:03.5"

    # Ctrl+Z right after Update, with focus still on the button, takes the edit back
    # (the walk editor's keys are the window's, not the explorer's face history).
    studio.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is studio)
    editor.update_button.setFocus()
    qtbot.keyClick(editor.update_button, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    (restored,) = studio.document.project.timeline.track("video").clips
    assert (restored.id, restored.duration) == (clip.id, 2.0)
    assert studio.timeline.duration_label.text() == "1 clip · 0:02.0"
    assert explore.history.count() == history
    studio.new_project()  # the walk being edited belonged to the old project's timeline
    assert editor.editing is None and editor.keyframes == []


def clip_pixel_is_empty(window, view, clip) -> bool:
    rect = view.clip_rect(0, clip)
    colour = view.grab().toImage().pixelColor(int(rect.center().x()), int(rect.top()) + 5)
    return colour != QColor(style.VIDEO_CLIP)


def test_clip_labels_round_lengths_as_the_ruler_does():
    from aigc_studio.project.model import LatentWalkClip
    from aigc_studio.ui.timeline_paint import clip_label

    walk = LatentWalkClip(0.0, 5.3209, [[0.0] * 4, [1.0] * 4])
    assert clip_label(walk, 5.3209) == "Walk · 5.3 s"
    assert clip_label(walk, 10.0) == "Walk · 10 s"
