"""Generated soundtracks: a quiet pad that fades in and out, or silence."""

from __future__ import annotations

import numpy as np
import pytest

from aigc_studio.media.audio import make_soundtrack, pad_samples


def rms(samples: np.ndarray) -> float:
    return float(np.sqrt(np.mean(samples.astype(np.float64) ** 2)))


def test_pad_is_quiet_stereo_that_fades_in_and_out():
    audio = make_soundtrack(6.0, 48000, "pad")
    assert audio.shape == (288000, 2) and audio.dtype == np.float32
    assert np.abs(audio).max() <= 0.5  # a bed to talk over, never loud
    middle = audio[120000:168000]
    assert rms(middle) > 0.03  # audible
    assert rms(audio[:2400]) < rms(middle) / 5  # fade in
    assert rms(audio[-2400:]) < rms(middle) / 5  # fade out
    assert not np.array_equal(audio[:, 0], audio[:, 1])  # some stereo width


def test_pad_is_deterministic_and_silent_is_zeros():
    np.testing.assert_array_equal(make_soundtrack(2.0), make_soundtrack(2.0))
    silent = make_soundtrack(2.0, 44100, "silent")
    assert silent.shape == (88200, 2) and not silent.any()
    assert make_soundtrack(0.0).shape == (0, 2)


def test_pad_made_in_chunks_equals_the_whole_track():
    whole = make_soundtrack(9.0, 8000)
    t = np.arange(len(whole)) / 8000
    chunks = np.concatenate([pad_samples(t[i : i + 3000], 9.0) for i in range(0, len(t), 3000)])
    np.testing.assert_array_equal(chunks, whole)


def test_unknown_kind_is_refused():
    with pytest.raises(ValueError, match="pad"):
        make_soundtrack(1.0, kind="music")
