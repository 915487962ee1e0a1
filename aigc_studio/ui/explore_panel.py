"""Explore: a live face preview driven by latent sliders, keyframes and latent walks.

The panel only keeps the current latent (numpy) and, for a conditional model, the class of
each label, and posts them to the engine's preview renderer; faces come back through
sig_rendered. Nothing here imports torch.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from aigc_studio.engine.engine import Engine
from aigc_studio.engine.preview import ModelInfo
from aigc_studio.gan.latent import LatentSliders
from aigc_studio.project.commands import AddClip
from aigc_studio.project.document import ProjectDocument
from aigc_studio.project.model import BUILTIN_MODEL_PREFIX, LatentWalkClip
from aigc_studio.resources import default_model_path, resources_dir
from aigc_studio.ui.images import array_to_pixmap
from aigc_studio.ui.undo import push_command
from aigc_studio.ui.widgets import button, format_seconds, hint, panel_header

if TYPE_CHECKING:
    from aigc_studio.gan.originality import NearestTraining  # torch stays out of the GUI

SLIDER_COUNT = 12
SLIDER_RANGE = 3.0  # slider coordinates run from -3 to 3 (a standard normal's bulk)
SLIDER_STEPS = 100  # integer slider ticks per unit
PREVIEW_SIDE = 384  # the 32..128 px face is scaled up to this
THUMB_SIDE = 72
MAX_SEED = 2**31 - 1
KEYFRAME_THUMBS = "explore-keyframes"  # first item of this panel's thumbnail keys


def label_title(name: str) -> str:
    """A labels.csv column as the UI names it: "eye_color" -> "Eye color"."""
    words = name.replace("_", " ").strip()
    return words[:1].upper() + words[1:]


def model_ref_for(path: Path) -> str:
    """A shipped model is referred to by name, any other by its absolute path."""
    path = path.resolve()
    if path.parent == (resources_dir() / "models").resolve():
        return BUILTIN_MODEL_PREFIX + path.stem
    return str(path)


class _Keyframe:
    """One keyframe slot: its latent, its thumbnail, and the render it waits for."""

    def __init__(self, label: QLabel) -> None:
        self.label = label
        self.latent: np.ndarray | None = None
        self.waiting_for: int | None = None  # request id whose image becomes the thumbnail

    def clear(self) -> None:
        self.latent, self.waiting_for = None, None
        self.label.clear()
        self.label.setText("—")


class ExplorePanel(QWidget):
    sig_status = Signal(str)
    """A short message for the status bar."""
    sig_model_changed = Signal(object)
    """The loaded model changed; carries its ModelInfo."""

    def __init__(self, engine: Engine, document: ProjectDocument, undo_stack, parent=None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.document = document
        self.undo_stack = undo_stack
        self.model: ModelInfo | None = None
        self.latent: np.ndarray | None = None  # the face on screen (or about to be)
        self.labels: tuple[int, ...] = ()  # class of each label of a conditional model
        self.class_combos: list[QComboBox] = []
        # The newest keyframe redraw asked for: its number and the latents it draws.
        self._keyframe_thumbs: tuple[int, dict[str, np.ndarray]] = (0, {})
        self._directions: LatentSliders | None = None
        self._latest_request = 0  # id of the newest request posted
        self._latest_seed_request = 0
        self._shown_request = 0  # id of the image on screen
        self._shown_image: np.ndarray | None = None
        self._updating_sliders = False  # set while code, not the user, moves sliders
        self._build()
        preview = engine.preview
        preview.sig_model_loaded.connect(self._on_model_loaded)
        preview.sig_model_failed.connect(self._on_model_failed)
        preview.sig_seed_latent.connect(self._on_seed_latent)
        preview.sig_rendered.connect(self._on_rendered)
        preview.sig_originality.connect(self._on_originality)
        preview.sig_thumbnail.connect(self._on_keyframe_thumbnails)
        preview.sig_failed.connect(self.sig_status)

    # -- layout -----------------------------------------------------------------------

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(28, 22, 28, 22)
        root.addWidget(
            panel_header(
                "Explore",
                "Drag the sliders to move through the model's latent space; set two keyframes "
                "and add the walk between them to your video.",
            )
        )
        body = QHBoxLayout()
        body.setSpacing(24)
        root.addLayout(body, 1)

        left = QVBoxLayout()
        left.setSpacing(10)
        self.preview = QLabel("Loading model…")
        self.preview.setObjectName("preview")
        self.preview.setFixedSize(PREVIEW_SIDE, PREVIEW_SIDE)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setToolTip("The face for the current latent, rendered live")
        left.addWidget(self.preview)
        self.model_label = QLabel("")
        self.model_label.setObjectName("hint")
        self.model_label.setWordWrap(True)
        self.model_label.setMaximumWidth(PREVIEW_SIDE)
        left.addWidget(self.model_label)
        self.originality_label = QLabel()
        self.originality_label.setObjectName("warning")
        self.originality_label.setWordWrap(True)
        self.originality_label.setMaximumWidth(PREVIEW_SIDE)
        self.originality_label.hide()
        left.addWidget(self.originality_label)

        seed_row = QHBoxLayout()
        seed_row.addWidget(QLabel("Seed"))
        self.seed_spin = QSpinBox()
        self.seed_spin.setRange(0, MAX_SEED)
        self.seed_spin.setToolTip("The same seed always gives the same face (as the CLI does)")
        self.seed_spin.setStatusTip(self.seed_spin.toolTip())
        self.seed_spin.valueChanged.connect(self._render_seed)
        seed_row.addWidget(self.seed_spin, 1)
        self.random_button = button("Random", "Pick a new random seed and jump to its face")
        self.random_button.clicked.connect(self.randomize)
        seed_row.addWidget(self.random_button)
        self.load_button = button("Load model…", "Open a .safetensors model file")
        self.load_button.clicked.connect(self._choose_model)
        seed_row.addWidget(self.load_button)
        left.addLayout(seed_row)
        left.addStretch(1)
        body.addLayout(left)

        right = QVBoxLayout()
        right.setSpacing(12)
        body.addLayout(right, 1)
        # One combo per label of a conditional model, filled when such a model loads.
        self.class_box = QGroupBox("Class")
        self.class_box.setToolTip("This model was trained with labels: pick the class to draw")
        self.class_form = QFormLayout(self.class_box)
        self.class_box.hide()
        right.addWidget(self.class_box)
        sliders_box = QGroupBox("Latent directions")
        grid = QGridLayout(sliders_box)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        self.sliders: list[QSlider] = []
        self._value_labels: list[QLabel] = []
        limit = int(SLIDER_RANGE * SLIDER_STEPS)
        for index in range(SLIDER_COUNT):
            name = QLabel(f"Direction {index + 1}")
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setRange(-limit, limit)
            slider.setSingleStep(5)
            slider.setPageStep(50)
            slider.setToolTip("Move the face along this direction (-3 to 3)")
            slider.setStatusTip("Drag to change the face live")
            slider.valueChanged.connect(self._on_slider_moved)
            value = QLabel("0.00")
            value.setObjectName("hint")
            value.setMinimumWidth(40)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(name, index, 0)
            grid.addWidget(slider, index, 1)
            grid.addWidget(value, index, 2)
            self.sliders.append(slider)
            self._value_labels.append(value)
        grid.setColumnStretch(1, 1)
        right.addWidget(sliders_box)

        walk_box = QGroupBox("Latent walk")
        walk = QGridLayout(walk_box)
        walk.setHorizontalSpacing(12)
        self.keyframes: dict[str, _Keyframe] = {}
        self.keyframe_buttons: dict[str, QPushButton] = {}
        for column, name in enumerate(("A", "B")):
            thumb = QLabel("—")
            thumb.setObjectName("thumbnail")
            thumb.setFixedSize(THUMB_SIDE, THUMB_SIDE)
            thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
            set_button = button(
                f"Set keyframe {name}", f"Use the current face as keyframe {name} of the walk"
            )
            set_button.clicked.connect(lambda _=False, n=name: self.set_keyframe(n))
            walk.addWidget(thumb, 0, column, Qt.AlignmentFlag.AlignHCenter)
            walk.addWidget(set_button, 1, column)
            self.keyframes[name] = _Keyframe(thumb)
            self.keyframe_buttons[name] = set_button
        options = QVBoxLayout()
        duration_row = QHBoxLayout()
        duration_row.addWidget(QLabel("Duration"))
        self.duration_spin = QDoubleSpinBox()
        self.duration_spin.setRange(0.5, 60.0)
        self.duration_spin.setDecimals(1)
        self.duration_spin.setSingleStep(0.5)
        self.duration_spin.setValue(4.0)
        self.duration_spin.setSuffix(" s")
        self.duration_spin.setToolTip("How long the walk from A to B lasts in the video")
        duration_row.addWidget(self.duration_spin)
        options.addLayout(duration_row)
        self.add_walk_button = button(
            "Add walk to timeline", "Append a clip morphing from A to B to the video track", True
        )
        self.add_walk_button.setEnabled(False)
        self.add_walk_button.clicked.connect(self.add_walk)
        options.addWidget(self.add_walk_button)
        walk.addLayout(options, 0, 2, 2, 1)
        walk.setColumnStretch(2, 1)
        right.addWidget(walk_box)
        right.addWidget(hint("Tip: the walk uses spherical interpolation, so faces stay sharp."))
        right.addStretch(1)

    # -- model ------------------------------------------------------------------------

    def load_default_model(self) -> None:
        self.load_model(default_model_path())

    def load_model(self, path: str | Path) -> None:
        """Load a model into the explorer (in the engine's preview thread)."""
        self.preview.setText("Loading model…")
        self.model_label.setText(f"Loading {Path(path).name}…")
        self.engine.preview.load_model(path)

    def _choose_model(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Load model", str(Path.home()), "Models (*.safetensors)"
        )
        if path:
            self.load_model(path)

    def _on_model_loaded(self, info: ModelInfo) -> None:
        self.model = info
        self._show_class_choice(info)
        self._directions = LatentSliders(info.latent_dim, min(SLIDER_COUNT, info.latent_dim))
        for index, slider in enumerate(self.sliders):
            slider.setEnabled(index < self._directions.count)
        for keyframe in self.keyframes.values():
            keyframe.clear()  # keyframes of another model mean nothing to this one
        self._keyframe_thumbs = (self._keyframe_thumbs[0] + 1, {})  # old replies are void
        self._update_walk_button()
        self.originality_label.hide()
        trained = f"step {info.step}" if info.step else "untrained"
        source = f" · {info.dataset}" if info.dataset else ""
        self.model_label.setText(f"{info.path.name} · {info.resolution} px · {trained}{source}")
        self.sig_model_changed.emit(info)
        self.sig_status.emit(f"Loaded model {info.path.name}")
        if info.conditional:
            # The renderer starts a model at its first classes too, but a class picked for
            # the old model while this one loaded may have reached it since.
            self.engine.preview.set_labels(self.labels)
        self._render_seed(self.seed_spin.value())

    def _show_class_choice(self, info: ModelInfo) -> None:
        """One combo per label, at the first class the renderer starts in after a load."""
        while self.class_form.rowCount():
            self.class_form.removeRow(0)
        self.class_combos = []
        self.labels = (0,) * len(info.label_classes)
        for name, count in zip(info.label_names, info.label_classes, strict=True):
            combo = QComboBox()
            combo.setObjectName(f"class-{name}")
            combo.addItems([f"Class {k}" for k in range(count)])
            combo.setToolTip(f"Which {label_title(name).lower()} class the faces are drawn in")
            combo.setStatusTip(combo.toolTip())
            combo.currentIndexChanged.connect(self._on_class_chosen)
            self.class_form.addRow(label_title(name), combo)
            self.class_combos.append(combo)
        self.class_box.setVisible(info.conditional)

    def _on_model_failed(self, message: str) -> None:
        self.preview.setText("No model")
        self.model_label.setText(message)
        self.sig_status.emit(message)

    # -- latents ----------------------------------------------------------------------

    def randomize(self) -> None:
        """A new random seed: new latent, the sliders jump to its coordinates."""
        seed = random.randrange(MAX_SEED)
        while seed == self.seed_spin.value():
            seed = random.randrange(MAX_SEED)
        self.seed_spin.setValue(seed)  # valueChanged renders it

    def _render_seed(self, seed: int) -> None:
        if self.model is None:
            return
        self._latest_seed_request = self._latest_request = self.engine.preview.render_seed(seed)

    def _on_seed_latent(self, request_id: int, seed: int, latent: np.ndarray) -> None:
        if request_id != self._latest_seed_request:
            return
        self.latent = np.asarray(latent, dtype=np.float32)
        self._show_slider_values()

    def _show_slider_values(self) -> None:
        """Move the sliders to the current latent's coordinates without re-rendering."""
        if self._directions is None or self.latent is None:
            return
        values = self._directions.values_from_latent(self.latent)
        self._updating_sliders = True
        try:
            for index, value in enumerate(values):
                self.sliders[index].setValue(int(round(value * SLIDER_STEPS)))
                self._value_labels[index].setText(f"{value:+.2f}")
        finally:
            self._updating_sliders = False

    def _on_slider_moved(self, _value: int) -> None:
        if self._updating_sliders or self._directions is None or self.latent is None:
            return
        index = self.sliders.index(self.sender())
        # Only the dragged coordinate changes: the others keep their exact values even
        # when they lie outside the sliders' -3..3 range.
        values = self._directions.values_from_latent(self.latent)
        values[index] = self.sliders[index].value() / SLIDER_STEPS
        self._value_labels[index].setText(f"{values[index]:+.2f}")
        self.latent = self._directions.apply(self.latent, values)
        self._latest_request = self.engine.preview.render_latent(self.latent)

    def set_labels(self, labels: tuple[int, ...] | list[int]) -> None:
        """Draw the faces in these classes (one per label), as choosing them in the combos does."""
        for combo, value in zip(self.class_combos, labels, strict=True):
            combo.setCurrentIndex(int(value))  # currentIndexChanged re-renders

    def _on_class_chosen(self, _index: int) -> None:
        labels = tuple(combo.currentIndex() for combo in self.class_combos)
        if labels == self.labels or self.model is None:
            return
        # Like the sliders, a class is a view setting, not an edit: it is not on the undo
        # stack. The latent stays; the same face is redrawn in the new class.
        self.labels = labels
        self._latest_request = self.engine.preview.set_labels(labels)
        self._refresh_keyframe_thumbnails()

    def _refresh_keyframe_thumbnails(self) -> None:
        """Redraw the keyframes in the current classes: the walk is rendered in them."""
        latents = {n: k.latent for n, k in self.keyframes.items() if k.latent is not None}
        if not latents or self.model is None:
            return
        number = self._keyframe_thumbs[0] + 1
        self._keyframe_thumbs = (number, latents)
        self.engine.preview.render_thumbnail(
            (KEYFRAME_THUMBS, number),
            str(self.model.path),
            None,
            np.stack(list(latents.values())),
            self.labels or None,
        )

    def _on_keyframe_thumbnails(self, key, images: np.ndarray) -> None:
        if not (isinstance(key, tuple) and key and key[0] == KEYFRAME_THUMBS):
            return
        number, latents = self._keyframe_thumbs
        if key[1] != number:
            return  # the classes changed again since; a newer redraw follows
        for (name, latent), image in zip(latents.items(), images, strict=True):
            keyframe = self.keyframes[name]
            if keyframe.latent is latent and keyframe.waiting_for is None:  # not set anew
                keyframe.label.setPixmap(array_to_pixmap(image, THUMB_SIDE, smooth=True))

    def _on_rendered(self, request_id: int, image: np.ndarray) -> None:
        if request_id < self._shown_request:
            return
        self._shown_request = request_id
        self._shown_image = image
        self.originality_label.hide()  # it spoke of the previous face; this one's check follows
        self.preview.setPixmap(array_to_pixmap(image, PREVIEW_SIDE, smooth=True))
        for keyframe in self.keyframes.values():
            if keyframe.waiting_for is not None and request_id >= keyframe.waiting_for:
                keyframe.waiting_for = None
                keyframe.label.setPixmap(array_to_pixmap(image, THUMB_SIDE, smooth=True))

    def _on_originality(self, request_id: int, nearest: NearestTraining) -> None:
        if request_id != self._shown_request:
            return  # a check of a face no longer on screen
        if not nearest.near_copy:
            self.originality_label.hide()
            return
        self.originality_label.setText(nearest.warning())
        self.originality_label.setToolTip(
            f"In the quality metric's feature space this face is closer to a training image "
            f"than {nearest.threshold:.2f}, nearer than 99% of the training images are to "
            "each other. Check it against the original before you publish."
        )
        self.originality_label.show()

    def preview_image(self) -> QImage:
        """What the user sees in the preview (for tests and screenshots)."""
        return self.preview.pixmap().toImage()

    # -- keyframes and walks ----------------------------------------------------------

    def set_keyframe(self, name: str) -> None:
        if self.latent is None:
            return
        keyframe = self.keyframes[name]
        keyframe.latent = self.latent.copy()
        if self._shown_request == self._latest_request and self._shown_image is not None:
            keyframe.label.setPixmap(array_to_pixmap(self._shown_image, THUMB_SIDE, smooth=True))
        else:  # the face for this latent is still rendering
            keyframe.waiting_for = self._latest_request
        self._update_walk_button()
        self.sig_status.emit(f"Keyframe {name} set")

    def _update_walk_button(self) -> None:
        ready = all(k.latent is not None for k in self.keyframes.values())
        self.add_walk_button.setEnabled(ready and self.model is not None)

    def add_walk(self) -> None:
        """Append an A→B latent walk to the end of the video track (undoable)."""
        a, b = self.keyframes["A"].latent, self.keyframes["B"].latent
        if a is None or b is None or self.model is None:
            return
        project = self.document.project
        start = max((t.end for t in project.timeline.tracks if t.kind == "video"), default=0.0)
        clip = LatentWalkClip(
            start=start,
            duration=float(self.duration_spin.value()),
            keyframes=[a.tolist(), b.tolist()],
            model=model_ref_for(self.model.path),
            labels=list(self.labels),
        )
        push_command(self.undo_stack, self.document, AddClip(project, "video", clip))
        self.sig_status.emit(
            f"Added a {clip.duration:g} s walk at {format_seconds(start)} on the video track"
        )
