"""The Qt-free core's sentences reach a Chinese creator in Chinese.

The core raises errors, reports progress and names undo steps in sentences the studio
shows as they are. Each must go through aigc_studio.translation.tr, or a Chinese window
shows English the moment something goes wrong. A source scan finds the sentences that
skip it (the catalogue check in test_i18n then makes sure each has its Chinese), and the
end-to-end tests show a translated sentence arriving in a Chinese window.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import aigc_studio
from aigc_studio import translation
from aigc_studio.translation import tr

PACKAGE = Path(aigc_studio.__file__).resolve().parent
# Where the core's sentences live: (label, files). The GUI (ui/) has its own test.
AREAS = {
    "gan": sorted((PACKAGE / "gan").rglob("*.py")),
    "media": sorted((PACKAGE / "media").rglob("*.py")),
    "project": sorted((PACKAGE / "project").rglob("*.py")),
    "script": sorted((PACKAGE / "script").rglob("*.py")),
    "quick": sorted((PACKAGE / "quick").rglob("*.py")),
    "engine": [PACKAGE / "engine" / name for name in ("tasks.py", "sound_tasks.py", "jobs.py")],
    "top": [
        path
        for path in sorted(PACKAGE.glob("*.py"))
        if not path.name.startswith(("cli", "__")) and path.name not in {"app.py", "selftest.py"}
    ],
}
# A programmer's mistake, never a creator's: these may stay English.
PROGRAMMER_ERRORS = {"TypeError", "NotImplementedError", "AssertionError", "AttributeError"}


def _is_sentence(node: ast.expr) -> bool:
    """A message built in place without tr: a literal, an f-string, "…" + …, "…".format()."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and bool(node.value.strip())
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _is_sentence(node.left) or _is_sentence(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return node.func.attr == "format" and _is_sentence(node.func.value)
    return False


def _exception_name(node: ast.expr) -> str:
    target = node.func if isinstance(node, ast.Call) else node
    if isinstance(target, ast.Name):
        return target.id
    if isinstance(target, ast.Attribute):
        return target.attr
    return ""


def untranslated(path: Path) -> list[str]:
    """ "file:line: what" for each sentence in ``path`` that does not go through tr."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    where = (
        path.relative_to(PACKAGE.parent).as_posix() if path.is_relative_to(PACKAGE) else path.name
    )
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            name = _exception_name(node.exc)
            if name not in PROGRAMMER_ERRORS and any(map(_is_sentence, node.exc.args)):
                found.append(f"{where}:{node.lineno}: raise {name}(…) without tr")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if node.func.attr == "progress" and len(node.args) >= 2:
                if _is_sentence(node.args[1]):
                    found.append(f"{where}:{node.lineno}: progress message without tr")
        elif isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if (
                isinstance(target, ast.Attribute)
                and target.attr == "text"
                and isinstance(target.value, ast.Name)
                and target.value.id == "self"
                and _is_sentence(node.value)
            ):
                found.append(f"{where}:{node.lineno}: an undo step's name without tr")
    return found


@pytest.mark.parametrize("area", sorted(AREAS))
def test_core_sentences_go_through_tr(area: str) -> None:
    problems = [problem for path in AREAS[area] for problem in untranslated(path)]
    assert not problems, "\n".join(problems)


def test_the_scan_catches_an_english_sentence(tmp_path: Path) -> None:
    # The guard must be able to fail: a file with each kind of miss is caught.
    bad = tmp_path / "probe.py"
    bad.write_text(
        "def f(reporter, self, n):\n"
        "    reporter.progress(0.5, f'Step {n}')\n"
        "    self.text = 'Move clip'\n"
        "    raise ValueError('the folder has no images')\n"
        "def g():\n"
        "    raise TypeError('internal')\n"
        "def h(reporter):\n"
        "    reporter.progress(0.5, tr('Step {n}').format(n=1))\n"
        "    raise ValueError(tr('the folder has no images'))\n",
        encoding="utf-8",
    )
    problems = sorted(problem.split(": ", 1)[1] for problem in untranslated(bad))
    assert problems == [
        "an undo step's name without tr",
        "progress message without tr",
        "raise ValueError(…) without tr",
    ]


def test_core_tr_is_english_until_a_translator_is_set() -> None:
    before = translation._translate  # the GUI's, when its i18n module was imported
    try:
        translation.set_translator(lambda text: {"Move clip": "移动片段"}.get(text, text))
        assert tr("Move clip") == "移动片段"
        assert tr("no translation for this") == "no translation for this"
        translation.set_translator(None)
        assert tr("Move clip") == "Move clip"
    finally:
        translation.set_translator(before)


def _has_chinese(text: str) -> bool:
    return any("\u4e00" <= character <= "\u9fff" for character in text)


def test_a_core_error_reaches_a_chinese_window_in_chinese(qtbot, tmp_path: Path) -> None:
    # A job that fails deep in the Qt-free core (opening a project that is not there)
    # tells a Chinese creator in Chinese: the job's name, the reason and the full stop.
    from aigc_studio.engine.engine import Engine
    from aigc_studio.project.storage import load_project
    from aigc_studio.ui.i18n import install_language
    from aigc_studio.ui.i18n import tr as ui_tr

    missing = tmp_path / "gone"
    engine = Engine()
    try:
        assert install_language("zh_CN") == "zh_CN"
        job = engine.start_job(ui_tr("Training"), lambda _reporter: load_project(missing))
        with qtbot.waitSignal(job.sig_failed, timeout=10_000) as failed:
            pass
        message = failed.args[0]
        assert message.startswith("训练失败：") and message.endswith("。"), message
        assert str(missing) in message  # the path itself is not translated
        reason = job.failure_reason.replace(str(missing), "")
        assert _has_chinese(reason) and not any(c.isascii() and c.isalpha() for c in reason)
    finally:
        install_language("en")
        engine.shutdown()
    # Back in English, the same failure reads in English again.
    with pytest.raises(ValueError, match="There is no project at"):
        load_project(missing)
