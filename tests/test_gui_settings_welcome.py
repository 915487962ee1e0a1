"""The settings dialog (language, theme, autosave) and the first-run welcome, as a creator
uses them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from aigc_studio.ui.settings import load_settings
from aigc_studio.ui.settings_dialog import SettingsDialog
from aigc_studio.ui.welcome import WelcomeDialog


def test_settings_change_theme_at_once_and_language_at_next_start(qtbot):
    app = QApplication.instance()
    before = (app.palette(), app.styleSheet(), app.style().name())
    dialog = SettingsDialog(load_settings())
    qtbot.addWidget(dialog)
    try:
        dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("light"))
        assert app.palette().color(QPalette.ColorRole.Window).lightnessF() > 0.9
        assert load_settings().theme == "light"
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData(""))
        dialog.note.clear()
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("zh_CN"))
        assert load_settings().language == "zh_CN"
        assert "next time" in dialog.note.text()
        changed: list[int] = []
        dialog.sig_autosave_changed.connect(changed.append)
        dialog.autosave_spin.setValue(5)
        assert load_settings().autosave_seconds == "300" and changed == [300]
        dialog.autosave_spin.setValue(0)
        assert dialog.autosave_spin.text() == "Off" and changed[-1] == 0
    finally:
        app.setStyleSheet(before[1])
        app.setStyle(before[2])
        app.setPalette(before[0])


def test_welcome_sends_the_creator_to_a_job_or_to_a_quick_short(qtbot):
    welcome = WelcomeDialog()
    qtbot.addWidget(welcome)
    welcome.show()
    areas: list[str] = []
    welcome.sig_go_to_area.connect(areas.append)
    qtbot.mouseClick(welcome.job_buttons["Script"], Qt.MouseButton.LeftButton)
    assert areas == ["Script"] and not welcome.isVisible()
    welcome.show()
    quick: list[bool] = []
    welcome.sig_quick_short.connect(lambda: quick.append(True))
    qtbot.mouseClick(welcome.quick_button, Qt.MouseButton.LeftButton)
    assert quick == [True] and not welcome.isVisible()


def test_the_first_start_welcome_takes_the_window_to_the_picked_area(qtbot, studio):
    from aigc_studio.app import show_welcome

    show_welcome(studio)
    assert studio.welcome.isVisible()
    qtbot.mouseClick(studio.welcome.job_buttons["Export"], Qt.MouseButton.LeftButton)
    assert studio.stack.currentWidget() is studio.export_panel
    assert not studio.welcome.isVisible()


def test_switching_the_theme_redraws_the_studio_icons_at_once(qtbot, studio):
    # The window's buttons were drawn with light grey icons for the dark theme; a switch
    # to the light theme in Settings redraws them dark grey without a restart.
    app = QApplication.instance()
    before = (app.palette(), app.styleSheet(), app.style().name())

    def stroke_lightness(widget) -> float:
        image = widget.icon().pixmap(32, 32).toImage()
        values = [
            image.pixelColor(x, y).lightnessF()
            for x in range(32)
            for y in range(32)
            if image.pixelColor(x, y).alphaF() > 0.8
        ]
        return sum(values) / len(values)

    button = studio.explore.face_column.random_button
    dialog = SettingsDialog(load_settings())
    qtbot.addWidget(dialog)
    try:
        dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("dark"))
        assert stroke_lightness(button) > 0.6
        dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("light"))
        assert stroke_lightness(button) < 0.45
        navigation_icon = studio.navigation.item(0).icon().pixmap(32, 32).toImage()
        assert any(
            navigation_icon.pixelColor(x, y).alphaF() > 0.8
            and navigation_icon.pixelColor(x, y).lightnessF() < 0.45
            for x in range(32)
            for y in range(32)
        )
    finally:
        app.setStyleSheet(before[1])
        app.setStyle(before[2])
        app.setPalette(before[0])
