"""The Script area's narration row: "Generate narration" speaks every line in an engine
job, and each scene can use the creator's own recording instead.

Generating applies the returned scenes with one SetScenes, so the scene durations follow
the speech and the timeline's narration, captions and sound effects are rebuilt in one
undo step. The Generate button turns into Cancel while the voice works; cancelling
leaves the script as it was. A sentence beside it says what narration the script has and
how many scenes are out of date (their line changed after they were spoken).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QProgressBar, QWidget

from aigc_studio.engine.tasks import NarrationRequest, narration_job
from aigc_studio.media.narration import (
    clear_recording,
    narration_cache_dir,
    needs_voice,
    use_recording,
)
from aigc_studio.project.sound_settings import VoiceSettings
from aigc_studio.script.model import Scene
from aigc_studio.ui.i18n import tr
from aigc_studio.ui.studio_icons import set_studio_icon
from aigc_studio.ui.widgets import button

RECORDING_PATTERNS = "*.wav *.mp3 *.m4a *.ogg *.flac"  # what "Use my recording…" offers
STALE_COLOUR = "#e5a00d"  # amber: the scene's narration no longer matches its line


def generate_text() -> str:
    return tr("Generate narration")


def generate_tip() -> str:
    return tr("Speak every scene's line; scene lengths follow the speech (undoable)")


def out_of_date(scene: Scene, lang: str, voice: VoiceSettings) -> bool:
    """Whether the scene has narration that no longer says its line in the project's
    voice (the line, the voice, its rate or pitch changed since it was spoken)."""
    return bool(scene.narration) and (scene.narration_stale() or needs_voice(scene, lang, voice))


def narration_state(scene: Scene, lang: str, voice: VoiceSettings) -> tuple[str, str]:
    """A short word for the scene's narration and a tooltip that explains it."""
    if not scene.narration:
        return "", tr("No narration yet: Generate narration speaks this line")
    seconds = f"{scene.narration_duration:.1f} s"
    if out_of_date(scene, lang, voice):
        return (
            tr("out of date · {seconds}").format(seconds=seconds),
            tr("The line or the voice changed after it was spoken: Generate narration again"),
        )
    if scene.recorded:
        return (
            tr("my recording · {seconds}").format(seconds=seconds),
            tr("Your recording: {file}").format(file=scene.narration),
        )
    return tr("voice · {seconds}").format(seconds=seconds), tr("Spoken by the project's voice")


def narration_summary(scenes: list[Scene], lang: str, voice: VoiceSettings) -> str:
    """One sentence on the script's narration, e.g. "Narration: 5 scenes, 23.4 s"."""
    narrated = [scene for scene in scenes if scene.narration]
    if not narrated:
        return tr("No narration yet")
    seconds = sum(scene.narration_duration for scene in narrated)
    count = len(narrated)
    text = (
        tr("Narration: {count} scene, {seconds:.1f} s")
        if count == 1
        else tr("Narration: {count} scenes, {seconds:.1f} s")
    ).format(count=count, seconds=seconds)
    recorded = sum(1 for scene in narrated if scene.recorded)
    if recorded:
        text += tr(" · {count} recorded").format(count=recorded)
    stale = sum(1 for scene in narrated if out_of_date(scene, lang, voice))
    if stale:
        text += tr(" · {count} out of date").format(count=stale)
    missing = sum(1 for scene in scenes if scene.line.strip() and not scene.narration)
    if missing:
        text += tr(" · {count} not narrated").format(count=missing)
    return text


class NarrationRow(QWidget):
    """Generate narration (with progress and Cancel), and per-scene recordings."""

    def __init__(self, panel) -> None:
        super().__init__(panel)
        self.panel = panel  # the ScriptPanel: document, scenes, engine, status bar
        self.job = None  # the running narration job, if any
        self._started_with: list[Scene] = []  # the scenes the running job narrates

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.generate_button = button(generate_text(), generate_tip(), True, icon="voice")
        self.generate_button.clicked.connect(self.generate_or_cancel)
        row.addWidget(self.generate_button)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(160)
        self.progress.setVisible(False)
        row.addWidget(self.progress)
        self.status = QLabel()
        self.status.setToolTip(tr("The narration the script has now"))
        row.addWidget(self.status, 1)
        self.record_button = button(
            tr("Use my recording…"),
            tr("Use an audio file you recorded as the selected scene's voice"),
            icon="record",
        )
        self.record_button.clicked.connect(self.choose_recording)
        row.addWidget(self.record_button)
        self.clear_button = button(
            tr("Back to generated voice"),
            tr("Drop the selected scene's recording; the next Generate narration speaks it"),
            icon="undo",
        )
        self.clear_button.clicked.connect(self.clear_selected_recording)
        row.addWidget(self.clear_button)
        panel.document.add_listener(self.refresh)
        panel.table.currentCellChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    # -- state --------------------------------------------------------------------------

    def _scenes(self) -> list[Scene]:
        return list(self.panel.document.project.script.scenes)

    def summary(self) -> str:
        """The sentence beside the button, for the project as it is now."""
        project = self.panel.document.project
        return narration_summary(self._scenes(), project.script.lang, project.voice)

    def selected_row(self) -> int:
        return self.panel.table.currentRow()

    def refresh(self) -> None:
        self.status.setText(self.summary())
        self._update_buttons()

    def _update_buttons(self) -> None:
        scenes = self._scenes()
        row = self.selected_row()
        idle = self.job is None
        self.record_button.setEnabled(idle and 0 <= row < len(scenes))
        self.clear_button.setEnabled(idle and 0 <= row < len(scenes) and scenes[row].recorded)

    # -- generate -----------------------------------------------------------------------

    def generate_or_cancel(self) -> None:
        if self.job is not None:
            self.cancel()
        else:
            self.generate()

    def generate(self) -> None:
        """Speak every line in an engine job; the scenes change when it finishes."""
        project = self.panel.document.project
        scenes = self._scenes()
        if not any(scene.line.strip() for scene in scenes):
            self.panel.sig_status.emit(tr("Write a line in a scene first: there is nothing to say"))
            return
        engine = self.panel.engine
        if engine is None or self.job is not None:
            return
        out_dir = narration_cache_dir(self.panel.document.path)
        request = NarrationRequest(
            scenes=scenes,
            lang=project.script.lang,
            voice=dataclasses.replace(project.voice),
            out_dir=out_dir,
        )
        self._started_with = scenes
        self.generate_button.setText(tr("Cancel"))
        set_studio_icon(self.generate_button, "stop")
        self.generate_button.setToolTip(tr("Stop the voice; the script stays as it is"))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.job = engine.start_job(tr("Narration"), narration_job(request))
        self.job.sig_progress.connect(self._on_progress)
        self.job.sig_finished.connect(self._on_finished)
        self.job.sig_failed.connect(self._on_failed)
        self.job.sig_cancelled.connect(self._on_cancelled)
        self._update_buttons()
        self.panel.sig_status.emit(tr("Speaking the script's lines…"))

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.generate_button.setEnabled(False)  # back when the voice has stopped

    def _on_progress(self, fraction: float, message: str) -> None:
        self.progress.setValue(int(round(fraction * 100)))
        if message:
            self.panel.sig_status.emit(message)

    def _done(self) -> None:
        self.job = None
        self.progress.setVisible(False)
        self.generate_button.setEnabled(True)
        self.generate_button.setText(generate_text())
        set_studio_icon(self.generate_button, "voice")
        self.generate_button.setToolTip(generate_tip())
        self._update_buttons()

    def _on_finished(self, scenes: list[Scene]) -> None:
        self._done()
        if self._scenes() != self._started_with:
            # Applying now would undo what the creator typed while the voice worked.
            self.panel.sig_status.emit(
                tr("The script changed while it was being spoken: Generate narration again")
            )
            return
        self.panel.set_scenes(scenes)
        self.panel.sig_status.emit(self.summary())

    def _on_failed(self, message: str) -> None:
        reason = self.job.failure_reason if self.job is not None else message
        self._done()
        self.panel.sig_status.emit(reason or message)

    def _on_cancelled(self) -> None:
        self._done()
        self.panel.sig_status.emit(tr("Narration cancelled; the script is unchanged"))

    # -- recordings ---------------------------------------------------------------------

    def choose_recording(self) -> None:
        """Ask for an audio file and use it for the selected scene."""
        row = self.selected_row()
        if not 0 <= row < len(self._scenes()):
            self.panel.sig_status.emit(tr("Select the scene your recording is for"))
            return
        path, _filter = QFileDialog.getOpenFileName(
            self,
            tr("Recording for scene {number}").format(number=row + 1),
            "",
            tr("Audio") + f" ({RECORDING_PATTERNS})",
        )
        if path:
            self.use_recording_for(row, Path(path))

    def use_recording_for(self, row: int, path: Path) -> bool:
        """Use ``path`` as scene ``row``'s narration (one undo step); False with a status
        sentence when the file cannot be used."""
        scenes = self._scenes()
        if not 0 <= row < len(scenes):
            self.panel.sig_status.emit(tr("Select the scene your recording is for"))
            return False
        try:
            scenes[row] = use_recording(scenes[row], Path(path))
        except ValueError as error:
            self.panel.sig_status.emit(str(error))
            return False
        self.panel.set_scenes(scenes)
        self.panel.sig_status.emit(
            tr("Scene {number} uses your recording ({seconds:.1f} s)").format(
                number=row + 1, seconds=scenes[row].narration_duration
            )
        )
        return True

    def clear_selected_recording(self) -> None:
        self.clear_recording_for(self.selected_row())

    def clear_recording_for(self, row: int) -> bool:
        """Scene ``row`` goes back to the generated voice (one undo step)."""
        scenes = self._scenes()
        if not 0 <= row < len(scenes) or not scenes[row].recorded:
            self.panel.sig_status.emit(tr("Select a scene that uses your recording"))
            return False
        scenes[row] = clear_recording(scenes[row])
        self.panel.set_scenes(scenes)
        self.panel.sig_status.emit(
            tr(
                "Scene {number} goes back to the generated voice: Generate narration to speak it"
            ).format(number=row + 1)
        )
        return True
