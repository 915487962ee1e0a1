"""Engine jobs about the timeline's sound: measuring the mix's loudness before export."""

from __future__ import annotations

from pathlib import Path

from aigc_studio.engine.jobs import JobFunction
from aigc_studio.media.mix import MixLoudness, has_sound, plan_normalisation
from aigc_studio.progress import Reporter
from aigc_studio.project.model import Project
from aigc_studio.translation import tr


def loudness_job(project_copy: Project, duration: float, media_root: Path | None) -> JobFunction:
    """A job measuring how loud the mix of ``project_copy`` is and how loud the export
    will make it (media.mix.plan_normalisation, to project_copy.sound's target and
    ceiling); returns a MixLoudness, or None when nothing on the timeline makes sound
    (asked here, not on the GUI thread: it probes video files for a sound stream).

    ``project_copy`` must be a snapshot the GUI no longer edits (the job reads it in
    another thread); ``media_root`` is the project folder its media paths are relative to.
    """

    def run(reporter: Reporter) -> MixLoudness | None:
        reporter.progress(0.0, tr("Measuring the mix"))
        if not has_sound(project_copy, media_root):
            return None
        return plan_normalisation(project_copy, duration, media_root, reporter)

    return run
