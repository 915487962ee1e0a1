"""Conditional models in the explorer: pick a class, see it, and walk in it on the timeline."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from aigc_studio.engine.preview import PreviewRenderer
from aigc_studio.gan.checkpoint import save_model
from aigc_studio.gan.config import ModelConfig
from aigc_studio.gan.features import default_feature_net_path, file_digest
from aigc_studio.gan.originality import FeaturesIndex, index_path_for, save_index
from aigc_studio.keyframe_check import near_copy_keyframes
from aigc_studio.media.timeline_render import frame_at, iter_frames
from aigc_studio.progress import SilentReporter
from aigc_studio.project.commands import AddClip
from aigc_studio.project.model import LatentWalkClip, Project
from aigc_studio.project.storage import load_project, save_project
from aigc_studio.rendering import ModelCache
from aigc_studio.resources import default_model_path
from aigc_studio.ui.explore_panel import label_title
from aigc_studio.ui.undo import push_command
from tests.features_index import feature_of

LABELS = ["eye_color", "face_shape"]
CLASSES = [5, 3]


@pytest.fixture(scope="module")
def conditional_model(tmp_path_factory):
    """A random-init 32 px conditional generator (5 eye colours, 3 face shapes) on disk."""
    from aigc_studio.gan.models import build_generator

    config = ModelConfig(
        resolution=32, generator_width=8, label_names=LABELS, label_classes=CLASSES
    )
    torch.manual_seed(0)
    generator = build_generator(config)
    with torch.no_grad():  # a stronger class signal than init gives, so classes look apart
        for embedding in generator.embeddings:
            embedding.weight.mul_(8)
    return save_model(tmp_path_factory.mktemp("cond") / "cond.safetensors", generator, config)


def walk_clip(model, labels, nz=100) -> LatentWalkClip:
    rng = np.random.default_rng(3)
    keyframes = rng.standard_normal((2, nz)).tolist()
    return LatentWalkClip(0.0, 1.0, keyframes, model=str(model), labels=labels)


def project_with(*clips: LatentWalkClip, size=(64, 96)) -> Project:
    project = Project(name="cond", width=size[0], height=size[1], fps=10)
    project.timeline.track("video").clips.extend(clips)
    return project


# -- the preview renderer --------------------------------------------------------------


@pytest.fixture
def renderer(qtbot, conditional_model):
    renderer = PreviewRenderer()
    with qtbot.waitSignal(renderer.sig_model_loaded, timeout=30_000) as loaded:
        renderer.load_model(conditional_model)
    renderer.info = loaded.args[0]
    yield renderer
    assert renderer.stop(10_000)


def render(qtbot, renderer, post):
    """Post a request and return the image that answers its id."""
    with qtbot.waitSignal(
        renderer.sig_rendered, timeout=30_000, check_params_cb=lambda rid, _: rid == ids[-1]
    ) as rendered:
        ids = [post()]
    return rendered.args[1]


def test_model_info_names_labels_and_a_class_change_rerenders_the_last_latent(qtbot, renderer):
    info = renderer.info
    assert info.conditional
    assert (info.label_names, info.label_classes) == (tuple(LABELS), tuple(CLASSES))
    latent = np.random.default_rng(0).standard_normal(info.latent_dim)
    first = render(qtbot, renderer, lambda: renderer.render_latent(latent))
    other = render(qtbot, renderer, lambda: renderer.set_labels([2, 1]))
    assert not np.array_equal(first, other)  # same latent, another class
    again = render(qtbot, renderer, lambda: renderer.render_latent(latent))
    np.testing.assert_array_equal(again, other)  # the class stays chosen
    back = render(qtbot, renderer, lambda: renderer.set_labels(None))  # the first classes
    np.testing.assert_array_equal(back, first)
    # Classes this model lacks (posted for another model) are ignored, not an error.
    failures = []
    renderer.sig_failed.connect(failures.append)
    same = render(qtbot, renderer, lambda: renderer.set_labels([7, 0]))
    np.testing.assert_array_equal(same, first)
    assert failures == []


def test_a_new_model_starts_at_the_first_classes(qtbot, renderer, conditional_model):
    latent = np.random.default_rng(1).standard_normal(renderer.info.latent_dim)
    first = render(qtbot, renderer, lambda: renderer.render_latent(latent))
    render(qtbot, renderer, lambda: renderer.set_labels([4, 2]))
    with qtbot.waitSignal(renderer.sig_model_loaded, timeout=30_000):
        renderer.load_model(conditional_model)
    reloaded = render(qtbot, renderer, lambda: renderer.render_latent(latent))
    np.testing.assert_array_equal(reloaded, first)


def test_thumbnails_render_in_the_given_classes(qtbot, renderer, conditional_model):
    latents = np.random.default_rng(2).standard_normal((2, renderer.info.latent_dim))
    thumbs = {}
    renderer.sig_thumbnail.connect(lambda key, images: thumbs.__setitem__(key, images))
    renderer.render_thumbnail("plain", str(conditional_model), None, latents)
    renderer.render_thumbnail("first", str(conditional_model), None, latents, [0, 0])
    renderer.render_thumbnail("other", str(conditional_model), None, latents, [3, 2])
    qtbot.waitUntil(lambda: len(thumbs) == 3, timeout=30_000)
    # No class named: both ends in the first classes, not one class per thumbnail.
    np.testing.assert_array_equal(thumbs["plain"], thumbs["first"])
    assert not np.array_equal(thumbs["first"][0], thumbs["other"][0])


# -- the explorer ----------------------------------------------------------------------


def shown(window):
    return window.explore.preview_image()


def settled(explore) -> bool:
    return explore._shown_request == explore._latest_request


def test_label_titles_read_as_words():
    assert label_title("eye_color") == "Eye color"
    assert label_title("face_shape") == "Face shape"
    assert label_title("hairID") == "HairID"


def test_explorer_switches_class_and_walks_in_it(qtbot, studio, conditional_model):
    explore = studio.explore
    assert explore.class_box.isHidden()  # the shipped model is unconditional
    explore.load_model(conditional_model)
    qtbot.waitUntil(lambda: explore.model.path == conditional_model.resolve(), timeout=30_000)
    qtbot.waitUntil(lambda: explore.latent is not None and settled(explore), timeout=30_000)

    assert not explore.class_box.isHidden()
    form = explore.class_form
    titles = [form.itemAt(row, form.ItemRole.LabelRole).widget().text() for row in range(2)]
    assert titles == ["Eye color", "Face shape"]
    assert [c.count() for c in explore.class_combos] == CLASSES
    assert [c.currentIndex() for c in explore.class_combos] == [0, 0]
    assert explore.class_combos[0].itemText(4) == "Class 4"

    editor = explore.walk_editor
    explore.add_walk_keyframe()  # as "+ Keyframe" does
    qtbot.waitUntil(lambda: editor.keyframes[0].face is not None, timeout=30_000)
    face, face_thumb, latent = shown(studio), editor.keyframes[0].face.toImage(), explore.latent
    latent = latent.copy()
    sliders = [s.value() for s in explore.sliders]
    undo_count = studio.undo_stack.count()
    explore.class_combos[0].setCurrentIndex(2)  # as the user picking "Class 2" does
    explore.class_combos[1].setCurrentIndex(1)
    qtbot.waitUntil(lambda: settled(explore) and shown(studio) != face, timeout=30_000)
    assert explore.labels == (2, 1)
    np.testing.assert_array_equal(explore.latent, latent)  # the same face, another class
    assert [s.value() for s in explore.sliders] == sliders
    assert studio.undo_stack.count() == undo_count  # a view setting, like the sliders

    in_class = shown(studio)
    slider = explore.sliders[0]
    slider.setValue(slider.maximum() if slider.value() < 0 else slider.minimum())
    qtbot.waitUntil(lambda: settled(explore) and shown(studio) != in_class, timeout=30_000)
    explore.add_walk_keyframe()
    # The walk is drawn in the classes of its newest keyframe: the first keyframe, added
    # in the first classes, is redrawn in the classes the walk will use.
    assert editor.labels == (2, 1)
    qtbot.waitUntil(lambda: editor.keyframes[0].face.toImage() != face_thumb, timeout=30_000)
    editor.add_to_timeline()
    (clip,) = studio.document.project.timeline.track("video").clips
    assert clip.labels == [2, 1] and clip.model == str(conditional_model.resolve())

    explore.load_model(default_model_path())
    qtbot.waitUntil(lambda: explore.model.path == default_model_path().resolve(), timeout=30_000)
    assert explore.class_box.isHidden() and explore.class_combos == []
    assert explore.labels == ()


def test_edit_in_explore_loads_the_walks_model_and_classes(qtbot, studio, conditional_model):
    clip = walk_clip(conditional_model, [2, 1])
    push_command(
        studio.undo_stack, studio.document, AddClip(studio.document.project, "video", clip)
    )
    explore, editor = studio.explore, studio.explore.walk_editor
    assert explore.model.path == default_model_path().resolve()
    studio.timeline.sig_edit_walk.emit(clip.id)  # as a double-click on the clip does
    qtbot.waitUntil(lambda: explore.model.path == conditional_model.resolve(), timeout=30_000)
    qtbot.waitUntil(lambda: explore.latent is not None and settled(explore), timeout=30_000)
    # The explorer draws in the walk's classes, so a face added to it matches the others.
    assert explore.labels == (2, 1)
    assert [c.currentIndex() for c in explore.class_combos] == [2, 1]
    assert editor.editing.id == clip.id and editor.labels == (2, 1)
    assert [k.latent.tolist() for k in editor.keyframes] == np.float32(clip.keyframes).tolist()
    explore.add_walk_keyframe()
    editor.update_clip()
    (updated,) = studio.document.project.timeline.track("video").clips
    assert (updated.id, updated.labels, updated.model) == (clip.id, [2, 1], clip.model)
    assert len(updated.keyframes) == 3
    assert updated.keyframes[2] == explore.shown_latent().astype(float).tolist()


# -- walks on the timeline -------------------------------------------------------------


def test_walk_labels_survive_saving_and_old_walks_have_none(tmp_path, conditional_model):
    clip = walk_clip(conditional_model, [3, 2])
    assert LatentWalkClip.from_dict(clip.to_dict()) == clip
    old = clip.to_dict()
    del old["labels"]  # a project saved before conditional models
    assert LatentWalkClip.from_dict(old).labels == []
    for bad in ([-1, 0], ["eye", 1], [True, 0], 3):
        with pytest.raises(ValueError, match="whole numbers"):
            LatentWalkClip.from_dict({**old, "labels": bad})
    folder = save_project(project_with(clip), tmp_path / "cond")
    (loaded,) = load_project(folder).timeline.track("video").clips
    assert loaded.labels == [3, 2]


def test_an_exported_walk_is_drawn_in_its_classes(conditional_model):
    models = ModelCache()
    t = 0.3
    frames = {
        tuple(labels): frame_at(
            project_with(walk_clip(conditional_model, labels)), t, models.renderer_for
        )
        for labels in ([], [0, 0], [2, 1])
    }
    assert not np.array_equal(frames[(0, 0)], frames[(2, 1)])
    np.testing.assert_array_equal(frames[()], frames[(0, 0)])  # no class: the first ones
    # Every frame of a walk without classes stays in one class (no cycling per frame).
    steady = project_with(walk_clip(conditional_model, []))
    steady.timeline.track("video").clips[0].keyframes[1] = (
        steady.timeline.track("video").clips[0].keyframes[0]
    )
    first, *rest = iter_frames(steady, models.renderer_for, batch=4)
    for frame in rest:
        np.testing.assert_array_equal(frame, first)


def test_batches_are_split_by_class_and_unlabelled_walks_use_the_old_call():
    calls = []

    def renderer_for(model_ref):
        def render(latents, *labels):
            calls.append((model_ref, len(latents), labels))
            return np.zeros((len(latents), 8, 8, 3), np.uint8)

        return render

    a = LatentWalkClip(0.0, 1.0, [[0.0] * 4, [1.0] * 4], model="m", labels=[1])
    b = LatentWalkClip(1.0, 1.0, [[0.0] * 4, [1.0] * 4], model="m", labels=[2])
    c = LatentWalkClip(2.0, 1.0, [[0.0] * 4, [1.0] * 4], model="m")
    project = project_with(a, b, c)
    list(iter_frames(project, renderer_for, batch=30))
    assert calls == [("m", 10, ([1],)), ("m", 10, ([2],)), ("m", 10, ())]


def test_keyframe_check_renders_each_walk_in_its_classes(tmp_path, conditional_model):
    clip = walk_clip(conditional_model, [2, 1])
    clip.keyframes[1] = clip.keyframes[0]  # one face, so the answer is known for both
    models = ModelCache()
    render = models.renderer_for(str(conditional_model))
    keyframes = np.asarray(clip.keyframes, dtype=np.float32)
    in_class, in_first = render(keyframes[:1], [2, 1])[0], render(keyframes[:1])[0]
    feature = feature_of(in_class)
    apart = float(np.linalg.norm(feature - feature_of(in_first)))
    assert apart > 0
    save_index(
        index_path_for(conditional_model),
        FeaturesIndex(
            features=feature[None].astype(np.float32),
            names=["train_0.png"],
            near_copy_threshold=apart / 2,  # only the face in class (2, 1) is a copy
            feature_net=file_digest(default_feature_net_path()),
            resolution=32,
        ),
    )
    try:
        copies = near_copy_keyframes(project_with(clip), models, SilentReporter())
        assert [(c.keyframe, c.nearest.training_image) for c in copies] == [
            (1, "train_0.png"),
            (2, "train_0.png"),
        ]
        clip.labels = []
        assert near_copy_keyframes(project_with(clip), models, SilentReporter()) == []
    finally:
        index_path_for(conditional_model).unlink()
