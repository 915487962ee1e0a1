"""project.json schema migrations: a file written by an older AIGC Studio opens in this one.

Each step is a pure function on the parsed JSON dict that turns schema N into schema N + 1
(it never mutates its input and never touches the disk). ``migrate`` runs the steps from
the file's version up to the current one; the model then reads only the current schema.
A file from a newer AIGC Studio is refused rather than guessed at, so it is never damaged
by a save from an older version.

Adding schema N + 1: write ``_vN_to_vN1``, register it as ``MIGRATIONS[N]``, bump
``model.SCHEMA_VERSION`` (tests check the two agree) and add a test with a file as
version N wrote it.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from aigc_studio.translation import tr

FIRST_SCHEMA_VERSION = 1  # the oldest project.json format there ever was


class SchemaError(ValueError):
    """project.json's schema_version is missing, invalid or newer than this version reads.

    ``newer`` is the file's version when it comes from a newer AIGC Studio, else None.
    """

    def __init__(self, message: str, newer: int | None = None) -> None:
        super().__init__(message)
        self.newer = newer


def _v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """Schema 1 had video, caption and an (always empty) "audio" track; schema 2 split sound
    into narration, music and effects tracks, and the old audio track is the music track.
    Everything else schema 2 added has defaults, so a version 1 file reads as it is."""
    data = copy.deepcopy(data)
    timeline = data.get("timeline")
    tracks = timeline.get("tracks") if isinstance(timeline, dict) else None
    for track in tracks if isinstance(tracks, list) else []:
        if isinstance(track, dict) and track.get("kind") == "audio":
            track["kind"] = "music"
    data["schema_version"] = 2
    return data


# From version N to N + 1, in order; every version from FIRST_SCHEMA_VERSION up has one.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {
    1: _v1_to_v2,
}
LATEST_SCHEMA_VERSION = max(MIGRATIONS) + 1  # what migrate returns; model.SCHEMA_VERSION


def schema_version_of(data: dict[str, Any]) -> int:
    """The file's schema version; raises SchemaError when it is missing, not a whole
    number, or newer than this version of AIGC Studio reads."""
    version = data.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise SchemaError(tr("it has no valid schema_version, so AIGC Studio did not write it"))
    if version < FIRST_SCHEMA_VERSION:
        raise SchemaError(
            tr("its schema_version {version} was never written by AIGC Studio").format(
                version=version
            )
        )
    if version > LATEST_SCHEMA_VERSION:
        raise SchemaError(
            tr(
                "it was saved by a newer AIGC Studio (file format {version}, this version "
                "reads up to {latest})"
            ).format(version=version, latest=LATEST_SCHEMA_VERSION),
            newer=version,
        )
    return version


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` brought to the current schema (a new dict when anything changed; the input
    is never modified). Raises SchemaError for a missing, invalid or newer version."""
    if not isinstance(data, dict):
        raise SchemaError(tr("it does not hold a project (expected a JSON object)"))
    version = schema_version_of(data)
    while version < LATEST_SCHEMA_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
    return data
