"""Train the char-GPT on the creator's own scripts; save and load it as safetensors. No Qt.

Training is a plain function with a Reporter (progress out, cancel in), like the GAN's.
Cancelling stops after the current step and still saves what was learned. The file holds
tensors only; config, vocabulary, step and validation loss travel as JSON metadata, so
loading never unpickles anything.
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

import torch
import torch.nn.functional as F
from safetensors import safe_open
from safetensors.torch import save_file

from aigc_studio.gan.checkpoint import ModelFileError, read_header_size
from aigc_studio.progress import Reporter, SilentReporter
from aigc_studio.script.char_gpt import CharGPT, CharGPTConfig, Vocabulary
from aigc_studio.script.corpus import unigram_entropy  # noqa: F401  (re-exported)
from aigc_studio.translation import tr

METADATA_KEY = "aigc_studio.char_gpt"
FORMAT_VERSION = 1
EVAL_EVERY = 50  # steps between validation measurements
EVAL_BATCHES = 8  # batches averaged per validation measurement
CHECKPOINT_EVERY = 250  # steps between saves of the model file while training


class CharModelFileError(ModelFileError):
    """A text model file that can't be used; the message is shown to the user. A
    ModelFileError, so callers that already report bad GAN files report these too."""


@dataclass
class TrainResult:
    path: Path  # the saved model file
    steps: int  # optimiser steps completed (fewer than asked when cancelled)
    cancelled: bool  # True when the user stopped it early
    train_loss: list[tuple[int, float]] = field(default_factory=list)  # (step, mean loss)
    val_loss: list[tuple[int, float]] = field(default_factory=list)  # (step, val loss)

    @property
    def final_val_loss(self) -> float:
        return self.val_loss[-1][1] if self.val_loss else math.nan


def _batch(
    data: torch.Tensor, block: int, batch: int, generator: torch.Generator
) -> tuple[torch.Tensor, torch.Tensor]:
    starts = torch.randint(0, len(data) - block, (batch,), generator=generator)
    x = torch.stack([data[s : s + block] for s in starts.tolist()])
    y = torch.stack([data[s + 1 : s + block + 1] for s in starts.tolist()])
    return x, y


@torch.no_grad()
def _evaluate(
    model: CharGPT, data: torch.Tensor, block: int, batch: int, generator: torch.Generator
) -> float:
    model.eval()
    losses = []
    for _ in range(EVAL_BATCHES):
        x, y = _batch(data, block, batch, generator)
        logits = model(x)
        losses.append(float(F.cross_entropy(logits.flatten(0, 1), y.flatten())))
    model.train()
    return sum(losses) / len(losses)


def train_char_gpt(
    corpus_text: str,
    out_path: str | Path,
    config: CharGPTConfig | None = None,
    steps: int = 2000,
    batch: int = 32,
    lr: float = 3e-3,
    seed: int = 0,
    reporter: Reporter | None = None,
    checkpoint_every: int = CHECKPOINT_EVERY,
) -> TrainResult:
    """Train on ``corpus_text`` (first 90% train, last 10% validation) and save to
    ``out_path``. ``config.vocab_size`` is set from the corpus.

    The file is also written every ``checkpoint_every`` steps (0: only at the end), so a
    crash or a closed laptop keeps what was learned so far."""
    reporter = reporter or SilentReporter()
    vocab = Vocabulary.from_text(corpus_text)
    config = replace(config or CharGPTConfig(), vocab_size=len(vocab))
    data = torch.tensor(vocab.encode(corpus_text), dtype=torch.long)
    split = int(len(data) * 0.9)
    train_data, val_data = data[:split], data[split:]
    # the validation slice must hold at least one full window plus its target
    block = min(config.block_size, len(val_data) - 1)
    if block < 8:
        raise ValueError(
            tr(
                "the corpus is too short to train on ({chars} characters); add more of your scripts"
            ).format(chars=len(corpus_text))
        )
    torch.manual_seed(seed)
    generator = torch.Generator().manual_seed(seed)
    eval_generator = torch.Generator()
    model = CharGPT(config)
    optimiser = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=0.01)
    result = TrainResult(path=Path(out_path), steps=0, cancelled=False)
    running: list[float] = []
    val = math.nan
    model.train()
    for step in range(1, steps + 1):
        if reporter.cancelled():
            result.cancelled = True
            break
        # cosine decay: a high rate learns the tiny corpus fast, the tail settles it
        for group in optimiser.param_groups:
            group["lr"] = lr * 0.5 * (1 + math.cos(math.pi * (step - 1) / steps))
        x, y = _batch(train_data, block, batch, generator)
        loss = F.cross_entropy(model(x).flatten(0, 1), y.flatten())
        optimiser.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimiser.step()
        loss_value = loss.item()  # one sync per step; detached, so no autograd warning
        running.append(loss_value)
        result.steps = step
        if step % EVAL_EVERY == 0 or step == steps:
            eval_generator.manual_seed(seed + 1)  # same windows each time: curves compare
            val = _evaluate(model, val_data, block, batch, eval_generator)
            result.train_loss.append((step, sum(running) / len(running)))
            result.val_loss.append((step, val))
            running.clear()
        if checkpoint_every and step % checkpoint_every == 0 and step < steps:
            save_char_gpt(result.path, model, vocab, step=step, val_loss=val)
        reporter.progress(
            step / steps,
            tr("step {step}/{steps}, loss {loss:.3f}").format(
                step=step, steps=steps, loss=loss_value
            ),
        )
    if result.steps and (not result.val_loss or result.val_loss[-1][0] != result.steps):
        eval_generator.manual_seed(seed + 1)
        val = _evaluate(model, val_data, block, batch, eval_generator)
        result.val_loss.append((result.steps, val))
    save_char_gpt(result.path, model, vocab, step=result.steps, val_loss=val)
    return result


def save_char_gpt(
    path: Path, model: CharGPT, vocab: Vocabulary, step: int, val_loss: float
) -> Path:
    """Write atomically (temp file, fsync, rename): a crash mid-write keeps the old file."""
    # the head shares token.weight; safetensors refuses shared storage, so keep one copy
    tensors = {
        name: tensor.detach().to("cpu").contiguous()
        for name, tensor in model.state_dict().items()
        if name != "head.weight"
    }
    header = {
        "version": FORMAT_VERSION,
        "config": model.config.to_dict(),
        "vocab": vocab.chars,
        "step": step,
        "val_loss": None if math.isnan(val_loss) else val_loss,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.tmp")
    save_file(tensors, str(temp), metadata={METADATA_KEY: json.dumps(header, ensure_ascii=False)})
    with open(temp, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(temp, path)
    return path


def load_char_gpt(path: str | Path) -> tuple[CharGPT, Vocabulary, dict]:
    """(model in eval mode, vocabulary, header) from a file written by save_char_gpt.
    Any missing or inconsistent metadata raises CharModelFileError with a sentence."""
    path = Path(path)
    read_header_size(path)  # the GAN's guard: a hostile header can't exhaust memory
    try:
        with safe_open(str(path), framework="pt") as handle:
            metadata = handle.metadata() or {}
            tensors = {key: handle.get_tensor(key) for key in handle.keys()}
    except Exception as error:  # safetensors raises its own error types
        raise CharModelFileError(
            tr("{name} is not a valid text model file: {error}").format(name=path.name, error=error)
        ) from error
    if METADATA_KEY not in metadata:
        raise CharModelFileError(
            tr("{name} is not an AIGC Studio text model (no metadata)").format(name=path.name)
        )
    try:
        header = json.loads(metadata[METADATA_KEY])
        if int(header.get("version", 0)) > FORMAT_VERSION:
            raise CharModelFileError(
                tr("{name} was written by a newer AIGC Studio").format(name=path.name)
            )
        known = {f.name for f in fields(CharGPTConfig)}
        raw = header["config"]
        if set(raw) != known:
            raise CharModelFileError(
                tr("{name} has an unexpected model configuration").format(name=path.name)
            )
        config = CharGPTConfig(**raw)
        vocab = Vocabulary(list(header["vocab"]))
        if len(vocab) != config.vocab_size:
            raise CharModelFileError(
                tr(
                    "{name}: vocabulary has {chars} characters, the model expects {expected}"
                ).format(name=path.name, chars=len(vocab), expected=config.vocab_size)
            )
        model = CharGPT(config)
        state = dict(tensors)
        state["head.weight"] = state.get("token.weight")
        model.load_state_dict(state, strict=True)
    except CharModelFileError:
        raise
    except (KeyError, TypeError, ValueError, RuntimeError) as error:
        raise CharModelFileError(
            tr("{name} has damaged text model metadata: {error}").format(
                name=path.name, error=error
            )
        ) from error
    model.eval()
    return model, vocab, header
