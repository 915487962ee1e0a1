"""The headless commands end to end, run as a user would run them."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from tests.images import make_face_like_images


def aigc(*args: str | Path, timeout: int = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "aigc_studio", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@pytest.fixture(scope="module")
def trained_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("cli")
    make_face_like_images(root / "data", 64, size=40)
    run = root / "run"
    result = aigc(
        "train", root / "data", "--out", run, "--steps", "20", "--batch", "8",
        "--resolution", "32", "--device", "cpu", "--seed", "3", "--width", "8",
        "--sample-every", "10",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return run


def test_train_writes_model_samples_and_metrics(trained_run: Path) -> None:
    assert (trained_run / "model.safetensors").stat().st_size > 1000
    samples = sorted((trained_run / "samples").glob("*.png"))
    assert samples, "no sample grids written"
    grid = np.asarray(Image.open(samples[-1]))
    assert grid.ndim == 3 and grid.shape[2] == 3 and grid.std() > 1, "sample grid is blank"
    with open(trained_run / "metrics.csv", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == ["step", "loss_d", "loss_g", "seconds", "batch"]
    assert [int(r["step"]) for r in rows] == list(range(1, 21))
    assert all(np.isfinite(float(r["loss_d"])) and float(r["seconds"]) > 0 for r in rows)


def test_generate_is_repeatable_per_seed(trained_run: Path, tmp_path: Path) -> None:
    model = trained_run / "model.safetensors"
    for name, seed in (("a", 11), ("b", 11), ("c", 12)):
        result = aigc("generate", model, "--out", tmp_path / name, "--count", "4", "--seed", seed)
        assert result.returncode == 0, result.stderr

    def images(name: str) -> list[np.ndarray]:
        files = sorted((tmp_path / name).glob("*.png"))
        return [np.asarray(Image.open(f)) for f in files]

    first, again, other = images("a"), images("b"), images("c")
    assert len(first) == 4 and first[0].shape == (32, 32, 3)
    assert all(np.array_equal(x, y) for x, y in zip(first, again, strict=True))
    assert not np.array_equal(first[0], other[0])


def test_render_project_to_vertical_mp4(trained_run: Path, tmp_path: Path) -> None:
    from aigc_studio.media.probe import probe_video
    from aigc_studio.project.model import LatentWalkClip, Project
    from aigc_studio.project.storage import save_project
    from aigc_studio.script.model import Scene, Script

    rng = np.random.default_rng(0)
    project = Project(name="cli-short", script=Script(scenes=[Scene("face", "Hello 你好", 3.0)]))
    project.timeline.track("video").clips.append(
        LatentWalkClip(
            start=0.0,
            duration=3.0,
            keyframes=rng.standard_normal((2, 100)).tolist(),
            model=str(trained_run / "model.safetensors"),
        )
    )
    folder = save_project(project, tmp_path / "short.aigcproj")
    out = tmp_path / "short.mp4"
    result = aigc("render", folder, "--out", out)
    assert result.returncode == 0, result.stderr
    info = probe_video(out)
    assert (info.width, info.height) == (1080, 1920)
    assert info.fps == pytest.approx(30, abs=0.01)
    assert abs(info.frame_count - 90) <= 1
    assert info.duration == pytest.approx(3.0, abs=1 / 30 + 0.03)
    assert info.has_audio and info.video_codec == "h264" and info.audio_codec == "aac"


@pytest.mark.parametrize(
    "args, message",
    [
        (["train", "/no/such/folder", "--out", "x"], "folder not found"),
        (["train", ".", "--out", "x", "--steps", "0"], "must be at least 1"),
        (["train", ".", "--out", "x", "--resolution", "48"], "invalid choice"),
        (["generate", "/no/such/model.safetensors", "--out", "x"], "file not found"),
        (["render", "/no/such/project.aigcproj", "--out", "x.mp4"], "folder not found"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_bad_arguments_fail_in_one_line(args: list[str], message: str) -> None:
    result = aigc(*args)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], result.stderr
    assert "Traceback" not in result.stderr


def test_bad_model_file_fails_in_one_line(tmp_path: Path) -> None:
    fake = tmp_path / "fake.safetensors"
    fake.write_bytes(b"\x10\x00\x00\x00\x00\x00\x00\x00{}" + b" " * 20)
    result = aigc("generate", fake, "--out", tmp_path / "out")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "fake.safetensors" in result.stderr
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_every_command_has_help() -> None:
    for command in ("train", "generate", "render"):
        result = aigc(command, "--help")
        assert result.returncode == 0 and "usage: aigc-studio " + command in result.stdout


def test_render_with_a_preset_quality_and_no_ai_label(trained_run: Path, tmp_path: Path) -> None:
    from aigc_studio.media.probe import probe_video, read_metadata
    from aigc_studio.project.model import LatentWalkClip, Project
    from aigc_studio.project.storage import save_project

    keyframes = np.random.default_rng(1).standard_normal((2, 100)).tolist()
    project = Project(name="square")
    model = str(trained_run / "model.safetensors")
    project.timeline.track("video").clips.append(LatentWalkClip(0.0, 1.0, keyframes, model=model))
    folder = save_project(project, tmp_path / "square.aigcproj")
    out = tmp_path / "square.mp4"
    args = ("render", folder, "--out", out, "--preset", "Square 1:1", "--quality", "small")
    result = aigc(*args, "--no-ai-label")
    assert result.returncode == 0, result.stderr
    info = probe_video(out)
    assert (info.width, info.height, info.fps) == (1080, 1080, 30.0)
    assert "comment" not in read_metadata(out)
    labelled = aigc(*args[:3], tmp_path / "labelled.mp4", "--preset", "douyin")
    assert labelled.returncode == 0, labelled.stderr
    assert (
        probe_video(tmp_path / "labelled.mp4").width,
        probe_video(tmp_path / "labelled.mp4").height,
    ) == (1080, 1920)
    assert "AI-generated" in read_metadata(tmp_path / "labelled.mp4")["comment"]

    bad = aigc("render", folder, "--out", out, "--preset", "Vine")
    assert bad.returncode != 0
    assert "unknown preset 'Vine'" in bad.stderr.strip().splitlines()[-1]


def test_render_batch_writes_variants_with_covers_and_notes_a_missing_encoder(
    trained_run: Path, tmp_path: Path
) -> None:
    from aigc_studio.media.encoders import available_encoders
    from aigc_studio.media.probe import probe_video
    from aigc_studio.project.model import LatentWalkClip, Project
    from aigc_studio.project.storage import save_project
    from tests.test_media_export import decoded_frames

    keyframes = np.random.default_rng(2).standard_normal((2, 100)).tolist()
    project = Project(name="takes", width=180, height=320)
    model = str(trained_run / "model.safetensors")
    project.timeline.track("video").clips.append(LatentWalkClip(0.0, 1.0, keyframes, model=model))
    folder = save_project(project, tmp_path / "takes.aigcproj")
    out = tmp_path / "take.mp4"
    result = aigc(
        "render", folder, "--out", out, "--batch", "2", "--cover", "--encoder", "h264_nvenc"
    )
    assert result.returncode == 0, result.stderr
    if "h264_nvenc" not in available_encoders():
        assert (
            "note: NVENC is not available on this computer; exporting with x264 (software) "
            "instead" in result.stderr.splitlines()
        )
    names = sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".mp4", ".jpg"))
    assert names == ["take-1.cover.jpg", "take-1.mp4", "take-2.cover.jpg", "take-2.mp4"]
    first, second = (
        decoded_frames(tmp_path / f"take-{k}.mp4", [15], (180, 320))[0] for k in (1, 2)
    )
    assert probe_video(tmp_path / "take-2.mp4").frame_count == 30
    assert np.abs(first.astype(int) - second.astype(int)).mean() > 3  # other faces
