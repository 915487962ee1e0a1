"""`aigc-studio project export|import|check`: share a project as one .zip and check a
project folder, without the GUI."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from aigc_studio.progress import Cancelled

EXIT_OK = 0  # the project opens and nothing is wrong (export/import: it worked)
EXIT_PROBLEMS = 1  # check: it opens, but files are missing or unreadable; others: failed
EXIT_UNREADABLE = 2  # check: the project does not open at all
EXIT_CANCELLED = 130  # Ctrl+C, as the shell reports it

_CHECK_EPILOG = """exit status:
  0  the project opens and has no problems
  1  the project opens, but files are missing, outside the folder or unreadable
  2  the project cannot be opened (no project.json, bad JSON, newer file format, ...)"""


def add_project_parser(commands: Any) -> argparse.ArgumentParser:
    """Add the ``project`` command and its export/import/check subcommands to an argparse
    subparsers object."""
    project = commands.add_parser(
        "project",
        help="share a project as one .zip, or check a project folder",
        description="Export a project folder (NAME.aigcproj) as one .zip to share, import "
        "such a zip safely, or check a project for missing and unreadable files.",
        epilog="export and import exit with 0 when they worked and 1 with a one-line reason "
        "when not; see 'aigc-studio project check --help' for check's exit status.",
    )
    actions = project.add_subparsers(dest="project_command", metavar="ACTION", required=True)
    export = actions.add_parser(
        "export",
        help="zip a project folder for sharing",
        description="Zip PROJECT_DIR (project.json and assets/) into OUT.zip under one folder "
        "NAME.aigcproj. The project must open; symlinks are left out and named. The zip is "
        "written to a temp file and renamed, so nothing half-written is left under OUT.zip. "
        "Exit status 0 when written, 1 otherwise.",
    )
    export.add_argument("project_dir", type=Path, metavar="PROJECT_DIR")
    export.add_argument("out_zip", type=Path, metavar="OUT.zip")
    imported = actions.add_parser(
        "import",
        help="unpack a shared project zip into a folder",
        description="Unpack ZIP into DEST_DIR as NAME.aigcproj (or 'NAME (2).aigcproj' when "
        "that exists; nothing is overwritten). Zips with paths that leave the folder, "
        "absolute paths, symlinks, too many or too large entries, or no project.json are "
        "refused and nothing is written. Exit status 0 when imported, 1 otherwise.",
    )
    imported.add_argument("zip_path", type=Path, metavar="ZIP")
    imported.add_argument("dest_dir", type=Path, metavar="DEST_DIR")
    check = actions.add_parser(
        "check",
        help="report whether a project opens and which files are missing or unreadable",
        description="Open PROJECT_DIR, print a summary line and each problem found (missing "
        "models and media, files outside the folder, unreadable files).",
        epilog=_CHECK_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    check.add_argument("project_dir", type=Path, metavar="PROJECT_DIR")
    return project


def run_project(args: argparse.Namespace) -> int:
    """Run one project subcommand; failures are one line on stderr, never a traceback."""
    from aigc_studio.project.storage import ProjectError

    run = {"export": _run_export, "import": _run_import, "check": _run_check}
    try:
        return run[args.project_command](args)
    except Cancelled:
        print("cancelled; nothing was written", file=sys.stderr)
        return EXIT_CANCELLED
    except (ProjectError, OSError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_PROBLEMS


def _run_export(args: argparse.Namespace) -> int:
    from aigc_studio.cli import TerminalReporter
    from aigc_studio.project.archive import export_project_zip_summary

    reporter = TerminalReporter()  # Ctrl+C interrupts; the temp file or folder is removed
    summary = export_project_zip_summary(args.project_dir, args.out_zip, reporter)
    for sentence in summary.skipped:
        print(f"warning: {sentence}", file=sys.stderr)
    print(f"exported {summary.files} files ({_size(summary.bytes)}) to {summary.path}")
    return EXIT_OK


def _run_import(args: argparse.Namespace) -> int:
    from aigc_studio.cli import TerminalReporter
    from aigc_studio.project.archive import import_project_zip

    reporter = TerminalReporter()
    folder = import_project_zip(args.zip_path, args.dest_dir, reporter)
    print(f"imported {folder}")
    return EXIT_OK


def _run_check(args: argparse.Namespace) -> int:
    from aigc_studio.project.check import check_project

    report = check_project(args.project_dir)
    if not report.ok:
        print(f"error: {report.problems[0]}", file=sys.stderr)
        return EXIT_UNREADABLE
    print(f"{args.project_dir.name}: {report.summary}")
    for problem in report.problems:
        print(f"problem: {problem}")
    if report.problems:
        count = len(report.problems)
        print(f"{count} problem{'s' if count > 1 else ''} found")
        return EXIT_PROBLEMS
    print("no problems found")
    return EXIT_OK


def _size(count: int) -> str:
    return f"{count / 1024**2:.1f} MB" if count >= 1024**2 else f"{count / 1024:.1f} KB"
