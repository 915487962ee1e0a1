"""The one ffmpeg binary the app uses: the one imageio-ffmpeg ships with the wheel."""

from __future__ import annotations

import imageio_ffmpeg


def ffmpeg_exe() -> str:
    """Path of imageio-ffmpeg's bundled ffmpeg.

    A system ffmpeg may lack libx264 or differ in version, so exports would vary from one
    machine to the next; the bundled one is the same everywhere (IMAGEIO_FFMPEG_EXE can
    still point elsewhere, for packagers).
    """
    return imageio_ffmpeg.get_ffmpeg_exe()
