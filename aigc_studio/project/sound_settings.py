"""A project's voice, sound-mix and caption choices: plain data saved in project.json.

Each block is optional in the file (a project saved before it existed gets the defaults),
and every value is checked on load so a hand-edited file fails with a sentence.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from typing import Any

from aigc_studio.translation import tr


@dataclass
class VoiceSettings:
    engine: str = "espeak"  # "espeak" (bundled eSpeak NG) or "piper" (a voice file on disk)
    voice: str = ""  # espeak voice name or piper .onnx path; "" = the script language's default
    rate: float = 1.0  # speaking speed, 0.5 (slow) .. 2.0 (fast)
    pitch: int = 50  # 0 (low) .. 100 (high); espeak's default is 50

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Any) -> VoiceSettings:
        data = _table(data, "voice")
        engine = str(data.get("engine", "espeak"))
        if engine not in ("espeak", "piper"):
            raise ValueError(
                tr("voice engine must be espeak or piper, got {engine!r}").format(engine=engine)
            )
        return cls(
            engine=engine,
            voice=str(data.get("voice", "")),
            rate=_number(data.get("rate", 1.0), "voice rate", 0.5, 2.0),
            pitch=int(_number(data.get("pitch", 50), "voice pitch", 0, 100)),
        )


@dataclass
class SoundSettings:
    duck_db: float = -12.0  # how far music drops under narration, in dB (0 = no ducking)
    duck_attack: float = 0.08  # seconds the music takes to drop when speech starts
    duck_release: float = 0.4  # seconds it takes to come back after speech stops
    normalise: bool = True  # bring the final mix to the loudness target on export
    loudness_target: float = -14.0  # integrated loudness in LUFS (platforms use -14)
    true_peak: float = -1.0  # highest true peak allowed, in dBTP

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Any) -> SoundSettings:
        data = _table(data, "sound")
        normalise = data.get("normalise", True)
        if not isinstance(normalise, bool):
            raise ValueError(
                tr("sound normalise must be true or false, got {value!r}").format(value=normalise)
            )
        return cls(
            duck_db=_number(data.get("duck_db", -12.0), "ducking depth", -40.0, 0.0),
            duck_attack=_number(data.get("duck_attack", 0.08), "ducking attack", 0.0, 5.0),
            duck_release=_number(data.get("duck_release", 0.4), "ducking release", 0.0, 10.0),
            normalise=normalise,
            loudness_target=_number(
                data.get("loudness_target", -14.0), "loudness target", -40.0, -5.0
            ),
            true_peak=_number(data.get("true_peak", -1.0), "true peak", -12.0, 0.0),
        )


@dataclass
class CaptionSettings:
    style: str = "outline"  # a preset name from media.captions.CAPTION_PRESETS
    max_chars_per_line: int = 0  # Latin characters per line (CJK count two); 0 = the style's
    karaoke: bool = False  # highlight the words as they are spoken

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Any) -> CaptionSettings:
        data = _table(data, "captions")
        karaoke = data.get("karaoke", False)
        if not isinstance(karaoke, bool):
            raise ValueError(
                tr("captions karaoke must be true or false, got {value!r}").format(value=karaoke)
            )
        return cls(
            style=str(data.get("style", "outline")) or "outline",
            max_chars_per_line=int(
                _number(data.get("max_chars_per_line", 0), "characters per line", 0, 80)
            ),
            karaoke=karaoke,
        )


def _table(data: Any, name: str) -> dict[str, Any]:
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ValueError(tr("the project's {name} settings must be a table").format(name=name))
    return data  # unknown keys are ignored: a later version may add some


def _number(value: Any, name: str, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(
            tr("{name} must be a number, got {value!r}").format(name=name, value=value)
        )
    value = float(value)
    if not math.isfinite(value) or not low <= value <= high:
        raise ValueError(
            tr("{name} must be between {low:g} and {high:g}, got {value:g}").format(
                name=name, low=low, high=high, value=value
            )
        )
    return value
