"""After the encoder: keep the decoded sound of an MP4 under its true-peak ceiling.

The mix is limited to a little under the ceiling before it is encoded, but AAC's own
quantisation can lift the decoded peaks above it again (a quick short of speech over music
measured -0.8 dBTP decoded from a mix limited to -1.4). Platforms read the decoded sound,
so the finished file is measured; when it is over, only its sound is encoded again a
little quieter (the video stream is copied as it is, so this costs a second or two).
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from aigc_studio.media.ffmpeg import ffmpeg_exe
from aigc_studio.media.loudness import measure_file
from aigc_studio.progress import Reporter
from aigc_studio.translation import tr

PEAK_HEADROOM_DB = 0.2  # turned down this much past the overshoot: a second encode varies
MAX_PASSES = 2  # encodes of the sound at most; the second only if the first overshot again


def hold_true_peak(
    path: Path, ceiling_db: float, audio_args: list[str], reporter: Reporter
) -> float:
    """Turn the sound of the MP4 at ``path`` down until its decoded true peak is at or
    under ``ceiling_db`` dBTP (``audio_args``: the export's AAC options). Returns the gain
    applied in dB (0.0 when the file was already under)."""
    applied = 0.0
    for _ in range(MAX_PASSES):
        reporter.progress(1.0, tr("Checking the peaks of the encoded sound"))
        peak = measure_file(path).true_peak_dbtp
        if not peak > ceiling_db:  # also a silent file (-inf)
            break
        gain = ceiling_db - peak - PEAK_HEADROOM_DB
        _reencode_sound(path, gain, audio_args)
        applied += gain
    return applied


def _reencode_sound(path: Path, gain_db: float, audio_args: list[str]) -> None:
    """The same MP4 with its sound encoded again ``gain_db`` louder (negative: quieter),
    its video stream and metadata copied; replaces ``path`` only when complete."""
    held = path.with_name(f"{path.stem}.held{path.suffix}")
    command = [
        ffmpeg_exe(),
        "-hide_banner",
        "-nostats",
        "-loglevel",
        "error",
        "-y",
        "-i",
        str(path),
        "-map",
        "0:v:0",
        "-map",
        "0:a:0",
        "-map_metadata",
        "0",
        "-c:v",
        "copy",
        "-af",
        f"volume={gain_db:.2f}dB",
        *audio_args,
        "-movflags",
        "+faststart",
        "-f",
        "mp4",
        str(held),
    ]
    try:
        result = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True)
        if result.returncode != 0:
            detail = result.stderr.decode("utf-8", "replace").strip()[-400:]
            raise RuntimeError(
                tr("ffmpeg could not turn the sound down under its peak limit: {detail}").format(
                    detail=detail
                )
            )
        os.replace(held, path)
    finally:
        held.unlink(missing_ok=True)
