"""Export area: the preset combo drives the exported size, the AI label and sidecars are on
by default, and a project longer than the platform allows is warned about."""

from __future__ import annotations

from PySide6.QtCore import Qt

from aigc_studio.media.probe import probe_video, read_metadata
from tests.test_gui_export import add_content, choose_draft


def test_preset_combo_drives_the_exported_size_with_label_and_sidecars(
    qtbot, studio, tmp_path, monkeypatch
):
    # Settings of their own, so the square preset does not become other tests' default.
    monkeypatch.setenv("AIGC_STUDIO_CONFIG_DIR", str(tmp_path / "config"))
    add_content(studio, 1.0)
    export = studio.export_panel
    assert export.preset_combo.currentData() == "Douyin"
    assert export.quality_combo.currentData() == "standard"
    assert export.ai_label_check.isChecked() and export.sidecars_check.isChecked()
    out = tmp_path / "square.mp4"
    choose_draft(export, out)
    export.preset_combo.setCurrentIndex(export.preset_combo.findData("Square 1:1"))
    assert export.summary_label.text().startswith("540×540 · 30 fps")

    qtbot.mouseClick(export.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: export.job is None, timeout=90_000)
    assert export.status_label.text() == f"Done! Your short is ready: {out}"
    info = probe_video(out)
    assert (info.width, info.height) == (540, 540)
    assert "AI-generated" in read_metadata(out)["comment"]
    assert "你好 hello" in out.with_suffix(".srt").read_text(encoding="utf-8")
    assert "#AIGC" in out.with_suffix(".txt").read_text(encoding="utf-8")


def test_too_long_for_the_platform_is_warned_and_label_position_follows_the_check(studio):
    export = studio.export_panel
    add_content(studio, 200.0)
    assert export.limit_label.isHidden()  # Douyin takes 15 minutes
    export.preset_combo.setCurrentIndex(export.preset_combo.findData("YouTube Shorts"))
    assert not export.limit_label.isHidden()
    assert export.limit_label.text().startswith(
        "The video is 3:20 long, but YouTube Shorts accepts at most 3:00"
    )
    export.ai_label_check.setChecked(False)
    assert not export.position_combo.isEnabled()
