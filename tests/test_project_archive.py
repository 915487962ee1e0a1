"""A project as one .zip: export and import round-trip byte for byte, and a hostile zip
(escaping paths, symlinks, bombs, lying headers) is refused with nothing written."""

from __future__ import annotations

import errno
import io
import json
import shutil
import struct
import warnings
import zipfile
from pathlib import Path

import pytest

from aigc_studio.progress import Cancelled
from aigc_studio.project import archive
from aigc_studio.project.archive import (
    ZipLimits,
    export_project_zip,
    export_project_zip_summary,
    import_project_zip,
)
from aigc_studio.project.model import Project
from aigc_studio.project.storage import ProjectError, load_project, save_project
from aigc_studio.resources import sample_project_path


def sample_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "sample-short.aigcproj"
    shutil.copytree(sample_project_path(), folder)
    return folder


def files_under(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def listing(folder: Path) -> list[str]:
    """Everything under ``folder``, hidden temp files included."""
    return sorted(path.relative_to(folder).as_posix() for path in folder.rglob("*"))


class CancelAfter:
    """A reporter whose user presses Cancel after ``steps`` progress reports."""

    def __init__(self, steps: int) -> None:
        self.steps = steps

    def progress(self, fraction: float, message: str = "") -> None:
        self.steps -= 1

    def cancelled(self) -> bool:
        return self.steps <= 0


def test_export_then_import_gives_back_the_same_project_byte_for_byte(tmp_path: Path) -> None:
    original = sample_copy(tmp_path / "src")
    zip_path = export_project_zip(original, tmp_path / "shared.zip")
    names = zipfile.ZipFile(zip_path).namelist()
    assert "sample-short.aigcproj/project.json" in names
    assert all(name.startswith("sample-short.aigcproj/") for name in names)

    dest = tmp_path / "received"
    dest.mkdir()
    imported = import_project_zip(zip_path, dest)

    assert imported == dest / "sample-short.aigcproj"
    assert [p.name for p in dest.iterdir()] == ["sample-short.aigcproj"]  # no temp folder left
    assert load_project(imported).to_dict() == load_project(original).to_dict()
    assert files_under(imported) == files_under(original)
    assert len(files_under(imported)) == 7  # project.json and six media files
    assert (imported.stat().st_mode & 0o777) == 0o755  # not the temp folder's owner-only mode


def test_a_name_clash_never_overwrites_and_picks_the_next_free_name(tmp_path: Path) -> None:
    zip_path = export_project_zip(sample_copy(tmp_path / "src"), tmp_path / "shared.zip")
    dest = tmp_path / "received"
    dest.mkdir()
    first = import_project_zip(zip_path, dest)
    (first / "my-notes.txt").write_text("mine")
    second = import_project_zip(zip_path, dest)
    third = import_project_zip(zip_path, dest)
    assert second.name == "sample-short (2).aigcproj"
    assert third.name == "sample-short (3).aigcproj"
    assert (first / "my-notes.txt").read_text() == "mine"  # the first copy was left alone
    assert load_project(third).to_dict() == load_project(first).to_dict()


def test_export_refuses_a_folder_that_is_not_a_project(tmp_path: Path) -> None:
    folder = tmp_path / "broken.aigcproj"
    folder.mkdir()
    (folder / "project.json").write_text("{ not json")
    with pytest.raises(ProjectError, match="not valid JSON"):
        export_project_zip(folder, tmp_path / "out.zip")
    assert listing(tmp_path) == ["broken.aigcproj", "broken.aigcproj/project.json"]


def test_export_refuses_to_write_inside_the_project(tmp_path: Path) -> None:
    folder = sample_copy(tmp_path)
    with pytest.raises(ProjectError, match="inside the project folder"):
        export_project_zip(folder, folder / "assets" / "me.zip")
    assert not (folder / "assets" / "me.zip").exists()


def test_export_leaves_symlinks_out_and_says_so(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("private key material")
    folder = sample_copy(tmp_path / "src")
    (folder / "assets" / "innocent.txt").symlink_to(secret)
    (folder / "assets" / "home").symlink_to(tmp_path, target_is_directory=True)

    summary = export_project_zip_summary(folder, tmp_path / "out.zip")

    data = (tmp_path / "out.zip").read_bytes()
    names = zipfile.ZipFile(tmp_path / "out.zip").namelist()
    assert not any("innocent" in name or "home" in name for name in names)
    assert b"private key material" not in data
    assert summary.files == 7
    assert any("assets/innocent.txt is a symlink" in s for s in summary.skipped)
    assert any("assets/home is a symlink" in s for s in summary.skipped)


def test_export_refuses_a_project_json_that_is_a_symlink(tmp_path: Path) -> None:
    folder = sample_copy(tmp_path / "src")
    elsewhere = tmp_path / "elsewhere.json"
    shutil.move(folder / "project.json", elsewhere)
    (folder / "project.json").symlink_to(elsewhere)
    with pytest.raises(ProjectError, match="project.json is a symlink"):
        export_project_zip(folder, tmp_path / "out.zip")
    assert not (tmp_path / "out.zip").exists()


def test_export_names_media_the_project_takes_from_outside_its_folder(tmp_path: Path) -> None:
    folder = sample_copy(tmp_path / "src")
    outside = tmp_path / "whoosh.wav"
    shutil.move(folder / "assets" / "whoosh.wav", outside)
    text = (folder / "project.json").read_text(encoding="utf-8")
    (folder / "project.json").write_text(
        text.replace('"assets/whoosh.wav"', json.dumps(str(outside))), encoding="utf-8"
    )
    summary = export_project_zip_summary(folder, tmp_path / "out.zip")
    assert summary.files == 6
    assert summary.skipped == [
        f"{outside} is outside the project folder, so it is not in the zip; save the project "
        "to copy it in, then export again."
    ]


def test_cancelled_export_leaves_no_zip_and_no_temp_file(tmp_path: Path) -> None:
    folder = sample_copy(tmp_path / "src")
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(Cancelled):
        export_project_zip(folder, out / "shared.zip", CancelAfter(2))
    assert listing(out) == []


def test_disk_full_during_export_keeps_the_old_zip(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = sample_copy(tmp_path / "src")
    out = tmp_path / "out"
    out.mkdir()
    (out / "shared.zip").write_bytes(b"yesterday's zip")

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(archive.os, "fsync", disk_full)
    with pytest.raises(ProjectError, match="No space left on device.*free space"):
        export_project_zip(folder, out / "shared.zip")
    assert listing(out) == ["shared.zip"]
    assert (out / "shared.zip").read_bytes() == b"yesterday's zip"


# -- hostile zips ------------------------------------------------------------------------


@pytest.fixture
def good_json(tmp_path: Path) -> bytes:
    folder = save_project(Project(name="Gift"), tmp_path / "made" / "gift")
    return (folder / "project.json").read_bytes()


def make_zip(path: Path, entries: list[tuple[str | zipfile.ZipInfo, bytes]]) -> Path:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # "Duplicate name" is the point
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as built:
            for name, data in entries:
                built.writestr(name, data)
    return path


def symlink_entry(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.create_system = 3  # unix, whose mode bits live in the high half of external_attr
    info.external_attr = 0o120777 << 16
    return info


HOSTILE = {
    "parent": ([("../evil.txt", b"x")], "'../evil.txt' points outside"),
    "nested parent": ([("gift.aigcproj/../../evil.txt", b"x")], "evil.txt' points outside"),
    "absolute": ([("/abs.txt", b"x")], "'/abs.txt' has an absolute path"),
    "drive letter": ([("C:\\evil.txt", b"x")], "evil.txt' has an absolute path"),
    "drive relative": ([("gift.aigcproj/C:evil.txt", b"x")], "has a ':'"),
    "backslash": ([("gift.aigcproj\\..\\evil.txt", b"x")], "has a backslash"),
    "symlink": ([(symlink_entry("gift.aigcproj/assets/passwd"), b"/etc/passwd")], "symlink"),
    "two folders": ([("other.aigcproj/assets/a.txt", b"x")], "exactly one project folder"),
    "duplicate": ([("gift.aigcproj/project.json", b"{}")], "'gift.aigcproj/project.json' appears"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_entries_are_refused_and_nothing_is_written(
    tmp_path: Path, good_json: bytes, case: str
) -> None:
    extra, message = HOSTILE[case]
    zip_path = make_zip(tmp_path / "gift.zip", [("gift.aigcproj/project.json", good_json)] + extra)
    parent = tmp_path / "place"
    dest = parent / "dest"
    dest.mkdir(parents=True)

    with pytest.raises(ProjectError, match=message.replace("(", r"\(")) as refused:
        import_project_zip(zip_path, dest)

    assert "\n" not in str(refused.value)
    assert listing(parent) == ["dest"]  # nothing inside dest, nothing beside it
    assert not (tmp_path / "evil.txt").exists() and not Path("/abs.txt").exists()


def test_a_zip_without_project_json_is_refused(tmp_path: Path) -> None:
    zip_path = make_zip(tmp_path / "gift.zip", [("gift.aigcproj/assets/a.png", b"png")])
    dest = tmp_path / "dest"
    dest.mkdir()
    with pytest.raises(ProjectError, match="has no project.json in its folder gift.aigcproj"):
        import_project_zip(zip_path, dest)
    assert listing(dest) == []


def test_a_project_json_that_does_not_open_is_refused_after_unpacking(tmp_path: Path) -> None:
    zip_path = make_zip(
        tmp_path / "gift.zip",
        [("gift.aigcproj/project.json", b'{"schema_version": 99}'), ("gift.aigcproj/a", b"a")],
    )
    dest = tmp_path / "dest"
    dest.mkdir()
    with pytest.raises(ProjectError, match="newer AIGC Studio"):
        import_project_zip(zip_path, dest)
    assert listing(dest) == []  # the temp folder it was unpacked into is gone


def test_a_zip_bomb_is_refused_by_its_declared_size(tmp_path: Path, good_json: bytes) -> None:
    zeros = b"\0" * (4 << 20)  # deflates to a few KB
    zip_path = make_zip(
        tmp_path / "gift.zip",
        [("gift.aigcproj/project.json", good_json), ("gift.aigcproj/assets/z.bin", zeros)],
    )
    assert zip_path.stat().st_size < 50_000
    dest = tmp_path / "dest"
    dest.mkdir()
    with pytest.raises(ProjectError, match=r"unpack to \d+ bytes, more than the limit of 1000000"):
        import_project_zip(zip_path, dest, limits=ZipLimits(max_total_bytes=1_000_000))
    assert listing(dest) == []
    # the same zip under the default limits is a (large) project like any other
    assert (import_project_zip(zip_path, dest) / "assets" / "z.bin").stat().st_size == 4 << 20


def test_too_many_entries_are_refused(tmp_path: Path, good_json: bytes) -> None:
    entries = [("gift.aigcproj/project.json", good_json)]
    entries += [(f"gift.aigcproj/assets/{n}.txt", b"x") for n in range(10)]
    zip_path = make_zip(tmp_path / "gift.zip", entries)
    dest = tmp_path / "dest"
    dest.mkdir()
    with pytest.raises(ProjectError, match="holds 11 entries, more than the 5"):
        import_project_zip(zip_path, dest, limits=ZipLimits(max_entries=5))
    assert listing(dest) == []


def lie_about_size(zip_path: Path, name: str, declared: int) -> None:
    """Rewrite an entry's uncompressed size in its local header and the central directory,
    as a hand-made bomb would."""
    data = bytearray(zip_path.read_bytes())
    offset = zipfile.ZipFile(zip_path).getinfo(name).header_offset
    struct.pack_into("<I", data, offset + 22, declared)
    central = data.find(b"PK\x01\x02")
    while central != -1:
        name_length = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46 : central + 46 + name_length] == name.encode():
            struct.pack_into("<I", data, central + 24, declared)
        central = data.find(b"PK\x01\x02", central + 4)
    zip_path.write_bytes(bytes(data))


def test_an_entry_bigger_than_its_header_says_is_refused_while_unpacking(
    tmp_path: Path, good_json: bytes
) -> None:
    zeros = b"\0" * (2 << 20)
    zip_path = make_zip(
        tmp_path / "gift.zip",
        [("gift.aigcproj/project.json", good_json), ("gift.aigcproj/assets/z.bin", zeros)],
    )
    lie_about_size(zip_path, "gift.aigcproj/assets/z.bin", 1000)
    assert zipfile.ZipFile(zip_path).getinfo("gift.aigcproj/assets/z.bin").file_size == 1000
    dest = tmp_path / "dest"
    dest.mkdir()
    with pytest.raises(ProjectError, match="'gift.aigcproj/assets/z.bin'"):
        import_project_zip(zip_path, dest, limits=ZipLimits(max_total_bytes=100_000))
    assert listing(dest) == []


def test_cancelled_import_leaves_nothing(tmp_path: Path) -> None:
    zip_path = export_project_zip(sample_copy(tmp_path / "src"), tmp_path / "shared.zip")
    dest = tmp_path / "dest"
    dest.mkdir()
    with pytest.raises(Cancelled):
        import_project_zip(zip_path, dest, CancelAfter(3))
    assert listing(dest) == []


def test_a_file_that_is_not_a_zip_is_refused_in_one_sentence(tmp_path: Path) -> None:
    fake = tmp_path / "gift.zip"
    fake.write_bytes(b"PK but not really" + b"\0" * 100)
    dest = tmp_path / "dest"
    dest.mkdir()
    with pytest.raises(ProjectError, match="gift.zip is not a readable zip file"):
        import_project_zip(fake, dest)
    with pytest.raises(ProjectError, match="There is no file"):
        import_project_zip(tmp_path / "gone.zip", dest)
    assert listing(dest) == []


def test_bytes_are_counted_even_if_the_zip_reader_trusted_the_data(
    tmp_path: Path, good_json: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    """CPython's zipfile stops at the declared size; the import does not rely on that."""
    zip_path = make_zip(
        tmp_path / "gift.zip",
        [("gift.aigcproj/project.json", good_json), ("gift.aigcproj/assets/z.bin", b"small")],
    )
    real_open = zipfile.ZipFile.open

    def endless_open(self: zipfile.ZipFile, name: zipfile.ZipInfo, *args: object, **kw: object):
        if name.filename.endswith("z.bin"):
            return io.BytesIO(b"\0" * (3 << 20))  # far more than the 5 bytes declared
        return real_open(self, name, *args, **kw)

    monkeypatch.setattr(archive.zipfile.ZipFile, "open", endless_open)
    dest = tmp_path / "dest"
    dest.mkdir()
    with pytest.raises(ProjectError, match="'gift.aigcproj/assets/z.bin' unpacks to more data"):
        import_project_zip(zip_path, dest)
    assert listing(dest) == []
