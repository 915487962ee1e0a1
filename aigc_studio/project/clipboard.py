"""Copy and paste of clips as text: JSON with a format marker and a version, so a paste
can tell AIGC Studio clips from any other text on the clipboard and refuse a newer format.

The UI puts the text on the system clipboard under CLIPBOARD_MIME (and as plain text) and
hands what clips_from_text returns to PasteClips. Each clip may carry "track_kind", the
kind of track it was copied from, so music pastes onto a music track, not narration.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from aigc_studio.project.command_base import checked_clip, find_clip
from aigc_studio.project.model import CLIP_TYPES, CLIPS_FOR_TRACK, TRACK_KINDS, Clip, Project
from aigc_studio.translation import tr

CLIPBOARD_MIME = "application/x-aigc-clips"
FORMAT = "aigc-studio-clips"  # the marker: text without it is not ours
VERSION = 1  # raised when the layout changes; a newer version is refused, not guessed at


def _not_clips() -> str:
    """The sentence for clipboard text that is not ours (made when raised, so translated)."""
    return tr("The clipboard does not hold AIGC Studio clips; copy clips on the timeline first.")


def clips_to_text(
    clips: Sequence[Clip | Mapping[str, Any]],
    track_kinds: Sequence[str | None] | None = None,
    *,
    media_root: Path | str | None = None,
) -> str:
    """The clips (objects or their to_dict form) as clipboard text.

    ``track_kinds`` names the track each clip was copied from (None: unknown). With
    ``media_root`` (the project folder) relative media paths are written absolute, so the
    clips still find their files when pasted into another project.
    """
    kinds = list(track_kinds) if track_kinds is not None else [None] * len(clips)
    if len(kinds) != len(clips):
        raise ValueError(tr("give one track kind per clip, or none"))
    items = []
    for clip, kind in zip(clips, kinds, strict=True):
        data = dict(clip) if isinstance(clip, Mapping) else clip.to_dict()
        path = data.get("path")
        if media_root is not None and isinstance(path, str) and not Path(path).is_absolute():
            data["path"] = str(Path(media_root) / path)
        if kind is not None:
            data["track_kind"] = kind
        items.append(data)
    return json.dumps({"format": FORMAT, "version": VERSION, "clips": items}, ensure_ascii=False)


def selection_to_text(
    project: Project, clip_ids: Iterable[str], *, media_root: Path | str | None = None
) -> str:
    """The clips with these ids, each tagged with its track's kind (Copy on the timeline)."""
    found = [find_clip(project, clip_id) for clip_id in clip_ids]
    return clips_to_text(
        [clip for _, _, clip in found], [track.kind for track, _, _ in found], media_root=media_root
    )


def clips_from_text(text: str) -> list[dict[str, Any]]:
    """The clips in clipboard text, each checked by its class's from_dict and returned in
    to_dict form (plus "track_kind" when it names a track that may hold it).

    Raises ValueError with a sentence for anything else: other text, a newer version, or
    a clip AIGC Studio would not open.
    """
    data = _parse(text)
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError(_not_clips())
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ValueError(_not_clips())
    if version > VERSION:
        raise ValueError(
            tr(
                "These clips were copied from a newer AIGC Studio; "
                "update AIGC Studio to paste them."
            )
        )
    items = data.get("clips")
    if not isinstance(items, list) or not items:
        raise ValueError(tr("The copied clips are empty; copy clips on the timeline first."))
    return [_checked(item, number) for number, item in enumerate(items, 1)]


def _parse(text: str) -> Any:
    def reject_constant(name: str) -> float:
        raise ValueError(name)

    def finite(number: str) -> float:
        value = float(number)
        if not math.isfinite(value):
            raise ValueError(number)
        return value

    try:
        return json.loads(text, parse_constant=reject_constant, parse_float=finite)
    except (ValueError, TypeError, RecursionError) as error:
        raise ValueError(_not_clips()) from error


def _checked(item: Any, number: int) -> dict[str, Any]:
    clip_type = CLIP_TYPES.get(item.get("kind")) if isinstance(item, dict) else None
    if clip_type is None:
        raise ValueError(
            tr("Copied item {number} is not a clip AIGC Studio knows; copy it again.").format(
                number=number
            )
        )
    try:
        clip = checked_clip(clip_type, item)
    except ValueError as error:
        raise ValueError(
            tr("Copied clip {number} is not valid ({error}); copy it again.").format(
                number=number, error=error
            )
        ) from error
    checked = clip.to_dict()
    kind = item.get("track_kind")
    if kind in TRACK_KINDS and isinstance(clip, CLIPS_FOR_TRACK[kind]):
        checked["track_kind"] = kind
    return checked
