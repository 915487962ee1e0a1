"""Loudness (BS.1770-4) checked against ffmpeg's ebur128, and normalised mixes that land
on the platform target with their true peak under the ceiling."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import numpy as np
import pytest

from aigc_studio.media import mix
from aigc_studio.media.ffmpeg import ffmpeg_exe
from aigc_studio.media.loudness import (
    LoudnessMeter,
    TruePeakLimiter,
    measure,
    measure_file,
    normalisation_gain,
)
from aigc_studio.media.mix import measure_mix, plan_normalisation, write_mix_wav, write_wav
from aigc_studio.project.model import AudioClip, Project

RATE = 48000


def ffmpeg_loudness(path: Path) -> tuple[float, float]:
    """(integrated LUFS, true peak dBTP) from the bundled ffmpeg's ebur128 summary."""
    log = subprocess.run(
        [ffmpeg_exe(), "-nostdin", "-hide_banner", "-i", str(path)]
        + ["-af", "ebur128=peak=true", "-f", "null", "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stderr
    summary = log[log.rindex("Summary:") :]
    integrated = re.search(r"I:\s+(\S+) LUFS", summary)
    peak = re.search(r"Peak:\s+(\S+) dBFS", summary)
    assert integrated and peak, summary
    return float(integrated.group(1)), float(peak.group(1))


def seconds(count: float) -> np.ndarray:
    return np.arange(int(count * RATE)) / RATE


def stereo(mono: np.ndarray) -> np.ndarray:
    return np.stack([mono, mono], axis=1)


def speech_like(count: float, seed: int = 0) -> np.ndarray:
    """A buzzy voice at ~130 Hz in syllables four times a second, with breath noise."""
    rng = np.random.default_rng(seed)
    t = seconds(count)
    buzz = np.sign(np.sin(2 * np.pi * 130 * t)) * 0.3 + rng.standard_normal(len(t)) * 0.05
    buzz = np.convolve(buzz, np.ones(8) / 8, "same")  # soften the edges a little
    return 0.6 * buzz * np.clip(np.sin(2 * np.pi * 4 * t), 0, 1) ** 2


def music_bed(count: float, amplitude: float = 0.5) -> np.ndarray:
    """A chord with a kick every half second (peaks well above its loudness)."""
    t = seconds(count)
    chord = sum(np.sin(2 * np.pi * f * t) for f in (110, 220, 277, 330)) * 0.2
    kick = np.zeros(len(t))
    decay = np.arange(2400)
    for beat in np.arange(0, count, 0.5):
        i = int(beat * RATE)
        span = min(2400, len(t) - i)
        kick[i : i + span] += (np.exp(-decay / 400) * np.sin(2 * np.pi * 60 * decay / RATE))[:span]
    return stereo(np.clip(amplitude * (chord + 1.5 * kick), -1, 1))


def clicks(count: float, seed: int = 1) -> np.ndarray:
    """A quiet tone under loud broadband clicks: raw true peaks ~5 dB over full scale."""
    rng = np.random.default_rng(seed)
    t = seconds(count)
    tone = 0.03 * np.sin(2 * np.pi * 220 * t) * (1 + 0.5 * np.sin(2 * np.pi * 3 * t))
    hits = np.zeros(len(t))
    for at in np.arange(0.1, count - 0.1, 0.37):
        i = int(at * RATE)
        hits[i : i + 1200] += rng.standard_normal(1200) * np.exp(-np.arange(1200) / 150) * 0.9
    return np.clip(np.stack([tone + hits, tone - 0.5 * hits], axis=1), -1, 1)


@pytest.mark.parametrize(
    ("name", "make", "expected"),
    [
        # A 997 Hz sine peaking at -20 dBFS in both channels reads -20 LUFS (BS.1770's
        # -0.691 offsets the K filter's gain at 1 kHz; two channels add 3 dB).
        ("sine -20 dBFS", lambda: stereo(0.1 * np.sin(2 * np.pi * 997 * seconds(5))), -20.0),
        (
            "left only",
            lambda: np.stack(
                [0.5 * np.sin(2 * np.pi * 997 * seconds(5)), np.zeros(5 * RATE)], axis=1
            ),
            -9.03,
        ),  # fmt: skip
        ("60 Hz (the high pass)", lambda: stereo(0.5 * np.sin(2 * np.pi * 60 * seconds(5))), None),
        ("noise", lambda: np.random.default_rng(2).normal(0, 0.1, (5 * RATE, 2)), None),
        ("speech pauses (gating)", lambda: stereo(speech_like(6.0)), None),
        ("music", lambda: music_bed(6.0), None),
    ],
)
def test_loudness_agrees_with_ffmpeg_ebur128(tmp_path, name, make, expected):
    path = write_wav(tmp_path / "signal.wav", make())
    mine = measure_file(path)
    reference, reference_peak = ffmpeg_loudness(path)
    assert mine.integrated_lufs == pytest.approx(reference, abs=0.3), name
    assert mine.true_peak_dbtp == pytest.approx(reference_peak, abs=0.5), name
    if expected is not None:
        assert mine.integrated_lufs == pytest.approx(expected, abs=0.1), name


def test_true_peak_sees_between_the_samples():
    # 12 kHz at 45 degrees: every sample is at 0.707 of the wave's real 0.9 crest.
    wave = stereo(0.9 * np.sin(2 * np.pi * 12000 * seconds(2) + np.pi / 4))
    report = measure(wave)
    sample_peak = 20 * np.log10(np.abs(wave).max())
    assert sample_peak == pytest.approx(-3.93, abs=0.05)
    assert report.true_peak_dbtp == pytest.approx(20 * np.log10(0.9), abs=0.2)


def test_mono_counts_as_one_channel_and_silence_is_minus_infinity(tmp_path):
    mono = write_wav(tmp_path / "mono.wav", 0.5 * np.sin(2 * np.pi * 997 * seconds(3)))
    assert measure_file(mono).integrated_lufs == pytest.approx(ffmpeg_loudness(mono)[0], abs=0.3)
    silent = measure(np.zeros((RATE, 2)))
    assert silent.integrated_lufs == float("-inf") and silent.true_peak_dbtp == float("-inf")
    assert normalisation_gain(silent, -14.0, -1.0) == 0.0


def test_measuring_in_chunks_equals_measuring_at_once():
    sound = music_bed(3.0) + 0.1 * stereo(speech_like(3.0))
    whole = measure(sound)
    meter = LoudnessMeter()
    for cut in np.split(np.arange(len(sound)), [1, 2, 5000, 5001, 100_000]):
        meter.add(sound[cut].astype(np.float32))
    chunked = meter.report()
    assert chunked.integrated_lufs == pytest.approx(whole.integrated_lufs, abs=1e-4)
    assert chunked.true_peak_dbtp == pytest.approx(whole.true_peak_dbtp, abs=1e-3)


def test_unreadable_files_are_a_sentence(tmp_path):
    bad = tmp_path / "bad.wav"
    bad.write_bytes(b"not a sound at all")
    with pytest.raises(ValueError, match="cannot be read"):
        measure_file(bad)
    with pytest.raises(ValueError, match="missing"):
        measure_file(tmp_path / "gone.wav")


def test_limiter_holds_the_true_peak_and_joins_chunks_exactly():
    limiter = TruePeakLimiter(-1.0, RATE)
    sound = clicks(2.0)
    margin = limiter.margin
    padded = np.concatenate([np.zeros((margin, 2)), sound, np.zeros((margin, 2))])
    whole = limiter.apply(padded, 12.0)
    assert measure(whole).true_peak_dbtp <= -1.0
    cut = 40_000  # two chunks, each read with its context, as write_mix_wav reads them
    first = limiter.apply(padded[: cut + 2 * margin], 12.0)
    second = limiter.apply(padded[cut:], 12.0)
    np.testing.assert_allclose(np.concatenate([first, second]), whole, atol=1e-6)
    # Away from the clicks the gain is the plain 12 dB.
    quiet = slice(int(0.3 * RATE), int(0.32 * RATE))
    np.testing.assert_allclose(whole[quiet], sound[quiet] * 10 ** (12 / 20), rtol=1e-4)


def voice_over_music(folder: Path, music: np.ndarray, voice_gain_db: float = 6.0) -> Project:
    """A 20 s project: the music bed throughout, three narration lines over it."""
    voice = write_wav(folder / "voice.wav", speech_like(3.0))
    bed = write_wav(folder / "music.wav", music)
    project = Project(name="loud")
    project.timeline.track("music").clips.append(AudioClip(0.0, 20.0, str(bed)))
    for start in (2.0, 8.0, 13.0):
        line = AudioClip(start, 3.0, str(voice), gain_db=voice_gain_db)
        project.timeline.track("narration").clips.append(line)
    return project


@pytest.mark.parametrize(
    ("music", "target"),
    [
        (lambda: music_bed(20.0, 0.2), -14.0),  # quiet: raised, no limiting needed
        (lambda: music_bed(20.0, 0.2), -9.0),  # loud target: the kicks must be limited
        (lambda: clicks(20.0), -14.0),  # raw peaks over full scale, raised by 10+ dB
    ],
)
def test_normalised_mix_lands_on_the_target_under_the_ceiling(tmp_path, music, target):
    project = voice_over_music(tmp_path, music())
    project.sound.loudness_target = target
    plan = plan_normalisation(project, 20.0)
    out = write_mix_wav(project, tmp_path / "mix.wav", 20.0, normalise=True)
    mine = measure_file(out)
    reference, reference_peak = ffmpeg_loudness(out)
    assert mine.integrated_lufs == pytest.approx(target, abs=0.5)
    assert reference == pytest.approx(target, abs=0.5)
    assert mine.true_peak_dbtp <= -1.0 and reference_peak <= -1.0
    # What the Export area shows beforehand is what the file measures.
    assert plan.after.integrated_lufs == pytest.approx(mine.integrated_lufs, abs=0.1)
    before = measure_mix(project, 20.0)
    assert before.integrated_lufs == pytest.approx(plan.before.integrated_lufs, abs=1e-6)


def test_normalised_mix_is_the_same_whatever_the_chunk_size(tmp_path, monkeypatch):
    project = voice_over_music(tmp_path, clicks(20.0))
    big = write_mix_wav(project, tmp_path / "big.wav", 7.3, normalise=True)
    monkeypatch.setattr(mix, "CHUNK_SECONDS", 0.7)
    small = write_mix_wav(project, tmp_path / "small.wav", 7.3, normalise=True)
    assert big.read_bytes() == small.read_bytes()


def test_a_silent_mix_normalises_to_silence(tmp_path):
    quiet = write_wav(tmp_path / "quiet.wav", np.zeros(RATE))
    project = Project(name="silent")
    project.timeline.track("music").clips.append(AudioClip(0.0, 1.0, str(quiet)))
    out = write_mix_wav(project, tmp_path / "mix.wav", 1.0, normalise=True)
    assert plan_normalisation(project, 1.0).gain_db == 0.0
    assert out.stat().st_size == 44 + RATE * 4
    assert not any(out.read_bytes()[44:])
