"""The creator's own text model: it learns their scripts, saves safely and samples."""

from __future__ import annotations

import json
import random
import struct
from pathlib import Path

import pytest
import torch
from safetensors import safe_open
from safetensors.torch import save_file

from aigc_studio.gan.checkpoint import ModelFileError
from aigc_studio.script.char_gpt import CharGPTConfig, Vocabulary, sample
from aigc_studio.script.char_gpt_train import (
    METADATA_KEY,
    CharModelFileError,
    load_char_gpt,
    train_char_gpt,
    unigram_entropy,
)

TINY = CharGPTConfig(block_size=64, n_layer=2, n_head=4, n_embd=64, dropout=0.0)

HOOKS = [
    "Stop scrolling: {topic} is not what you think.",
    "Nobody tells you this about {topic}.",
    "I tried {topic} for {n} days. Here is what happened.",
    "Three things I wish I knew before {topic}.",
    "Want better {topic}? Watch this.",
]
SHOTS = [
    "Close-up of {obj} on a wooden desk.",
    "Wide shot: the kitchen at sunrise, {obj} in hand.",
    "Slow pan across {obj}, warm light.",
    "Hands holding {obj}, quick zoom in.",
    "Split screen: before and after {topic}.",
]
LINES = [
    "First, keep your {obj} where you can see it.",
    "Most people skip this step, and that is why {topic} fails.",
    "It takes {n} minutes and costs almost nothing.",
    "Here is the trick: start small and repeat every day.",
    "If you remember one thing, remember this.",
    "Follow for part two, where I show the full routine.",
]
TOPICS = ["morning routines", "home coffee", "budget travel", "desk setups", "sourdough"]
OBJECTS = ["a notebook", "the kettle", "a phone", "the camera", "a plant"]


def make_corpus(size: int = 30_000, seed: int = 7) -> str:
    """Script-like English text built from templates: varied but learnable."""
    rng = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < size:
        fill = {"topic": rng.choice(TOPICS), "obj": rng.choice(OBJECTS), "n": rng.randint(2, 30)}
        lines = [f"TITLE: {fill['topic'].title()}", "HOOK: " + rng.choice(HOOKS).format(**fill)]
        for number in range(1, rng.randint(3, 5) + 1):
            lines.append(f"SCENE {number}")
            lines.append("SHOT: " + rng.choice(SHOTS).format(**fill))
            lines.append("LINE: " + rng.choice(LINES).format(**fill))
        text = "\n".join(lines) + "\n\n"
        parts.append(text)
        total += len(text)
    return "".join(parts)


class ListReporter:
    def __init__(self, cancel_after: int | None = None) -> None:
        self.events: list[tuple[float, str]] = []
        self.cancel_after = cancel_after

    def progress(self, fraction: float, message: str = "") -> None:
        self.events.append((fraction, message))

    def cancelled(self) -> bool:
        return self.cancel_after is not None and len(self.events) >= self.cancel_after


@pytest.fixture(scope="module")
def corpus() -> str:
    return make_corpus()


@pytest.fixture(scope="module")
def trained(corpus: str, tmp_path_factory: pytest.TempPathFactory):
    torch.set_num_threads(1)
    path = tmp_path_factory.mktemp("own") / "own.safetensors"
    reporter = ListReporter()
    result = train_char_gpt(
        corpus, path, TINY, steps=300, batch=16, lr=3e-3, seed=0, reporter=reporter
    )
    return result, reporter


def test_validation_loss_beats_the_unigram_entropy(corpus: str, trained) -> None:
    result, reporter = trained
    entropy = unigram_entropy(corpus)
    first, last = result.val_loss[0][1], result.final_val_loss
    assert result.steps == 300 and not result.cancelled
    assert last < entropy, f"val loss {last:.3f} vs unigram entropy {entropy:.3f} nats"
    assert last < first
    assert len(result.train_loss) >= 2
    assert reporter.events[-1][0] == pytest.approx(1.0)
    assert all(0.0 <= f <= 1.0 for f, _ in reporter.events)


def test_saved_model_loads_and_samples_corpus_characters(corpus: str, trained) -> None:
    result, _ = trained
    model, vocab, header = load_char_gpt(result.path)
    assert header["step"] == 300 and header["val_loss"] == pytest.approx(result.final_val_loss)
    text = sample(model, vocab, "HOOK: ", max_new=120, temperature=0.8, top_k=10, seed=3)
    assert len(text) == 120
    assert set(text) <= set(corpus)
    # a new character in the prompt is tolerated (it maps to the unknown id)
    assert len(sample(model, vocab, "é ", max_new=5, seed=1)) == 5


def test_greedy_sampling_is_deterministic(trained) -> None:
    model, vocab, _ = load_char_gpt(trained[0].path)
    runs = {sample(model, vocab, "SHOT: ", 60, temperature=0.0, seed=s) for s in (1, 2)}
    runs |= {sample(model, vocab, "SHOT: ", 60, temperature=1.0, top_k=1, seed=9)}
    assert len(runs) == 1
    assert sample(model, vocab, "SHOT: ", 60, temperature=1.0, seed=4) == sample(
        model, vocab, "SHOT: ", 60, temperature=1.0, seed=4
    )


def test_cancel_stops_early_and_still_saves(corpus: str, tmp_path: Path) -> None:
    torch.set_num_threads(1)
    path = tmp_path / "cancelled.safetensors"
    result = train_char_gpt(
        corpus, path, TINY, steps=300, batch=8, seed=0, reporter=ListReporter(cancel_after=5)
    )
    assert result.cancelled and result.steps == 5
    model, vocab, header = load_char_gpt(path)
    assert header["step"] == 5
    assert len(sample(model, vocab, "LINE: ", 10)) == 10


def _rewrite(source: Path, target: Path, metadata: dict[str, str] | None) -> None:
    with safe_open(str(source), framework="pt") as handle:
        tensors = {key: handle.get_tensor(key) for key in handle.keys()}
    save_file(tensors, str(target), metadata=metadata)


def _header(source: Path) -> dict:
    with safe_open(str(source), framework="pt") as handle:
        return json.loads(handle.metadata()[METADATA_KEY])


def test_missing_metadata_is_refused(trained, tmp_path: Path) -> None:
    target = tmp_path / "bare.safetensors"
    _rewrite(trained[0].path, target, None)
    with pytest.raises(CharModelFileError, match="not an AIGC Studio text model"):
        load_char_gpt(target)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda h: h["vocab"].pop(), "vocabulary has"),
        (lambda h: h["config"].update(n_embd=32), "damaged text model metadata"),
        (lambda h: h["config"].pop("n_head"), "unexpected model configuration"),
        (lambda h: h.update(version=99), "newer AIGC Studio"),
    ],
)
def test_tampered_metadata_is_refused(trained, tmp_path: Path, change, message: str) -> None:
    header = _header(trained[0].path)
    change(header)
    target = tmp_path / "tampered.safetensors"
    _rewrite(trained[0].path, target, {METADATA_KEY: json.dumps(header)})
    with pytest.raises(CharModelFileError, match=message):
        load_char_gpt(target)


def test_garbage_and_missing_files_are_refused(tmp_path: Path) -> None:
    junk = tmp_path / "junk.safetensors"
    junk.write_bytes(struct.pack("<Q", 10**12) + b"{}")
    with pytest.raises(ModelFileError, match="bad header"):
        load_char_gpt(junk)
    with pytest.raises(ModelFileError, match="not found"):
        load_char_gpt(tmp_path / "nope.safetensors")


def test_unigram_entropy_and_vocabulary_basics() -> None:
    assert unigram_entropy("aaaa") == 0.0
    assert unigram_entropy("abab") == pytest.approx(0.6931, abs=1e-4)  # ln 2
    vocab = Vocabulary.from_text("hello")
    assert vocab.decode(vocab.encode("hello")) == "hello"
    assert vocab.encode("z") == [0]


def test_too_short_corpus_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="too short"):
        train_char_gpt("tiny text", tmp_path / "x.safetensors", TINY, steps=1)
