"""The File menu's helpers: recent projects, the missing-media bar, and failures as sentences."""

from __future__ import annotations

import errno
import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMenu, QWidget

from aigc_studio.project.storage import PROJECT_SUFFIX, ProjectError
from aigc_studio.ui.i18n import tr
from aigc_studio.ui.settings import DEFAULT_AUTOSAVE_SECONDS, Settings, save_settings
from aigc_studio.ui.studio_icons import set_studio_icon
from aigc_studio.ui.widgets import button

MAX_RECENT = 8  # projects listed under File ▸ Open Recent


# -- settings ---------------------------------------------------------------------------


def autosave_seconds(settings: Settings) -> int:
    """Seconds between recovery copies; 0 = autosave off. A bad value means the default."""
    text = settings.autosave_seconds.strip()
    if not text:
        return DEFAULT_AUTOSAVE_SECONDS
    try:
        seconds = int(float(text))
    except ValueError:
        return DEFAULT_AUTOSAVE_SECONDS
    return max(0, seconds)


def recent_projects(settings: Settings) -> list[str]:
    """The recent project folders, newest first (an unreadable list counts as empty)."""
    try:
        folders = json.loads(settings.recent_projects or "[]")
    except ValueError:
        return []
    if not isinstance(folders, list):
        return []
    return [f for f in folders if isinstance(f, str) and f][:MAX_RECENT]


def set_recent_projects(settings: Settings, folders: list[str]) -> None:
    settings.recent_projects = json.dumps(folders[:MAX_RECENT], ensure_ascii=False)
    save_settings(settings)


def remember_recent(settings: Settings, folder: Path) -> None:
    """Put ``folder`` first in the recent list (once), keeping the newest MAX_RECENT."""
    text = str(Path(folder).absolute())
    set_recent_projects(settings, [text] + [f for f in recent_projects(settings) if f != text])


def forget_recent(settings: Settings, folder: Path | str) -> None:
    text = str(Path(folder).absolute())
    set_recent_projects(settings, [f for f in recent_projects(settings) if f != text])


class RecentProjectsMenu(QMenu):
    """File ▸ Open Recent: the last projects, newest first; ones whose folder is gone are
    shown greyed out with a note, and Clear List empties it."""

    def __init__(
        self, settings: Settings, open_folder: Callable[[str], object], parent: QWidget
    ) -> None:
        super().__init__(tr("Open &Recent"), parent)
        self.settings = settings
        self.open_folder = open_folder
        self.aboutToShow.connect(self.rebuild)  # a folder may have gone since the last look
        self.rebuild()

    def rebuild(self) -> None:
        self.clear()
        folders = recent_projects(self.settings)
        for number, folder in enumerate(folders, start=1):
            name = Path(folder).name
            if name.endswith(PROJECT_SUFFIX):
                name = name[: -len(PROJECT_SUFFIX)]
            exists = Path(folder).is_dir()
            text = f"&{number} {name}"
            if not exists:
                text = tr("{entry} (folder missing)").format(entry=text)
            action = QAction(text, self)
            set_studio_icon(action, "folder")
            action.setData(folder)
            action.setToolTip(
                folder if exists else tr("{folder} is no longer there").format(folder=folder)
            )
            action.setStatusTip(action.toolTip())
            action.setEnabled(exists)
            action.triggered.connect(lambda _checked=False, f=folder: self.open_folder(f))
            self.addAction(action)
        if not folders:
            empty = self.addAction(tr("No recent projects"))
            set_studio_icon(empty, "info")
            empty.setStatusTip(tr("Projects you open or save show up here"))
            empty.setEnabled(False)
        self.addSeparator()
        self.clear_action = self.addAction(tr("&Clear List"))
        set_studio_icon(self.clear_action, "delete")
        self.clear_action.setStatusTip(tr("Forget these projects (their folders are kept)"))
        self.clear_action.setEnabled(bool(folders))
        self.clear_action.triggered.connect(self.clear_list)

    def clear_list(self) -> None:
        set_recent_projects(self.settings, [])
        self.rebuild()

    def project_actions(self) -> list[QAction]:
        """The actions that open a project (tests and the window read them)."""
        return [a for a in self.actions() if isinstance(a.data(), str) and a.data()]


# -- missing media ------------------------------------------------------------------------


class MissingMediaBar(QFrame):
    """A bar above the areas saying how many media files are missing, with Find files…"""

    sig_find_files = Signal()
    """The creator asked to look for the missing files in a folder."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("missingMediaBar")
        self.setStyleSheet(
            "#missingMediaBar { background: #5a4413; border-bottom: 1px solid #8a6a1f; }"
            "#missingMediaBar QLabel { color: #ffe7a8; }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.find_button = button(
            tr("Find files…"), tr("Pick a folder to look for the missing files in"), icon="search"
        )
        self.find_button.clicked.connect(self.sig_find_files.emit)
        self.close_button = button(
            tr("Hide"), tr("Hide this bar; the files stay missing until found"), icon="close"
        )
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.find_button)
        layout.addWidget(self.close_button)
        self.hide()

    def show_missing(self, names: list[str], note: str = "") -> None:
        """Show the bar for these missing files (hide it when there are none)."""
        if not names:
            self.label.setText(note)
            self.find_button.hide()
            self.setVisible(bool(note))
            return
        count = len(names)
        listed = ", ".join(names[:3]) + (", …" if count > 3 else "")
        if count == 1:
            text = tr(
                "1 media file is missing ({names}); its clips stay silent or blank until relinked."
            )
        else:
            text = tr(
                "{count} media files are missing ({names}); their clips stay silent or blank "
                "until relinked."
            )
        text = text.format(count=count, names=listed)
        self.label.setText(f"{note} {text}".strip())
        self.find_button.show()
        self.show()


# -- failures as sentences ----------------------------------------------------------------


def file_error_sentence(error: Exception, doing: str, where: Path | str) -> str:
    """One sentence for a failed save, open or restore: ``doing`` is "save", "open" or
    "restore"."""
    if isinstance(error, ProjectError):
        text = str(error)  # already a sentence for the creator (from the core: English)
        if doing == "save":  # and the work is not lost: say so
            text = tr("{sentence} Your changes are still open here.").format(
                sentence=text.rstrip(".") + "."
            )
        return text
    reason = str(error)
    if isinstance(error, OSError):
        code = error.errno
        if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            reason = tr("the disk is full; free some space or choose another drive")
        elif code in (errno.EACCES, errno.EPERM, errno.EROFS):
            reason = tr("you may not write there; choose another folder")
        else:
            reason = f"{error.strerror or error}"
    if doing == "save":
        sentence = tr("Could not save the project to {folder}: {reason}.")
    elif doing == "restore":
        sentence = tr("Could not restore {folder}: {reason}.")
    else:
        sentence = tr("Could not open {folder}: {reason}.")
    sentence = sentence.format(folder=where, reason=reason)
    return tr("{sentence} Your changes are still open here.").format(sentence=sentence)
