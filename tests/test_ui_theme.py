"""The light and dark themes: each paints the window in its own colours, and "" follows
the system."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel

from aigc_studio.ui.style import DARK, LIGHT, apply_theme, theme_named


def _lightness(colour) -> float:
    return colour.lightnessF()


def test_light_and_dark_themes_paint_the_window_and_text(qtbot):
    app = QApplication.instance()
    label = QLabel("hello")
    qtbot.addWidget(label)
    before = (app.palette(), app.styleSheet(), app.style().name())
    try:
        apply_theme(app, "light")
        light = app.palette()
        assert _lightness(light.color(QPalette.ColorRole.Window)) > 0.9
        assert _lightness(light.color(QPalette.ColorRole.WindowText)) < 0.2
        assert (
            LIGHT.window in app.styleSheet()
            or "#f4f4f6" in light.color(QPalette.ColorRole.Window).name()
        )
        apply_theme(app, "dark")
        dark = app.palette()
        assert _lightness(dark.color(QPalette.ColorRole.Window)) < 0.2
        assert _lightness(dark.color(QPalette.ColorRole.WindowText)) > 0.8
        assert DARK.base in app.styleSheet()  # the navigation list and previews
    finally:  # the other tests see the look they had
        app.setStyleSheet(before[1])
        app.setStyle(before[2])
        app.setPalette(before[0])


def test_the_system_setting_follows_the_systems_scheme():
    assert theme_named("", system_is_dark=True) is DARK
    assert theme_named("", system_is_dark=False) is LIGHT
    assert theme_named("light", system_is_dark=True) is LIGHT
