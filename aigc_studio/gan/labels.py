"""Class labels for conditional training, read from DATA_DIR/labels.csv.

The file has a header row, a ``filename`` column and one column per label, each holding
whole-number classes 0..K-1 (as in the Cartoon Set's labels.csv: eye_color, face_shape).
Images with no row are left out of a conditional run and reported like unreadable files,
so a half-labelled folder trains on what is labelled instead of failing.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from aigc_studio.gan.config import MAX_CLASSES
from aigc_studio.gan.dataset import ImageFolder
from aigc_studio.translation import tr

LABELS_FILE = "labels.csv"
FILENAME_COLUMN = "filename"
AUTO, NONE = "auto", "none"  # TrainConfig.labels: every column when present / unconditional


class LabelsError(ValueError):
    """labels.csv can't be used; the message names the line and column."""


@dataclass
class LabelTable:
    names: list[str]  # label columns, in file order
    rows: dict[str, tuple[int, ...]]  # file name -> one class per column

    def classes(self) -> list[int]:
        """Classes per column: the largest class seen plus one (at least 2)."""
        if not self.rows:
            return [2] * len(self.names)
        highest = np.max(np.array(list(self.rows.values()), dtype=np.int64), axis=0)
        return [max(2, int(h) + 1) for h in highest]

    def select(self, columns: list[str]) -> LabelTable:
        missing = [c for c in columns if c not in self.names]
        if missing:
            raise LabelsError(
                tr("{labels} has no column {missing} (it has {columns})").format(
                    labels=LABELS_FILE,
                    missing=", ".join(missing),
                    columns=", ".join(self.names) or tr("none"),
                )
            )
        index = [self.names.index(c) for c in columns]
        rows = {name: tuple(row[i] for i in index) for name, row in self.rows.items()}
        return LabelTable(names=list(columns), rows=rows)


def read_labels(folder: Path) -> LabelTable | None:
    """The folder's labels.csv, or None when it has none."""
    path = Path(folder) / LABELS_FILE
    if not path.is_file():
        return None
    with open(path, newline="", encoding="utf-8-sig") as handle:  # -sig: Excel's BOM
        reader = csv.reader(handle)
        header = [h.strip() for h in next(reader, [])]
        if FILENAME_COLUMN not in header or len(header) < 2:
            raise LabelsError(
                tr("{labels} needs a header with '{column}' and labels").format(
                    labels=LABELS_FILE, column=FILENAME_COLUMN
                )
            )
        file_index = header.index(FILENAME_COLUMN)
        names = [h for i, h in enumerate(header) if i != file_index]
        rows: dict[str, tuple[int, ...]] = {}
        for line, row in enumerate(reader, start=2):
            if not row or not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                raise LabelsError(
                    tr("{labels} line {line}: {found} values, expected {expected}").format(
                        labels=LABELS_FILE, line=line, found=len(row), expected=len(header)
                    )
                )
            values = []
            for i, cell in enumerate(row):
                if i == file_index:
                    continue
                try:
                    value = int(cell.strip())
                except ValueError:
                    raise LabelsError(
                        tr(
                            "{labels} line {line}: {column} is {cell!r}, not a whole-number class"
                        ).format(labels=LABELS_FILE, line=line, column=header[i], cell=cell.strip())
                    ) from None
                if not 0 <= value < MAX_CLASSES:
                    raise LabelsError(
                        tr("{labels} line {line}: {column} {value} is outside 0-{highest}").format(
                            labels=LABELS_FILE,
                            line=line,
                            column=header[i],
                            value=value,
                            highest=MAX_CLASSES - 1,
                        )
                    )
                values.append(value)
            rows[row[file_index].strip()] = tuple(values)
    return LabelTable(names=names, rows=rows)


def resolve_columns(setting: str, table: LabelTable | None) -> list[str]:
    """TrainConfig.labels -> the columns to condition on ([] trains unconditionally)."""
    setting = setting.strip()
    if setting.lower() == NONE:
        return []
    if setting.lower() == AUTO or not setting:
        return list(table.names) if table is not None else []
    columns = [c.strip() for c in setting.split(",") if c.strip()]
    if table is None:
        raise LabelsError(
            tr("labels {columns} asked for, but the folder has no {labels}").format(
                columns=", ".join(columns), labels=LABELS_FILE
            )
        )
    table.select(columns)  # raises naming any missing column
    return columns


def attach_labels(data: ImageFolder, table: LabelTable) -> tuple[ImageFolder, np.ndarray]:
    """Keep the images that have a row; returns them and their (N, L) int64 labels.
    The unlabelled ones join ``skipped`` with the reason, for the run's one warning."""
    keep, labels = [], []
    skipped = list(data.skipped)
    for index, path in enumerate(data.paths):
        row = table.rows.get(path.name)
        if row is None:
            skipped.append((path, tr("no row in {labels}").format(labels=LABELS_FILE)))
        else:
            keep.append(index)
            labels.append(row)
    kept = ImageFolder(
        images=data.images[keep] if len(keep) != len(data) else data.images,
        paths=[data.paths[i] for i in keep],
        skipped=skipped,
    )
    array = np.array(labels, dtype=np.int64).reshape(len(keep), len(table.names))
    return kept, array


def grid_labels(count: int, classes: list[int], columns: int = 8) -> np.ndarray:
    """Labels for a sample grid: the first label changes down the rows and the second across
    the columns, so a glance shows whether each class is learned."""
    index = np.arange(count)
    rows, cols = index // columns, index % columns
    labels = np.zeros((count, len(classes)), dtype=np.int64)
    if classes:
        labels[:, 0] = rows % classes[0]
    if len(classes) > 1:
        labels[:, 1] = cols % classes[1]
    return labels
