"""View ▸ Language: System, English or 简体中文, saved in Settings.language.

The choice applies at the next start (the catalogue is installed before any widget is
built, see app.py), so the menu only saves it and the window says so in a sentence.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from aigc_studio.ui.i18n import LANGUAGES, tr
from aigc_studio.ui.settings import Settings, save_settings


def language_change_sentence() -> str:
    """What the studio says after a new language is picked."""
    return tr("The language changes the next time AIGC Studio starts.")


def language_label(setting: str, name: str) -> str:
    """A language's menu text: each language is named in its own words (a reader of the
    other language still finds theirs); only "System" is translated."""
    return tr("System") if setting == "" else name


class LanguageMenu(QMenu):
    """Checkable entries, one per i18n.LANGUAGES; exactly one is checked: the saved one.
    A saved value with no catalogue (a hand-edited settings file) starts the studio in
    English, so English is what the menu shows for it."""

    sig_changed = Signal(str)
    """A different language was picked and saved; carries the setting ("", "en", "zh_CN")."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(tr("&Language"), parent)
        self.settings = settings
        self.setToolTipsVisible(True)
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        for setting, name in LANGUAGES:
            action = QAction(language_label(setting, name), self)
            action.setCheckable(True)
            action.setData(setting)
            tip = (
                tr("Use the computer's language (Chinese for a Chinese system)")
                if setting == ""
                else name
            )
            action.setStatusTip(tip)
            action.triggered.connect(lambda _checked=False, s=setting: self.choose(s))
            self.group.addAction(action)
            self.addAction(action)
        self.show_saved()
        # Edit ▸ Settings… can change the language too: show the saved one each time.
        self.aboutToShow.connect(self.show_saved)

    def language_actions(self) -> list[QAction]:
        return self.group.actions()

    def checked_setting(self) -> str | None:
        """The setting of the checked entry (None when none is checked)."""
        action = self.group.checkedAction()
        return None if action is None else str(action.data())

    def show_saved(self) -> None:
        """Check the entry of the saved language (English for a value it does not know)."""
        known = {setting for setting, _name in LANGUAGES}
        saved = self.settings.language if self.settings.language in known else "en"
        for action in self.group.actions():
            action.setChecked(action.data() == saved)

    def choose(self, setting: str) -> None:
        """Save ``setting`` as the language; tell the window when it differs from before."""
        changed = setting != self.settings.language
        self.settings.language = setting
        self.show_saved()
        if changed:
            save_settings(self.settings)
            self.sig_changed.emit(setting)
