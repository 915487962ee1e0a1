"""`aigc-studio loudness FILE`: one line with the file's loudness, or one line of error."""

from __future__ import annotations

import argparse

import numpy as np
import pytest

from aigc_studio.cli import OneLineErrorParser
from aigc_studio.cli_loudness import add_loudness_parser, run_loudness
from aigc_studio.media.mix import write_wav


def run(argv: list[str]) -> int:
    parser = OneLineErrorParser(prog="aigc-studio")
    add_loudness_parser(parser.add_subparsers(dest="command", parser_class=OneLineErrorParser))
    args: argparse.Namespace = parser.parse_args(argv)
    return run_loudness(args)


def test_loudness_prints_lufs_and_true_peak(tmp_path, capsys: pytest.CaptureFixture[str]):
    t = np.arange(3 * 48000) / 48000
    sine = np.stack([0.1 * np.sin(2 * np.pi * 997 * t)] * 2, axis=1)  # -20 dBFS peaks
    path = write_wav(tmp_path / "sine.wav", sine)
    assert run(["loudness", str(path)]) == 0
    assert capsys.readouterr().out.strip() == "integrated -20.0 LUFS, true peak -20.0 dBTP"


def test_unreadable_files_are_one_line_and_non_zero(tmp_path, capsys: pytest.CaptureFixture[str]):
    bad = tmp_path / "song.mp3"
    bad.write_bytes(b"\x00" * 100)
    assert run(["loudness", str(bad)]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and len(captured.err.strip().splitlines()) == 1
    assert "song.mp3" in captured.err
    assert run(["loudness", str(tmp_path / "gone.wav")]) == 1
    assert "gone.wav" in capsys.readouterr().err
