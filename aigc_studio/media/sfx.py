"""The built-in sound effects: short sounds a script's scenes name (whoosh, ding, pop…).

Each effect is synthesised here with numpy from a fixed seed, so the same code always
gives the same samples; resources/sfx/make_sfx.py writes them once as the shipped WAVs
(16-bit, 48 kHz mono), which the studio reads (sfx_path). They are the project's own
work, with no samples from anyone else. Every effect peaks at about -3 dBFS and starts
and ends at silence through a short fade, so it never clicks where it is cut.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np

from aigc_studio.resources import resources_dir
from aigc_studio.translation import tr

RATE = 48000  # Hz, the studio's mix rate
PEAK_DBFS = -3.0  # every effect is scaled to peak here
FADE_IN_S = 0.002  # long enough to start at silence, short enough to keep the attack
FADE_OUT_S = 0.012  # the tail always reaches silence before the file ends

# Other names scripts and creators use for the same sounds (English and Chinese).
ALIASES = {
    "swoosh": "whoosh",
    "swish": "whoosh",
    "swipe": "whoosh",
    "嗖": "whoosh",
    "呼": "whoosh",
    "转场": "whoosh",
    "bloop": "pop",
    "啵": "pop",
    "波": "pop",
    "bell": "ding",
    "chime": "ding",
    "叮": "ding",
    "叮咚": "ding",
    "rise": "riser",
    "uplifter": "riser",
    "build": "riser",
    "上升": "riser",
    "渐强": "riser",
    "boom": "impact",
    "hit": "impact",
    "bang": "impact",
    "thud": "impact",
    "砰": "impact",
    "轰": "impact",
    "咚": "impact",
    "tick": "click",
    "tap": "click",
    "咔": "click",
    "咔哒": "click",
    "点击": "click",
    "glitchy": "glitch",
    "故障": "glitch",
    "电流": "glitch",
}


def _time(seconds: float) -> np.ndarray:
    return np.arange(int(round(seconds * RATE))) / RATE


def _finish(samples: np.ndarray) -> np.ndarray:
    """Faded in and out to silence, scaled to peak at PEAK_DBFS, as float32."""
    samples = np.asarray(samples, dtype=np.float64).copy()
    fade_in, fade_out = int(FADE_IN_S * RATE), int(FADE_OUT_S * RATE)
    samples[:fade_in] *= np.sin(np.linspace(0.0, np.pi / 2, fade_in)) ** 2
    samples[-fade_out:] *= np.cos(np.linspace(0.0, np.pi / 2, fade_out)) ** 2
    samples -= np.linspace(samples[0], samples[-1], samples.size)  # exactly 0 at both ends
    peak = float(np.abs(samples).max())
    if peak > 0:
        samples *= 10 ** (PEAK_DBFS / 20) / peak
    return samples.astype(np.float32)


def _sweep(freq: np.ndarray) -> np.ndarray:
    """A sine whose frequency follows ``freq`` (Hz, one value per sample)."""
    return np.sin(2 * np.pi * np.cumsum(freq) / RATE)


def _band_noise(
    seconds: float, centre: Callable[[np.ndarray], np.ndarray], width: float, seed: int
) -> np.ndarray:
    """White noise filtered through a band that moves with time: ``centre(t)`` (Hz) at
    each block's time, ``width`` the band's standard deviation in octaves.

    Overlap-added Hann blocks (50 %, which sum to one), each filtered in the frequency
    domain by a Gaussian bump on a log-frequency axis: a smooth sweep without scipy.
    """
    rng = np.random.default_rng(seed)
    count = int(round(seconds * RATE))
    block, hop = 2048, 1024
    noise = rng.standard_normal(count + 2 * block)
    window = 0.5 - 0.5 * np.cos(2 * np.pi * np.arange(block) / block)  # periodic Hann
    freqs = np.fft.rfftfreq(block, 1 / RATE)
    octaves = np.log2(np.maximum(freqs, 1.0))
    out = np.zeros(count + 2 * block)
    for begin in range(0, count + block, hop):
        middle = np.array(begin / RATE)  # the block's centre, in the output's time
        band = np.exp(-0.5 * ((octaves - np.log2(centre(middle))) / width) ** 2)
        spectrum = np.fft.rfft(noise[begin : begin + block] * window) * band
        out[begin : begin + block] += np.fft.irfft(spectrum, block)
    return out[block // 2 : block // 2 + count]


def whoosh() -> np.ndarray:
    """0.6 s: air rushing past, a band of noise sweeping up and back down, swelling in the
    middle."""
    seconds = 0.6
    t = _time(seconds)
    shape = np.sin(np.pi * np.clip(t / seconds, 0, 1)) ** 2.5
    noise = _band_noise(
        seconds, lambda x: 500 + 2500 * np.sin(np.pi * np.clip(x / seconds, 0, 1)), 0.6, 11
    )
    return _finish(noise * shape)


def pop() -> np.ndarray:
    """0.15 s: a bubble popping, a tone dropping from 900 to 350 Hz that dies in 40 ms."""
    t = _time(0.15)
    tone = _sweep(350 + 550 * np.exp(-t / 0.012))
    return _finish(tone * np.exp(-t / 0.025) * (1 - np.exp(-t / 0.001)))


def ding() -> np.ndarray:
    """1.5 s: a small bell at C6, a few inharmonic partials, the high ones dying first."""
    t = _time(1.5)
    base = 1046.5
    partials = ((1.0, 1.0, 0.7), (2.0, 0.35, 0.4), (2.76, 0.25, 0.25), (5.4, 0.12, 0.1))
    bell = sum(amp * np.sin(2 * np.pi * base * ratio * t) * np.exp(-t / decay)
               for ratio, amp, decay in partials)  # fmt: skip
    return _finish(bell * (1 - np.exp(-t / 0.0015)))


def riser() -> np.ndarray:
    """2 s: tension building, noise and a tone both climbing from low to high and
    growing louder until the cut."""
    seconds = 2.0
    t = _time(seconds)
    progress = t / seconds
    noise = _band_noise(seconds, lambda x: 250 * 30 ** np.clip(x / seconds, 0, 1), 0.5, 23)
    noise /= np.abs(noise).max()
    tone = _sweep(180 * 9**progress)
    return _finish((0.7 * noise + 0.3 * tone) * progress**1.5)


def impact() -> np.ndarray:
    """1.2 s: a deep hit, a boom dropping from 110 to 42 Hz with a short thump of noise."""
    t = _time(1.2)
    boom = _sweep(42 + 68 * np.exp(-t / 0.06)) * np.exp(-t / 0.35)
    thump = _band_noise(1.2, lambda _: np.array(180.0), 1.0, 37) * np.exp(-t / 0.03)
    thump /= np.abs(thump).max()
    return _finish(boom + 0.5 * thump)


def click() -> np.ndarray:
    """0.1 s: a UI tap, a 2 ms crack of bright noise and a 3 kHz tick gone in 10 ms."""
    rng = np.random.default_rng(5)
    t = _time(0.1)
    crack = rng.standard_normal(t.size) * np.exp(-t / 0.0015)
    crack = np.diff(crack, prepend=0.0)  # a first difference brightens the noise
    tick = np.sin(2 * np.pi * 3000 * t) * np.exp(-t / 0.004)
    return _finish(0.6 * crack + tick)


def glitch() -> np.ndarray:
    """0.5 s: a digital stutter, bursts of square waves and crushed noise at random
    pitches, each 20–60 ms with a gap after it."""
    rng = np.random.default_rng(41)
    total = int(0.5 * RATE)
    out = np.zeros(total)
    position = 0
    ramp = int(0.001 * RATE)  # each burst starts and stops in 1 ms, so the cuts are clean
    while position < total - int(0.03 * RATE):
        length = int(rng.uniform(0.02, 0.06) * RATE)
        length = min(length, total - position)
        t = np.arange(length) / RATE
        if rng.random() < 0.5:
            burst = np.sign(np.sin(2 * np.pi * rng.uniform(150, 2500) * t))
        else:
            hold = int(rng.integers(4, 24))  # sample-and-hold: bit-crushed noise
            burst = np.repeat(rng.uniform(-1, 1, length // hold + 1), hold)[:length]
        burst *= rng.uniform(0.4, 1.0)
        edge = np.ones(length)
        edge[:ramp] = np.linspace(0, 1, ramp)
        edge[-ramp:] = np.linspace(1, 0, ramp)
        out[position : position + length] = burst * edge
        position += length + int(rng.uniform(0.005, 0.03) * RATE)
    return _finish(out)


# name -> synthesiser; the order is how the studio lists them.
SYNTHS: dict[str, Callable[[], np.ndarray]] = {
    "whoosh": whoosh,
    "pop": pop,
    "ding": ding,
    "riser": riser,
    "impact": impact,
    "click": click,
    "glitch": glitch,
}
SFX_NAMES: tuple[str, ...] = tuple(SYNTHS)


def canonical_name(name: str) -> str | None:
    """The built-in effect ``name`` means (any case, an alias, a Chinese word), or None."""
    key = name.strip().lower()
    if key.endswith(".wav"):
        key = key[:-4]
    key = ALIASES.get(key, key)
    return key if key in SYNTHS else None


def synthesize(name: str) -> np.ndarray:
    """The effect's float32 samples in [-1, 1] at RATE, computed now (no files read)."""
    key = canonical_name(name)
    if key is None:
        raise ValueError(tr("there is no built-in sound effect called {name!r}").format(name=name))
    return SYNTHS[key]()


def sfx_dir() -> Path:
    """Where the shipped effect WAVs live."""
    return resources_dir() / "sfx"


def sfx_path(name: str) -> Path | None:
    """The shipped WAV of the effect ``name`` means (see canonical_name), or None when no
    built-in effect has that name or its file is missing."""
    key = canonical_name(name)
    if key is None:
        return None
    path = sfx_dir() / f"{key}.wav"
    return path if path.is_file() else None
