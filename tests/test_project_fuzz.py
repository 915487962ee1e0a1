"""Fuzzing the project loader: whatever project.json holds, opening it either gives a
project or the project's own error with a sentence for the user, never a crash.

Three kinds of input: random JSON values (also shaped like a project), the sample project
with random parts deleted or replaced, and random bytes. Derandomized, so a run is
repeatable and a failure can be replayed.
"""

from __future__ import annotations

import copy
import json
import math
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aigc_studio.project.model import Project
from aigc_studio.project.storage import ProjectError, load_project

SAMPLE = Path(__file__).resolve().parents[1] / "resources/examples/sample-short.aigcproj"
FUZZ = settings(
    max_examples=200,
    deadline=None,
    derandomize=True,
    database=None,  # nothing written into the checkout
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
# Errors that mean the loader met input it did not check: a sentence built from them
# ("'int' object has no attribute 'get'") tells the user nothing.
# RecursionError too: the depth cap must stop deep nesting before the parser meets it.
UNCHECKED = (TypeError, AttributeError, IndexError, RecursionError)

scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=-(10**400), max_value=10**400)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=20)
)
json_values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=10), inner, max_size=5)
    ),
    max_leaves=30,
)
# Values a hand-edited or damaged project tends to hold where a number or a name belongs.
nasty = st.sampled_from(
    [None, True, False, 0, -1, -3.5, 1e308, -1e308, 10**30, 2**63, 1e-300, "", "3", "audio",
     "latent_walk", "video", "unknown", [], {}, [[]], {"kind": "video"}, "../../etc/passwd"]
)  # fmt: skip
project_shaped = st.fixed_dictionaries(
    {"schema_version": st.sampled_from([1, 2]) | json_values},
    optional={
        key: json_values
        for key in ("name", "width", "height", "fps", "script", "timeline", "voice", "sound")
    },
)


@pytest.fixture(scope="module")
def folder() -> Iterator[Path]:
    """One project folder the examples overwrite (a fresh tmp_path per example is slow)."""
    with tempfile.TemporaryDirectory(prefix="fuzz-") as temp:
        path = Path(temp) / "fuzz.aigcproj"
        path.mkdir()
        yield path


def loads_or_refuses(folder: Path, raw: bytes) -> Project | None:
    """Open project.json holding ``raw``: a Project, or None when refused properly."""
    (folder / "project.json").write_bytes(raw)
    try:
        return load_project(folder)
    except ProjectError as error:
        assert str(error).strip(), "a refusal must say why"
        assert not isinstance(error.__cause__, UNCHECKED), f"unchecked input: {error!r}"
        return None


def sample_dict() -> dict[str, Any]:
    return json.loads((SAMPLE / "project.json").read_text(encoding="utf-8"))


def paths_in(value: Any, prefix: tuple = ()) -> Iterator[tuple]:
    """Every key or index path into a JSON value, the value itself first."""
    yield prefix
    if isinstance(value, dict):
        for key, child in value.items():
            yield from paths_in(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from paths_in(child, (*prefix, index))


def mutate(data: dict[str, Any], path: tuple, action: str, value: Any) -> None:
    parent = data
    for step in path[:-1]:
        parent = parent[step]
    key = path[-1]
    if action == "delete":
        del parent[key]
    elif action == "replace":
        parent[key] = value
    elif isinstance(parent[key], (int, float)) and not isinstance(parent[key], bool):
        huge = 10**300 if isinstance(parent[key], int) else 1e300  # int * 1e300 may overflow
        parent[key] = -parent[key] if action == "negate" else parent[key] * huge
    else:
        parent[key] = value


@FUZZ
@given(value=json_values | project_shaped)
def test_random_json_loads_or_is_refused_with_a_sentence(folder: Path, value: Any) -> None:
    loaded = loads_or_refuses(folder, json.dumps(value).encode("utf-8"))
    if loaded is not None:
        assert_sane(loaded)


@FUZZ
@given(data=st.data())
def test_a_damaged_sample_project_loads_or_is_refused_with_a_sentence(
    folder: Path, data: st.DataObject
) -> None:
    project = sample_dict()
    for _ in range(data.draw(st.integers(1, 3), label="mutations")):
        # Deepest last-visited first: hypothesis favours early choices, and schema_version
        # (the first key) is tested enough elsewhere.
        paths = [path for path in paths_in(project) if path][::-1]
        if not paths:
            break
        path = data.draw(st.sampled_from(paths), label="path")
        action = data.draw(st.sampled_from(["delete", "replace", "negate", "huge"]))
        value = data.draw(nasty | json_values, label="value")
        mutate(project, path, action, value)
    loaded = loads_or_refuses(folder, json.dumps(project).encode("utf-8"))
    if loaded is not None:
        assert_sane(loaded)


def assert_sane(project: Project) -> None:
    """What opens can be used: finite, non-negative times, and it saves as valid JSON
    (no NaN or Infinity) that reads back as the same project."""
    assert math.isfinite(project.duration) and project.duration >= 0
    for clip in project.timeline.clips():
        assert clip.start >= 0 and clip.duration > 0
    text = json.dumps(project.to_dict(), allow_nan=False)
    assert Project.from_dict(json.loads(text)).to_dict() == project.to_dict()


@FUZZ
@given(raw=st.binary(max_size=400) | st.binary(max_size=40).map(lambda tail: PREFIX + tail))
def test_random_bytes_are_refused_with_a_sentence(folder: Path, raw: bytes) -> None:
    loads_or_refuses(folder, raw)


PREFIX = (SAMPLE / "project.json").read_bytes()[:300]


def test_the_sample_itself_loads(folder: Path) -> None:
    """The mutations start from a project that opens, so a refusal is the mutation's doing."""
    assert loads_or_refuses(folder, (SAMPLE / "project.json").read_bytes()) is not None


@pytest.mark.parametrize(
    "raw",
    [
        b"[" * 100_000 + b"]" * 100_000,  # deeper than Python's recursion limit
        b'{"schema_version": 2, "name": ' + b"[" * 5_000 + b"]" * 5_000 + b"}",
        b'{"schema_version": 2, "width": 1' + b"0" * 5_000 + b"}",  # too many digits for int
        b'{"schema_version": 2, "fps": 1e999}',
        b'{"schema_version": 2, "fps": NaN}',
        b'{"schema_version": 2, "script": {"scenes": [{"duration": 1e308}, {"duration": 1e308}]}}',
        b"\xff\xfe{}",
        b"",
    ],
    ids=["deep", "deep-inside", "long-int", "huge-float", "nan", "endless", "not-utf8", "empty"],
)
def test_hostile_json_is_refused_with_a_sentence(folder: Path, raw: bytes) -> None:
    assert loads_or_refuses(folder, raw) is None


def test_a_file_too_large_to_be_a_project_is_refused_before_parsing(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from aigc_studio.project import storage

    monkeypatch.setattr(storage, "MAX_PROJECT_BYTES", 1000)
    parsed: list[bytes] = []
    monkeypatch.setattr(storage, "_parse_json", lambda raw, path: parsed.append(raw))
    (folder / "project.json").write_text(json.dumps(sample_dict()), encoding="utf-8")
    with pytest.raises(ProjectError, match="larger than"):
        load_project(folder)
    assert parsed == []


def test_mutations_really_change_the_project() -> None:
    """Guards the fuzzer itself: a mutation reaches deep keys."""
    project = sample_dict()
    original = copy.deepcopy(project)
    deep = max(paths_in(project), key=len)
    mutate(project, deep, "replace", "x")
    assert project != original and len(deep) >= 6
