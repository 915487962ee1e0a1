"""Explore, issue 4: truncation, the random and children grids, blending with face B,
favourites, the explorer's own Back/Forward history, and a fast slider drag."""

from __future__ import annotations

import json

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from aigc_studio.gan.generate import FaceGenerator
from aigc_studio.resources import default_model_path
from aigc_studio.ui.explore_face_column import PREVIEW_SIDE
from aigc_studio.ui.explore_panel import CHILDREN_GRID, RANDOM_GRID
from aigc_studio.ui.images import array_to_pixmap
from tests.test_conditional_explore import conditional_model  # noqa: F401 (a fixture)


@pytest.fixture(autouse=True)
def own_folders(tmp_path, monkeypatch):
    """Favourites and slider settings of these tests go to a folder of their own."""
    monkeypatch.setenv("AIGC_STUDIO_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("AIGC_STUDIO_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture(scope="module")
def generator():
    """The shipped model, rendered here in the test: an independent check of the screen."""
    return FaceGenerator(default_model_path())


def settled(explore) -> bool:
    return explore.settled()


def wait_settled(qtbot, explore) -> np.ndarray:
    qtbot.waitUntil(lambda: settled(explore), timeout=30_000)
    return explore._shown_image.copy()


def screen(explore) -> np.ndarray:
    """The preview as the user sees it, RGB."""
    return qimage_array(explore.preview_image())


def qimage_array(image) -> np.ndarray:
    image = image.convertToFormat(image.Format.Format_RGB888)
    width, height = image.width(), image.height()
    data = np.frombuffer(image.constBits(), np.uint8, count=image.bytesPerLine() * height)
    rows = data.reshape(height, image.bytesPerLine())[:, : width * 3]
    return rows.reshape(height, width, 3).copy()  # the QImage owning the bytes goes now


def scaled_up(face: np.ndarray) -> np.ndarray:
    """A face as the preview shows it."""
    return qimage_array(array_to_pixmap(face, PREVIEW_SIDE, smooth=True).toImage())


def distance(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.abs(a.astype(np.int16) - b.astype(np.int16)).mean())


def assert_same_face(a: np.ndarray, b: np.ndarray) -> None:
    """The same face from the preview (ONNX Runtime) and from torch: float rounding may move
    a pixel by one 8-bit level, never more."""
    assert a.shape == b.shape
    assert np.abs(a.astype(np.int16) - b.astype(np.int16)).max() <= 1


def grid_ready(explore, name) -> bool:
    faces = explore._grids[name]
    return faces.grid.images is not None and faces.drawn_as == (explore.psi, explore.labels)


def show_tab(qtbot, explore, tab, name):
    explore.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: grid_ready(explore, name), timeout=30_000)
    return explore._grids[name]


# -- truncation ------------------------------------------------------------------------


def test_truncation_zero_is_one_face_for_every_seed(qtbot, studio):
    explore = studio.explore
    face = wait_settled(qtbot, explore)
    explore.psi_slider.setValue(0)  # as the user dragging it to the left end
    assert explore.psi == 0.0
    average = wait_settled(qtbot, explore)
    assert distance(average, face) > 5  # psi 0 is not the face itself
    for seed in (11, 12345):
        explore.seed_spin.setValue(seed)
        qtbot.waitUntil(lambda s=seed: explore._shown_request >= explore._latest_request)
        np.testing.assert_array_equal(wait_settled(qtbot, explore), average)
    explore.psi_slider.setValue(100)
    assert distance(wait_settled(qtbot, explore), average) > 5
    # Tooltips explain what psi does.
    assert "ψ × z" in explore.psi_slider.toolTip()


def test_truncation_draws_psi_times_the_latent(qtbot, studio, generator):
    explore = studio.explore
    explore.psi_slider.setValue(70)
    shown = wait_settled(qtbot, explore)
    expected = generator.render((np.float32(0.7) * explore.latent)[None])[0]
    assert_same_face(shown, expected)
    np.testing.assert_allclose(explore.shown_latent(), 0.7 * explore.latent, rtol=1e-6)


# -- the random grid and the children --------------------------------------------------


def test_the_random_grid_shows_16_faces_and_a_click_makes_one_current(qtbot, studio):
    explore = studio.explore
    faces = show_tab(qtbot, explore, explore.random_tab, RANDOM_GRID)
    images = faces.grid.images
    assert images.shape[0] == 16
    assert len({image.tobytes() for image in images}) == 16  # sixteen different faces
    undo_count = studio.undo_stack.count()
    qtbot.mouseClick(faces.grid.tiles[5], Qt.MouseButton.LeftButton)
    shown = wait_settled(qtbot, explore)
    np.testing.assert_array_equal(explore.latent, faces.latents[5])
    assert explore.seed_spin.value() == faces.seeds[5]  # a random face keeps its seed
    # The same face as the tile (one batch vs one face may differ by a rounding step) ...
    assert np.abs(shown.astype(int) - images[5].astype(int)).max() <= 2
    # ... and that is what the preview shows, scaled up.
    assert np.abs(screen(explore).astype(int) - scaled_up(images[5]).astype(int)).max() <= 2
    assert studio.undo_stack.count() == undo_count  # not a project edit


def test_children_are_closer_to_the_parent_than_random_faces(qtbot, studio):
    explore = studio.explore
    parent = wait_settled(qtbot, explore)
    strangers = show_tab(qtbot, explore, explore.random_tab, RANDOM_GRID).grid.images
    children = show_tab(qtbot, explore, explore.children_tab, CHILDREN_GRID)
    assert len({image.tobytes() for image in children.grid.images}) == 16
    to_children = [distance(child, parent) for child in children.grid.images]
    to_strangers = [distance(face, parent) for face in strangers]
    assert min(to_children) > 0.5  # every child differs from its parent
    assert np.mean(to_children) < 0.6 * np.mean(to_strangers)
    # Picking a child makes it the face, and it has children of its own.
    child = children.latents[3].copy()
    qtbot.mouseClick(children.grid.tiles[3], Qt.MouseButton.LeftButton)
    np.testing.assert_array_equal(explore.latent, child)
    qtbot.waitUntil(lambda: np.array_equal(children.parent, child), timeout=30_000)
    qtbot.waitUntil(lambda: grid_ready(explore, CHILDREN_GRID), timeout=30_000)
    # A stronger mutation strays further.
    explore.mutation_slider.setValue(100)
    qtbot.waitUntil(lambda: grid_ready(explore, CHILDREN_GRID), timeout=30_000)
    assert np.linalg.norm(children.latents - child, axis=1).mean() > 8


# -- blend -----------------------------------------------------------------------------


def test_blend_at_0_and_1_is_face_a_and_face_b(qtbot, studio, generator):
    explore = studio.explore
    face_a = wait_settled(qtbot, explore)
    latent_a = explore.latent.copy()
    faces = show_tab(qtbot, explore, explore.random_tab, RANDOM_GRID)
    faces.grid.sig_use_as_b.emit(2)  # the tile's "Use as face B"
    assert explore.tabs.currentWidget() is explore.blend_tab  # where the blend is
    assert explore.blend_box.slider.isEnabled()
    face_b = generator.render(faces.latents[2][None])[0]
    explore.blend_box.slider.setValue(100)
    assert_same_face(wait_settled(qtbot, explore), face_b)
    explore.blend_box.slider.setValue(50)
    middle = wait_settled(qtbot, explore)
    assert distance(middle, face_a) > 1 and distance(middle, face_b) > 1
    explore.blend_box.slider.setValue(0)
    np.testing.assert_array_equal(wait_settled(qtbot, explore), face_a)
    np.testing.assert_array_equal(explore.latent, latent_a)


# -- favourites ------------------------------------------------------------------------


def test_a_favourite_keeps_png_and_latent_and_brings_the_face_back(
    qtbot, studio, generator, tmp_path
):
    explore = studio.explore
    explore.psi_slider.setValue(80)
    face = wait_settled(qtbot, explore)
    qtbot.mouseClick(explore.favourite_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: explore.gallery.list.count() == 1, timeout=30_000)
    folder = tmp_path / "data" / "favourites"
    (png,) = folder.glob("*.png")
    (saved,) = folder.glob("*.json")
    assert png.stem == saved.stem
    data = json.loads(saved.read_text())
    assert data["seed"] == explore.seed_spin.value() and data["psi"] == 0.8
    assert data["model"] == "builtin:default-faces-64" and len(data["model_sha256"]) == 64
    picture = np.asarray(Image.open(png).convert("RGB"))
    np.testing.assert_array_equal(picture, face)
    # The latent in the JSON re-renders exactly the face in the PNG.
    latent = np.asarray(data["latent"], dtype=np.float32)
    assert_same_face(generator.render(latent[None])[0], picture)

    explore.psi_slider.setValue(100)
    explore.randomize()
    qtbot.waitUntil(lambda: settled(explore) and distance(explore._shown_image, face) > 3)
    item = explore.gallery.list.item(0)
    rect = explore.gallery.list.visualItemRect(item)
    qtbot.mouseClick(explore.gallery.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    np.testing.assert_array_equal(wait_settled(qtbot, explore), face)
    assert explore.psi == 0.8

    # The gallery lists the model's favourites again when it loads anew.
    explore.load_model(default_model_path())
    qtbot.waitUntil(lambda: explore.gallery.list.count() == 1 and settled(explore))


# -- history ---------------------------------------------------------------------------


def test_back_and_forward_after_random(qtbot, studio):
    explore = studio.explore
    first = wait_settled(qtbot, explore)
    assert not explore.back_button.isEnabled()
    qtbot.mouseClick(explore.random_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: settled(explore) and distance(explore._shown_image, first) > 3)
    second = explore._shown_image.copy()
    assert explore.history.count() == 1 and "Random face" in explore.back_button.toolTip()
    qtbot.mouseClick(explore.back_button, Qt.MouseButton.LeftButton)
    np.testing.assert_array_equal(wait_settled(qtbot, explore), first)
    qtbot.mouseClick(explore.forward_button, Qt.MouseButton.LeftButton)
    np.testing.assert_array_equal(wait_settled(qtbot, explore), second)


def test_a_slider_drag_is_one_step_and_ctrl_z_takes_it_back(qtbot, studio):
    explore = studio.explore
    before = wait_settled(qtbot, explore)
    latent = explore.latent.copy()
    slider = explore.sliders[1]
    slider.setSliderDown(True)  # the user grabs the handle ...
    for value in range(-200, 201, 20):
        slider.setValue(value)
    slider.setSliderDown(False)  # ... and lets go
    dragged = wait_settled(qtbot, explore)
    assert distance(dragged, before) > 1
    assert explore.history.count() == 1  # one step for the whole drag
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    np.testing.assert_array_equal(wait_settled(qtbot, explore), before)
    np.testing.assert_array_equal(explore.latent, latent)
    assert slider.value() == round(explore._directions.values_from_latent(latent)[1] * 100)
    qtbot.keyClick(
        slider,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    np.testing.assert_array_equal(wait_settled(qtbot, explore), dragged)
    # A second drag of the same slider is a step of its own.
    slider.setSliderDown(True)
    slider.setValue(-50)
    slider.setSliderDown(False)
    assert explore.history.count() == 2


def test_explorer_undo_leaves_timeline_edits_alone(qtbot, studio):
    explore = studio.explore
    wait_settled(qtbot, explore)
    # "+ Keyframe" beside the tabs adds faces to the walk from the Sliders tab.
    assert explore.tabs.currentIndex() == 0 and explore.add_keyframe_button.isVisible()
    qtbot.mouseClick(explore.add_keyframe_button, Qt.MouseButton.LeftButton)
    explore.randomize()
    wait_settled(qtbot, explore)
    qtbot.mouseClick(explore.add_keyframe_button, Qt.MouseButton.LeftButton)
    assert len(explore.walk_editor.keyframes) == 2
    explore.walk_editor.add_to_timeline()
    assert studio.undo_stack.count() == 1
    studio.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is studio)
    explore.sliders[0].setFocus()
    qtbot.keyClick(explore.sliders[0], Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert studio.undo_stack.index() == 1  # the walk is still on the timeline
    assert explore.history.index() == 0  # the Random was taken back
    studio.navigation.setFocus()  # outside the Explore area, Ctrl+Z is the window's again
    qtbot.keyClick(studio.navigation, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert studio.undo_stack.index() == 0


def test_a_walk_preview_borrows_the_screen_and_gives_the_face_back(qtbot, studio, generator):
    explore, editor = studio.explore, studio.explore.walk_editor
    first = wait_settled(qtbot, explore)
    qtbot.mouseClick(explore.add_keyframe_button, Qt.MouseButton.LeftButton)
    explore.randomize()
    face = wait_settled(qtbot, explore)  # the explorer's face: the walk's last keyframe
    latent = explore.latent.copy()
    qtbot.mouseClick(explore.add_keyframe_button, Qt.MouseButton.LeftButton)
    steps = explore.history.count()
    explore.tabs.setCurrentWidget(explore.walk_tab)
    editor.set_duration(20.0)  # slow, so the frames near the start stay near the first face
    qtbot.mouseClick(editor.preview_button, Qt.MouseButton.LeftButton)
    assert editor.playing
    # The walk plays in the big preview, from its first keyframe on ...
    qtbot.waitUntil(lambda: distance(screen(explore), scaled_up(first)) < 8, timeout=30_000)
    assert distance(screen(explore), scaled_up(face)) > 8
    # ... but the explorer's face, history and settled image are still its own: a
    # favourite or a keyframe taken now is of that face, not of a frame of the walk.
    np.testing.assert_array_equal(explore.latent, latent)
    np.testing.assert_array_equal(explore._shown_image, face)
    assert explore.settled() and explore.history.count() == steps
    qtbot.mouseClick(editor.preview_button, Qt.MouseButton.LeftButton)
    assert not editor.playing
    np.testing.assert_array_equal(wait_settled(qtbot, explore), face)
    qtbot.waitUntil(lambda: np.array_equal(screen(explore), scaled_up(face)), timeout=30_000)
    assert explore.history.count() == steps

    # A move of the explorer's own face while the walk plays stops the preview.
    qtbot.mouseClick(editor.preview_button, Qt.MouseButton.LeftButton)
    assert editor.playing
    explore.sliders[3].setValue(150)
    assert not editor.playing
    moved = wait_settled(qtbot, explore)
    assert_same_face(moved, generator.render(explore.shown_latent()[None])[0])
    qtbot.waitUntil(lambda: np.array_equal(screen(explore), scaled_up(moved)), timeout=30_000)
    assert explore.history.count() == steps + 1


def test_a_truncation_drag_is_one_step(qtbot, studio):
    explore = studio.explore
    face = wait_settled(qtbot, explore)
    explore.psi_slider.setSliderDown(True)
    for ticks in range(100, 40, -5):
        explore.psi_slider.setValue(ticks)
    explore.psi_slider.setSliderDown(False)
    wait_settled(qtbot, explore)
    assert explore.history.count() == 1
    explore.history.undo()
    np.testing.assert_array_equal(wait_settled(qtbot, explore), face)
    assert explore.psi == 1.0 and explore.psi_slider.value() == 100


def test_a_class_change_is_a_step(qtbot, studio, conditional_model):  # noqa: F811
    explore = studio.explore
    explore.load_model(conditional_model)
    qtbot.waitUntil(lambda: explore.model.path == conditional_model.resolve(), timeout=30_000)
    first = wait_settled(qtbot, explore)
    explore.class_combos[0].setCurrentIndex(3)
    in_class = wait_settled(qtbot, explore)
    assert distance(in_class, first) > 1
    qtbot.mouseClick(explore.back_button, Qt.MouseButton.LeftButton)
    np.testing.assert_array_equal(wait_settled(qtbot, explore), first)
    assert explore.labels == (0, 0) and explore.class_combos[0].currentIndex() == 0
    qtbot.mouseClick(explore.forward_button, Qt.MouseButton.LeftButton)
    np.testing.assert_array_equal(wait_settled(qtbot, explore), in_class)
    assert explore.class_combos[0].currentIndex() == 3


# -- real time -------------------------------------------------------------------------


def test_a_hundred_quick_slider_moves_end_on_the_final_face(qtbot, studio, generator):
    explore = studio.explore
    wait_settled(qtbot, explore)
    slider = explore.sliders[4]
    rng = np.random.default_rng(4)
    slider.setSliderDown(True)
    for value in rng.integers(slider.minimum(), slider.maximum(), 100):
        slider.setValue(int(value))  # no waiting: faster than the renderer
    slider.setValue(137)
    slider.setSliderDown(False)
    shown = wait_settled(qtbot, explore)
    assert np.isclose(explore._directions.values_from_latent(explore.latent)[4], 1.37, atol=1e-4)
    assert_same_face(shown, generator.render(explore.shown_latent()[None])[0])
    np.testing.assert_array_equal(screen(explore), scaled_up(shown))  # and it is on screen
    assert explore.history.count() == 1
