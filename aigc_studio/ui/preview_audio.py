"""The preview player's sound: the timeline's mix played through QtMultimedia's QAudioSink.

The player worker (engine/player.py) mixes the sound in short chunks, asked for in order a
little ahead of what is heard; this object writes them into the sink as room frees up
(push mode) and tells the player how far playback has got, so the picture follows the
sound rather than a separate clock.

QtMultimedia is imported only when sound is first wanted, and the probe for an output
device runs with Qt's messages sent to the log: on a machine without a sound server (CI,
a headless box) Qt warns about missing PipeWire/PulseAudio/VA libraries, which is exactly
the situation the player handles by playing silently with a notice.
"""

from __future__ import annotations

import contextlib
import logging
from collections import deque
from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QObject, QTimer, qInstallMessageHandler

from aigc_studio.engine.player import PlayerWorker

log = logging.getLogger(__name__)

NO_SOUND_NOTICE = "No sound device: playing without sound"
CHUNK_S = 0.1  # seconds of sound mixed per request
AHEAD_S = 0.4  # how far ahead of what is heard the mix is asked for
PUMP_MS = 20  # how often waiting chunks are written into the sink
BYTES_PER_SAMPLE = 4  # 16-bit stereo

_probed: list[Any] = []  # the process's one probe result: [device or None]


@contextlib.contextmanager
def _qt_messages_to_log() -> Iterator[None]:
    """Route Qt's messages to the log while QtMultimedia loads its backends."""

    def to_log(mode, context, message) -> None:
        log.info("Qt (%s): %s", context.category, message)

    previous = qInstallMessageHandler(to_log)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


def sound_device() -> Any | None:
    """The default audio output (a QAudioDevice), or None when there is none or
    QtMultimedia cannot be loaded. Probed once per process."""
    if not _probed:
        device = None
        with _qt_messages_to_log():
            try:
                from PySide6.QtMultimedia import QMediaDevices

                if QMediaDevices.audioOutputs():
                    default = QMediaDevices.defaultAudioOutput()
                    device = None if default.isNull() else default
            except Exception:  # no QtMultimedia (PySide6-Addons missing) or a broken backend
                log.warning(
                    "QtMultimedia unavailable; the preview plays without sound", exc_info=True
                )
        _probed.append(device)
    return _probed[0]


def open_sound(worker: PlayerWorker, parent: QObject | None = None) -> PreviewSound | None:
    """Sound for the player through the default output, or None (play silently) when there
    is no device or it cannot play 16-bit stereo at the worker's rate."""
    device = sound_device()
    if device is None:
        return None
    try:
        from PySide6.QtMultimedia import QAudio, QAudioFormat, QAudioSink

        rate = worker.config.audio_rate
        audio_format = QAudioFormat()
        audio_format.setSampleRate(rate)
        audio_format.setChannelCount(2)
        audio_format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        if not device.isFormatSupported(audio_format):
            log.warning("%s cannot play 16-bit stereo at %d Hz", device.description(), rate)
            return None
        sound = PreviewSound(worker, parent)
        sound.sink = QAudioSink(device, audio_format, sound)
        error = QAudio.Error
        sound.fatal_errors = (error.OpenError, error.IOError, error.FatalError)
        return sound
    except Exception:
        log.warning("the preview's sound could not be opened", exc_info=True)
        return None


class PreviewSound(QObject):
    """Sound for one playback at a time: ``start(seconds)``, ``position()``, ``stop()``.

    ``sink`` is a QAudioSink set up for 16-bit stereo at the worker's rate (tests give an
    object with the same few methods)."""

    sink: Any
    # The sink errors that end the sound; running dry for a moment (an underrun) is not one.
    fatal_errors: tuple[Any, ...] = ()

    def __init__(self, worker: PlayerWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._rate = worker.config.audio_rate
        self._io = None  # the sink's QIODevice while playing
        self._origin = 0.0  # timeline second the playback started at
        self._requested_until = 0  # next sample to ask the worker for
        self._waiting: deque[int] = deque()  # audio request ids not yet answered, in order
        self._buffer = bytearray()  # mixed PCM not yet written into the sink
        self._pump = QTimer(self)
        self._pump.setInterval(PUMP_MS)
        self._pump.timeout.connect(self._write)
        worker.sig_audio.connect(self._chunk_arrived)

    def start(self, seconds: float) -> None:
        """Play the timeline's sound from ``seconds`` (stopping any earlier playback)."""
        self.stop()
        self._origin = seconds
        self._requested_until = int(round(seconds * self._rate))
        self._io = self.sink.start()
        self._ask()
        self._pump.start()

    def stop(self) -> None:
        self._pump.stop()
        self._worker.cancel_audio()
        self._waiting.clear()
        self._buffer.clear()
        if self._io is not None:
            self.sink.stop()
            self._io = None

    def failed(self) -> bool:
        """True when the sink cannot go on (the device went away, say)."""
        return self.sink.error() in self.fatal_errors

    def position(self) -> float | None:
        """The timeline second being heard now; None until the sink has played anything.
        QAudioSink's processed time is what the device has played (its latency taken off)."""
        processed = self.sink.processedUSecs() / 1e6
        if self._io is None or processed <= 0:
            return None
        return self._origin + processed

    def _ask(self) -> None:
        """Ask for chunks until the mix is AHEAD_S past what is heard."""
        heard = self.position()
        heard_sample = int(round((self._origin if heard is None else heard) * self._rate))
        chunk = int(CHUNK_S * self._rate)
        while self._requested_until < heard_sample + AHEAD_S * self._rate:
            self._waiting.append(self._worker.request_audio(self._requested_until, chunk))
            self._requested_until += chunk

    def _chunk_arrived(self, request_id: int, pcm: bytes) -> None:
        if self._waiting and request_id == self._waiting[0]:
            self._waiting.popleft()
            self._buffer += pcm
            self._write()

    def _write(self) -> None:
        if self._io is None:
            return
        room = min(self.sink.bytesFree(), len(self._buffer))
        room -= room % BYTES_PER_SAMPLE
        if room > 0:
            written = self._io.write(bytes(self._buffer[:room]))
            if written > 0:
                del self._buffer[:written]
        self._ask()
