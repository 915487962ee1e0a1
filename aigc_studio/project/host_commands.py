"""Edits that add a virtual host (a face that speaks the narration) and change how it talks.

The host is one latent-walk clip holding still on its face (two equal keyframes) for as
long as the narration lasts, with TalkSettings that move its mouth with the loudness of
the narration heard at that moment of the timeline (media/timeline_render.clip_latent). It
goes on its own video track "Host" at the top of the timeline, so it is drawn over every
other picture.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence

import numpy as np

from aigc_studio.project.clips import PIP_CORNERS, LatentWalkClip, TalkSettings, new_clip_id
from aigc_studio.project.command_base import (
    Command,
    Snapshot,
    find_clip,
    remove_track,
    require_unused_ids,
)
from aigc_studio.project.model import Project, Track
from aigc_studio.translation import tr

HOST_TRACK_NAME = "Host"  # the video track a virtual host is put on


def narration_span(project: Project) -> tuple[float, float]:
    """(start, end) seconds of everything on the narration tracks."""
    clips = [c for t in project.timeline.tracks_of("narration") for c in t.clips]
    if not clips:
        raise ValueError(tr("The project has no narration to speak: add a voice first."))
    return min(c.start for c in clips), max(c.end for c in clips)


class AddVirtualHost(Command):
    """Put a host clip on the "Host" video track (made at the top when there is none)."""

    def __init__(self, project: Project, clip: LatentWalkClip) -> None:
        super().__init__(project)
        self.text = tr("Add virtual host")
        if clip.talk is None:
            raise ValueError(tr("a virtual host clip needs talk settings"))
        self.clip = clip
        self._created: Track | None = None

    def _do(self) -> None:
        require_unused_ids(self.project, [self.clip.id])
        tracks = self.project.timeline.tracks
        track = next((t for t in tracks if t.kind == "video" and t.name == HOST_TRACK_NAME), None)
        if track is not None and any(
            c.start < self.clip.end and self.clip.start < c.end for c in track.clips
        ):
            track = None  # an earlier host is there at the same time: a new track on top
        self._created = None
        if track is None:
            track = Track(kind="video", name=HOST_TRACK_NAME)
            tracks.insert(0, track)
            self._created = track
        track.clips.append(self.clip)
        track.clips.sort(key=lambda c: c.start)

    def _undo(self) -> None:
        track, index, _ = find_clip(self.project, self.clip.id)
        del track.clips[index]
        if self._created is not None:
            remove_track(self.project, self._created)


def add_virtual_host_command(
    project: Project,
    model_ref: str,
    base_latent: Sequence[float] | np.ndarray,
    directions: object,
    envelope: Sequence[float] | np.ndarray | None = None,
    envelope_fps: int = 50,
    pip: str = "",
    strength: float = 1.5,
) -> Command:
    """The command that adds a host with this face (``base_latent``) spanning the
    narration; ``directions`` is a gan.talking.TalkDirections (mouth, blink, drift).

    The host's mouth follows the narration heard at each moment of the timeline, read
    from the narration clips wherever they lie when a frame is drawn
    (media/narration_envelope.py), so moving or trimming either keeps them in step.
    ``envelope``, the narration's loudness (media.envelope) from the timeline's start, is
    stored on the clip only as a fallback for when the narration's files cannot be read
    (and for older versions of the app, which read it)."""
    if pip not in ("", *PIP_CORNERS):
        raise ValueError(tr("unknown picture-in-picture corner {pip!r}").format(pip=pip))
    start, end = narration_span(project)
    face = [float(v) for v in np.asarray(base_latent, dtype=np.float64).reshape(-1)]
    first = int(round(start * envelope_fps))  # the envelope runs from the timeline's start
    stored = envelope if envelope is not None else []
    values = np.clip(np.asarray(stored, dtype=np.float64), 0.0, 1.0)[first:]
    clip_id = new_clip_id()
    talk = TalkSettings(
        mouth=_vector(directions.mouth),  # type: ignore[attr-defined]
        strength=float(strength),
        blink=_vector(directions.blink),  # type: ignore[attr-defined]
        drift=[_vector(d) for d in directions.drift],  # type: ignore[attr-defined]
        envelope=[float(v) for v in values],
        envelope_fps=int(envelope_fps),
        seed=zlib.crc32(clip_id.encode()),
    )
    data = LatentWalkClip(
        start=start,
        duration=end - start,
        keyframes=[face, list(face)],
        model=model_ref,
        fit="fill",
        id=clip_id,
        talk=talk,
        pip=pip,
    ).to_dict()
    clip = LatentWalkClip.from_dict(data)  # every rule for a valid clip, checked once
    return AddVirtualHost(project, clip)


def _vector(values: object) -> list[float]:
    return [float(v) for v in np.asarray(values, dtype=np.float64).reshape(-1)]


class SetTalkSettings(Command):
    """Replace a host clip's talk settings (strength, directions, ...); undo restores them."""

    def __init__(self, project: Project, clip_id: str, talk: TalkSettings) -> None:
        super().__init__(project)
        self.text = tr("Change virtual host")
        _, _, clip = find_clip(project, clip_id)
        if not isinstance(clip, LatentWalkClip):
            raise ValueError(tr("only a face (latent walk) clip can be a virtual host"))
        # Checked as the project file would be read, so a bad value never reaches a clip.
        self.talk = TalkSettings.from_dict(talk.to_dict(), len(clip.keyframes[0]))
        self.clip_id = clip_id
        self._snapshot: Snapshot | None = None

    def _do(self) -> None:
        track, _, clip = find_clip(self.project, self.clip_id)
        self._snapshot = Snapshot([track], [clip])
        clip.talk = TalkSettings.from_dict(self.talk.to_dict())  # type: ignore[union-attr]

    def _undo(self) -> None:
        assert self._snapshot is not None
        self._snapshot.restore()
