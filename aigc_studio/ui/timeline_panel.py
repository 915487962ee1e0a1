"""Timeline: the preview player, an edit toolbar, the tracks and the clip properties pane."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from aigc_studio.engine.engine import Engine
from aigc_studio.project.commands import ClipNotFound, find_clip
from aigc_studio.project.document import ProjectDocument
from aigc_studio.project.model import (
    AudioClip,
    CaptionClip,
    Clip,
    ImageClip,
    LatentWalkClip,
    VideoFileClip,
)
from aigc_studio.ui.clip_properties import ClipPropertiesPane
from aigc_studio.ui.i18n import tr
from aigc_studio.ui.media_import import MediaImporter
from aigc_studio.ui.preview_player import PreviewPlayer
from aigc_studio.ui.studio_icons import set_studio_icon
from aigc_studio.ui.timeline_beats import MusicBeats
from aigc_studio.ui.timeline_style import track_title
from aigc_studio.ui.timeline_view import TimelineView
from aigc_studio.ui.widgets import (
    button,
    format_seconds,
    hint,
    menu_action,
    panel_header,
)

# J/K/L as in video editors: J plays backwards, K stops, L plays forwards; J or L again
# while already going that way plays faster (2×, then 4×).
SHUTTLE_KEYS = {
    Qt.Key.Key_J: lambda player: player.shuttle(-1),
    Qt.Key.Key_K: lambda player: player.pause(),
    Qt.Key.Key_L: lambda player: player.shuttle(1),
}


class TimelinePanel(QWidget):
    sig_status = Signal(str)
    """A short message for the status bar."""
    sig_edit_walk = Signal(str)
    """Edit in Explore was chosen for the latent walk clip with this id."""

    def __init__(self, engine: Engine, document: ProjectDocument, undo_stack, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.engine = engine
        self.undo_stack = undo_stack
        self.host_dialog = None  # the "Add virtual host" dialog while it is open
        root = QVBoxLayout(self)
        root.setContentsMargins(28, 22, 28, 22)
        root.addWidget(
            panel_header(
                tr("Timeline"),
                tr(
                    "Drag clips to move them and their edges to trim; S splits at the playhead, "
                    "Delete removes, Shift+Delete closes the gap. Space plays; J plays "
                    "backwards, K stops, L plays (J or L again: faster). Double-click a walk "
                    "to edit it."
                ),
            )
        )
        self.view = TimelineView(engine, document, undo_stack)
        self.properties = ClipPropertiesPane(document, undo_stack)
        self.importer = MediaImporter(engine, document, self.view, self)
        self.beats = MusicBeats(engine, document, self)
        self.player = PreviewPlayer(engine, document)

        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        self.toolbar = self._build_toolbar()
        editor_layout.addLayout(self.toolbar)
        # A narrow window (or a long translation) drops the labels of the least used
        # buttons first, keeping their icons and tips, instead of cutting every label.
        self._editor = editor
        editor.installEventFilter(self)
        tracks = QSplitter(Qt.Orientation.Horizontal)
        tracks.addWidget(self.view)
        tracks.addWidget(self.properties)
        tracks.setStretchFactor(0, 1)
        tracks.setCollapsible(0, False)
        editor_layout.addWidget(tracks, 1)
        self.selection_label = hint(tr("Nothing selected."))
        editor_layout.addWidget(self.selection_label)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.player)
        split.addWidget(editor)
        split.setStretchFactor(1, 1)
        split.setSizes([280, 420])  # the tracks get most of the room, the player enough
        root.addWidget(split, 1)

        self.view.sig_selection_changed.connect(self._on_selection)
        self.view.sig_edit_walk.connect(self.sig_edit_walk)
        self.view.sig_status.connect(self.sig_status)
        self.view.sig_files_dropped.connect(
            lambda paths, at, track: self.importer.import_files(paths, at, track)
        )
        self.properties.sig_status.connect(self.sig_status)
        self.importer.sig_status.connect(self.sig_status)
        self.importer.sig_imported.connect(self.view.set_selection)
        self.beats.sig_beats.connect(self.view.set_beats)
        self.beats.sig_status.connect(self.sig_status)
        self.view.sig_playhead_moved.connect(self.player.set_position)
        self.player.sig_position_changed.connect(self.view.set_playhead)
        document.add_listener(self._refresh)
        self._refresh()
        self.beats.update_beats()

    def _build_toolbar(self) -> QHBoxLayout:
        toolbar = QHBoxLayout()
        self.import_button = QToolButton()
        self.import_button.setText(tr("Import media…"))
        set_studio_icon(self.import_button, "import")
        self.import_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        tip = tr(
            "Add images, video or sound at the playhead (sound goes on the music track; "
            "the arrow puts it on narration or effects)"
        )
        self.import_button.setToolTip(tip)
        self.import_button.setStatusTip(tip)
        self.import_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        menu = QMenu(self.import_button)
        menu_action(
            menu,
            "voice",
            tr("Import narration…"),
            tr("Add a recording at the playhead on the narration track"),
            lambda: self.import_media("narration"),
        )
        menu_action(
            menu,
            "speaker",
            tr("Import sound effect…"),
            tr("Add a sound at the playhead on the effects track"),
            lambda: self.import_media("effects"),
        )
        self.import_button.setMenu(menu)
        self.import_button.clicked.connect(lambda: self.import_media("music"))
        toolbar.addWidget(self.import_button)
        edits = self.view.edits
        self.split_button = self._tool(
            toolbar, tr("Split"), tr("Split at the playhead (S)"), edits.split, "split"
        )
        self.delete_button = self._tool(
            toolbar,
            tr("Delete clip"),
            tr("Remove the selected clips (Delete; undoable)"),
            edits.delete,
            "delete",
        )
        self.ripple_button = self._tool(
            toolbar,
            tr("Ripple delete"),
            tr("Remove the selected clips and close the gap (Shift+Delete)"),
            edits.ripple_delete,
            "ripple",
        )
        self.copy_button = self._tool(
            toolbar, tr("Copy"), tr("Copy the selected clips (Ctrl+C)"), edits.copy, "copy"
        )
        self.paste_button = self._tool(
            toolbar, tr("Paste"), tr("Paste at the playhead (Ctrl+V)"), edits.paste, "paste"
        )
        self.edit_walk_button = self._tool(
            toolbar,
            tr("Edit in Explore"),
            tr("Re-open the selected latent walk in Explore to change it"),
            self._edit_walk,
            "edit",
        )
        self.host_button = self._tool(
            toolbar,
            tr("Add virtual host…"),
            tr("A face that speaks the narration, full frame or in a corner (undoable)"),
            self.add_virtual_host,
            "host",
        )
        toolbar.addStretch(1)
        self._tool(toolbar, "", tr("Zoom out (Ctrl + mouse wheel)"), self.view.zoom_out, "zoom-out")
        self._tool(toolbar, "", tr("Zoom in (Ctrl + mouse wheel)"), self.view.zoom_in, "zoom-in")
        self.fit_button = self._tool(
            toolbar,
            tr("Fit"),
            tr("Zoom to show the whole project"),
            self.view.fit_to_window,
            "fit",
        )
        self.duration_label = QLabel()
        toolbar.addWidget(self.duration_label)
        # Labels given up first when the toolbar is short of room (most used last).
        self._collapsible = [
            (widget, widget.text())
            for widget in (
                self.copy_button,
                self.paste_button,
                self.fit_button,
                self.ripple_button,
                self.delete_button,
                self.edit_walk_button,
                self.split_button,
                self.host_button,
                self.import_button,
            )
        ]
        # Each may shrink to its icon, so a narrow window can have the toolbar: the
        # labels then go (fit_toolbar) rather than being cut.
        for widget, text in self._collapsible:
            self._set_label(widget, "")
            widget.setMinimumWidth(widget.sizeHint().width())
            self._set_label(widget, text)
        return toolbar

    def eventFilter(self, watched, event) -> bool:
        if watched is self._editor and event.type() == QEvent.Type.Resize:
            self.fit_toolbar()
        return super().eventFilter(watched, event)

    def fit_toolbar(self) -> None:
        """Show every label that fits in the toolbar's width; drop the rest in order."""
        available = self._editor.width()
        for widget, text in self._collapsible:
            self._set_label(widget, text)
        for widget, _text in self._collapsible:
            self.toolbar.invalidate()
            if self.toolbar.sizeHint().width() <= available:
                return
            self._set_label(widget, "")

    @staticmethod
    def _set_label(widget, text: str) -> None:
        if isinstance(widget, QToolButton):
            style = Qt.ToolButtonStyle
            widget.setToolButtonStyle(
                style.ToolButtonTextBesideIcon if text else style.ToolButtonIconOnly
            )
        else:
            widget.setText(text)
        widget.setAccessibleName(widget.toolTip() if not text else text)

    def _tool(self, toolbar: QHBoxLayout, text: str, tip: str, slot, icon: str = ""):
        widget = button(text, tip, icon=icon)
        # The view keeps the keyboard focus, so S, Delete and Ctrl+V work after a click.
        widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        widget.clicked.connect(lambda _=False: slot())
        toolbar.addWidget(widget)
        return widget

    # -- actions ----------------------------------------------------------------------

    def import_media(self, audio_kind: str = "music") -> None:
        self.importer.choose_and_import(self.view.playhead, audio_kind)

    def add_virtual_host(self) -> None:
        """Open the dialog that adds a talking face over the narration."""
        from aigc_studio.ui.host_dialog import VirtualHostDialog

        explore = getattr(self.window(), "explore", None)  # its face, when in the window
        self.host_dialog = VirtualHostDialog(
            self.engine, self.document, self.undo_stack, explore, self
        )
        self.host_dialog.accepted.connect(lambda: self.sig_status.emit(tr("Virtual host added.")))
        self.host_dialog.open()

    def toggle_play(self) -> None:
        self.player.toggle()

    def keyPressEvent(self, event) -> None:
        # Space reaches here from any child that does not use it itself (the tracks
        # view, the toolbar), as a key press, not a shortcut, so it works in any window.
        if event.key() == Qt.Key.Key_Space and not event.modifiers():
            self.toggle_play()
            event.accept()
            return
        # J/K/L shuttle (SHUTTLE_KEYS), from any child that does not use the letter itself.
        if not event.modifiers() and event.key() in SHUTTLE_KEYS:
            SHUTTLE_KEYS[event.key()](self.player)
            event.accept()
            return
        super().keyPressEvent(event)

    def _edit_walk(self) -> None:
        if self.view.selected_id is not None:
            self.sig_edit_walk.emit(self.view.selected_id)

    def _refresh(self) -> None:
        project = self.document.project
        clips = sum(len(t.clips) for t in project.timeline.tracks)
        count = tr("{count} clip") if clips == 1 else tr("{count} clips")
        self.duration_label.setText(
            count.format(count=clips) + " · " + format_seconds(project.duration)
        )
        self._on_selection(self.view.selected_id)

    def _on_selection(self, clip_id: str | None) -> None:
        count = len(self.view.selected_ids)
        for widget in (self.delete_button, self.ripple_button):
            widget.setEnabled(count > 0)
        self.edit_walk_button.setEnabled(False)
        self.properties.show_clip(clip_id)
        if clip_id is None:
            self.selection_label.setText(tr("Nothing selected."))
            return
        try:
            track, _, clip = find_clip(self.document.project, clip_id)
        except ClipNotFound:
            return
        self.edit_walk_button.setEnabled(count == 1 and isinstance(clip, LatentWalkClip))
        if count > 1:
            self.selection_label.setText(tr("{count} clips selected.").format(count=count))
            return
        self.selection_label.setText(
            tr("{track}: {clip}, {start} – {end}").format(
                track=track_title(track),
                clip=describe(clip),
                start=format_seconds(clip.start),
                end=format_seconds(clip.end),
            )
        )


def describe(clip: Clip) -> str:
    """'latent walk', 'caption "Hi"', 'sound song.wav' for the selection line."""
    if isinstance(clip, CaptionClip):
        return tr('caption "{text}"').format(text=clip.text)
    if isinstance(clip, LatentWalkClip):
        return tr("virtual host") if clip.talk is not None else tr("latent walk")
    name = clip.path.replace("\\", "/").rsplit("/", 1)[-1]
    if isinstance(clip, AudioClip):
        return tr("sound {name}").format(name=name)
    if isinstance(clip, ImageClip):
        return tr("image {name}").format(name=name)
    if isinstance(clip, VideoFileClip):
        return tr("video file {name}").format(name=name)
    return tr("clip {name}").format(name=name)
