"""A file from a stranger is data, never code: pickle payloads disguised as a project or
a model are refused with the app's own message and never run; model files are checked
against their own description before any network is built."""

from __future__ import annotations

import json
import pathlib
import pickle
import struct
from pathlib import Path

import pytest
import torch
from safetensors.torch import save_file

from aigc_studio.gan import checkpoint
from aigc_studio.gan.checkpoint import (
    CONFIG_KEY,
    MAX_HEADER_BYTES,
    ModelFileError,
    load_model,
    read_config,
    save_model,
)
from aigc_studio.gan.config import ModelConfig
from aigc_studio.gan.models import build_generator
from aigc_studio.project.storage import ProjectError, load_project
from aigc_studio.script.char_gpt_train import load_char_gpt

SMALL = ModelConfig(resolution=32, latent_dim=8, generator_width=4, discriminator_width=4)


class TouchMarker:
    """Unpickling this creates the marker file: proof that the file ran code."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple:
        return (pathlib.Path.touch, (pathlib.Path(self.marker),))


def payload(marker: Path) -> bytes:
    return pickle.dumps({"weights": TouchMarker(marker)})


def test_the_payload_really_runs_code_when_unpickled(tmp_path: Path) -> None:
    """Guards the tests below: their payload is live, so a missing marker means refused."""
    marker = tmp_path / "proof"
    pickle.loads(payload(marker))  # noqa: S301  (the point of the test)
    assert marker.exists()


def test_a_pickle_saved_as_project_json_is_refused_and_never_runs(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    for protocol in (0, pickle.HIGHEST_PROTOCOL):  # 0 is plain ASCII text, the rest binary
        folder = tmp_path / f"gift-{protocol}.aigcproj"
        folder.mkdir()
        raw = pickle.dumps({"x": TouchMarker(marker)}, protocol=protocol)
        (folder / "project.json").write_bytes(raw)
        with pytest.raises(ProjectError, match="restore it from a backup"):
            load_project(folder)
    assert not marker.exists()


def test_a_pickle_saved_as_a_model_is_refused_and_never_runs(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    model = tmp_path / "faces.safetensors"
    model.write_bytes(payload(marker))
    with pytest.raises(ModelFileError, match="faces.safetensors is not a valid model") as caught:
        load_model(model)
    assert "PyTorch pickle" in str(caught.value) and "can run code" in str(caught.value)
    with pytest.raises(ModelFileError):
        read_config(model)
    assert not marker.exists()


def test_a_pickle_saved_as_a_text_model_is_refused_and_never_runs(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    model = tmp_path / "writer.safetensors"
    model.write_bytes(payload(marker))
    with pytest.raises(ModelFileError, match="writer.safetensors is not a valid model file"):
        load_char_gpt(model)
    assert not marker.exists()


def test_a_torch_save_file_renamed_to_safetensors_is_refused_and_never_runs(
    tmp_path: Path,
) -> None:
    marker = tmp_path / "pwned"
    model = tmp_path / "checkpoint.safetensors"
    torch.save({"weights": torch.zeros(2), "extra": TouchMarker(marker)}, model)
    assert model.read_bytes()[:2] == b"PK"  # torch's zip of pickles, as shared on the web
    for load in (load_model, read_config, load_char_gpt):
        with pytest.raises(ModelFileError, match="not a valid model file but a PyTorch pickle"):
            load(model)
    assert not marker.exists()


def test_a_header_over_the_limit_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = tmp_path / "huge-header.safetensors"
    size = MAX_HEADER_BYTES + 1
    with model.open("wb") as handle:
        handle.write(struct.pack("<Q", size))
        handle.truncate(8 + size + 1024)  # sparse: the file really is that long
    opened: list[str] = []
    monkeypatch.setattr(checkpoint, "safe_open", lambda *args, **kw: opened.append("x"))
    with pytest.raises(ModelFileError, match="not a valid model file"):
        load_model(model)
    assert opened == []  # refused from its first 8 bytes, nothing parsed


def write_model(path: Path, weights_of: ModelConfig, metadata: dict) -> Path:
    generator = build_generator(weights_of)
    tensors = {k: v.contiguous() for k, v in generator.state_dict().items()}
    save_file(tensors, str(path), metadata={CONFIG_KEY: json.dumps(metadata)})
    return path


def described_as(config: ModelConfig, **changes: object) -> dict:
    return {**json.loads(config.to_json()), **changes}


@pytest.mark.parametrize(
    ("changes", "weights_say"),
    [
        ({"resolution": 64}, "a 32-pixel model with a latent size of 8"),
        ({"latent_dim": 16}, "a 32-pixel model with a latent size of 8"),
        ({"generator_width": 8}, "other layer sizes"),
        ({"label_names": ["eyes"], "label_classes": [3]}, "other layer sizes"),
    ],
    ids=["resolution", "latent", "width", "labels"],
)
def test_metadata_that_does_not_match_the_weights_is_a_sentence(
    tmp_path: Path, changes: dict, weights_say: str
) -> None:
    model = write_model(tmp_path / "edited.safetensors", SMALL, described_as(SMALL, **changes))
    with pytest.raises(ModelFileError) as caught:
        load_model(model)
    message = str(caught.value)
    assert message.startswith("edited.safetensors does not match itself")
    assert weights_say in message
    assert "size mismatch" not in message and "\n" not in message


def test_an_unknown_architecture_in_the_metadata_is_a_sentence(tmp_path: Path) -> None:
    model = write_model(
        tmp_path / "other.safetensors", SMALL, described_as(SMALL, arch="stylegan9")
    )
    with pytest.raises(ModelFileError, match="unknown architecture 'stylegan9'"):
        load_model(model)


def test_a_huge_network_named_in_the_metadata_is_refused_without_building_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 4-byte config could ask for gigabytes of weights; the check runs on shapes only."""
    huge = described_as(SMALL, resolution=128, latent_dim=4096, generator_width=1024)
    model = write_model(tmp_path / "greedy.safetensors", SMALL, huge)
    built: list[ModelConfig] = []
    real_build = checkpoint.build_generator

    def spy(config: ModelConfig) -> torch.nn.Module:
        generator = real_build(config)
        if next(generator.parameters()).device.type != "meta":
            built.append(config)
        return generator

    monkeypatch.setattr(checkpoint, "build_generator", spy)
    with pytest.raises(ModelFileError, match="128-pixel model with a latent size of 4096"):
        load_model(model)
    assert built == []


def test_a_matching_model_still_loads(tmp_path: Path) -> None:
    generator = build_generator(SMALL)
    path = save_model(tmp_path / "good.safetensors", generator, SMALL)
    loaded = load_model(path)
    assert loaded.config.latent_dim == 8
    z = torch.zeros(1, 8)
    assert torch.equal(loaded.generator(z), generator.eval()(z))
