"""How the creator arranged a model's latent sliders: names, order, visibility and ranges.

Kept per model file, keyed by the file's SHA-256, in one small JSON file each under a
folder the caller chooses (the UI uses the user's config folder). Keying by content rather
than by path means a model moved or copied keeps its sliders, and the read-only model
shipped with the app gets settings like any other. Qt-free, torch-free.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from aigc_studio.translation import tr

log = logging.getLogger(__name__)

SLIDER_SETTINGS_VERSION = 1
DEFAULT_LOW = -3.0  # a standard normal's bulk: where faces still look like faces
DEFAULT_HIGH = 3.0
RANGE_LIMIT = 10.0  # a range reaching further only shows broken faces
MAX_NAME_LENGTH = 40


@dataclass(frozen=True)
class SliderSetting:
    """One slider as the creator set it up."""

    direction: int  # index into the model's directions (which vector the slider moves along)
    name: str  # what the slider is called on screen, e.g. "smile"
    visible: bool = True  # hidden sliders keep their coordinate; they are just not shown
    low: float = DEFAULT_LOW  # slider's left end, in latent units along the direction
    high: float = DEFAULT_HIGH  # slider's right end


@dataclass
class SliderSettings:
    """All sliders of one model, in the order they are shown."""

    model_sha256: str  # hex SHA-256 of the model file these settings belong to
    sliders: list[SliderSetting] = field(default_factory=list)  # display order
    version: int = SLIDER_SETTINGS_VERSION  # bumped when a field changes meaning

    @classmethod
    def defaults(cls, model_sha256: str, names: list[str]) -> SliderSettings:
        """One visible slider per direction, in the directions' order, with their names."""
        return cls(model_sha256, [SliderSetting(i, n) for i, n in enumerate(names)])

    def fitted_to(self, names: list[str]) -> SliderSettings:
        """These settings for a model with these directions: sliders of directions it
        lacks are dropped, new directions are appended with their default names."""
        count = len(names)
        seen: set[int] = set()
        kept = []
        for slider in self.sliders:
            if 0 <= slider.direction < count and slider.direction not in seen:
                seen.add(slider.direction)
                kept.append(slider)
        kept += [SliderSetting(i, names[i]) for i in range(count) if i not in seen]
        return SliderSettings(self.model_sha256, kept)

    def position_of(self, direction: int) -> int:
        return next(i for i, s in enumerate(self.sliders) if s.direction == direction)

    def setting_for(self, direction: int) -> SliderSetting:
        return self.sliders[self.position_of(direction)]

    def renamed(self, direction: int, name: str) -> SliderSettings:
        name = " ".join(name.split())[:MAX_NAME_LENGTH]
        if not name:
            return self  # an empty name would leave an unlabelled slider
        return self._with(direction, name=name)

    def shown(self, direction: int, visible: bool) -> SliderSettings:
        return self._with(direction, visible=visible)

    def with_range(self, direction: int, low: float, high: float) -> SliderSettings:
        low, high = check_range(low, high)
        return self._with(direction, low=low, high=high)

    def moved(self, direction: int, offset: int) -> SliderSettings:
        """The slider moved ``offset`` places up (negative) or down the list."""
        sliders = list(self.sliders)
        old = self.position_of(direction)
        new = min(max(old + offset, 0), len(sliders) - 1)
        sliders.insert(new, sliders.pop(old))
        return SliderSettings(self.model_sha256, sliders)

    def _with(self, direction: int, **changes) -> SliderSettings:
        sliders = list(self.sliders)
        index = self.position_of(direction)
        sliders[index] = replace(sliders[index], **changes)
        return SliderSettings(self.model_sha256, sliders)


def check_range(low: float, high: float) -> tuple[float, float]:
    """A usable slider range, or ValueError with a sentence for the user."""
    low, high = float(low), float(high)
    if not (abs(low) <= RANGE_LIMIT and abs(high) <= RANGE_LIMIT):
        raise ValueError(tr("a slider range must lie within ±{limit:g}").format(limit=RANGE_LIMIT))
    if high - low < 0.1:
        raise ValueError(tr("a slider's right end must lie at least 0.1 beyond its left end"))
    return round(low, 2), round(high, 2)


def file_sha256(path: str | Path) -> str:
    """Hex SHA-256 of a file, read in chunks (model files are megabytes)."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def settings_path(folder: str | Path, model_sha256: str) -> Path:
    return Path(folder) / f"{model_sha256}.json"


def load_slider_settings(folder: str | Path, model_sha256: str, names: list[str]) -> SliderSettings:
    """The saved settings of this model fitted to its directions, or the defaults when none
    are saved or the file is unreadable (they are a convenience, never an error)."""
    defaults = SliderSettings.defaults(model_sha256, names)
    path = settings_path(folder, model_sha256)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return defaults
    except (OSError, ValueError):
        log.warning("ignoring unreadable slider settings %s", path, exc_info=True)
        return defaults
    try:
        if data.get("version") != SLIDER_SETTINGS_VERSION:
            return defaults
        sliders = [_slider_from_dict(item) for item in data["sliders"]]
    except (AttributeError, KeyError, TypeError, ValueError):
        log.warning("ignoring malformed slider settings %s", path, exc_info=True)
        return defaults
    return SliderSettings(model_sha256, sliders).fitted_to(names)


def _slider_from_dict(item: dict) -> SliderSetting:
    low, high = check_range(item.get("low", DEFAULT_LOW), item.get("high", DEFAULT_HIGH))
    name = str(item["name"]).strip()[:MAX_NAME_LENGTH]
    direction = item["direction"]
    if not isinstance(direction, int) or isinstance(direction, bool) or not name:
        raise ValueError(tr("a slider needs a direction number and a name"))
    return SliderSetting(direction, name, bool(item.get("visible", True)), low, high)


def save_slider_settings(folder: str | Path, settings: SliderSettings) -> None:
    """Write atomically; a failure is logged, never raised."""
    folder = Path(folder)
    path = settings_path(folder, settings.model_sha256)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        temp = path.with_name(path.name + ".tmp")
        temp.write_text(json.dumps(asdict(settings), indent=2), encoding="utf-8")
        os.replace(temp, path)
    except OSError:
        log.warning("could not save slider settings to %s", path, exc_info=True)
