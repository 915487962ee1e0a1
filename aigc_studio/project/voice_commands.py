"""The project's narration voice as an undoable edit: engine, voice, rate and pitch.

It lives apart from commands.py because it touches only ``project.voice``: nothing on the
timeline changes until narration is generated again.
"""

from __future__ import annotations

import copy

from aigc_studio.project.command_base import Command
from aigc_studio.project.model import Project
from aigc_studio.project.sound_settings import VoiceSettings
from aigc_studio.translation import tr


class SetVoiceSettings(Command):
    """Replace the project's voice settings; undo puts the previous ones back."""

    def __init__(self, project: Project, voice: VoiceSettings) -> None:
        super().__init__(project)
        # Checked here, through the same rules a saved file is, so a refused value never
        # reaches the project (or the history) and the message is the loader's sentence.
        self.voice = VoiceSettings.from_dict(copy.copy(voice).to_dict())
        self.text = tr("Change voice")
        self._old: VoiceSettings | None = None

    def _do(self) -> None:
        self._old = self.project.voice
        self.project.voice = copy.copy(self.voice)

    def _undo(self) -> None:
        assert self._old is not None
        self.project.voice = self._old
