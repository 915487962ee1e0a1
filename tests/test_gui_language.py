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
