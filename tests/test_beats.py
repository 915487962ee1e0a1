"""Beat detection on the waveform: click tracks, noise, silence, a drum loop, audio files."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np
import pytest

from aigc_studio.media.audio import make_soundtrack
from aigc_studio.media.beats import analyse, beat_times, decode_audio

RATE = 22050


def click_track(
    bpm: float, seconds: float = 8.0, noise: float = 0.0, first: float = 0.25, rate: int = RATE
) -> tuple[np.ndarray, np.ndarray]:
    """Metronome clicks (a 1 kHz blip dying away in a few ms), optionally in white noise."""
    rng = np.random.default_rng(0)
    samples = np.zeros(int(seconds * rate), dtype=np.float32)
    clicks = np.arange(first, seconds - 0.05, 60.0 / bpm)
    t = np.arange(int(0.02 * rate)) / rate
    blip = (0.8 * np.sin(2 * np.pi * 1000 * t) * np.exp(-t / 0.004)).astype(np.float32)
    for when in clicks:
        at = int(round(when * rate))
        samples[at : at + len(blip)] += blip[: len(samples) - at]
    samples += noise * rng.standard_normal(len(samples)).astype(np.float32)
    return samples, clicks


def assert_on_the_clicks(beats: list[float], clicks: np.ndarray, tolerance: float = 0.020):
    beats_array = np.asarray(beats)
    assert len(beats_array) == len(clicks), (beats, clicks)
    np.testing.assert_allclose(beats_array, clicks, atol=tolerance)


@pytest.mark.parametrize("noise", [0.0, 0.1])
def test_a_120_bpm_click_track_gives_its_clicks_and_tempo(noise):
    samples, clicks = click_track(120, noise=noise)
    found = analyse(samples, RATE)
    assert found.tempo == pytest.approx(120, abs=1.5)
    assert_on_the_clicks(found.beats, clicks)
    assert beat_times(samples, RATE) == found.beats


@pytest.mark.parametrize("bpm", [90, 150])
def test_other_tempos_are_not_pulled_to_120(bpm):
    samples, clicks = click_track(bpm, noise=0.05)
    found = analyse(samples, RATE)
    assert found.tempo == pytest.approx(bpm, abs=2)
    assert_on_the_clicks(found.beats, clicks)


def test_silence_and_near_silence_have_no_beats():
    assert beat_times(np.zeros(3 * RATE, dtype=np.float32), RATE) == []
    hiss = 1e-4 * np.random.default_rng(1).standard_normal(3 * RATE)
    found = analyse(hiss, RATE)
    assert found.beats == [] and found.onsets == [] and found.tempo is None
    assert beat_times(np.zeros(0), RATE) == []


def test_a_drum_loop_over_a_pad_gives_the_quarter_notes():
    """Kick and snare on the beats, hats on every eighth, the app's own pad underneath:
    the beats are the quarter notes, not the hats and not every other beat."""
    rng = np.random.default_rng(2)
    bpm, seconds = 128, 10.0
    samples = make_soundtrack(seconds, RATE)[:, 0] * 2
    t = np.arange(int(0.25 * RATE)) / RATE
    kick = 0.7 * np.sin(2 * np.pi * (55 + 80 * np.exp(-t / 0.03)) * t) * np.exp(-t / 0.12)
    snare = 0.35 * rng.standard_normal(len(t)) * np.exp(-t / 0.06)
    hat = 0.12 * np.diff(rng.standard_normal(len(t) + 1)) * np.exp(-t / 0.015)
    quarters = np.arange(0.4, seconds - 0.1, 60 / bpm)
    for k, when in enumerate(quarters):
        for offset, sound in ((0.0, kick if k % 2 == 0 else snare), (0.0, hat), (30 / bpm, hat)):
            at = int((when + offset) * RATE)
            n = max(0, min(len(sound), len(samples) - at))
            samples[at : at + n] += sound[:n]
    found = analyse(samples, RATE)
    assert found.tempo == pytest.approx(bpm, abs=2)
    assert_on_the_clicks(found.beats, quarters)
    assert len(found.onsets) > len(quarters)  # the hats between the beats are onsets too


def write_wav(path: Path, samples: np.ndarray, rate: int, channels: int = 1) -> Path:
    pcm = (np.clip(samples, -1, 1) * 32767).astype("<i2")
    if channels == 2:
        pcm = np.repeat(pcm[:, None], 2, axis=1)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(channels)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(pcm.tobytes())
    return path


def test_an_audio_file_is_decoded_and_resampled_by_ffmpeg(tmp_path):
    samples, clicks = click_track(120, seconds=5.0, rate=44100)
    path = write_wav(tmp_path / "clicks.wav", samples, 44100, channels=2)
    decoded = decode_audio(path)
    assert len(decoded) == pytest.approx(5.0 * RATE, abs=RATE * 0.01)
    assert_on_the_clicks(beat_times(path), clicks)


def test_unreadable_audio_is_a_clear_error(tmp_path):
    bad = tmp_path / "song.mp3"
    bad.write_bytes(b"this is not audio at all" * 100)
    with pytest.raises(ValueError, match="cannot read song.mp3 as audio"):
        beat_times(bad)
    with pytest.raises(FileNotFoundError):
        beat_times(tmp_path / "missing.wav")
