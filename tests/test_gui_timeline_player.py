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


def test_j_k_l_step_back_stop_and_play(qtbot, engine):
    project = Project()
    AddClip(project, "caption", CaptionClip(start=0.0, duration=4.0, text="hi")).apply()
    panel = TimelinePanel(engine, ProjectDocument(project), QUndoStack())
    qtbot.addWidget(panel)
    panel.show()
    player, view = panel.player, panel.view
    qtbot.waitUntil(lambda: player.screen._image is not None, timeout=30_000)
    view.move_playhead(2.5)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_J)  # a second back, paused
    assert player.position() == pytest.approx(1.5) and view.playhead == pytest.approx(1.5)
    qtbot.keyClick(view, Qt.Key.Key_L)
    assert player.is_playing()
    qtbot.keyClick(view, Qt.Key.Key_K)
    assert not player.is_playing()
