"""Killing AIGC Studio at a random moment while it saves never costs the project: the
folder always opens, as the version saved before or the one being saved.

A child process saves two versions of a project (other name, scenes and media) into one
folder, alternately and without pause; it is killed (SIGKILL, no clean-up possible) after
a random few milliseconds, 50 times. After every kill the project must open and be exactly
one of the two versions, with all its media present.
"""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from aigc_studio.project.model import AudioClip, CaptionClip, ImageClip, Project
from aigc_studio.project.storage import load_project, resolve_media_path, save_project
from aigc_studio.script.model import Scene, Script

TRIALS = 50
REPO = Path(__file__).resolve().parents[1]
CHILD = """
import json, sys
from pathlib import Path
from aigc_studio.project.model import Project
from aigc_studio.project.storage import save_project
folder = Path(sys.argv[1])
versions = [json.loads(Path(p).read_text(encoding="utf-8")) for p in sys.argv[2:4]]
print("ready", flush=True)
turn = 0
while True:
    save_project(Project.from_dict(versions[turn % 2]), folder)
    turn += 1
"""

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def media_files(folder: Path) -> list[Path]:
    """A few files of different sizes, like imported pictures and a song."""
    folder.mkdir()
    noise = random.Random(3)
    files = []
    for name, size in (("a.png", 300_000), ("b.jpg", 120_000), ("song.wav", 600_000)):
        path = folder / name
        path.write_bytes(noise.randbytes(size))
        files.append(path)
    return files


def version(name: str, lines: list[str], media: list[Path], song: Path) -> Project:
    project = Project(
        name=name,
        script=Script(title=name, scenes=[Scene("shot", line, 2.0) for line in lines]),
    )
    video = project.timeline.track("video")
    video.clips = [ImageClip(2.0 * i, 2.0, str(path), id=f"img{i}") for i, path in enumerate(media)]
    project.timeline.track("caption").clips = [
        CaptionClip(2.0 * i, 2.0, line, id=f"cap{i}") for i, line in enumerate(lines)
    ]
    project.timeline.track("music").clips = [AudioClip(0.0, 4.0, str(song), id="song")]
    return project


def test_killing_a_save_at_random_moments_never_leaves_an_unreadable_project(
    tmp_path: Path,
) -> None:
    a_png, b_jpg, song = media_files(tmp_path / "media")
    version_a = version("Version A", ["first line", "second line"], [a_png], song)
    version_b = version("Version B 版本", ["other", "scenes", "here"], [b_jpg, a_png], song)
    sources = []
    for label, project in (("a", version_a), ("b", version_b)):
        source = tmp_path / f"{label}.json"
        source.write_text(json.dumps(project.to_dict()), encoding="utf-8")
        sources.append(str(source))
    # What each version looks like once saved (media copied in, paths made relative).
    expected = [
        load_project(save_project(Project.from_dict(project.to_dict()), tmp_path / label)).to_dict()
        for label, project in (("ref-a", version_a), ("ref-b", version_b))
    ]
    assert expected[0] != expected[1]

    folder = save_project(version_a, tmp_path / "short.aigcproj")
    chance = random.Random(8)
    seen = [0, 0]
    for _ in range(TRIALS):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(folder), *sources],
            cwd=REPO,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        time.sleep(chance.uniform(0.005, 0.2))
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        assert child.returncode == -signal.SIGKILL  # it was saving, not crashed

        project = load_project(folder)
        opened = project.to_dict()
        assert opened in expected, "the project opened as neither saved version"
        seen[expected.index(opened)] += 1
        for clip in project.timeline.clips():
            if hasattr(clip, "path"):
                assert resolve_media_path(clip.path, folder).is_file()

    assert min(seen) > 0, f"the kills never landed between versions: {seen}"
    leftovers = list(folder.rglob("*.tmp"))
    assert len(leftovers) <= 4  # at most one per file from the last kill, never a pile
    save_project(load_project(folder), folder)
    assert list(folder.rglob("*.tmp")) == []  # the next save cleans them up
