"""Waveform peaks of sound files (media/waveform.py): the loudness they show is the sound's,
at the right seconds, at any zoom, looping, and a bad file says so in a sentence."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np
import pytest

from aigc_studio.media import waveform as waveform_module
from aigc_studio.media.sources import MediaError
from aigc_studio.media.waveform import (
    PEAKS_PER_SECOND,
    clip_envelope,
    decode_waveform,
    display_heights,
    peaks_to_waveform,
    waveform_of,
)
from aigc_studio.progress import Cancelled

RATE = 44100


def write_wav(path: Path, samples: np.ndarray, rate: int = RATE, channels: int = 1) -> Path:
    data = (np.clip(samples, -1, 1) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as out:
        out.setnchannels(channels)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(data.tobytes())
    return path


def sine(seconds: float, amplitude: float, freq: float = 440.0) -> np.ndarray:
    t = np.arange(int(seconds * RATE)) / RATE
    return amplitude * np.sin(2 * np.pi * freq * t)


def test_sine_peaks_have_its_amplitude_and_length(tmp_path):
    wav = write_wav(tmp_path / "sine.wav", sine(2.0, 0.5))
    wave_ = decode_waveform(wav)
    assert wave_.seconds == pytest.approx(2.0, abs=0.01)
    assert len(wave_.peaks) == pytest.approx(2 * PEAKS_PER_SECOND, abs=1)
    assert np.median(wave_.peaks) == pytest.approx(0.5, abs=0.02)
    assert wave_.peaks.max() < 0.53
    # Coarser levels keep the loudest value of what they cover.
    assert wave_.levels[-1][0] == pytest.approx(wave_.peaks.max())


def test_burst_shows_at_its_seconds_in_a_stereo_mp3(tmp_path):
    import subprocess

    from aigc_studio.media.ffmpeg import ffmpeg_exe

    quiet_then_loud = np.concatenate([np.zeros(RATE * 2), sine(2.0, 0.8)])
    stereo = np.repeat(quiet_then_loud[:, None], 2, axis=1).reshape(-1)
    wav = write_wav(tmp_path / "burst.wav", stereo, channels=2)
    mp3 = tmp_path / "burst.mp3"
    subprocess.run([ffmpeg_exe(), "-v", "error", "-nostdin", "-i", str(wav), str(mp3)], check=True)
    wave_ = decode_waveform(mp3)
    first = wave_.column_peaks(0.0, 0.5, 3)  # 0-1.5 s: silence
    second = wave_.column_peaks(2.2, 0.5, 3)  # 2.2-3.7 s: the burst
    assert first.max() < 0.02
    assert np.all(second > 0.7)


def test_column_peaks_at_any_zoom_and_looping():
    peaks = np.zeros(300, np.float32)  # 3 s of silence with one click at 1.50 s
    peaks[150] = 0.9
    wave_ = peaks_to_waveform(peaks, 3.0)
    for column in (0.001, 0.013, 0.1, 0.7, 2.9):  # pixels per second 1000 down to 0.3
        count = int(np.ceil(3.0 / column))
        columns = wave_.column_peaks(0.0, column, count)
        loud = np.flatnonzero(columns > 0.5)
        assert len(loud) >= 1, column
        assert loud[0] * column <= 1.5 < (loud[-1] + 1) * column + 0.01, column
        assert columns.max() == pytest.approx(0.9)
    # Past the end: silence; looping: the click again 3 s later.
    assert wave_.column_peaks(4.4, 0.2, 1)[0] == 0.0
    assert wave_.column_peaks(4.4, 0.2, 1, loop=True)[0] == pytest.approx(0.9)


def test_envelope_follows_gain_and_fades():
    offsets = np.array([0.0, 0.5, 1.0, 5.0, 9.5, 10.0])
    envelope = clip_envelope(offsets, 10.0, gain_db=-6.0, fade_in=1.0, fade_out=1.0)
    half = 10 ** (-6 / 20)
    assert envelope == pytest.approx([0.0, half / 2, half, half, half / 2, 0.0], abs=1e-6)


def test_display_heights_are_decibels():
    heights = display_heights(np.array([1.0, 0.5, 10 ** (-21 / 20), 1e-4, 0.0]), range_db=42.0)
    assert heights == pytest.approx([1.0, 1 - 6.02 / 42, 0.5, 0.0, 0.0], abs=1e-3)


def test_a_file_is_decoded_once_per_version(tmp_path, monkeypatch):
    wav = write_wav(tmp_path / "a.wav", sine(0.5, 0.3))
    calls = []
    real = waveform_module.decode_waveform
    monkeypatch.setattr(waveform_module, "decode_waveform", lambda *a: calls.append(a) or real(*a))
    first = waveform_of(wav)
    assert waveform_of(wav) is first and len(calls) == 1
    write_wav(wav, sine(0.5, 0.9))  # a new version of the file
    import os

    os.utime(wav, ns=(1, 1))
    assert waveform_of(wav).peaks.max() > 0.85 and len(calls) == 2


def test_missing_unreadable_and_cancelled(tmp_path):
    with pytest.raises(MediaError, match="missing"):
        waveform_of(tmp_path / "gone.wav")
    junk = tmp_path / "junk.wav"
    junk.write_bytes(b"not a sound at all" * 100)
    with pytest.raises(MediaError, match="junk.wav"):
        decode_waveform(junk)
    wav = write_wav(tmp_path / "long.wav", sine(25.0, 0.3))

    class Stop:
        def progress(self, fraction, message=""):
            pass

        def cancelled(self):
            return True

    with pytest.raises(Cancelled):
        decode_waveform(wav, Stop())
