"""The boundary rule: everything outside engine/ and ui/ works with Qt absent."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from tests.images import make_face_like_images

# Runs in a fresh interpreter where any import of PySide6 fails, as on a headless
# training box. It imports every core module, then trains for two steps.
PROGRAM = textwrap.dedent(
    """
    import importlib, pkgutil, sys
    from pathlib import Path

    class NoQt:
        def find_spec(self, name, path=None, target=None):
            if name == "PySide6" or name.startswith("PySide6."):
                raise ImportError("PySide6 is not available in this test")
            return None

    sys.meta_path.insert(0, NoQt())
    import aigc_studio

    skipped = ("aigc_studio.engine", "aigc_studio.ui", "aigc_studio.app", "aigc_studio.__main__")
    imported = []
    for module in pkgutil.walk_packages(aigc_studio.__path__, "aigc_studio."):
        if module.name.startswith(skipped):
            continue
        importlib.import_module(module.name)
        imported.append(module.name)
    assert "PySide6" not in sys.modules, "a core module imported Qt"
    for required in ("aigc_studio.gan.train", "aigc_studio.media.timeline_render",
                     "aigc_studio.project.storage", "aigc_studio.cli"):
        assert required in imported, required

    from aigc_studio.gan.train import TrainConfig, train
    from aigc_studio.progress import SilentReporter
    data, out = Path(sys.argv[1]), Path(sys.argv[2])
    config = TrainConfig(data, out, steps=2, batch=4, resolution=32,
                         generator_width=8, discriminator_width=8, device="cpu")
    updates = list(train(config, SilentReporter()))
    assert updates[-1].step == 2 and (out / "model.safetensors").is_file()
    print("imported", len(imported), "modules; trained", updates[-1].step, "steps")
    """
)


def test_core_imports_and_trains_without_qt(tmp_path: Path) -> None:
    make_face_like_images(tmp_path / "data", 8)
    result = subprocess.run(
        [sys.executable, "-c", PROGRAM, str(tmp_path / "data"), str(tmp_path / "run")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "trained 2 steps" in result.stdout
