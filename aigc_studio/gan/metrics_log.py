"""metrics.csv: one row per training step (step, loss_d, loss_g, seconds, batch).

``batch`` is the batch size the step ran at: it drops when training runs out of GPU memory
and halves the batch, so the log shows where that happened.
"""

from __future__ import annotations

import csv
from pathlib import Path

COLUMNS = ["step", "loss_d", "loss_g", "seconds", "batch"]


class MetricsLog:
    """Rows are added in batches (one host sync per log interval) and flushed at once, so a
    crash loses at most one interval. ``keep_until`` resumes a log: rows after that step
    are dropped, since the resumed run does those steps again."""

    def __init__(self, path: Path, keep_until: int | None = None) -> None:
        kept: list[list[str]] = []
        if keep_until is not None and path.is_file():
            with open(path, newline="", encoding="utf-8") as handle:
                rows = list(csv.reader(handle))[1:]
            kept = [row for row in rows if row and row[0].isdigit() and int(row[0]) <= keep_until]
        self.handle = open(path, "w", newline="", encoding="utf-8")
        self.writer = csv.writer(self.handle)
        self.writer.writerow(COLUMNS)
        self.writer.writerows(kept)

    def add(self, rows: list[tuple[int, float, float, float]], batch: int) -> None:
        for step, loss_d, loss_g, seconds in rows:
            self.writer.writerow([step, f"{loss_d:.5f}", f"{loss_g:.5f}", f"{seconds:.3f}", batch])
        self.handle.flush()

    def close(self) -> None:
        self.handle.close()
