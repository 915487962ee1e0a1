"""Colours, sizes and header glyphs of the timeline, by track kind and clip kind.

One place, so the lanes, the clips and the tests agree on what a kind looks like.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QGuiApplication, QPalette

from aigc_studio.project.model import TRACK_TITLES, Clip, LatentWalkClip, Track
from aigc_studio.ui import style
from aigc_studio.ui.i18n import tr

HEADER_WIDTH = 120  # track names column (fixed; the lanes scroll under it)
RULER_HEIGHT = 30  # time ruler at the top
TRACK_GAP = 6  # space between lanes
VIDEO_TRACK_HEIGHT = 72  # room for a walk's first and last face
AUDIO_TRACK_HEIGHT = 46  # captions, narration, music and effects need less
EDGE_PX = 6  # a press this close to a clip's edge trims instead of moving
SNAP_PX = 8  # snapping reaches this far, in pixels (so it scales with the zoom)
DRAG_THRESHOLD_PX = 3  # a press must move this far before it becomes a drag

PLAYHEAD = "#ff4d5e"  # the playhead line and its handle
SNAP_LINE = "#ffe066"  # the line drawn where a drag snapped
BEAT = "#6b5fd6"  # beat markers on the ruler and over the lanes
RUBBER_BAND = style.ACCENT


@dataclass(frozen=True)
class CanvasColours:
    """The timeline's own ground colours for one theme (clips keep their kind's colour in
    both: creators find a kind by its colour)."""

    background: str  # behind everything (below the last lane)
    lane: str  # lane background
    lane_alt: str  # every other lane, so neighbours are easy to tell apart
    header: str  # the track names column
    ruler: str  # the time ruler's strip
    text: str  # track names
    muted: str  # ruler labels, kinds under track names, the empty timeline's hint
    tick: str  # labelled ruler ticks
    minor_tick: str  # the ticks between them


DARK_CANVAS = CanvasColours(
    background=style.BASE,
    lane="#1c1d21",
    lane_alt="#202127",
    header="#24262b",
    ruler=style.WINDOW,
    text=style.TEXT,
    muted=style.MUTED,
    tick="#55575f",
    minor_tick="#3a3c42",
)
LIGHT_CANVAS = CanvasColours(
    background=style.LIGHT.base,
    lane="#ececf0",
    lane_alt="#e4e4e9",
    header="#dedee4",
    ruler=style.LIGHT.window,
    text=style.LIGHT.text,
    muted=style.LIGHT.muted,
    tick="#8d9099",
    minor_tick="#c2c3ca",
)


def canvas_colours() -> CanvasColours:
    """The ground colours for the theme in use: light when the application's window
    colour is light (apply_theme set the palette, so this follows a theme change)."""
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return LIGHT_CANVAS if window.lightness() > 128 else DARK_CANVAS


# Clip body colour by clip kind. A walk keeps the studio's video blue (tests and users
# know it); other visual clips are shades of it, so the video track reads as one family.
CLIP_COLOURS = {
    "latent_walk": style.VIDEO_CLIP,
    "image": "#3f9d8f",
    "video_file": "#5b86c9",
    "caption": style.CAPTION_CLIP,
}
# Audio clips take the colour of the track they are on (narration, music, effects).
TRACK_COLOURS = {
    "video": style.VIDEO_CLIP,
    "caption": style.CAPTION_CLIP,
    "narration": "#c25d86",
    "music": "#48a868",
    "effects": "#d9773f",
}
# A short glyph drawn in the header's colour chip (fonts everywhere have these letters).
TRACK_GLYPHS = {"video": "V", "caption": "T", "narration": "N", "music": "♪", "effects": "FX"}
DARK_TEXT_KINDS = ("caption",)  # light clip colours get dark text


def track_kind_name(kind: str) -> str:
    """The small word under a track's name saying what it holds."""
    names = {
        "video": tr("video"),
        "caption": tr("captions"),
        "narration": tr("narration"),
        "music": tr("music"),
        "effects": tr("effects"),
    }
    return names.get(kind, kind)


def track_title(track: Track) -> str:
    """A track's name as shown: a track still called by its kind's default name (saved in
    English in the project) shows that name in the studio's language."""
    titles = {
        "video": tr("Video"),
        "caption": tr("Captions"),
        "narration": tr("Narration"),
        "music": tr("Music"),
        "effects": tr("Effects"),
    }
    if track.name and track.name != TRACK_TITLES.get(track.kind):
        return track.name
    return titles.get(track.kind, track.name or track.kind.capitalize())


def lane_height(kind: str) -> int:
    return VIDEO_TRACK_HEIGHT if kind == "video" else AUDIO_TRACK_HEIGHT


def clip_colour(clip: Clip, track_kind: str) -> str:
    """The body colour of a clip on a track of ``track_kind``."""
    if isinstance(clip, LatentWalkClip):
        return CLIP_COLOURS["latent_walk"]
    return CLIP_COLOURS.get(clip.kind, TRACK_COLOURS.get(track_kind, style.VIDEO_CLIP))
