"""The exported file itself, decoded with the bundled ffmpeg: what the platforms ask of an
upload (H.264 High yuv420p, the preset's size and rate, AAC 48 kHz stereo, the index at the
front, closed GOPs with a keyframe every 2 s)."""

from __future__ import annotations

import numpy as np
import pytest

from aigc_studio.media.export import ExportSettings, write_video
from aigc_studio.media.presets import preset_settings
from aigc_studio.media.probe import h264_keyframes, mp4_boxes, probe_video
from aigc_studio.media.timeline_render import render_project
from aigc_studio.progress import SilentReporter
from tests.test_media_timeline import FakeModels, walk_project


def test_douyin_export_decodes_as_the_platform_asks(tmp_path):
    project = walk_project(duration=2.5, width=1080, height=1920)
    settings = preset_settings("Douyin", "standard", encoder="libx264")
    out = render_project(
        project, FakeModels().renderer_for, tmp_path / "douyin.mp4", SilentReporter(), settings
    )
    info = probe_video(out)
    assert (info.video_codec, info.profile, info.pixel_format) == ("h264", "High", "yuv420p")
    assert (info.width, info.height) == (1080, 1920)
    assert info.fps == pytest.approx(30.0)
    assert abs(info.frame_count - 75) <= 1
    assert info.duration == pytest.approx(2.5, abs=1 / 30)
    assert (info.audio_codec, info.sample_rate, info.audio_channels) == ("aac", 48000, "stereo")
    boxes = mp4_boxes(out)
    assert boxes[0] == "ftyp" and boxes.index("moov") < boxes.index("mdat")
    keyframes = h264_keyframes(out)
    assert [k.time for k in keyframes][:2] == [0.0, 2.0]  # one every 2 s (and at cuts)
    assert all(k.idr for k in keyframes)


def gop_export(tmp_path, name: str, closed_gop: bool):
    """1.5 s of a moving picture with a keyframe every 0.25 s, as closed or open GOPs."""
    frames = []
    for i in range(45):
        frame = np.full((128, 96, 3), 40, np.uint8)
        frame[(i * 3) % 128 :, : (i * 2) % 96 + 8] = (200, 120 + i, 30)
        frames.append(frame)
    settings = ExportSettings(
        width=96,
        height=128,
        preset="veryfast",
        keyframe_interval=0.25,
        closed_gop=closed_gop,
        encoder="libx264",
    )
    out = write_video(iter(frames), 45, tmp_path / name, SilentReporter(), settings)
    return h264_keyframes(out)


def test_every_keyframe_is_an_idr_only_with_closed_gops(tmp_path):
    closed = gop_export(tmp_path, "closed.mp4", closed_gop=True)
    assert len(closed) >= 5 and all(k.idr for k in closed)
    # The same check on an open-GOP encode fails: its later keyframes are plain I frames
    # that the B frames before them reach across.
    opened = gop_export(tmp_path, "open.mp4", closed_gop=False)
    assert len(opened) >= 5 and opened[0].idr
    assert not all(k.idr for k in opened[1:])
