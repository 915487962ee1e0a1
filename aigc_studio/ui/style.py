"""The studio's look: Fusion with a dark (default) or light neutral palette and one accent
colour; the timeline's canvas stays dark in both, as in most video editors."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from aigc_studio.resources import icons_dir

ACCENT = "#7c6cf0"  # violet: selection, primary buttons, progress
WINDOW = "#1f2024"
BASE = "#16171a"
PANEL = "#2a2c31"
TEXT = "#e6e6ea"
MUTED = "#9a9ca5"

# Clip colours on the timeline, by clip kind.
VIDEO_CLIP = "#4f6df5"
CAPTION_CLIP = "#d9a441"


@dataclass(frozen=True)
class Theme:
    """The colours of one look; the stylesheet and palette are filled from them."""

    window: str  # the window's background
    base: str  # fields, lists, previews: a step darker (dark) or lighter (light)
    panel: str  # buttons and alternate rows
    text: str  # body text
    muted: str  # hints, subtitles, group titles
    line: str  # borders of group boxes, buttons, progress bars
    hover: str  # a hovered button or navigation item
    disabled_text: str  # text of disabled widgets
    warning_bg: str  # the warning label's background
    warning_text: str  # ... and its text


DARK = Theme(
    window=WINDOW,
    base=BASE,
    panel=PANEL,
    text=TEXT,
    muted=MUTED,
    line="#34363c",
    hover="#33363c",
    disabled_text="#6b6d75",
    warning_bg="#4a3a16",
    warning_text="#ffd98a",
)
LIGHT = Theme(
    window="#f4f4f6",
    base="#ffffff",
    panel="#e8e8ec",
    text="#1d1e22",
    muted="#5f626b",
    line="#c9cad1",
    hover="#dcdce3",
    disabled_text="#9fa1a8",
    warning_bg="#fff1cc",
    warning_text="#6b4a00",
)
THEMES = {"dark": DARK, "light": LIGHT}
# The View ▸ Theme choices, as (setting, menu text); "" follows the system's light or dark.
THEME_CHOICES = (("", "System"), ("dark", "Dark"), ("light", "Light"))

STYLESHEET = """
QWidget {{ font-size: 10pt; }}
QListWidget#navigation {{
    background: {t.base}; border: none; padding-top: 12px; outline: none;
}}
QListWidget#navigation::item {{
    padding: 12px 18px; margin: 2px 8px; border-radius: 8px; color: {t.muted};
}}
QListWidget#navigation::item:selected {{ background: {t.panel}; color: {t.text}; }}
QListWidget#navigation::item:hover:!selected {{ background: {t.hover}; }}
QLabel#panelTitle {{ font-size: 17pt; font-weight: 600; }}
QLabel#panelSubtitle {{ color: {t.muted}; }}
QLabel#hint {{ color: {t.muted}; }}
QLabel#warning {{
    background: {t.warning_bg}; color: {t.warning_text}; border-radius: 6px; padding: 6px 10px;
}}
QLabel#preview {{ background: {t.base}; border-radius: 12px; }}
QLabel#thumbnail {{ background: {t.base}; border: 1px solid {t.line}; border-radius: 6px; }}
QGroupBox {{
    border: 1px solid {t.line}; border-radius: 10px; margin-top: 14px; padding: 10px;
}}
QGroupBox::title {{ subcontrol-origin: margin; left: 12px; padding: 0 4px; color: {t.muted}; }}
QPushButton {{
    background: {t.panel}; border: 1px solid {t.line}; border-radius: 6px; padding: 6px 14px;
}}
QPushButton:hover {{ background: {t.hover}; }}
QPushButton:disabled {{ color: {t.disabled_text}; }}
QPushButton#primary {{ background: {accent}; border: 1px solid {accent}; color: white; }}
QPushButton#primary:hover {{ background: #8e80f5; }}
QPushButton#primary:disabled {{ background: #45416b; border-color: #45416b; color: #a8a4c8; }}
QProgressBar {{
    background: {t.base}; border: 1px solid {t.line}; border-radius: 6px; text-align: center;
    min-height: 18px;
}}
QProgressBar::chunk {{ background: {accent}; border-radius: 5px; }}
QSlider::groove:horizontal {{ height: 4px; background: {t.line}; border-radius: 2px; }}
QSlider::sub-page:horizontal {{ background: {accent}; border-radius: 2px; }}
QSlider::handle:horizontal {{
    background: {t.text}; width: 14px; margin: -6px 0; border-radius: 7px;
}}
QTableWidget {{ gridline-color: {t.line}; }}
QStatusBar {{ color: {t.muted}; }}
"""

# Fusion draws an unchecked box in the Base colour with a border barely lighter than the
# window, so on the dark panels an unchecked option looked like plain text.
CHECKBOX_STYLESHEET = """
QCheckBox::indicator {{
    width: 14px; height: 14px; border: 1px solid {t.disabled_text}; border-radius: 4px;
    background: {t.base};
}}
QCheckBox::indicator:hover {{ border-color: {accent}; }}
QCheckBox::indicator:checked {{
    background: {accent}; border-color: {accent}; image: url("{check}");
}}
QCheckBox::indicator:disabled {{ border-color: {t.line}; background: {t.window}; }}
QCheckBox::indicator:checked:disabled {{ background: #4a4470; border-color: #4a4470; }}
"""


def theme_named(setting: str, system_is_dark: bool | None = None) -> Theme:
    """The theme for a setting: "dark", "light", or "" for the system's choice (dark when
    the system does not say)."""
    if setting in THEMES:
        return THEMES[setting]
    if system_is_dark is None:
        system_is_dark = _system_is_dark()
    return DARK if system_is_dark else LIGHT


def _system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    scheme = hints.colorScheme() if hints is not None else Qt.ColorScheme.Unknown
    return scheme != Qt.ColorScheme.Light


def apply_theme(app: QApplication, setting: str = "dark") -> Theme:
    """Fusion with the theme's palette and stylesheet; returns the theme applied."""
    theme = theme_named(setting)
    app.setStyle("Fusion")
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: theme.window,
        QPalette.ColorRole.WindowText: theme.text,
        QPalette.ColorRole.Base: theme.base,
        QPalette.ColorRole.AlternateBase: theme.panel,
        QPalette.ColorRole.ToolTipBase: theme.panel,
        QPalette.ColorRole.ToolTipText: theme.text,
        QPalette.ColorRole.Text: theme.text,
        QPalette.ColorRole.Button: theme.panel,
        QPalette.ColorRole.ButtonText: theme.text,
        QPalette.ColorRole.Highlight: ACCENT,
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.PlaceholderText: theme.muted,
        QPalette.ColorRole.Link: ACCENT,
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(theme.disabled_text))
    # A disabled field's placeholder is dimmed like its text, or it reads as filled in.
    palette.setColor(
        QPalette.ColorGroup.Disabled, QPalette.ColorRole.PlaceholderText, QColor(theme.line)
    )
    app.setPalette(palette)
    check = (icons_dir() / "check.svg").as_posix()
    app.setStyleSheet(
        STYLESHEET.format(t=theme, accent=ACCENT)
        + CHECKBOX_STYLESHEET.format(t=theme, accent=ACCENT, check=check)
    )
    return theme
