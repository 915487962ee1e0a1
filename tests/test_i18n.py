"""Translations: every tr() literal has Chinese, the catalogues are current, the language
follows the system unless the settings pick one, and a studio started in Chinese shows no
English text a creator would have to read.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QTabBar,
    QWidget,
)

from aigc_studio.ui.i18n import LANGUAGES, install_language, language_for, tr
from aigc_studio.ui.project_files import RecentProjectsMenu

ROOT = Path(__file__).resolve().parent.parent
BUILD_SCRIPT = ROOT / "resources" / "translations" / "build_translations.py"

# Parts still being translated elsewhere: an area's name ("Script", ...), "Window menus"
# (menus and navigation) or "Window title"; they are not checked while listed here.
# Shrink it as each part lands; it must end empty.
PENDING_AREAS: set[str] = set()

CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
ENGLISH_WORD = re.compile(r"[A-Za-z]{3,}")  # a run a reader would have to read as English
# Names that stay as they are in a Chinese studio: the product, formats, units, platforms,
# technical names, and things the creator named (files, folders, models).
ALLOWED = [
    re.compile(pattern)
    for pattern in (
        r"AIGC Studio",
        r"\b(MP4|H\.264|H\.265|HEVC|AAC|LUFS|dBTP|dBFS|SeFa|GAN|DCGAN|LLM|ONNX|KID|BPM)\b",
        r"\b(safetensors|PNG|JPEG|WAV|MP3|M4A|FLAC|OGG|SRT|JSON|CSV|CPU|GPU|CUDA|MPS)\b",
        r"\b(cpu|cuda|mps|slerp|fps|kbps|kbit/s|kHz|Hz|px|CRF|Ctrl|Shift|Alt|Esc)",
        r"\b(Douyin|TikTok|YouTube|Reels|Instagram|Bilibili|Shorts|Kuaishou|WeChat)\b",
        r"\b(eSpeak|espeak|Piper|Ollama|x264|libx264|libx265|NVENC|VideoToolbox)\b",
        # x264's speed presets, named as the encoder (and OBS, HandBrake) name them
        r"^(ultrafast|superfast|veryfast|faster|fast|medium|slow|slower|veryslow)$",
        r"^English$",  # a language offered by its own name
        r"[\w.-]+\.(safetensors|mp4|wav|mp3|m4a|flac|ogg|json|png|jpe?g|srt|csv|txt|onnx)\b",
        r"[\w.-]+\.aigcproj\b",
        r"(?:[A-Za-z]:)?[/\\~][^\s·,;:()]*",  # a path
        r"default-faces-\d+",  # the shipped model
        r"\w+://\S+",  # an address (the LLM server)
    )
]


def needs_translation(text: str) -> bool:
    """True for a text with English words and no Chinese: it was not translated."""
    text = re.sub(r"<[^>]+>", " ", text)  # rich text: tags are not words
    text = text.replace("&", "")  # menu accelerators
    if not text.strip() or CJK.search(text):
        return False
    for pattern in ALLOWED:
        text = pattern.sub(" ", text)
    return ENGLISH_WORD.search(text) is not None


def widget_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every text ``root`` and its children show."""
    found: list[tuple[str, str]] = []

    def add(widget: QWidget, kind: str, text: str) -> None:
        name = widget.objectName() or type(widget).__name__
        found.append((f"{type(root).__name__} › {name} {kind}", text))

    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLabel):
            add(widget, "label", widget.text())
        if isinstance(widget, QAbstractButton):
            add(widget, "button", widget.text())
        if isinstance(widget, QGroupBox):
            add(widget, "group", widget.title())
        if isinstance(widget, QTabBar):
            for index in range(widget.count()):
                add(widget, "tab", widget.tabText(index))
                add(widget, "tab tip", widget.tabToolTip(index))
        if isinstance(widget, QComboBox):
            for index in range(widget.count()):
                add(widget, "item", widget.itemText(index))
        if isinstance(widget, QLineEdit) and not isinstance(widget.parent(), QAbstractSpinBox):
            add(widget, "placeholder", widget.placeholderText())
        if isinstance(widget, QAbstractSpinBox):
            add(widget, "suffix", getattr(widget, "suffix", lambda: "")())
        if isinstance(widget, QListWidget):
            for row in range(widget.count()):
                add(widget, "item", widget.item(row).text())
        add(widget, "tooltip", widget.toolTip())
        if widget.isWindow():
            add(widget, "title", widget.windowTitle())
    return found


# A language menu names each language in itself ("English" stays English).
ENDONYMS = {name for setting, name in LANGUAGES if setting}


def menu_texts(menu: QMenu, path: str) -> list[tuple[str, str]]:
    found = [(f"{path} › {menu.title()}", menu.title())]
    for action in menu.actions():
        if action.menu() is not None:
            found += menu_texts(action.menu(), f"{path} › {menu.title()}")
        elif isinstance(menu, RecentProjectsMenu) and action.data() is not None:
            continue  # a recent project: its name is the creator's, not the studio's
        elif not action.isSeparator() and action.text() not in ENDONYMS:
            found.append((f"{path} › {menu.title()} › {action.text()}", action.text()))
    return found


def offenders(texts: list[tuple[str, str]]) -> list[str]:
    return sorted({f"{where}: {text!r}" for where, text in texts if needs_translation(text)})


# -- the catalogue ------------------------------------------------------------------------


def test_every_tr_literal_has_chinese_and_the_catalogues_are_current():
    result = subprocess.run(
        [sys.executable, str(BUILD_SCRIPT), "--check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "check passed" in result.stdout


def test_the_allowlist_is_narrow():
    # The check must be able to fail: English sentences and words are caught...
    assert needs_translation("Start training")
    assert needs_translation("Loading model…")
    assert needs_translation("&File")
    assert needs_translation("Fast")
    assert needs_translation("English voice")
    # ...while names that stay English in a Chinese UI, and Chinese texts, are not.
    assert not needs_translation("AIGC Studio")
    assert not needs_translation("64 px")
    assert not needs_translation("default-faces-64.safetensors · 64 px")
    assert not needs_translation("训练 ▸ Douyin / TikTok")
    assert not needs_translation("/tmp/run/model.safetensors")
    assert not needs_translation("1.00")
    assert not needs_translation("veryfast")


# -- choosing the language ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("setting", "system", "expected"),
    [
        ("", "zh_CN", "zh_CN"),
        ("", "zh_TW", "zh_CN"),
        ("", "zh_HK", "zh_CN"),
        ("", "en_US", "en"),
        ("", "de_DE", "en"),
        ("", "C", "en"),
        ("en", "zh_CN", "en"),  # the setting wins over the system
        ("zh_CN", "en_US", "zh_CN"),
    ],
)
def test_language_follows_the_system_unless_the_settings_pick_one(setting, system, expected):
    assert language_for(setting, system) == expected


def test_installing_a_language_switches_the_texts(qapp):
    try:
        assert install_language("", "zh_CN") == "zh_CN"
        assert tr("Train") == "训练"
        assert tr("Start training") == "开始训练"
        assert tr("{size} px").format(size=64) == "64 px"
        assert install_language("en") == "en"
        assert tr("Train") == "Train"
    finally:
        install_language("en")
    assert tr("Start training") == "Start training"


# -- the studio in Chinese ----------------------------------------------------------------


@pytest.fixture
def chinese_studio(qtbot):
    """A fresh main window built after the Chinese catalogue is installed (the studio
    fixture's window, in Chinese); English again afterwards for the other tests."""
    from aigc_studio.ui.main_window import MainWindow

    assert install_language("zh_CN") == "zh_CN"
    window = None
    try:
        window = MainWindow(confirm_close=False)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: not window.explore.preview.pixmap().isNull(), timeout=60_000)
        qtbot.waitUntil(lambda: window.explore.latent is not None, timeout=30_000)
        yield window
    finally:
        if window is not None:
            window.close()  # joins every engine thread before the leak check runs
        install_language("en")


def test_a_studio_started_in_chinese_shows_no_untranslated_text(chinese_studio, qtbot):
    from aigc_studio.ui.main_window import AREAS

    window = chinese_studio
    texts: list[tuple[str, str]] = []
    if "Window title" not in PENDING_AREAS:
        texts.append(("window title", window.windowTitle()))
    if "Window menus" not in PENDING_AREAS:
        for action in window.menuBar().actions():
            if action.menu() is not None:
                texts += menu_texts(action.menu(), "menu")
        texts += widget_texts(window.navigation)
    for area in AREAS:
        window.show_area(area)
        if area in PENDING_AREAS:
            continue
        texts += widget_texts(window.panels[area])
    # The Explore area's tabs, each shown once so their contents are laid out.
    for index in range(window.explore.tabs.count()):
        window.explore.tabs.setCurrentIndex(index)
        texts += widget_texts(window.explore.tabs.widget(index))
    assert len(texts) > 150, "the walk found too few texts to mean anything"
    bad = offenders(texts)
    assert not bad, "texts without a Chinese translation:\n" + "\n".join(bad)
    assert window.train.start_button.text() == "开始训练"
    assert window.explore.tabs.tabText(0) == "滑块"


def test_the_explore_dialogs_in_chinese(qtbot):
    from aigc_studio.gan.slider_settings import SliderSettings
    from aigc_studio.ui.explore_slider_dialog import RangeDialog, SliderSettingsDialog
    from aigc_studio.ui.walk_beat_dialog import BeatSyncDialog

    assert install_language("zh_CN") == "zh_CN"
    try:
        names = [tr("Direction {number}").format(number=n) for n in (1, 2, 3)]
        dialogs = [
            SliderSettingsDialog(SliderSettings.defaults("0" * 64, names), names),
            RangeDialog(names[0], -3.0, 3.0),
            BeatSyncDialog(4),
        ]
        texts: list[tuple[str, str]] = []
        for dialog in dialogs:
            qtbot.addWidget(dialog)
            texts += widget_texts(dialog)
        bad = offenders(texts)
        assert not bad, "texts without a Chinese translation:\n" + "\n".join(bad)
        assert dialogs[2].windowTitle() == "关键帧对齐节拍"
    finally:
        install_language("en")


def test_the_bundled_font_draws_every_character_the_translations_add(qapp):
    """On a machine without Chinese fonts the studio falls back to the bundled font
    (app.install_bundled_font): every character a translation brings in must be in it, or
    it shows as a box. Symbols the English text already uses come from the system fonts."""
    import json

    from PySide6.QtGui import QRawFont

    from aigc_studio.resources import fonts_dir

    font = QRawFont(str(fonts_dir() / "NotoSansSC-Subset.otf"), 16)
    assert font.isValid()
    fragments = sorted((ROOT / "resources" / "translations" / "zh_CN").glob("*.json"))
    assert fragments
    missing: dict[str, str] = {}
    for path in fragments:
        for source, chinese in json.loads(path.read_text(encoding="utf-8")).items():
            for character in set(chinese) - set(source):
                if character.isspace() or font.supportsCharacter(ord(character)):
                    continue
                missing.setdefault(character, f"{path.name}: {chinese!r}")
    assert not missing, "characters the bundled font lacks:\n" + "\n".join(
        f"{c!r} (U+{ord(c):04X}) in {where}" for c, where in sorted(missing.items())
    )
