"""Running out of memory on the GPU (or the CPU): recognise it, free what can be freed, and
turn it into one sentence that tells the creator what to do.

CUDA raises ``torch.cuda.OutOfMemoryError``; Apple's MPS backend and older torch builds raise
a plain RuntimeError whose text says "out of memory"; the CPU allocator raises MemoryError
(or a RuntimeError "DefaultCPUAllocator: can't allocate memory"). Training lowers its batch
and generation splits its batch when one of these happens; only when that is not enough
does the caller raise OutOfDeviceMemoryError, whose message offers the CPU.
"""

from __future__ import annotations

import gc
from pathlib import Path

import torch

from aigc_studio.translation import tr

# Lower-case fragments of the RuntimeError texts torch uses for an exhausted allocator.
OUT_OF_MEMORY_TEXTS = (
    "out of memory",  # CUDA ("CUDA out of memory", "CUDA error: out of memory"), MPS, HIP
    "can't allocate memory",  # the CPU allocator: "DefaultCPUAllocator: can't allocate memory"
)
# What every final out-of-memory sentence on a GPU ends with, in English (the sentence
# itself is made by out_of_memory_sentence, translated as one piece).
CPU_SUGGESTION = "train on the CPU instead (Device: CPU) or close other programs using the GPU"


class OutOfDeviceMemoryError(RuntimeError):
    """Out of memory even after lowering the batch; the message is one sentence for the user.

    ``offer_cpu`` says whether switching to the CPU would help (the work ran on a GPU);
    ``checkpoint`` is the run folder's saved state a CPU run can continue from, if any.
    """

    def __init__(self, message: str, offer_cpu: bool, checkpoint: Path | None = None) -> None:
        super().__init__(message)
        self.offer_cpu = offer_cpu  # the work ran on a GPU: the CPU has more memory
        self.checkpoint = checkpoint  # train_state.safetensors to resume from, if written


def is_out_of_memory(error: BaseException) -> bool:
    """True for any allocator running out: CUDA, MPS, ROCm or the CPU."""
    if isinstance(error, OutOfDeviceMemoryError):
        return False  # already the user's sentence: handled, not to be handled again
    if isinstance(error, (torch.cuda.OutOfMemoryError, MemoryError)):
        return True
    if isinstance(error, RuntimeError):
        text = str(error).lower()
        return any(fragment in text for fragment in OUT_OF_MEMORY_TEXTS)
    return False


def is_gpu(device: torch.device | str) -> bool:
    return torch.device(device).type not in ("cpu", "meta")


def memory_name(device: torch.device | str) -> str:
    """ "GPU memory" or "memory": what ran out, in the words the creator knows."""
    return tr("GPU memory") if is_gpu(device) else tr("memory")


def free_device_memory(device: torch.device | str) -> None:
    """Give back what the failed attempt held. Call it outside the ``except`` block: the
    exception's traceback keeps the failed step's tensors alive until the block ends."""
    gc.collect()
    device = torch.device(device)
    if device.type == "cuda" and torch.cuda.is_available():
        torch.cuda.empty_cache()
    elif device.type == "mps" and hasattr(torch, "mps") and hasattr(torch.mps, "empty_cache"):
        torch.mps.empty_cache()


def out_of_memory_sentence(device: torch.device | str, what: str) -> str:
    """``what`` is the failed work, e.g. "even at batch size 4"; one sentence with the fix."""
    if is_gpu(device):
        # The literal is CPU_SUGGESTION spelled out: tr needs the whole sentence as one string.
        return tr(
            "Out of GPU memory {what}; train on the CPU instead (Device: CPU) or close other "
            "programs using the GPU."
        ).format(what=what)
    return tr("Out of memory {what}; close other programs and try again.").format(what=what)


def as_user_error(device: torch.device | str, what: str) -> OutOfDeviceMemoryError:
    """The error to raise (``from`` the allocator's) when nothing could recover."""
    return OutOfDeviceMemoryError(out_of_memory_sentence(device, what), offer_cpu=is_gpu(device))
