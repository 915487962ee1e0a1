"""The preview player's sound: the timeline's mix played through QtMultimedia's QAudioSink.

The player worker (engine/player.py) mixes the sound in short chunks, asked for in order a
little ahead of what is heard; this object writes them into the sink as room frees up
(push mode) and tells the player how far playback has got, so once the sound plays the
picture follows it rather than a separate clock.

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

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, qInstallMessageHandler

from aigc_studio.engine.player import PlayerWorker

log = logging.getLogger(__name__)

NO_SOUND_NOTICE = "No sound device: playing without sound"  # English; the player shows tr()
CHUNK_S = 0.1  # seconds of sound mixed per request
AHEAD_S = 0.4  # how far ahead of what is heard the mix is asked for
PUMP_MS = 20  # how often waiting chunks are written into the sink
BYTES_PER_SAMPLE = 4  # 16-bit stereo
STALL_MS = 1500  # a sink that has played nothing this long after its first sound has failed

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

    The picture does not wait for the sound: the first chunk can take a while (the mixer
    decodes each file once), so until sound is written the player runs on its own clock,
    and the sound joins at the sample due by then; from then on ``position()`` is what is
    heard, and the player follows it.

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
        self._start_sample = 0  # timeline sample the playback started at
        self._since_start = QElapsedTimer()  # the clock until the sound joins
        self._joined = False  # sound has been written into the sink
        self._since_joined = QElapsedTimer()
        self._origin_sample = 0  # timeline sample of the first sample written
        self._requested_until = 0  # next sample to ask the worker for
        self._waiting: deque[int] = deque()  # audio request ids not yet answered, in order
        self._buffer = bytearray()  # mixed PCM not yet written into the sink
        self._buffer_sample = 0  # timeline sample of the buffer's first sample
        self._pump = QTimer(self)
        self._pump.setInterval(PUMP_MS)
        self._pump.timeout.connect(self._write)
        worker.sig_audio.connect(self._chunk_arrived)

    def start(self, seconds: float) -> None:
        """Play the timeline's sound from ``seconds`` (stopping any earlier playback)."""
        self.stop()
        self._start_sample = int(round(seconds * self._rate))
        self._requested_until = self._buffer_sample = self._start_sample
        self._joined = False
        self._since_start.start()
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
        """True when the sink cannot go on: it reports an error (the device went away, say)
        or has played nothing for STALL_MS since sound was first written into it."""
        if self.sink.error() in self.fatal_errors:
            return True
        stalled = self._since_joined.elapsed() > STALL_MS
        return self._joined and stalled and self.sink.processedUSecs() <= 0

    def position(self) -> float | None:
        """The timeline second being heard now; None until the sink has played anything.
        QAudioSink's processed time is what the device has played (its latency taken off)."""
        if self._io is None or not self._joined:
            return None
        processed = self.sink.processedUSecs()
        if processed <= 0:
            return None
        return self._origin_sample / self._rate + processed / 1e6

    def _due_sample(self) -> int:
        """Before the sound joins: the timeline sample due now by the player's own clock."""
        return self._start_sample + int(self._since_start.elapsed() * self._rate / 1000)

    def _ask(self) -> None:
        """Ask for chunks until the mix is AHEAD_S past what is heard."""
        heard = self.position()
        if heard is not None:
            now = int(round(heard * self._rate))
        else:
            now = self._origin_sample if self._joined else self._due_sample()
        if not self._joined and self._requested_until < now:
            # The first chunks came too late to be heard: ask afresh from where playback is.
            self._worker.cancel_audio()
            self._waiting.clear()
            self._buffer.clear()
            self._requested_until = self._buffer_sample = now
        chunk = int(CHUNK_S * self._rate)
        while self._requested_until < now + AHEAD_S * self._rate:
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
        if not self._joined:  # what is already past by the player's clock is not played
            late = min(self._due_sample() - self._buffer_sample, len(self._buffer) // 4)
            if late > 0:
                del self._buffer[: late * BYTES_PER_SAMPLE]
                self._buffer_sample += late
        room = min(self.sink.bytesFree(), len(self._buffer))
        room -= room % BYTES_PER_SAMPLE
        written = self._io.write(bytes(self._buffer[:room])) if room > 0 else 0
        if written > 0:
            if not self._joined:
                self._joined = True
                self._origin_sample = self._buffer_sample
                self._since_joined.start()
            del self._buffer[:written]
            self._buffer_sample += written // BYTES_PER_SAMPLE
        self._ask()
