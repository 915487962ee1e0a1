"""The studio's user settings: one typed, versioned JSON table in the platform config folder.

Tests point AIGC_STUDIO_CONFIG_DIR at a temporary folder so they never touch real settings.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path

log = logging.getLogger(__name__)

SETTINGS_VERSION = 1
SETTINGS_FILE = "settings.json"


@dataclass
class Settings:
    version: int = SETTINGS_VERSION  # bumped when a field changes meaning
    image_dir: str = ""  # last folder of training images chosen in the Train panel
    run_dir: str = ""  # last training run folder
    export_path: str = ""  # last MP4 path exported to
    project_dir: str = ""  # folder the last project was opened from or saved to
    # The Export area's last choices ("" = the default): preset name, quality, whether to
    # label the video as AI-generated ("on"/"off") and where, and whether to write sidecars.
    export_preset: str = ""
    export_quality: str = ""
    export_ai_label: str = ""
    export_label_position: str = ""
    export_sidecars: str = ""
    export_cover: str = ""  # "on"/"off": write the cover image
    export_cover_time: str = ""  # seconds of the cover's frame; "" = automatic
    export_advanced: str = ""  # JSON of the Advanced pane: size, fps, crf, speed, encoder,
    # audio bitrate ("" = the preset's)
    sample_opened: str = ""  # "yes" once the first start opened the sample project
    # The Script area's writer: "builtin", "llm" (a local server) or "own" (the creator's
    # text model); the LLM server's address, model name and timeout in seconds ("" = the
    # defaults below); and the creator's text model file.
    writer_provider: str = ""
    llm_url: str = ""
    llm_model: str = ""
    llm_timeout: str = ""
    text_model: str = ""
    # Projects: seconds between autosaved recovery copies ("" = the default below, "0" =
    # off), and the recently opened or saved project folders (a JSON list, newest first).
    autosave_seconds: str = ""
    recent_projects: str = ""
    # New Short from Idea's last choices (JSON: lang, structure, seconds, preset, model,
    # seed, variants), so the next short starts where the last one left off.
    quick_choices: str = ""
    language: str = ""  # "" follows the system, "en" English, "zh_CN" Simplified Chinese
    theme: str = ""  # "" follows the system's light or dark, "dark", "light"


DEFAULT_LLM_URL = "http://127.0.0.1:11434"  # Ollama's address; llama.cpp uses :8080
DEFAULT_LLM_MODEL = "qwen2.5:3b"  # a small model that writes Chinese and English well
DEFAULT_LLM_TIMEOUT = 60.0  # seconds: a local server may take a while to load a model
DEFAULT_AUTOSAVE_SECONDS = 120  # a crash loses at most this much work


def config_dir() -> Path:
    override = os.environ.get("AIGC_STUDIO_CONFIG_DIR")
    if override:
        return Path(override)
    from platformdirs import user_config_dir

    return Path(user_config_dir("aigc-studio", "AIGC Studio"))


def data_dir() -> Path:
    """Where the studio keeps what the creator makes outside projects (their text models).
    AIGC_STUDIO_DATA_DIR overrides it (the tests use a temporary folder)."""
    override = os.environ.get("AIGC_STUDIO_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir("aigc-studio", "AIGC Studio"))


def default_text_model_path() -> Path:
    return data_dir() / "text-models" / "my-scripts.safetensors"


def load_settings() -> Settings:
    """The saved settings, or defaults when none are saved or the file is unreadable."""
    path = config_dir() / SETTINGS_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError):
        log.warning("ignoring unreadable settings file %s", path, exc_info=True)
        return Settings()
    if not isinstance(data, dict) or data.get("version") != SETTINGS_VERSION:
        return Settings()
    known = {f.name for f in fields(Settings)}
    return Settings(**{k: str(v) for k, v in data.items() if k in known and k != "version"})


def save_settings(settings: Settings) -> None:
    """Write the settings atomically; a failure is logged, never raised (they are a convenience)."""
    folder = config_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        temp = folder / (SETTINGS_FILE + ".tmp")
        temp.write_text(json.dumps(asdict(settings), indent=2), encoding="utf-8")
        os.replace(temp, folder / SETTINGS_FILE)
    except OSError:
        log.warning("could not save settings to %s", folder, exc_info=True)
