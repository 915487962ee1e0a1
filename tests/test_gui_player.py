"""The Timeline's preview player: scrub, play at the project's rate, pause, step, no sound."""

from __future__ import annotations

import threading
import time
import wave

import numpy as np
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage

from aigc_studio.engine.engine import Engine
from aigc_studio.project.commands import AddClip, RemoveClip
from aigc_studio.project.document import ProjectDocument
from aigc_studio.project.model import AudioClip
from aigc_studio.ui.preview_audio import NO_SOUND_NOTICE, sound_device
from aigc_studio.ui.preview_player import PreviewPlayer
from tests.test_engine_player import FPS, walk_project


@pytest.fixture
def player(qtbot):
    engine = Engine()
    document = ProjectDocument(walk_project())
    widget = PreviewPlayer(engine, document)
    widget.document = document  # for the tests
    qtbot.addWidget(widget)
    widget.resize(240, 480)
    widget.show()
    yield widget
    widget.pause()
    assert engine.shutdown(10_000)


def screen(player: PreviewPlayer) -> np.ndarray:
    """The pixels of the frame area as the user sees them (RGB)."""
    image = player.screen.grab().toImage().convertToFormat(QImage.Format.Format_RGB888)
    width, height = image.width(), image.height()
    data = np.frombuffer(image.constBits(), np.uint8, image.bytesPerLine() * height)
    rows = data.reshape(height, image.bytesPerLine())[:, : width * 3]
    return rows.reshape(height, width, 3).copy()


def wait_for_picture(qtbot, player: PreviewPlayer, unlike: np.ndarray | None = None) -> np.ndarray:
    """Wait until the screen shows a frame (not the empty dark ground, not ``unlike``)."""
    pixels: list[np.ndarray] = []

    def changed() -> bool:
        pixels[:] = [screen(player)]
        if pixels[0].std() < 5:
            return False
        if unlike is None:
            return True
        return (np.abs(pixels[0].astype(int) - unlike).max(axis=2) > 10).sum() > 100

    qtbot.waitUntil(changed, timeout=30_000)
    return pixels[0]


def test_scrubbing_shows_the_frame_and_follows_timeline_edits(qtbot, player):
    player.set_position(0.5)
    first = wait_for_picture(qtbot, player)
    player.set_position(2.5)
    later = wait_for_picture(qtbot, player, unlike=first)  # the walk moved on
    player.set_position(0.5)
    again = wait_for_picture(qtbot, player, unlike=later)
    np.testing.assert_array_equal(again, first)  # from the cache, the same frame
    assert player.time_label.text() == "0:00.5 / 0:03.0"
    caption = player.document.project.timeline.track("caption").clips[0]
    player.document.execute(RemoveClip(player.document.project, caption.id))
    wait_for_picture(qtbot, player, unlike=first)  # the caption is gone from the picture


class FakeClock:
    """Stands in for the player's QElapsedTimer, so playback follows time the test sets
    instead of the machine's speed (no timing assertions on a shared CI runner)."""

    def __init__(self) -> None:
        self.ms = 0
        self._started = 0

    def start(self) -> None:
        self._started = self.ms

    def elapsed(self) -> int:
        return self.ms - self._started


def test_playing_follows_the_clock_and_pause_stops(qtbot, player):
    clock = player._clock = FakeClock()
    player.set_position(0.2)
    wait_for_picture(qtbot, player)
    positions: list[float] = []
    player.sig_position_changed.connect(positions.append)
    player.play()
    assert player.is_playing()
    for step in range(1, 6):  # half a second of playback, a tenth at a time
        clock.ms += 100
        qtbot.waitUntil(lambda s=step: player.position() == pytest.approx(0.2 + s / 10))
    assert positions == sorted(positions) and len(positions) >= 5
    # A frame every 1/fps: the slider and the label follow.
    assert player.slider.value() == int(player.position() * FPS + 1e-6)
    assert player.time_label.text() == "0:00.7 / 0:03.0"
    player.pause()
    assert not player.is_playing()
    clock.ms += 300
    qtbot.wait(100)
    assert player.position() == pytest.approx(0.7)
    # Without a sound device (CI, this machine) the player says so and plays silently; the
    # probe's own Qt messages go to the log, so none fails the test.
    assert player.sound_notice.isVisible() == (sound_device() is None)
    assert player.sound_notice.text() == NO_SOUND_NOTICE


def test_playback_runs_to_the_end_and_stops_there(qtbot, player):
    player.set_position(2.7)
    player.play()
    qtbot.waitUntil(lambda: not player.is_playing(), timeout=5_000)
    assert player.position() == pytest.approx(3.0)
    assert player.slider.value() == 3 * FPS - 1
    player.play()  # at the end, play starts over
    assert player.position() < 0.2
    player.pause()


def test_slow_frames_are_dropped_while_the_clock_keeps_time(qtbot, player, monkeypatch):
    worker = player._worker
    player.set_position(0.0)
    wait_for_picture(qtbot, player)
    render = worker._render

    def slow(snapshot, index):  # a frame costing three frames' time
        time.sleep(3 / FPS)
        return render(snapshot, index)

    monkeypatch.setattr(worker, "_render", slow)
    clock = player._clock = FakeClock()
    renders = worker.renders
    player.play()
    for _ in range(10):  # one second of playback in ten steps, each three frames long
        clock.ms += 100
        qtbot.wait(20)
    player.pause()
    assert player.position() == pytest.approx(1.0)  # the clock did not wait for the frames
    # Of the 30 frames that came due, most were skipped rather than queued: each costs
    # 0.1 s to render and the steps took far less than 3 s.
    assert worker.renders - renders < 15
    assert player.dropped_frames > 0
    assert str(player.dropped_frames) in player.time_label.toolTip()


def test_step_buttons_move_exactly_one_frame(qtbot, player):
    player.set_position(1.0)
    moved: list[float] = []
    player.sig_position_changed.connect(moved.append)
    player.forward_button.click()
    assert player.position() == pytest.approx(1.0 + 1 / FPS)
    player.back_button.click()
    player.back_button.click()
    assert player.position() == pytest.approx(1.0 - 1 / FPS)
    assert moved == pytest.approx([1.1, 1.0, 0.9])
    player.set_position(0.0)
    player.back_button.click()
    assert player.position() == 0.0


def test_dragging_the_slider_scrubs(qtbot, player):
    moved: list[float] = []
    player.sig_position_changed.connect(moved.append)
    player.slider.setValue(15)
    assert moved == [pytest.approx(1.5)] and player.position() == pytest.approx(1.5)
    assert player.time_label.text() == "0:01.5 / 0:03.0"
    wait_for_picture(qtbot, player)


class FakeSink:
    """Stands in for QAudioSink: plays what it is given at ``speed`` times real time, from
    the first write on."""

    def __init__(self, rate: int, speed: float = 1.0) -> None:
        self.rate, self.speed = rate, speed
        self.data = bytearray()  # everything written, 16-bit stereo
        self.started: float | None = None
        self.buffer = rate * 4 // 5  # 0.2 s of sound

    def start(self):
        self.data.clear()
        self.started = None
        return self  # the QIODevice written to

    def stop(self) -> None:
        self.started = None

    def write(self, pcm: bytes) -> int:
        count = min(len(pcm), self.bytesFree())
        if count and self.started is None:
            self.started = time.monotonic()
        self.data += pcm[:count]
        return count

    def played(self) -> int:
        if self.started is None:
            return 0
        due = int((time.monotonic() - self.started) * self.speed * self.rate) * 4
        return min(len(self.data), due)

    def bytesFree(self) -> int:
        return self.buffer - (len(self.data) - self.played())

    def processedUSecs(self) -> int:
        return int(self.played() / 4 / self.rate * 1e6)

    def error(self):
        return None

    def samples(self) -> np.ndarray:
        return np.frombuffer(bytes(self.data), "<i2").reshape(-1, 2) / 32767


@pytest.fixture
def sink(player, monkeypatch):
    """The player's sound goes to a FakeSink."""
    from aigc_studio.ui import preview_audio

    fake = FakeSink(player._worker.config.audio_rate)

    def open_sound(worker, parent):
        sound = preview_audio.PreviewSound(worker, parent)
        sound.sink = fake
        return sound

    monkeypatch.setattr(preview_audio, "open_sound", open_sound)
    return fake


def test_with_sound_the_picture_follows_what_is_heard(qtbot, player, sink):
    sink.speed = 0.5  # a device playing at half speed
    player.set_position(0.2)
    wait_for_picture(qtbot, player)  # the worker is up (torch and the model loaded)
    player.play()
    qtbot.wait(1000)
    player.pause()
    assert player.position() == pytest.approx(0.7, abs=0.15)  # the sound's clock, not the wall's
    assert not player.sound_notice.isVisible()
    heard = len(sink.data) / 4 / sink.rate
    assert 0.5 <= heard <= 0.5 + 0.2 + 0.1  # fed as it played, never more than its buffer ahead
    assert not any(sink.data)  # the timeline has no sound clips: silence


def test_slow_first_sound_joins_the_picture_where_it_is(qtbot, player, sink, monkeypatch, tmp_path):
    from aigc_studio.engine import player as engine_player

    rate = sink.rate
    ramp = np.arange(3 * rate) / rate * 0.1  # a sample's value says the second it is heard at
    with wave.open(str(tmp_path / "ramp.wav"), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(np.rint(ramp * 32767).astype("<i2").tobytes())
    project = player.document.project
    player.document.execute(
        AddClip(project, "music", AudioClip(0.0, 3.0, str(tmp_path / "ramp.wav")))
    )
    mix = engine_player.mix_sound
    calls = []
    release = threading.Event()

    def slow_first_mix(*args, **kwargs):  # as when the mixer first decodes a long file
        calls.append(1)
        if len(calls) == 1:
            release.wait(10)  # held until the test has seen the picture move on without it
        return mix(*args, **kwargs)

    monkeypatch.setattr(engine_player, "mix_sound", slow_first_mix)
    player.set_position(0.2)
    wait_for_picture(qtbot, player)  # the worker is up (torch and the model loaded)
    positions: list[float] = []
    sampler = QTimer()
    sampler.timeout.connect(lambda: positions.append(player.position()))
    sampler.start(10)
    player.play()
    # The first mix is stuck, so nothing can be heard: the picture runs on its own clock.
    qtbot.waitUntil(lambda: player.position() > 0.6, timeout=5_000)
    assert calls and not sink.data  # the picture did not wait for the sound
    released_at = player.position()
    release.set()
    qtbot.waitUntil(lambda: sink.processedUSecs() > 300_000, timeout=5_000)
    heard, at = sink.processedUSecs() / 1e6, player.position()
    player.pause()
    sampler.stop()
    assert all(b >= a for a, b in zip(positions, positions[1:], strict=False))  # no jump back
    first = sink.samples()[0, 0] / 0.1  # the second the first sound heard comes from
    assert first >= released_at - 0.05  # what was due while mixing was skipped, not played late
    assert first + heard == pytest.approx(at, abs=0.1)  # and the picture follows the sound
