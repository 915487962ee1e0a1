"""The long-lived preview renderer behind the Explore sliders.

The GUI posts requests into "latest value" slots and returns at once; the worker wakes,
takes only the newest request of each kind and renders it, so dragging a slider never
queues up work: whatever was posted while a frame rendered is simply overwritten (the
StyleGAN3 visualizer's async renderer works the same way). Models are loaded and run only
in this thread; the GUI thread never touches torch.

A conditional model renders every face in the class the user chose, one class per label
(``set_labels``); a class change is one more latest-only request that re-renders the last
latent. Loading a model starts at the first class of each label.

When the model has a features index beside it (gan/originality.py), each rendered face is
also matched to its nearest training image (a few ms), once no newer face has been asked
for in ORIGINALITY_SETTLE_S: while a slider is dragged only the face it comes to rest on is
checked, and the drag's renders never wait behind a check.

Grids (the explorer's 16 random faces, the 16 children of the current face) are one more
latest-only slot per grid name; a grid is rendered as one batch, after any waiting face
request, so a grid never holds up the slider being dragged by more than one batch.

On load the worker also reads the model's latent directions (gan/directions.py: stored in
the file, or SeFa computed in milliseconds) and hashes the file, so the sliders and their
saved settings are ready the moment the model is.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import QThread, Signal

from aigc_studio.engine.jobs import user_message
from aigc_studio.engine.threads import track_thread
from aigc_studio.translation import tr

if TYPE_CHECKING:
    from aigc_studio.gan.directions import Directions  # torch stays out of the GUI thread

log = logging.getLogger(__name__)

# Timeline thumbnails wait in a bounded queue; the oldest are dropped when views scroll by.
MAX_PENDING_THUMBNAILS = 64
# A face is checked against the training images once no newer one has been asked for in
# this long: a drag's faces are never checked (each check costs a frame's worth of CPU).
ORIGINALITY_SETTLE_S = 0.12


@dataclass(frozen=True)
class ModelInfo:
    """What the UI needs to know about the loaded model (plain data, no torch)."""

    path: Path  # the .safetensors file
    latent_dim: int  # length of a latent vector
    resolution: int  # side of a rendered face in pixels
    step: int  # training step the model was saved at
    dataset: str  # what it was trained on, from the file's metadata
    checks_originality: bool = False  # a features index beside it: faces are checked
    # Conditional models: the labels a class can be chosen for, e.g. ("eye_color",), and
    # how many classes each has. Empty for unconditional models. The preview starts at
    # class 0 of each label.
    label_names: tuple[str, ...] = ()
    label_classes: tuple[int, ...] = ()
    # The model's latent directions (unit rows and default names) the sliders move along;
    # None when they could not be had (the explorer then falls back to random ones).
    directions: Directions | None = field(default=None, compare=False)
    sha256: str = ""  # hex SHA-256 of the model file: keys its slider settings and favourites
    fast_preview: bool = False  # the sliders' faces come from ONNX Runtime (gan/fast_render.py)

    @property
    def conditional(self) -> bool:
        return bool(self.label_names)


# model reference, project folder, latents (K, nz), classes of a conditional model or None
_Thumbnail = tuple[str, Path | None, np.ndarray, tuple[int, ...] | None]


@dataclass(frozen=True)
class _Grid:
    """A batch of faces for one grid: given latents, or the latents of given seeds."""

    request_id: int
    seeds: tuple[int, ...] | None  # the faces of these seeds (as render_seed gives them)
    latents: np.ndarray | None  # (N, nz) float32 raw latents, when no seeds are given
    scale: float  # the faces drawn are of scale * latent (truncation psi)


@dataclass
class _Slots:
    """Newest request of each kind; None means nothing waiting."""

    model: Path | None = None
    seed: tuple[int, int, float] | None = None  # request id, seed, scale (truncation psi)
    latent: tuple[int, np.ndarray] | None = None  # request id, latent
    labels: tuple[int, tuple[int, ...]] | None = None  # request id, class of each label
    grids: dict[Any, _Grid] = field(default_factory=dict)  # newest request per grid name
    thumbnails: OrderedDict[Any, _Thumbnail] | None = None
    stop: bool = False


class PreviewRenderer(QThread):
    """One worker thread rendering the newest latent of the loaded model."""

    sig_model_loaded = Signal(object)
    """A model finished loading; carries its ModelInfo."""
    sig_model_failed = Signal(str)
    """A model could not be loaded; carries one sentence for the user."""
    sig_seed_latent = Signal(int, int, object)
    """Request id, seed and the latent (nz,) float32 the seed gives; its image follows."""
    sig_rendered = Signal(int, object)
    """Request id and the rendered face, (R, R, 3) uint8, for the newest latent request."""
    sig_grid = Signal(int, object, object, object)
    """Request id, grid name, raw latents (N, nz) float32 and their faces (N, R, R, 3) uint8."""
    sig_thumbnail = Signal(object, object)
    """Thumbnail key and its images, (K, R, R, 3) uint8, one per requested latent."""
    sig_originality = Signal(int, object)
    """Request id and its face's NearestTraining (after its sig_rendered), for indexed models."""
    sig_failed = Signal(str)
    """A render failed; carries one sentence for the user (the traceback is logged)."""
    sig_notice = Signal(str)
    """Something the user should know that is not a failure, e.g. the model moved to the
    CPU because the GPU ran out of memory; once per event."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("preview-renderer")
        self._condition = threading.Condition()
        self._slots = _Slots(thumbnails=OrderedDict())
        self._next_id = 0
        self._generators: dict[Path, Any] = {}  # resolved path -> FaceGenerator
        self._notices_shown: dict[Path, int] = {}  # resolved path -> notices already emitted
        self._current: Any = None  # the FaceGenerator the sliders drive
        self._fast: Any = None  # its ONNX Runtime twin (gan/fast_render.py), when available
        self._fast_renderers: dict[Path, Any] = {}  # resolved path -> FastFaceRenderer or None
        self._labels: tuple[int, ...] = ()  # class of each label the sliders' faces are in
        self._last_latent: np.ndarray | None = None  # what a class change re-renders
        self._checker: Any = None  # OriginalityChecker of the current model, if it has an index
        self._pending_check: tuple[int, np.ndarray] | None = None  # face to check once at rest
        track_thread(self)

    # -- called from the GUI thread: post and return at once -----------------------------

    def load_model(self, path: str | Path) -> None:
        """Load a model (replacing the current one); pending renders of the old one are dropped."""
        with self._condition:
            self._slots.model = Path(path)
            self._slots.seed = None
            self._slots.latent = None
            self._slots.labels = None  # classes of the old model; the new one starts at 0
            self._condition.notify()
        self._ensure_started()

    def set_labels(self, labels: Sequence[int] | None) -> int:
        """Choose the class of each label (None: the first of each) and re-render the last
        latent in it; returns the request id. Classes the model lacks are ignored."""
        classes = tuple(int(c) for c in labels) if labels else ()
        with self._condition:
            request_id = self._new_id()
            self._slots.labels = (request_id, classes)
            self._condition.notify()
        self._ensure_started()
        return request_id

    def render_latent(self, latent: np.ndarray) -> int:
        """Render this latent with the current model; returns the request id."""
        latent = np.array(latent, dtype=np.float32).reshape(-1)  # a copy the GUI cannot change
        with self._condition:
            request_id = self._new_id()
            self._slots.latent = (request_id, latent)
            self._condition.notify()
        self._ensure_started()
        return request_id

    def render_seed(self, seed: int, scale: float = 1.0) -> int:
        """Make the seed's latent (sig_seed_latent), then render ``scale`` times it (the
        truncation psi); returns the request id."""
        with self._condition:
            request_id = self._new_id()
            self._slots.seed = (request_id, int(seed), float(scale))
            self._slots.latent = None  # the seed's face supersedes any older slider request
            self._condition.notify()
        self._ensure_started()
        return request_id

    def render_grid(
        self,
        name: Any,
        *,
        seeds: Sequence[int] | None = None,
        latents: np.ndarray | None = None,
        scale: float = 1.0,
    ) -> int:
        """Render a grid of faces as one batch (sig_grid), replacing any waiting request of
        the same grid: the faces of ``seeds``, or of ``latents`` (N, nz), each times
        ``scale``. Returns the request id."""
        if (seeds is None) == (latents is None):
            raise ValueError("a grid is given either seeds or latents")
        grid_seeds = tuple(int(s) for s in seeds) if seeds is not None else None
        grid_latents = np.array(latents, dtype=np.float32) if latents is not None else None
        with self._condition:
            request_id = self._new_id()
            self._slots.grids[name] = _Grid(request_id, grid_seeds, grid_latents, float(scale))
            self._condition.notify()
        self._ensure_started()
        return request_id

    def render_thumbnail(
        self,
        key: Any,
        model_ref: str,
        project_folder: Path | None,
        latents: np.ndarray,
        labels: Sequence[int] | None = None,
    ) -> None:
        """Render a few latents of any model for a thumbnail (after slider requests), in
        the given classes of a conditional model (None: the first class of each label)."""
        latents = np.array(latents, dtype=np.float32)
        classes = tuple(int(c) for c in labels) if labels else None
        with self._condition:
            pending = self._slots.thumbnails
            assert pending is not None
            pending[key] = (model_ref, project_folder, latents, classes)
            while len(pending) > MAX_PENDING_THUMBNAILS:
                pending.popitem(last=False)
            self._condition.notify()
        self._ensure_started()

    def stop(self, timeout_ms: int = 30_000) -> bool:
        """Ask the worker to finish and join it; True when the thread has ended."""
        with self._condition:
            self._slots.stop = True
            self._condition.notify()
        if self.isRunning():
            return self.wait(timeout_ms)
        return True

    def _new_id(self) -> int:
        self._next_id += 1
        return self._next_id

    def _ensure_started(self) -> None:
        if not self.isRunning() and not self._slots.stop:
            self.start()

    # -- the worker thread -------------------------------------------------------------

    def _has_work(self) -> bool:
        slots = self._slots
        return bool(
            slots.stop
            or slots.model
            or slots.seed
            or slots.latent
            or slots.labels
            or slots.grids
            or slots.thumbnails
        )

    def run(self) -> None:
        import torch

        # One thread: a 64 px generator gains ~2 ms from a second one on an idle machine but
        # loses far more when training or the GUI holds the other core (OpenMP threads then
        # wait on each other), and the GUI thread keeps a core to itself.
        torch.set_num_threads(1)
        while True:
            check = None
            with self._condition:
                slots = self._slots
                while not self._has_work():
                    if self._pending_check is None:
                        self._condition.wait()
                    elif not self._condition.wait(ORIGINALITY_SETTLE_S):
                        break  # the face has been at rest for a moment
                if slots.stop:
                    return
                # A face that was superseded before it came to rest is never checked.
                check, self._pending_check = self._pending_check, None
                if not self._has_work():
                    model = seed = latent = labels = thumbnail = grid = None
                else:
                    check = None
                    model, seed, latent, labels = (
                        slots.model, slots.seed, slots.latent, slots.labels
                    )  # fmt: skip
                    slots.model = slots.seed = slots.latent = slots.labels = None
                    thumbnail = grid = None
                    waiting = (model, seed, latent, labels)
                    if slots.grids:  # one grid per pass: a face posted meanwhile goes first
                        name = next(iter(slots.grids))
                        grid = (name, slots.grids.pop(name))
                    elif all(r is None for r in waiting) and slots.thumbnails:
                        thumbnail = slots.thumbnails.popitem(last=False)
            if check is not None:  # outside the lock: new requests aren't held up
                self._check_originality(*check)
                continue
            # Outside the lock: the GUI can post newer requests while this one renders.
            if model is not None:
                self._load(model)
            # One face answers every request taken together, under the newest id, so the
            # GUI's latest request id always gets its image.
            labels_id = 0
            if labels is not None:
                labels_id = labels[0]
                self._set_labels(labels[1])
            # render_seed empties the latent slot, so a latent beside a seed came later:
            # the seed's face is already superseded and is not drawn.
            if latent is not None:
                self._render(max(latent[0], labels_id), latent[1])
            elif seed is not None:
                self._render_seed(*seed, render_id=max(seed[0], labels_id))
            elif labels is not None and self._last_latent is not None:
                self._render(labels_id, self._last_latent)
            if grid is not None:
                self._render_grid(*grid)
            if thumbnail is not None:
                self._render_thumbnail(thumbnail[0], *thumbnail[1])
            self._pass_on_notices()

    def _generator(self, path: Path):
        from aigc_studio.gan.generate import FaceGenerator  # torch loads in this thread

        path = path.resolve()
        if path not in self._generators:
            self._generators[path] = FaceGenerator(path)
        return self._generators[path]

    def _pass_on_notices(self) -> None:
        """Each new sentence a generator noted while rendering (its move to the CPU when
        the GPU ran out of memory) goes out once, as sig_notice."""
        for path, generator in self._generators.items():
            shown = self._notices_shown.get(path, 0)
            for notice in generator.notices[shown:]:
                self.sig_notice.emit(notice)
            self._notices_shown[path] = len(generator.notices)

    def _fast_renderer(self, path: Path, generator):
        """The slider path's ONNX Runtime renderer for this model (None: torch renders)."""
        if path not in self._fast_renderers:
            from aigc_studio.gan.fast_render import fast_renderer

            self._fast_renderers[path] = fast_renderer(generator)
        return self._fast_renderers[path]

    def _load(self, path: Path) -> None:
        from aigc_studio.rendering import steady_labels

        try:
            generator = self._generator(path)
        except Exception as error:
            log.exception("loading model %s failed", path)
            self.sig_model_failed.emit(
                user_message(tr("Loading {name}").format(name=path.name), error)
            )
            return
        self._current = generator
        self._fast = self._fast_renderer(path.resolve(), generator)
        self._labels = steady_labels(generator, None) or ()
        self._last_latent = None
        self._checker = self._originality_checker(path)
        config = generator.config
        info = ModelInfo(
            directions=self._directions(generator),
            sha256=self._sha256(path),
            path=path.resolve(),
            latent_dim=config.latent_dim,
            resolution=config.resolution,
            step=int(getattr(config, "step", 0)),
            dataset=str(getattr(config, "dataset", "")),
            checks_originality=self._checker is not None,
            label_names=tuple(generator.label_names),
            label_classes=tuple(generator.label_classes),
            fast_preview=self._fast is not None,
        )
        self.sig_model_loaded.emit(info)

    def _directions(self, generator) -> Directions | None:
        try:
            from aigc_studio.gan.directions import model_directions
        except ImportError:  # an older checkout without direction discovery
            return None
        try:
            return model_directions(generator)
        except Exception as error:
            # The explorer still works, on random directions; the user is told why.
            log.warning("latent directions of %s unavailable", generator.model_path, exc_info=True)
            self.sig_failed.emit(user_message(tr("Finding the model's latent directions"), error))
            return None

    def _sha256(self, path: Path) -> str:
        from aigc_studio.gan.slider_settings import file_sha256

        try:
            return file_sha256(path)
        except OSError:
            log.warning("could not hash %s", path, exc_info=True)
            return ""

    def _originality_checker(self, model_path: Path):
        """Read anew on every load, so an index written since the last load is seen."""
        from aigc_studio.gan.originality import OriginalityChecker

        try:
            return OriginalityChecker.for_model(model_path)
        except Exception as error:
            # The model still works; only the copy check is off, and the user is told why.
            log.warning("features index of %s unusable", model_path, exc_info=True)
            self.sig_failed.emit(user_message(tr("Reading the training-image index"), error))
            return None

    def _set_labels(self, labels: tuple[int, ...]) -> None:
        from aigc_studio.rendering import steady_labels

        if self._current is None:
            return
        counts = self._current.label_classes
        fits = len(labels) == len(counts) and all(
            0 <= c < n for c, n in zip(labels, counts, strict=True)
        )
        if labels and not fits:
            return  # chosen for the previous model while the new one loaded
        self._labels = steady_labels(self._current, labels) or ()

    def _render_seed(self, request_id: int, seed: int, scale: float, render_id: int) -> None:
        if self._current is None:
            return
        latent = self._current.random_latents(seed, 1)[0]
        self.sig_seed_latent.emit(request_id, seed, latent)
        self._render(render_id, latent if scale == 1.0 else np.float32(scale) * latent)

    def _render_grid(self, name: Any, grid: _Grid) -> None:
        current = self._current
        if current is None:
            return
        if grid.seeds is not None:
            latents = np.stack([current.random_latents(s, 1)[0] for s in grid.seeds])
        else:
            assert grid.latents is not None
            latents = grid.latents
            if latents.ndim != 2 or latents.shape[1] != current.latent_dim:
                return  # posted for the previous model while the new one loaded
        try:
            from aigc_studio.rendering import render_in_classes

            scaled = latents if grid.scale == 1.0 else np.float32(grid.scale) * latents
            images = render_in_classes(current, scaled, self._labels)
        except Exception as error:
            log.exception("grid render failed")
            self.sig_failed.emit(user_message(tr("Rendering the grid of faces"), error))
            return
        self.sig_grid.emit(grid.request_id, name, latents, images)

    def _render(self, request_id: int, latent: np.ndarray) -> None:
        if self._current is None:
            return
        if latent.shape[0] != self._current.latent_dim:
            return  # posted for the previous model while the new one loaded
        self._last_latent = latent
        try:
            from aigc_studio.rendering import render_in_classes

            renderer = self._fast or self._current  # ONNX Runtime when it could be built
            image = render_in_classes(renderer, latent[None], self._labels)[0]
        except Exception as error:
            log.exception("preview render failed")
            self.sig_failed.emit(user_message(tr("Rendering the preview"), error))
            return
        self.sig_rendered.emit(request_id, image)
        if self._checker is not None:
            self._pending_check = (request_id, image)  # run once no newer face follows

    def _check_originality(self, request_id: int, image: np.ndarray) -> None:
        try:
            nearest = self._checker.check(image[None])[0]
        except Exception as error:
            log.exception("originality check failed")
            self.sig_failed.emit(
                user_message(tr("Checking the face against training images"), error)
            )
            return
        self.sig_originality.emit(request_id, nearest)

    def _render_thumbnail(
        self,
        key: Any,
        model_ref: str,
        project_folder: Path | None,
        latents: np.ndarray,
        labels: tuple[int, ...] | None,
    ) -> None:
        try:
            from aigc_studio.rendering import ModelCache, render_in_classes

            path = ModelCache(project_folder).path_for(model_ref)
            images = render_in_classes(self._generator(path), latents, labels)
        except Exception:
            # A thumbnail is decoration: the clip still shows as a coloured block.
            log.warning("thumbnail for %s (%s) failed", key, model_ref, exc_info=True)
            return
        self.sig_thumbnail.emit(key, images)
