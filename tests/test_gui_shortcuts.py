"""Help ▸ Keyboard Shortcuts lists the keys a creator can use, with the menus' own keys."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from aigc_studio.ui.i18n import install_language


def test_the_shortcuts_table_shows_the_menus_keys_and_the_timelines(qtbot, studio):
    help_menu = studio.menuBar().actions()[-1].menu()
    entry = next(a for a in help_menu.actions() if a.text() == "&Keyboard Shortcuts")
    assert entry.shortcut() == QKeySequence("Ctrl+/") and not entry.icon().isNull()
    dialog = studio.shortcuts_dialog()
    qtbot.addWidget(dialog)
    rows = dialog.rows()
    by_keys = {keys: (where, text) for where, keys, text in rows}
    # Read from the real actions: Save is Ctrl+S, Redo has both of its keys.
    assert by_keys["Ctrl+S"] == ("Menus", "Save")
    redo = next(keys for where, keys, text in rows if text == "Redo")
    assert "Ctrl+Y" in redo and len(redo.split(" / ")) == len(set(redo.split(" / ")))
    assert by_keys["J"] == ("Timeline", "Play backwards (again: 2×, 4×)")
    assert by_keys["Space"][0] == "Timeline" and "S" in by_keys


def test_the_shortcuts_table_speaks_chinese(qtbot, studio):
    try:
        install_language("zh_CN")
        dialog = studio.shortcuts_dialog()
        qtbot.addWidget(dialog)
        rows = dialog.rows()
        assert dialog.windowTitle() == "键盘快捷键"
        assert ("时间线", "J", "倒放（再按：2×、4×）") in rows
    finally:
        install_language("en")


def test_menu_words_lose_their_accelerators_in_both_styles():
    from aigc_studio.ui.shortcuts_dialog import menu_text

    assert menu_text("保存(&S)") == "保存"  # the Chinese menus put the letter in brackets
    assert menu_text("New Short from &Idea…") == "New Short from Idea"
    assert menu_text("Rock && Roll") == "Rock & Roll"
