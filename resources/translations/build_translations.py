"""Build the studio's translation catalogues from the ``tr("...")`` literals in the code.

    python resources/translations/build_translations.py           # write .ts and .qm
    python resources/translations/build_translations.py --check   # write nothing; exit 1
                                                                   # when something is wrong

Sources: every call ``tr("literal")`` in aigc_studio/**/*.py where ``tr`` is the function
imported from aigc_studio.ui.i18n (the GUI) or aigc_studio.translation (the Qt-free core),
or ``i18n.tr``/``translation.tr``. Translations: every
resources/translations/zh_CN/*.json fragment ({"English source": "简体中文"}), merged.

Outputs (beside this script): aigc_studio_zh_CN.ts and aigc_studio_en.ts (Qt Linguist,
TS 2.1, one context "AIGC Studio", messages sorted by source so diffs stay small), and the
.qm files pyside6-lrelease compiles from them. The English catalogue carries no
translations (each is "unfinished"), so lrelease writes an empty, harmless .qm: English is
the source text itself.

Errors (exit 1, in both modes): a ``tr`` argument that is not one plain string literal,
``self.tr``/``QObject.tr`` (its context is the class name, so it is never translated), a
key in two fragments with different Chinese, a fragment that is not valid UTF-8 JSON or
has a duplicate key, a translation whose {fields} differ from its source's.
--check also fails on sources without a Chinese translation, on a fragment that is not
written in the canonical form (sorted keys, indent 1, UTF-8, not ASCII-escaped), and on
.ts/.qm files whose messages differ from what this script would write now (a .ts whose
only difference is moved line numbers is a warning). Fragment keys that no source uses
any more are only warnings. Without --check the files are written even when there are
errors (a conflict takes the first fragment's text, by file name), and it exits 1.
"""

from __future__ import annotations

import argparse
import ast
import json
import shutil
import string
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent  # resources/translations
ROOT = HERE.parent.parent  # the repository
PACKAGE = ROOT / "aigc_studio"  # where the tr("...") calls are
FRAGMENTS = HERE / "zh_CN"  # the Chinese translations, one JSON file per area
I18N_MODULES = ("aigc_studio.ui.i18n", "aigc_studio.translation")  # whose tr() is collected
I18N_MODULE = I18N_MODULES[0]  # named in messages: the GUI's tr
CONTEXT = "AIGC Studio"  # must match aigc_studio.ui.i18n.CONTEXT
CATALOGUES = {  # language -> .ts file name; the .qm has the same stem
    "zh_CN": "aigc_studio_zh_CN.ts",
    "en": "aigc_studio_en.ts",
}


@dataclass
class Source:
    """One English text and every place that asks for it."""

    text: str  # the literal passed to tr()
    locations: list[tuple[str, int]] = field(default_factory=list)  # (path from ROOT, line)


@dataclass
class Scan:
    """What the code asks to translate, and the calls that cannot be collected."""

    sources: dict[str, Source] = field(default_factory=dict)  # text -> Source
    errors: list[str] = field(default_factory=list)  # "file:line: sentence"


@dataclass
class Fragments:
    """The merged Chinese translations and what is wrong with the fragment files."""

    translations: dict[str, str] = field(default_factory=dict)  # source -> Chinese
    origin: dict[str, str] = field(default_factory=dict)  # source -> fragment file name
    errors: list[str] = field(default_factory=list)
    unformatted: list[str] = field(default_factory=list)  # fragments not in canonical form


# ---------------------------------------------------------------------------- scanning


def _tr_names(tree: ast.Module, module_name: str) -> tuple[set[str], set[str]]:
    """Local names bound to i18n.tr, and local names bound to the i18n module itself."""
    functions: set[str] = set()
    modules: set[str] = set()
    if module_name in I18N_MODULES:
        functions.add("tr")  # i18n.py and translation.py may call their own tr
    package = module_name.rsplit(".", 1)[0]
    for node in ast.walk(tree):
        if not isinstance(node, ast.ImportFrom):
            continue
        base = node.module or ""
        if node.level:  # relative import: resolve against this module's package
            parts = package.split(".")
            parts = parts[: len(parts) - (node.level - 1)]
            base = ".".join(parts + ([base] if base else []))
        for alias in node.names:
            if base in I18N_MODULES and alias.name == "tr":
                functions.add(alias.asname or "tr")
            elif f"{base}.{alias.name}" in I18N_MODULES:
                modules.add(alias.asname or alias.name)
    return functions, modules


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def scan_file(path: Path, scan: Scan) -> None:
    """Add the tr() literals of one Python file to ``scan``."""
    where = path.relative_to(ROOT).as_posix()
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=where)
    except (SyntaxError, UnicodeDecodeError) as error:
        scan.errors.append(f"{where}: cannot be parsed ({error})")
        return
    functions, modules = _tr_names(tree, _module_name(path))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        is_ours = (isinstance(func, ast.Name) and func.id in functions) or (
            isinstance(func, ast.Attribute)
            and func.attr == "tr"
            and isinstance(func.value, ast.Name)
            and func.value.id in modules
        )
        if not is_ours:
            if isinstance(func, ast.Attribute) and func.attr == "tr":
                scan.errors.append(
                    f"{where}:{node.lineno}: {ast.unparse(func)}() uses the class as its "
                    f"translation context and is never translated; use tr from {I18N_MODULE}"
                )
            continue
        argument = node.args[0] if len(node.args) == 1 and not node.keywords else None
        if not (isinstance(argument, ast.Constant) and isinstance(argument.value, str)):
            scan.errors.append(
                f"{where}:{node.lineno}: tr() needs one plain string literal, got "
                f"tr({', '.join(ast.unparse(a) for a in node.args)})"
            )
            continue
        text = argument.value
        source = scan.sources.setdefault(text, Source(text))
        source.locations.append((where, node.lineno))


def scan_package(package: Path = PACKAGE) -> Scan:
    scan = Scan()
    for path in sorted(package.rglob("*.py")):
        scan_file(path, scan)
    for source in scan.sources.values():
        source.locations.sort()
    return scan


# --------------------------------------------------------------------------- fragments


def canonical_json(translations: dict[str, str]) -> str:
    """The one way a fragment is written: sorted, indent 1, UTF-8 text, final newline."""
    return json.dumps(translations, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def _fields(text: str) -> list[str]:
    """The {fields} of a format string, in order (format spec included)."""
    try:
        return sorted(
            f"{name}:{spec}"
            for _, name, spec, _ in string.Formatter().parse(text)
            if name is not None
        )
    except ValueError:
        return ["<malformed braces>"]


def load_fragments(folder: Path = FRAGMENTS) -> Fragments:
    fragments = Fragments()
    for path in sorted(folder.glob("*.json")):
        name = path.relative_to(ROOT).as_posix()
        duplicates: list[str] = []

        def no_duplicates(pairs: list[tuple[str, object]], duplicates=duplicates) -> dict:
            seen: dict = {}
            for key, value in pairs:
                if key in seen:
                    duplicates.append(key)
                seen[key] = value
            return seen

        try:
            text = path.read_text(encoding="utf-8")
            data = json.loads(text, object_pairs_hook=no_duplicates)
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            fragments.errors.append(f"{name}: not valid UTF-8 JSON ({error})")
            continue
        if not isinstance(data, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in data.items()
        ):
            fragments.errors.append(f'{name}: must be one object {{"English": "中文", ...}}')
            continue
        for key in duplicates:
            fragments.errors.append(f"{name}: {key!r} appears twice")
        if text != canonical_json(data):
            fragments.unformatted.append(name)
        for source, chinese in data.items():
            if not chinese.strip():
                continue  # an empty translation counts as missing
            if _fields(source) != _fields(chinese):
                fragments.errors.append(
                    f"{name}: {source!r} -> {chinese!r}: the translation's {{fields}} differ"
                )
            earlier = fragments.translations.get(source)
            if earlier is not None and earlier != chinese:
                fragments.errors.append(
                    f"{name}: {source!r} is {chinese!r} here but {earlier!r} in "
                    f"{fragments.origin[source]}"
                )
                continue
            fragments.translations[source] = chinese
            fragments.origin.setdefault(source, name)
    return fragments


# ------------------------------------------------------------------------------ output


def _xml(text: str) -> str:
    return escape(text, {'"': "&quot;", "'": "&apos;"})


def ts_text(language: str, scan: Scan, translations: dict[str, str]) -> str:
    """The .ts file for ``language``; English gets every translation unfinished."""
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{language}" sourcelanguage="en">',
        "<context>",
        f"    <name>{_xml(CONTEXT)}</name>",
    ]
    for text in sorted(scan.sources):
        lines.append("    <message>")
        for where, line in scan.sources[text].locations:
            filename = Path("..", "..", where).as_posix()  # relative to this folder
            lines.append(f'        <location filename="{_xml(filename)}" line="{line}"/>')
        lines.append(f"        <source>{_xml(text)}</source>")
        translation = translations.get(text) if language != "en" else None
        if translation:
            lines.append(f"        <translation>{_xml(translation)}</translation>")
        else:
            lines.append('        <translation type="unfinished"></translation>')
        lines.append("    </message>")
    lines += ["</context>", "</TS>", ""]
    return "\n".join(lines)


def _messages(ts: bytes) -> list[bytes]:
    """A .ts file without its <location> lines: what --check compares, so a line number
    that moved in the code does not make the catalogue stale."""
    return [line for line in ts.splitlines() if not line.lstrip().startswith(b"<location ")]


def find_lrelease() -> str:
    """pyside6-lrelease: PySide6's own binary, else the one on PATH."""
    try:
        import PySide6

        folder = Path(PySide6.__file__).parent
        for name in ("lrelease", "lrelease.exe"):
            if (folder / name).is_file():
                return str(folder / name)
    except ImportError:
        pass
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found:
        return found
    raise SystemExit(
        "pyside6-lrelease was not found: install PySide6 (it ships lrelease) and run again."
    )


def compile_qm(ts_path: Path, qm_path: Path) -> None:
    result = subprocess.run(
        [find_lrelease(), "-silent", str(ts_path), "-qm", str(qm_path)],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0 or not qm_path.is_file():
        raise SystemExit(f"lrelease could not compile {ts_path.name}: {result.stderr.strip()}")


def build(folder: Path, scan: Scan, translations: dict[str, str]) -> dict[str, bytes]:
    """Write every .ts and .qm into ``folder``; returns {file name: bytes written}."""
    written: dict[str, bytes] = {}
    for language, ts_name in CATALOGUES.items():
        ts_path = folder / ts_name
        ts_path.write_text(ts_text(language, scan, translations), encoding="utf-8")
        qm_path = ts_path.with_suffix(".qm")
        compile_qm(ts_path, qm_path)
        written[ts_name] = ts_path.read_bytes()
        written[qm_path.name] = qm_path.read_bytes()
    return written


# -------------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 when anything is missing"
    )
    args = parser.parse_args(argv)

    scan = scan_package()
    fragments = load_fragments()
    errors = scan.errors + fragments.errors
    missing = [
        source
        for text, source in sorted(scan.sources.items())
        if text not in fragments.translations
    ]
    unused = sorted(set(fragments.translations) - set(scan.sources))

    for text in unused:
        print(f"warning: {fragments.origin[text]}: {text!r} is no longer used by the code")
    for error in errors:
        print(f"error: {error}")

    translated = len(scan.sources) - len(missing)
    summary = (
        f"{len(scan.sources)} strings, {translated} translated to zh_CN, {len(missing)} missing"
    )

    if args.check:
        problems = len(errors)
        for source in missing:
            where, line = source.locations[0]
            print(f"missing zh_CN: {where}:{line}: {source.text!r}")
        problems += len(missing)
        for name in fragments.unformatted:
            print(
                f"unformatted: {name} is not sorted/indent 1/UTF-8; rewrite it with "
                "json.dumps(d, ensure_ascii=False, indent=1, sort_keys=True) + newline"
            )
        problems += len(fragments.unformatted)
        with tempfile.TemporaryDirectory(prefix="aigc-translations-") as temp:
            for name, content in build(Path(temp), scan, fragments.translations).items():
                current = HERE / name
                old = current.read_bytes() if current.is_file() else None
                if old == content:
                    continue
                if (
                    old is not None
                    and name.endswith(".ts")
                    and _messages(old) == _messages(content)
                ):
                    # Only line numbers moved: the catalogue itself is current.
                    print(f"warning: {name}'s locations are out of date; run the script to refresh")
                    continue
                print(f"stale: resources/translations/{name}; run build_translations.py")
                problems += 1
        print(summary)
        print("check passed" if not problems else f"check failed: {problems} problem(s)")
        return 1 if problems else 0

    build(HERE, scan, fragments.translations)
    print(f"{summary}; wrote " + ", ".join(CATALOGUES.values()) + " and their .qm files")
    if errors:  # written anyway, so the others' work is usable; the errors still fail
        print(f"{len(errors)} error(s): fix them and run again")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
