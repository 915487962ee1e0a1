"""Train: a tiny run shows losses and samples, Cancel keeps a model, the window stays usable."""

from __future__ import annotations

from PySide6.QtCore import Qt

from aigc_studio.gan.generate import FaceGenerator
from aigc_studio.gan.originality import load_index
from tests.images import make_face_like_images


def fill_tiny_run(train, data_dir, run_dir) -> None:
    train.data_edit.setText(str(data_dir))
    train.run_edit.setText(str(run_dir))
    train.steps_spin.setValue(100_000)  # far more than the test waits for: it must cancel
    train.batch_spin.setValue(8)
    train.resolution_combo.setCurrentIndex(train.resolution_combo.findData(32))
    train.device_combo.setCurrentText("cpu")
    train.width_spin.setValue(8)


def test_training_shows_losses_then_cancel_keeps_the_window_usable(qtbot, studio, tmp_path):
    data_dir = tmp_path / "faces"
    make_face_like_images(data_dir, 16, size=32)
    (data_dir / "broken.png").write_bytes(b"not an image at all")
    run_dir = tmp_path / "run"
    train = studio.train
    studio.show_area("Train")
    fill_tiny_run(train, data_dir, run_dir)
    assert not train.load_button.isEnabled()

    qtbot.mouseClick(train.start_button, Qt.MouseButton.LeftButton)
    assert not train.start_button.isEnabled() and train.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: "loss D" in train.stats_label.text(), timeout=60_000)
    assert "loss G" in train.stats_label.text()
    assert train.warning_label.isVisible() and "broken.png" in train.warning_label.text()
    qtbot.waitUntil(lambda: not train.sample_label.pixmap().isNull(), timeout=30_000)

    qtbot.mouseClick(train.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: train.start_button.isEnabled(), timeout=60_000)
    assert not studio.engine.running_jobs()
    assert "Cancelled at step" in train.log.toPlainText()
    assert (run_dir / "model.safetensors").is_file()
    assert not (run_dir / "model.features.safetensors").exists()  # only finished runs
    assert train.load_button.isEnabled()

    # The window still works: the explorer renders a new face for a slider move.
    studio.show_area("Explore")
    before = studio.explore.preview_image()
    slider = studio.explore.sliders[1]
    slider.setValue(slider.maximum() if slider.value() < 0 else slider.minimum())
    qtbot.waitUntil(lambda: studio.explore.preview_image() != before, timeout=30_000)


def test_load_into_explore_shows_the_trained_model(qtbot, studio, tmp_path):
    data_dir = tmp_path / "faces"
    make_face_like_images(data_dir, 16, size=32)
    run_dir = tmp_path / "run"
    train = studio.train
    fill_tiny_run(train, data_dir, run_dir)
    train.steps_spin.setValue(3)
    qtbot.mouseClick(train.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: train.load_button.isEnabled() and train.job is None, timeout=60_000)

    qtbot.mouseClick(train.load_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            studio.explore.model is not None
            and studio.explore.model.path == (run_dir / "model.safetensors").resolve()
        ),
        timeout=30_000,
    )
    assert studio.navigation.currentRow() == 1  # Explore
    qtbot.waitUntil(lambda: studio.explore.preview_image().width() == 384, timeout=30_000)
    assert "model.safetensors · 32 px" in studio.explore.model_label.text()
    # The finished run indexed its training images, so the explorer checks for copies.
    assert studio.explore.model.checks_originality
    index = load_index(run_dir / "model.features.safetensors")
    assert index.names == [f"img_{i:03d}.png" for i in range(16)] and index.resolution == 32


def test_missing_image_folder_is_a_message_not_a_crash(qtbot, studio, tmp_path):
    train = studio.train
    train.data_edit.setText(str(tmp_path / "nowhere"))
    train.run_edit.setText(str(tmp_path / "run"))
    qtbot.mouseClick(train.start_button, Qt.MouseButton.LeftButton)
    assert "does not exist" in train.warning_label.text()
    assert train.job is None


def test_pause_holds_training_and_resume_goes_on(qtbot, studio, tmp_path):
    import time

    def let_time_pass(seconds: float) -> None:  # keeps the event loop running meanwhile
        end = time.monotonic() + seconds
        qtbot.waitUntil(lambda: time.monotonic() >= end, timeout=int(seconds * 1000) + 5000)

    data_dir = tmp_path / "faces"
    make_face_like_images(data_dir, 16, size=32)
    train = studio.train
    fill_tiny_run(train, data_dir, tmp_path / "run")
    qtbot.mouseClick(train.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "loss D" in train.stats_label.text(), timeout=60_000)

    qtbot.mouseClick(train.pause_button, Qt.MouseButton.LeftButton)
    assert train.pause_button.text() == "Resume"
    let_time_pass(0.5)  # the step in flight finishes and reports
    held = train.stats_label.text()
    let_time_pass(1.5)
    assert train.stats_label.text() == held, "training went on while paused"

    qtbot.mouseClick(train.pause_button, Qt.MouseButton.LeftButton)
    assert train.pause_button.text() == "Pause"
    qtbot.waitUntil(lambda: train.stats_label.text() != held, timeout=30_000)

    qtbot.mouseClick(train.pause_button, Qt.MouseButton.LeftButton)  # cancel while paused
    qtbot.mouseClick(train.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: train.start_button.isEnabled(), timeout=60_000)
    assert "Cancelled at step" in train.log.toPlainText()
    assert not studio.engine.running_jobs()


def test_a_folder_with_labels_trains_a_model_whose_class_explore_can_switch(
    qtbot, studio, tmp_path
):
    data_dir = tmp_path / "faces"
    paths = make_face_like_images(data_dir, 12, size=32)
    train = studio.train
    studio.show_area("Train")
    fill_tiny_run(train, data_dir, tmp_path / "run")
    assert not train.labels_check.isEnabled() and "No labels.csv" in train.labels_check.text()
    rows = ["filename,hair,mood"] + [f"{p.name},{i % 3},{i % 2}" for i, p in enumerate(paths)]
    (data_dir / "labels.csv").write_text("\n".join(rows), encoding="utf-8")
    studio.show_area("Explore")
    studio.show_area("Train")  # coming back to the area looks for labels.csv again
    assert train.labels_check.isEnabled() and train.labels_check.isChecked()
    assert "labels.csv (hair, mood)" in train.labels_check.text()

    train.steps_spin.setValue(3)
    qtbot.mouseClick(train.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: train.load_button.isEnabled() and train.job is None, timeout=60_000)
    assert "conditional on hair (3 classes), mood (2 classes)" in train.log.toPlainText()
    qtbot.mouseClick(train.load_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: studio.explore.class_box.isVisibleTo(studio.explore), timeout=30_000)
    assert [combo.count() for combo in studio.explore.class_combos] == [3, 2]


def test_start_from_the_default_model_fine_tunes_it(qtbot, studio, tmp_path):
    data_dir = tmp_path / "faces"
    make_face_like_images(data_dir, 8, size=64)
    train = studio.train
    fill_tiny_run(train, data_dir, tmp_path / "run")
    train.steps_spin.setValue(1)
    train.batch_spin.setValue(2)
    train.warm_start_check.setChecked(True)
    assert not train.resolution_combo.isEnabled()  # the default model fixes 64 px
    qtbot.mouseClick(train.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: train.load_button.isEnabled() and train.job is None, timeout=60_000)
    assert "started from default-faces-64.safetensors" in train.log.toPlainText()
    header = FaceGenerator(tmp_path / "run" / "model.safetensors").config
    assert (header.resolution, header.generator_width) == (64, 48)  # the default's own sizes
