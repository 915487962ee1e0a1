"""The decoded sound of an export stays under its true-peak ceiling even where the AAC
encoder overshoots the limited mix: the finished file is measured and, when over, only
its sound is encoded again a little quieter (the video is copied untouched)."""

from __future__ import annotations

import numpy as np

from aigc_studio.media.export import ExportSettings, audio_args, write_video
from aigc_studio.media.loudness import measure_file
from aigc_studio.media.peak_hold import hold_true_peak
from aigc_studio.media.probe import probe_video
from aigc_studio.progress import SilentReporter

W, H, FPS, SECONDS, RATE = 64, 112, 10, 2.0, 48000


def export_loud_tone(path, ceiling: float | None):
    """A 2 s video whose sound is a 0.98 sine: about -0.2 dBTP, over a -1 dBTP ceiling."""
    t = np.arange(int(SECONDS * RATE)) / RATE
    tone = (0.98 * np.sin(2 * np.pi * 997 * t)).astype(np.float32)
    frames = (np.full((H, W, 3), 12 * i, np.uint8) for i in range(int(SECONDS * FPS)))
    settings = ExportSettings(
        width=W, height=H, fps=FPS, preset="ultrafast", ai_label=True, true_peak_ceiling=ceiling
    )
    soundtrack = np.stack([tone, tone], axis=1)
    write_video(frames, int(SECONDS * FPS), path, SilentReporter(), settings, soundtrack)
    return settings


def test_an_export_over_its_ceiling_is_turned_down_to_it(tmp_path):
    unchecked = tmp_path / "unchecked.mp4"
    export_loud_tone(unchecked, ceiling=None)
    over = measure_file(unchecked)
    assert over.true_peak_dbtp > -1.0, over  # the test can fail: this file is over

    held = tmp_path / "held.mp4"
    export_loud_tone(held, ceiling=-1.0)
    report = measure_file(held)
    assert report.true_peak_dbtp <= -1.0, report
    # Turned down only as far as needed: the loudness drops by about the overshoot.
    assert over.integrated_lufs - report.integrated_lufs < 2.0
    before, after = probe_video(unchecked), probe_video(held)
    assert (after.width, after.height, after.frame_count) == (W, H, int(SECONDS * FPS))
    assert after.video_codec == before.video_codec and after.audio_codec == "aac"
    assert abs(after.duration - before.duration) < 0.1


def test_the_video_stream_is_copied_and_a_file_under_the_ceiling_is_left_alone(tmp_path):
    path = tmp_path / "tone.mp4"
    settings = export_loud_tone(path, ceiling=None)
    video_before = _video_packets(path)
    gain = hold_true_peak(path, -1.0, audio_args(settings), SilentReporter())
    assert gain < 0 and measure_file(path).true_peak_dbtp <= -1.0
    assert _video_packets(path) == video_before  # the picture was not encoded again
    untouched = path.read_bytes()
    assert hold_true_peak(path, -1.0, audio_args(settings), SilentReporter()) == 0.0
    assert path.read_bytes() == untouched


def _video_packets(path) -> bytes:
    """The raw H.264 of the file's video stream (what a re-encode would change)."""
    import subprocess

    from aigc_studio.media.ffmpeg import ffmpeg_exe

    command = [ffmpeg_exe(), "-v", "error", "-i", str(path), "-map", "0:v:0", "-c", "copy"]
    command += ["-bsf:v", "h264_mp4toannexb", "-f", "h264", "-"]
    return subprocess.run(command, capture_output=True, check=True).stdout
