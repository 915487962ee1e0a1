"""The clips a script puts on the timeline: captions, narration and built-in sound effects.

The script stays the single source of truth: whenever its scenes change (SetScenes),
these clips are made again from them. A scene with narration speaks after a short lead
and leaves a tail of silence before the next scene; its captions follow the speech, cut
into chunks that fit the caption box (media.caption_timing), so they appear while their
words are heard. A scene's sound effect (its ``sfx`` names a built-in one, in English or
Chinese) plays from the scene's start.
"""

from __future__ import annotations

import hashlib
import wave
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path, PurePosixPath, PureWindowsPath

from aigc_studio.media.caption_timing import caption_chunks
from aigc_studio.media.sfx import SFX_NAMES, sfx_dir, sfx_path
from aigc_studio.project.clips import AudioClip, CaptionClip
from aigc_studio.script.model import Scene

NARRATION_LEAD = 0.15  # seconds of silence in a scene before its narration starts
NARRATION_TAIL = 0.35  # seconds of silence after it, so lines do not run into each other
MIN_SCENE_SECONDS = 1.0  # a scene timed by a very short line still lasts this long
_SHORTEST_CLIP = 1e-3  # seconds; a scene cut shorter than its lead gets no narration clip
_HASH_CHARS = 10  # hex digits of a saved copy's content hash (as project.storage names it)


def scene_duration_for_narration(narration_duration: float) -> float:
    """How long a scene lasts so its narration fits with the lead and tail around it."""
    return max(MIN_SCENE_SECONDS, NARRATION_LEAD + float(narration_duration) + NARRATION_TAIL)


def scene_starts(scenes: Sequence[Scene]) -> list[float]:
    """Start time in seconds of each scene, scenes played back to back from 0."""
    starts, t = [], 0.0
    for scene in scenes:
        starts.append(t)
        t += scene.duration
    return starts


def _speech_span(scene: Scene, start: float) -> tuple[float, float] | None:
    """(begin, end) seconds the scene's narration is heard, clamped inside the scene;
    None when it has none, or the scene is too short to hear any of it."""
    if not scene.has_narration():
        return None
    begin = start + min(NARRATION_LEAD, scene.duration)
    end = min(begin + scene.narration_duration, start + scene.duration)
    return (begin, end) if end - begin > _SHORTEST_CLIP else None


def captions_for_scenes(
    scenes: Sequence[Scene], lang: str = "en", max_chars_per_line: int = 0
) -> list[CaptionClip]:
    """The captions of the scenes with on-screen text, in timeline order.

    With narration, the text is cut into chunks timed over the speech, back to back;
    without, one caption spans the whole scene.
    """
    captions: list[CaptionClip] = []
    for scene, start in zip(scenes, scene_starts(scenes), strict=True):
        text = scene.caption_text()
        if not text:
            continue
        span = _speech_span(scene, start)
        if span is None:
            captions.append(CaptionClip(start=start, duration=scene.duration, text=text))
            continue
        begin, end = span
        for chunk in caption_chunks(text, begin, end - begin, lang, max_chars_per_line):
            if chunk.duration > 0:
                captions.append(
                    CaptionClip(start=chunk.start, duration=chunk.duration, text=chunk.text)
                )
    return captions


def narration_clips(scenes: Sequence[Scene]) -> list[AudioClip]:
    """One clip per scene with narration, speaking after the lead; a scene shortened below
    its narration cuts the clip at the scene's end."""
    clips: list[AudioClip] = []
    for scene, start in zip(scenes, scene_starts(scenes), strict=True):
        span = _speech_span(scene, start)
        if span is None:
            continue
        begin, end = span
        clips.append(
            AudioClip(
                start=begin,
                duration=end - begin,
                path=scene.narration,
                source_duration=scene.narration_duration,
            )
        )
    return clips


def sfx_clips(scenes: Sequence[Scene]) -> list[AudioClip]:
    """One clip per scene whose ``sfx`` names a built-in effect, from the scene's start and
    as long as the effect's file."""
    clips: list[AudioClip] = []
    for scene, start in zip(scenes, scene_starts(scenes), strict=True):
        path = sfx_path(scene.sfx) if scene.sfx.strip() else None
        if path is None:
            continue
        seconds = wav_seconds(path)
        clips.append(
            AudioClip(start=start, duration=seconds, path=str(path), source_duration=seconds)
        )
    return clips


def wav_seconds(path: Path) -> float:
    """The length of a WAV file in seconds, from its header."""
    return _wav_seconds(str(path), path.stat().st_mtime_ns)


@lru_cache(maxsize=32)
def _wav_seconds(path: str, _mtime_ns: int) -> float:
    with wave.open(path, "rb") as wav:
        return wav.getnframes() / wav.getframerate()


def is_builtin_sfx_path(path: str) -> bool:
    """Whether a clip's file is a built-in effect: the shipped WAV itself, or the copy a
    project save made of it (assets/media/NAME-HASH.wav with the shipped file's hash), so
    the script's effects are still recognised, and replaced, after a save."""
    if not path:
        return False
    name = PureWindowsPath(path).name if "\\" in path else PurePosixPath(path).name
    stem, dot, suffix = name.rpartition(".")
    if not dot or suffix.lower() != "wav":
        return False
    if stem in SFX_NAMES and Path(path).is_absolute():
        try:
            return Path(path).resolve().parent == sfx_dir().resolve()
        except OSError:
            return False
    effect, dash, digest = stem.rpartition("-")
    return bool(dash) and effect in SFX_NAMES and digest == _builtin_digest(effect)


@lru_cache(maxsize=len(SFX_NAMES))
def _builtin_digest(effect: str) -> str | None:
    path = sfx_path(effect)
    if path is None:
        return None
    return hashlib.sha256(path.read_bytes()).hexdigest()[:_HASH_CHARS]
