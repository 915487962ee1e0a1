"""Edits of the project's sound-mix and caption settings, with inverses (the Export area's
"Sound and captions" group makes them; each change is one undo step)."""

from __future__ import annotations

import copy

from aigc_studio.project.command_base import Command
from aigc_studio.project.model import Project
from aigc_studio.project.sound_settings import CaptionSettings, SoundSettings


class SetSoundSettings(Command):
    """Replace project.sound (ducking, normalising, loudness target, true-peak ceiling)."""

    text = "Change sound settings"

    def __init__(self, project: Project, settings: SoundSettings) -> None:
        super().__init__(project)
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

    text = "Change caption settings"

    def __init__(self, project: Project, settings: CaptionSettings) -> None:
        super().__init__(project)
        self.settings = CaptionSettings.from_dict(settings.to_dict())
        self._old: CaptionSettings | None = None

    def _do(self) -> None:
        self._old = self.project.captions
        self.project.captions = copy.copy(self.settings)

    def _undo(self) -> None:
        assert self._old is not None
        self.project.captions = self._old
