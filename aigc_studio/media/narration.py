"""Generate narration: every scene's line spoken into a WAV, and scenes timed by it.

Voices are cached by content: a file's name is a hash of the line, the language and the
voice settings, so narrating a script again speaks only the lines that changed (and
undoing an edit finds the old voice still there). A scene with the creator's own
recording keeps it. Scene durations follow the narration (lead + speech + tail, see
project.script_timeline), so the script, the captions and the sound stay in step.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import wave
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from aigc_studio.media.probe import audio_seconds
from aigc_studio.media.tts import speak_to_wav
from aigc_studio.progress import Reporter, SilentReporter, check_cancelled
from aigc_studio.project.script_timeline import scene_duration_for_narration
from aigc_studio.project.sound_settings import VoiceSettings
from aigc_studio.script.model import Scene
from aigc_studio.translation import tr

DATA_DIR_ENV = "AIGC_STUDIO_DATA_DIR"  # overrides the user's data folder (tests set it)
PROJECT_NARRATION_DIR = "assets/narration"  # a saved project's voices, inside its folder
_NAME_HASH_CHARS = 16  # hex digits of the content hash in a voice file's name
_NAME_WORDS_CHARS = 32  # characters of the line that lead the name (readable on the timeline)


def narration_cache_dir(project_folder: Path | None) -> Path:
    """Where generated voices go: inside a saved project, else the user's data folder
    (a save then copies the ones the project uses into its assets)."""
    if project_folder is not None:
        return Path(project_folder) / PROJECT_NARRATION_DIR
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override) / "narration"
    import platformdirs

    return Path(platformdirs.user_data_dir("aigc-studio", "AIGC Studio")) / "narration"


def narration_file_name(line: str, lang: str, voice: VoiceSettings) -> str:
    """The voice file's name for this line, language and voice: equal inputs, equal name,
    e.g. "Meet faces from a model - en 1a2b3c4d5e6f.wav"."""
    key = json.dumps(
        {"text": line.strip(), "lang": lang, "voice": voice.to_dict()},
        sort_keys=True,
        ensure_ascii=False,
    )
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:_NAME_HASH_CHARS]
    # The line's first words lead the name, so the timeline's clip says what it speaks.
    words = " ".join(re.sub(r"[^\w\s]", " ", line).split())[:_NAME_WORDS_CHARS].strip()
    return f"{words or 'line'} - {lang} {digest}.wav"


def narrate_scenes(
    scenes: Sequence[Scene],
    lang: str,
    voice: VoiceSettings,
    out_dir: Path,
    reporter: Reporter | None = None,
) -> list[Scene]:
    """Copies of ``scenes`` with every stale line spoken and every duration following its
    narration (long work: reports progress per scene, stops between scenes on cancel).

    A spoken line already in ``out_dir`` (same text, language and voice) is reused, not
    spoken again. Blank lines lose their narration and keep their duration; recordings
    are kept. Raises ValueError with a sentence when the voice cannot speak a line.
    """
    reporter = reporter or SilentReporter()
    out_dir = Path(out_dir)
    result: list[Scene] = []
    count = max(len(scenes), 1)
    for index, scene in enumerate(scenes):
        check_cancelled(reporter)
        reporter.progress(
            index / count,
            tr("Narrating scene {number} of {count}").format(number=index + 1, count=len(scenes)),
        )
        if not scene.line.strip() and not scene.recorded:
            result.append(clear_recording(scene))
        elif needs_voice(scene, lang, voice):
            result.append(_speak_scene(scene, lang, voice, out_dir))
        else:
            result.append(_timed_by_narration(scene))
    reporter.progress(1.0, tr("Narration done"))
    return result


def needs_voice(scene: Scene, lang: str, voice: VoiceSettings) -> bool:
    """Whether Generate narration speaks this scene: its narration is stale, or was spoken
    in another voice or language, or its file is gone. Recordings never need a voice."""
    if scene.recorded and scene.narration:
        return False
    if scene.narration_stale() or not scene.has_narration():
        return bool(scene.line.strip())
    # The file's name carries the hash of line, language and voice (a project's saved copy
    # keeps it at the front of its own name), so another voice shows in the name.
    expected = narration_file_name(scene.line, lang, voice).removesuffix(".wav")
    name = scene.narration.replace("\\", "/").rsplit("/", 1)[-1]
    if not name.startswith(expected):
        return True
    path = Path(scene.narration)
    return path.is_absolute() and not path.is_file()


def _speak_scene(scene: Scene, lang: str, voice: VoiceSettings, out_dir: Path) -> Scene:
    path = out_dir / narration_file_name(scene.line, lang, voice)
    if path.is_file():
        seconds = _wav_seconds(path)
    else:
        out_dir.mkdir(parents=True, exist_ok=True)
        # speak_to_wav writes a temp name and renames it, so a cancel or crash never
        # leaves half a voice under the name the cache trusts.
        seconds = speak_to_wav(scene.line, path, lang, voice).duration
    return replace(
        scene,
        narration=str(path),
        narration_duration=seconds,
        narration_text=scene.line,
        recorded=False,
        duration=scene_duration_for_narration(seconds),
    )


def _timed_by_narration(scene: Scene) -> Scene:
    """A copy whose duration follows the narration it already has (unchanged without)."""
    if not scene.has_narration():
        return replace(scene)
    return replace(scene, duration=scene_duration_for_narration(scene.narration_duration))


def _wav_seconds(path: Path) -> float:
    with wave.open(str(path), "rb") as wav:
        return wav.getnframes() / wav.getframerate()


def use_recording(scene: Scene, audio_path: Path) -> Scene:
    """A copy of the scene narrated by the creator's own recording, timed by its length.

    Raises ValueError with a sentence when the file has no sound ffmpeg can read.
    """
    audio_path = Path(audio_path)
    seconds = recording_seconds(audio_path)
    return replace(
        scene,
        narration=str(audio_path),
        narration_duration=seconds,
        narration_text="",
        recorded=True,
        duration=scene_duration_for_narration(seconds),
    )


def clear_recording(scene: Scene) -> Scene:
    """A copy with no narration at all, so Generate narration speaks its line again."""
    return replace(scene, narration="", narration_duration=0.0, narration_text="", recorded=False)


def recording_seconds(path: Path) -> float:
    """Seconds of sound in an audio (or video) file: exact from a WAV's header, else what
    the bundled ffmpeg says. Raises ValueError with a sentence when there is none."""
    unreadable = ValueError(
        tr("{name} has no sound we can read; choose another recording.").format(name=path.name)
    )
    if not path.is_file():
        raise ValueError(
            tr("{name} does not exist; choose the recording again.").format(name=path.name)
        )
    try:
        with wave.open(str(path), "rb") as wav:
            frames, rate = wav.getnframes(), wav.getframerate()
        if frames > 0 and rate > 0:
            return frames / rate
    except (wave.Error, EOFError, OSError):
        pass  # not a plain PCM WAV: ffmpeg reads everything else
    total = audio_seconds(path)
    if total is None or not total > 0:
        raise unreadable
    return total
