"""The Script area's voice row: which voice reads the lines, how fast and how high, and
"Preview line" to hear the selected scene's line before narrating the whole script.

The row is a view of ``document.project.voice``: a change pushes one SetVoiceSettings
(undoable, saved with the project) and the document listener refills the fields. The
preview is spoken in an engine job and played through QtMultimedia; on a machine without
a sound device it says so in the status bar instead.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import wave
import weakref
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from aigc_studio.media.tts import VoiceInfo, list_voices, speak_to_wav
from aigc_studio.project.sound_settings import VoiceSettings
from aigc_studio.project.voice_commands import SetVoiceSettings
from aigc_studio.ui.clip_properties import MergingCommand
from aigc_studio.ui.i18n import tr
from aigc_studio.ui.preview_audio import sound_device
from aigc_studio.ui.undo import push_command
from aigc_studio.ui.widgets import button

log = logging.getLogger(__name__)

RATE_STEP = 0.1  # one arrow click on the rate box
VOICE_MERGE_KEY = ("voice", "tuning")  # rate and pitch steps merge into one undo step
ENGINE_NAMES = {"espeak": "eSpeak NG", "piper": "Piper"}


def voice_label(info: VoiceInfo) -> str:
    """What the voice menu shows for one voice."""
    if info.engine == "piper":
        return f"Piper · {Path(info.name).name.removesuffix('.onnx')}"
    return f"eSpeak NG · {info.name}"


class LinePlayer(QObject):
    """Plays one 16-bit WAV at a time through the default sound output."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sink = None  # the QAudioSink playing now, if any
        self.buffer: QBuffer | None = None  # the WAV's samples it reads from

    def play(self, path: Path) -> bool:
        """Start playing ``path``; False when there is no sound device or it cannot play
        this format (the caller tells the user)."""
        device = sound_device()
        if device is None:
            return False
        try:
            from PySide6.QtMultimedia import QAudioFormat, QAudioSink

            with wave.open(str(path), "rb") as wav:
                channels, rate = wav.getnchannels(), wav.getframerate()
                width = wav.getsampwidth()
                frames = wav.readframes(wav.getnframes())
            if width != 2:
                return False
            audio_format = QAudioFormat()
            audio_format.setSampleRate(rate)
            audio_format.setChannelCount(channels)
            audio_format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
            if not device.isFormatSupported(audio_format):
                log.warning("%s cannot play this preview's format", device.description())
                return False
            self.stop()
            self.buffer = QBuffer(self)
            self.buffer.setData(QByteArray(frames))
            self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.sink = QAudioSink(device, audio_format, self)
            self.sink.start(self.buffer)
            return True
        except Exception:  # a broken backend must not take the window down with it
            log.warning("the line preview could not be played", exc_info=True)
            return False

    def stop(self) -> None:
        if self.sink is not None:
            self.sink.stop()
            self.sink.deleteLater()
            self.sink = None
        if self.buffer is not None:
            self.buffer.close()
            self.buffer.deleteLater()
            self.buffer = None


class VoiceRow(QWidget):
    """Voice, rate, pitch and "Preview line" for the project's narration."""

    def __init__(self, panel, voices: list[VoiceInfo] | None = None) -> None:
        super().__init__(panel)
        self.panel = panel  # the ScriptPanel: document, undo stack, engine, status bar
        # Looked up once: the Piper folder is scanned on disk. eSpeak's are always there.
        self.voices = list_voices() if voices is None else voices
        self.job = None  # the running preview job, if any
        self.player = LinePlayer(self)
        self._preview_dir = Path(tempfile.mkdtemp(prefix="aigc-studio-preview-"))
        weakref.finalize(self, shutil.rmtree, self._preview_dir, True)
        self._shown_lang = ""  # the script language the voice menu was filled for

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(tr("Voice")))
        self.voice_combo = QComboBox()
        self.voice_combo.setToolTip(
            tr(
                "Who reads the lines: the bundled eSpeak NG voices, or Piper voices you put "
                "in the voices folder"
            )
        )
        self.voice_combo.activated.connect(self.commit)
        row.addWidget(self.voice_combo)
        row.addWidget(QLabel(tr("Rate")))
        self.rate_spin = QDoubleSpinBox()
        self.rate_spin.setRange(0.5, 2.0)
        self.rate_spin.setSingleStep(RATE_STEP)
        self.rate_spin.setDecimals(2)
        self.rate_spin.setSuffix(" ×")
        self.rate_spin.setToolTip(tr("Speaking speed: 1 × is the voice's normal pace"))
        self.rate_spin.setKeyboardTracking(False)  # one change when typing ends, not per key
        self.rate_spin.valueChanged.connect(self.commit)
        row.addWidget(self.rate_spin)
        row.addWidget(QLabel(tr("Pitch")))
        self.pitch_spin = QSpinBox()
        self.pitch_spin.setRange(0, 100)
        self.pitch_spin.setSingleStep(5)
        self.pitch_spin.setToolTip(tr("How high the voice is: 0 low, 50 normal, 100 high"))
        self.pitch_spin.setKeyboardTracking(False)
        self.pitch_spin.valueChanged.connect(self.commit)
        row.addWidget(self.pitch_spin)
        self.preview_button = button(
            tr("Preview line"), tr("Hear the selected scene's line in this voice"), icon="speaker"
        )
        self.preview_button.clicked.connect(self.preview)
        row.addWidget(self.preview_button)
        row.addStretch(1)
        panel.document.add_listener(self.refresh)
        self.refresh()

    # -- document -> fields -------------------------------------------------------------

    @property
    def lang(self) -> str:
        return self.panel.document.project.script.lang

    def refresh(self) -> None:
        voice = self.panel.document.project.voice
        for widget in (self.voice_combo, self.rate_spin, self.pitch_spin):
            widget.blockSignals(True)
        try:
            self._fill_voices(voice)
            self.voice_combo.setCurrentIndex(self._index_of(voice))
            self.rate_spin.setValue(voice.rate)
            self.pitch_spin.setValue(voice.pitch)
        finally:
            for widget in (self.voice_combo, self.rate_spin, self.pitch_spin):
                widget.blockSignals(False)

    def _fill_voices(self, voice: VoiceSettings) -> None:
        """The menu for the script's language, plus the project's voice if it is not in it
        (a Piper file that went missing stays visible rather than silently replaced)."""
        wanted = [("espeak", ""), *((v.engine, v.name) for v in self.voices if v.lang == self.lang)]
        if (voice.engine, voice.voice) not in wanted:
            wanted.append((voice.engine, voice.voice))
        have = [self.voice_combo.itemData(i) for i in range(self.voice_combo.count())]
        if have == wanted and self._shown_lang == self.lang:
            return
        self._shown_lang = self.lang
        labels = {(v.engine, v.name): voice_label(v) for v in self.voices}
        self.voice_combo.clear()
        for key in wanted:
            engine, name = key
            if key == ("espeak", ""):
                label = tr("Default {lang} voice (eSpeak NG)").format(lang=self.lang)
            elif key in labels:
                label = labels[key]
            else:
                shown = Path(name).name or tr("default")
                label = f"{ENGINE_NAMES.get(engine, engine)} · {shown}"
                if engine == "piper" and name and not Path(name).exists():
                    label += tr(" (not found)")
            self.voice_combo.addItem(label, key)

    def _index_of(self, voice: VoiceSettings) -> int:
        for index in range(self.voice_combo.count()):
            if tuple(self.voice_combo.itemData(index)) == (voice.engine, voice.voice):
                return index
        return 0

    # -- fields -> command --------------------------------------------------------------

    def settings(self) -> VoiceSettings:
        """The voice the fields describe."""
        engine, name = self.voice_combo.currentData() or ("espeak", "")
        return VoiceSettings(
            engine=str(engine),
            voice=str(name),
            rate=round(self.rate_spin.value(), 2),
            pitch=int(self.pitch_spin.value()),
        )

    def commit(self, *_args) -> None:
        """Push the fields as one undoable voice change when they differ from the project's."""
        document = self.panel.document
        voice = self.settings()
        if voice == document.project.voice:
            return
        old = document.project.voice
        # Steps of the rate or pitch box within a moment are one undo step, as in the
        # clip properties; picking another voice is a step of its own.
        only_tuned = (voice.engine, voice.voice) == (old.engine, old.voice)
        try:
            command = SetVoiceSettings(document.project, voice)
            if only_tuned:
                document.apply(command)
                self.panel.undo_stack.push(MergingCommand(document, command, VOICE_MERGE_KEY))
            else:
                push_command(self.panel.undo_stack, document, command)
        except ValueError as error:
            self.panel.sig_status.emit(str(error))
            self.refresh()
            return
        self.panel.sig_status.emit(
            tr(
                "Voice: {voice}, rate {rate:g} ×, pitch {pitch} (generate narration again "
                "to hear it in the video)"
            ).format(voice=self.voice_combo.currentText(), rate=voice.rate, pitch=voice.pitch)
        )

    # -- preview ------------------------------------------------------------------------

    def preview_row(self) -> int:
        """The scene whose line is previewed: the selected one, else the first."""
        row = self.panel.table.currentRow()
        return row if row >= 0 else 0

    def preview(self) -> None:
        """Speak the selected scene's line in an engine job, then play it."""
        scenes = self.panel.document.project.script.scenes
        row = self.preview_row()
        if row >= len(scenes) or not scenes[row].line.strip():
            self.panel.sig_status.emit(tr("Select a scene with a line to hear it"))
            return
        engine = self.panel.engine
        if engine is None or self.job is not None:
            return
        line, lang, voice = scenes[row].line, self.lang, self.settings()
        out = self._preview_dir / "preview-line.wav"
        self.preview_button.setEnabled(False)
        self.player.stop()  # the new line replaces one still playing
        self.job = engine.start_job(
            tr("Preview line"), lambda _reporter: speak_to_wav(line, out, lang, voice)
        )
        self.job.sig_finished.connect(lambda spoken: self._on_spoken(row, spoken))
        self.job.sig_failed.connect(self._on_failed)
        self.job.sig_cancelled.connect(self._done)
        self.panel.sig_status.emit(tr("Speaking scene {number}'s line…").format(number=row + 1))

    def _done(self) -> None:
        self.job = None
        self.preview_button.setEnabled(True)

    def _on_spoken(self, row: int, spoken) -> None:
        self._done()
        seconds = f"{spoken.duration:.1f} s"
        if self.player.play(spoken.path):
            self.panel.sig_status.emit(
                tr("Playing scene {number}'s line ({seconds})").format(
                    number=row + 1, seconds=seconds
                )
            )
        else:
            self.panel.sig_status.emit(
                tr(
                    "No sound device: scene {number}'s line was spoken ({seconds}) but cannot "
                    "be played on this machine"
                ).format(number=row + 1, seconds=seconds)
            )

    def _on_failed(self, message: str) -> None:
        reason = self.job.failure_reason if self.job is not None else message
        self._done()
        self.panel.sig_status.emit(reason or message)
