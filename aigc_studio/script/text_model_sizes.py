"""The text model sizes a creator can pick: plain numbers (no torch), for the UI and CLI."""

from __future__ import annotations

# Each size's CharGPTConfig fields (the rest keep their defaults). "small" trains about
# five times faster on a CPU and writes rougher text; "standard" is CharGPTConfig's own.
TEXT_MODEL_SIZES: dict[str, dict[str, float]] = {
    "small": {"block_size": 64, "n_layer": 2, "n_head": 4, "n_embd": 64, "dropout": 0.0},
    "standard": {},
}
