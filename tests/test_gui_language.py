"""View ▸ Language: the choice is saved in the settings, shown checked, and applies at the
next start (the window says so)."""

from __future__ import annotations

import pytest

from aigc_studio.ui.language_menu import LanguageMenu, language_change_sentence
from aigc_studio.ui.settings import Settings, load_settings, save_settings

RESTART_SENTENCE = "The language changes the next time AIGC Studio starts."


def view_language_menu(studio) -> LanguageMenu:
    view = next(a.menu() for a in studio.menuBar().actions() if a.text() == "&View")
    menus = [a.menu() for a in view.actions() if isinstance(a.menu(), LanguageMenu)]
    assert len(menus) == 1, "View has one Language submenu"
    return menus[0]


def checked_texts(menu: LanguageMenu) -> list[str]:
    return [a.text() for a in menu.language_actions() if a.isChecked()]


def test_picking_chinese_saves_zh_cn_and_says_it_applies_at_the_next_start(qtbot, studio):
    save_settings(Settings())
    studio.settings.language = ""
    menu = view_language_menu(studio)
    assert menu.title() == "&Language"
    assert [a.text() for a in menu.language_actions()] == ["System", "English", "简体中文"]
    assert checked_texts(menu) == ["System"]

    chinese = next(a for a in menu.language_actions() if a.text() == "简体中文")
    chinese.trigger()
    assert load_settings().language == "zh_CN"
    assert checked_texts(menu) == ["简体中文"]
    assert studio.statusBar().currentMessage() == RESTART_SENTENCE == language_change_sentence()

    # Picking it again changes nothing, so nothing is said.
    studio.statusBar().clearMessage()
    chinese.trigger()
    assert studio.statusBar().currentMessage() == ""
    assert checked_texts(menu) == ["简体中文"]

    english = next(a for a in menu.language_actions() if a.text() == "English")
    english.trigger()
    assert load_settings().language == "en" and checked_texts(menu) == ["English"]


@pytest.mark.parametrize(
    ("saved", "shown"),
    [("zh_CN", "简体中文"), ("en", "English"), ("", "System"), ("fr", "English")],
)
def test_the_menu_shows_the_saved_choice_checked(qtbot, saved, shown):
    save_settings(Settings(language=saved))
    menu = LanguageMenu(load_settings())
    qtbot.addWidget(menu)
    assert checked_texts(menu) == [shown]
    assert menu.checked_setting() == (saved if saved != "fr" else "en")


def test_edit_settings_opens_the_settings_and_the_language_menu_follows_them(qtbot, studio):
    save_settings(Settings())
    studio.settings.language = ""
    edit = next(a.menu() for a in studio.menuBar().actions() if a.text() == "&Edit")
    settings_action = next(a for a in edit.actions() if a.text() == "&Settings…")
    settings_action.trigger()
    dialog = studio.settings_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("zh_CN"))
    assert load_settings().language == "zh_CN"
    dialog.reject()

    menu = view_language_menu(studio)
    menu.aboutToShow.emit()  # what opening the menu does
    assert checked_texts(menu) == ["简体中文"]


@pytest.fixture
def chinese(qapp):
    """The shipped Simplified Chinese catalogue installed for one test, English after."""
    from aigc_studio.ui.i18n import install_language

    assert install_language("zh_CN") == "zh_CN", "the zh_CN .qm ships in resources"
    yield
    install_language("en")


def test_in_chinese_the_areas_and_the_language_menu_read_chinese(qtbot, chinese):
    from aigc_studio.ui.main_window import AREAS, area_texts

    names = [area_texts()[area][0] for area in AREAS]
    assert names == ["训练", "探索", "脚本", "时间线", "导出"]
    save_settings(Settings(language="zh_CN"))
    menu = LanguageMenu(load_settings())
    qtbot.addWidget(menu)
    assert menu.title() == "语言(&L)"
    # "System" is translated; each language keeps its own name.
    assert [a.text() for a in menu.language_actions()] == ["跟随系统", "English", "简体中文"]
    assert language_change_sentence() == "语言将在下次启动 AIGC Studio 时切换。"
