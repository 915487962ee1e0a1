"""The "Add virtual host…" dialog and the host's controls in the clip properties pane."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from aigc_studio.engine.engine import Engine
from aigc_studio.project.clips import LatentWalkClip
from aigc_studio.project.document import ProjectDocument
from aigc_studio.project.model import AudioClip, Project
from aigc_studio.ui.clip_properties import ClipPropertiesPane
from aigc_studio.ui.host_dialog import VirtualHostDialog
from aigc_studio.ui.timeline_panel import TimelinePanel
from tests.test_virtual_host import RATE, SECONDS, gated_tone

WAIT_MS = 60_000


@pytest.fixture
def setup(qtbot, tmp_path: Path):
    from aigc_studio.media.mix import write_wav

    engine = Engine()
    project = Project(width=72, height=128, fps=20)
    wav = write_wav(tmp_path / "voice.wav", gated_tone(), RATE)
    project.timeline.track("narration").clips.append(
        AudioClip(start=0.5, duration=SECONDS, path=str(wav))
    )
    document = ProjectDocument(project)
    stack = QUndoStack()
    yield engine, document, stack
    assert engine.shutdown(10_000)


def hosts(document: ProjectDocument) -> list[LatentWalkClip]:
    return [
        c
        for c in document.project.timeline.clips()
        if isinstance(c, LatentWalkClip) and c.talk is not None
    ]


def test_dialog_adds_a_host_and_the_pane_changes_its_strength(qtbot, setup) -> None:
    engine, document, stack = setup
    dialog = VirtualHostDialog(engine, document, stack)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.face_combo.count() == 1  # no Explore here: a face from a seed
    dialog.seed_spin.setValue(5)
    dialog.placement_combo.setCurrentIndex(dialog.placement_combo.findData("top-right"))
    dialog.strength_spin.setValue(2.0)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(hosts(document)), timeout=WAIT_MS)
    dialog.wait_for_job()
    host = hosts(document)[0]
    assert document.project.timeline.tracks[0].name == "Host"
    assert host.start == pytest.approx(0.5) and host.duration == pytest.approx(SECONDS)
    assert host.pip == "top-right" and host.talk.strength == 2.0
    envelope = np.asarray(host.talk.envelope)
    assert envelope.max() > 0.8 and envelope[20:25].mean() < 0.2  # loud, then a gap
    assert stack.count() == 1 and not dialog.isVisible()

    pane = ClipPropertiesPane(document, stack)
    qtbot.addWidget(pane)
    pane.show()
    pane.show_clip(host.id)
    assert pane.talk_strength_spin.isVisibleTo(pane)
    assert pane.talk_strength_spin.value() == 2.0
    assert pane.pip_combo.currentData() == "top-right"
    pane.talk_strength_spin.setValue(0.5)
    assert host.talk.strength == 0.5
    pane.pip_combo.setCurrentIndex(pane.pip_combo.findData(""))
    pane.pip_combo.activated.emit(pane.pip_combo.currentIndex())
    assert host.pip == ""
    stack.undo()
    assert host.pip == "top-right"
    stack.undo()
    assert host.talk.strength == 2.0 and pane.talk_strength_spin.value() == 2.0
    stack.undo()
    assert not hosts(document)
    assert [t.name for t in document.project.timeline.tracks][0] != "Host"


def test_an_explore_direction_can_move_the_mouth(qtbot, setup) -> None:
    from aigc_studio.gan.directions import model_directions
    from aigc_studio.gan.generate import FaceGenerator
    from aigc_studio.resources import default_model_path

    engine, document, stack = setup
    dialog = VirtualHostDialog(engine, document, stack)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.direction_combo.setCurrentIndex(dialog.direction_combo.findData(2))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(hosts(document)), timeout=WAIT_MS)
    dialog.wait_for_job()
    talk = hosts(document)[0].talk
    third = model_directions(FaceGenerator(default_model_path()), 12).vectors[2]
    np.testing.assert_allclose(np.asarray(talk.mouth), third / np.linalg.norm(third), atol=1e-5)
    assert abs(float(np.dot(talk.blink, talk.mouth))) < 1e-4


def test_without_narration_the_dialog_says_so(qtbot, setup) -> None:
    engine, _, stack = setup
    document = ProjectDocument(Project())
    dialog = VirtualHostDialog(engine, document, stack)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert "narration" in dialog.status.text() and dialog.job is None
    assert not hosts(document)


def test_timeline_button_opens_the_dialog(qtbot, setup) -> None:
    engine, document, stack = setup
    panel = TimelinePanel(engine, document, stack)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.mouseClick(panel.host_button, Qt.MouseButton.LeftButton)
    assert isinstance(panel.host_dialog, VirtualHostDialog)
    qtbot.waitUntil(panel.host_dialog.isVisible, timeout=5_000)
    panel.host_dialog.reject()
    panel.player.pause()


def test_the_dialog_offers_the_face_on_screen_in_explore(qtbot, studio) -> None:
    panel = studio.timeline
    panel.add_virtual_host()
    dialog = panel.host_dialog
    assert dialog.face_combo.currentData() == "explore"
    latent, model_ref = dialog.explore_face()
    np.testing.assert_array_equal(latent, studio.explore.shown_latent())
    assert model_ref == "builtin:default-faces-64"
    dialog.reject()


def test_a_host_dragged_on_the_timeline_keeps_speaking_in_step(qtbot, setup) -> None:
    """Moving the host through the undo stack (as a drag on the timeline does) leaves its
    mouth on the narration heard at each moment; undo puts it back, nothing recomputed."""
    from aigc_studio.gan.generate import FaceGenerator
    from aigc_studio.gan.talking import MOUTH_BOX
    from aigc_studio.media.envelope import project_narration_envelope
    from aigc_studio.media.narration_envelope import SHARED_ENVELOPES
    from aigc_studio.media.timeline_render import clip_latent, host_narration
    from aigc_studio.project.edit_commands import MoveClips
    from aigc_studio.resources import default_model_path
    from aigc_studio.ui.undo import push_command

    engine, document, stack = setup
    dialog = VirtualHostDialog(engine, document, stack)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(hosts(document)), timeout=WAIT_MS)
    dialog.wait_for_job()
    host = hosts(document)[0]
    render = FaceGenerator(default_model_path()).render
    side = 64
    top, bottom, left, right = (int(round(f * side)) for f in MOUTH_BOX)

    def r_mouth(stored: bool = False) -> float:
        """Correlation of the mouth's change (against the same host at strength 0) with
        the narration's loudness at the frames' timeline times, computed afresh; with
        ``stored``, of the old behaviour (the clip's stored envelope at its own time)."""
        heard = project_narration_envelope(document.project, None)
        narration = None if stored else host_narration(document.project, None)
        times = np.arange(host.start, host.end - 1e-9, 0.05)
        loudness = np.interp(times * 50, np.arange(len(heard)), heard, left=0.0, right=0.0)
        talking = np.stack([clip_latent(host, float(t), narration=narration) for t in times])
        quiet = dataclasses.replace(host, talk=dataclasses.replace(host.talk, strength=0.0))
        rest = np.stack([clip_latent(quiet, float(t), narration=narration) for t in times])
        faces = render(talking.astype(np.float32)).astype(np.float32)
        still = render(rest.astype(np.float32)).astype(np.float32)
        change = np.abs(faces - still)[:, top:bottom, left:right].mean(axis=(1, 2, 3))
        return float(np.corrcoef(change, loudness)[0, 1])

    assert r_mouth() > 0.9
    computed = SHARED_ENVELOPES.computations
    push_command(stack, document, MoveClips(document.project, [(host.id, 0.75, None)]))
    assert host.start == pytest.approx(0.75)
    r_moved, r_old = r_mouth(), r_mouth(stored=True)
    stack.undo()
    assert host.start == pytest.approx(0.5)
    r_undone = r_mouth()
    print(f"host dragged 0.25 s: r = {r_moved:.3f} (stored: {r_old:.3f}); undo {r_undone:.3f}")
    assert r_moved > 0.9 and r_undone > 0.9 and r_old < 0.4
    assert SHARED_ENVELOPES.computations == computed
