"""Hardware encoders: a real probe, the fallback to x264 with a notice, and each encoder's
options."""

from __future__ import annotations

import numpy as np
import pytest

from aigc_studio.media import encoders
from aigc_studio.media.encoders import (
    HARDWARE_ENCODERS,
    available_encoders,
    choose_encoder,
    video_args,
)
from aigc_studio.media.export import ExportSettings, write_video
from aigc_studio.media.probe import probe_video
from aigc_studio.progress import SilentReporter


@pytest.fixture
def probe_finds(monkeypatch):
    """Make the probe find exactly the given encoders (and count its ffmpeg runs)."""
    runs: list[str] = []

    def use(*working: str) -> list[str]:
        def encodes(name: str) -> bool:
            runs.append(name)
            return name in working

        monkeypatch.setattr(encoders, "_encodes", encodes)
        monkeypatch.setattr(encoders, "_available", None)
        return runs

    yield use


def test_the_real_probe_lists_working_hardware_only(monkeypatch):
    monkeypatch.setattr(encoders, "_available", None)  # probe now, not from an earlier test
    found = available_encoders()
    assert isinstance(found, list) and set(found) <= set(HARDWARE_ENCODERS)
    # x264 itself passes the very same probe, so a failing probe means missing hardware.
    assert encoders._encodes("libx264")


def test_a_hanging_driver_counts_as_no_encoder(monkeypatch, tmp_path):
    # A hardware driver that never answers must not hang the export: its probe gives up
    # after PROBE_TIMEOUT_S and the encoder is treated as missing.
    hanging = tmp_path / "ffmpeg"
    hanging.write_text("#!/bin/sh\nexec sleep 30\n")
    hanging.chmod(0o755)
    monkeypatch.setattr(encoders, "ffmpeg_exe", lambda: str(hanging))
    monkeypatch.setattr(encoders, "PROBE_TIMEOUT_S", 0.3)
    assert encoders._encodes("h264_nvenc") is False


def test_probe_runs_once_and_auto_prefers_hardware(probe_finds):
    runs = probe_finds("h264_qsv", "h264_vaapi")
    assert available_encoders() == ["h264_qsv", "h264_vaapi"]
    assert choose_encoder("auto") == ("h264_qsv", None)
    assert choose_encoder("h264_vaapi") == ("h264_vaapi", None)
    assert choose_encoder("libx264") == ("libx264", None)
    assert sorted(runs) == sorted(HARDWARE_ENCODERS)  # each probed once, then cached


def test_missing_hardware_falls_back_to_x264_with_a_notice(probe_finds):
    probe_finds()
    assert choose_encoder("auto") == ("libx264", None)  # nothing the user chose was refused
    assert choose_encoder("h264_nvenc") == (
        "libx264",
        "NVENC is not available on this computer; exporting with x264 (software) instead",
    )
    encoder, notice = choose_encoder("h264_videotoolbox")
    assert encoder == "libx264" and notice.startswith("VideoToolbox is not available")
    with pytest.raises(ValueError, match="unknown encoder 'h265'"):
        choose_encoder("h265")
    with pytest.raises(ValueError, match="unknown encoder"):
        ExportSettings(encoder="x265").validate()


def test_an_unavailable_encoder_still_exports_with_x264(probe_finds, tmp_path):
    probe_finds()
    frames = [np.full((64, 64, 3), 90, np.uint8)] * 4
    settings = ExportSettings(width=64, height=64, preset="ultrafast", encoder="h264_nvenc")
    out = write_video(iter(frames), 4, tmp_path / "n.mp4", SilentReporter(), settings)
    assert probe_video(out).frame_count == 4
    assert b"x264 - core" in out.read_bytes()  # x264 signs its streams; NVENC does not


def test_each_encoder_gets_its_own_quality_speed_and_gop_options():
    common = {"crf": 21, "speed": "veryfast", "profile": "high", "gop": 60}
    x264 = video_args("libx264", closed_gop=True, threads=2, **common)
    assert x264[:2] == ["-c:v", "libx264"] and ["-crf", "21"] == x264[4:6]
    assert "+cgop" in x264 and "-threads" in x264 and ["-g", "60"] == x264[-4:-2]
    assert "open-gop=1" in video_args("libx264", closed_gop=False, **common)
    nvenc = video_args("h264_nvenc", closed_gop=True, **common)
    assert ["-cq", "21"] == nvenc[nvenc.index("-cq") : nvenc.index("-cq") + 2]
    assert nvenc[nvenc.index("-preset") + 1] == "p2" and "-forced-idr" in nvenc
    qsv = video_args("h264_qsv", closed_gop=True, **common)
    assert qsv[qsv.index("-global_quality") + 1] == "21" and "nv12" in qsv
    toolbox = video_args("h264_videotoolbox", closed_gop=True, **common)
    assert toolbox[toolbox.index("-q:v") + 1] == "68"  # higher is better on its scale
    vaapi = video_args("h264_vaapi", closed_gop=True, **common)
    assert "format=nv12,hwupload" in vaapi and vaapi[vaapi.index("-qp") + 1] == "21"
    for encoder in HARDWARE_ENCODERS:
        args = video_args(encoder, closed_gop=True, **common)
        assert ["-profile:v", "high"] == args[args.index("-profile:v") :][:2]
    assert encoders.input_args("h264_vaapi")[0] == "-vaapi_device"
