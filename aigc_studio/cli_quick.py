"""`aigc-studio quick "TOPIC" --out OUT.mp4`: a finished short from a topic in one step
(script, voice, captions, faces, music, export), also saved as an editable project."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

# script.structures.STRUCTURES, spelled out so --help never imports the script stack.
STRUCTURE_CHOICES = ("hook-problem-reveal-cta", "list-of-n", "before-after", "story", "tutorial")


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def add_quick_parser(commands: Any) -> argparse.ArgumentParser:
    """Add the ``quick`` command to an argparse subparsers object."""
    quick = commands.add_parser(
        "quick",
        help="make a finished short from a topic in one step",
        description="Write a script about TOPIC, narrate it, caption it, lay latent walks "
        "of the face model over it (cut or morphed at scene changes, moving on the music's "
        "beats), add music that ducks under the voice, and export an MP4. Each short is "
        "also saved as a project (OUT.aigcproj) that opens on the timeline for editing. "
        "With --variants N, variant k is OUT-vK.mp4 with other faces and phrasing.",
    )
    quick.add_argument("topic", metavar="TOPIC", help='what the short is about, e.g. "GANs"')
    quick.add_argument("--out", type=Path, required=True, metavar="OUT.mp4", help="the MP4")
    quick.add_argument("--lang", choices=("en", "zh"), default="en", help="script language")
    quick.add_argument("--preset", default="douyin", help="export preset (default: douyin)")
    quick.add_argument(
        "--model",
        default="builtin:default-faces-64",
        metavar="MODEL",
        help="face model: a .safetensors file (default: the shipped model)",
    )
    quick.add_argument("--seed", type=int, default=0, help="same seed, same short")
    quick.add_argument(
        "--variants", type=_positive_int, default=1, metavar="N", help="how many versions"
    )
    quick.add_argument(
        "--provider", choices=("builtin", "llm", "own"), default="builtin", help="script writer"
    )
    quick.add_argument(
        "--structure", choices=STRUCTURE_CHOICES, help="script structure (default: from seed)"
    )
    quick.add_argument("--seconds", type=float, default=30.0, help="target length (default 30)")
    quick.add_argument(
        "--host",
        choices=("none", "full", "top-left", "top-right", "bottom-left", "bottom-right"),
        default="none",
        help="a virtual host (a face speaking the narration): full frame or in a corner",
    )
    quick.add_argument("--llm-url", default="", help="for --provider llm: the server's URL")
    quick.add_argument("--llm-model", default="", help="for --provider llm: the model name")
    quick.add_argument(
        "--text-model", default="", metavar="MODEL.safetensors", help="for --provider own"
    )
    return quick


def run_quick(args: argparse.Namespace) -> int:
    """Make the short(s) and print each MP4 and project path; a failure is one line on
    stderr and exit status 1 (Ctrl+C: "cancelled", 130)."""
    from aigc_studio.cli import TerminalReporter
    from aigc_studio.progress import Cancelled
    from aigc_studio.quick.pipeline import QuickRequest, make_quick_short

    if args.out.suffix.lower() != ".mp4":
        print(f"error: --out must name a .mp4 file, got {args.out.name}", file=sys.stderr)
        return 1
    request = QuickRequest(
        topic=args.topic,
        out=args.out,
        lang=args.lang,
        preset=args.preset,
        provider=args.provider,
        structure=args.structure,
        seed=args.seed,
        seconds=args.seconds,
        model=_model(args.model),
        variants=args.variants,
        llm_url=args.llm_url,
        llm_model=args.llm_model,
        text_model=args.text_model,
        host="" if args.host == "none" else args.host,
    )
    reporter = TerminalReporter()
    try:
        with reporter.ctrl_c_stops():
            result = make_quick_short(request, reporter)
    except Cancelled:
        print("cancelled", file=sys.stderr)
        return 130
    except (OSError, ValueError, RuntimeError) as error:
        print(f"error: {_one_line(error)}", file=sys.stderr)
        return 1
    for video, project in zip(result.videos, result.projects, strict=True):
        print(f"wrote {video} (project {project})")
    print(f"done in {result.seconds_taken:.1f} s", file=sys.stderr)
    return 0


def _model(text: str) -> str:
    # "default" is what `render` and `generate` accept for the shipped model, too.
    return "builtin:default-faces-64" if text == "default" else text


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split()) or type(error).__name__
