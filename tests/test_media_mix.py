"""The timeline's sound mix: gains, fades, loops, in-points, video sound, chunked WAVs."""

from __future__ import annotations

import subprocess
import wave

import numpy as np
import pytest

from aigc_studio.media import mix
from aigc_studio.media.ffmpeg import ffmpeg_exe
from aigc_studio.media.mix import AudioSources, has_sound, mix_audio, write_mix_wav, write_wav
from aigc_studio.media.sources import MediaError
from aigc_studio.project.model import AudioClip, Project, VideoFileClip

RATE = 48000


def tone(seconds: float, amplitude: float = 0.5, rate: int = RATE) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    return amplitude * np.sin(2 * np.pi * 440 * t)


def ramp(seconds: float) -> np.ndarray:
    """Value = 0.1 x the second it is heard at: a sample says where in the file it came from."""
    return np.arange(int(seconds * RATE)) / RATE * 0.1


def rms(samples: np.ndarray) -> float:
    return float(np.sqrt(np.mean(np.square(samples, dtype=np.float64))))


def music(clip: AudioClip, kind: str = "music") -> Project:
    project = Project(name="mix")
    project.timeline.track(kind).clips.append(clip)
    return project


def test_silence_outside_the_clip_and_gain_in_decibels(tmp_path):
    path = str(write_wav(tmp_path / "tone.wav", tone(1.0)))
    plain = mix_audio(music(AudioClip(0.5, 1.0, path)), 0.0, 2.0)
    quieter = mix_audio(music(AudioClip(0.5, 1.0, path, gain_db=-6.0)), 0.0, 2.0)
    assert plain.shape == (2 * RATE, 2) and plain.dtype == np.float32
    assert not plain[: RATE // 2].any() and not plain[int(1.5 * RATE) :].any()
    assert rms(plain[RATE // 2 : int(1.5 * RATE)]) == pytest.approx(0.5 / np.sqrt(2), rel=0.01)
    assert rms(quieter) / rms(plain) == pytest.approx(10 ** (-6 / 20), rel=0.01)


def test_fades_rise_from_and_fall_to_silence(tmp_path):
    path = str(write_wav(tmp_path / "tone.wav", tone(2.0)))
    sound = mix_audio(music(AudioClip(0.0, 2.0, path, fade_in=0.5, fade_out=1.0)), 0.0, 2.0)
    window = RATE // 20

    def level(at: float) -> float:
        i = int(at * RATE)
        return rms(sound[i - window // 2 : i + window // 2]) / (0.5 / np.sqrt(2))

    assert level(0.03) < 0.1
    assert level(0.25) == pytest.approx(0.5, abs=0.05)  # linear: half way up at half time
    assert level(0.75) == pytest.approx(1.0, abs=0.02)
    assert level(1.5) == pytest.approx(0.5, abs=0.05)
    assert level(1.97) < 0.1


def test_source_in_and_loop_pick_the_right_samples(tmp_path):
    path = str(write_wav(tmp_path / "ramp.wav", ramp(1.0)))
    later = mix_audio(music(AudioClip(1.0, 0.5, path, source_in=0.3)), 0.0, 2.0)
    first = later[RATE]  # the clip's first sample is the file's second 0.3
    assert first[0] == pytest.approx(0.03, abs=1e-3) and first[1] == first[0]
    assert not later[int(1.5 * RATE) :].any()

    once = mix_audio(music(AudioClip(0.0, 2.5, path)), 0.0, 2.5)
    looped = mix_audio(music(AudioClip(0.0, 2.5, path, loop=True)), 0.0, 2.5)
    assert not once[RATE + 10 :].any()  # without loop the file simply ends
    assert looped[RATE + RATE // 2, 0] == pytest.approx(0.05, abs=1e-3)  # 0.5 s into 2nd pass
    assert looped[2 * RATE + 10, 0] == pytest.approx(10 / RATE * 0.1, abs=1e-3)  # 3rd pass


def test_chunks_join_exactly_and_files_decode_once(tmp_path):
    path = str(write_wav(tmp_path / "tone.wav", tone(1.0, rate=44100), rate=44100))  # resampled
    project = music(AudioClip(0.2, 1.0, path, fade_in=0.3, loop=True))
    with AudioSources() as sources:
        whole = mix_audio(project, 0.0, 1.5, sources=sources)
        parts = [mix_audio(project, a, a + 0.25, sources=sources) for a in np.arange(0, 1.5, 0.25)]
        assert sources.decodes == 1
        (sound,) = sources._sounds.values()
        assert sound.path.suffix == ".f32" and sound.path.stat().st_size == RATE * 8
        folder = sound.path.parent
    np.testing.assert_array_equal(np.concatenate(parts), whole)
    assert not folder.exists()  # the decoded file went with its sources


@pytest.mark.parametrize("shape", [(RATE,), (RATE, 2)])
def test_a_wav_at_the_mix_rate_is_read_in_place_as_ffmpeg_would_decode_it(tmp_path, shape):
    samples = np.random.default_rng(0).uniform(-0.9, 0.9, shape)
    path = tmp_path / "voice.wav"
    write_wav(path, samples)
    with AudioSources() as sources:
        in_place = sources.sound(path)
        assert in_place.path == path and sources.decodes == 0  # no temporary copy
        decoded = mix._decode(path, tmp_path / "decoded.f32", RATE)
        np.testing.assert_allclose(in_place.read(0, RATE), decoded.read(0, RATE), atol=1e-4)
        assert in_place.read(-5, 0).shape == (5, 2) and not in_place.read(RATE, RATE + 9).any()


def test_tracks_sum_and_clip_and_mono_files_play_on_both_sides(tmp_path):
    loud = str(write_wav(tmp_path / "loud.wav", np.full(RATE, 0.7), rate=44100))
    project = music(AudioClip(0.0, 1.0, loud))
    project.timeline.track("narration").clips.append(AudioClip(0.0, 1.0, loud))
    project.sound.duck_db = 0.0  # no ducking: the two tracks sum at full level
    sound = mix_audio(project, 0.0, 1.0)
    assert sound.max() == pytest.approx(1.0)  # 1.4 clipped
    assert np.array_equal(sound[:, 0], sound[:, 1])


def test_video_files_bring_their_own_sound_at_their_volume(tmp_path):
    path = tmp_path / "clip.mp4"
    subprocess.run(
        [ffmpeg_exe(), "-v", "error", "-f", "lavfi", "-i", "color=c=gray:s=32x32:d=1"]
        + ["-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000:duration=1"]
        + ["-c:v", "libx264", "-c:a", "aac", "-shortest", str(path)],
        check=True,
    )
    project = Project(name="video")
    clip = VideoFileClip(0.0, 1.0, str(path), volume=1.0)
    project.timeline.track("video").clips.append(clip)
    assert has_sound(project)
    full = rms(mix_audio(project, 0.2, 0.8))
    clip.volume = 0.5
    assert rms(mix_audio(project, 0.2, 0.8)) / full == pytest.approx(0.5, rel=0.02)
    clip.volume = 0.0
    assert not has_sound(project)


def test_write_mix_wav_streams_the_mix_in_chunks(tmp_path, monkeypatch):
    monkeypatch.setattr(mix, "CHUNK_SECONDS", 0.3)
    path = str(write_wav(tmp_path / "tone.wav", tone(1.0)))
    project = music(AudioClip(0.1, 1.0, path, fade_out=0.2))
    out = write_mix_wav(project, tmp_path / "mix.wav", 1.25)
    with wave.open(str(out)) as wav:
        assert (wav.getnchannels(), wav.getframerate(), wav.getsampwidth()) == (2, RATE, 2)
        samples = np.frombuffer(wav.readframes(wav.getnframes()), "<i2").reshape(-1, 2)
    assert len(samples) == int(1.25 * RATE)
    expected = np.rint(mix_audio(project, 0.0, 1.25) * 32767)
    assert np.abs(samples - expected).max() <= 1


def test_missing_sound_files_are_a_sentence(tmp_path):
    project = music(AudioClip(0.0, 1.0, str(tmp_path / "gone.wav")))
    with pytest.raises(MediaError, match="missing"):
        mix_audio(project, 0.0, 1.0)
    (tmp_path / "bad.wav").write_bytes(b"not a sound")
    project.timeline.track("music").clips[0].path = str(tmp_path / "bad.wav")
    with pytest.raises(MediaError, match="cannot be read"):
        mix_audio(project, 0.0, 1.0)
