"""Timeline: the tracks view with a small toolbar and a line about the selected clip."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from aigc_studio.engine.engine import Engine
from aigc_studio.project.commands import ClipNotFound, find_clip
from aigc_studio.project.document import ProjectDocument
from aigc_studio.project.model import CaptionClip, LatentWalkClip
from aigc_studio.ui.timeline_view import TimelineView
from aigc_studio.ui.widgets import button, format_seconds, hint, panel_header


class TimelinePanel(QWidget):
    sig_status = Signal(str)
    """A short message for the status bar."""
    sig_edit_walk = Signal(str)
    """Edit in Explore was chosen for the latent walk clip with this id."""

    def __init__(self, engine: Engine, document: ProjectDocument, undo_stack, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        root = QVBoxLayout(self)
        root.setContentsMargins(28, 22, 28, 22)
        root.addWidget(
            panel_header(
                "Timeline",
                "Latent walks play on the video track; each scene's line is a caption. "
                "Select a clip and press Delete to remove it; double-click a walk to edit it.",
            )
        )
        toolbar = QHBoxLayout()
        self.delete_button = button("Delete clip", "Remove the selected clip (undoable)")
        self.delete_button.setEnabled(False)
        toolbar.addWidget(self.delete_button)
        self.edit_walk_button = button(
            "Edit in Explore", "Re-open the selected latent walk in Explore to change it"
        )
        self.edit_walk_button.setEnabled(False)
        toolbar.addWidget(self.edit_walk_button)
        zoom_out = button("−", "Zoom out (Ctrl + mouse wheel)")
        zoom_in = button("+", "Zoom in (Ctrl + mouse wheel)")
        toolbar.addWidget(zoom_out)
        toolbar.addWidget(zoom_in)
        toolbar.addStretch(1)
        self.duration_label = QLabel()
        toolbar.addWidget(self.duration_label)
        root.addLayout(toolbar)

        self.view = TimelineView(engine, document, undo_stack)
        scroll = QScrollArea()
        scroll.setWidget(self.view)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        root.addWidget(scroll, 1)
        self.selection_label = hint("Nothing selected.")
        root.addWidget(self.selection_label)

        self.delete_button.clicked.connect(self._delete)
        self.edit_walk_button.clicked.connect(self._edit_walk)
        zoom_in.clicked.connect(lambda: self.view.set_zoom(self.view.pixels_per_second * 1.5))
        zoom_out.clicked.connect(lambda: self.view.set_zoom(self.view.pixels_per_second / 1.5))
        self.view.sig_selection_changed.connect(self._on_selection)
        self.view.sig_edit_walk.connect(self.sig_edit_walk)
        delete_action = QAction("Delete clip", self)
        delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        delete_action.triggered.connect(self._delete)
        self.addAction(delete_action)
        document.add_listener(self._refresh)
        self._refresh()

    def _delete(self) -> None:
        if self.view.delete_selected():
            self.sig_status.emit("Clip removed (Edit ▸ Undo brings it back)")

    def _edit_walk(self) -> None:
        if self.view.selected_id is not None:
            self.sig_edit_walk.emit(self.view.selected_id)

    def _refresh(self) -> None:
        project = self.document.project
        clips = sum(len(t.clips) for t in project.timeline.tracks)
        self.duration_label.setText(
            f"{clips} clip{'s' if clips != 1 else ''} · {format_seconds(project.duration)}"
        )
        self._on_selection(self.view.selected_id)

    def _on_selection(self, clip_id: str | None) -> None:
        self.delete_button.setEnabled(clip_id is not None)
        self.edit_walk_button.setEnabled(False)
        if clip_id is None:
            self.selection_label.setText("Nothing selected.")
            return
        try:
            track, _, clip = find_clip(self.document.project, clip_id)
        except ClipNotFound:
            return
        self.edit_walk_button.setEnabled(isinstance(clip, LatentWalkClip))
        what = f'caption "{clip.text}"' if isinstance(clip, CaptionClip) else "latent walk"
        self.selection_label.setText(
            f"{track.name}: {what}, {format_seconds(clip.start)} – {format_seconds(clip.end)}"
        )
