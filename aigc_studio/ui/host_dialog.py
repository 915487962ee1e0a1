"""The "Add virtual host…" dialog: a face that speaks the project's narration.

The creator picks the face (the one on screen in Explore, or a seed), full frame or a
picture-in-picture corner, and how strongly the mouth moves. Fitting the talk directions
and reading the narration's loudness run in an engine job; the host clip is then added as
one undoable step (project/host_commands.py).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QSpinBox,
    QVBoxLayout,
)

from aigc_studio.engine.engine import Engine
from aigc_studio.engine.jobs import Job
from aigc_studio.project.clips import DEFAULT_MODEL_REF, MAX_TALK_STRENGTH, PIP_CORNERS
from aigc_studio.project.document import ProjectDocument
from aigc_studio.project.host_commands import add_virtual_host_command, narration_span
from aigc_studio.project.model import Project
from aigc_studio.ui.i18n import tr
from aigc_studio.ui.model_refs import model_path_for, model_ref_for
from aigc_studio.ui.undo import push_command
from aigc_studio.ui.widgets import hint

ENVELOPE_FPS = 50  # loudness values a second: finer than any video frame rate
FIT_SAMPLES = 512  # faces sampled to find the talk directions (about a second on a CPU)
FROM_EXPLORE = "explore"  # face choice: the latent on screen in Explore
FROM_SEED = "seed"  # face choice: a face from a seed of the default model
FITTED = -1  # mouth direction choice: fitted on faces sampled around the host's face
EXPLORE_DIRECTIONS = 8  # the explorer's first sliders offered as a mouth direction


def placements() -> tuple[tuple[str, str], ...]:
    """(value, what the Placement menu says): full frame, then each corner of PIP_CORNERS."""
    corners = {
        "top-left": tr("Picture-in-picture, top left"),
        "top-right": tr("Picture-in-picture, top right"),
        "bottom-left": tr("Picture-in-picture, bottom left"),
        "bottom-right": tr("Picture-in-picture, bottom right"),
    }
    return (("", tr("Full frame")),) + tuple(
        (corner, corners.get(corner, corner)) for corner in PIP_CORNERS
    )


@dataclass(frozen=True)
class HostRequest:
    """What the job needs, copied on the GUI thread so the worker never reads live state."""

    project: Project  # a copy of the project (its narration)
    media_root: Path | None  # the project folder its media paths are relative to
    model_ref: str  # the face's model as a clip names it
    model_path: Path  # that model's file
    latent: np.ndarray | None  # the face; None: from ``seed``
    seed: int  # the face's seed when there is no latent
    direction: int = FITTED  # the mouth direction: FITTED, or the explorer's slider k


def host_job(request: HostRequest):
    """The engine job: (face latent, talk directions, narration envelope). The envelope
    is only stored on the clip as a fallback: the host's mouth follows the narration on
    the timeline as it lies when each frame is drawn (media/narration_envelope.py)."""

    def run(reporter):
        from aigc_studio.gan.directions import model_directions
        from aigc_studio.gan.generate import FaceGenerator
        from aigc_studio.gan.talking import fit_talk_directions, with_mouth
        from aigc_studio.media.envelope import project_narration_envelope

        generator = None
        latent = request.latent
        if latent is None:
            generator = FaceGenerator(request.model_path)
            latent = generator.random_latents(request.seed, 1)[0]
        directions = fit_talk_directions(
            request.model_path, FIT_SAMPLES, 0, reporter, base_latent=latent
        )
        if request.direction != FITTED:  # one of the explorer's directions moves the mouth
            generator = generator or FaceGenerator(request.model_path)
            sliders = model_directions(generator, max(12, request.direction + 1))
            directions = with_mouth(directions, sliders.vectors[request.direction])
        reporter.progress(0.95, tr("Listening to the narration…"))
        envelope = project_narration_envelope(request.project, request.media_root, ENVELOPE_FPS)
        return latent, directions, envelope

    return run


class VirtualHostDialog(QDialog):
    """Choose a face and where it sits, then add it as a host speaking the narration."""

    def __init__(
        self, engine: Engine, document: ProjectDocument, undo_stack, explore=None, parent=None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Add virtual host"))
        self.engine = engine
        self.document = document
        self.undo_stack = undo_stack
        self.explore = explore  # the Explore panel when the window has one (its face)
        self.job: Job | None = None
        root = QVBoxLayout(self)
        root.addWidget(
            hint(
                tr(
                    "A face from the model speaks the narration: its mouth follows the voice's "
                    "loudness, it blinks and sways a little."
                )
            )
        )
        root.addWidget(
            hint(
                tr(
                    "Move or trim the host and the narration on the timeline as you like "
                    "afterwards: the mouth keeps to the voice heard at each moment."
                )
            )
        )
        form = QFormLayout()
        self.face_combo = QComboBox()
        if self.explore_face() is not None:
            self.face_combo.addItem(tr("The face in Explore"), FROM_EXPLORE)
        self.face_combo.addItem(tr("A face from a seed"), FROM_SEED)
        self.seed_spin = QSpinBox()
        self.seed_spin.setRange(0, 2**31 - 1)
        self.seed_spin.setValue(1)
        self.placement_combo = QComboBox()
        for value, label in placements():
            self.placement_combo.addItem(label, value)
        self.direction_combo = QComboBox()
        self.direction_combo.addItem(tr("Fitted to the face (recommended)"), FITTED)
        for k in range(EXPLORE_DIRECTIONS):
            self.direction_combo.addItem(tr("Explore direction {number}").format(number=k + 1), k)
        self.direction_combo.setToolTip(
            tr(
                "What moves the mouth: a direction fitted on faces like this one, or one of "
                "the explorer's sliders (as listed in Explore for this model)"
            )
        )
        self.strength_spin = QDoubleSpinBox()
        self.strength_spin.setRange(0.0, MAX_TALK_STRENGTH)
        self.strength_spin.setSingleStep(0.1)
        self.strength_spin.setValue(1.5)
        self.strength_spin.setToolTip(tr("How far the mouth moves on the loudest sound (0: still)"))
        form.addRow(tr("Face"), self.face_combo)
        form.addRow(tr("Seed"), self.seed_spin)
        form.addRow(tr("Placement"), self.placement_combo)
        form.addRow(tr("Mouth direction"), self.direction_combo)
        form.addRow(tr("Mouth strength"), self.strength_spin)
        root.addLayout(form)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setVisible(False)
        root.addWidget(self.progress)
        self.status = QLabel()
        self.status.setWordWrap(True)
        root.addWidget(self.status)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.add_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.add_button.setText(tr("Add host"))
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        root.addWidget(buttons)
        self.face_combo.currentIndexChanged.connect(self._face_changed)
        self._face_changed()

    def explore_face(self) -> tuple[np.ndarray, str] | None:
        """(latent, model reference) of the face on screen in Explore, when it can talk."""
        explore = self.explore
        shown = getattr(explore, "shown_latent", None)  # truncated as it is drawn
        latent = shown() if callable(shown) else getattr(explore, "latent", None)
        model = getattr(explore, "model", None)
        if latent is None or model is None or getattr(explore, "labels", ()):
            return None  # a conditional model's classes are not part of a host (yet)
        return np.asarray(latent, dtype=np.float32).copy(), model_ref_for(Path(model.path))

    def _face_changed(self) -> None:
        self.seed_spin.setEnabled(self.face_combo.currentData() == FROM_SEED)

    def start(self) -> None:
        """Check the project has narration, then fit and listen in an engine job."""
        if self.job is not None:
            return
        project = self.document.project
        try:
            narration_span(project)
        except ValueError as error:
            self.status.setText(str(error))
            return
        latent, model_ref = None, DEFAULT_MODEL_REF
        face = self.explore_face() if self.face_combo.currentData() == FROM_EXPLORE else None
        if face is not None:
            latent, model_ref = face
        try:
            model_path = model_path_for(model_ref, self.document.path)
        except ValueError as error:
            self.status.setText(str(error))
            return
        request = HostRequest(
            copy.deepcopy(project),
            self.document.path,
            model_ref,
            model_path,
            latent,
            self.seed_spin.value(),
            self.direction_combo.currentData(),
        )
        self.add_button.setEnabled(False)
        self.progress.setVisible(True)
        self.status.setText(tr("Finding the mouth in the model's faces…"))
        self.job = self.engine.start_job(tr("Virtual host"), host_job(request))
        self.job.sig_progress.connect(self._on_progress)
        self.job.sig_finished.connect(lambda result: self._on_finished(request, result))
        self.job.sig_failed.connect(self._on_failed)
        self.job.sig_cancelled.connect(lambda: self._on_failed(tr("Cancelled.")))

    def _on_progress(self, fraction: float, message: str) -> None:
        self.progress.setValue(int(fraction * 1000))
        if message:
            self.status.setText(message)

    def _on_finished(self, request: HostRequest, result) -> None:
        self.job = None
        latent, directions, envelope = result
        try:
            command = add_virtual_host_command(
                self.document.project,
                request.model_ref,
                latent,
                directions,
                envelope,
                ENVELOPE_FPS,
                pip=self.placement_combo.currentData(),
                strength=self.strength_spin.value(),
            )
            push_command(self.undo_stack, self.document, command)
        except ValueError as error:
            self._on_failed(str(error))
            return
        self.progress.setVisible(False)
        self.accept()

    def _on_failed(self, message: str) -> None:
        self.job = None
        self.progress.setVisible(False)
        self.add_button.setEnabled(True)
        self.status.setText(message)

    def reject(self) -> None:
        if self.job is not None:
            self.job.cancel()
        super().reject()

    def wait_for_job(self, timeout_ms: int = 30_000) -> None:
        """Block until a running job ends (tests, and closing the window)."""
        if self.job is not None:
            self.job.wait(timeout_ms)
