"""Piper voices the creator keeps on disk: ``VOICE.onnx`` next to ``VOICE.onnx.json``.

Piper (rhasspy/piper) voices are VITS models trained on eSpeak NG's IPA phonemes, so a
line is phonemised with the bundled espeak (the voice json's ``espeak.voice``), turned
into ids with the json's ``phoneme_id_map`` the way Piper does ("^" first, "$" last, the
pad "_" after every phoneme) and run with ONNX Runtime. Piper has no pitch control; pitch
is shifted by asking the model for slower speech and playing it back faster, which
raises the pitch by the same factor and keeps the duration.
"""

from __future__ import annotations

import json
import re
import threading
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from aigc_studio.media import tts_espeak
from aigc_studio.translation import tr

PAD, BOS, EOS = "_", "^", "$"  # Piper's pad, start and end symbols
PITCH_SEMITONES = 4.0  # pitch 0 / 100 is this many semitones below / above the voice's own
# Clause punctuation Piper voices know; CJK marks map to their ASCII twins.
_PUNCTUATION = {"，": ",", "。": ".", "！": "!", "？": "?", "；": ";", "：": ":", "、": ","}
_CLAUSE = re.compile(r"([,.!?;:，。！？；：、])")

_sessions_lock = threading.Lock()  # guards the cache; sessions themselves are thread-safe
_sessions: dict[tuple[str, int], Any] = {}  # (onnx path, mtime) -> InferenceSession


@dataclass(frozen=True)
class PiperConfig:
    """What a voice's .onnx.json says about it (only the parts synthesis needs)."""

    sample_rate: int  # Hz of the model's output
    espeak_voice: str  # espeak voice that phonemises its text ("en-us", "cmn", ...)
    phoneme_id_map: dict[str, list[int]]  # phoneme -> model ids
    noise_scale: float = 0.667  # variation in the voice (Piper's default)
    length_scale: float = 1.0  # duration per phoneme at rate 1.0
    noise_w: float = 0.8  # variation in phoneme durations
    num_speakers: int = 1  # multi-speaker models also take a speaker id
    lang: str = "en"  # script language: "zh" for Mandarin voices, else the family code


def json_path_for(onnx_path: Path) -> Path:
    return onnx_path.with_name(onnx_path.name + ".json")


def read_config(onnx_path: Path) -> PiperConfig:
    """The voice's settings from VOICE.onnx.json; ValueError with a sentence if unusable."""
    json_file = json_path_for(onnx_path)
    try:
        data = json.loads(json_file.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise ValueError(
            tr("The Piper voice {voice} has no {file} next to it.").format(
                voice=onnx_path.name, file=json_file.name
            )
        ) from error
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ValueError(
            tr("The Piper voice settings {file} cannot be read: {error}.").format(
                file=json_file.name, error=error
            )
        ) from error
    try:
        inference = data.get("inference", {}) or {}
        espeak_voice = str(data.get("espeak", {}).get("voice", "")) or "en-us"
        id_map = {str(k): [int(i) for i in v] for k, v in data["phoneme_id_map"].items()}
        family = str((data.get("language") or {}).get("family", "")) or espeak_voice[:2]
        config = PiperConfig(
            sample_rate=int(data["audio"]["sample_rate"]),
            espeak_voice=espeak_voice,
            phoneme_id_map=id_map,
            noise_scale=float(inference.get("noise_scale", 0.667)),
            length_scale=float(inference.get("length_scale", 1.0)),
            noise_w=float(inference.get("noise_w", 0.8)),
            num_speakers=int(data.get("num_speakers", 1)),
            lang="zh" if espeak_voice in ("cmn", "zh", "yue") or family == "zh" else family,
        )
    except (AttributeError, KeyError, TypeError, ValueError) as error:
        raise ValueError(
            tr("The Piper voice settings {file} are missing or have a bad {error}.").format(
                file=json_file.name, error=error
            )
        ) from error
    if config.sample_rate <= 0 or not all(s in id_map for s in (PAD, BOS, EOS)):
        raise ValueError(
            tr("The Piper voice settings {file} are not a Piper voice's.").format(
                file=json_file.name
            )
        )
    return config


def _session(onnx_path: Path) -> Any:
    import onnxruntime

    try:
        key = (str(onnx_path.resolve()), onnx_path.stat().st_mtime_ns)
    except OSError as error:
        raise ValueError(
            tr("The Piper voice file {path} cannot be read.").format(path=onnx_path)
        ) from error
    with _sessions_lock:
        if key not in _sessions:
            options = onnxruntime.SessionOptions()
            options.log_severity_level = 3  # a voice's harmless graph notes are not news
            try:
                _sessions[key] = onnxruntime.InferenceSession(
                    str(onnx_path), options, providers=["CPUExecutionProvider"]
                )
            except Exception as error:  # onnxruntime raises its own Fail/InvalidGraph types
                raise ValueError(
                    tr("The Piper voice file {name} is not a working ONNX model.").format(
                        name=onnx_path.name
                    )
                ) from error
        return _sessions[key]


def phoneme_ids(phoneme_text: str, id_map: dict[str, list[int]]) -> list[int]:
    """Piper's id sequence: ^ _ p1 _ p2 _ … $ ; phonemes the voice doesn't know are skipped."""
    ids = list(id_map[BOS]) + list(id_map[PAD])
    for phoneme in unicodedata.normalize("NFD", phoneme_text):
        if phoneme in id_map:
            ids += id_map[phoneme] + id_map[PAD]
    return ids + list(id_map[EOS])


def pitch_factor(pitch: int) -> float:
    """Frequency factor for pitch 0..100 (50 = the voice as recorded)."""
    return float(2.0 ** ((min(max(pitch, 0), 100) - 50) / 50 * PITCH_SEMITONES / 12))


@dataclass
class PiperVoice:
    """A Piper .onnx voice; safe to share between threads."""

    path: Path  # the VOICE.onnx file
    config: PiperConfig = field(init=False)  # read from VOICE.onnx.json

    def __post_init__(self) -> None:
        self.path = Path(self.path)
        if not self.path.is_file():
            raise ValueError(
                tr("The Piper voice file {path} does not exist.").format(path=self.path)
            )
        self.config = read_config(self.path)

    @property
    def name(self) -> str:
        return self.path.name.removesuffix(".onnx")

    @property
    def lang(self) -> str:
        return self.config.lang

    def phonemes(self, text: str) -> str:
        """IPA for the line with its clause punctuation kept (Piper voices pause on it)."""
        pieces: list[str] = []
        for piece in _CLAUSE.split(text):
            if not piece.strip():
                continue
            if _CLAUSE.fullmatch(piece):
                mark = _PUNCTUATION.get(piece, piece)
                pieces[-1:] = [pieces[-1] + mark] if pieces else []
            else:
                spoken = tts_espeak.phonemes(piece, self.config.espeak_voice)
                if spoken:
                    pieces.append(spoken)
        return " ".join(pieces)

    def synthesize(self, text: str, rate: float = 1.0, pitch: int = 50) -> tuple[np.ndarray, int]:
        """The line as float32 mono samples and their sample rate (the pitch shift shows up
        as a sample rate different from the model's)."""
        if not text.strip():
            raise ValueError(tr("There is no text to speak."))
        ids = phoneme_ids(self.phonemes(text), self.config.phoneme_id_map)
        if len(ids) <= 3:
            raise ValueError(
                tr("The Piper voice {voice} cannot read any of this line.").format(voice=self.name)
            )
        shift = pitch_factor(pitch)
        # Slower rate = longer phonemes; the pitch shift plays back `shift` times faster,
        # so the model speaks `shift` times slower to keep the duration.
        length_scale = self.config.length_scale / max(rate, 0.1) * shift
        feeds: dict[str, np.ndarray] = {
            "input": np.array([ids], dtype=np.int64),
            "input_lengths": np.array([len(ids)], dtype=np.int64),
            "scales": np.array(
                [self.config.noise_scale, length_scale, self.config.noise_w], dtype=np.float32
            ),
        }
        session = _session(self.path)
        if self.config.num_speakers > 1 and any(i.name == "sid" for i in session.get_inputs()):
            feeds["sid"] = np.array([0], dtype=np.int64)
        try:
            audio = session.run(None, feeds)[0]
        except Exception as error:  # onnxruntime's own error types
            raise ValueError(
                tr("The Piper voice {voice} failed to run: {error}.").format(
                    voice=self.name, error=error
                )
            ) from error
        samples = np.asarray(audio, dtype=np.float32).reshape(-1)
        return samples, int(round(self.config.sample_rate * shift))


def find_piper_voices(folder: Path) -> list[Path]:
    """VOICE.onnx files in the folder (and one level of subfolders) with a json beside them."""
    if not folder.is_dir():
        return []
    found = sorted(folder.glob("*.onnx")) + sorted(folder.glob("*/*.onnx"))
    return [path for path in found if json_path_for(path).is_file()]
