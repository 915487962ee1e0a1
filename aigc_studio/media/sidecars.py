"""Files written beside an exported MP4: an SRT of the captions and a description text
with title, description and hashtags taken from the project's script."""

from __future__ import annotations

import re
from pathlib import Path

from aigc_studio.project.model import CaptionClip, Project


def srt_time(seconds: float) -> str:
    """hh:mm:ss,mmm as SRT writes times."""
    ms = max(0, int(round(seconds * 1000)))
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, ms = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d},{ms:03d}"


def srt_text(project: Project) -> str:
    """The project's caption clips as SRT, in time order."""
    clips = sorted(
        (
            c
            for track in project.timeline.tracks
            if track.kind == "caption"
            for c in track.clips
            if isinstance(c, CaptionClip) and c.text.strip()
        ),
        key=lambda c: c.start,
    )
    blocks = [
        f"{i}\n{srt_time(c.start)} --> {srt_time(c.start + c.duration)}\n{c.text.strip()}\n"
        for i, c in enumerate(clips, 1)
    ]
    return "\n".join(blocks)


def hashtags(title: str) -> list[str]:
    """#AIGC #AI生成, then up to three words of the title as tags."""
    tags = ["#AIGC", "#AI生成"]
    for word in re.findall(r"\w+", title):
        tag = f"#{word}"
        if len(word) > 1 and tag not in tags and word.lower() != "untitled" and len(tags) < 5:
            tags.append(tag)
    return tags


def description_text(project: Project) -> str:
    """Title, description (the scenes' lines) and hashtags, one block each."""
    title = project.name.strip() or "Untitled"
    lines = [s.line.strip() for s in project.script.scenes if s.line.strip()]
    description = " ".join(lines)
    return f"{title}\n\n{description}\n\n{' '.join(hashtags(title))}\n"


def write_sidecars(project: Project, video_path: str | Path) -> list[Path]:
    """Write VIDEO.srt and VIDEO.txt beside the video (UTF-8); return their paths."""
    video_path = Path(video_path)
    srt = video_path.with_suffix(".srt")
    txt = video_path.with_suffix(".txt")
    srt.write_text(srt_text(project), encoding="utf-8")
    txt.write_text(description_text(project), encoding="utf-8")
    return [srt, txt]
