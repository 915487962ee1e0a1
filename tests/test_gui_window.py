"""The main window: title and unsaved mark, Save/Open, New, the About box, clean shutdown."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from aigc_studio.ui.about import AboutDialog
from aigc_studio.ui.main_window import AREAS

ATTRIBUTION = (
    "Contains images from Cartoon Set (https://google.github.io/cartoonset/) by Google LLC, "
    "licensed under CC BY 4.0. Images were cropped, downscaled to 64x64 and re-encoded."
)


def test_five_areas_and_menus(studio):
    assert [studio.navigation.item(i).text() for i in range(studio.navigation.count())] == list(
        AREAS
    )
    menus = [action.text() for action in studio.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "&Help"]
    file_actions = [a.text() for a in studio.menuBar().actions()[0].menu().actions() if a.text()]
    assert file_actions == [
        "&New",
        "New Short from &Idea…",
        "&Open…",
        "Open &Recent",
        "&Save",
        "Save &As…",
        "&Collect Files",
        "Open Sample Project",
        "&Quit",
    ]
    studio.navigation.setCurrentRow(AREAS.index("Script"))
    assert studio.stack.currentWidget() is studio.script


def test_title_marks_unsaved_changes_and_save_writes_the_project(qtbot, studio, tmp_path):
    assert studio.windowTitle() == "Untitled[*] — AIGC Studio"
    assert not studio.isWindowModified()
    qtbot.mouseClick(studio.script.add_button, Qt.MouseButton.LeftButton)
    assert studio.isWindowModified() and studio.document.dirty

    assert studio.save_to(tmp_path / "My Short")
    folder = tmp_path / "My Short.aigcproj"
    assert (folder / "project.json").is_file()
    assert studio.windowTitle() == "My Short[*] — AIGC Studio"
    assert not studio.isWindowModified() and not studio.document.dirty

    studio.new_project()
    assert studio.windowTitle() == "Untitled[*] — AIGC Studio"
    assert studio.script.table.rowCount() == 0
    assert studio.open_project(folder)
    assert studio.windowTitle() == "My Short[*] — AIGC Studio"
    assert studio.script.table.rowCount() == 1
    assert not studio.undo_action.isEnabled()  # history starts fresh with each project


def test_about_box_shows_version_and_attribution(qtbot, studio):
    dialog = AboutDialog(studio)
    qtbot.addWidget(dialog)
    assert ATTRIBUTION in dialog.attribution_label.text()
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.attribution_label)))
    assert "AIGC Studio 0.1.0" in texts and "MIT" in texts
    # eSpeak NG is GPL: the notice and where its source is must be shown.
    assert "eSpeak NG, GNU GPL v3" in texts and "github.com/espeak-ng/espeak-ng" in texts

    # Help ▸ About opens it modally; close it from inside its event loop.
    def close_when_open() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(20, close_when_open)
        else:
            modal.reject()

    QTimer.singleShot(20, close_when_open)
    help_menu = studio.menuBar().actions()[3].menu()
    help_menu.actions()[0].trigger()


def test_close_stops_the_preview_thread(qtbot, studio):
    preview = studio.engine.preview
    assert preview.isRunning()
    studio.close()
    assert not preview.isRunning()


def test_loading_a_model_flashes_no_stray_windows_and_keeps_the_window_active(qtbot, studio):
    """Widgets shown before they have a parent pop up as windows of their own for a moment
    and take the focus from the studio; a model (re)load must show none."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QWidget

    shown: list[str] = []

    class WatchTopLevels(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
            if (
                event.type() == QEvent.Type.Show
                and isinstance(watched, QWidget)
                and watched.isWindow()
                and watched is not studio
            ):
                shown.append(type(watched).__name__)
            return False

    watcher = WatchTopLevels()
    QApplication.instance().installEventFilter(watcher)
    try:
        assert QApplication.activeWindow() is studio
        before = studio.explore.model
        studio.explore.load_default_model()
        qtbot.waitUntil(lambda: studio.explore.model is not before, timeout=30_000)
        qtbot.wait(50)
    finally:
        QApplication.instance().removeEventFilter(watcher)
    assert shown == []
    assert QApplication.activeWindow() is studio
