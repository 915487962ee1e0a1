"""Stream frames into an H.264 + AAC MP4 through the bundled ffmpeg.

Frames go to ffmpeg one at a time as they are produced, so memory does not grow with the
video's length. The video is encoded with libx264 or a hardware encoder that really works
on this computer (media/encoders.py), with the same quality, profile and GOP settings.

The file is written under a hidden temporary name beside the target and renamed only when
ffmpeg has finished it, so a cancelled or failed export never leaves a half MP4 under the
name the creator chose (and never clobbers an older export there).
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import numpy as np
from moviepy.audio.AudioClip import AudioArrayClip, AudioClip
from moviepy.audio.io import ffmpeg_audiowriter

from aigc_studio.media.audio import pad_samples
from aigc_studio.media.encoders import check_encoder, choose_encoder, input_args, video_args
from aigc_studio.media.ffmpeg import ffmpeg_exe
from aigc_studio.media.peak_hold import hold_true_peak
from aigc_studio.progress import Reporter, check_cancelled
from aigc_studio.translation import tr

if TYPE_CHECKING:
    from aigc_studio.project.model import Project


AI_LABEL_POSITIONS = ("top-left", "top-right", "bottom-left", "bottom-right")
# x264's speed presets, fastest first (ultrafast gives up CABAC and so the High profile).
X264_SPEEDS = (
    "ultrafast",
    "superfast",
    "veryfast",
    "faster",
    "fast",
    "medium",
    "slow",
    "slower",
    "veryslow",
)


def ai_metadata_text() -> str:
    """The implicit AI-content label written into the MP4's comment and description."""
    from aigc_studio import __version__

    return f"AI-generated content (AIGC); made with AIGC Studio {__version__}"


@dataclass(frozen=True)
class ExportSettings:
    width: int = 1080  # output width in pixels, even (render_project without settings
    # takes width, height and fps from the project)
    height: int = 1920  # output height in pixels, even (yuv420p halves the colour planes)
    fps: int = 30  # frames per second
    crf: int = 20  # x264 constant quality: 18 looks lossless, 23 is x264's default, higher
    # is smaller; platforms re-encode uploads, so give them a clean source (hardware
    # encoders get their own constant-quality mode at about the same level)
    preset: str = "medium"  # x264 speed: ultrafast..veryslow. medium is x264's own
    # default: on the sample short it scores SSIM 25.3 dB against 24.0 for veryfast at the
    # same CRF (6.3 vs 5.0 MB) in about real time on 2 cores; veryfast is 1.7x faster
    encoder: str = "auto"  # "auto" (a working hardware encoder, else x264), "libx264",
    # "h264_nvenc", "h264_qsv", "h264_videotoolbox" or "h264_vaapi"; one that does not
    # work here falls back to libx264 (encoders.choose_encoder says so to the user)
    keyframe_interval: float = 2.0  # seconds between keyframes at most: platforms cut and
    # seek at keyframes, and 2 s is what their upload guides ask for
    audio: Literal["pad", "silent"] = "pad"  # soundtrack when the caller gives none
    sample_rate: int = 48000  # Hz; the rate phones and platforms use for video
    audio_bitrate: str = "192k"  # AAC bitrate for the stereo track
    threads: int | None = None  # x264 threads; None lets ffmpeg use every core
    profile: str = "high"  # H.264 profile; High is what the platforms ask for
    closed_gop: bool = True  # every GOP decodes on its own (platforms cut and re-mux)
    ai_label: bool = True  # label the video as AI-generated: a visible mark in a corner
    # (drawn by render_project) and a statement in the MP4's metadata (written here)
    ai_label_position: str = "top-left"  # top-left, top-right, bottom-left, bottom-right
    sidecars: bool = False  # render_project also writes NAME.srt (captions) and NAME.txt
    # (title, description, hashtags) beside the MP4
    cover: bool = False  # the caller also writes NAME.cover.jpg: a frame with the title
    # on it, for the platform's cover picker (media/cover.py)
    cover_time: float | None = None  # seconds into the video of the cover's frame; None:
    # 1 s in, or the middle of a video shorter than 2 s
    true_peak_ceiling: float | None = None  # dBTP the decoded sound must stay under (the
    # encoder can overshoot the limited mix); None: not checked. render_project sets it
    # from the project's sound settings when the mix is normalised.

    @classmethod
    def for_project(cls, project: Project, **overrides: Any) -> ExportSettings:
        """Defaults with the project's frame size and rate."""
        return replace(
            cls(width=project.width, height=project.height, fps=project.fps), **overrides
        )

    def validate(self) -> None:
        if self.width < 2 or self.height < 2 or self.width % 2 or self.height % 2:
            raise ValueError(
                tr("H.264 (yuv420p) needs an even frame size, got {width}x{height}").format(
                    width=self.width, height=self.height
                )
            )
        if not 1 <= self.fps <= 120:
            raise ValueError(tr("frame rate must be 1..120, got {fps}").format(fps=self.fps))
        if not 0 <= self.crf <= 51:
            raise ValueError(tr("crf must be 0..51, got {crf}").format(crf=self.crf))
        if self.ai_label_position not in AI_LABEL_POSITIONS:
            raise ValueError(
                tr("unknown label position {position!r}; expected one of {positions}").format(
                    position=self.ai_label_position, positions=", ".join(AI_LABEL_POSITIONS)
                )
            )
        if self.audio not in ("pad", "silent"):
            raise ValueError(
                tr("unknown audio {audio!r}; expected 'pad' or 'silent'").format(audio=self.audio)
            )
        check_encoder(self.encoder)
        if not self.keyframe_interval > 0:
            raise ValueError(
                tr("keyframe interval must be positive, got {interval}").format(
                    interval=self.keyframe_interval
                )
            )
        if self.cover_time is not None and self.cover_time < 0:
            raise ValueError(
                tr("cover time must be 0 or more seconds, got {seconds}").format(
                    seconds=self.cover_time
                )
            )

    @property
    def gop(self) -> int:
        """Most frames between keyframes."""
        return max(1, round(self.keyframe_interval * self.fps))


def partial_path(out_path: Path) -> Path:
    """Where the export is written until it is complete (hidden, same folder, same disk)."""
    return out_path.with_name(f".{out_path.stem}.partial{out_path.suffix or '.mp4'}")


def write_video(
    frames: Iterable[np.ndarray],
    frame_count: int,
    out_path: str | Path,
    reporter: Reporter,
    settings: ExportSettings | None = None,
    soundtrack: np.ndarray | None = None,
    audio_wav: Path | None = None,
) -> Path:
    """Encode ``frame_count`` frames (H, W, 3) uint8 plus a soundtrack into ``out_path``.

    ``audio_wav`` is a finished soundtrack file (the timeline's mix, written chunk by
    chunk so a long video never holds its sound in memory); else ``soundtrack`` is (n, 2)
    float32 at settings.sample_rate; with neither, one of ``settings.audio`` kind lasting
    frame_count / fps is made. ``settings.encoder`` "auto" or one that does not work here
    becomes libx264 (callers that want to tell the user call encoders.choose_encoder first
    and pass its answer). Raises Cancelled (from the reporter) or the error that stopped
    the export; either way nothing is left at out_path's temporary name and an existing
    out_path is untouched.
    """
    settings = settings or ExportSettings()
    settings.validate()
    out_path = Path(out_path)
    if frame_count < 1:
        raise ValueError(tr("an export needs at least one frame"))
    if not out_path.parent.is_dir():
        raise FileNotFoundError(
            tr("the folder {folder} does not exist").format(folder=out_path.parent)
        )
    temp = partial_path(out_path)
    settings = replace(settings, encoder=choose_encoder(settings.encoder)[0])
    _use_bundled_ffmpeg()
    with tempfile.TemporaryDirectory(prefix="aigc-export-") as work:
        wav = audio_wav
        if wav is None:
            wav = Path(work) / "soundtrack.wav"
            clip = _audio_clip(soundtrack, frame_count / settings.fps, settings)
            try:
                _write_wav(clip, wav)
                _check_wav(wav, clip.duration * clip.fps * 4)
            except OSError as error:  # moviepy passes on its ffmpeg's words
                if error.errno in DISK_FULL_ERRNOS or _says_disk_full(str(error)):
                    raise DiskFullError(temp_full_message(Path(work))) from error
                raise
        check_cancelled(reporter)
        with open(Path(work) / "ffmpeg.log", "w+", encoding="utf-8", errors="replace") as log:
            try:
                _encode(frames, frame_count, temp, wav, log, reporter, settings)
                if settings.true_peak_ceiling is not None:
                    hold_true_peak(temp, settings.true_peak_ceiling, audio_args(settings), reporter)
                os.replace(temp, out_path)
            except BaseException as error:
                temp.unlink(missing_ok=True)
                if isinstance(error, OSError) and error.errno in DISK_FULL_ERRNOS:
                    raise DiskFullError(disk_full_message(out_path)) from error
                raise
    return out_path


class DiskFullError(RuntimeError):
    """The export's disk filled up; the message says so in plain words (a RuntimeError,
    so callers that report export failures report this one too)."""


# errno values that mean the disk (or the user's quota on it) is full
DISK_FULL_ERRNOS = frozenset(
    code for code in (errno.ENOSPC, getattr(errno, "EDQUOT", None)) if code is not None
)
_LOW_SPACE_BYTES = 1 << 20  # free space below which a failed write is taken for a full disk
# How ffmpeg's log says it (strerror of ENOSPC and EDQUOT, lower case).
_DISK_FULL_WORDS = ("no space left on device", "disk quota exceeded")


def _says_disk_full(text: str) -> bool:
    """Whether ffmpeg's (or moviepy's) words say the disk is full."""
    return any(words in text.lower() for words in _DISK_FULL_WORDS)


def disk_full_message(out_path: Path) -> str:
    return tr(
        "Not enough disk space to export the video to {folder}; "
        "free some space (or pick a folder on another disk) and export again."
    ).format(folder=out_path.parent)


def _use_bundled_ffmpeg() -> None:
    """Point moviepy's audio writer (which writes the soundtrack WAV) at the bundled ffmpeg.

    moviepy copies its binary path into each module at import time, from FFMPEG_BINARY in
    the environment if set; pinning the module global means a stray FFMPEG_BINARY cannot
    swap in a system ffmpeg.
    """
    ffmpeg_audiowriter.FFMPEG_BINARY = ffmpeg_exe()


def _audio_clip(
    soundtrack: np.ndarray | None, duration: float, settings: ExportSettings
) -> AudioClip:
    """The given samples, or the settings' generated track computed chunk by chunk as
    moviepy writes it (so a long export never holds its whole soundtrack in memory)."""
    rate = settings.sample_rate
    if soundtrack is not None:
        samples = np.asarray(soundtrack, dtype=np.float32)
        if samples.ndim != 2 or samples.shape[1] != 2:
            raise ValueError(
                tr("soundtrack must be (n, 2) stereo samples, got {shape}").format(
                    shape=samples.shape
                )
            )
        return AudioArrayClip(np.clip(samples, -1.0, 1.0), fps=rate)
    if settings.audio == "silent":
        return AudioClip(_stereo(lambda t: np.zeros((len(t), 2), np.float32)), duration, rate)
    return AudioClip(_stereo(lambda t: pad_samples(t, duration)), duration, rate)


def _stereo(samples_at: Callable[[np.ndarray], np.ndarray]) -> Callable[[Any], np.ndarray]:
    """moviepy calls the function with a time array, and once with a scalar to count the
    channels; a scalar must get one (2,) frame, or the track is taken for mono."""

    def frame_function(t: Any) -> np.ndarray:
        frames = samples_at(np.atleast_1d(np.asarray(t, dtype=np.float64)))
        return frames[0] if np.ndim(t) == 0 else frames

    return frame_function


def _check_wav(path: Path, data_bytes: float) -> None:
    """Raise OSError when moviepy's WAV is not all there: moviepy does not notice when
    its ffmpeg fails after taking a short soundtrack (a full disk, say), and the video's
    ffmpeg would then only say the WAV is "invalid data"."""
    with path.open("rb") as wav:
        head = wav.read(4)
    if head == b"RIFF" and path.stat().st_size >= 44 + 0.9 * data_bytes:
        return
    if shutil.disk_usage(path.parent).free < _LOW_SPACE_BYTES:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
    raise OSError(errno.EIO, tr("the export's soundtrack could not be written"), str(path))


def temp_full_message(work: Path) -> str:
    return tr(
        "Not enough disk space in the temporary folder {folder} to prepare the "
        "sound; free some space there and export again."
    ).format(folder=work.parent)


def _write_wav(clip: AudioClip, path: Path) -> None:
    clip.write_audiofile(
        str(path),
        fps=clip.fps,
        nbytes=2,
        buffersize=clip.fps,  # one second per chunk
        codec="pcm_s16le",
        logger=None,  # no console progress bar
    )


def encode_command(settings: ExportSettings, wav: Path, out: Path) -> list[str]:
    """The ffmpeg command reading raw RGB frames on stdin and ``wav`` into the MP4 ``out``.

    ``settings.encoder`` must be a concrete encoder (not "auto").
    """
    return [
        ffmpeg_exe(),
        "-hide_banner",
        "-nostats",
        "-loglevel",
        "warning",  # warnings and errors only: the log is read for ffmpeg's reason
        "-y",
        *input_args(settings.encoder),
        "-f",
        "rawvideo",
        "-pix_fmt",
        "rgb24",
        "-s",
        f"{settings.width}x{settings.height}",
        "-r",
        str(settings.fps),
        "-i",
        "-",
        "-i",
        str(wav),
        "-map",
        "0:v:0",
        "-map",
        "1:a:0",
        *video_args(
            settings.encoder,
            crf=settings.crf,
            speed=settings.preset,
            profile=settings.profile,
            closed_gop=settings.closed_gop,
            gop=settings.gop,
            threads=settings.threads,
        ),
        *audio_args(settings),
        "-movflags",
        "+faststart",  # index first: phones start playing before the download ends
        *_metadata_params(settings),
        "-f",
        "mp4",
        str(out),
    ]


def audio_args(settings: ExportSettings) -> list[str]:
    """ffmpeg output options for the export's AAC sound track."""
    return [
        "-c:a",
        "aac",
        "-b:a",
        settings.audio_bitrate,
        "-ar",
        str(settings.sample_rate),
        "-ac",
        "2",
    ]


def _encode(
    frames: Iterable[np.ndarray],
    frame_count: int,
    temp: Path,
    wav: Path,
    log: Any,
    reporter: Reporter,
    settings: ExportSettings,
) -> None:
    size = (settings.width, settings.height)
    process = subprocess.Popen(
        encode_command(settings, wav, temp),
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=log,  # a file, not a pipe: ffmpeg can never block on a full stderr pipe
    )
    assert process.stdin is not None
    _widen_pipe(process.stdin)
    try:
        written = 0
        for frame in frames:
            check_cancelled(reporter)
            if written >= frame_count:
                raise ValueError(
                    tr("got more frames than the {count} announced").format(count=frame_count)
                )
            _check_frame(frame, size)
            try:
                # Straight into the pipe, without a tobytes() copy of each 6 MB frame.
                process.stdin.write(memoryview(np.ascontiguousarray(frame)).cast("B"))
            except OSError as err:  # ffmpeg quit: say why in its own words
                process.wait()
                raise _ffmpeg_error(log, temp) from err
            written += 1
            reporter.progress(
                written / frame_count,
                tr("Encoding frame {number} of {count}").format(number=written, count=frame_count),
            )
        if written != frame_count:
            raise ValueError(
                tr("got {written} frames, {count} were announced").format(
                    written=written, count=frame_count
                )
            )
        check_cancelled(reporter)
        reporter.progress(1.0, tr("Finishing the MP4 file"))
        process.stdin.close()
    except BaseException:
        process.kill()  # stop now: do not let ffmpeg finish a file nobody wants
        _close_quietly(process)
        raise
    if process.wait() != 0:
        raise _ffmpeg_error(log, temp)


def _metadata_params(settings: ExportSettings) -> list[str]:
    """The implicit AI-content label in the MP4's comment and description."""
    if not settings.ai_label:
        return []
    text = ai_metadata_text()
    return ["-metadata", f"comment={text}", "-metadata", f"description={text}"]


_ERROR_WORDS = ("error", "invalid", "unknown", "failed", "no space", "permission", "could not")


def _ffmpeg_error(log: Any, temp: Path) -> RuntimeError:
    """Why ffmpeg failed, as the error to raise: a full disk in plain words (ffmpeg says
    "No space left on device"), anything else in ffmpeg's own words."""
    log.flush()
    log.seek(0)
    if _says_disk_full(log.read()):  # all of it: the disk may fill after other warnings
        return DiskFullError(disk_full_message(temp))
    return RuntimeError(_ffmpeg_failure(log))


def _ffmpeg_failure(log: Any) -> str:
    """A short sentence from ffmpeg's log: its error lines, not its progress chatter."""
    log.flush()
    log.seek(0)
    lines = [line.strip() for line in log.read().splitlines() if line.strip()]
    errors = [line for line in lines if any(w in line.lower() for w in _ERROR_WORDS)]
    detail = "; ".join((errors or lines)[:4]) or tr("no message")
    return tr("ffmpeg could not write the video: {detail}").format(detail=detail[:600])


def _check_frame(frame: np.ndarray, size: tuple[int, int]) -> None:
    width, height = size
    if frame.shape != (height, width, 3) or frame.dtype != np.uint8:
        raise ValueError(
            tr("frame must be ({height}, {width}, 3) uint8, got {shape} {dtype}").format(
                height=height, width=width, shape=frame.shape, dtype=frame.dtype
            )
        )


def _widen_pipe(pipe: Any) -> None:
    """Grow the pipe to ffmpeg to 1 MiB where the OS allows (Linux): at the default 64 KiB
    each 6 MB frame costs ~95 context switches, about 7% of a 30 s export on 2 cores."""
    try:
        import fcntl

        fcntl.fcntl(pipe.fileno(), fcntl.F_SETPIPE_SZ, 1 << 20)
    except (ImportError, AttributeError, OSError):
        pass  # other systems, or a lower limit in /proc/sys/fs/pipe-max-size: keep the default


def _close_quietly(process: subprocess.Popen) -> None:
    try:
        process.stdin.close()  # type: ignore[union-attr]
    except OSError:
        pass  # the pipe broke because we killed ffmpeg; that is the point
    process.wait()
