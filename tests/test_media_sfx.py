"""The built-in sound effects: shipped, audible, the right length, and each its own sound."""

from __future__ import annotations

import wave

import numpy as np
import pytest

from aigc_studio.media.sfx import SFX_NAMES, canonical_name, sfx_dir, sfx_path, synthesize

EXPECTED_SECONDS = {
    "whoosh": 0.6,
    "pop": 0.15,
    "ding": 1.5,
    "riser": 2.0,
    "impact": 1.2,
    "click": 0.1,
    "glitch": 0.5,
}


def read(name: str) -> tuple[np.ndarray, int, int, int]:
    """(samples in [-1, 1], rate, channels, sample width) of the shipped file."""
    path = sfx_path(name)
    assert path is not None, f"{name}.wav is missing"
    with wave.open(str(path), "rb") as wav:
        raw = wav.readframes(wav.getnframes())
        rate, channels, width = wav.getframerate(), wav.getnchannels(), wav.getsampwidth()
    return np.frombuffer(raw, "<i2").astype(np.float64) / 32767, rate, channels, width


def centroid(samples: np.ndarray, rate: int = 48000) -> float:
    """Spectral centroid in Hz: where the sound's energy sits, low (boom) to high (hiss)."""
    spectrum = np.abs(np.fft.rfft(samples))
    freqs = np.fft.rfftfreq(samples.size, 1 / rate)
    return float((spectrum * freqs).sum() / spectrum.sum())


def test_the_scripts_sound_names_all_have_an_effect():
    assert set(EXPECTED_SECONDS) <= set(SFX_NAMES)


@pytest.mark.parametrize("name", SFX_NAMES)
def test_each_file_is_48k_mono_16bit_audible_and_the_expected_length(name):
    samples, rate, channels, width = read(name)
    assert (rate, channels, width) == (48000, 1, 2)
    assert samples.size / rate == pytest.approx(EXPECTED_SECONDS[name], abs=0.005)
    assert 0.1 <= samples.size / rate <= 2.0
    peak_db = 20 * np.log10(np.abs(samples).max())
    assert -3.5 < peak_db < -2.5  # about -3 dBFS
    rms_db = 20 * np.log10(np.sqrt((samples**2).mean()))
    assert rms_db > -30  # not silent
    # No click at either end: the file starts and stops at (near) silence.
    assert abs(samples[0]) < 1e-3 and abs(samples[-1]) < 1e-3
    assert np.abs(samples[:12]).max() < 0.1  # the first quarter millisecond fades in
    assert np.abs(samples[-48:]).max() < 0.05  # and the last has faded out


@pytest.mark.parametrize("name", SFX_NAMES)
def test_the_shipped_files_are_what_the_code_makes(name):
    samples, _, _, _ = read(name)
    made = synthesize(name)
    assert made.size == samples.size
    assert np.abs(made - samples).max() < 2 / 32767  # 16-bit rounding only


def test_the_effects_differ_from_each_other():
    sounds = {name: read(name)[0] for name in SFX_NAMES}
    for a in SFX_NAMES:
        for b in SFX_NAMES:
            if a < b:
                n = min(sounds[a].size, sounds[b].size)
                x, y = sounds[a][:n], sounds[b][:n]
                similarity = abs(np.dot(x, y)) / np.sqrt(np.dot(x, x) * np.dot(y, y))
                assert similarity < 0.5, (a, b)
    centroids = {name: centroid(s) for name, s in sounds.items()}
    assert centroids["impact"] < 400  # a low boom
    assert centroids["click"] > 3000 and centroids["glitch"] > centroids["impact"]
    assert centroids["pop"] < centroids["ding"] < centroids["whoosh"]


def test_click_and_pop_are_short_and_spent_early():
    for name in ("click", "pop"):
        samples, rate, _, _ = read(name)
        energy = np.cumsum(samples**2) / (samples**2).sum()
        assert np.searchsorted(energy, 0.9) / rate < 0.05  # 90 % of it in 50 ms


def test_the_riser_rises():
    samples, rate, _, _ = read("riser")
    quarters = np.array_split(samples, 4)
    centroids = [centroid(q, rate) for q in quarters]
    assert all(b > a for a, b in zip(centroids, centroids[1:], strict=False))
    assert centroids[-1] > 2 * centroids[0]
    loudness = [np.sqrt((q**2).mean()) for q in quarters]
    assert loudness[-1] > 2 * loudness[0]  # and it swells


def test_the_ding_rings_and_decays():
    samples, rate, _, _ = read("ding")
    first, last = samples[: rate // 5], samples[-rate // 5 :]
    assert np.sqrt((last**2).mean()) < 0.2 * np.sqrt((first**2).mean())
    spectrum = np.abs(np.fft.rfft(first))
    assert abs(np.fft.rfftfreq(first.size, 1 / rate)[spectrum.argmax()] - 1046.5) < 10


def test_names_are_found_in_any_case_and_by_alias():
    assert sfx_path("Whoosh") == sfx_dir() / "whoosh.wav"
    assert sfx_path(" DING ") == sfx_path("叮") == sfx_dir() / "ding.wav"
    assert sfx_path("嗖") == sfx_path("swoosh") == sfx_path("whoosh")
    assert sfx_path("砰") == sfx_path("impact")
    assert canonical_name("pop.wav") == "pop"
    assert sfx_path("kazoo") is None and canonical_name("") is None
    with pytest.raises(ValueError, match="no built-in sound effect"):
        synthesize("kazoo")


def test_a_missing_file_is_none_not_a_crash(tmp_path, monkeypatch):
    monkeypatch.setenv("AIGC_STUDIO_RESOURCES", str(tmp_path))
    assert sfx_path("ding") is None
