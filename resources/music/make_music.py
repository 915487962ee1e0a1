"""Build resources/music/quick-loop.m4a, the music bed `aigc-studio quick` lays under a short
(run from the repo root):

    python resources/music/make_music.py

An 8 s, 120 BPM loop of soft chords over a low pulse on every beat, synthesised here with
numpy (the sample project, resources/examples/make_sample.py, copies it) and encoded to AAC with the
bundled ffmpeg, so the app ships no third-party music. Its length is a whole number of
bars, so a looping clip repeats it without a jump and its beats stay evenly spaced.
"""

from __future__ import annotations

import subprocess
import tempfile
import wave
from pathlib import Path

import numpy as np

from aigc_studio.media.ffmpeg import ffmpeg_exe

RATE = 48000  # Hz, the rate exports use
SECONDS = 8.0  # four bars of 4/4 at 120 BPM
BPM = 120.0  # beats per minute; quick puts walk keyframes on these beats
# Four chords, one per bar (A minor, G, F, G with a sharpened third: a gentle turn-around).
CHORDS = [(220.0, 277.18, 329.63), (196.0, 246.94, 293.66), (174.61, 220.0, 261.63)]
CHORDS.append((196.0, 246.94, 311.13))
OUT_NAME = "quick-loop.m4a"


def synthesise(seconds: float = SECONDS, bpm: float = BPM) -> np.ndarray:
    """(n, 2) float samples in [-1, 1]: chords plus a decaying 70 Hz thump on each beat."""
    t = np.arange(int(seconds * RATE)) / RATE
    beat = 60.0 / bpm
    bar = 4 * beat
    music = np.zeros_like(t)
    for index, chord in enumerate(CHORDS):
        inside = (t >= index * bar) & (t < (index + 1) * bar)
        local = t[inside] - index * bar
        envelope = np.minimum(1.0, local / 0.3) * np.minimum(1.0, (bar - local) / 0.3)
        for freq in chord:
            music[inside] += 0.12 * envelope * np.sin(2 * np.pi * freq * t[inside])
    phase = (t % beat) / beat
    music += np.exp(-phase * 18.0) * np.sin(2 * np.pi * 70.0 * (t % beat)) * 0.45
    # A slight delay on the right channel widens the sound without changing its beats.
    return np.stack([music, np.roll(music, 240)], axis=1)


def write_wav(path: Path, samples: np.ndarray) -> None:
    pcm = (np.clip(samples, -1, 1) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(pcm.shape[1])
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(pcm.tobytes())


def main() -> None:
    target = Path(__file__).resolve().parent / OUT_NAME
    with tempfile.TemporaryDirectory() as work:
        wav_path = Path(work) / "loop.wav"
        write_wav(wav_path, synthesise())
        subprocess.run(
            [ffmpeg_exe(), "-y", "-loglevel", "error", "-i", str(wav_path), "-c:a", "aac",
             "-b:a", "128k", str(target)],
            check=True,
        )  # fmt: skip
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
