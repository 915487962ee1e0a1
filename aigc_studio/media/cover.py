"""The cover image written beside an export: a frame of the video with the title on it.

Platforms show the cover in feeds and on the profile page; most let the creator upload
one. The title is drawn large in the upper part of the frame (above the face, clear of the
captions' band and the platform's buttons), wrapped for English and Chinese with the
bundled font, on a translucent box so it reads over any picture.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
from PIL import Image

from aigc_studio.media.ai_label import draw_ai_label
from aigc_studio.media.captions import CaptionStyle, draw_caption
from aigc_studio.media.export import ai_metadata_text
from aigc_studio.media.timeline_render import RendererFor, frame_at
from aigc_studio.project.model import Project
from aigc_studio.translation import tr

# Sizes for a 1080-wide frame, scaled like captions.
TITLE_STYLE = CaptionStyle(
    font_size=104,
    stroke_width=4,
    box=True,
    box_opacity=0.45,
    box_padding=36,
    position_y=0.2,  # the upper part: the face sits in the middle, captions lower down
    max_chars_per_line=16,  # a title is a few big words; Chinese gets 8 a line
    line_spacing=1.2,
    max_width=0.9,
)
JPEG_QUALITY = 90  # visually clean at about a tenth of the PNG's size


def cover_path(video_path: str | Path) -> Path:
    """short.mp4 -> short.cover.jpg, beside the video."""
    video_path = Path(video_path)
    return video_path.with_name(f"{video_path.stem}.cover.jpg")


def default_cover_time(duration: float) -> float:
    """1 s in (past any fade from black), or the middle of a video shorter than 2 s."""
    return 1.0 if duration >= 2.0 else max(0.0, duration / 2)


def draw_cover(frame: np.ndarray, title: str, ai_label_position: str | None = None) -> np.ndarray:
    """A copy of ``frame`` (H, W, 3) uint8 with the title, and the AI-generated mark in the
    given corner unless ``ai_label_position`` is None."""
    cover = np.array(frame, dtype=np.uint8, copy=True)
    if cover.ndim != 3 or cover.shape[2] != 3:
        raise ValueError(
            tr("a cover frame must be (H, W, 3), got {shape}").format(shape=cover.shape)
        )
    if title.strip():
        draw_caption(cover, title.strip(), TITLE_STYLE)
    if ai_label_position is not None:
        draw_ai_label(cover, ai_label_position)
    return cover


def write_cover(
    frame: np.ndarray,
    title: str,
    out_path: str | Path,
    *,
    ai_label_position: str | None = None,
) -> Path:
    """Draw the title over ``frame`` and save it as a JPEG at ``out_path`` (written under a
    temporary name and renamed, like the video). With ``ai_label_position`` the picture
    carries the visible AI-generated mark and the JPEG comment says it is AI-generated."""
    out_path = Path(out_path)
    image = Image.fromarray(draw_cover(frame, title, ai_label_position))
    temp = out_path.with_name(f".{out_path.name}.partial")
    extra = {} if ai_label_position is None else {"comment": ai_metadata_text().encode()}
    try:
        image.save(temp, "JPEG", quality=JPEG_QUALITY, optimize=True, **extra)
        os.replace(temp, out_path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return out_path


def write_project_cover(
    project: Project,
    renderer_for: RendererFor,
    out_mp4: str | Path,
    time: float | None = None,
    media_root: Path | None = None,
    *,
    size: tuple[int, int] | None = None,
    ai_label_position: str | None = None,
) -> Path:
    """Write the cover of the export ``out_mp4`` (beside it, NAME.cover.jpg): the timeline's
    frame at ``time`` seconds (None: default_cover_time) at ``size`` (width, height; default
    the project's), titled with the project's name. Returns the cover's path."""
    duration = max(project.duration, 0.0)
    t = default_cover_time(duration) if time is None else float(time)
    t = min(max(t, 0.0), max(0.0, duration - 1.0 / max(1, project.fps)))  # a frame that exists
    width, height = size or (project.width, project.height)
    frame = frame_at(project, t, renderer_for, media_root=media_root, width=width, height=height)
    return write_cover(
        frame, project.name, cover_path(out_mp4), ai_label_position=ai_label_position
    )
