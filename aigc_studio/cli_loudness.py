"""`aigc-studio loudness FILE`: a file's integrated loudness and true peak, as platforms
measure them (ITU-R BS.1770-4), without the GUI."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def add_loudness_parser(commands: Any) -> argparse.ArgumentParser:
    """Add the ``loudness`` command to an argparse subparsers object."""
    loudness = commands.add_parser(
        "loudness",
        help="measure a file's loudness (LUFS) and true peak (dBTP)",
        description="Measure the integrated loudness (ITU-R BS.1770-4, LUFS) and the true "
        "peak (4x oversampled, dBTP) of any audio or video file's sound, as short-video "
        "platforms do (most aim for -14 LUFS with peaks under -1 dBTP).",
    )
    loudness.add_argument("file", type=Path, metavar="FILE", help="an audio or video file")
    return loudness


def run_loudness(args: argparse.Namespace) -> int:
    """Print one line with the figures; a file that cannot be measured is one line on
    stderr and exit status 1."""
    from aigc_studio.media.loudness import measure_file

    try:
        report = measure_file(args.file)
    except (OSError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(report)
    return 0
