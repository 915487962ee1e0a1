"""Export presets, the AI-content label (visible and in the metadata), box order and the
SRT/description sidecars."""

from __future__ import annotations

import subprocess

import numpy as np
import pytest

from aigc_studio.media.ai_label import label_box
from aigc_studio.media.export import ExportSettings
from aigc_studio.media.ffmpeg import ffmpeg_exe
from aigc_studio.media.presets import (
    PRESETS,
    QUALITIES,
    duration_warning,
    preset_named,
    preset_settings,
)
from aigc_studio.media.probe import mp4_boxes, probe_video, read_metadata
from aigc_studio.media.sidecars import description_text, srt_text, srt_time
from aigc_studio.media.timeline_render import render_project
from aigc_studio.progress import SilentReporter
from aigc_studio.script.model import Scene
from tests.test_media_export import decoded_frames
from tests.test_media_timeline import FakeModels, walk_project


def export(tmp_path, name, settings, duration=1.0):
    project = walk_project(duration=duration)
    return render_project(
        project, FakeModels().renderer_for, tmp_path / name, SilentReporter(), settings
    )


def test_vertical_presets_map_to_the_platform_format():
    names = [p.name for p in PRESETS]
    for name in ("Douyin", "TikTok", "YouTube Shorts", "Instagram Reels", "Bilibili"):
        settings = preset_settings(name)
        assert (settings.width, settings.height, settings.fps) == (1080, 1920, 30)
        assert settings.profile == "high" and settings.closed_gop
        assert settings.sample_rate == 48000 and settings.ai_label
        assert name in names
    assert (preset_settings("Square 1:1").width, preset_settings("Square 1:1").height) == (
        1080,
        1080,
    )
    assert preset_named("landscape 16:9").width == 1920
    assert preset_named("youtube-shorts").name == "YouTube Shorts"
    assert [preset_settings("Douyin", q).crf for q in ("high", "standard", "small")] == [18, 21, 26]
    assert set(QUALITIES) == {"high", "standard", "small"}
    with pytest.raises(ValueError, match="unknown preset"):
        preset_named("Vine")
    with pytest.raises(ValueError, match="unknown quality"):
        preset_settings("Douyin", "ultra")


def test_duration_check_speaks_a_sentence_only_past_the_limit():
    assert duration_warning(179.0, "YouTube Shorts") == ""
    assert duration_warning(181.0, "YouTube Shorts") == (
        "The video is 3:01 long, but YouTube Shorts accepts at most 3:00; "
        "shorten it or choose another preset."
    )
    assert "TikTok accepts at most 10:00" in duration_warning(700.0, "TikTok")
    assert duration_warning(5 * 3600.0, "Bilibili") == ""


def test_export_has_preset_format_metadata_label_and_moov_first(tmp_path):
    # A real preset's settings, shrunk so the test encodes quickly; High profile needs a
    # preset other than ultrafast (which writes Constrained Baseline).
    settings = preset_settings("Douyin", "small", width=180, height=320, preset="veryfast")
    out = export(tmp_path, "douyin.mp4", settings)
    info = probe_video(out)
    assert (info.width, info.height, info.fps) == (180, 320, 30.0)
    assert (info.video_codec, info.pixel_format) == ("h264", "yuv420p")
    assert (info.sample_rate, info.audio_channels) == (48000, "stereo")
    described = subprocess.run(
        [ffmpeg_exe(), "-hide_banner", "-i", str(out)], capture_output=True, text=True
    ).stderr
    assert "Video: h264 (High)" in described
    tags = read_metadata(out)
    assert "AI-generated" in tags["comment"] and "AIGC Studio" in tags["description"]
    boxes = mp4_boxes(out)
    assert boxes.index("moov") < boxes.index("mdat")

    plain = export(
        tmp_path,
        "plain.mp4",
        preset_settings("Douyin", "standard", ai_label=False, width=180, height=320),
    )
    assert "comment" not in read_metadata(plain)


def test_visible_label_marks_the_chosen_corner_only(tmp_path):
    base = {"width": 360, "height": 640, "preset": "ultrafast", "crf": 10}
    labelled = export(tmp_path, "on.mp4", ExportSettings(**base, ai_label_position="top-right"))
    unlabelled = export(tmp_path, "off.mp4", ExportSettings(**base, ai_label=False))
    on, off = (decoded_frames(p, [0], (360, 640))[0].astype(int) for p in (labelled, unlabelled))
    left, top, width, height = label_box(360, 640, "top-right")
    assert left > 180 and top < 40  # a corner, far from the caption band at ~0.76
    corner = (slice(top, top + height), slice(left, left + width))
    assert np.abs(on[corner] - off[corner]).mean() > 10
    other = (slice(top, top + height), slice(0, width))  # the top-left corner is untouched
    assert np.abs(on[other] - off[other]).mean() < 3


def test_sidecars_hold_captions_with_times_and_a_description(tmp_path):
    project = walk_project(duration=2.0)
    project.name = "Morning faces"
    project.script.scenes = [
        Scene(line="你好 hello", duration=1.0),
        Scene(line="再见", duration=1.0),
    ]
    assert srt_time(3723.5) == "01:02:03,500"
    assert srt_text(project) == (
        "1\n00:00:00,000 --> 00:00:01,000\nHello creators, this is a test\n\n"
        "2\n00:00:01,000 --> 00:00:02,000\n你好，世界！这是中文字幕。\n"
    )
    text = description_text(project)
    assert text.startswith("Morning faces\n\n你好 hello 再见\n\n#AIGC #AI生成 #Morning #faces")

    settings = ExportSettings(width=180, height=320, preset="ultrafast", sidecars=True)
    out = render_project(
        project, FakeModels().renderer_for, tmp_path / "s.mp4", SilentReporter(), settings
    )
    srt = out.with_suffix(".srt")
    assert srt.read_text(encoding="utf-8") == srt_text(project)
    assert out.with_suffix(".txt").read_text(encoding="utf-8") == text
