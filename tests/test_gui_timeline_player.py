"""The preview player at the top of the Timeline: one playhead for both, Space plays."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from aigc_studio.project.commands import AddClip
from aigc_studio.project.document import ProjectDocument
from aigc_studio.project.model import CaptionClip, Project
from aigc_studio.ui.timeline_panel import TimelinePanel
from tests.test_gui_timeline_edit import running_engine


@pytest.fixture
def engine(qtbot):
    yield from running_engine()


def test_player_and_tracks_share_one_playhead_and_space_plays(qtbot, engine):
    project = Project()
    AddClip(project, "caption", CaptionClip(start=0.0, duration=3.0, text="hi")).apply()
    document = ProjectDocument(project)
    panel = TimelinePanel(engine, document, QUndoStack())
    qtbot.addWidget(panel)
    panel.resize(1100, 800)
    panel.show()
    player, view = panel.player, panel.view
    # The first frame on screen: the player's worker is up (it loads torch as it starts).
    qtbot.waitUntil(lambda: player.screen._image is not None, timeout=30_000)
    view.move_playhead(1.0)  # the ruler moved: the player shows 1.0 s
    assert player.position() == pytest.approx(1.0)
    player.step(1)  # the player moved: the ruler follows
    assert view.playhead == pytest.approx(1.0 + 1 / project.fps)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert player.is_playing()
    qtbot.waitUntil(lambda: view.playhead > 1.2, timeout=5_000)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert not player.is_playing()


def shown_panel(qtbot, engine, seconds: float, playhead: float):
    """A shown Timeline over a ``seconds``-long project, its first frame drawn, the
    playhead at ``playhead`` and the keyboard on the tracks."""
    project = Project()
    AddClip(project, "caption", CaptionClip(start=0.0, duration=seconds, text="hi")).apply()
    panel = TimelinePanel(engine, ProjectDocument(project), QUndoStack())
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.player.screen._image is not None, timeout=30_000)
    panel.view.move_playhead(playhead)
    panel.view.setFocus()
    return project, panel.player, panel.view


def test_j_plays_backwards_l_forwards_again_faster_and_k_stops(qtbot, engine):
    project, player, view = shown_panel(qtbot, engine, seconds=4.0, playhead=2.5)
    qtbot.keyClick(view, Qt.Key.Key_J)  # backwards at 1×: the playhead runs down
    assert player.is_playing() and player.rate() == -1.0
    assert "◀ 1×" in player.time_label.text()
    qtbot.waitUntil(lambda: view.playhead < 2.3, timeout=5_000)
    # The frame on screen follows it back (an earlier frame than the one at 2.5 s).
    qtbot.waitUntil(lambda: player._shown[1] < frame_at_seconds(2.3, project), timeout=5_000)
    qtbot.keyClick(view, Qt.Key.Key_J)  # again: twice as fast
    assert player.rate() == -2.0 and "◀◀ 2×" in player.time_label.text()
    qtbot.keyClick(view, Qt.Key.Key_L)  # the other way: forwards at 1×, the playhead climbs
    assert player.rate() == 1.0
    turned_at = view.playhead
    qtbot.waitUntil(lambda: view.playhead > turned_at + 0.1, timeout=5_000)
    qtbot.keyClick(view, Qt.Key.Key_L)
    assert player.rate() == 2.0
    qtbot.keyClick(view, Qt.Key.Key_K)
    assert not player.is_playing() and "×" not in player.time_label.text()
    stopped_at = view.playhead
    qtbot.wait(100)
    assert view.playhead == stopped_at


def test_playing_backwards_stops_at_the_start(qtbot, engine):
    _project, player, view = shown_panel(qtbot, engine, seconds=2.0, playhead=0.2)
    qtbot.keyClick(view, Qt.Key.Key_J)
    qtbot.waitUntil(lambda: not player.is_playing(), timeout=5_000)
    assert view.playhead == 0.0 and player.position() == 0.0
    qtbot.keyClick(view, Qt.Key.Key_J)  # at the start there is nothing to play back
    assert not player.is_playing()


def frame_at_seconds(seconds: float, project: Project) -> int:
    return int(seconds * project.fps)
