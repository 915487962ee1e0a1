"""The subtitles written beside an export carry the same timings as the burned-in captions
after Generate narration: each caption chunk, timed to the voice, is one SRT cue."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from aigc_studio.media.narration import narrate_scenes
from aigc_studio.media.sidecars import srt_text
from aigc_studio.project.commands import SetScenes
from aigc_studio.project.model import Project
from aigc_studio.project.sound_commands import caption_settings_command
from aigc_studio.project.sound_settings import VoiceSettings
from aigc_studio.script.model import Scene

CUE = re.compile(r"(\d+):(\d+):(\d+),(\d+) --> (\d+):(\d+):(\d+),(\d+)")


def _seconds(parts: tuple[str, ...]) -> float:
    hours, minutes, seconds, millis = (int(p) for p in parts)
    return hours * 3600 + minutes * 60 + seconds + millis / 1000


def test_srt_cues_are_the_caption_chunks_timed_to_the_voice(tmp_path: Path) -> None:
    project = Project()
    project.captions.max_chars_per_line = 16  # short lines, so a line needs several chunks
    lines = [
        "Faces walk through latent space, one step at a time, and never repeat.",
        "Follow for part two, where we train our own model.",
    ]
    scenes = narrate_scenes([Scene(line=line) for line in lines], "en", VoiceSettings(), tmp_path)
    SetScenes(project, scenes).apply()
    captions = project.timeline.track("caption").clips
    assert len(captions) > len(lines)  # chunks, not one caption per scene

    cues = [
        (_seconds(m.groups()[:4]), _seconds(m.groups()[4:]))
        for m in CUE.finditer(srt_text(project))
    ]
    assert len(cues) == len(captions)
    for (start, end), clip in zip(cues, captions, strict=True):
        assert abs(start - clip.start) <= 0.001 and abs(end - clip.end) <= 0.001
    scene_start = 0.0
    for scene, line in zip(scenes, lines, strict=True):
        mine = [c for c in captions if scene_start <= c.start < scene_start + scene.duration]
        assert " ".join(c.text for c in mine).split() == line.split()  # every word, in order
        scene_start += scene.duration


def test_a_narrower_caption_line_cuts_the_voice_into_more_captions_in_one_undo(
    tmp_path: Path,
) -> None:
    project = Project()
    line = "Faces walk through latent space, one step at a time, and never repeat."
    scenes = narrate_scenes([Scene(line=line)], "en", VoiceSettings(), tmp_path)
    SetScenes(project, scenes).apply()
    before = [(c.start, c.text) for c in project.timeline.track("caption").clips]

    narrow = replace(project.captions, max_chars_per_line=12)
    command = caption_settings_command(project, narrow)
    command.apply()
    after = project.timeline.track("caption").clips
    assert project.captions.max_chars_per_line == 12
    assert len(after) > len(before)  # more, shorter captions over the same speech
    assert " ".join(c.text for c in after).split() == line.split()
    command.undo()
    assert [(c.start, c.text) for c in project.timeline.track("caption").clips] == before
    assert project.captions.max_chars_per_line == 0
