"""The favourites strip under the explorer's preview: click a face to go back to it.

Favourites are files (gan/favourites.py) in the user's data folder, so they outlive the
project and the session; the strip lists those of the loaded model, oldest first.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QPoint, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QIcon, QPixmap
from PySide6.QtWidgets import (
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QStackedWidget,
)

from aigc_studio.gan.favourites import Favourite, delete_favourite, list_favourites
from aigc_studio.ui.i18n import tr
from aigc_studio.ui.settings import config_dir
from aigc_studio.ui.widgets import hint, menu_action

ICON_SIDE = 60  # px of a favourite in the strip


def gallery_dir() -> Path:
    """The folder favourites are saved in (AIGC_STUDIO_DATA_DIR overrides it). A config
    folder moved elsewhere (tests, portable installs) keeps its data beside it."""
    override = os.environ.get("AIGC_STUDIO_DATA_DIR")
    if override:
        return Path(override) / "favourites"
    if os.environ.get("AIGC_STUDIO_CONFIG_DIR"):
        return config_dir() / "data" / "favourites"
    from platformdirs import user_data_dir

    return Path(user_data_dir("aigc-studio", "AIGC Studio")) / "favourites"


def _tooltip(favourite: Favourite) -> str:
    if favourite.labels:
        classes = tr(" · classes {classes}").format(classes=list(favourite.labels))
    else:
        classes = ""
    return tr(
        "{name}\nseed {seed} · ψ {psi:.2f}{classes}\nsaved {saved}\n"
        "Click to go back to this face; right-click for more"
    ).format(
        name=favourite.image_path.name,
        seed=favourite.seed,
        psi=favourite.psi,
        classes=classes,
        saved=favourite.created.replace("T", " "),
    )


class GalleryStrip(QStackedWidget):
    sig_chosen = Signal(object)
    """The user clicked a favourite to go back to it; carries its Favourite."""
    sig_use_as_b = Signal(object)
    """The user chose "Use as face B" on a favourite; carries its Favourite."""
    sig_status = Signal(str)
    """A short message for the status bar."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.folder = gallery_dir()
        self.list = QListWidget()
        self.list.setObjectName("gallery")
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setFlow(QListView.Flow.LeftToRight)
        self.list.setWrapping(False)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setIconSize(QSize(ICON_SIDE, ICON_SIDE))
        self.list.setGridSize(QSize(ICON_SIDE + 8, ICON_SIDE + 8))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._show_menu)
        self.list.itemClicked.connect(lambda item: self.sig_chosen.emit(self.favourite(item)))
        self.empty = hint(tr("Favourites you keep with ★ appear here. Click one to go back to it."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.addWidget(self.empty)
        self.addWidget(self.list)
        self.setFixedHeight(ICON_SIDE + 30)

    def favourite(self, item: QListWidgetItem) -> Favourite:
        return item.data(Qt.ItemDataRole.UserRole)

    def favourites(self) -> list[Favourite]:
        return [self.favourite(self.list.item(row)) for row in range(self.list.count())]

    def show_model(self, model_sha256: str) -> None:
        """List the loaded model's favourites (files read now: a few small PNGs)."""
        self.list.clear()
        if model_sha256:
            for favourite in list_favourites(self.folder, model_sha256):
                self.add(favourite, scroll=False)
        self._show_empty_hint()
        self.list.scrollToBottom()

    def add(self, favourite: Favourite, scroll: bool = True) -> None:
        item = QListWidgetItem(QIcon(QPixmap(str(favourite.image_path))), "")
        item.setData(Qt.ItemDataRole.UserRole, favourite)
        item.setToolTip(_tooltip(favourite))
        item.setSizeHint(QSize(ICON_SIDE + 8, ICON_SIDE + 8))
        self.list.addItem(item)
        self._show_empty_hint()
        if scroll:
            self.list.scrollToItem(item)

    def _show_empty_hint(self) -> None:
        self.setCurrentWidget(self.list if self.list.count() else self.empty)

    def _show_menu(self, point: QPoint) -> None:
        item = self.list.itemAt(point)
        if item is not None:
            self.menu_for(item).exec(self.list.viewport().mapToGlobal(point))

    def menu_for(self, item: QListWidgetItem) -> QMenu:
        """The right-click menu of one favourite."""
        favourite = self.favourite(item)
        menu = QMenu(self)
        menu_action(
            menu,
            "back",
            tr("Go back to this face"),
            tr("Make this favourite the face on screen"),
            lambda: self.sig_chosen.emit(favourite),
        )
        menu_action(
            menu,
            "blend",
            tr("Use as face B (blend)"),
            tr("Blend the face on screen towards this one"),
            lambda: self.sig_use_as_b.emit(favourite),
        )
        menu_action(
            menu,
            "folder",
            tr("Show in folder"),
            tr("Open the folder holding this favourite's PNG"),
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(favourite.image_path.parent))),
        )
        menu.addSeparator()
        menu_action(
            menu,
            "delete",
            tr("Remove from favourites"),
            tr("Delete this favourite's PNG and latent"),
            lambda: self.remove(item),
        )
        return menu

    def remove(self, item: QListWidgetItem) -> None:
        favourite = self.favourite(item)
        try:
            delete_favourite(favourite)
        except OSError as error:
            self.sig_status.emit(
                tr("Could not remove {name}: {error}").format(
                    name=favourite.image_path.name, error=error
                )
            )
            return
        self.list.takeItem(self.list.row(item))
        self._show_empty_hint()
        self.sig_status.emit(tr("Removed favourite {name}").format(name=favourite.image_path.name))
