"""Export: a one-second project becomes an MP4; Cancel leaves no file; errors are sentences."""

from __future__ import annotations

import shutil

import numpy as np
from PySide6.QtCore import Qt

from aigc_studio.media.probe import probe_video
from aigc_studio.project.commands import AddClip, SetScenes
from aigc_studio.project.model import LatentWalkClip
from aigc_studio.resources import default_model_path
from aigc_studio.script.model import Scene
from aigc_studio.ui.undo import push_command
from tests.features_index import feature_of, write_index_beside


def add_content(window, seconds: float) -> None:
    project = window.document.project
    rng = np.random.default_rng(0)
    keyframes = (
        rng.standard_normal((2, window.explore.model.latent_dim)).astype(np.float32).tolist()
    )
    walk = LatentWalkClip(start=0.0, duration=seconds, keyframes=keyframes)
    push_command(window.undo_stack, window.document, AddClip(project, "video", walk))
    scenes = [Scene(shot="face", line="你好 hello", duration=seconds)]
    push_command(window.undo_stack, window.document, SetScenes(project, scenes))


def choose_draft(export, path) -> None:
    export.path_edit.setText(str(path))
    export.size_combo.setCurrentIndex(1)  # draft: half size, fast enough for a test


def test_export_writes_an_mp4_and_the_progress_bar_reaches_100(qtbot, studio, tmp_path):
    add_content(studio, 1.0)
    export = studio.export_panel
    studio.show_area("Export")
    out = tmp_path / "short.mp4"
    choose_draft(export, out)
    assert export.summary_label.text() == "540×960 · 30 fps · H.264 + AAC · 0:01.0"
    values, statuses = [], []
    export.progress.valueChanged.connect(values.append)
    export.progress.valueChanged.connect(lambda _: statuses.append(export.status_label.text()))

    qtbot.mouseClick(export.export_button, Qt.MouseButton.LeftButton)
    assert export.cancel_button.isEnabled() and not export.export_button.isEnabled()
    qtbot.waitUntil(lambda: export.job is None, timeout=90_000)
    assert export.status_label.text() == f"Done! Your short is ready: {out}"
    assert export.progress.value() == 100
    assert any(0 < v < 100 for v in values)  # it moved while rendering, not only at the end
    assert any(" left" in text for text in statuses)  # with the time left once paced
    info = probe_video(out)
    assert (info.width, info.height) == (540, 960)
    assert abs(info.duration - 1.0) < 0.2
    assert info.has_audio


def test_cancel_leaves_no_file(qtbot, studio, tmp_path):
    add_content(studio, 30.0)
    export = studio.export_panel
    out = tmp_path / "long.mp4"
    choose_draft(export, out)
    qtbot.mouseClick(export.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: export.progress.value() > 0, timeout=60_000)
    qtbot.mouseClick(export.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: export.job is None, timeout=60_000)
    assert export.status_label.text() == "Export cancelled; no file was written."
    assert list(tmp_path.iterdir()) == []


def test_empty_project_and_bad_folder_are_explained(qtbot, studio, tmp_path):
    export = studio.export_panel
    export.path_edit.setText(str(tmp_path / "out.mp4"))
    qtbot.mouseClick(export.export_button, Qt.MouseButton.LeftButton)
    assert export.status_label.text().startswith("Nothing to export yet")
    add_content(studio, 1.0)
    export.path_edit.setText(str(tmp_path / "missing" / "out.mp4"))
    qtbot.mouseClick(export.export_button, Qt.MouseButton.LeftButton)
    assert "does not exist" in export.status_label.text()
    assert export.job is None


def export_walk_of_shown_face(qtbot, studio, tmp_path, index_rows):
    """Export a walk from the face on screen to another, with a model whose training index
    holds ``index_rows(face feature)``; returns the Export panel once the export is done."""
    explore = studio.explore
    face = feature_of(explore._shown_image)
    model = tmp_path / "faces.safetensors"
    shutil.copyfile(default_model_path(), model)
    features, names = index_rows(face)
    write_index_beside(model, features, names)
    other = np.random.default_rng(5).standard_normal(explore.model.latent_dim)
    walk = LatentWalkClip(
        start=0.0,
        duration=1.0,
        keyframes=[other.tolist(), explore.latent.tolist()],
        model=str(model),
    )
    project = studio.document.project
    push_command(studio.undo_stack, studio.document, AddClip(project, "video", walk))
    export = studio.export_panel
    choose_draft(export, tmp_path / "short.mp4")
    qtbot.mouseClick(export.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: export.job is None, timeout=90_000)
    assert export.status_label.text().startswith("Done!")  # a warning never stops the export
    return export


def test_export_warns_about_a_keyframe_that_copies_a_training_image(qtbot, studio, tmp_path):
    export = export_walk_of_shown_face(
        qtbot, studio, tmp_path, lambda face: ([-face, face], ["other.png", "01234.png"])
    )
    assert not export.originality_label.isHidden()
    text = export.originality_label.text()
    assert text.startswith("1 keyframe very close to training images")
    assert "walk at 0:00.0, keyframe 2 ≈ 01234.png (distance 0.0" in text


def test_export_of_original_keyframes_shows_no_warning(qtbot, studio, tmp_path):
    export = export_walk_of_shown_face(qtbot, studio, tmp_path, lambda face: ([-face], ["far.png"]))
    assert export.originality_label.isHidden()


def test_the_export_choices_come_back_in_a_new_window(qtbot, studio, tmp_path, monkeypatch):
    from aigc_studio.ui.main_window import MainWindow

    # Settings of their own, so the choices below don't become other tests' defaults.
    monkeypatch.setenv("AIGC_STUDIO_CONFIG_DIR", str(tmp_path / "config"))
    add_content(studio, 0.5)
    export = studio.export_panel
    choose_draft(export, tmp_path / "square.mp4")
    export.preset_combo.setCurrentIndex(export.preset_combo.findData("Square 1:1"))
    export.quality_combo.setCurrentIndex(export.quality_combo.findData("small"))
    export.ai_label_check.setChecked(False)
    export.sidecars_check.setChecked(False)
    qtbot.mouseClick(export.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: export.job is None, timeout=90_000)
    assert probe_video(tmp_path / "square.mp4").width == 540  # square, at draft size

    again = MainWindow(confirm_close=False)
    qtbot.addWidget(again)
    try:
        panel = again.export_panel
        assert panel.preset_combo.currentData() == "Square 1:1"
        assert panel.quality_combo.currentData() == "small"
        assert not panel.ai_label_check.isChecked() and not panel.sidecars_check.isChecked()
        assert panel.path_edit.text() == str(tmp_path / "square.mp4")
    finally:
        again.close()


def test_captions_the_font_cannot_draw_are_named_before_export(studio):
    panel = studio.export_panel
    scenes = [Scene(line="猫咪的一天，嗨！"), Scene(line="龘 and 😀 are rare")]
    push_command(studio.undo_stack, studio.document, SetScenes(studio.document.project, scenes))
    assert not panel.limit_label.isHidden()
    text = panel.limit_label.text()
    assert "龘 😀" in text and "猫" not in text  # only what would draw as a box
    studio.undo_action.trigger()
    assert panel.limit_label.isHidden()


def test_missing_glyphs_are_the_characters_drawn_as_boxes():
    from aigc_studio.media.captions import missing_glyphs

    assert missing_glyphs("猫咪 hello, 世界！“Quotes” — é ◎") == []
    assert missing_glyphs("a龘b𠀀龘") == ["龘", "𠀀"]
