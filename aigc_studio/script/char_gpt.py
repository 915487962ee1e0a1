"""A small character-level GPT for writing in the creator's own voice. No Qt.

A decoder-only transformer in the nanoGPT style: token + position embeddings, pre-norm
blocks of causal self-attention and an MLP, a final norm and a head tied to the token
embedding. Characters, not words, so any language (zh included) works from a few KB.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass

import torch
import torch.nn.functional as F
from torch import nn

from aigc_studio.translation import tr

UNKNOWN = "\ufffd"  # stands in for characters the corpus never had


@dataclass
class CharGPTConfig:
    vocab_size: int = 0  # distinct characters in the corpus plus UNKNOWN; set from the corpus
    block_size: int = 128  # longest context in characters the model sees at once
    n_layer: int = 4  # transformer blocks
    n_head: int = 4  # attention heads per block; must divide n_embd
    n_embd: int = 128  # width of every hidden vector
    dropout: float = 0.1  # applied in training only; 0 for tiny corpora is fine too

    def validate(self) -> None:
        if self.vocab_size < 2:
            raise ValueError(tr("the corpus needs at least two distinct characters"))
        if self.block_size < 1 or self.n_layer < 1 or self.n_head < 1:
            raise ValueError(tr("block_size, n_layer and n_head must be at least 1"))
        if self.n_embd % self.n_head:
            raise ValueError(
                tr("n_embd {n_embd} is not divisible by n_head {n_head}").format(
                    n_embd=self.n_embd, n_head=self.n_head
                )
            )
        if not 0.0 <= self.dropout < 1.0:
            raise ValueError(tr("dropout must be in [0, 1)"))

    def to_dict(self) -> dict[str, int | float]:
        return asdict(self)


class Vocabulary:
    """Characters <-> ids. Id 0 is UNKNOWN, so text with new characters still encodes."""

    def __init__(self, chars: list[str]) -> None:
        ordered = [UNKNOWN] + [c for c in chars if c != UNKNOWN]
        if len(set(ordered)) != len(ordered):
            raise ValueError(tr("vocabulary characters must be distinct"))
        if any(len(c) != 1 for c in ordered):
            raise ValueError(tr("vocabulary entries must be single characters"))
        self.chars = ordered
        self._ids = {c: i for i, c in enumerate(ordered)}

    @classmethod
    def from_text(cls, text: str) -> Vocabulary:
        return cls(sorted(set(text)))  # sorted: the same corpus always gives the same ids

    def __len__(self) -> int:
        return len(self.chars)

    def encode(self, text: str) -> list[int]:
        return [self._ids.get(c, 0) for c in text]

    def decode(self, ids: list[int]) -> str:
        return "".join(self.chars[i] for i in ids)


class _SelfAttention(nn.Module):
    def __init__(self, config: CharGPTConfig) -> None:
        super().__init__()
        self.n_head = config.n_head
        self.qkv = nn.Linear(config.n_embd, 3 * config.n_embd)
        self.proj = nn.Linear(config.n_embd, config.n_embd)
        self.dropout = config.dropout
        self.resid_drop = nn.Dropout(config.dropout)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        batch, length, width = x.shape
        q, k, v = self.qkv(x).split(width, dim=2)
        # (batch, heads, length, head width) for the fused attention kernel
        q, k, v = (t.view(batch, length, self.n_head, -1).transpose(1, 2) for t in (q, k, v))
        drop = self.dropout if self.training else 0.0
        y = F.scaled_dot_product_attention(q, k, v, dropout_p=drop, is_causal=True)
        y = y.transpose(1, 2).reshape(batch, length, width)
        return self.resid_drop(self.proj(y))


class _Block(nn.Module):
    def __init__(self, config: CharGPTConfig) -> None:
        super().__init__()
        self.norm1 = nn.LayerNorm(config.n_embd)
        self.attn = _SelfAttention(config)
        self.norm2 = nn.LayerNorm(config.n_embd)
        self.mlp = nn.Sequential(
            nn.Linear(config.n_embd, 4 * config.n_embd),
            nn.GELU(),
            nn.Linear(4 * config.n_embd, config.n_embd),
            nn.Dropout(config.dropout),
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        # pre-norm residuals train stably without warm-up at these sizes
        x = x + self.attn(self.norm1(x))
        return x + self.mlp(self.norm2(x))


class CharGPT(nn.Module):
    def __init__(self, config: CharGPTConfig) -> None:
        super().__init__()
        config.validate()
        self.config = config
        self.token = nn.Embedding(config.vocab_size, config.n_embd)
        self.position = nn.Embedding(config.block_size, config.n_embd)
        self.drop = nn.Dropout(config.dropout)
        self.blocks = nn.ModuleList(_Block(config) for _ in range(config.n_layer))
        self.norm = nn.LayerNorm(config.n_embd)
        self.head = nn.Linear(config.n_embd, config.vocab_size, bias=False)
        self.apply(self._init)
        # small residual projections keep the stream's variance flat with depth
        for name, param in self.named_parameters():
            if name.endswith("proj.weight") or name.endswith("mlp.2.weight"):
                nn.init.normal_(param, 0.0, 0.02 / math.sqrt(2 * config.n_layer))
        # tied after init; save/load keep only token.weight (safetensors refuses shared memory)
        self.head.weight = self.token.weight

    @staticmethod
    def _init(module: nn.Module) -> None:
        if isinstance(module, nn.Linear | nn.Embedding):
            nn.init.normal_(module.weight, 0.0, 0.02)
        if isinstance(module, nn.Linear) and module.bias is not None:
            nn.init.zeros_(module.bias)

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        """Logits (batch, length, vocab) for ids (batch, length), length <= block_size."""
        length = ids.shape[1]
        if length > self.config.block_size:
            raise ValueError(tr("context {length} is longer than block_size").format(length=length))
        positions = torch.arange(length, device=ids.device)
        x = self.drop(self.token(ids) + self.position(positions))
        for block in self.blocks:
            x = block(x)
        return self.head(self.norm(x))


@torch.no_grad()
def sample(
    model: CharGPT,
    vocab: Vocabulary,
    prompt: str,
    max_new: int,
    temperature: float = 0.8,
    top_k: int | None = None,
    seed: int = 0,
) -> str:
    """Continue ``prompt`` by exactly ``max_new`` characters (the prompt is not returned).

    temperature <= 1e-6 or top_k == 1 picks the likeliest character each time, so the
    output depends only on the model and prompt. UNKNOWN is never produced.
    """
    if max_new < 0:
        raise ValueError(tr("max_new must be >= 0"))
    was_training = model.training
    model.eval()
    device = next(model.parameters()).device
    generator = torch.Generator(device="cpu").manual_seed(seed)
    ids = vocab.encode(prompt) or [0]  # an empty prompt starts from UNKNOWN
    context = torch.tensor([ids], dtype=torch.long, device=device)
    out: list[int] = []
    block = model.config.block_size
    for _ in range(max_new):
        logits = model(context[:, -block:])[0, -1].float().cpu()
        logits[0] = -math.inf  # never write the placeholder for unseen characters
        if temperature <= 1e-6 or top_k == 1:
            next_id = int(torch.argmax(logits))
        else:
            logits = logits / temperature
            if top_k is not None and top_k < logits.numel():
                cutoff = torch.topk(logits, top_k).values[-1]
                logits[logits < cutoff] = -math.inf
            probs = torch.softmax(logits, dim=-1)
            next_id = int(torch.multinomial(probs, 1, generator=generator))
        out.append(next_id)
        step = torch.tensor([[next_id]], dtype=torch.long, device=device)
        context = torch.cat([context, step], dim=1)
    if was_training:
        model.train()
    return vocab.decode(out)
