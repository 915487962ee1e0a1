"""Music ducking: the music drops by the configured amount under narration, ramps, and
comes back; chunks join exactly; effects and narration are never ducked."""

from __future__ import annotations

import numpy as np
import pytest

from aigc_studio.media.ducking import duck_envelope
from aigc_studio.media.mix import AudioSources, mix_audio, write_wav
from aigc_studio.project.model import AudioClip, Project
from tests.test_media_mix import rms, tone

RATE = 48000


def voice_file(tmp_path, seconds: float = 2.0) -> str:
    noise = np.random.default_rng(0).uniform(-0.3, 0.3, int(seconds * RATE))
    return str(write_wav(tmp_path / "voice.wav", noise))


def project_with(tmp_path, *, music: bool = True, narration: bool = True, kind: str = "music"):
    """Music (a 440 Hz tone) over 0..6 s; narration 2..4 s."""
    project = Project(name="duck")
    if music:
        bed = str(write_wav(tmp_path / "bed.wav", tone(6.0, 0.4)))
        project.timeline.track(kind).clips.append(AudioClip(0.0, 6.0, bed))
    if narration:
        project.timeline.track("narration").clips.append(AudioClip(2.0, 2.0, voice_file(tmp_path)))
    return project


def level_db(sound: np.ndarray, reference: np.ndarray, at: float, width: float = 0.1) -> float:
    window = slice(int((at - width / 2) * RATE), int((at + width / 2) * RATE))
    return 20 * np.log10(rms(sound[window]) / rms(reference[window]))


@pytest.mark.parametrize("depth", [-12.0, -6.0, -20.0])
def test_music_drops_by_the_configured_amount_under_speech(tmp_path, depth):
    both = project_with(tmp_path)
    both.sound.duck_db = depth
    voice_only = project_with(tmp_path, music=False)
    music_only = project_with(tmp_path, narration=False)
    mixed = mix_audio(both, 0.0, 6.0, clipped=False)
    music_heard = mixed - mix_audio(voice_only, 0.0, 6.0, clipped=False)  # the music alone
    full = mix_audio(music_only, 0.0, 6.0)
    assert level_db(music_heard, full, 3.0) == pytest.approx(depth, abs=1.0)  # mid speech
    assert level_db(music_heard, full, 1.0) == pytest.approx(0.0, abs=0.1)  # 1 s before
    assert level_db(music_heard, full, 5.0) == pytest.approx(0.0, abs=0.1)  # 1 s after


def test_attack_before_speech_and_release_after_it(tmp_path):
    project = project_with(tmp_path)
    project.sound.duck_attack, project.sound.duck_release = 0.2, 0.8
    gain_db = 20 * np.log10(duck_envelope(project, 0, 6 * RATE, RATE))

    def at(second: float) -> float:
        return float(gain_db[int(second * RATE)])

    assert at(1.79) == pytest.approx(0.0, abs=0.01)  # before the attack
    assert at(1.9) == pytest.approx(-6.0, abs=0.1)  # half way down, in dB
    assert at(2.0) == pytest.approx(-12.0, abs=0.01)  # down when the speech starts
    assert at(4.0) == pytest.approx(-12.0, abs=0.05)  # still down as it ends
    assert at(4.4) == pytest.approx(-6.0, abs=0.1)  # half way back up
    assert at(4.81) == pytest.approx(0.0, abs=0.01)
    assert np.all(np.abs(np.diff(gain_db)) < 0.01)  # no steps: no clicks


def test_lines_close_together_keep_the_music_down_between_them(tmp_path):
    project = project_with(tmp_path)
    voice = project.timeline.track("narration").clips[0].path
    project.timeline.track("narration").clips.append(AudioClip(4.3, 1.0, voice))
    gain_db = 20 * np.log10(duck_envelope(project, int(4.0 * RATE), int(0.3 * RATE), RATE))
    assert gain_db.max() == pytest.approx(-12.0, abs=0.01)  # 0.3 s < release + attack: held
    apart = project.timeline.track("narration").clips[1]
    apart.start = 5.0  # 1 s apart: the music comes all the way back up between the lines
    gain_db = 20 * np.log10(duck_envelope(project, int(4.0 * RATE), int(1.0 * RATE), RATE))
    assert gain_db.max() == pytest.approx(0.0, abs=0.01)


def test_chunks_join_exactly_with_ducking(tmp_path):
    project = project_with(tmp_path)
    with AudioSources() as sources:
        whole = mix_audio(project, 0.0, 6.0, sources=sources)
        cuts = [0.0, 1.9, 1.95, 2.0, 2.01, 3.3, 4.0, 4.2, 6.0]
        parts = [
            mix_audio(project, a, b, sources=sources) for a, b in zip(cuts, cuts[1:], strict=False)
        ]
    np.testing.assert_array_equal(np.concatenate(parts), whole)
    envelope = duck_envelope(project, 0, 6 * RATE, RATE)
    pieces = [duck_envelope(project, a, b - a, RATE) for a, b in [(0, 95_000), (95_000, 6 * RATE)]]
    np.testing.assert_array_equal(np.concatenate(pieces), envelope)


@pytest.mark.parametrize("kind", ["effects", "narration"])
def test_effects_and_narration_are_not_ducked(tmp_path, kind):
    project = project_with(tmp_path, kind=kind)
    voice_only = project_with(tmp_path, music=False)
    heard = mix_audio(project, 0.0, 6.0, clipped=False) - mix_audio(voice_only, 0.0, 6.0)
    unducked = mix_audio(project_with(tmp_path, narration=False, kind=kind), 0.0, 6.0)
    assert level_db(heard, unducked, 3.0) == pytest.approx(0.0, abs=0.1)


def test_no_ducking_at_zero_db_or_without_narration(tmp_path):
    project = project_with(tmp_path)
    project.sound.duck_db = 0.0
    assert np.all(duck_envelope(project, 0, 6 * RATE, RATE) == 1.0)
    alone = project_with(tmp_path, narration=False)
    assert np.all(duck_envelope(alone, 0, 6 * RATE, RATE) == 1.0)
