"""Script editor: caption/SFX cells, reordering, split/merge, the length counter and
"Write for me", each an undoable edit a creator can see in the table."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from aigc_studio.script.model import Scene
from aigc_studio.ui.script_panel import CAPTION, DURATION, LINE, OVER_LIMIT_STYLE, SFX


def _lines(script) -> list[str]:
    return [script.table.item(row, LINE).text() for row in range(script.table.rowCount())]


def _fill(script, lines: list[str], seconds: float = 3.0) -> None:
    script.set_scenes([Scene(shot=f"shot {t}", line=t, duration=seconds) for t in lines])


def test_caption_and_sfx_cells_edit_the_project_and_undo(qtbot, studio):
    studio.show_area("Script")
    script = studio.script
    _fill(script, ["Hello there"])
    script.table.item(0, CAPTION).setText("HELLO!")
    script.table.item(0, SFX).setText("whoosh")
    scene = studio.document.project.script.scenes[0]
    assert (scene.caption, scene.sfx, scene.line) == ("HELLO!", "whoosh", "Hello there")
    captions = studio.document.project.timeline.track("caption").clips
    assert [c.text for c in captions] == ["HELLO!"]

    qtbot.keyClick(studio, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert studio.document.project.script.scenes[0].sfx == ""
    studio.undo_action.trigger()
    assert studio.document.project.script.scenes[0].caption == ""
    assert script.table.item(0, CAPTION).text() == ""  # shown as the line, greyed
    captions = studio.document.project.timeline.track("caption").clips
    assert [c.text for c in captions] == ["Hello there"]


def test_insert_delete_and_move_change_the_scene_order(qtbot, studio):
    script = studio.script
    _fill(script, ["one", "two", "three"])
    script.table.setCurrentCell(2, LINE)
    qtbot.mouseClick(script.up_button, Qt.MouseButton.LeftButton)
    assert _lines(script) == ["one", "three", "two"]
    assert script.table.currentRow() == 1  # the moved scene stays selected
    qtbot.mouseClick(script.up_button, Qt.MouseButton.LeftButton)
    assert _lines(script) == ["three", "one", "two"]
    qtbot.mouseClick(script.down_button, Qt.MouseButton.LeftButton)
    assert _lines(script) == ["one", "three", "two"]

    qtbot.mouseClick(script.insert_button, Qt.MouseButton.LeftButton)
    assert _lines(script) == ["one", "", "three", "two"]
    script.table.selectRow(0)
    qtbot.mouseClick(script.remove_button, Qt.MouseButton.LeftButton)
    assert [s.line for s in studio.document.project.script.scenes] == ["", "three", "two"]
    captions = studio.document.project.timeline.track("caption").clips
    assert [(c.text, c.start) for c in captions] == [("three", 3.0), ("two", 6.0)]

    studio.undo_action.trigger()
    studio.undo_action.trigger()
    assert _lines(script) == ["one", "three", "two"]


def test_split_at_the_cursor_sentence_and_merge_back(qtbot, studio):
    script = studio.script
    script.set_scenes([Scene(line="First part. Second part. Third.", duration=6.0)])
    script.table.setCurrentCell(0, LINE)
    qtbot.mouseClick(script.split_button, Qt.MouseButton.LeftButton)
    assert _lines(script) == ["First part.", "Second part. Third."]
    scenes = studio.document.project.script.scenes
    assert abs(sum(s.duration for s in scenes) - 6.0) < 0.01
    assert scenes[0].duration < scenes[1].duration  # shared by the length of each line

    script.table.setCurrentCell(0, LINE)
    qtbot.mouseClick(script.merge_button, Qt.MouseButton.LeftButton)
    assert _lines(script) == ["First part. Second part. Third."]
    assert studio.document.project.script.scenes[0].duration == 6.0

    # While typing, Split keeps the text typed and splits after the cursor's sentence.
    script.table.setCurrentCell(0, LINE)
    script.table.editItem(script.table.item(0, LINE))
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.setText("One. Two. Three!")
    editor.setCursorPosition(len("One. Tw"))
    qtbot.mouseClick(script.split_button, Qt.MouseButton.LeftButton)
    assert _lines(script) == ["One. Two.", "Three!"]

    # A one-sentence line cannot be split: nothing changes.
    script.set_scenes([Scene(line="Just one sentence.")])
    script.table.setCurrentCell(0, LINE)
    qtbot.mouseClick(script.split_button, Qt.MouseButton.LeftButton)
    assert _lines(script) == ["Just one sentence."]


def test_counter_turns_red_past_a_60_second_limit(qtbot, studio):
    script = studio.script
    assert script.limit_preset.max_seconds == 60.0
    _fill(script, ["a", "b"], seconds=30.0)
    assert script.total_label.text() == "2 scenes · total 1:00.0 of 1:00.0"
    assert script.total_label.styleSheet() == ""
    script.table.item(1, DURATION).setData(Qt.ItemDataRole.EditRole, 32.5)
    assert script.total_label.text() == "2 scenes · total 1:02.5 of 1:00.0 · 0:02.5 too long"
    assert script.total_label.styleSheet() == OVER_LIMIT_STYLE
    assert "#e5484d" in OVER_LIMIT_STYLE
    studio.undo_action.trigger()
    assert script.total_label.styleSheet() == ""


def test_write_for_me_in_chinese_fills_scenes_with_cjk_lines(qtbot, studio):
    script = studio.script
    _fill(script, ["keep me"])
    writer = script.writer
    writer.topic_edit.setText("GAN 人脸")
    writer.lang_combo.setCurrentIndex(writer.lang_combo.findData("zh"))
    writer.seed_spin.setValue(3)
    qtbot.mouseClick(writer.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: writer.job is None and _lines(script) != ["keep me"], timeout=30_000)
    lines = _lines(script)
    assert len(lines) >= 3
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in line) for line in lines)
    assert studio.document.project.script.duration <= 30.0 + 0.01

    studio.undo_action.trigger()  # the whole script was one step
    assert _lines(script) == ["keep me"]


def test_dragging_a_row_reorders_the_scenes_undoably(qtbot, studio):
    studio.show_area("Script")
    script = studio.script
    _fill(script, ["one", "two", "three"])
    table = script.table
    table.setCurrentCell(0, LINE)
    # Drop the first scene on the lower half of the last row: it goes to the end.
    rect = table.visualRect(table.model().index(2, LINE))
    mime = table.model().mimeData([table.model().index(0, LINE)])
    drop = QDropEvent(
        QPointF(rect.center().x(), rect.bottom() - 2),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    table.dropEvent(drop)
    assert _lines(script) == ["two", "three", "one"]
    assert [s.line for s in studio.document.project.script.scenes] == ["two", "three", "one"]
    assert table.currentRow() == 2
    studio.undo_action.trigger()
    assert _lines(script) == ["one", "two", "three"]
