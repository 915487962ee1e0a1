"""The studio's look: Fusion with a dark-neutral palette and one accent colour."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
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

STYLESHEET = f"""
QWidget {{ font-size: 10pt; }}
QListWidget#navigation {{
    background: {BASE}; border: none; padding-top: 12px; outline: none;
}}
QListWidget#navigation::item {{
    padding: 12px 18px; margin: 2px 8px; border-radius: 8px; color: {MUTED};
}}
QListWidget#navigation::item:selected {{ background: {PANEL}; color: {TEXT}; }}
QListWidget#navigation::item:hover:!selected {{ background: #24262b; }}
QLabel#panelTitle {{ font-size: 17pt; font-weight: 600; }}
QLabel#panelSubtitle {{ color: {MUTED}; }}
QLabel#hint {{ color: {MUTED}; }}
QLabel#warning {{
    background: #4a3a16; color: #ffd98a; border-radius: 6px; padding: 6px 10px;
}}
QLabel#preview {{ background: {BASE}; border-radius: 12px; }}
QLabel#thumbnail {{ background: {BASE}; border: 1px solid #3a3c42; border-radius: 6px; }}
QGroupBox {{
    border: 1px solid #34363c; border-radius: 10px; margin-top: 14px; padding: 10px;
}}
QGroupBox::title {{ subcontrol-origin: margin; left: 12px; padding: 0 4px; color: {MUTED}; }}
QPushButton {{
    background: {PANEL}; border: 1px solid #3a3c42; border-radius: 6px; padding: 6px 14px;
}}
QPushButton:hover {{ background: #33363c; }}
QPushButton:disabled {{ color: #666870; }}
QPushButton#primary {{ background: {ACCENT}; border: 1px solid {ACCENT}; color: white; }}
QPushButton#primary:hover {{ background: #8e80f5; }}
QPushButton#primary:disabled {{ background: #45416b; border-color: #45416b; color: #a8a4c8; }}
QProgressBar {{
    background: {BASE}; border: 1px solid #34363c; border-radius: 6px; text-align: center;
    min-height: 18px;
}}
QProgressBar::chunk {{ background: {ACCENT}; border-radius: 5px; }}
QSlider::groove:horizontal {{ height: 4px; background: #3a3c42; border-radius: 2px; }}
QSlider::sub-page:horizontal {{ background: {ACCENT}; border-radius: 2px; }}
QSlider::handle:horizontal {{
    background: {TEXT}; width: 14px; margin: -6px 0; border-radius: 7px;
}}
QTableWidget {{ gridline-color: #34363c; }}
QStatusBar {{ color: {MUTED}; }}
"""

# Fusion draws an unchecked box in the Base colour with a border barely lighter than the
# window, so on the dark panels an unchecked option looked like plain text.
CHECKBOX_STYLESHEET = f"""
QCheckBox::indicator {{
    width: 14px; height: 14px; border: 1px solid #6b6d75; border-radius: 4px;
    background: {BASE};
}}
QCheckBox::indicator:hover {{ border-color: {ACCENT}; }}
QCheckBox::indicator:checked {{
    background: {ACCENT}; border-color: {ACCENT}; image: url("%CHECK%");
}}
QCheckBox::indicator:disabled {{ border-color: #3a3c42; background: {WINDOW}; }}
QCheckBox::indicator:checked:disabled {{ background: #4a4470; border-color: #4a4470; }}
"""


def apply_theme(app: QApplication) -> None:
    app.setStyle("Fusion")
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: WINDOW,
        QPalette.ColorRole.WindowText: TEXT,
        QPalette.ColorRole.Base: BASE,
        QPalette.ColorRole.AlternateBase: PANEL,
        QPalette.ColorRole.ToolTipBase: PANEL,
        QPalette.ColorRole.ToolTipText: TEXT,
        QPalette.ColorRole.Text: TEXT,
        QPalette.ColorRole.Button: PANEL,
        QPalette.ColorRole.ButtonText: TEXT,
        QPalette.ColorRole.Highlight: ACCENT,
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.PlaceholderText: MUTED,
        QPalette.ColorRole.Link: ACCENT,
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6b6d75"))
    # A disabled field's placeholder is dimmed like its text, or it reads as filled in.
    palette.setColor(
        QPalette.ColorGroup.Disabled, QPalette.ColorRole.PlaceholderText, QColor("#55575e")
    )
    app.setPalette(palette)
    check = (icons_dir() / "check.svg").as_posix()
    app.setStyleSheet(STYLESHEET + CHECKBOX_STYLESHEET.replace("%CHECK%", check))
