"""The main window: navigation between the five areas, the File/Edit/Help menus, the title."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from aigc_studio.engine.engine import Engine
from aigc_studio.project.commands import ClipNotFound, RenameProject, find_clip
from aigc_studio.project.document import ProjectDocument
from aigc_studio.project.model import LatentWalkClip, Project
from aigc_studio.project.sample import install_sample
from aigc_studio.project.storage import (
    PROJECT_SUFFIX,
    ProjectError,
    load_project,
    project_folder_for,
    save_project,
)
from aigc_studio.ui.about import AboutDialog
from aigc_studio.ui.explore_panel import ExplorePanel
from aigc_studio.ui.export_panel import ExportPanel
from aigc_studio.ui.preview_audio import sound_device
from aigc_studio.ui.script_panel import ScriptPanel
from aigc_studio.ui.settings import Settings, load_settings, save_settings
from aigc_studio.ui.timeline_panel import TimelinePanel
from aigc_studio.ui.train_panel import TrainPanel
from aigc_studio.ui.undo import push_command

AREAS = ("Train", "Explore", "Script", "Timeline", "Export")
AREA_TIPS = {
    "Train": "Train a face model on your own images",
    "Explore": "Explore faces with sliders and build latent walks",
    "Script": "Write the scenes and lines of your short",
    "Timeline": "See and edit the clips of your video",
    "Export": "Render a vertical MP4",
}
STATUS_SECONDS = 6


class MainWindow(QMainWindow):
    def __init__(
        self,
        engine: Engine | None = None,
        document: ProjectDocument | None = None,
        settings: Settings | None = None,
        confirm_close: bool = True,
    ) -> None:
        super().__init__()
        # Load QtMultimedia's backend now, before the engine's threads start importing torch:
        # the backend loading on the GUI thread while a worker dlopens torch's libraries
        # deadlocks the two (seen on Linux with PulseAudio absent). It takes ~20 ms, once.
        sound_device()
        self.engine = engine or Engine(self)
        self.document = document or ProjectDocument()
        self.settings = settings or load_settings()
        self.confirm_close = confirm_close  # ask about unsaved changes on close/new/open
        self.undo_stack = QUndoStack(self)
        self._shut_down = False

        self.train = TrainPanel(self.engine, self.settings)
        self.explore = ExplorePanel(self.engine, self.document, self.undo_stack)
        self.script = ScriptPanel(self.document, self.undo_stack, engine=self.engine)
        self.timeline = TimelinePanel(self.engine, self.document, self.undo_stack)
        self.export_panel = ExportPanel(
            self.engine, self.document, self.settings, undo_stack=self.undo_stack
        )
        self.panels = dict(
            zip(
                AREAS,
                (self.train, self.explore, self.script, self.timeline, self.export_panel),
                strict=True,
            )
        )
        self._build_layout()
        self._build_menus()
        for panel in self.panels.values():
            panel.sig_status.connect(self.show_status)
        self.train.sig_load_model.connect(self._load_trained_model)
        self.timeline.sig_edit_walk.connect(self.edit_walk)
        self.document.add_listener(self._update_title)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self._update_title()
        self.resize(1280, 860)
        self.show_area("Explore")
        self.statusBar().showMessage("Loading the default face model…", STATUS_SECONDS * 1000)
        self.explore.load_default_model()

    # -- layout -----------------------------------------------------------------------

    def _build_layout(self) -> None:
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(168)
        self.navigation.setIconSize(QSize(18, 18))
        self.stack = QStackedWidget()
        for index, area in enumerate(AREAS):
            item = QListWidgetItem(area)
            item.setToolTip(f"{AREA_TIPS[area]} (Ctrl+{index + 1})")
            item.setStatusTip(AREA_TIPS[area])
            self.navigation.addItem(item)
            self.stack.addWidget(self.panels[area])
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    def _build_menus(self) -> None:
        menus = self.menuBar()
        file_menu = menus.addMenu("&File")
        self._action(file_menu, "&New", QKeySequence.StandardKey.New, self.new_project)
        self._action(file_menu, "&Open…", QKeySequence.StandardKey.Open, self.open_project)
        self._action(file_menu, "&Save", QKeySequence.StandardKey.Save, self.save)
        self._action(file_menu, "Save &As…", QKeySequence.StandardKey.SaveAs, self.save_as)
        file_menu.addSeparator()
        self._action(file_menu, "Open Sample Project", None, lambda: self.open_sample_project())
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", QKeySequence.StandardKey.Quit, self.close)

        edit_menu = menus.addMenu("&Edit")
        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)

        view_menu = menus.addMenu("&View")
        for index, area in enumerate(AREAS):
            self._action(
                view_menu, area, QKeySequence(f"Ctrl+{index + 1}"), lambda a=area: self.show_area(a)
            )

        help_menu = menus.addMenu("&Help")
        self._action(help_menu, "&About AIGC Studio", None, self.show_about)

    def _action(self, menu, text: str, shortcut, slot) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def show_area(self, area: str) -> None:
        self.navigation.setCurrentRow(AREAS.index(area))

    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_SECONDS * 1000)

    def show_about(self) -> None:
        AboutDialog(self).exec()

    # -- title and dirty state --------------------------------------------------------

    def _on_clean_changed(self, clean: bool) -> None:
        self.document.dirty = not clean
        self._update_title()

    def _update_title(self) -> None:
        # Qt replaces "[*]" with "*" while the window is marked modified.
        self.setWindowTitle(f"{self.document.project.name}[*] — AIGC Studio")
        self.setWindowModified(not self.undo_stack.isClean())

    # -- files ------------------------------------------------------------------------

    def _confirm_discard(self) -> bool:
        """True when it is fine to drop the current project (saved, or the user agreed)."""
        if not self.confirm_close or self.undo_stack.isClean():
            return True
        answer = QMessageBox.question(
            self,
            "Unsaved changes",
            f"Save the changes to “{self.document.project.name}” first?",
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new_project(self) -> None:
        if self._confirm_discard():
            self._replace(Project(), None)
            self.show_status("New project")

    def open_project(self, folder: str | Path | None = None) -> bool:
        if not self._confirm_discard():
            return False
        if folder is None:
            folder = QFileDialog.getExistingDirectory(
                self,
                "Open project (a .aigcproj folder)",
                self.settings.project_dir or str(Path.home()),
            )
            if not folder:
                return False
        try:
            project = load_project(folder)
        except (ProjectError, ValueError, OSError) as error:
            QMessageBox.warning(self, "Cannot open project", str(error))
            return False
        self._replace(project, Path(folder))
        self._remember_folder(Path(folder))
        self.show_status(f"Opened {folder}")
        return True

    def open_sample_project(self, parent: Path | None = None) -> bool:
        """Open (a copy of) the shipped sample project in the Timeline; True on success."""
        try:
            folder = install_sample(parent)
        except OSError as error:
            self.show_status(f"Could not copy the sample project: {error.strerror or error}")
            return False
        self.settings.sample_opened = "yes"
        save_settings(self.settings)
        if not self.open_project(folder):
            return False
        self.show_area("Timeline")
        return True

    def _replace(self, project: Project, path: Path | None) -> None:
        self.undo_stack.clear()  # its commands edit the old project
        if self.explore.walk_editor.editing is not None:
            self.explore.walk_editor.new_walk()  # a walk being edited belongs to the old one
        self.document.replace(project, path)
        self.undo_stack.setClean()
        self._update_title()

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self.save_to(self.document.path)

    def save_as(self) -> bool:
        start = Path(self.settings.project_dir or Path.home()) / (
            self.document.project.name + PROJECT_SUFFIX
        )
        path, _ = QFileDialog.getSaveFileName(
            self, "Save project as", str(start), f"AIGC Studio project (*{PROJECT_SUFFIX})"
        )
        if not path:
            return False
        return self.save_to(path, source_folder=self.document.path)

    def save_to(self, folder: str | Path, source_folder: Path | None = None) -> bool:
        """Save into NAME.aigcproj (the project takes the folder's name); True on success."""
        folder = project_folder_for(folder)
        name = folder.name[: -len(PROJECT_SUFFIX)]
        project = self.document.project
        if name and name != project.name:
            push_command(self.undo_stack, self.document, RenameProject(project, name))
        try:
            saved = save_project(project, folder, source_folder=source_folder)
        except (ProjectError, OSError) as error:
            QMessageBox.warning(self, "Cannot save project", str(error))
            return False
        self.undo_stack.setClean()
        self.document.mark_saved(saved)
        self._remember_folder(saved)
        self.show_status(f"Saved {saved}")
        return True

    def _remember_folder(self, folder: Path) -> None:
        self.settings.project_dir = str(folder.parent)
        save_settings(self.settings)

    def _load_trained_model(self, path: str) -> None:
        self.explore.load_model(path)
        self.show_area("Explore")

    def edit_walk(self, clip_id: str) -> None:
        """Edit in Explore: open the timeline's walk in Explore's walk editor."""
        try:
            _, _, clip = find_clip(self.document.project, clip_id)
        except ClipNotFound:
            self.show_status("That clip is no longer on the timeline")
            return
        if isinstance(clip, LatentWalkClip):
            self.show_area("Explore")
            self.explore.open_walk(clip)

    # -- shutdown ---------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._shut_down and not self._confirm_discard():
            event.ignore()
            return
        self.shutdown()
        event.accept()

    def shutdown(self) -> None:
        """Cancel running work and join every engine thread (idempotent)."""
        if self._shut_down:
            return
        self._shut_down = True
        if self.engine.running_jobs():
            self.statusBar().showMessage("Stopping background work…")
        self.engine.shutdown()
