"""``aigc-studio tts``: a line in, a 48 kHz WAV and its duration out; bad values are refused."""

from __future__ import annotations

import argparse
import wave

import pytest

from aigc_studio.cli_voice import add_tts_parser, run_tts
from aigc_studio.media import tts
from tests.test_media_tts import ZH_LINE, make_piper_voice


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    commands = parser.add_subparsers(dest="command")
    add_tts_parser(commands)
    return parser.parse_args(argv)


def wav_facts(path) -> tuple[int, int, int, float]:
    with wave.open(str(path), "rb") as wav:
        return (
            wav.getframerate(),
            wav.getnchannels(),
            wav.getsampwidth(),
            wav.getnframes() / wav.getframerate(),
        )


def test_tts_writes_the_line_and_prints_its_duration(tmp_path, capsys):
    out = tmp_path / "line.wav"
    args = parse(["tts", ZH_LINE, "--out", str(out), "--lang", "zh", "--rate", "1.2"])
    assert args.command == "tts"
    assert run_tts(args) == 0
    rate, channels, width, seconds = wav_facts(out)
    assert (rate, channels, width) == (48000, 1, 2)
    assert 1.0 < seconds < 7.0
    printed = capsys.readouterr().out
    assert f"{seconds:.2f} s" in printed and str(out) in printed


def test_slower_rate_on_the_command_line_is_longer(tmp_path):
    run_tts(parse(["tts", "A short line.", "--out", str(tmp_path / "a.wav"), "--rate", "2"]))
    run_tts(parse(["tts", "A short line.", "--out", str(tmp_path / "b.wav"), "--rate", "0.5"]))
    assert wav_facts(tmp_path / "a.wav")[3] < 0.6 * wav_facts(tmp_path / "b.wav")[3]


@pytest.mark.parametrize(
    "extra, message",
    [
        (["--rate", "3"], "voice rate must be between 0.5 and 2"),
        (["--pitch", "-5"], "voice pitch must be between 0 and 100"),
        (["--voice", "no-such-voice"], "no voice called .no-such-voice."),
    ],
)
def test_bad_values_are_one_sentence(tmp_path, extra, message):
    out = tmp_path / "line.wav"
    with pytest.raises(ValueError, match=message):
        run_tts(parse(["tts", "Hello.", "--out", str(out), *extra]))
    assert not out.exists()


def test_out_must_be_a_wav(tmp_path):
    with pytest.raises(ValueError, match="must name a .wav file"):
        run_tts(parse(["tts", "Hello.", "--out", str(tmp_path / "line.mp3")]))


def test_lang_is_checked_by_the_parser(tmp_path, capsys):
    with pytest.raises(SystemExit):
        parse(["tts", "Bonjour.", "--out", str(tmp_path / "x.wav"), "--lang", "fr"])
    assert "invalid choice" in capsys.readouterr().err


def test_a_piper_voice_by_name_from_the_voices_folder(tmp_path, monkeypatch, capsys):
    make_piper_voice(tmp_path, "en_US-test-low")
    monkeypatch.setenv(tts.VOICES_ENV, str(tmp_path))
    out = tmp_path / "piper.wav"
    args = parse(["tts", "Hello there.", "--out", str(out), "--voice", "en_US-test-low"])
    assert run_tts(args) == 0
    assert "s of speech" in capsys.readouterr().out
    rate, channels, width, seconds = wav_facts(out)
    assert (rate, channels, width) == (48000, 1, 2)
    assert seconds > 0.2
