"""Generate narration: lines become voices, scenes follow their length, captions follow
the speech, unchanged lines are not spoken again, and recordings are kept."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np
import pytest

from aigc_studio.media import narration
from aigc_studio.media.narration import (
    clear_recording,
    narrate_scenes,
    narration_cache_dir,
    use_recording,
)
from aigc_studio.progress import Cancelled
from aigc_studio.project.script_timeline import (
    NARRATION_LEAD,
    NARRATION_TAIL,
    captions_for_scenes,
    narration_clips,
)
from aigc_studio.project.sound_settings import VoiceSettings
from aigc_studio.script.model import Scene

VOICE = VoiceSettings()


def read_wav(path: str | Path) -> tuple[np.ndarray, int]:
    with wave.open(str(path), "rb") as wav:
        assert wav.getsampwidth() == 2
        data = np.frombuffer(wav.readframes(wav.getnframes()), dtype="<i2")
        return data.astype(np.float64) / 32768.0, wav.getframerate()


def rms_db(samples: np.ndarray) -> float:
    return 20 * np.log10(max(float(np.sqrt(np.mean(samples**2))), 1e-12))


def make_recording(path: Path, seconds: float, rate: int = 44100) -> Path:
    t = np.arange(int(seconds * rate)) / rate
    tone = 0.3 * np.sin(2 * np.pi * 220 * t)
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(np.rint(tone * 32767).astype("<i2").tobytes())
    return path


class CountingSpeaker:
    """Wraps the real speak_to_wav, remembering every line it was asked to speak."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.lines: list[str] = []
        real = narration.speak_to_wav

        def speak(text, out_path, lang, settings):
            self.lines.append(text)
            return real(text, out_path, lang, settings)

        monkeypatch.setattr(narration, "speak_to_wav", speak)


class ListReporter:
    def __init__(self, cancel_after: int | None = None) -> None:
        self.messages: list[tuple[float, str]] = []
        self.cancel_after = cancel_after

    def progress(self, fraction: float, message: str = "") -> None:
        self.messages.append((fraction, message))

    def cancelled(self) -> bool:
        return self.cancel_after is not None and len(self.messages) > self.cancel_after


EN_SCENES = [
    Scene("open", "Did you know a tiny model can dream up faces? Watch this.", 3.0),
    Scene("close", "Follow for part two, where we train it on your own drawings.", 3.0),
]
ZH_SCENE = Scene("特写", "你知道吗？一个很小的模型，也能画出新的脸。", 3.0)


@pytest.mark.parametrize(("scenes", "lang"), [(EN_SCENES, "en"), ([ZH_SCENE], "zh")])
def test_narration_is_real_speech_and_scenes_and_captions_follow_it(
    tmp_path: Path, scenes: list[Scene], lang: str
) -> None:
    reporter = ListReporter()
    narrated = narrate_scenes(scenes, lang, VOICE, tmp_path, reporter)

    assert [s.line for s in narrated] == [s.line for s in scenes]
    assert all(s.duration == 3.0 and not s.narration for s in scenes)  # inputs untouched
    start = 0.0
    for scene in narrated:
        samples, rate = read_wav(scene.narration)
        speech = samples.size / rate
        assert Path(scene.narration).parent == tmp_path
        assert rms_db(samples) > -35.0, "the voice is (nearly) silent"
        assert 0.8 < speech < 12.0
        assert scene.narration_duration == pytest.approx(speech, abs=1e-3)
        assert scene.duration == pytest.approx(NARRATION_LEAD + speech + NARRATION_TAIL)
        assert (scene.narration_text, scene.recorded) == (scene.line, False)
        assert not scene.narration_stale()

        # Captions sit inside the speech, back to back, and cover all of it.
        begin, end = start + NARRATION_LEAD, start + NARRATION_LEAD + speech
        chunks = [
            c
            for c in captions_for_scenes(narrated, lang, max_chars_per_line=16)
            if start <= c.start < start + scene.duration
        ]
        assert len(chunks) >= 2, "a long line should be cut into several captions"
        assert chunks[0].start == pytest.approx(begin)
        assert chunks[-1].end == pytest.approx(end)
        for before, after in zip(chunks, chunks[1:], strict=False):
            assert after.start >= before.end - 1e-9, "captions overlap"
            assert after.start == pytest.approx(before.end), "a gap between captions"
        assert "".join(c.text for c in chunks).replace("\n", "").replace(" ", "") == (
            scene.line.replace(" ", "")
        )
        start += scene.duration
    assert reporter.messages[-1][0] == 1.0
    assert len(reporter.messages) == len(scenes) + 1


def test_narrating_again_speaks_only_the_changed_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    speaker = CountingSpeaker(monkeypatch)
    first = narrate_scenes(EN_SCENES, "en", VOICE, tmp_path)
    assert speaker.lines == [s.line for s in EN_SCENES]

    edited = [first[0], Scene("close", "Follow for more.", first[1].duration)]
    edited[1] = Scene(
        "close",
        "Follow for more.",
        first[1].duration,
        narration=first[1].narration,
        narration_duration=first[1].narration_duration,
        narration_text=first[1].narration_text,
    )
    assert [s.narration_stale() for s in edited] == [False, True]
    second = narrate_scenes(edited, "en", VOICE, tmp_path)

    assert speaker.lines == [s.line for s in EN_SCENES] + ["Follow for more."]
    assert second[0].narration == first[0].narration
    assert second[1].narration != first[1].narration
    assert second[1].duration < first[1].duration  # a shorter line, a shorter scene

    # Undoing the edit finds the old voice in the cache: nothing is spoken again.
    third = narrate_scenes(
        [second[0], Scene("close", EN_SCENES[1].line, 3.0)], "en", VOICE, tmp_path
    )
    assert len(speaker.lines) == 3
    assert third[1].narration == first[1].narration
    assert third[1].duration == pytest.approx(first[1].duration)


def test_another_voice_speaks_every_line_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    speaker = CountingSpeaker(monkeypatch)
    first = narrate_scenes(EN_SCENES, "en", VOICE, tmp_path)
    slow = VoiceSettings(rate=0.6)
    again = narrate_scenes(first, "en", slow, tmp_path)
    assert len(speaker.lines) == 4
    assert all(a.duration > f.duration for a, f in zip(again, first, strict=True))


def test_a_voice_whose_file_is_gone_is_spoken_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = narrate_scenes(EN_SCENES[:1], "en", VOICE, tmp_path)
    Path(first[0].narration).unlink()
    speaker = CountingSpeaker(monkeypatch)
    again = narrate_scenes(first, "en", VOICE, tmp_path)
    assert speaker.lines == [EN_SCENES[0].line]
    assert Path(again[0].narration).is_file()


def test_a_recording_sets_the_duration_and_survives_generate(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    recording = make_recording(tmp_path / "my voice.wav", 2.5)
    scene = use_recording(Scene("open", "I said this myself", 3.0), recording)
    assert (scene.narration, scene.recorded, scene.narration_text) == (str(recording), True, "")
    assert scene.narration_duration == pytest.approx(2.5)
    assert scene.duration == pytest.approx(NARRATION_LEAD + 2.5 + NARRATION_TAIL)
    assert not scene.narration_stale()

    speaker = CountingSpeaker(monkeypatch)
    scene.line = "I changed the words but kept my recording"
    scene.duration = 9.0
    kept = narrate_scenes([scene, EN_SCENES[0]], "en", VOICE, tmp_path / "out")
    assert speaker.lines == [EN_SCENES[0].line]
    assert (kept[0].narration, kept[0].recorded) == (str(recording), True)
    assert kept[0].duration == pytest.approx(NARRATION_LEAD + 2.5 + NARRATION_TAIL)
    clip = narration_clips(kept)[0]
    assert (clip.path, clip.start) == (str(recording), pytest.approx(NARRATION_LEAD))
    assert clip.duration == pytest.approx(2.5)

    cleared = clear_recording(kept[0])
    assert (cleared.narration, cleared.recorded, cleared.narration_duration) == ("", False, 0)
    assert cleared.narration_stale()
    spoken = narrate_scenes([cleared], "en", VOICE, tmp_path / "out")[0]
    assert not spoken.recorded and Path(spoken.narration).parent == tmp_path / "out"
    assert speaker.lines[-1] == cleared.line


def test_a_compressed_recording_is_timed_by_ffmpeg(tmp_path: Path) -> None:
    import subprocess

    from aigc_studio.media.ffmpeg import ffmpeg_exe

    wav = make_recording(tmp_path / "take.wav", 1.8)
    m4a = tmp_path / "take.m4a"
    subprocess.run(
        [ffmpeg_exe(), "-v", "error", "-y", "-i", str(wav), "-c:a", "aac", str(m4a)], check=True
    )
    scene = use_recording(Scene("a", "my take"), m4a)
    assert scene.narration_duration == pytest.approx(1.8, abs=0.06)
    assert scene.duration == pytest.approx(
        NARRATION_LEAD + scene.narration_duration + NARRATION_TAIL
    )


def test_a_recording_with_no_readable_sound_is_refused_with_a_sentence(tmp_path: Path) -> None:
    junk = tmp_path / "notes.wav"
    junk.write_bytes(b"this is not sound at all" * 10)
    with pytest.raises(ValueError, match="notes.wav has no sound we can read"):
        use_recording(Scene("a", "x"), junk)
    with pytest.raises(ValueError, match="does not exist"):
        use_recording(Scene("a", "x"), tmp_path / "gone.wav")


def test_a_blank_line_loses_its_voice_and_keeps_its_length(tmp_path: Path) -> None:
    spoken = narrate_scenes([EN_SCENES[0]], "en", VOICE, tmp_path)[0]
    spoken.line = "   "
    assert spoken.narration_stale()
    blank = narrate_scenes([spoken, Scene("b-roll", "", 2.0)], "en", VOICE, tmp_path)
    assert [(s.narration, s.narration_duration) for s in blank] == [("", 0.0), ("", 0.0)]
    assert [s.duration for s in blank] == [spoken.duration, 2.0]
    assert not any(s.narration_stale() for s in blank)


def test_cancel_stops_between_scenes_and_leaves_only_whole_files(tmp_path: Path) -> None:
    scenes = [Scene("s", f"Line number {i}, spoken aloud.", 3.0) for i in range(4)]
    with pytest.raises(Cancelled):
        narrate_scenes(scenes, "en", VOICE, tmp_path, ListReporter(cancel_after=1))
    files = sorted(tmp_path.iterdir())
    assert len(files) == 2
    for path in files:
        assert path.suffix == ".wav"
        samples, _ = read_wav(path)
        assert rms_db(samples) > -35.0


def test_narration_cache_dir_is_in_the_project_or_the_data_folder(tmp_path: Path) -> None:
    folder = tmp_path / "Short.aigcproj"
    assert narration_cache_dir(folder) == folder / "assets" / "narration"
    unsaved = narration_cache_dir(None)
    assert unsaved.name == "narration"
    assert str(unsaved).startswith(__import__("os").environ["AIGC_STUDIO_DATA_DIR"])


def test_the_narration_job_returns_narrated_copies(tmp_path: Path) -> None:
    from aigc_studio.engine.tasks import NarrationRequest, narration_job

    scenes = [Scene("a", "Hello there.", 3.0)]
    job = narration_job(NarrationRequest(scenes, "en", VOICE, tmp_path))
    scenes[0].line = "edited after pressing the button"
    result = job(ListReporter())
    assert [s.narration_text for s in result] == ["Hello there."]
    assert Path(result[0].narration).is_file()
