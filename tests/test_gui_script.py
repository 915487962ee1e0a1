"""Script: scenes typed into the table become captions on the timeline, undoably."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from aigc_studio.ui.script_panel import DURATION, LINE


def test_scene_lines_become_caption_clips(qtbot, studio):
    studio.show_area("Script")
    script = studio.script
    qtbot.mouseClick(script.add_button, Qt.MouseButton.LeftButton)
    # Add scene opens the new row's Line cell for typing.
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "Hello world")  # QTest types ASCII only
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # Qt commits a cell on Return through a queued call: let it run, as a user's pause does.
    qtbot.waitUntil(lambda: script.table.state() == QAbstractItemView.State.NoState)
    assert script.table.item(0, LINE).text() == "Hello world"
    qtbot.mouseClick(script.add_button, Qt.MouseButton.LeftButton)
    script.table.item(1, LINE).setText("你好，世界")
    script.table.item(1, DURATION).setData(Qt.ItemDataRole.EditRole, 2.0)
    assert script.total_label.text() == "2 scenes · total 0:05.0 of 1:00.0"

    captions = studio.document.project.timeline.track("caption").clips
    assert [(c.text, c.start, c.duration) for c in captions] == [
        ("Hello world", 0.0, 3.0),
        ("你好，世界", 3.0, 2.0),
    ]
    assert studio.timeline.duration_label.text() == "2 clips · 0:05.0"

    studio.undo_action.trigger()  # the duration edit
    studio.undo_action.trigger()  # the second line
    assert script.table.item(1, LINE).text() == ""
    assert studio.timeline.duration_label.text() == "1 clip · 0:06.0"


def test_remove_scene_removes_its_caption(qtbot, studio):
    script = studio.script
    for text in ("one", "two"):
        qtbot.mouseClick(script.add_button, Qt.MouseButton.LeftButton)
        script.table.item(script.table.rowCount() - 1, LINE).setText(text)
    script.table.selectRow(0)
    qtbot.mouseClick(script.remove_button, Qt.MouseButton.LeftButton)
    assert script.table.rowCount() == 1
    assert script.table.item(0, LINE).text() == "two"
    captions = studio.document.project.timeline.track("caption").clips
    assert [(c.text, c.start) for c in captions] == [("two", 0.0)]
