"""The main window: navigation between the five areas, the File/Edit/Help menus, the title.

Project files are handled here too: autosave to a recovery copy and the offer to restore
one after a crash, recent projects, the missing-media bar with relinking, Collect Files,
and save/open failures told as sentences (project/autosave.py and project/relink.py do
the work without Qt).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from aigc_studio.engine.engine import Engine
from aigc_studio.engine.jobs import Job
from aigc_studio.project.autosave import (
    Recovery,
    RecoverySession,
    find_recoveries,
    load_recovery,
)
from aigc_studio.project.autosave import discard_recovery as delete_recovery
from aigc_studio.project.check import outside_files
from aigc_studio.project.commands import ClipNotFound, RenameProject, find_clip
from aigc_studio.project.document import ProjectDocument
from aigc_studio.project.model import LatentWalkClip, Project
from aigc_studio.project.relink import RelinkMedia, find_moved, missing_media
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
from aigc_studio.ui.i18n import tr
from aigc_studio.ui.language_menu import LanguageMenu, language_change_sentence
from aigc_studio.ui.preview_audio import sound_device
from aigc_studio.ui.project_files import (
    MissingMediaBar,
    RecentProjectsMenu,
    autosave_seconds,
    file_error_sentence,
    forget_recent,
    remember_recent,
)
from aigc_studio.ui.recovery_dialog import RecoveryDialog
from aigc_studio.ui.script_panel import ScriptPanel
from aigc_studio.ui.settings import Settings, data_dir, load_settings, save_settings
from aigc_studio.ui.settings_dialog import SettingsDialog
from aigc_studio.ui.shortcuts_dialog import ShortcutsDialog
from aigc_studio.ui.studio_icons import set_studio_icon
from aigc_studio.ui.timeline_panel import TimelinePanel
from aigc_studio.ui.train_panel import TrainPanel
from aigc_studio.ui.undo import push_command
from aigc_studio.ui.widgets import AREA_ICONS

if TYPE_CHECKING:
    from aigc_studio.ui.quick_wizard import QuickWizard  # imported when first opened

AREAS = ("Train", "Explore", "Script", "Timeline", "Export")  # English names: code and tests
STATUS_SECONDS = 6
RECOVERY_FOLDER = "recovery"  # under the data folder: autosaved copies of open projects
MISSING_CHECK_MS = 300  # after an edit, look for missing media once edits pause this long


def area_texts() -> dict[str, tuple[str, str]]:
    """Each area's shown name and tip, in the studio's language (AREAS keeps the English
    names the code uses)."""
    return {
        "Train": (tr("Train"), tr("Train a face model on your own images")),
        "Explore": (tr("Explore"), tr("Explore faces with sliders and build latent walks")),
        "Script": (tr("Script"), tr("Write the scenes and lines of your short")),
        "Timeline": (tr("Timeline"), tr("See and edit the clips of your video")),
        "Export": (tr("Export"), tr("Render a vertical MP4")),
    }


# What the recovery offer decided: ("restore" | "discard" | "later", the recovery or None).
RecoveryChoice = tuple[str, Recovery | None]
RecoveryChooser = Callable[[list[Recovery]], RecoveryChoice]


UNTITLED = "Untitled"  # project.model.Project's default name


Icon = QStyle.StandardPixmap  # the style's built-in icons, short for menus


class MainWindow(QMainWindow):
    sig_relinked = Signal(int)
    """Find files… ended: how many media files are still missing."""

    def __init__(
        self,
        engine: Engine | None = None,
        document: ProjectDocument | None = None,
        settings: Settings | None = None,
        confirm_close: bool = True,
        recovery_dir: Path | None = None,
        offer_recovery_at_start: bool = True,
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
        self.error_box: QMessageBox | None = None  # the last failure shown (tests read it)
        self.recovery_dialog: RecoveryDialog | None = None  # the crash offer, while shown
        self.quick_wizard: QuickWizard | None = None  # New Short from Idea, once opened
        self.settings_dialog: SettingsDialog | None = None  # Edit ▸ Settings…, last opened
        self.recovery_problems: list[str] = []  # unreadable recovery copies found at start
        self.recovery = RecoverySession(recovery_dir or data_dir() / RECOVERY_FOLDER)
        self.missing_bar = MissingMediaBar()
        self.missing_bar.sig_find_files.connect(lambda: self.find_missing_files())

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
        self._missing_check = QTimer(self)
        self._missing_check.setSingleShot(True)
        self._missing_check.setInterval(MISSING_CHECK_MS)
        self._missing_check.timeout.connect(self.check_missing_media)
        self.document.add_listener(self._on_document_changed)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.timeout.connect(self.autosave_now)
        self.set_autosave_seconds(autosave_seconds(self.settings))
        if offer_recovery_at_start:
            QTimer.singleShot(0, self._offer_recovery_at_start)
        self._update_title()
        self.resize(1280, 860)
        self.show_area("Explore")
        self.statusBar().showMessage(tr("Loading the default face model…"), STATUS_SECONDS * 1000)
        self.explore.load_default_model()

    # -- layout -----------------------------------------------------------------------

    def _build_layout(self) -> None:
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.missing_bar)
        areas = QWidget()
        column.addWidget(areas, 1)
        layout = QHBoxLayout(areas)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(168)
        self.navigation.setIconSize(QSize(18, 18))
        self.stack = QStackedWidget()
        texts = area_texts()
        for index, area in enumerate(AREAS):
            label, tip = texts[area]
            item = QListWidgetItem(label)
            set_studio_icon(item, AREA_ICONS[area])
            item.setToolTip(f"{tip} (Ctrl+{index + 1})")
            item.setStatusTip(tip)
            self.navigation.addItem(item)
            self.stack.addWidget(self.panels[area])
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    def _build_menus(self) -> None:
        menus = self.menuBar()
        file_menu = menus.addMenu(tr("&File"))
        self._action(
            file_menu,
            tr("&New"),
            QKeySequence.StandardKey.New,
            self.new_project,
            Icon.SP_FileIcon,
            tr("Start an empty project"),
        )
        self._action(
            file_menu,
            tr("New Short from &Idea…"),
            QKeySequence("Ctrl+Shift+N"),
            lambda: self.open_quick_wizard(),
            Icon.SP_MediaPlay,
            tr("Type a topic; get a finished short and a project to edit"),
        )
        self._action(
            file_menu,
            tr("&Open…"),
            QKeySequence.StandardKey.Open,
            self.open_project,
            Icon.SP_DirOpenIcon,
            tr("Open a project folder"),
        )
        self.recent_menu = RecentProjectsMenu(self.settings, self.open_recent, self)
        file_menu.addMenu(self.recent_menu)
        self._action(
            file_menu,
            tr("&Save"),
            QKeySequence.StandardKey.Save,
            self.save,
            Icon.SP_DialogSaveButton,
            tr("Save the project to its folder"),
        )
        self._action(
            file_menu,
            tr("Save &As…"),
            QKeySequence.StandardKey.SaveAs,
            self.save_as,
            "save-as",
            tr("Save the project under a new name or in a new place"),
        )
        self.collect_action = self._action(
            file_menu,
            tr("&Collect Files"),
            None,
            self.collect_files,
            Icon.SP_DirHomeIcon,
            tr("Save, copying media from elsewhere on disk into the project's assets folder"),
        )
        file_menu.addSeparator()
        self._action(
            file_menu,
            tr("Open Sample Project"),
            None,
            lambda: self.open_sample_project(),
            "film",
            tr("Open a finished example short to look around in"),
        )
        file_menu.addSeparator()
        self._action(
            file_menu,
            tr("&Quit"),
            QKeySequence.StandardKey.Quit,
            self.close,
            Icon.SP_DialogCloseButton,
            tr("Close AIGC Studio"),
        )

        edit_menu = menus.addMenu(tr("&Edit"))
        self.undo_action = self.undo_stack.createUndoAction(self, tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setIcon(self.style().standardIcon(Icon.SP_ArrowBack))
        self.undo_action.setStatusTip(tr("Take back the last edit"))
        self.redo_action = self.undo_stack.createRedoAction(self, tr("&Redo"))
        # Ctrl+Shift+Z (the platform's) and Ctrl+Y, which creators from Windows editors expect.
        self.redo_action.setShortcuts([QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Y")])
        self.redo_action.setIcon(self.style().standardIcon(Icon.SP_ArrowForward))
        self.redo_action.setStatusTip(tr("Do the edit you took back again"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self._action(
            edit_menu,
            tr("&Settings…"),
            QKeySequence.StandardKey.Preferences,
            lambda: self.open_settings(),
            Icon.SP_FileDialogDetailedView,
            tr("Language, theme, recovery copies and voices"),
        )

        view_menu = menus.addMenu(tr("&View"))
        texts = area_texts()
        for index, area in enumerate(AREAS):
            self._action(
                view_menu,
                texts[area][0],
                QKeySequence(f"Ctrl+{index + 1}"),
                lambda a=area: self.show_area(a),
                AREA_ICONS[area],
                texts[area][1],
            )
        view_menu.addSeparator()
        self.language_menu = LanguageMenu(self.settings, self)
        self.language_menu.sig_changed.connect(lambda _language: self.tell_language_changed())
        view_menu.addMenu(self.language_menu)

        help_menu = menus.addMenu(tr("&Help"))
        self._action(
            help_menu,
            tr("&Welcome"),
            None,
            self.show_welcome,
            Icon.SP_DialogHelpButton,
            tr("The three main jobs, and a short from an idea"),
        )
        self._action(
            help_menu,
            tr("&Keyboard Shortcuts"),
            QKeySequence("Ctrl+/"),
            self.show_shortcuts,
            "info",
            tr("Every key the studio answers to, by area"),
        )
        self._action(
            help_menu,
            tr("&About AIGC Studio"),
            None,
            self.show_about,
            Icon.SP_MessageBoxInformation,
            tr("Version, licences and where the sample images come from"),
        )

    def _action(self, menu, text: str, shortcut, slot, icon: Icon | str, tip: str) -> QAction:
        """A menu entry with ``icon`` (one of the style's own icons, which follow the theme
        and ship with Qt, or the name of a studio icon where the style has none that fits)
        and ``tip`` in the status bar while the pointer is on it."""
        action = QAction(text, self)
        if isinstance(icon, str):
            set_studio_icon(action, icon)
        else:
            action.setIcon(self.style().standardIcon(icon))
        action.setStatusTip(tip)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def show_area(self, area: str) -> None:
        self.navigation.setCurrentRow(AREAS.index(area))

    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_SECONDS * 1000)

    def tell_language_changed(self) -> None:
        """The language menu saved a new choice: it applies at the next start."""
        self.statusBar().showMessage(language_change_sentence(), STATUS_SECONDS * 2000)

    def open_settings(self) -> SettingsDialog:
        """Edit ▸ Settings…: the studio-wide choices (not modal; each change saves at once)."""
        dialog = SettingsDialog(self.settings, self)
        dialog.sig_autosave_changed.connect(self.set_autosave_seconds)
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()
        self.settings_dialog = dialog
        return dialog

    def show_welcome(self) -> None:
        from aigc_studio.app import show_welcome

        show_welcome(self)

    def show_about(self) -> None:
        AboutDialog(self).exec()

    def shortcuts_dialog(self) -> ShortcutsDialog:
        """Help ▸ Keyboard Shortcuts, built from this window's menu actions."""
        actions = [
            action
            for menu_action in self.menuBar().actions()
            if menu_action.menu() is not None
            for action in _all_actions(menu_action.menu())
        ]
        return ShortcutsDialog(actions, self)

    def show_shortcuts(self) -> None:
        self.shortcuts_dialog().exec()

    def show_error(self, title: str, sentence: str) -> None:
        """Tell a failure: a message box that does not block (so nothing waits on it) and
        the same sentence in the status bar."""
        self.statusBar().showMessage(sentence, STATUS_SECONDS * 2000)
        if self.error_box is not None:
            self.error_box.close()
        box = QMessageBox(QMessageBox.Icon.Warning, title, sentence, parent=self)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        self.error_box = box
        box.open()

    # -- title and dirty state --------------------------------------------------------

    def _on_clean_changed(self, clean: bool) -> None:
        self.document.dirty = not clean
        if clean:
            self.recovery.discard()  # back to what is on disk: nothing left to recover
        self._update_title()

    def _update_title(self) -> None:
        # Qt replaces "[*]" with "*" while the window is marked modified.
        name = self.document.project.name
        if name == UNTITLED:  # the core's default name, shown in the studio's language
            name = tr("Untitled")
        self.setWindowTitle(f"{name}[*] — AIGC Studio")
        self.setWindowModified(not self.undo_stack.isClean())

    # -- files ------------------------------------------------------------------------

    def _confirm_discard(self) -> bool:
        """True when it is fine to drop the current project (saved, or the user agreed)."""
        if not self.confirm_close or self.undo_stack.isClean():
            return True
        answer = QMessageBox.question(
            self,
            tr("Unsaved changes"),
            tr("Save the changes to “{name}” first?").format(name=self.document.project.name),
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
            self.show_status(tr("New project"))

    def open_project(self, folder: str | Path | None = None) -> bool:
        if not self._confirm_discard():
            return False
        if folder is None:
            folder = QFileDialog.getExistingDirectory(
                self,
                tr("Open project (a .aigcproj folder)"),
                self.settings.project_dir or str(Path.home()),
            )
            if not folder:
                return False
        try:
            project = load_project(folder)
        except (ProjectError, ValueError, OSError) as error:
            self.show_error(tr("Cannot open project"), file_error_sentence(error, "open", folder))
            return False
        self._replace(project, Path(folder))
        self._remember_folder(Path(folder))
        self.show_status(tr("Opened {folder}").format(folder=folder))
        self.check_missing_media()
        return True

    def open_quick_wizard(self) -> QuickWizard:
        """File ▸ New Short from Idea…: show the wizard (one per window, kept between uses so
        a finished run's list stays); returns it."""
        if self.quick_wizard is None:
            # Imported here: the pipeline pulls in the whole generation stack, which the
            # window does not need until a short is made.
            from aigc_studio.ui.quick_wizard import QuickWizard

            self.quick_wizard = QuickWizard(self.engine, self)
            self.quick_wizard.sig_open_project.connect(self.open_project_on_timeline)
        self.quick_wizard.show()
        self.quick_wizard.raise_()
        self.quick_wizard.activateWindow()
        return self.quick_wizard

    def open_project_on_timeline(self, folder: str | Path) -> bool:
        """Open a project and show it in the Timeline area (the wizard's result)."""
        if not self.open_project(folder):
            return False
        self.show_area("Timeline")
        return True

    def open_recent(self, folder: str | Path) -> bool:
        """File ▸ Open Recent: open it, or say it is gone and take it off the list."""
        if not Path(folder).is_dir():
            forget_recent(self.settings, folder)
            self.recent_menu.rebuild()
            self.show_error(
                tr("Cannot open project"),
                tr(
                    "The project folder {folder} is no longer there (moved or deleted), so it "
                    "was taken off the recent list; use Open… to find it."
                ).format(folder=folder),
            )
            return False
        return self.open_project(folder)

    def open_sample_project(self, parent: Path | None = None) -> bool:
        """Open (a copy of) the shipped sample project in the Timeline; True on success."""
        try:
            folder = install_sample(parent)
        except OSError as error:
            self.show_status(
                tr("Could not copy the sample project: {reason}").format(
                    reason=error.strerror or error
                )
            )
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
        self.recovery.discard()  # the creator chose to leave the old project
        self.missing_bar.hide()
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
            self,
            tr("Save project as"),
            str(start),
            tr("AIGC Studio project") + f" (*{PROJECT_SUFFIX})",
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
        except (ProjectError, ValueError, OSError) as error:
            # The document stays dirty and open: nothing is lost but this one save.
            sentence = file_error_sentence(error, "save", folder)
            self.show_error(tr("Cannot save project"), sentence)
            return False
        self.undo_stack.setClean()
        self.document.mark_saved(saved)
        self.recovery.discard()  # the project's own folder now holds the work
        self._remember_folder(saved)
        self.show_status(tr("Saved {folder}").format(folder=saved))
        return True

    def _remember_folder(self, folder: Path) -> None:
        self.settings.project_dir = str(folder.parent)
        remember_recent(self.settings, folder)  # saves the settings
        self.recent_menu.rebuild()

    def collect_files(self) -> str:
        """File ▸ Collect Files: save (which copies media from elsewhere into assets/), then
        say whether everything is inside the project folder; returns the sentence."""
        if not self.save():
            return ""
        project, folder = self.document.project, self.document.path
        assert folder is not None  # a successful save gave the project a folder
        missing = [item.name for item in missing_media(project, folder)]
        outside = [Path(path).name for path in outside_files(project, folder)]
        left = missing + [name for name in outside if name not in missing]
        if not left:
            sentence = tr("All media is inside the project folder.")
        elif len(left) == 1:
            sentence = tr(
                "1 media file could not be collected because it is missing: {names}. "
                "Use Find files… to relink it, then Collect Files again."
            ).format(names=left[0])
        else:
            sentence = tr(
                "{count} media files could not be collected because they are missing: "
                "{names}. Use Find files… to relink them, then Collect Files again."
            ).format(count=len(left), names=", ".join(left))
        self.show_status(sentence)
        if missing or outside:
            self.check_missing_media()
        return sentence

    # -- missing media ----------------------------------------------------------------

    def _on_document_changed(self) -> None:
        if self.missing_bar.isVisible():
            self._missing_check.start()  # an undo may bring a missing path back, or fix one

    def check_missing_media(self, note: str = "") -> int:
        """Show or hide the missing-media bar; returns how many files are missing."""
        missing = missing_media(self.document.project, self.document.path)
        self.missing_bar.show_missing([item.name for item in missing], note)
        return len(missing)

    def find_missing_files(self, search_dir: str | Path | None = None) -> Job | None:
        """Find files…: look for the missing files under a folder, off the GUI thread (a big
        folder takes a while), then relink the ones found in one undo step. Returns the
        search job (None when nothing is missing or no folder was picked); when it ends,
        ``sig_relinked`` tells how many files are still missing."""
        missing = missing_media(self.document.project, self.document.path)
        if not missing:
            self.check_missing_media()
            return None
        if search_dir is None:
            # Files are usually moved near the project, so the search starts beside it.
            near = self.document.path.parent if self.document.path else None
            search_dir = QFileDialog.getExistingDirectory(
                self,
                tr("Find the missing media files in…"),
                str(near or self.settings.project_dir or Path.home()),
            )
            if not search_dir:
                return None
        folder, project = Path(search_dir), self.document.project
        self.missing_bar.find_button.setEnabled(False)
        self.show_status(
            tr("Looking for {count} missing file(s) in {folder}…").format(
                count=len(missing), folder=folder
            )
        )
        job = self.engine.start_job(
            tr("Find missing files"),
            lambda reporter: find_moved(missing, folder, reporter=reporter),
        )

        def found(mapping: dict[str, Path]) -> None:
            self.missing_bar.find_button.setEnabled(True)
            if self.document.project is not project:
                return  # another project was opened meanwhile: these paths are not its
            relinked = 0
            if mapping:
                try:
                    push_command(self.undo_stack, self.document, RelinkMedia(project, mapping))
                    relinked = len(mapping)
                except ValueError:
                    pass  # the clips were removed while the search ran: nothing to relink
            self._tell_relinked(relinked, folder)

        def failed(message: str) -> None:
            self.missing_bar.find_button.setEnabled(True)
            self.show_error(tr("Cannot search for the missing files"), message)

        job.sig_finished.connect(found)
        job.sig_failed.connect(failed)
        job.sig_cancelled.connect(lambda: self.missing_bar.find_button.setEnabled(True))
        return job

    def _tell_relinked(self, relinked: int, folder: Path) -> None:
        left = self.check_missing_media()
        if relinked == 1:
            note = tr("Relinked 1 file.")
        else:
            note = tr("Relinked {count} files.").format(count=relinked)
        if left:
            self.check_missing_media(
                tr("{relinked} Not found in {folder}:").format(relinked=note, folder=folder)
            )
            note = tr("{relinked} {count} still missing.").format(relinked=note, count=left)
        self.show_status(note)
        self.sig_relinked.emit(left)

    # -- autosave and recovery --------------------------------------------------------

    def set_autosave_seconds(self, seconds: int) -> None:
        """Write a recovery copy every ``seconds`` while there are unsaved changes; 0 = off."""
        self.autosave_timer.stop()
        if seconds > 0:
            self.autosave_timer.start(seconds * 1000)

    def autosave_now(self) -> Path | None:
        """Write this session's recovery copy if there are unsaved changes; returns its
        folder, None when there was nothing to save or the disk refused (told in the status
        bar: autosave is a safety net and must never interrupt the work)."""
        if self.undo_stack.isClean() and not self.document.dirty:
            return None
        try:
            return self.recovery.write(self.document.project, self.document.path)
        except OSError as error:
            self.show_status(
                tr(
                    "Autosave could not write a recovery copy ({reason}); "
                    "save the project to keep your changes."
                ).format(reason=error.strerror or error)
            )
            return None

    def _offer_recovery_at_start(self) -> None:
        if not self._shut_down:
            self.offer_recovery()

    def offer_recovery(self, choose: RecoveryChooser | None = None) -> list[Recovery]:
        """Offer the recovery copies a crashed session left: ``choose`` decides (tests), or
        else a dialog that does not block; returns the recoveries found."""
        problems: list[str] = []
        recoveries = find_recoveries(self.recovery.recovery_dir, problems)
        recoveries = [r for r in recoveries if r.folder != self.recovery.folder]
        self.recovery_problems = problems
        if problems:
            if len(problems) == 1:
                sentence = tr("1 recovery copy could not be read and was skipped: {problem}")
            else:
                sentence = tr(
                    "{count} recovery copies could not be read and were skipped: {problem}"
                )
            self.show_status(sentence.format(count=len(problems), problem=problems[0]))
        if not recoveries:
            return recoveries
        if choose is not None:
            action, recovery = choose(recoveries)
            if recovery is not None and action == "restore":
                self.restore_recovery(recovery)
            elif recovery is not None and action == "discard":
                self.discard_recovery(recovery)
            return recoveries
        dialog = RecoveryDialog(recoveries, problems, self)
        dialog.sig_restore.connect(self.restore_recovery)
        dialog.sig_discard.connect(self.discard_recovery)
        dialog.finished.connect(lambda _result: setattr(self, "recovery_dialog", None))
        self.recovery_dialog = dialog
        dialog.open()
        return recoveries

    def restore_recovery(self, recovery: Recovery) -> bool:
        """Open a recovered project with its changes unsaved, pointing at its own folder so
        Save writes there; the old copy is dropped once this session holds its own."""
        try:
            project = load_recovery(recovery)
        except (ProjectError, OSError) as error:
            self.show_error(
                tr("Cannot restore"), file_error_sentence(error, "restore", recovery.folder)
            )
            return False
        if not self._confirm_discard():
            return False
        self._replace(project, recovery.original)
        self.undo_stack.resetClean()  # unsaved until saved, even with an empty history
        self.document.dirty = True
        self._update_title()
        if self.autosave_now() is not None:
            self.discard_recovery(recovery)
        if recovery.original is not None:
            sentence = tr(
                "Restored the unsaved changes of {name}; Save to keep them in {folder}."
            ).format(name=recovery.name, folder=recovery.original)
        else:
            sentence = tr(
                "Restored the unsaved changes of {name}; Save to keep them in a new project."
            ).format(name=recovery.name)
        self.show_status(sentence)
        self.check_missing_media()
        return True

    def discard_recovery(self, recovery: Recovery) -> None:
        try:
            delete_recovery(recovery)
        except OSError as error:
            self.show_status(
                tr("Could not delete the recovery copy {folder} ({reason}).").format(
                    folder=recovery.folder, reason=error.strerror or error
                )
            )

    def _load_trained_model(self, path: str) -> None:
        self.explore.load_model(path)
        self.show_area("Explore")

    def edit_walk(self, clip_id: str) -> None:
        """Edit in Explore: open the timeline's walk in Explore's walk editor."""
        try:
            _, _, clip = find_clip(self.document.project, clip_id)
        except ClipNotFound:
            self.show_status(tr("That clip is no longer on the timeline"))
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
        self.autosave_timer.stop()
        self.recovery.discard()  # a clean quit: the next start has nothing to offer
        if self.engine.running_jobs():
            self.statusBar().showMessage(tr("Stopping background work…"))
        self.engine.shutdown()


def _all_actions(menu) -> list[QAction]:
    """A menu's actions, its submenus' included, in menu order."""
    found: list[QAction] = []
    for action in menu.actions():
        if action.menu() is not None:
            found += _all_actions(action.menu())
        elif not action.isSeparator():
            found.append(action)
    return found
