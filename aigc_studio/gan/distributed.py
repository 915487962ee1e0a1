"""Training on several processes with DistributedDataParallel, as launched by torchrun.

``aigc-studio train`` runs unchanged under ``torchrun --nproc_per_node=K`` (or
``python -m torch.distributed.run``): torchrun sets WORLD_SIZE, RANK and LOCAL_RANK, and
``from_environment`` turns them into a ``Cluster``. Without them (or with WORLD_SIZE=1)
the cluster is one process and every method here is a no-op, so a plain run computes
exactly what it always did. The conventions:

- Backends: CUDA runs NCCL, each rank on cuda:LOCAL_RANK; the loop's small host-side
  messages (losses, the cancel flag, RNG states) go over gloo ("cpu:gloo,cuda:nccl"), so
  they never touch the GPU stream. CPU runs use gloo for everything. MPS is refused.
- ``--batch`` is per process: one step trains on K x batch images. Nothing is scaled
  silently: learning rates stay as given.
- Data: each rank draws its own batches, noise and augmentation from its own generator,
  seeded from (seed, rank); rank 0 keeps the seed itself. Runs stay repeatable.
- Weights: G and D are wrapped in DDP, so gradients are averaged and weights and Adam
  moments stay identical on every rank; the EMA generator, updated from them, too.
  BatchNorm normalises each rank's own batch (as one GPU would) and each rank keeps its
  own running statistics during the step (no per-forward broadcast, see
  _NO_FORWARD_BUFFER_SYNC); they only matter for sampling, which rank 0 does, and
  ``sync_buffers`` copies rank 0's buffers everywhere before each checkpoint and at the
  end, so rank 0's files describe every rank and every rank resumes alike. Spectral
  norm's power-iteration vectors are buffers computed from the synchronised weights by
  the same arithmetic, so they agree on every rank without being sent.
- Decisions: at every loss sync (each log interval) the ranks gather their losses and
  cancel flags; each rank averages the losses in rank order, so the divergence guard sees
  bit-identical numbers everywhere and all ranks roll back, stop or go on together. A
  cancel (Ctrl+C: torchrun forwards SIGINT to every worker) therefore takes effect at the
  next log interval, on every rank at the same step.
- Files: only rank 0 writes (model, train_state, samples, metrics.csv, dataset cache) and
  prints. Other ranks read the run folder (dataset cache, --resume), so it must be on a
  disk every rank sees: one machine, or a shared file system.
- Resume: a checkpoint keeps every rank's RNG state; resuming with the same number of
  processes continues the same computation. With another number, ranks without a saved
  stream start a fresh one (the weights and optimiser state still continue).
- Debugging: with AIGC_STUDIO_RANK_DUMP=DIR set, every rank writes its full training state
  to DIR/rank-N.safetensors when the run ends (the tests compare them across ranks).
"""

from __future__ import annotations

import contextlib
import hashlib
import inspect
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import torch
import torch.distributed as dist
from safetensors.torch import save_file
from torch import nn
from torch.nn.parallel import DistributedDataParallel

from aigc_studio.gan.device import resolve_device
from aigc_studio.progress import Reporter
from aigc_studio.translation import tr

RANK_DUMP_ENV = "AIGC_STUDIO_RANK_DUMP"


@dataclass
class Cluster:
    """The processes of one training run; the default is a single process."""

    rank: int = 0  # this process's place among all processes
    world_size: int = 1  # number of processes (torchrun's WORLD_SIZE)
    local_rank: int = 0  # place on this machine: picks the GPU
    backend: str = ""  # the process group's backend, "" for one process
    device: torch.device | None = None  # set for distributed runs: where this rank trains
    stop_agreed: bool = False  # all ranks agreed to stop at the last gather

    @property
    def distributed(self) -> bool:
        return self.world_size > 1

    @property
    def is_main(self) -> bool:
        """The one process that writes files and prints."""
        return self.rank == 0

    def resolve_device(self, name: str) -> torch.device:
        return self.device if self.device is not None else resolve_device(name)

    def describe(self, batch: int) -> str:
        return tr(
            "{processes} processes ({backend}), batch {batch} per process, {images} images per step"
        ).format(
            processes=self.world_size,
            backend=self.backend,
            batch=batch,
            images=batch * self.world_size,
        )

    def loop_seed(self, seed: int) -> int:
        """The seed of this rank's batches, noise and augmentation."""
        if self.rank == 0:
            return seed
        digest = hashlib.sha256(f"aigc-studio/{seed}/{self.rank}".encode()).digest()
        return int.from_bytes(digest[:8], "little") >> 1  # fits torch's int64 seed

    def wrap(self, module: nn.Module) -> nn.Module:
        """``module`` for one process; DDP around it for several."""
        if not self.distributed:
            return module
        assert self.device is not None
        device_ids = [self.device.index] if self.device.type == "cuda" else None
        return DistributedDataParallel(module, device_ids=device_ids, **_NO_FORWARD_BUFFER_SYNC)

    def cancelled(self, reporter: Reporter) -> bool:
        """Should the loop stop now? One process asks its reporter every step; several
        act on what they agreed at the last ``agree``, so all stop at the same step."""
        return self.stop_agreed if self.distributed else reporter.cancelled()

    def agree(self, losses: torch.Tensor, reporter: Reporter) -> torch.Tensor:
        """Every rank's (n, 2) losses in, their mean out, identical on every rank; also
        agrees on whether any rank was asked to stop (see ``cancelled``)."""
        if not self.distributed:
            return losses
        flag = torch.full((losses.shape[0], 1), float(reporter.cancelled()))
        mine = torch.cat([losses.detach().float().cpu(), flag], dim=1)
        gathered = [torch.empty_like(mine) for _ in range(self.world_size)]
        dist.all_gather(gathered, mine)
        total = gathered[0].clone()
        for other in gathered[1:]:  # the same order on every rank: the same sum
            total += other
        self.stop_agreed = self.stop_agreed or bool(total[0, 2] > 0)
        return total[:, :2] / self.world_size

    def any(self, flag: bool) -> bool:
        """True on every rank when it is true on any; also a barrier."""
        if not self.distributed:
            return flag
        value = torch.tensor([float(flag)])
        dist.all_reduce(value, op=dist.ReduceOp.MAX)
        return bool(value.item() > 0)

    def sync_buffers(self, modules: list[nn.Module]) -> None:
        """Copy rank 0's buffers (BatchNorm statistics, spectral-norm vectors) everywhere."""
        if not self.distributed:
            return
        for module in modules:
            for buffer in module.buffers():
                dist.broadcast(buffer.data, src=0)

    def gather_rng(self, rng: torch.Generator) -> dict[str, torch.Tensor]:
        """On rank 0, the other ranks' RNG states as checkpoint tensors; {} elsewhere."""
        if not self.distributed:
            return {}
        state = rng.get_state()
        gathered = [torch.empty_like(state) for _ in range(self.world_size)]
        dist.all_gather(gathered, state)
        if not self.is_main:
            return {}
        return {rng_key(rank): gathered[rank] for rank in range(1, self.world_size)}

    def dump_state(self, tensors: dict[str, torch.Tensor]) -> None:
        """With AIGC_STUDIO_RANK_DUMP=DIR, write this rank's state to DIR/rank-N.safetensors."""
        folder = os.environ.get(RANK_DUMP_ENV)
        if not folder:
            return
        Path(folder).mkdir(parents=True, exist_ok=True)
        flat = {name: tensor.detach().to("cpu").contiguous() for name, tensor in tensors.items()}
        save_file(flat, str(Path(folder) / f"rank-{self.rank}.safetensors"))


# DDP's default broadcast of rank 0's buffers before every forward pass writes into the
# BatchNorm statistics that the dcgan discriminator's first forward pass (real images)
# saved for the backward pass, which only comes after the second one (fakes): on CUDA
# autograd then refuses the backward. The statistics never steer training (BatchNorm
# normalises by the batch's own), so ranks keep their own and sync_buffers aligns them at
# checkpoints. torch 2.13 renamed the switch.
_NO_FORWARD_BUFFER_SYNC = (
    {"forward_sync_buffers": False}
    if "forward_sync_buffers" in inspect.signature(DistributedDataParallel).parameters
    else {"broadcast_buffers": False}
)


def rng_key(rank: int) -> str:
    """Where a checkpoint keeps a rank's loop RNG state (rank 0's key predates ranks)."""
    return "rng/loop" if rank == 0 else f"rng/loop/rank{rank}"


@contextlib.contextmanager
def from_environment(device: str = "auto") -> Iterator[Cluster]:
    """The cluster torchrun launched this process into, or one process when not launched
    by torchrun. Initialises the process group and destroys it on the way out."""
    world_size = int(os.environ.get("WORLD_SIZE", "1"))
    if world_size <= 1:
        yield Cluster()
        return
    rank, local_rank = int(os.environ["RANK"]), int(os.environ.get("LOCAL_RANK", "0"))
    chosen = resolve_device(device)
    if chosen.type == "cuda":
        if local_rank >= torch.cuda.device_count():
            raise ValueError(
                tr(
                    "process {rank} wants GPU {gpu}, but this machine has "
                    "{count}; start at most that many per node"
                ).format(rank=rank, gpu=local_rank, count=torch.cuda.device_count())
            )
        chosen = torch.device("cuda", local_rank)
        torch.cuda.set_device(chosen)
        backend = "cpu:gloo,cuda:nccl"
    elif chosen.type == "cpu":
        backend = "gloo"
    else:
        raise ValueError(
            tr("training on several processes needs CUDA GPUs or the CPU, not {device}").format(
                device=chosen.type
            )
        )
    device_id = chosen if chosen.type == "cuda" else None
    dist.init_process_group(backend, rank=rank, world_size=world_size, device_id=device_id)
    try:
        yield Cluster(rank, world_size, local_rank, backend, chosen)
        # Every rank waits here until all are done (rank 0 is still writing the final files):
        # a rank that tore its process group down while the others were busy was seen to
        # abort under gloo ("terminate called without an active exception").
        dist.barrier()
    finally:
        dist.destroy_process_group()
