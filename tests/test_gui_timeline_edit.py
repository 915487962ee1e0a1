"""The Timeline as an editor: drag to move and trim (with snapping), multi-select, split,
ripple delete, copy/paste, zoom, the playhead and dropped files; every edit one undo step."""

from __future__ import annotations

import pytest
from PIL import Image
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QMouseEvent, QUndoStack, QWheelEvent
from PySide6.QtWidgets import QApplication

from aigc_studio.engine.engine import Engine
from aigc_studio.project.commands import AddClip
from aigc_studio.project.document import ProjectDocument
from aigc_studio.project.model import (
    CaptionClip,
    ImageClip,
    Project,
    Timeline,
    Track,
)
from aigc_studio.ui.timeline_ruler import tick_steps
from aigc_studio.ui.timeline_style import CLIP_COLOURS, HEADER_WIDTH
from aigc_studio.ui.timeline_view import TimelineView

LEFT = Qt.MouseButton.LeftButton
NO_BUTTON = Qt.MouseButton.NoButton
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier


def running_engine():
    """An engine for one test, joined at its end (body of the files' engine fixtures)."""
    engine = Engine()
    yield engine
    engine.shutdown()


@pytest.fixture
def engine(qtbot):
    yield from running_engine()


def make_project() -> Project:
    """Two video tracks, captions and music: A [0, 2] and B [3, 5] on the first video track."""
    tracks = [
        Track("video", "Video 1"),
        Track("video", "Video 2"),
        Track("caption", "Captions"),
        Track("music", "Music"),
    ]
    project = Project(timeline=Timeline(tracks))
    AddClip(
        project, "video", ImageClip(start=0.0, duration=2.0, path="/media/a.png", id="A")
    ).apply()
    AddClip(
        project, "video", ImageClip(start=3.0, duration=2.0, path="/media/b.png", id="B")
    ).apply()
    AddClip(project, "caption", CaptionClip(start=0.0, duration=2.0, text="hello", id="C")).apply()
    return project


@pytest.fixture
def timeline(qtbot, engine):
    return shown_timeline(qtbot, engine)


def shown_timeline(qtbot, engine):
    """A shown TimelineView over make_project() at 60 px/s, with its document and stack."""
    document = ProjectDocument(make_project())
    stack = QUndoStack()
    view = TimelineView(engine, document, stack)
    qtbot.addWidget(view)
    view.resize(1000, 420)
    view.show()
    qtbot.waitExposed(view)
    assert view.pixels_per_second == 60.0
    return view, document, stack


def clip(document, clip_id):
    for index, track in enumerate(document.project.timeline.tracks):
        for c in track.clips:
            if c.id == clip_id:
                return index, c
    raise LookupError(clip_id)


def centre(view, document, clip_id) -> QPointF:
    index, c = clip(document, clip_id)
    return view.clip_rect(index, c).center()


def mouse(view, kind, pos, buttons, button=NO_BUTTON, modifiers=NONE) -> None:
    pos = QPointF(pos)
    event = QMouseEvent(kind, pos, view.mapToGlobal(pos), button, buttons, modifiers)
    QApplication.sendEvent(view, event)


def drag(view, start, end, modifiers=NONE, steps=5, release=True) -> None:
    """Press at start, move there in a few steps, release: as a hand drags."""
    start, end = QPointF(start), QPointF(end)
    mouse(view, QEvent.Type.MouseButtonPress, start, LEFT, LEFT, modifiers)
    for step in range(1, steps + 1):
        mouse(
            view,
            QEvent.Type.MouseMove,
            start + (end - start) * step / steps,
            LEFT,
            NO_BUTTON,
            modifiers,
        )
    if release:
        mouse(view, QEvent.Type.MouseButtonRelease, end, NO_BUTTON, LEFT, modifiers)


def click(view, pos, modifiers=NONE) -> None:
    mouse(view, QEvent.Type.MouseButtonPress, pos, LEFT, LEFT, modifiers)
    mouse(view, QEvent.Type.MouseButtonRelease, pos, NO_BUTTON, LEFT, modifiers)


# -- move, snap, multi-select --------------------------------------------------------------


def test_drag_moves_a_clip_as_one_undo_step_and_the_pixels_follow(timeline):
    view, document, stack = timeline
    a_before = view.grab().toImage()
    start = centre(view, document, "B")
    drag(view, start, start + QPointF(60, 0), ALT)  # one second right, no snapping
    _, b = clip(document, "B")
    assert b.start == pytest.approx(4.0)
    assert stack.count() == 1 and stack.undoText() == "Move clip"

    image = view.grab().toImage()
    y = int(view.clip_rect(0, b).top()) + 5
    new_x = int(view.x_for(4.9))  # inside B now, outside it before
    old_x = int(view.x_for(3.2))  # inside B before, empty lane now
    colour = QColor(CLIP_COLOURS["image"])
    assert image.pixelColor(new_x, y) == colour
    assert a_before.pixelColor(old_x, y) == colour and image.pixelColor(old_x, y) != colour

    stack.undo()
    assert clip(document, "B")[1].start == 3.0


def test_a_drag_snaps_exactly_onto_another_clips_edge_unless_alt_is_held(timeline):
    view, document, stack = timeline
    start = centre(view, document, "B")
    # 57 px left is 0.95 s: B would start at 2.05, 3 px from A's end at 2.0.
    drag(view, start, start - QPointF(57, 0))
    assert clip(document, "B")[1].start == 2.0  # exactly, not 2.0000001
    stack.undo()
    drag(view, start, start - QPointF(57, 0), ALT)
    assert clip(document, "B")[1].start == pytest.approx(2.05)


def test_beats_are_drawn_and_are_snap_targets(timeline):
    view, document, _ = timeline
    view.set_beats([6.5])
    x = int(view.x_for(6.5))
    assert view.grab().toImage().pixelColor(x, 28) != view.grab().toImage().pixelColor(x + 6, 28)
    start = centre(view, document, "B")
    drag(view, start, start + QPointF(3.4 * 60, 0))  # B's start to 6.4 s, its end to 8.4 s
    assert clip(document, "B")[1].start == 6.5


def test_ctrl_click_selects_two_clips_and_one_drag_moves_both_one_undo_reverts(timeline):
    view, document, stack = timeline
    click(view, centre(view, document, "A"))
    click(view, centre(view, document, "B"), CTRL)
    assert view.selected_ids == ["A", "B"]
    drag(view, centre(view, document, "A"), centre(view, document, "A") + QPointF(90, 0), ALT)
    assert clip(document, "A")[1].start == pytest.approx(1.5)
    assert clip(document, "B")[1].start == pytest.approx(4.5)
    assert stack.count() == 1
    stack.undo()
    assert (clip(document, "A")[1].start, clip(document, "B")[1].start) == (0.0, 3.0)
    click(view, centre(view, document, "B"), CTRL)  # Ctrl-click again takes it out
    assert view.selected_ids == ["A"]


def test_rubber_band_on_empty_space_selects_the_clips_it_touches(timeline):
    view, document, _ = timeline
    top = view.lane_rect(0).top()
    caption_row = view.lane_rect(2).center().y()
    # From the empty lane after B, up-left over A, B and the caption.
    drag(view, QPointF(view.x_for(6.0), caption_row), QPointF(view.x_for(1.0), top + 4))
    assert set(view.selected_ids) == {"A", "B", "C"}
    click(view, QPointF(view.x_for(8.0), top + 10))  # a click on empty space clears it
    assert view.selected_ids == []


def test_drag_to_another_lane_of_a_kind_that_holds_the_clip(timeline):
    view, document, _ = timeline
    start = centre(view, document, "B")
    drag(view, start, QPointF(start.x(), view.lane_rect(1).center().y()), ALT)
    assert clip(document, "B")[0] == 1 and clip(document, "B")[1].start == 3.0
    caption = centre(view, document, "C")
    drag(view, caption, QPointF(caption.x() + 30, view.lane_rect(0).center().y()), ALT)
    index, c = clip(document, "C")
    assert index == 2 and c.start == pytest.approx(0.5)  # moved in time, not onto video


def test_escape_cancels_a_drag_and_changes_nothing(timeline, qtbot):
    view, document, stack = timeline
    before = document.project.to_dict()
    start = centre(view, document, "B")
    drag(view, start, start + QPointF(120, 0), release=False)
    assert view.drag.ghost  # the ghost is showing where B would go
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    mouse(view, QEvent.Type.MouseButtonRelease, start + QPointF(120, 0), NO_BUTTON, LEFT)
    assert document.project.to_dict() == before and stack.count() == 0


# -- trim ----------------------------------------------------------------------------------


def test_edges_trim_with_a_resize_cursor(timeline):
    view, document, stack = timeline
    rect = view.clip_rect(*clip(document, "B"))
    right = QPointF(rect.right() - 2, rect.center().y())
    mouse(view, QEvent.Type.MouseMove, right, NO_BUTTON)
    assert view.cursor().shape() == Qt.CursorShape.SizeHorCursor
    drag(view, right, right + QPointF(30, 0), ALT)
    assert clip(document, "B")[1].duration == pytest.approx(2.5)
    rect = view.clip_rect(*clip(document, "A"))
    left = QPointF(rect.left() + 2, rect.center().y())
    drag(view, left, left + QPointF(30, 0), ALT)
    _, a = clip(document, "A")
    assert (a.start, a.end) == (pytest.approx(0.5), pytest.approx(2.0))
    assert [stack.text(i) for i in range(stack.count())] == ["Trim clip", "Trim clip"]


# -- keys: split, delete, ripple, copy/paste, zoom -------------------------------------------


def test_s_splits_the_selection_at_the_playhead_and_undo_joins_it(timeline, qtbot):
    view, document, stack = timeline
    view.set_playhead(1.0)
    click(view, centre(view, document, "A"))
    qtbot.keyClick(view, Qt.Key.Key_S)
    video = document.project.timeline.tracks[0].clips
    assert [(c.start, c.duration) for c in video] == [(0.0, 1.0), (1.0, 1.0), (3.0, 2.0)]
    assert len(document.project.timeline.tracks[2].clips) == 1  # the caption was not selected
    stack.undo()
    view.select(None)
    qtbot.keyClick(view, Qt.Key.Key_S)  # nothing selected: everything under the playhead
    assert len(document.project.timeline.tracks[0].clips) == 3
    assert len(document.project.timeline.tracks[2].clips) == 2


def test_delete_and_shift_delete_ripple(timeline, qtbot):
    view, document, stack = timeline
    click(view, centre(view, document, "A"))
    qtbot.keyClick(view, Qt.Key.Key_Delete, SHIFT)
    video = document.project.timeline.tracks[0].clips
    assert [(c.id, c.start) for c in video] == [("B", 1.0)]  # the 2 s gap closed
    stack.undo()
    click(view, centre(view, document, "A"))
    click(view, centre(view, document, "C"), SHIFT)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert [c.id for c in document.project.timeline.clips()] == ["B"]
    stack.undo()  # both come back in one step
    assert sorted(c.id for c in document.project.timeline.clips()) == ["A", "B", "C"]


def test_copy_cut_and_paste_through_the_clipboard_at_the_playhead(timeline, qtbot):
    view, document, stack = timeline
    click(view, centre(view, document, "A"))
    qtbot.keyClick(view, Qt.Key.Key_C, CTRL)
    view.set_playhead(6.0)
    qtbot.keyClick(view, Qt.Key.Key_V, CTRL)
    video = document.project.timeline.tracks[0].clips
    pasted = video[-1]
    assert (pasted.start, pasted.duration, pasted.path) == (6.0, 2.0, "/media/a.png")
    assert pasted.id not in ("A", "B") and view.selected_ids == [pasted.id]
    assert view.playhead == 8.0  # a second paste goes after the first

    click(view, centre(view, document, "B"))
    qtbot.keyClick(view, Qt.Key.Key_X, CTRL)
    assert "B" not in [c.id for c in document.project.timeline.clips()]
    qtbot.keyClick(view, Qt.Key.Key_V, CTRL)
    assert [c.start for c in document.project.timeline.tracks[0].clips][-1] == 8.0
    count = stack.count()
    QApplication.clipboard().setText("not clips")
    qtbot.keyClick(view, Qt.Key.Key_V, CTRL)
    assert stack.count() == count  # nothing pasted, nothing on the undo stack


def test_zoom_scroll_and_ruler_ticks(timeline):
    view, document, _ = timeline
    view.set_zoom(200.0)  # wider than the view, so there is room to scroll
    view.h_scroll.setValue(500)
    x = view.x_for(4.0)
    pos = QPointF(x, 100)
    wheel = QWheelEvent(
        pos,
        view.mapToGlobal(pos),
        QPoint(),
        QPoint(0, 120),
        NO_BUTTON,
        CTRL,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view, wheel)
    assert view.pixels_per_second > 200.0
    assert view.x_for(4.0) == pytest.approx(x, abs=1.0)  # zoom keeps the time under the mouse
    view.set_zoom(400.0)
    assert view.h_scroll.isVisible() and view.h_scroll.maximum() > 0
    view.h_scroll.setValue(400)
    assert view.time_at(HEADER_WIDTH) == pytest.approx(1.0)
    view.fit_to_window()
    assert view.x_for(document.project.timeline.duration) <= view.lanes_rect.right()
    assert view.scroll_x == 0 and not view.h_scroll.isVisible()
    assert tick_steps(400.0)[0] < tick_steps(60.0)[0] < tick_steps(5.0)[0]


def test_ruler_click_and_drag_move_the_playhead(timeline, qtbot):
    view, document, _ = timeline
    with qtbot.waitSignal(view.sig_playhead_moved) as moved:
        click(view, QPointF(view.x_for(2.5), 10), ALT)
    assert moved.args == [pytest.approx(2.5)]
    drag(view, QPointF(view.x_for(2.5), 10), QPointF(view.x_for(1.97), 10))
    assert view.playhead == 2.0  # snapped to A's end
    qtbot.keyClick(view, Qt.Key.Key_Right)  # one frame on
    assert view.playhead == pytest.approx(2.0 + 1 / document.project.fps)
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.playhead == 0.0
    view.move_playhead(4.0)
    view.select("A")
    document.replace(Project())  # File > New: back to the start, nothing selected
    assert view.playhead == 0.0 and view.selected_ids == []


# -- dropped files ---------------------------------------------------------------


def test_dropping_files_on_a_lane_says_where(timeline, qtbot, tmp_path):
    view, document, _ = timeline
    picture = tmp_path / "drop.png"
    Image.new("RGB", (8, 8)).save(picture)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(picture))])
    pos = QPointF(view.x_for(7.0), view.lane_rect(1).center().y())
    event = QDropEvent(pos, Qt.DropAction.CopyAction, mime, LEFT, NONE)
    with qtbot.waitSignal(view.sig_files_dropped) as dropped:
        view.dropEvent(event)
    paths, seconds, track = dropped.args
    assert paths == [str(picture)] and seconds == pytest.approx(7.0) and track == 1


def test_a_drag_held_at_the_right_edge_scrolls_and_carries_the_clip_along(timeline):
    view, document, _ = timeline
    view.set_zoom(200.0)
    view.h_scroll.setValue(0)
    start = centre(view, document, "A")
    edge = QPointF(view.lanes_rect.right() - 4, start.y())
    drag(view, start, edge, ALT, steps=10)  # the last moves are at the edge
    assert view.scroll_x > 0
    moved = clip(document, "A")[1].start
    assert moved == pytest.approx((edge.x() - start.x() + view.scroll_x) / 200.0, abs=1e-6)
