"""Regenerate the shipped sound effects from their synthesis code.

    python resources/sfx/make_sfx.py

Writes one 16-bit 48 kHz mono WAV per name in aigc_studio.media.sfx.SFX_NAMES beside
this script. The synthesis is seeded, so the files come out the same every time.
"""

from __future__ import annotations

from pathlib import Path

from aigc_studio.media.mix import write_wav
from aigc_studio.media.sfx import RATE, SFX_NAMES, synthesize


def main() -> None:
    here = Path(__file__).resolve().parent
    for name in SFX_NAMES:
        samples = synthesize(name)
        path = write_wav(here / f"{name}.wav", samples, RATE)
        print(f"{path.name}: {samples.size / RATE:.2f} s")


if __name__ == "__main__":
    main()
