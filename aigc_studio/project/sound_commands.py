"""Edits of the project's sound-mix and caption settings, with inverses (the Export area's
"Sound and captions" group makes them; each change is one undo step)."""

from __future__ import annotations

import copy

from aigc_studio.project.command_base import Command
from aigc_studio.project.commands import CommandGroup, SetScenes
from aigc_studio.project.model import Project
from aigc_studio.project.sound_settings import CaptionSettings, SoundSettings
from aigc_studio.translation import tr


class SetSoundSettings(Command):
    """Replace project.sound (ducking, normalising, loudness target, true-peak ceiling)."""

    def __init__(self, project: Project, settings: SoundSettings) -> None:
        super().__init__(project)
        self.text = tr("Change sound settings")
        # Checked now, through the same rules a loaded file meets, so a refused value
        # never reaches the project.
        self.settings = SoundSettings.from_dict(settings.to_dict())
        self._old: SoundSettings | None = None

    def _do(self) -> None:
        self._old = self.project.sound
        self.project.sound = copy.copy(self.settings)

    def _undo(self) -> None:
        assert self._old is not None
        self.project.sound = self._old


class SetCaptionSettings(Command):
    """Replace project.captions (style preset, characters per line, karaoke highlight)."""

    def __init__(self, project: Project, settings: CaptionSettings) -> None:
        super().__init__(project)
        self.text = tr("Change caption settings")
        self.settings = CaptionSettings.from_dict(settings.to_dict())
        self._old: CaptionSettings | None = None

    def _do(self) -> None:
        self._old = self.project.captions
        self.project.captions = copy.copy(self.settings)

    def _undo(self) -> None:
        assert self._old is not None
        self.project.captions = self._old


def caption_settings_command(project: Project, settings: CaptionSettings) -> Command:
    """SetCaptionSettings, and when the characters per line change in a project with a
    script, the script's captions cut again to the new width in the same undo step (a
    caption chunk sized for 20 characters would otherwise wrap onto too many lines)."""
    change = SetCaptionSettings(project, settings)
    width = change.settings.max_chars_per_line
    if width == project.captions.max_chars_per_line or not project.script.scenes:
        return change
    recut = SetScenes(project, project.script.scenes, max_chars_per_line=width)
    return CommandGroup(project, change.text, [change, recut])
