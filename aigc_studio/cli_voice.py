"""The ``tts`` command: speak one line of narration into a WAV, offline.

    aigc-studio tts "你好，这是一个关于人脸的短视频。" --out line.wav --lang zh

Kept out of cli.py so the voice options live next to each other; cli.py adds the parser
with add_tts_parser and runs run_tts. Bad values end in a ValueError sentence, which the
CLI prints as one line.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def add_tts_parser(commands: Any) -> argparse.ArgumentParser:
    """Add ``tts`` to an argparse subparsers object; returns the new parser."""
    parser = commands.add_parser(
        "tts",
        help="speak a line of narration into a 48 kHz WAV (eSpeak NG or a Piper voice)",
        description="Speak TEXT into a 48 kHz mono WAV with silence trimmed. eSpeak NG is "
        "bundled; Piper voices are VOICE.onnx + VOICE.onnx.json files in the voices folder "
        "($AIGC_STUDIO_VOICES_DIR overrides it) or given by path.",
    )
    parser.add_argument("text", metavar="TEXT", help="the line to speak")
    parser.add_argument("--out", type=Path, required=True, help="the WAV file to write")
    parser.add_argument("--lang", choices=("en", "zh"), default="en", help="the line's language")
    parser.add_argument(
        "--voice",
        default="",
        help="espeak voice name (en-us, cmn, …), or a Piper voice name or .onnx path; "
        "default: the language's eSpeak voice",
    )
    parser.add_argument(
        "--engine",
        choices=("auto", "espeak", "piper"),
        default="auto",
        help="auto: piper when --voice names a Piper voice, else espeak",
    )
    parser.add_argument("--rate", type=float, default=1.0, help="speed, 0.5 (slow) .. 2 (fast)")
    parser.add_argument("--pitch", type=float, default=50, help="0 (low) .. 100 (high)")
    return parser


def _engine_for(args: argparse.Namespace) -> str:
    if args.engine != "auto":
        return args.engine
    if args.voice.endswith(".onnx"):
        return "piper"
    from aigc_studio.media.tts import list_voices

    piper_names = {
        Path(v.name).name.removesuffix(".onnx") for v in list_voices() if v.engine == "piper"
    }
    return "piper" if args.voice in piper_names else "espeak"


def run_tts(args: argparse.Namespace) -> int:
    """Speak args.text into args.out and print the file and its duration."""
    from aigc_studio.media.tts import speak_to_wav
    from aigc_studio.project.sound_settings import VoiceSettings

    if args.out.suffix.lower() != ".wav":
        raise ValueError(f"--out must name a .wav file, got {args.out.name}")
    # from_dict checks rate and pitch ranges with the same sentences a project file gets.
    settings = VoiceSettings.from_dict(
        {"engine": _engine_for(args), "voice": args.voice, "rate": args.rate, "pitch": args.pitch}
    )
    spoken = speak_to_wav(args.text, args.out, args.lang, settings)
    print(f"wrote {spoken.duration:.2f} s of speech to {spoken.path}")
    return 0
