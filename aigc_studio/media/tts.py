"""Offline narration: a script line in, a 48 kHz mono WAV of real speech out.

Two engines sit behind one small ``Voice`` interface: eSpeak NG (bundled, reads English
and Mandarin, robotic but always there) and Piper voices the creator downloads once into
a voices folder (natural, one .onnx file per voice). Whatever the engine's own rate, the
line is resampled to the mix rate and its leading and trailing silence trimmed to
TRIM_KEEP_S, so a clip's duration on the timeline is the speech itself.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np

from aigc_studio.media import tts_espeak, tts_piper
from aigc_studio.media.mix import RATE, write_wav
from aigc_studio.progress import Reporter, SilentReporter, check_cancelled
from aigc_studio.project.sound_settings import VoiceSettings
from aigc_studio.translation import tr

VOICES_ENV = "AIGC_STUDIO_VOICES_DIR"  # overrides where Piper voices are looked for
TRIM_KEEP_S = 0.05  # silence kept before and after the speech
TRIM_FRAME_S = 0.01  # loudness is measured in frames this long when trimming
TRIM_BELOW_DB = -40.0  # frames this far under the loudest frame count as silence
PEAK_LIMIT = 0.98  # louder lines are scaled down to this peak instead of clipping
LANGUAGES = ("en", "zh")  # script languages narration supports


class Voice(Protocol):
    """Anything that can read a line aloud."""

    name: str  # what VoiceSettings.voice holds to pick this voice again
    lang: str  # the script language it reads: "en" or "zh"

    def synthesize(self, text: str, rate: float = 1.0, pitch: int = 50) -> tuple[np.ndarray, int]:
        """Float32 mono samples in about [-1, 1] and their sample rate; ValueError when
        there is nothing to say."""


@dataclass(frozen=True)
class VoiceInfo:
    """One voice a creator can choose, for lists and menus."""

    engine: str  # "espeak" or "piper"
    name: str  # the value for VoiceSettings.voice (espeak name or .onnx path)
    lang: str  # script language it reads: "en", "zh", or another family code
    label: str  # what a menu shows


@dataclass(frozen=True)
class SpokenLine:
    """A narration WAV on disk."""

    path: Path  # 48 kHz mono 16-bit WAV
    duration: float  # seconds, speech plus TRIM_KEEP_S either side


def default_voices_dir() -> Path:
    """Where Piper voices live: $AIGC_STUDIO_VOICES_DIR, else the user's data folder."""
    override = os.environ.get(VOICES_ENV)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir("aigc-studio", "AIGC Studio")) / "voices"


def list_voices(voices_dir: Path | None = None) -> list[VoiceInfo]:
    """The bundled espeak voices, then every readable Piper voice in the voices folder."""
    voices = [
        VoiceInfo("espeak", name, lang, f"eSpeak NG {name} ({lang})")
        for name, lang in tts_espeak.espeak_voice_names()
    ]
    folder = Path(voices_dir) if voices_dir is not None else default_voices_dir()
    for path in tts_piper.find_piper_voices(folder):
        try:
            config = tts_piper.read_config(path)
        except ValueError:
            continue  # a half-downloaded voice is not offered; voice_for explains if chosen
        name = path.name.removesuffix(".onnx")
        voices.append(VoiceInfo("piper", str(path), config.lang, f"Piper {name} ({config.lang})"))
    return voices


def voice_for(settings: VoiceSettings, lang: str, voices_dir: Path | None = None) -> Voice:
    """The voice the project's settings choose for a line in this language."""
    if lang not in LANGUAGES:
        raise ValueError(
            tr("Narration speaks {languages}, not {lang!r}.").format(
                languages=tr(" or ").join(LANGUAGES), lang=lang
            )
        )
    if settings.engine == "espeak":
        return tts_espeak.EspeakVoice(tts_espeak.voice_name(settings.voice, lang), lang)
    if settings.engine != "piper":
        raise ValueError(
            tr("The voice engine must be espeak or piper, not {engine!r}.").format(
                engine=settings.engine
            )
        )
    folder = Path(voices_dir) if voices_dir is not None else default_voices_dir()
    if settings.voice:
        path = Path(settings.voice)
        if not path.is_absolute() and not path.exists():
            # A bare name ("en_US-lessac-medium") means the voice of that name in the folder.
            path = folder / (settings.voice.removesuffix(".onnx") + ".onnx")
        return tts_piper.PiperVoice(path)
    for info in list_voices(folder):
        if info.engine == "piper" and info.lang == lang:
            return tts_piper.PiperVoice(Path(info.name))
    raise ValueError(
        tr("There is no Piper voice for {lang!r} in {folder}; add one or use eSpeak.").format(
            lang=lang, folder=folder
        )
    )


def resample(samples: np.ndarray, from_rate: int, to_rate: int) -> np.ndarray:
    """Band-limited resampling through the FFT (exact for speech-length clips)."""
    samples = np.asarray(samples, dtype=np.float64)
    if from_rate == to_rate or samples.size == 0:
        return samples.astype(np.float32)
    # Silence either side keeps the FFT's wrap-around from joining the ends.
    pad = int(from_rate * 0.05)
    padded = np.concatenate([np.zeros(pad), samples, np.zeros(pad)])
    n_out = int(round(padded.size * to_rate / from_rate))
    spectrum = np.fft.rfft(padded)
    wanted = n_out // 2 + 1
    if wanted > spectrum.size:
        spectrum = np.concatenate([spectrum, np.zeros(wanted - spectrum.size, complex)])
    else:
        spectrum = spectrum[:wanted]
    out = np.fft.irfft(spectrum, n=n_out) * (n_out / padded.size)
    pad_out = int(round(pad * to_rate / from_rate))
    keep = int(round(samples.size * to_rate / from_rate))
    return out[pad_out : pad_out + keep].astype(np.float32)


def trim_silence(samples: np.ndarray, rate: int, keep_s: float = TRIM_KEEP_S) -> np.ndarray:
    """The samples from just before the first sound to just after the last one."""
    frame = max(1, int(rate * TRIM_FRAME_S))
    frames = samples.size // frame
    if frames == 0:
        return samples[:0]
    loudness = np.sqrt(np.mean(samples[: frames * frame].reshape(frames, frame) ** 2, axis=1))
    floor = max(float(loudness.max()) * 10 ** (TRIM_BELOW_DB / 20), 1e-4)
    sounding = np.flatnonzero(loudness > floor)
    if sounding.size == 0:
        return samples[:0]
    keep = int(rate * keep_s)
    start = max(0, sounding[0] * frame - keep)
    stop = min(samples.size, (sounding[-1] + 1) * frame + keep)
    return samples[start:stop]


def speak(text: str, lang: str, settings: VoiceSettings) -> np.ndarray:
    """The line as trimmed float32 mono samples at the mix rate (RATE)."""
    if not text or not text.strip():
        raise ValueError(tr("There is no text to speak."))
    voice = voice_for(settings, lang)
    samples, rate = voice.synthesize(text.strip(), settings.rate, settings.pitch)
    samples = trim_silence(resample(samples, rate, RATE), RATE)
    if samples.size == 0:
        raise ValueError(
            tr("The voice made no sound for the line {line!r}.").format(line=text.strip()[:40])
        )
    peak = float(np.max(np.abs(samples)))
    if peak > PEAK_LIMIT:
        samples = samples * np.float32(PEAK_LIMIT / peak)
    return samples


def speak_to_wav(text: str, out_path: str | Path, lang: str, settings: VoiceSettings) -> SpokenLine:
    """Speak the line into a 48 kHz mono 16-bit WAV; the file appears whole or not at all."""
    samples = speak(text, lang, settings)
    out_path = Path(out_path)
    partial = out_path.with_name(out_path.name + ".partial")
    try:
        write_wav(partial, samples, RATE)
        os.replace(partial, out_path)
    finally:
        partial.unlink(missing_ok=True)
    return SpokenLine(out_path, samples.size / RATE)


def speak_lines(
    lines: list[str],
    out_dir: str | Path,
    lang: str,
    settings: VoiceSettings,
    reporter: Reporter | None = None,
) -> list[SpokenLine]:
    """Every line of a script as line-001.wav, line-002.wav, … in out_dir (long work:
    reports progress and stops between lines when cancelled)."""
    reporter = reporter or SilentReporter()
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    spoken: list[SpokenLine] = []
    for index, line in enumerate(lines):
        check_cancelled(reporter)
        reporter.progress(
            index / max(len(lines), 1), tr("speaking line {number}").format(number=index + 1)
        )
        spoken.append(speak_to_wav(line, out_dir / f"line-{index + 1:03d}.wav", lang, settings))
    reporter.progress(1.0, tr("narration done"))
    return spoken
