"""Exported MP4s: the vertical preset, audio, atomic writes, cancel and errors."""

from __future__ import annotations

import subprocess

import numpy as np
import pytest

from aigc_studio.media.export import ExportSettings, partial_path, write_video
from aigc_studio.media.ffmpeg import ffmpeg_exe
from aigc_studio.media.frames import face_rect
from aigc_studio.media.probe import probe_video
from aigc_studio.media.timeline_render import render_project
from aigc_studio.progress import Cancelled, SilentReporter
from tests.test_media_timeline import FakeModels, walk_project


class RecordingReporter:
    """Collects progress; says "cancelled" once ``cancel_after`` frames were reported."""

    def __init__(self, cancel_after: int | None = None) -> None:
        self.cancel_after = cancel_after
        self.updates: list[tuple[float, str]] = []

    def progress(self, fraction: float, message: str = "") -> None:
        self.updates.append((fraction, message))

    def cancelled(self) -> bool:
        return self.cancel_after is not None and len(self.updates) >= self.cancel_after


def small_settings(**overrides) -> ExportSettings:
    values = {"width": 180, "height": 320, "fps": 30, "preset": "ultrafast", **overrides}
    return ExportSettings(**values)


def decoded_frames(path, indices, size):
    """The frames at ``indices``, decoded from the file by the bundled ffmpeg."""
    width, height = size
    chosen = "+".join(f"eq(n\\,{i})" for i in indices)
    result = subprocess.run(
        [ffmpeg_exe(), "-v", "error", "-i", str(path), "-vf", f"select={chosen}"]
        + ["-fps_mode", "passthrough", "-f", "rawvideo", "-pix_fmt", "rgb24", "-"],
        capture_output=True,
        check=True,
    )
    frames = np.frombuffer(result.stdout, np.uint8).reshape(-1, height, width, 3)
    assert len(frames) == len(indices)
    return frames


def test_vertical_short_has_the_preset_format_audio_and_moving_face(tmp_path):
    project = walk_project(duration=2.0, width=1080, height=1920)
    reporter = RecordingReporter()
    out = render_project(project, FakeModels().renderer_for, tmp_path / "short.mp4", reporter)

    assert out == tmp_path / "short.mp4"
    info = probe_video(out)
    assert (info.width, info.height) == (1080, 1920)
    assert info.fps == pytest.approx(30.0)
    assert abs(info.frame_count - 60) <= 1
    assert info.duration == pytest.approx(2.0, abs=1 / 30)
    assert info.has_audio
    assert (info.video_codec, info.audio_codec) == ("h264", "aac")
    assert info.pixel_format == "yuv420p"
    assert info.sample_rate == 48000 and info.audio_channels == "stereo"
    data = out.read_bytes()
    assert data.find(b"moov") < data.find(b"mdat")  # +faststart: index before the media

    assert reporter.updates[0] == (pytest.approx(1 / 60), "Encoding frame 1 of 60")
    assert (pytest.approx(1.0), "Encoding frame 60 of 60") in reporter.updates
    assert sorted(tmp_path.iterdir()) == [out]  # no temporary files left behind

    frames = decoded_frames(out, [0, info.frame_count - 1], (1080, 1920))
    left, top, side = face_rect(1080, 1920)
    face = slice(top + side // 4, top + 3 * side // 4), slice(left + side // 4, left + side // 2)
    change = np.abs(frames[0][face].astype(int) - frames[-1][face].astype(int)).mean()
    assert change > 40  # the latent walk moved the face
    above = frames[0][: top // 2]
    assert above.mean() > 10 and above.std() > 0.5  # a real background, not black bars


def test_soundtrack_is_the_pad_unless_silent(tmp_path):
    frames = [np.full((320, 180, 3), 90, np.uint8)] * 15
    pad = write_video(iter(frames), 15, tmp_path / "pad.mp4", SilentReporter(), small_settings())
    silent = write_video(
        iter(frames), 15, tmp_path / "silent.mp4", SilentReporter(), small_settings(audio="silent")
    )
    for path in (pad, silent):
        info = probe_video(path)
        assert info.has_audio and info.audio_channels == "stereo"
        assert info.duration == pytest.approx(0.5, abs=1 / 30)
    assert pad.stat().st_size > silent.stat().st_size  # the pad is sound, not zeros


def test_cancel_mid_render_leaves_no_file_and_no_partial(tmp_path):
    project = walk_project(duration=2.0)
    out = tmp_path / "short.mp4"
    reporter = RecordingReporter(cancel_after=20)
    with pytest.raises(Cancelled):
        render_project(project, FakeModels().renderer_for, out, reporter, small_settings())
    assert len(reporter.updates) == 20
    assert list(tmp_path.iterdir()) == []  # neither short.mp4 nor .short.partial.mp4


def test_cancelled_export_keeps_an_existing_file_untouched(tmp_path):
    out = tmp_path / "short.mp4"
    out.write_bytes(b"an earlier export the creator wants to keep")
    with pytest.raises(Cancelled):
        render_project(
            walk_project(duration=1.0),
            FakeModels().renderer_for,
            out,
            RecordingReporter(cancel_after=5),
            small_settings(),
        )
    assert out.read_bytes() == b"an earlier export the creator wants to keep"
    assert sorted(tmp_path.iterdir()) == [out]


def test_error_while_rendering_propagates_and_cleans_up(tmp_path):
    project = walk_project(duration=1.0)
    calls = []

    def failing_renderer_for(model_ref):
        def render(latents):
            calls.append(len(latents))
            if len(calls) > 1:
                raise RuntimeError("model exploded")
            return FakeModels().renderer_for(model_ref)(latents)

        return render

    with pytest.raises(RuntimeError, match="model exploded"):
        render_project(
            project, failing_renderer_for, tmp_path / "x.mp4", SilentReporter(), small_settings()
        )
    assert list(tmp_path.iterdir()) == []
    assert partial_path(tmp_path / "x.mp4").name == ".x.partial.mp4"


def test_project_size_and_rate_are_respected(tmp_path):
    project = walk_project(duration=1.0, width=240, height=426)
    project.fps = 24
    out = render_project(project, FakeModels().renderer_for, tmp_path / "p.mp4", SilentReporter())
    info = probe_video(out)
    assert (info.width, info.height, info.fps, info.frame_count) == (240, 426, 24.0, 24)


def test_odd_frame_sizes_and_wrong_frames_are_refused(tmp_path):
    with pytest.raises(ValueError, match="even"):
        ExportSettings(width=181, height=320).validate()
    wrong = [np.zeros((100, 100, 3), np.uint8)]
    with pytest.raises(ValueError, match="frame must be"):
        write_video(iter(wrong), 1, tmp_path / "w.mp4", SilentReporter(), small_settings())
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(FileNotFoundError):
        write_video(iter(wrong), 1, tmp_path / "nope" / "w.mp4", SilentReporter())


def test_probe_refuses_files_without_video(tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("not a video")
    with pytest.raises(ValueError):
        probe_video(text)
    with pytest.raises(FileNotFoundError):
        probe_video(tmp_path / "missing.mp4")


def test_export_uses_the_bundled_ffmpeg_even_if_moviepy_was_pointed_elsewhere(
    tmp_path, monkeypatch
):
    from moviepy.video.io import ffmpeg_writer

    monkeypatch.setattr(ffmpeg_writer, "FFMPEG_BINARY", str(tmp_path / "no-such-ffmpeg"))
    frames = [np.full((320, 180, 3), 90, np.uint8)] * 3
    out = write_video(iter(frames), 3, tmp_path / "b.mp4", SilentReporter(), small_settings())
    assert probe_video(out).frame_count == 3


def test_ffmpeg_failure_is_reported_and_leaves_nothing(tmp_path):
    frames = [np.full((320, 180, 3), 90, np.uint8)] * 5
    settings = small_settings(preset="no-such-preset")
    with pytest.raises(RuntimeError, match="invalid preset"):
        write_video(iter(frames), 5, tmp_path / "f.mp4", SilentReporter(), settings)
    assert list(tmp_path.iterdir()) == []
