"""The preview renderer: renders the newest latent, drops stale ones, loads in its thread."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest
from PySide6.QtCore import Qt

from aigc_studio.engine.preview import PreviewRenderer
from aigc_studio.resources import default_model_path


@pytest.fixture
def renderer(qtbot):
    renderer = PreviewRenderer()
    with qtbot.waitSignal(renderer.sig_model_loaded, timeout=30_000) as loaded:
        renderer.load_model(default_model_path())
    renderer.info = loaded.args[0]
    yield renderer
    assert renderer.stop(10_000)


def test_seed_gives_a_latent_and_a_face(qtbot, renderer):
    with qtbot.waitSignal(renderer.sig_rendered, timeout=30_000) as rendered:
        request = renderer.render_seed(7)
    request_id, image = rendered.args
    assert request_id == request
    size = renderer.info.resolution
    assert image.shape == (size, size, 3) and image.dtype == np.uint8
    with qtbot.waitSignal(renderer.sig_rendered, timeout=30_000) as other:
        renderer.render_seed(8)
    assert not np.array_equal(other.args[1], image)  # another seed, another face


def test_only_the_newest_latent_is_rendered(qtbot, renderer):
    rendered = []
    renderer.sig_rendered.connect(lambda request_id, image: rendered.append(request_id))
    rng = np.random.default_rng(0)
    posted = [
        renderer.render_latent(rng.standard_normal(renderer.info.latent_dim)) for _ in range(200)
    ]
    qtbot.waitUntil(lambda: bool(rendered) and rendered[-1] == posted[-1], timeout=30_000)
    qtbot.wait(100)  # nothing older may arrive after the newest
    assert rendered[-1] == posted[-1]
    assert len(rendered) < len(posted) / 4  # stale requests were dropped, not queued
    assert rendered == sorted(rendered)


def test_a_face_is_checked_only_when_no_newer_request_waits(qtbot, renderer):
    assert renderer.info.checks_originality  # the shipped model has its training index
    rng = np.random.default_rng(1)
    first, second = (rng.standard_normal(renderer.info.latent_dim) for _ in range(2))
    posted, checked = [], []

    def post_newer(request_id, image):  # runs in the worker, before it decides to check
        if len(posted) == 1:
            posted.append(renderer.render_latent(second))

    renderer.sig_rendered.connect(post_newer, Qt.ConnectionType.DirectConnection)
    renderer.sig_originality.connect(lambda request_id, nearest: checked.append(nearest))
    renderer.sig_originality.connect(lambda request_id, nearest: posted.append(-request_id))
    posted.append(renderer.render_latent(first))
    qtbot.waitUntil(lambda: bool(checked), timeout=30_000)
    qtbot.wait(100)
    assert posted == [posted[0], posted[1], -posted[1]]  # the first face was never checked
    assert checked[0].training_image.endswith(".png") and checked[0].distance > 0


def test_a_missing_model_reports_a_sentence(qtbot, renderer, tmp_path):
    with qtbot.waitSignal(renderer.sig_model_failed, timeout=30_000) as failed:
        renderer.load_model(tmp_path / "nope.safetensors")
    assert failed.args[0].startswith("Loading nope.safetensors failed")


def test_gui_modules_do_not_import_torch():
    program = (
        "import sys\n"
        "import aigc_studio.app, aigc_studio.ui.main_window, aigc_studio.engine.engine\n"
        "import aigc_studio.engine.tasks\n"
        "assert 'torch' not in sys.modules, 'the GUI thread imported torch'\n"
    )
    subprocess.run([sys.executable, "-c", program], check=True, timeout=120)


def test_a_grid_renders_as_one_batch_of_the_seeds_faces(qtbot, renderer):
    seeds = list(range(100, 116))
    grids = []
    renderer.sig_grid.connect(lambda *args: grids.append(args))
    request = renderer.render_grid("random", seeds=seeds)
    qtbot.waitUntil(lambda: bool(grids), timeout=30_000)
    request_id, name, latents, images = grids[0]
    assert (request_id, name) == (request, "random")
    assert images.shape == (16, 64, 64, 3) and len({i.tobytes() for i in images}) == 16
    with qtbot.waitSignal(renderer.sig_seed_latent, timeout=30_000) as seeded:
        with qtbot.waitSignal(renderer.sig_rendered, timeout=30_000) as rendered:
            renderer.render_seed(seeds[3])
    np.testing.assert_array_equal(latents[3], seeded.args[2])  # the same latent as the seed's
    assert np.abs(images[3].astype(int) - rendered.args[1].astype(int)).max() <= 2
    # psi 0 draws every latent as the average face.
    with qtbot.waitSignal(renderer.sig_grid, timeout=30_000) as flat:
        renderer.render_grid("random", latents=latents[:4], scale=0.0)
    assert len({image.tobytes() for image in flat.args[3]}) == 1


def test_only_the_newest_request_of_each_grid_is_rendered(qtbot, renderer):
    grids = []
    renderer.sig_grid.connect(lambda rid, name, latents, images: grids.append((rid, name)))
    rng = np.random.default_rng(5)
    posted = [
        renderer.render_grid("children", latents=rng.standard_normal((16, 100))) for _ in range(30)
    ]
    other = renderer.render_grid("random", seeds=range(16))
    qtbot.waitUntil(lambda: (posted[-1], "children") in grids, timeout=30_000)
    qtbot.waitUntil(lambda: (other, "random") in grids, timeout=30_000)
    assert len([g for g in grids if g[1] == "children"]) < 5  # not thirty batches
    with pytest.raises(ValueError):
        renderer.render_grid("random")


def test_a_latent_posted_after_a_seed_wins(qtbot, renderer):
    latent = np.random.default_rng(6).standard_normal(renderer.info.latent_dim)
    rendered = []
    renderer.sig_rendered.connect(lambda rid, image: rendered.append(rid))
    renderer.render_seed(3)
    newest = renderer.render_latent(latent)
    qtbot.waitUntil(lambda: newest in rendered, timeout=30_000)


def test_model_info_carries_its_hash_and_directions(renderer):
    from aigc_studio.gan.slider_settings import file_sha256

    assert renderer.info.sha256 == file_sha256(default_model_path())
    directions = renderer.info.directions
    if directions is not None:  # gan/directions.py is present
        vectors = directions.vectors
        assert vectors.shape == (len(directions.names), renderer.info.latent_dim)
        np.testing.assert_allclose(vectors @ vectors.T, np.eye(len(vectors)), atol=1e-4)


def test_a_drag_is_not_checked_until_the_face_comes_to_rest(qtbot, renderer):
    """Faces posted every 30 ms (faster than the settle time) are drawn but not checked;
    the last one is checked once, after it has been at rest."""
    rng = np.random.default_rng(2)
    drawn, checked = [], []
    renderer.sig_rendered.connect(lambda request_id, image: drawn.append(request_id))
    renderer.sig_originality.connect(lambda request_id, nearest: checked.append(request_id))
    last = 0
    for _ in range(8):
        last = renderer.render_latent(rng.standard_normal(renderer.info.latent_dim))
        qtbot.wait(30)
    qtbot.waitUntil(lambda: bool(checked), timeout=30_000)
    qtbot.wait(300)
    assert len(drawn) >= 4  # the drag was drawn as it went
    assert checked == [last]


def test_the_sliders_of_the_default_model_render_through_onnx_runtime(renderer):
    assert renderer.info.fast_preview


def test_a_generators_notice_reaches_the_user_once(qtbot, renderer):
    # The GPU ran out of memory mid-render and the model moved to the CPU: the generator
    # notes it, and the renderer passes the sentence on once (Explore shows it).
    notices = []
    renderer.sig_notice.connect(notices.append)
    generator = renderer._generators[default_model_path().resolve()]
    sentence = "Out of GPU memory: generating on the CPU instead (slower)"
    generator.notices.append(sentence)
    with qtbot.waitSignal(renderer.sig_notice, timeout=30_000):
        renderer.render_seed(3)
    with qtbot.waitSignal(renderer.sig_rendered, timeout=30_000):
        renderer.render_seed(4)
    qtbot.wait(50)
    assert notices == [sentence]
