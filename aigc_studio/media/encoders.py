"""H.264 encoders: which hardware encoders the bundled ffmpeg can really use, and the options
that give each of them the export's settings.

ffmpeg lists NVENC, QSV, VideoToolbox and VAAPI whether or not the computer has the
hardware (and driver) behind them, so a name in ``ffmpeg -encoders`` proves nothing. An
encoder counts as available only when it encodes a tiny test clip with the export's own
options. That probe runs once per process (a fraction of a second where nothing is there,
about a second where something is) and its answer is cached.
"""

from __future__ import annotations

import os
import subprocess
import threading

from aigc_studio.media.ffmpeg import ffmpeg_exe
from aigc_studio.translation import tr

SOFTWARE_ENCODER = "libx264"
# In order of preference for "auto": NVENC is the fastest where it exists; VAAPI last, since
# it needs a render node and its rate control varies most between drivers.
HARDWARE_ENCODERS: tuple[str, ...] = (
    "h264_nvenc",
    "h264_qsv",
    "h264_videotoolbox",
    "h264_vaapi",
)
ENCODERS: tuple[str, ...] = ("auto", SOFTWARE_ENCODER, *HARDWARE_ENCODERS)
# Short names for notices ("NVENC is not available ...").
SHORT_NAMES = {
    SOFTWARE_ENCODER: "x264 (software)",
    "h264_nvenc": "NVENC",
    "h264_qsv": "QSV",
    "h264_videotoolbox": "VideoToolbox",
    "h264_vaapi": "VAAPI",
}
# Names for choosers.
LABELS = {
    "auto": "Auto (hardware when available)",
    SOFTWARE_ENCODER: "x264 (software)",
    "h264_nvenc": "NVIDIA NVENC",
    "h264_qsv": "Intel Quick Sync (QSV)",
    "h264_videotoolbox": "Apple VideoToolbox",
    "h264_vaapi": "VAAPI (Linux GPU)",
}
# The render node VAAPI opens; a machine with several GPUs can pick another.
VAAPI_DEVICE = os.environ.get("AIGC_STUDIO_VAAPI_DEVICE", "/dev/dri/renderD128")
PROBE_TIMEOUT_S = 10.0  # per encoder: a driver that hangs must not hang the export
# x264 speed presets -> NVENC's p1 (fastest) .. p7 (best).
_NVENC_SPEED = {
    "ultrafast": "p1",
    "superfast": "p1",
    "veryfast": "p2",
    "faster": "p3",
    "fast": "p3",
    "medium": "p4",
    "slow": "p5",
    "slower": "p6",
    "veryslow": "p7",
}
_QSV_SPEED = {"ultrafast": "veryfast", "superfast": "veryfast"}  # QSV shares the other names

_lock = threading.Lock()
_available: list[str] | None = None


def check_encoder(name: str) -> None:
    """Raise ValueError with a sentence unless ``name`` is one of ENCODERS."""
    if name not in ENCODERS:
        raise ValueError(
            tr("unknown encoder {name!r}; choose one of: {encoders}").format(
                name=name, encoders=", ".join(ENCODERS)
            )
        )


def available_encoders() -> list[str]:
    """The hardware H.264 encoders that work on this computer, best first (maybe none).

    libx264 is not listed: it is always there. Probed once per process, then cached; safe
    to call from any thread (a second caller waits for the first probe).
    """
    global _available
    with _lock:
        if _available is None:
            _available = [name for name in HARDWARE_ENCODERS if _encodes(name)]
        return list(_available)


def choose_encoder(requested: str) -> tuple[str, str | None]:
    """The encoder to export with, and a sentence for the user when it is not the one asked.

    "auto" is the first working hardware encoder, else libx264 (no notice: nothing the user
    chose was refused). A hardware encoder that does not work falls back to libx264 with a
    notice. Raises ValueError for a name that is no encoder at all.
    """
    check_encoder(requested)
    if requested == SOFTWARE_ENCODER:
        return SOFTWARE_ENCODER, None
    working = available_encoders()
    if requested == "auto":
        return (working[0] if working else SOFTWARE_ENCODER), None
    if requested in working:
        return requested, None
    return SOFTWARE_ENCODER, tr(
        "{encoder} is not available on this computer; exporting with {fallback} instead"
    ).format(encoder=SHORT_NAMES[requested], fallback=tr("x264 (software)"))


def input_args(encoder: str) -> list[str]:
    """Options that must come before ffmpeg's first input (opening the hardware)."""
    return ["-vaapi_device", VAAPI_DEVICE] if encoder == "h264_vaapi" else []


def video_args(
    encoder: str,
    *,
    crf: int,
    speed: str,
    profile: str,
    closed_gop: bool,
    gop: int,
    threads: int | None = None,
) -> list[str]:
    """ffmpeg output options encoding the video stream with ``encoder`` as the export asks.

    ``crf`` is x264's constant-quality scale (0..51, lower is better); each hardware
    encoder gets its own constant-quality mode at about the same level. ``speed`` is an
    x264 preset name (mapped for the encoders that have presets), ``gop`` the most frames
    between keyframes, and ``closed_gop`` makes every keyframe an IDR frame that decodes on
    its own (False lets x264 use open GOPs, which are a little smaller).
    """
    check_encoder(encoder)
    args = ["-c:v", encoder]
    if encoder == SOFTWARE_ENCODER:
        args += ["-preset", speed, "-crf", str(crf), "-pix_fmt", "yuv420p"]
        if threads is not None:
            args += ["-threads", str(threads)]
    elif encoder == "h264_nvenc":
        args += ["-preset", _NVENC_SPEED.get(speed, "p4"), "-rc", "vbr", "-cq", str(crf)]
        args += ["-b:v", "0", "-pix_fmt", "yuv420p"]
    elif encoder == "h264_qsv":
        args += ["-preset", _QSV_SPEED.get(speed, speed), "-global_quality", str(crf)]
        args += ["-pix_fmt", "nv12"]
    elif encoder == "h264_videotoolbox":
        # -q:v is 1..100, higher is better: CRF 18 -> 74, 21 -> 68, 26 -> 58.
        args += ["-q:v", str(min(100, max(1, 110 - 2 * crf))), "-pix_fmt", "nv12"]
    elif encoder == "h264_vaapi":
        # Frames are uploaded to the GPU; constant QP is the rate control every driver has.
        args += ["-vf", "format=nv12,hwupload", "-rc_mode", "CQP", "-qp", str(crf)]
    if profile:
        args += ["-profile:v", profile]
    args += ["-g", str(max(1, gop))]
    if closed_gop:
        args += ["-flags", "+cgop"]
        if encoder == "h264_nvenc":
            args += ["-forced-idr", "1"]
    elif encoder == SOFTWARE_ENCODER:
        args += ["-x264-params", "open-gop=1"]
    return args


def _encodes(encoder: str) -> bool:
    """Whether ``encoder`` turns 16 frames of 256x256 into H.264 with the export's options."""
    if encoder == "h264_vaapi" and not os.path.exists(VAAPI_DEVICE):
        return False  # no render node: no need to start ffmpeg to learn that
    command = [
        ffmpeg_exe(),
        "-hide_banner",
        "-nostdin",
        "-loglevel",
        "error",
        *input_args(encoder),
        "-f",
        "lavfi",
        "-i",
        "testsrc2=size=256x256:rate=30",
        "-frames:v",
        "16",
        *video_args(encoder, crf=23, speed="veryfast", profile="high", closed_gop=True, gop=8),
        "-f",
        "null",
        "-",
    ]
    try:
        result = subprocess.run(
            command,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=PROBE_TIMEOUT_S,
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return result.returncode == 0
