"""Scene-list edits the Script table offers: insert, delete, move, split and merge.

Plain functions on lists of Scenes (no Qt), so the panel only turns a click into one
SetScenes and the rules can be read (and tested) in one place.
"""

from __future__ import annotations

import copy
import re

from aigc_studio.script.model import Scene

NEW_SCENE_SECONDS = 3.0  # a scene added by hand lasts this long until it is edited
MIN_SCENE_SECONDS = 0.1  # a split never leaves a half shorter than this

# The end of a sentence: Western punctuation followed by space, or CJK punctuation.
_SENTENCE_END = re.compile(r"[.!?…]+[\"')\]]*\s+|[。！？；]+[”」』）]*")


def insert_scene(scenes: list[Scene], index: int) -> list[Scene]:
    """A blank scene at ``index`` (clamped; past the end appends)."""
    index = max(0, min(index, len(scenes)))
    return scenes[:index] + [Scene(duration=NEW_SCENE_SECONDS)] + scenes[index:]


def delete_scenes(scenes: list[Scene], rows: set[int]) -> list[Scene]:
    return [scene for i, scene in enumerate(scenes) if i not in rows]


def move_scene(scenes: list[Scene], index: int, to: int) -> list[Scene]:
    """The scene at ``index`` moved to position ``to`` (clamped)."""
    result = list(scenes)
    scene = result.pop(index)
    result.insert(max(0, min(to, len(result))), scene)
    return result


def sentence_split_point(text: str, cursor: int) -> int:
    """Where to split ``text``: after the sentence the cursor is in (0 if there is none).

    A cursor in the last sentence splits before it, so the split always makes two parts
    when the line has two sentences or more.
    """
    ends = [m.end() for m in _SENTENCE_END.finditer(text) if m.end() < len(text.rstrip())]
    if not ends:
        return 0
    for end in ends:
        if cursor < end:
            return end
    return ends[-1]


def split_scene(scenes: list[Scene], index: int, cursor: int) -> list[Scene] | None:
    """The scene split in two at the cursor's sentence; None when its line has one sentence.

    The duration is shared by the length of each half's line (reading time follows it);
    the shot and sound effect stay with the first half, the shot is repeated for the second.
    """
    scene = scenes[index]
    point = sentence_split_point(scene.line, cursor)
    if point <= 0:
        return None
    first_line, second_line = scene.line[:point].strip(), scene.line[point:].strip()
    share = len(first_line) / max(len(first_line) + len(second_line), 1)
    first_seconds = max(MIN_SCENE_SECONDS, round(scene.duration * share, 2))
    second_seconds = max(MIN_SCENE_SECONDS, round(scene.duration - first_seconds, 2))
    first = copy.copy(scene)
    first.line, first.duration, first.caption = first_line, first_seconds, ""
    second = Scene(shot=scene.shot, line=second_line, duration=second_seconds)
    return scenes[:index] + [first, second] + scenes[index + 1 :]


def merge_with_next(scenes: list[Scene], index: int) -> list[Scene] | None:
    """The scene joined with the one after it; None when it is the last."""
    if not 0 <= index < len(scenes) - 1:
        return None
    a, b = scenes[index], scenes[index + 1]
    merged = Scene(
        shot=_join(a.shot, b.shot, " / "),
        line=_join(a.line, b.line, "" if _is_cjk(a.line) else " "),
        duration=round(a.duration + b.duration, 3),
        caption=_join(a.caption, b.caption, " ") if a.caption or b.caption else "",
        sfx=a.sfx or b.sfx,
    )
    return scenes[:index] + [merged] + scenes[index + 2 :]


def _join(a: str, b: str, sep: str) -> str:
    return sep.join(part for part in (a.strip(), b.strip()) if part)


def _is_cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)
