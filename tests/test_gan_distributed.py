"""`aigc-studio train` under torchrun: two CPU processes (gloo) train as one.

Each run sets AIGC_STUDIO_RANK_DUMP so every rank writes its full training state at the
end (see gan/distributed.py); the ranks must hold the same weights, optimiser moments and
EMA, and only rank 0 may write into the run folder.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
import torch
from safetensors import safe_open
from safetensors.torch import load_file

from aigc_studio.gan.distributed import RANK_DUMP_ENV
from aigc_studio.gan.generate import FaceGenerator
from aigc_studio.gan.train import MODEL_FILE
from aigc_studio.gan.train_state import STATE_FILE, STATE_KEY
from tests.images import make_face_like_images

pytestmark = pytest.mark.skipif(
    not torch.distributed.is_available() or sys.platform == "win32",
    reason="needs torch.distributed with gloo",
)

REPO = Path(__file__).resolve().parents[1]
LOOPBACK = "lo0" if sys.platform == "darwin" else "lo"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def torchrun(data: Path, out: Path, dumps: Path, *extra: str) -> str:
    """Two ranks of `aigc-studio train` on loopback; returns their stderr."""
    env = {
        **os.environ,
        "OMP_NUM_THREADS": "1",
        "PYTHONWARNINGS": "error",  # as strict as the suite itself
        "GLOO_SOCKET_IFNAME": LOOPBACK,
        "PYTHONPATH": str(REPO),
        RANK_DUMP_ENV: str(dumps),
    }
    command = [
        sys.executable, "-m", "torch.distributed.run", "--nproc_per_node=2", "--nnodes=1",
        "--master_addr=127.0.0.1", f"--master_port={free_port()}",
        "-m", "aigc_studio", "train", str(data), "--out", str(out), "--batch", "4",
        "--resolution", "32", "--width", "8", "--device", "cpu", *extra,
    ]  # fmt: skip
    done = subprocess.run(command, env=env, cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stderr


def assert_ranks_identical(dumps: Path) -> dict[str, torch.Tensor]:
    rank0, rank1 = (load_file(dumps / f"rank-{rank}.safetensors") for rank in (0, 1))
    assert rank0.keys() == rank1.keys()
    different = [key for key in rank0 if not torch.equal(rank0[key], rank1[key])]
    assert not different, different
    return rank0


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("ddp") / "data"
    make_face_like_images(folder, 8)
    return folder


@pytest.mark.parametrize("arch", ["recipe", "dcgan"])
def test_two_ranks_hold_identical_weights(data: Path, tmp_path: Path, arch: str) -> None:
    run, dumps = tmp_path / "run", tmp_path / "dumps"
    stderr = torchrun(data, run, dumps, "--steps", "4", "--arch", arch)

    state = assert_ranks_identical(dumps)
    assert any(key.startswith("opt_g/") for key in state)
    assert any(key.startswith("ema/") for key in state) == (arch == "recipe")
    # Only rank 0 wrote into the run folder, and only rank 0 printed.
    written = sorted(str(p.relative_to(run)) for p in run.rglob("*"))
    assert written == [
        "dataset-cache.safetensors", "metrics.csv", MODEL_FILE, "quality.csv", "samples",
        "samples/step_000001.png", "samples/step_000004.png", STATE_FILE,
    ]  # fmt: skip
    steps = [line.split(",")[0] for line in (run / "metrics.csv").read_text().splitlines()]
    assert steps == ["step", "1", "2", "3", "4"]
    assert stderr.count("Finished at step 4") == 1
    assert stderr.count("step 4 quality: KID") == 1  # measured once, by rank 0
    assert "2 processes (gloo), batch 4 per process, 8 images per step" in stderr
    assert FaceGenerator(run / MODEL_FILE).config.step == 4
    with safe_open(str(run / STATE_FILE), framework="pt") as handle:
        assert json.loads(handle.metadata()[STATE_KEY])["world_size"] == 2
        assert "rng/loop/rank1" in handle.keys()


def test_distributed_run_resumes_exactly(data: Path, tmp_path: Path) -> None:
    straight, split = tmp_path / "straight", tmp_path / "split"
    torchrun(data, straight, tmp_path / "d0", "--steps", "4", "--arch", "dcgan")
    torchrun(data, split, tmp_path / "d1", "--steps", "2", "--arch", "dcgan")
    stderr = torchrun(data, split, tmp_path / "d2", "--steps", "4", "--resume", str(split))

    assert "Resumed dcgan run at step 2" in stderr
    expected, actual = load_file(straight / STATE_FILE), load_file(split / STATE_FILE)
    assert expected.keys() == actual.keys()
    different = [key for key in expected if not torch.equal(expected[key], actual[key])]
    assert not different, different
    assert_ranks_identical(tmp_path / "d2")
