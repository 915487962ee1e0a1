"""The music bed of a quick short: the shipped loop, laid under the whole video.

The loop is resources/music/quick-loop.m4a (synthesised by resources/music/make_music.py).
The clip loops it for the video's length with a fade at both ends; ducking under the
narration and loudness normalisation are the project's sound settings, applied at export.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from aigc_studio.media.beats import beat_times
from aigc_studio.project.clips import AudioClip
from aigc_studio.resources import music_dir
from aigc_studio.translation import tr

MUSIC_FILE = "quick-loop.m4a"  # in resources/music/
LOOP_SECONDS = 8.0  # the loop's length (four bars at 120 BPM, see make_music.py)
MUSIC_GAIN_DB = -10.0  # music sits under the voice even before ducking
FADE_IN = 1.0  # seconds the music takes to rise at the start
FADE_OUT = 2.0  # seconds it takes to fall at the end


def music_path() -> Path:
    """The shipped loop's file."""
    path = music_dir() / MUSIC_FILE
    if not path.is_file():
        raise RuntimeError(
            tr("The music loop {path} is missing; reinstall AIGC Studio.").format(path=path)
        )
    return path


def music_clip(duration: float) -> AudioClip:
    """The loop playing from 0 for ``duration`` seconds, faded in and out."""
    clip = AudioClip(
        0.0,
        duration,
        str(music_path()),
        gain_db=MUSIC_GAIN_DB,
        fade_in=min(FADE_IN, duration / 4),
        fade_out=min(FADE_OUT, duration / 4),
        source_duration=LOOP_SECONDS,
    )
    clip.loop = True
    return clip


def music_beats(duration: float) -> list[float]:
    """Seconds of every beat the looping music plays in the first ``duration`` seconds
    (the loop's beats, found once by media.beats, repeated loop after loop)."""
    one_loop = _loop_beats(str(music_path()))
    beats: list[float] = []
    start = 0.0
    while start < duration:
        beats += [start + b for b in one_loop if start + b < duration]
        start += LOOP_SECONDS
    return beats


@lru_cache(maxsize=2)
def _loop_beats(path: str) -> tuple[float, ...]:
    # The detector finds each thump a few ms late or early; a beat counts within the loop.
    return tuple(b for b in beat_times(path) if b < LOOP_SECONDS - 0.05)
