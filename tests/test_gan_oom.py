"""Out of memory on the GPU: training halves its batch and goes on, or stops offering the
CPU with its state saved; generation splits its batch, then falls back to the CPU.

There is no GPU here: a monkeypatched step or forward raises the error CUDA raises.
"""

from __future__ import annotations

import csv
import math
from pathlib import Path

import numpy as np
import pytest
import torch
from PIL import Image
from PySide6.QtCore import Qt
from safetensors.torch import load_file

from aigc_studio.cli import main
from aigc_studio.gan import losses, oom
from aigc_studio.gan import train as train_module
from aigc_studio.gan.generate import FaceGenerator
from aigc_studio.gan.oom import (
    CPU_SUGGESTION,
    OutOfDeviceMemoryError,
    free_device_memory,
    is_out_of_memory,
)
from aigc_studio.gan.train import MODEL_FILE, TrainConfig, train
from aigc_studio.gan.train_state import STATE_FILE, load_state
from aigc_studio.progress import SilentReporter
from aigc_studio.resources import default_model_path
from tests.images import make_face_like_images

original_generator_loss = losses.generator_loss


def cuda_oom() -> torch.cuda.OutOfMemoryError:
    return torch.cuda.OutOfMemoryError(
        "CUDA out of memory. Tried to allocate 2.00 GiB (GPU 0; 7.79 GiB total capacity)"
    )


@pytest.mark.parametrize(
    "error",
    [
        cuda_oom(),
        RuntimeError("CUDA error: out of memory"),
        RuntimeError("MPS backend out of memory (MPS allocated: 8.00 GB, other allocations)"),
        RuntimeError(
            "[enforce fail at alloc_cpu.cpp:83] DefaultCPUAllocator: can't allocate"
            " memory: you tried to allocate 9663676416 bytes"
        ),
        MemoryError(),
    ],
)
def test_out_of_memory_errors_are_recognised(error: BaseException) -> None:
    assert is_out_of_memory(error)


@pytest.mark.parametrize(
    "error",
    [
        RuntimeError("mat1 and mat2 shapes cannot be multiplied"),
        ValueError("out of memory"),  # not an allocator's error type
        OSError("No space left on device"),
        OutOfDeviceMemoryError("Out of GPU memory even at batch size 4", offer_cpu=True),
    ],
)
def test_other_errors_are_not_out_of_memory(error: BaseException) -> None:
    assert not is_out_of_memory(error)


def test_freeing_memory_works_without_a_gpu() -> None:
    free_device_memory("cpu")
    free_device_memory(torch.device("cuda"))  # no CUDA here: nothing to empty, no error


def pretend_gpu(monkeypatch: pytest.MonkeyPatch) -> None:
    """Word messages as for a GPU while the tensors stay on this machine's CPU."""
    monkeypatch.setattr(oom, "is_gpu", lambda device: True)
    monkeypatch.setattr(train_module, "is_gpu", lambda device: True)


def run_config(tmp_path: Path, **extra: object) -> TrainConfig:
    make_face_like_images(tmp_path / "data", 16)
    settings: dict = dict(
        steps=8, batch=64, resolution=32, generator_width=8, discriminator_width=8,
        device="cpu", log_every=2, sample_every=1000, checkpoint_every=1000, quality_samples=0,
        threads=1,  # one thread: far quicker for a tiny network on a busy machine
    )  # fmt: skip
    settings.update(extra)
    return TrainConfig(tmp_path / "data", tmp_path / "run", **settings)


def fail_step_when(monkeypatch: pytest.MonkeyPatch, too_big) -> list[int]:
    """Make the training step run out of memory when ``too_big(run)``, half-way, as a real
    one in G's pass would: D already updated and frozen, the random stream advanced.
    Returns the batch sizes of the steps that ran to the end."""
    original_step = train_module._Run.step
    original_loss = losses.generator_loss
    completed: list[int] = []
    current: list = []

    def generator_loss(kind: str, fake_logits: torch.Tensor) -> torch.Tensor:
        if too_big(current[-1]):
            raise cuda_oom()
        return original_loss(kind, fake_logits)

    def step(self, images):
        current.append(self)
        result = original_step(self, images)
        completed.append(self.config.batch)
        return result

    monkeypatch.setattr(losses, "generator_loss", generator_loss)
    monkeypatch.setattr(train_module._Run, "step", step)
    return completed


def test_training_halves_the_batch_until_the_step_fits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    completed = fail_step_when(monkeypatch, lambda run: run.config.batch > 8)
    updates = list(train(run_config(tmp_path), SilentReporter()))

    lowered = [u for u in updates if u.batch_lowered]
    assert [u.message for u in lowered] == [
        "Out of memory: batch size lowered from 64 to 32",
        "Out of memory: batch size lowered from 32 to 16",
        "Out of memory: batch size lowered from 16 to 8",
    ]
    assert [u.batch for u in lowered] == [32, 16, 8]
    assert completed == [8] * 8  # every step of the run, none skipped, all at batch 8
    final = updates[-1]
    assert final.step == 8 and final.batch == 8 and "Finished" in final.message
    assert math.isfinite(final.loss_d) and math.isfinite(final.loss_g)
    weights = load_file(tmp_path / "run" / MODEL_FILE)
    assert all(torch.isfinite(tensor).all() for tensor in weights.values())
    # The checkpoint carries the batch that fits, so a resumed run does not run out again.
    _, info = load_state(tmp_path / "run" / STATE_FILE)
    assert info["settings"]["batch"] == 8
    # metrics.csv says at which batch each logged step ran.
    with open(tmp_path / "run" / "metrics.csv", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [int(r["step"]) for r in rows] == list(range(1, 9))
    assert {r["batch"] for r in rows} == {"8"}


def test_an_out_of_memory_step_leaves_the_networks_as_they_were(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Going back to the last good state: the same weights as a run that never ran out."""
    plain = list(train(run_config(tmp_path / "plain", batch=8, steps=4), SilentReporter()))
    fail_step_when(monkeypatch, lambda run: run.config.batch > 8)
    lowered = list(train(run_config(tmp_path / "oom", batch=16, steps=4), SilentReporter()))

    assert plain[-1].step == lowered[-1].step == 4
    assert sum(u.batch_lowered for u in lowered) == 1
    before = load_file(tmp_path / "plain" / "run" / MODEL_FILE)
    after = load_file(tmp_path / "oom" / "run" / MODEL_FILE)
    assert before.keys() == after.keys()
    for name in before:
        torch.testing.assert_close(after[name], before[name])


def test_out_of_memory_at_the_smallest_batch_saves_and_offers_the_cpu(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Five steps fit, then nothing does (another program took the GPU's memory).
    fail_step_when(monkeypatch, lambda run: run.state.step >= 5)
    pretend_gpu(monkeypatch)
    updates = []
    with pytest.raises(OutOfDeviceMemoryError) as raised:
        for update in train(run_config(tmp_path, batch=8, min_batch=4), SilentReporter()):
            updates.append(update)

    error = raised.value
    assert str(error) == (
        f"Out of GPU memory even at batch size 4; the last good state (step 4) is saved in "
        f"{tmp_path / 'run'}; {CPU_SUGGESTION}."
    )
    assert error.offer_cpu and error.checkpoint == tmp_path / "run" / STATE_FILE
    assert [u.message for u in updates if u.batch_lowered] == [
        "Out of GPU memory: batch size lowered from 8 to 4"
    ]
    tensors, info = load_state(error.checkpoint)
    assert info["step"] == 4
    assert info["settings"]["batch"] == 8  # a CPU run continues with the batch asked for
    assert all(torch.isfinite(t).all() for t in tensors.values() if t.is_floating_point())
    assert (tmp_path / "run" / MODEL_FILE).is_file()


def test_cli_train_out_of_memory_is_one_line_saying_how_to_go_on_on_the_cpu(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fail_step_when(monkeypatch, lambda run: run.state.step >= 2)
    pretend_gpu(monkeypatch)
    make_face_like_images(tmp_path / "data", 16)
    code = main(
        ["train", str(tmp_path / "data"), "--out", str(tmp_path / "run"), "--steps", "6",
         "--batch", "4", "--resolution", "32", "--width", "8", "--device", "cpu"]
    )  # fmt: skip

    assert code == 1
    error_lines = [line for line in capsys.readouterr().err.splitlines() if "error" in line]
    assert len(error_lines) == 1 and "Traceback" not in error_lines[0]
    assert error_lines[0].startswith("error: Out of GPU memory even at batch size 4;")
    assert error_lines[0].endswith(
        f"To go on on the CPU: aigc-studio train {tmp_path / 'data'} --resume "
        f"{tmp_path / 'run'} --device cpu"
    )
    assert (tmp_path / "run" / STATE_FILE).is_file()


# -- generation ----------------------------------------------------------------------------


def images_in(folder: Path) -> list[np.ndarray]:
    return [np.asarray(Image.open(path)) for path in sorted(folder.glob("*.png"))]


def fail_render_when(monkeypatch: pytest.MonkeyPatch, too_big) -> list[int]:
    """Make one forward pass run out of memory when ``too_big(face_generator, n)``; returns
    the sizes of the passes that worked."""
    original = FaceGenerator._render_batch
    rendered: list[int] = []

    def render_batch(self, latents, classes):
        if too_big(self, len(latents)):
            raise cuda_oom()
        rendered.append(len(latents))
        return original(self, latents, classes)

    monkeypatch.setattr(FaceGenerator, "_render_batch", render_batch)
    return rendered


def test_cli_generate_writes_every_image_when_only_four_fit_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = default_model_path()
    assert main(["generate", str(model), "--out", str(tmp_path / "plain"), "--count", "10"]) == 0
    rendered = fail_render_when(monkeypatch, lambda generator, count: count > 4)
    assert main(["generate", str(model), "--out", str(tmp_path / "oom"), "--count", "10"]) == 0

    assert rendered == [2, 2, 2, 2, 2]  # 10 and 5 ran out of memory
    plain, halved = images_in(tmp_path / "plain"), images_in(tmp_path / "oom")
    assert len(halved) == 10
    for expected, image in zip(plain, halved, strict=True):
        difference = np.abs(expected.astype(int) - image.astype(int))
        assert difference.max() <= 1  # the same faces (convolutions may round differently)


def test_generation_moves_to_the_cpu_when_one_face_does_not_fit_on_the_gpu(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    face_generator = FaceGenerator(default_model_path())
    latents = face_generator.random_latents(seed=5, count=6)
    expected = face_generator.render(latents)
    rendered = fail_render_when(
        monkeypatch, lambda generator, count: generator.device.type == "cuda"
    )
    face_generator.device = torch.device("cuda")  # as if loaded on a full GPU (none here)

    images = face_generator.render(latents)

    assert face_generator.notices == ["Out of GPU memory: generating on the CPU instead (slower)"]
    assert face_generator.device == torch.device("cpu")
    assert rendered == [6]  # 6, 3 and 1 failed on the "GPU"; then all six at once on the CPU
    np.testing.assert_array_equal(images, expected)


def test_generate_out_of_memory_on_the_cpu_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fail_render_when(monkeypatch, lambda generator, count: True)
    out = tmp_path / "faces"
    code = main(["generate", str(default_model_path()), "--out", str(out), "--count", "3"])

    assert code == 1
    assert capsys.readouterr().err == (
        "error: Out of memory generating even one face; close other programs and try again.\n"
    )
    assert not out.exists() or not list(out.iterdir())


# -- the Train panel -----------------------------------------------------------------------


@pytest.fixture
def train_panel(qtbot, tmp_path: Path):
    from aigc_studio.engine.engine import Engine
    from aigc_studio.ui.settings import load_settings
    from aigc_studio.ui.train_panel import TrainPanel

    engine = Engine()
    panel = TrainPanel(engine, load_settings())
    qtbot.addWidget(panel)
    make_face_like_images(tmp_path / "faces", 16)
    panel.data_edit.setText(str(tmp_path / "faces"))
    panel.run_edit.setText(str(tmp_path / "run"))
    panel.resolution_combo.setCurrentIndex(panel.resolution_combo.findData(32))
    panel.device_combo.setCurrentText("auto")  # the CPU here; messages pretend it is a GPU
    panel.width_spin.setValue(8)
    panel.show()
    yield panel
    assert engine.shutdown()


def test_train_panel_shows_the_lower_batch_while_training_goes_on(
    qtbot, train_panel, monkeypatch: pytest.MonkeyPatch
) -> None:
    fail_step_when(monkeypatch, lambda run: run.config.batch > 8)
    pretend_gpu(monkeypatch)
    train_panel.batch_spin.setValue(32)
    train_panel.steps_spin.setValue(6)

    qtbot.mouseClick(train_panel.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: train_panel.job is None, timeout=60_000)

    log = train_panel.log.toPlainText()
    lowered = "Out of GPU memory: batch size lowered from 16 to 8"
    assert train_panel.warning_label.isVisible() and train_panel.warning_label.text() == lowered
    assert log.index("from 32 to 16") < log.index(lowered) < log.index("Finished at step 6")
    assert not train_panel.cpu_button.isVisible()
    assert (train_panel.model_path).is_file()


def test_train_panel_offers_the_cpu_when_the_smallest_batch_does_not_fit(
    qtbot, train_panel, monkeypatch: pytest.MonkeyPatch
) -> None:
    fail_step_when(monkeypatch, lambda run: run.state.step >= 3)  # the GPU fills up
    pretend_gpu(monkeypatch)
    train_panel.batch_spin.setValue(8)
    train_panel.steps_spin.setValue(5)

    qtbot.mouseClick(train_panel.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: train_panel.job is None, timeout=60_000)

    warning = train_panel.warning_label.text()
    assert warning.startswith("Training failed: Out of GPU memory even at batch size 4;")
    assert warning.endswith(f"{CPU_SUGGESTION}.")
    assert train_panel.cpu_button.isVisible()
    assert train_panel.stats_label.text() == "Training stopped: the GPU ran out of memory."

    # The CPU has the memory: the same run goes on there from its last good state.
    monkeypatch.setattr(losses, "generator_loss", original_generator_loss)
    qtbot.mouseClick(train_panel.cpu_button, Qt.MouseButton.LeftButton)
    assert (
        train_panel.device_combo.currentText() == "cpu" and not train_panel.cpu_button.isVisible()
    )
    qtbot.waitUntil(lambda: train_panel.job is None, timeout=60_000)

    log = train_panel.log.toPlainText()
    assert "Resumed recipe run at step 1" in log and "Finished at step 5" in log
    assert not train_panel.warning_label.isVisible()


def test_running_out_of_memory_measuring_quality_or_drawing_samples_skips_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from aigc_studio.gan import train_quality

    def out_of_memory(*args: object) -> None:
        raise cuda_oom()

    monkeypatch.setattr(train_quality.TrainingQuality, "measure", out_of_memory)
    monkeypatch.setattr(train_module, "_draw_samples", out_of_memory)
    pretend_gpu(monkeypatch)
    config = run_config(tmp_path, steps=4, quality_samples=16, sample_every=2)
    updates = list(train(config, SilentReporter()))

    messages = [u.message for u in updates if u.message]
    assert "Out of GPU memory drawing the samples of step 2; skipped" in messages
    assert messages[-1].endswith(
        "(Out of GPU memory drawing the samples of step 4; skipped); Out of GPU memory "
        "measuring quality at step 4; skipped"
    )
    assert updates[-1].step == 4 and (tmp_path / "run" / MODEL_FILE).is_file()
    assert all(u.sample_grid is None and u.quality is None for u in updates)
