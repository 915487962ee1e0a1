"""Export presets for short-video platforms, their quality levels and duration limits.

Every vertical preset is the format the platforms ask uploads to be in: 1080x1920, 30 fps,
H.264 High in yuv420p, AAC 48 kHz stereo, the MP4 index (moov) at the front and closed
GOPs. The duration limits are the published upload limits (rounded where a platform
gives different limits for different accounts or apps); None means no practical limit.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from aigc_studio.media.export import ExportSettings
from aigc_studio.translation import tr

# Quality name -> x264 CRF: 18 looks lossless, 21 is a clean upload, 26 is small.
QUALITIES: dict[str, int] = {"high": 18, "standard": 21, "small": 26}
DEFAULT_QUALITY = "standard"


@dataclass(frozen=True)
class Preset:
    name: str  # shown in the GUI and accepted by --preset
    width: int  # pixels
    height: int  # pixels
    fps: int = 30  # frames per second
    max_seconds: float | None = None  # the platform's upload limit; None: no practical one


PRESETS: tuple[Preset, ...] = (
    Preset("Douyin", 1080, 1920, max_seconds=15 * 60),
    Preset("TikTok", 1080, 1920, max_seconds=10 * 60),
    Preset("YouTube Shorts", 1080, 1920, max_seconds=3 * 60),
    Preset("Instagram Reels", 1080, 1920, max_seconds=3 * 60),
    Preset("Bilibili", 1080, 1920, max_seconds=None),
    Preset("Square 1:1", 1080, 1080, max_seconds=None),
    Preset("Landscape 16:9", 1920, 1080, max_seconds=None),
)
DEFAULT_PRESET = "Douyin"


def preset_named(name: str) -> Preset:
    """The preset called ``name`` (case and spaces ignored: "youtube-shorts" works too)."""
    key = _key(name)
    for preset in PRESETS:
        if _key(preset.name) == key:
            return preset
    names = ", ".join(p.name for p in PRESETS)
    raise ValueError(
        tr("unknown preset {name!r}; choose one of: {names}").format(name=name, names=names)
    )


def preset_settings(
    preset: Preset | str, quality: str = DEFAULT_QUALITY, /, **overrides: Any
) -> ExportSettings:
    """ExportSettings for the preset at the quality, with any field overridden (including
    ExportSettings.preset, x264's speed, which shares the name)."""
    preset = preset_named(preset) if isinstance(preset, str) else preset
    if quality not in QUALITIES:
        raise ValueError(
            tr("unknown quality {quality!r}; choose one of: {qualities}").format(
                quality=quality, qualities=", ".join(QUALITIES)
            )
        )
    base = ExportSettings(
        width=preset.width,
        height=preset.height,
        fps=preset.fps,
        crf=QUALITIES[quality],
        profile="high",
        closed_gop=True,
        sample_rate=48000,
    )
    return replace(base, **overrides)


def duration_warning(duration: float, preset: Preset | str) -> str:
    """A sentence when ``duration`` seconds exceed the preset's platform limit, else ""."""
    preset = preset_named(preset) if isinstance(preset, str) else preset
    limit = preset.max_seconds
    if limit is None or duration <= limit:
        return ""
    return tr(
        "The video is {duration} long, but {preset} accepts at most {limit}; "
        "shorten it or choose another preset."
    ).format(duration=_clock(duration), preset=preset.name, limit=_clock(limit))


def _clock(seconds: float) -> str:
    whole = int(round(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


def _key(name: str) -> str:
    return "".join(ch for ch in name.lower() if ch.isalnum())
