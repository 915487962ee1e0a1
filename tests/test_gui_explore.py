"""Explore: the face on screen follows the sliders, the seed and the Random button."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt

from tests.features_index import feature_of, write_index_beside


def shown(window):
    return window.explore.preview_image()


def test_moving_a_slider_changes_the_face(qtbot, studio):
    before = shown(studio)
    slider = studio.explore.sliders[0]
    slider.setValue(slider.maximum() if slider.value() < 0 else slider.minimum())
    qtbot.waitUntil(lambda: shown(studio) != before, timeout=30_000)
    # Dragging on: a keyboard step on another slider changes it again.
    after_first = shown(studio)
    other = studio.explore.sliders[5]
    other.setFocus()
    for _ in range(4):
        qtbot.keyClick(other, Qt.Key.Key_PageUp if other.value() < 0 else Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: shown(studio) != after_first, timeout=30_000)


def test_sliders_show_the_latent_they_drive(qtbot, studio):
    explore = studio.explore
    slider = explore.sliders[2]
    slider.setValue(-250)
    values = explore._directions.values_from_latent(explore.latent)
    assert np.isclose(values[2], -2.5, atol=1e-4)


def test_random_changes_the_face_and_moves_the_sliders(qtbot, studio):
    explore = studio.explore
    face = shown(studio)
    positions = [s.value() for s in explore.sliders]
    seed = explore.seed_spin.value()
    qtbot.mouseClick(explore.random_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shown(studio) != face, timeout=30_000)
    qtbot.waitUntil(lambda: [s.value() for s in explore.sliders] != positions, timeout=30_000)
    assert explore.seed_spin.value() != seed
    # The sliders sit at the new latent's coordinates (no feedback loop moved the latent).
    expected = explore._directions.values_from_latent(explore.latent)
    shown_values = np.array([s.value() / 100 for s in explore.sliders])
    inside = np.abs(expected) < 3
    assert np.allclose(shown_values[inside], expected[inside], atol=0.011)


def test_same_seed_gives_the_same_face(qtbot, studio):
    explore = studio.explore
    explore.seed_spin.setValue(1234)
    qtbot.waitUntil(lambda: explore._shown_request == explore._latest_request, timeout=30_000)
    first = shown(studio)
    explore.seed_spin.setValue(99)
    qtbot.waitUntil(lambda: shown(studio) != first, timeout=30_000)
    explore.seed_spin.setValue(1234)
    qtbot.waitUntil(lambda: shown(studio) == first, timeout=30_000)


def load_copy_of_default_model(qtbot, studio, folder, features, names):
    """Reload the same model (so the same face) from a folder whose index holds ``features``."""
    import shutil

    from aigc_studio.resources import default_model_path

    model = folder / "faces.safetensors"
    shutil.copyfile(default_model_path(), model)
    write_index_beside(model, features, names)
    checks = []
    studio.engine.preview.sig_originality.connect(lambda rid, nearest: checks.append(nearest))
    studio.explore.load_model(model)
    qtbot.waitUntil(lambda: any(c.training_image in names for c in checks), timeout=30_000)
    return checks


def test_a_face_that_copies_a_training_image_is_flagged(qtbot, studio, tmp_path):
    explore = studio.explore
    warning = explore.originality_label
    assert warning.isHidden()  # the default model's faces are not copies
    face = feature_of(explore._shown_image)
    far = -face  # the opposite direction: as far as features get
    load_copy_of_default_model(qtbot, studio, tmp_path, [far, face], ["other.png", "01234.png"])
    assert explore.model.checks_originality
    qtbot.waitUntil(lambda: not warning.isHidden(), timeout=30_000)
    assert warning.text().startswith("Very close to training image 01234.png (distance 0.0")
    assert warning.text().endswith("this face may copy it")
    # Another face is not that training image: the warning goes once it is checked.
    explore.seed_spin.setValue(explore.seed_spin.value() + 1)
    qtbot.waitUntil(lambda: warning.isHidden(), timeout=30_000)


def test_a_face_far_from_every_training_image_shows_no_warning(qtbot, studio, tmp_path):
    explore = studio.explore
    face = feature_of(explore._shown_image)
    checks = load_copy_of_default_model(qtbot, studio, tmp_path, [-face], ["far.png"])
    assert explore.model.checks_originality
    mine = [c for c in checks if c.training_image == "far.png"]
    assert not mine[-1].near_copy and mine[-1].distance > 20
    qtbot.wait(50)
    assert explore.originality_label.isHidden()


def test_dragging_a_slider_does_not_relayout_the_area(qtbot, studio):
    """Each slider event updates one value label; if that asked the layout to recompute,
    the whole Explore area would be relaid and repainted on every event of a drag."""
    from PySide6.QtCore import QEvent, QObject

    requests: list[str] = []

    class WatchLayouts(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.LayoutRequest:
                requests.append(type(watched).__name__)
            return False

    studio.show_area("Explore")
    qtbot.wait(50)  # let the first layout settle
    watcher = WatchLayouts()
    studio.explore.installEventFilter(watcher)
    studio.explore.slider_board.installEventFilter(watcher)
    slider = studio.explore.sliders[0]
    for step in range(20):
        slider.setValue(slider.minimum() + step * (slider.maximum() - slider.minimum()) // 20)
        qtbot.wait(5)
    assert requests == []


def test_a_renderer_notice_shows_in_the_status_bar(qtbot, studio):
    # The GPU ran out of memory and the model moved to the CPU: the creator reads why
    # the faces come slower (the renderer's notice reaches the status bar).
    sentence = "Out of GPU memory: generating on the CPU instead (slower)"
    studio.engine.preview.sig_notice.emit(sentence)
    qtbot.waitUntil(lambda: studio.statusBar().currentMessage() == sentence, timeout=5_000)
