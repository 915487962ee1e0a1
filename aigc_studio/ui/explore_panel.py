"""Explore: a live face preview driven by latent sliders, grids and blends, and latent walks.

The panel keeps the current face as plain numbers (the untruncated latent, the truncation
psi, the seed it started from and, for a conditional model, the class of each label) and
posts what to draw to the engine's preview renderer; faces come back through sig_rendered,
grids of 16 through sig_grid. Nothing here imports torch: the only maths on the GUI thread
is numpy on a handful of 100-value vectors (gan/latent_moves.py).

Every move of the face (a slider, Random, a grid pick, a blend, a class, the truncation) is
one step of the explorer's own history (Back/Forward, Ctrl+Z/Ctrl+Shift+Z while the area
has focus), apart from the window's undo stack of project edits.

The Walk tab holds the walk editor (ui/walk_editor.py), which builds latent walks from the
faces found here ("+ Keyframe" beside the tabs adds one from any tab). While it previews a
walk, the walk's frames borrow the big preview; they are drawn but never become the
explorer's face, its history or the image a favourite is saved from, and the explorer's own
face comes back when the preview stops.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QImage, QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QSlider,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from aigc_studio.engine.engine import Engine
from aigc_studio.engine.preview import ModelInfo
from aigc_studio.gan.favourites import Favourite, save_favourite
from aigc_studio.gan.latent import LatentSliders
from aigc_studio.gan.latent_moves import blend, mutations, truncate
from aigc_studio.gan.slider_settings import (
    SliderSettings,
    load_slider_settings,
    save_slider_settings,
)
from aigc_studio.project.document import ProjectDocument
from aigc_studio.project.model import LatentWalkClip
from aigc_studio.project.storage import ProjectError
from aigc_studio.resources import default_model_path
from aigc_studio.ui.explore_blend import BlendBox
from aigc_studio.ui.explore_face_column import MAX_SEED, PREVIEW_SIDE, PSI_STEPS, FaceColumn
from aigc_studio.ui.explore_grid import ChildrenTab, GridFaces, RandomFacesTab
from aigc_studio.ui.explore_history import ExploreMove, ExploreState, history_key
from aigc_studio.ui.explore_slider_dialog import SliderSettingsDialog
from aigc_studio.ui.explore_sliders import SliderBoard, latent_sliders_for, slider_settings_dir
from aigc_studio.ui.i18n import tr
from aigc_studio.ui.images import array_to_pixmap
from aigc_studio.ui.model_refs import model_path_for, model_ref_for
from aigc_studio.ui.walk_editor import WalkEditor
from aigc_studio.ui.widgets import button, hint, panel_header

if TYPE_CHECKING:
    from collections.abc import Callable

    from aigc_studio.gan.originality import NearestTraining  # torch stays out of the GUI

RANDOM_GRID = "explore-random"  # grid names in the preview worker's grid slots
CHILDREN_GRID = "explore-children"
GRID_FACES = 16


def label_title(name: str) -> str:
    """A labels.csv column as the UI names it: "eye_color" -> "Eye color"."""
    words = name.replace("_", " ").strip()
    return words[:1].upper() + words[1:]


class ExplorePanel(QWidget):
    sig_status = Signal(str)
    """A short message for the status bar."""
    sig_model_changed = Signal(object)
    """The loaded model changed; carries its ModelInfo."""

    def __init__(self, engine: Engine, document: ProjectDocument, undo_stack, parent=None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.document = document
        self.undo_stack = undo_stack  # the window's: project edits (adding or editing a walk)
        self.history = QUndoStack(self)  # the explorer's own: faces visited
        self.model: ModelInfo | None = None
        self.latent: np.ndarray | None = None  # the face on screen (or about to be), untruncated
        self.psi = 1.0  # truncation: the face drawn is of psi * latent
        self.labels: tuple[int, ...] = ()  # class of each label of a conditional model
        self.class_combos: list[QComboBox] = []
        self.slider_settings: SliderSettings | None = None
        self._default_names: list[str] = []  # the model's own slider names
        self._directions: LatentSliders | None = None
        self._latest_request = 0  # id of the newest request posted
        self._latest_seed_request = 0  # the seed request whose latent is still wanted
        self._shown_request = 0  # id of the image on screen
        self._shown_image: np.ndarray | None = None
        self._waiting: list[tuple[int, Callable[[np.ndarray], None]]] = []  # for a face's image
        self._gesture = 0  # moves merge into one history step only within one gesture
        self._last_kind: str | None = None  # kind of the newest move recorded
        self._restoring = False  # set while Back/Forward puts a state on screen
        self._seed_move_text = ""  # how the next seed change is named in the history
        self._blend_anchor: np.ndarray | None = None  # face A while the blend slider is used
        self._face_b: np.ndarray | None = None  # face B's untruncated latent
        self._walk_playing = False  # the walk editor's preview has the big preview
        # First and last request id of the walk preview's renders: their images are drawn
        # while it plays, never taken for the explorer's face.
        self._walk_frames: tuple[int, int] | None = None
        self._walk_classes_set = False  # the preview draws in the walk's classes meanwhile
        self._pending_walk_labels: tuple[int, ...] | None = None  # an opened walk's classes
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # a click in the area gives it the keys
        self._build()
        self._grids = {
            RANDOM_GRID: GridFaces(RANDOM_GRID, self.random_grid),
            CHILDREN_GRID: GridFaces(CHILDREN_GRID, self.children_grid),
        }
        preview = engine.preview
        preview.sig_model_loaded.connect(self._on_model_loaded)
        preview.sig_model_failed.connect(self._on_model_failed)
        preview.sig_seed_latent.connect(self._on_seed_latent)
        preview.sig_rendered.connect(self._on_rendered)
        preview.sig_grid.connect(self._on_grid)
        preview.sig_originality.connect(self._on_originality)
        preview.sig_failed.connect(self.sig_status)
        preview.sig_notice.connect(self.sig_status)  # e.g. the model moved to the CPU

    @property
    def sliders(self) -> list[QSlider]:
        """The direction sliders, indexed by direction (hidden ones included)."""
        return self.slider_board.sliders

    # -- layout -----------------------------------------------------------------------

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(28, 18, 28, 14)
        root.addWidget(
            panel_header(
                tr("Explore"),
                tr(
                    "Find a face: drag the sliders, pick from a grid, breed children or blend "
                    "two faces. Keep favourites, add faces as keyframes of a walk and put the "
                    "walk on your video."
                ),
            )
        )
        body = QHBoxLayout()
        body.setSpacing(24)
        root.addLayout(body, 1)
        self.face_column = column = FaceColumn(self.history)
        body.addWidget(column)
        # The column's widgets, under the names the rest of the panel (and tests) use.
        self.preview, self.model_label = column.preview, column.model_label
        self.originality_label, self.gallery = column.originality_label, column.gallery
        self.back_button, self.forward_button = column.back_button, column.forward_button
        self.favourite_button, self.seed_spin = column.favourite_button, column.seed_spin
        self.random_button, self.psi_slider = column.random_button, column.psi_slider
        self.favourite_button.clicked.connect(self.add_favourite)
        self.seed_spin.valueChanged.connect(self._on_seed_changed)
        self.random_button.clicked.connect(self.randomize)
        column.load_button.clicked.connect(self._choose_model)
        self.psi_slider.valueChanged.connect(self._on_psi_moved)
        self.psi_slider.sliderPressed.connect(self._new_gesture)
        self.psi_slider.sliderReleased.connect(self._on_psi_released)
        self.gallery.sig_chosen.connect(self.go_to_favourite)
        self.gallery.sig_use_as_b.connect(self._favourite_as_b)
        self.gallery.sig_status.connect(self.sig_status)
        right = QVBoxLayout()
        right.setSpacing(10)
        body.addLayout(right, 1)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_sliders_tab(), tr("Sliders"))
        self.tabs.addTab(self._build_random_tab(), tr("Random faces"))
        self.tabs.addTab(self._build_children_tab(), tr("Children"))
        self.blend_box = BlendBox()
        self.blend_box.sig_mix.connect(self._on_blend)
        self.blend_box.sig_pressed.connect(self._new_gesture)
        self.blend_box.sig_released.connect(self._new_gesture)
        self.blend_box.sig_set_b.connect(self.use_current_face_as_b)
        self.blend_tab = self.blend_box
        self.tabs.addTab(self.blend_box, tr("Blend"))
        self.walk_tab = self._build_walk_tab()
        self.tabs.addTab(self.walk_tab, tr("Walk"))
        for index, tip in enumerate(
            (
                tr("Move the face along the model's directions"),
                tr("Sixteen random faces: click one to start from it"),
                tr("Sixteen small mutations of the current face: click one to evolve it"),
                tr("Mix the current face with a second face B"),
                tr(
                    "Make a latent walk from keyframe faces, time and preview it, put it on the "
                    "timeline"
                ),
            )
        ):
            self.tabs.setTabToolTip(index, tip)
        # Faces are found in the other tabs: a keyframe can be added from any of them.
        self.add_keyframe_button = button(
            tr("Keyframe"),
            tr("Add the face in the preview as the next keyframe of the walk"),
            icon="keyframe",
        )
        self.add_keyframe_button.clicked.connect(self.add_walk_keyframe)
        self.tabs.setCornerWidget(self.add_keyframe_button, Qt.Corner.TopRightCorner)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        right.addWidget(self.tabs, 1)

    def _on_tab_changed(self, _index: int) -> None:
        # The Walk tab has its own Add keyframe button, under the strip it adds to.
        self.add_keyframe_button.setVisible(self.tabs.currentWidget() is not self.walk_tab)
        self._sync_visible_grid()

    def _build_sliders_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(4, 12, 4, 4)
        layout.setSpacing(10)
        # One combo per label of a conditional model, filled when such a model loads.
        self.class_box = QGroupBox(tr("Class"))
        self.class_box.setToolTip(tr("This model was trained with labels: pick the class to draw"))
        self.class_form = QFormLayout(self.class_box)
        self.class_box.hide()
        layout.addWidget(self.class_box)
        self.slider_board = SliderBoard()
        self.slider_board.sig_moved.connect(self._on_slider_moved)
        self.slider_board.sig_pressed.connect(lambda _d: self._new_gesture())
        self.slider_board.sig_released.connect(lambda _d: self._new_gesture())
        self.slider_board.sig_settings_changed.connect(self.apply_slider_settings)
        self.slider_board.sig_open_settings.connect(self.open_slider_settings)
        layout.addWidget(self.slider_board)
        footer = QHBoxLayout()
        footer.addWidget(hint(tr("Double-click a name to rename it; right-click for more.")), 1)
        self.slider_settings_button = button(
            tr("Slider settings…"),
            tr("Rename, hide, reorder and set the range of the sliders"),
            icon="sliders",
        )
        self.slider_settings_button.clicked.connect(self.open_slider_settings)
        footer.addWidget(self.slider_settings_button)
        layout.addLayout(footer)
        layout.addStretch(1)
        return tab

    def _build_random_tab(self) -> RandomFacesTab:
        self.random_tab = RandomFacesTab()
        self.random_grid = self.random_tab.grid
        self.random_grid.sig_picked.connect(lambda i: self.pick_grid_face(RANDOM_GRID, i))
        self.random_grid.sig_use_as_b.connect(lambda i: self._grid_face_as_b(RANDOM_GRID, i))
        self.new_faces_button = self.random_tab.new_faces_button
        self.new_faces_button.clicked.connect(self.roll_random_faces)
        return self.random_tab

    def _build_children_tab(self) -> ChildrenTab:
        self.children_tab = ChildrenTab()
        self.children_grid = self.children_tab.grid
        self.children_grid.sig_picked.connect(lambda i: self.pick_grid_face(CHILDREN_GRID, i))
        self.children_grid.sig_use_as_b.connect(lambda i: self._grid_face_as_b(CHILDREN_GRID, i))
        self.mutation_slider = self.children_tab.mutation_slider
        self.children_tab.sig_breed.connect(self.breed_children)
        return self.children_tab

    def _build_walk_tab(self) -> QWidget:
        # A tab of its own: below the tabs the editor would not fit a 1280x860 window
        # beside the grids; "+ Keyframe" beside the tabs adds faces from any tab.
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(4, 12, 4, 4)
        layout.setSpacing(10)
        self.walk_editor = editor = WalkEditor(self.engine)
        editor.connect_project(self.document, self.undo_stack)
        self.sig_model_changed.connect(editor.set_model)
        editor.sig_keyframe_requested.connect(self.add_walk_keyframe)
        editor.sig_preview_latent.connect(self._show_walk_frame)
        editor.sig_playing.connect(self._on_walk_playing)
        editor.sig_status.connect(self.sig_status)
        layout.addWidget(editor)
        layout.addWidget(
            hint(
                tr(
                    "Tip: the spherical path (slerp) keeps the faces between keyframes as "
                    "sharp as the keyframes. A walk on the timeline opens here again with a "
                    "double-click."
                )
            )
        )
        layout.addStretch(1)
        return tab

    # -- model ------------------------------------------------------------------------

    def load_default_model(self) -> None:
        self.load_model(default_model_path())

    def load_model(self, path: str | Path) -> None:
        """Load a model into the explorer (in the engine's preview thread)."""
        self._stop_walk_preview()
        self._pending_walk_labels = None  # a walk opened earlier asked for another model
        self.preview.setText(tr("Loading model…"))
        self.model_label.setText(tr("Loading {name}…").format(name=Path(path).name))
        self.engine.preview.load_model(path)

    def _choose_model(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Load model"), str(Path.home()), tr("Models") + " (*.safetensors)"
        )
        if path:
            self.load_model(path)

    def _on_model_loaded(self, info: ModelInfo) -> None:
        self.model = info
        self._show_class_choice(info)
        self._directions, self._default_names = latent_sliders_for(info)
        self.slider_settings = load_slider_settings(
            slider_settings_dir(), info.sha256, self._default_names
        )
        self.slider_board.set_settings(self.slider_settings)
        self.history.clear()  # faces of another model mean nothing to this one
        self._end_blend()
        self._face_b = None
        self.blend_box.show_face_b(None)
        for faces in self._grids.values():
            faces.clear()
        self.gallery.show_model(info.sha256)
        self.originality_label.hide()
        trained = tr("step {step}").format(step=info.step) if info.step else tr("untrained")
        source = f" · {info.dataset}" if info.dataset else ""
        self.model_label.setText(
            tr("{name} · {size} px · {trained}").format(
                name=info.path.name, size=info.resolution, trained=trained
            )
            + source
        )
        self.sig_model_changed.emit(info)
        self.sig_status.emit(tr("Loaded model {name}").format(name=info.path.name))
        if info.conditional:
            # The renderer starts a model at its first classes too, but a class picked for
            # the old model while this one loaded may have reached it since.
            self.engine.preview.set_labels(self.labels)
        self._render_seed(self.seed_spin.value())
        labels, self._pending_walk_labels = self._pending_walk_labels, None
        if labels is not None and len(labels) == len(self.class_combos):
            self.set_labels(labels)  # a walk opened from the timeline: draw in its classes
        self._sync_visible_grid()

    def _show_class_choice(self, info: ModelInfo) -> None:
        """One combo per label, at the first class the renderer starts in after a load."""
        while self.class_form.rowCount():
            self.class_form.removeRow(0)
        self.class_combos = []
        self.labels = (0,) * len(info.label_classes)
        for name, count in zip(info.label_names, info.label_classes, strict=True):
            combo = QComboBox()
            combo.setObjectName(f"class-{name}")
            combo.addItems([tr("Class {number}").format(number=k) for k in range(count)])
            combo.setToolTip(
                tr("Which {label} class the faces are drawn in").format(
                    label=label_title(name).lower()
                )
            )
            combo.setStatusTip(combo.toolTip())
            combo.currentIndexChanged.connect(self._on_class_chosen)
            self.class_form.addRow(label_title(name), combo)
            self.class_combos.append(combo)
        self.class_box.setVisible(info.conditional)

    def _on_model_failed(self, message: str) -> None:
        self._pending_walk_labels = None
        self.preview.setText(tr("No model"))
        self.model_label.setText(message)
        self.sig_status.emit(message)

    # -- slider settings --------------------------------------------------------------

    def apply_slider_settings(self, settings: SliderSettings) -> None:
        """Show the sliders as arranged and save the arrangement with the model's settings."""
        self.slider_settings = settings
        if settings.model_sha256:  # an unhashable file keeps them for this session only
            save_slider_settings(slider_settings_dir(), settings)
        self.slider_board.set_settings(settings)
        self._show_slider_values()

    def open_slider_settings(self) -> None:
        if self.slider_settings is None:
            return
        dialog = SliderSettingsDialog(self.slider_settings, self._default_names, self)
        if dialog.exec():
            self.apply_slider_settings(dialog.settings())

    # -- the face on screen -----------------------------------------------------------

    def shown_latent(self) -> np.ndarray | None:
        """The latent the face on screen is drawn from: the latent truncated by psi."""
        return None if self.latent is None else truncate(self.latent, self.psi)

    def settled(self) -> bool:
        """True when the face on screen is the newest one asked for."""
        return self._shown_request == self._latest_request and self._shown_image is not None

    def _post_face(self) -> None:
        self._stop_walk_preview()
        self._latest_seed_request = -1  # a seed's latent still on its way no longer matters
        self._latest_request = self.engine.preview.render_latent(self.shown_latent())

    def _render_seed(self, seed: int) -> None:
        if self.model is None:
            return
        self._stop_walk_preview()
        request = self.engine.preview.render_seed(seed, self.psi)
        self._latest_seed_request = self._latest_request = request

    def _on_seed_latent(self, request_id: int, seed: int, latent: np.ndarray) -> None:
        if request_id != self._latest_seed_request:
            return
        self.latent = np.asarray(latent, dtype=np.float32)
        self._show_slider_values()
        self._sync_visible_grid()

    def _show_slider_values(self) -> None:
        """Move the sliders to the current latent's coordinates without re-rendering."""
        if self._directions is None or self.latent is None:
            return
        self.slider_board.show_values(self._directions.values_from_latent(self.latent))

    def _when_face_shown(self, action: Callable[[np.ndarray], None]) -> None:
        """Run ``action(image)`` with the current face's image, now or once it is drawn."""
        if self.settled():
            assert self._shown_image is not None
            action(self._shown_image)
        else:
            self._waiting.append((self._latest_request, action))

    def _on_rendered(self, request_id: int, image: np.ndarray) -> None:
        if self._is_walk_frame(request_id):
            if self._walk_playing:  # drawn, but not the explorer's face
                self.preview.setPixmap(array_to_pixmap(image, PREVIEW_SIDE, smooth=True))
            return
        if request_id < self._shown_request:
            return
        self._shown_request = request_id
        self._shown_image = image
        self.originality_label.hide()  # it spoke of the previous face; this one's check follows
        self.preview.setPixmap(array_to_pixmap(image, PREVIEW_SIDE, smooth=True))
        if self._blend_anchor is None and self.tabs.currentWidget() is self.blend_tab:
            self.blend_box.show_face_a(image)
        ready = [action for wanted, action in self._waiting if request_id >= wanted]
        self._waiting = [(w, a) for w, a in self._waiting if request_id < w]
        for action in ready:
            action(image)

    def _on_originality(self, request_id: int, nearest: NearestTraining) -> None:
        if request_id != self._shown_request:
            return  # a check of a face no longer on screen
        if not nearest.near_copy:
            self.originality_label.hide()
            return
        self.originality_label.setText(nearest.warning())
        self.originality_label.setToolTip(
            tr(
                "In the quality metric's feature space this face is closer to a training "
                "image than {threshold:.2f}, nearer than 99% of the training images are to "
                "each other. Check it against the original before you publish."
            ).format(threshold=nearest.threshold)
        )
        self.originality_label.show()

    def preview_image(self) -> QImage:
        """What the user sees in the preview (for tests and screenshots)."""
        return self.preview.pixmap().toImage()

    # -- history ----------------------------------------------------------------------

    def _state(self) -> ExploreState:
        latent = None if self.latent is None else self.latent.copy()
        return ExploreState(latent, self.seed_spin.value(), self.psi, self.labels)

    def _new_gesture(self) -> None:
        """A press or release: the moves that follow are a new history step."""
        self._gesture += 1

    def _record(
        self,
        text: str,
        before: ExploreState,
        kind: str | None = None,
        after: ExploreState | None = None,
    ) -> None:
        """Put a move that is already on screen into the history; consecutive moves of one
        kind within one gesture (a drag, typing a seed) merge into one step."""
        if self._restoring or self.model is None:
            return
        if kind is None or kind != self._last_kind:
            self._gesture += 1
        self._last_kind = kind
        if kind != "blend":
            self._end_blend()
        key = (kind, self._gesture) if kind else None
        self.history.push(ExploreMove(text, before, after or self._state(), self._restore, key))
        focus = QApplication.focusWidget()
        if focus is None or not (focus is self or self.isAncestorOf(focus)):
            self.setFocus(Qt.FocusReason.OtherFocusReason)  # so Ctrl+Z reaches this history

    def _restore(self, state: ExploreState) -> None:
        """Put a state from the history back on screen (Back/Forward)."""
        self._restoring = True
        try:
            self._last_kind = None
            self._end_blend()
            self._set_silently(self.seed_spin, state.seed)
            self._set_psi(state.psi)
            if state.labels != self.labels:
                self._apply_labels(state.labels)
            if state.latent is None:
                self._render_seed(state.seed)
            else:
                self.latent = state.latent.copy()
                self._show_slider_values()
                self._post_face()
        finally:
            self._restoring = False
        self._sync_visible_grid()

    @staticmethod
    def _set_silently(widget, value) -> None:
        blocked = widget.blockSignals(True)
        try:
            widget.setValue(value)
        finally:
            widget.blockSignals(blocked)

    def event(self, event: QEvent) -> bool:
        # Take Ctrl+Z / Ctrl+Shift+Z from the window's Edit menu while focus is in this
        # area, so they step through faces, not timeline edits. A text field in focus keeps
        # its own undo (it accepts the override first). The walk editor's edits are
        # timeline edits (Add, Update clip): there the keys stay the window's.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and history_key(event)
            and not self._focus_in_walk_editor()
        ):
            event.accept()
            return True
        return super().event(event)

    def _focus_in_walk_editor(self) -> bool:
        focus = QApplication.focusWidget()
        return focus is not None and self.walk_editor.isAncestorOf(focus)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = history_key(event) if not self._focus_in_walk_editor() else None
        if key == "back":
            self.history.undo()
        elif key == "forward":
            self.history.redo()
        else:
            super().keyPressEvent(event)

    # -- moves ------------------------------------------------------------------------

    def randomize(self) -> None:
        """A new random seed: new latent, the sliders jump to its coordinates."""
        seed = random.randrange(MAX_SEED)
        while seed == self.seed_spin.value():
            seed = random.randrange(MAX_SEED)
        self._last_kind = None  # never merged with typing a seed
        self._seed_move_text = tr("Random face")
        self.seed_spin.setValue(seed)  # valueChanged renders it
        self._last_kind = None

    def _on_seed_changed(self, seed: int) -> None:
        if self.model is None or self.latent is None:
            self._render_seed(seed)
            return
        before = self._state()
        self._render_seed(seed)
        text, self._seed_move_text = self._seed_move_text or tr("Seed {seed}").format(seed=seed), ""
        after = ExploreState(None, seed, self.psi, self.labels)  # its latent is on its way
        self._record(text, before, "seed", after)

    def _on_slider_moved(self, direction: int, value: float) -> None:
        if self._directions is None or self.latent is None:
            return
        before = self._state()
        # Only the dragged coordinate changes: the others keep their exact values even
        # when they lie outside their sliders' range.
        values = self._directions.values_from_latent(self.latent)
        values[direction] = value
        self.latent = self._directions.apply(self.latent, values)
        self._post_face()
        name = self.slider_board.name_of(direction)
        self._record(tr("Move {slider}").format(slider=name), before, f"slider-{direction}")

    def _set_psi(self, psi: float) -> None:
        self.psi = float(psi)
        self.face_column.show_psi(self.psi)

    def _on_psi_moved(self, ticks: int) -> None:
        before = self._state()
        self.psi = ticks / PSI_STEPS
        self.face_column.psi_value.setText(f"{self.psi:.2f}")
        if self.latent is None:
            return
        self._post_face()
        self._record(tr("Truncation ψ {psi:.2f}").format(psi=self.psi), before, "psi")
        if not self.psi_slider.isSliderDown():
            self._sync_visible_grid()

    def _on_psi_released(self) -> None:
        self._new_gesture()
        self._sync_visible_grid()  # the grids are redrawn once, at the psi let go at

    def set_labels(self, labels: tuple[int, ...] | list[int]) -> None:
        """Draw the faces in these classes (one per label), as choosing them in the combos does."""
        for combo, value in zip(self.class_combos, labels, strict=True):
            combo.setCurrentIndex(int(value))  # currentIndexChanged re-renders

    def _on_class_chosen(self, _index: int) -> None:
        labels = tuple(combo.currentIndex() for combo in self.class_combos)
        if labels == self.labels or self.model is None:
            return
        # The latent stays; the same face is redrawn in the new class. A class is an
        # explorer move (Back undoes it), not a project edit.
        self._stop_walk_preview()
        before = self._state()
        self.labels = labels
        self._latest_request = self.engine.preview.set_labels(labels)
        self._record(tr("Change class"), before)
        self._sync_visible_grid()

    def _apply_labels(self, labels: tuple[int, ...]) -> None:
        """Show and draw in these classes without recording a move."""
        self._stop_walk_preview()
        for combo, value in zip(self.class_combos, labels, strict=True):
            blocked = combo.blockSignals(True)
            combo.setCurrentIndex(int(value))
            combo.blockSignals(blocked)
        self.labels = tuple(labels)
        self._latest_request = self.engine.preview.set_labels(self.labels)

    # -- grids ------------------------------------------------------------------------

    def roll_random_faces(self) -> None:
        """Sixteen new random seeds, drawn as one batch."""
        faces = self._grids[RANDOM_GRID]
        faces.seeds = tuple(random.randrange(MAX_SEED) for _ in range(GRID_FACES))
        faces.latents = None
        self._post_grid(RANDOM_GRID)

    def breed_children(self) -> None:
        """Sixteen mutations of the current face, drawn as one batch."""
        if self.latent is None:
            return
        faces = self._grids[CHILDREN_GRID]
        faces.parent = self.latent.copy()
        strength = self.children_tab.strength()
        faces.latents = mutations(faces.parent, strength, GRID_FACES, np.random.default_rng())
        self._post_grid(CHILDREN_GRID)

    def _post_grid(self, name: str) -> None:
        if self.model is not None:
            self._grids[name].post(self.engine.preview, self.psi, self.labels)

    def _on_grid(self, request_id: int, name, latents: np.ndarray, images: np.ndarray) -> None:
        faces = self._grids.get(name)
        if faces is not None:  # else another panel's grid
            faces.accept(request_id, latents, images)

    def _sync_visible_grid(self) -> None:
        """Keep the grid on screen true to the current face: children of this face, and
        every grid drawn at the current truncation and classes."""
        if self.model is None:
            return
        current = self.tabs.currentWidget()
        if current is self.blend_tab and self._blend_anchor is None and self.settled():
            assert self._shown_image is not None
            self.blend_box.show_face_a(self._shown_image)
        name = {self.random_tab: RANDOM_GRID, self.children_tab: CHILDREN_GRID}.get(current)
        if name is None:
            return
        faces = self._grids[name]
        if name == RANDOM_GRID and faces.seeds is None:
            self.roll_random_faces()
        elif (
            name == CHILDREN_GRID
            and self.latent is not None
            and (faces.parent is None or not np.array_equal(faces.parent, self.latent))
        ):
            self.breed_children()
        elif faces.stale(self.psi, self.labels):
            self._post_grid(name)

    def pick_grid_face(self, name: str, index: int) -> None:
        """Make a grid's face the current face (one history step)."""
        faces = self._grids[name]
        if faces.latents is None or not 0 <= index < len(faces.latents):
            return
        before = self._state()
        self.latent = faces.latents[index].copy()
        if faces.seeds is not None:  # a random face has a seed the field can show
            self._set_silently(self.seed_spin, faces.seeds[index])
        self._show_slider_values()
        self._post_face()
        self._record(
            tr("Pick a random face") if name == RANDOM_GRID else tr("Pick a child"), before
        )
        if name == CHILDREN_GRID:
            self.breed_children()  # evolve: the picked child has children of its own

    # -- blend ------------------------------------------------------------------------

    def _end_blend(self) -> None:
        """The current face becomes face A of the next blend."""
        self._blend_anchor = None
        self.blend_box.set_mix(0.0)

    def set_face_b(self, latent: np.ndarray, image: np.ndarray) -> None:
        """Make this face (untruncated latent and its picture) face B of the blend."""
        self._face_b = np.asarray(latent, dtype=np.float32).copy()
        self._end_blend()
        self.blend_box.show_face_b(image)
        self.tabs.setCurrentWidget(self.blend_tab)
        self.sig_status.emit(tr("Face B set: drag the blend slider to mix it into the face"))

    def use_current_face_as_b(self) -> None:
        if self.latent is None:
            return
        latent = self.latent.copy()
        self._when_face_shown(lambda image: self.set_face_b(latent, image))

    def _grid_face_as_b(self, name: str, index: int) -> None:
        faces = self._grids[name]
        if faces.latents is not None and faces.grid.images is not None:
            self.set_face_b(faces.latents[index], faces.grid.images[index])

    def _favourite_as_b(self, favourite: Favourite) -> None:
        from PIL import Image

        try:
            with Image.open(favourite.image_path) as picture:
                image = np.asarray(picture.convert("RGB"))
        except OSError as error:
            self.sig_status.emit(
                tr("Could not read {name}: {error}").format(
                    name=favourite.image_path.name, error=error
                )
            )
            return
        self.set_face_b(favourite.base_latent, image)

    def _on_blend(self, share_of_b: float) -> None:
        if self._face_b is None or self.latent is None:
            return
        before = self._state()
        if self._blend_anchor is None:
            self._blend_anchor = self.latent.copy()
        self.latent = blend(self._blend_anchor, self._face_b, share_of_b)
        self._show_slider_values()
        self._post_face()
        self._record(
            tr("Blend {percent}% with face B").format(percent=round(share_of_b * 100)),
            before,
            "blend",
        )

    # -- favourites -------------------------------------------------------------------

    def add_favourite(self) -> None:
        """Save the face on screen (PNG) with its latent (JSON) into the gallery."""
        if self.model is None or self.latent is None:
            return
        model = self.model
        state = self._state()
        self._when_face_shown(lambda image: self._save_favourite(model, state, image))

    def _save_favourite(self, model: ModelInfo, state: ExploreState, image: np.ndarray) -> None:
        if model is not self.model or state.latent is None:
            return  # another model was loaded while the face rendered
        try:
            favourite = save_favourite(
                self.gallery.folder,
                image,
                state.latent,
                state.psi,
                state.seed,
                state.labels,
                model_ref_for(model.path),
                model.sha256,
            )
        except OSError as error:
            self.sig_status.emit(tr("Could not save the favourite: {error}").format(error=error))
            return
        self.gallery.add(favourite)
        self.sig_status.emit(
            tr("Kept {name} in your favourites").format(name=favourite.image_path.name)
        )

    def go_to_favourite(self, favourite: Favourite) -> None:
        """Make a favourite the current face again (one history step)."""
        if self.model is None or favourite.base_latent.shape[0] != self.model.latent_dim:
            self.sig_status.emit(tr("That favourite belongs to another model"))
            return
        before = self._state()
        self._set_silently(self.seed_spin, favourite.seed)
        self._set_psi(favourite.psi)
        fits = len(favourite.labels) == len(self.model.label_classes)
        if fits and favourite.labels != self.labels:
            self._apply_labels(favourite.labels)
        self.latent = favourite.base_latent.copy()
        self._show_slider_values()
        self._post_face()
        self._record(tr("Go back to a favourite"), before)
        self._sync_visible_grid()

    # -- walks ------------------------------------------------------------------------

    def add_walk_keyframe(self) -> None:
        """Add the explorer's face (as drawn, psi applied, in its classes) to the walk; a
        walk preview playing meanwhile is not the face."""
        latent = self.shown_latent()
        if latent is None or self.model is None:
            self.sig_status.emit(tr("Wait for the face to appear, then add it as a keyframe"))
            return
        try:
            self.walk_editor.add_keyframe(latent, self.labels)
        except ValueError as error:  # a face of another model than the walk's
            self.sig_status.emit(
                tr("Cannot add this face to the walk: {error}").format(error=error)
            )
            return
        if self.tabs.currentWidget() is not self.walk_tab:
            count = len(self.walk_editor.keyframes)
            self.sig_status.emit(
                tr("Keyframe {count} added to the walk (Walk tab)").format(count=count)
            )

    def open_walk(self, clip: LatentWalkClip) -> None:
        """Re-open a timeline walk in the walk editor; its model is loaded first when the
        explorer shows another one, and the explorer draws in the walk's classes, so the
        faces added to it match."""
        try:
            path = model_path_for(clip.model, self.document.path).resolve()
        except (ProjectError, ValueError) as error:
            self.sig_status.emit(tr("Cannot edit this walk: {error}").format(error=error))
            return
        self.walk_editor.load_clip(clip)
        self.tabs.setCurrentWidget(self.walk_tab)
        labels = tuple(clip.labels)
        if self.model is None or path != self.model.path:
            self.load_model(path)  # the editor keeps the clip when the model arrives
            self._pending_walk_labels = labels or None
        elif labels and len(labels) == len(self.class_combos):
            self.set_labels(labels)

    def _show_walk_frame(self, latent: np.ndarray) -> None:
        """Draw a frame of the walk preview in the big preview."""
        if not self._walk_playing:
            return
        self._note_walk_request(self.engine.preview.render_latent(latent))

    def _note_walk_request(self, request_id: int) -> None:
        first = self._walk_frames[0] if self._walk_frames is not None else request_id
        self._walk_frames = (first, request_id)

    def _is_walk_frame(self, request_id: int) -> bool:
        frames = self._walk_frames
        return frames is not None and frames[0] <= request_id <= frames[1]

    def _on_walk_playing(self, playing: bool) -> None:
        if playing:
            self._walk_playing, self._walk_frames = True, None
            labels = self.walk_editor.labels
            if self.model is not None and self.model.conditional and labels != self.labels:
                self._walk_classes_set = True  # the walk plays in its own classes
                self._note_walk_request(self.engine.preview.set_labels(labels))
            return
        if not self._walk_playing:
            return
        self._walk_playing = False
        if self._walk_classes_set:
            self._walk_classes_set = False
            # It re-renders the walk's last frame unless a face comes with it: that image
            # is a walk frame too, and is dropped.
            self._note_walk_request(self.engine.preview.set_labels(self.labels))
        # The explorer's face again; the renderer's last latent is the explorer's too, so
        # a class change redraws this face, not a frame of the walk.
        if self.latent is not None:
            self._post_face()
        else:
            self._render_seed(self.seed_spin.value())

    def _stop_walk_preview(self) -> None:
        """A move of the explorer's own face ends the walk preview first."""
        if self._walk_playing:
            self.walk_editor.stop()  # its sig_playing(False) puts the explorer back
            self._on_walk_playing(False)  # (in case the editor had already stopped)
