"""The fast paths training takes on this machine, detected rather than assumed.

- channels_last: oneDNN's convolutions run fastest on NHWC tensors on the CPU, and so do
  tensor cores on the GPU.
- bf16 autocast: on CPUs with native bf16 instructions (avx512_bf16 or AMX) convolutions run
  in bf16 with fp32 weights; elsewhere bf16 is emulated and slower, so it stays off. On CUDA
  it is on where the GPU supports bf16. Losses are always computed in fp32 (see losses.py).
- fused Adam: one kernel per parameter group instead of a dozen small ones, on CUDA only:
  on the CPU (torch 2.13, channels_last weights) it measured 3x slower per training step
  than the default foreach Adam in tests/bench/bench_train.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import torch

from aigc_studio.translation import tr

PRECISIONS = ("auto", "fp32", "bf16")


def cpu_has_native_bf16() -> bool:
    """True when the CPU executes bf16 math in hardware (avx512_bf16 or AMX)."""
    check = getattr(torch.ops.mkldnn, "_is_mkldnn_bf16_supported", None)
    if check is not None:
        try:
            if not check():
                return False
        except RuntimeError:
            return False
    try:  # oneDNN's check accepts plain AVX-512 (emulated bf16); require the real thing
        flags = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace").split()
    except OSError:
        return False  # not Linux: no cheap way to know, so stay exact
    return "avx512_bf16" in flags or "amx_bf16" in flags


@dataclass
class FastPaths:
    channels_last: bool  # models and batches in NHWC layout
    autocast_dtype: torch.dtype | None  # bf16 autocast for forward passes, or None for fp32
    fused_adam: bool  # Adam(fused=True)
    threads: int  # torch intra-op threads in use

    def describe(self) -> str:
        precision = "bf16 autocast" if self.autocast_dtype else "fp32"
        layout = "channels_last" if self.channels_last else "NCHW"
        adam = "fused Adam" if self.fused_adam else "foreach Adam"
        return f"{precision}, {layout}, {adam}, {self.threads} thread(s)"


def fused_adam_supported(device: torch.device) -> bool:
    try:
        parameter = torch.nn.Parameter(torch.zeros(1, device=device))
        torch.optim.Adam([parameter], fused=True)
    except (RuntimeError, ValueError, TypeError):
        return False
    return True


def choose_fast_paths(device: torch.device, precision: str = "auto", threads: int = 0) -> FastPaths:
    """``threads`` > 0 sets torch's CPU thread count (process-wide); 0 keeps torch's default,
    one per physical core, which is what convolutions want."""
    if precision not in PRECISIONS:
        raise ValueError(
            tr("unknown precision {precision!r}; choose one of {choices}").format(
                precision=precision, choices=", ".join(PRECISIONS)
            )
        )
    if threads > 0:
        torch.set_num_threads(threads)
    if device.type == "cuda":
        bf16_ok = torch.cuda.is_bf16_supported()
    elif device.type == "cpu":
        bf16_ok = cpu_has_native_bf16()
    else:
        bf16_ok = False
    if precision == "bf16" and not bf16_ok:
        raise ValueError(
            tr("bf16 was requested but {device} has no native bf16 support").format(
                device=device.type
            )
        )
    use_bf16 = precision == "bf16" or (precision == "auto" and bf16_ok)
    return FastPaths(
        channels_last=device.type in ("cpu", "cuda"),
        autocast_dtype=torch.bfloat16 if use_bf16 else None,
        fused_adam=device.type == "cuda" and fused_adam_supported(device),
        threads=torch.get_num_threads(),
    )
