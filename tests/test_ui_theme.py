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


def test_the_timeline_canvas_follows_the_theme(qtbot):
    # A creator who picks the light theme gets light lanes, ruler and track names column
    # (the clips keep their kind's colours), and the dark theme dark ones.
    from PySide6.QtGui import QUndoStack

    from aigc_studio.project.document import ProjectDocument
    from aigc_studio.ui.timeline_style import HEADER_WIDTH, RULER_HEIGHT
    from aigc_studio.ui.timeline_view import TimelineView
    from tests.test_gui_timeline_edit import make_project, running_engine

    app = QApplication.instance()
    before = (app.palette(), app.styleSheet(), app.style().name())
    engines = running_engine()
    engine = next(engines)
    try:
        view = TimelineView(engine, ProjectDocument(make_project()), QUndoStack())
        qtbot.addWidget(view)
        view.resize(900, 400)
        view.show()
        spots = {  # where to look: an empty stretch of lane, the header, the ruler
            "lane": (view.x_for(2.5), view.lane_top(0) + 10),
            "header": (HEADER_WIDTH // 2, view.lane_top(1) + 40),
            "ruler": (view.x_for(9.7), RULER_HEIGHT // 3),
        }

        def lightness(theme: str) -> dict[str, float]:
            apply_theme(app, theme)
            image = view.grab().toImage()
            return {
                name: image.pixelColor(int(x), int(y)).lightnessF()
                for name, (x, y) in spots.items()
            }

        light, dark = lightness("light"), lightness("dark")
        assert all(value > 0.8 for value in light.values()), light
        assert all(value < 0.25 for value in dark.values()), dark
    finally:
        app.setStyleSheet(before[1])
        app.setStyle(before[2])
        app.setPalette(before[0])
        next(engines, None)


def test_the_studio_icons_stay_readable_in_both_themes(qtbot):
    # Light grey line icons vanish on the light theme's pale panels: there they are drawn
    # in a dark grey instead.
    from aigc_studio.ui.widgets import studio_icon

    app = QApplication.instance()
    before = (app.palette(), app.styleSheet(), app.style().name())

    def stroke_lightness(theme: str) -> float:
        apply_theme(app, theme)
        image = studio_icon("play").pixmap(32, 32).toImage()
        values = [
            image.pixelColor(x, y).lightnessF()
            for x in range(image.width())
            for y in range(image.height())
            if image.pixelColor(x, y).alphaF() > 0.8
        ]
        assert values, "the icon draws nothing"
        return sum(values) / len(values)

    try:
        assert stroke_lightness("light") < 0.45
        assert stroke_lightness("dark") > 0.6
    finally:
        app.setStyleSheet(before[1])
        app.setStyle(before[2])
        app.setPalette(before[0])
