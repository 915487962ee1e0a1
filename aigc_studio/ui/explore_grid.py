"""A 4×4 grid of clickable faces: the explorer's random samples and the current face's children.

FaceGrid only shows images and reports clicks; GridFaces keeps which latents the tiles
stand for and asks the preview worker to draw all sixteen as one batch; GridTab lays a
grid out beside its explanation and buttons.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QPoint, QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from aigc_studio.ui.i18n import tr
from aigc_studio.ui.images import array_to_pixmap
from aigc_studio.ui.widgets import button, hint, menu_action

GRID_SIDE = 4  # tiles per row and per column
DEFAULT_MUTATION = 0.35  # children's mutation strength: clearly related, visibly different
TILE_SIDE = 76  # px of one face in the grid


def mutation_tip() -> str:
    """The mutation slider's explanation, in the studio's language."""
    return tr(
        "How far children stray from their parent: each is √(1−s²)·parent + s·noise, "
        "so 0 is the parent itself and 100% a stranger"
    )


TILE_STYLE = """
QToolButton#faceTile {
    background: #16171a; border: 2px solid #34363c; border-radius: 8px; padding: 0;
}
QToolButton#faceTile:hover { border-color: #7c6cf0; }
QToolButton#faceTile:pressed { border-color: #b0a6ff; }
QToolButton#faceTile:disabled { border-color: #25262b; }
"""


class FaceGrid(QWidget):
    sig_picked = Signal(int)
    """The user clicked a tile; carries its index (row-major)."""
    sig_use_as_b = Signal(int)
    """The user chose "Use as face B" on a tile; carries its index."""

    def __init__(self, tip: str, parent=None) -> None:
        super().__init__(parent)
        self.setStyleSheet(TILE_STYLE)
        self.images: np.ndarray | None = None  # (16, R, R, 3) uint8 on the tiles, if any
        self.tiles: list[QToolButton] = []
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for index in range(GRID_SIDE * GRID_SIDE):
            tile = QToolButton()
            tile.setObjectName("faceTile")
            tile.setFixedSize(TILE_SIDE + 6, TILE_SIDE + 6)
            tile.setIconSize(QSize(TILE_SIDE, TILE_SIDE))
            tile.setToolTip(tip)
            tile.setStatusTip(tip)
            tile.setCursor(Qt.CursorShape.PointingHandCursor)
            tile.setEnabled(False)
            tile.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            tile.clicked.connect(lambda _=False, i=index: self.sig_picked.emit(i))
            tile.customContextMenuRequested.connect(
                lambda point, i=index: self._show_menu(i, point)
            )
            layout.addWidget(tile, *divmod(index, GRID_SIDE))
            self.tiles.append(tile)

    @property
    def count(self) -> int:
        return len(self.tiles)

    def set_images(self, images: np.ndarray) -> None:
        """Show one face per tile (as many as given, in order)."""
        self.images = np.asarray(images)
        for tile, image in zip(self.tiles, self.images, strict=False):
            tile.setIcon(QIcon(array_to_pixmap(image, TILE_SIDE, smooth=True)))
            tile.setEnabled(True)

    def clear(self) -> None:
        self.images = None
        for tile in self.tiles:
            tile.setIcon(QIcon())
            tile.setEnabled(False)

    def _show_menu(self, index: int, point: QPoint) -> None:
        if self.images is not None:
            self.menu_for(index).exec(self.tiles[index].mapToGlobal(point))

    def menu_for(self, index: int) -> QMenu:
        """The right-click menu of the tile at ``index``."""
        menu = QMenu(self)
        menu_action(
            menu,
            "explore",
            tr("Start from this face"),
            tr("Make this face the face on screen"),
            lambda: self.sig_picked.emit(index),
        )
        menu_action(
            menu,
            "blend",
            tr("Use as face B (blend)"),
            tr("Blend the face on screen towards this one"),
            lambda: self.sig_use_as_b.emit(index),
        )
        return menu


class GridTab(QWidget):
    """A grid with its explanation and controls in a column beside it."""

    def __init__(self, grid_tip: str, explanation: str, parent=None) -> None:
        super().__init__(parent)
        self.grid = FaceGrid(grid_tip)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 12, 4, 4)
        row = QHBoxLayout()
        row.addWidget(self.grid)
        self.side = QVBoxLayout()  # callers add their controls here, under the explanation
        self.side.addWidget(hint(explanation))
        row.addLayout(self.side, 1)
        layout.addLayout(row)
        layout.addStretch(1)

    def finish(self) -> None:
        """Call after adding the controls: they stay at the top of the column."""
        self.side.addStretch(1)


class RandomFacesTab(GridTab):
    """Sixteen random faces to start from."""

    def __init__(self, parent=None) -> None:
        super().__init__(
            tr("Click to start from this face; right-click for more"),
            tr("Sixteen random faces. Click one to make it the current face."),
            parent,
        )
        self.new_faces_button = button(
            tr("New faces"), tr("Sixteen other random faces"), icon="refresh"
        )
        self.side.addWidget(self.new_faces_button)
        self.finish()


class ChildrenTab(GridTab):
    """Sixteen mutations of the current face, and how strong they are."""

    sig_breed = Signal()
    """The user asked for new children (a button, or a new mutation strength let go of)."""

    def __init__(self, parent=None) -> None:
        super().__init__(
            tr("Click to evolve this child; right-click for more"),
            tr(
                "Small random mutations of the current face. Click the one you like best: it "
                "becomes the current face and has children of its own."
            ),
            parent,
        )
        row = QHBoxLayout()
        name = QLabel(tr("Mutation"))
        name.setToolTip(mutation_tip())
        row.addWidget(name)
        self.mutation_slider = QSlider(Qt.Orientation.Horizontal)
        self.mutation_slider.setRange(5, 100)
        self.mutation_slider.setValue(round(DEFAULT_MUTATION * 100))
        self.mutation_slider.setToolTip(mutation_tip())
        self.mutation_slider.setStatusTip(mutation_tip())
        row.addWidget(self.mutation_slider, 1)
        value = QLabel(f"{self.mutation_slider.value()}%")
        value.setObjectName("hint")
        value.setMinimumWidth(34)
        row.addWidget(value)
        self.mutation_slider.valueChanged.connect(lambda ticks: value.setText(f"{ticks}%"))
        # New children once a strength is let go of, or stepped to with the keyboard.
        self.mutation_slider.valueChanged.connect(
            lambda _ticks: None if self.mutation_slider.isSliderDown() else self.sig_breed.emit()
        )
        self.mutation_slider.sliderReleased.connect(self.sig_breed)
        self.side.addLayout(row)
        self.new_children_button = button(
            tr("New children"), tr("Sixteen other mutations of this face"), icon="branch"
        )
        self.new_children_button.clicked.connect(self.sig_breed)
        self.side.addWidget(self.new_children_button)
        self.finish()

    def strength(self) -> float:
        return self.mutation_slider.value() / 100


class GridFaces:
    """What one grid stands for (the latents of its tiles) and how they were drawn."""

    def __init__(self, name: str, grid: FaceGrid) -> None:
        self.name = name  # the grid's slot in the preview worker
        self.grid = grid
        self.seeds: tuple[int, ...] | None = None  # a random grid: the tiles' seeds
        self.latents: np.ndarray | None = None  # (16, nz) untruncated, once known
        self.parent: np.ndarray | None = None  # children: the latent they were bred from
        self.request_id = 0  # newest render asked for; older replies are dropped
        self.posted_as: tuple | None = None  # (psi, labels) of the newest request
        self.drawn_as: tuple | None = None  # (psi, labels) of the faces on the tiles

    def clear(self) -> None:
        self.seeds = self.latents = self.parent = None
        self.request_id, self.posted_as, self.drawn_as = 0, None, None
        self.grid.clear()

    def post(self, preview: Any, psi: float, labels: tuple[int, ...]) -> None:
        """Ask the preview worker (PreviewRenderer) to draw the tiles at psi, in one batch."""
        if self.seeds is not None:
            request = preview.render_grid(self.name, seeds=self.seeds, scale=psi)
        elif self.latents is not None:
            request = preview.render_grid(self.name, latents=self.latents, scale=psi)
        else:
            return
        self.request_id, self.posted_as = request, (psi, labels)

    def accept(self, request_id: int, latents: np.ndarray, images: np.ndarray) -> None:
        """Show the worker's reply, unless a newer request is on its way."""
        if request_id != self.request_id:
            return
        self.latents = np.asarray(latents, dtype=np.float32)
        self.drawn_as = self.posted_as
        self.grid.set_images(images)

    def stale(self, psi: float, labels: tuple[int, ...]) -> bool:
        """True when the tiles are (or will be) drawn at another psi or in other classes."""
        return self.posted_as != (psi, labels)
