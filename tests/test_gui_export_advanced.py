"""Export area: the Advanced pane (presets fill it, edits make the format Custom), the
encoder list probed off the GUI thread, the cover image, and the encoder notice."""

from __future__ import annotations

import threading

from PIL import Image
from PySide6.QtCore import Qt

from aigc_studio.media import encoders
from aigc_studio.media.probe import probe_video
from aigc_studio.ui.export_advanced import AdvancedValues
from tests.test_gui_export import add_content


def test_presets_fill_the_advanced_pane_and_edits_make_them_custom(studio):
    export = studio.export_panel
    advanced = export.advanced
    assert advanced.body.isHidden()  # folded away until asked for
    # (Earlier tests' exports may have been remembered: start from Douyin, standard.)
    export.preset_combo.setCurrentIndex(export.preset_combo.findData("Douyin"))
    export.quality_combo.setCurrentIndex(export.quality_combo.findData("standard"))
    assert advanced.values() == AdvancedValues(1080, 1920, 30, 21, "medium", "auto", "192k")

    export.preset_combo.setCurrentIndex(export.preset_combo.findData("Landscape 16:9"))
    assert (advanced.width_spin.value(), advanced.height_spin.value()) == (1920, 1080)
    export.quality_combo.setCurrentIndex(export.quality_combo.findData("small"))
    assert advanced.crf_spin.value() == 26

    advanced.width_spin.setValue(721)  # odd: yuv420p needs even sizes
    assert advanced.width_spin.value() == 720
    assert export.preset_combo.currentData() == "Custom"
    assert export.summary_label.text().startswith("720×1080 · 30 fps")
    advanced.fps_spin.setValue(24)
    assert export.summary_label.text().startswith("720×1080 · 24 fps")
    advanced.crf_spin.setValue(30)
    assert export.quality_combo.currentData() == "custom"
    advanced.crf_spin.setValue(18)
    assert export.quality_combo.currentData() == "high"  # the CRF of a named quality

    export.preset_combo.setCurrentIndex(export.preset_combo.findData("Douyin"))
    values = advanced.values()
    assert (values.width, values.height, values.fps) == (1080, 1920, 30)
    advanced.speed_combo.setCurrentIndex(advanced.speed_combo.findData("slow"))
    assert export.preset_combo.currentData() == "Custom"  # not the platform's usual encode
    settings = export.export_settings()
    assert (settings.width, settings.height, settings.fps, settings.crf) == (1080, 1920, 30, 18)
    assert (settings.preset, settings.encoder, settings.audio_bitrate) == ("slow", "auto", "192k")


def test_opening_advanced_probes_encoders_in_the_engine(qtbot, studio, monkeypatch):
    driver_answers = threading.Event()  # a driver taking its time: held until released

    def slow_probe(name: str) -> bool:
        driver_answers.wait(10)
        return name == "h264_qsv"

    monkeypatch.setattr(encoders, "_encodes", slow_probe)
    monkeypatch.setattr(encoders, "_available", None)
    advanced = studio.export_panel.advanced
    advanced.toggle.click()
    assert not advanced.body.isHidden()
    assert advanced.encoder_note.text() == "Checking for hardware encoders…"
    # While the probe waits on the driver the window goes on: events are handled and the
    # pane can be folded and opened again.
    qtbot.waitUntil(lambda: advanced.probe_job is not None and advanced.probe_job.isRunning())
    advanced.toggle.click()
    assert advanced.body.isHidden()
    advanced.toggle.click()
    assert advanced.encoder_note.text() == "Checking for hardware encoders…"
    driver_answers.set()
    combo = advanced.encoder_combo
    qtbot.waitUntil(lambda: combo.findData("h264_qsv") >= 0, timeout=10_000)
    assert [combo.itemData(i) for i in range(combo.count())] == ["auto", "libx264", "h264_qsv"]
    assert advanced.encoder_note.text() == "Hardware: Intel Quick Sync (QSV)"
    qtbot.waitUntil(lambda: advanced.probe_job is None)


def test_custom_export_writes_cover_and_says_when_the_encoder_is_missing(
    qtbot, studio, tmp_path, monkeypatch
):
    # Settings of their own, so the custom format does not become other tests' default.
    monkeypatch.setenv("AIGC_STUDIO_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setattr(encoders, "_encodes", lambda name: False)
    monkeypatch.setattr(encoders, "_available", None)
    add_content(studio, 1.0)
    export = studio.export_panel
    export.path_edit.setText(str(tmp_path / "custom.mp4"))
    # As remembered from a computer that had NVENC:
    export.advanced.fill(width=240, height=426, fps=24, encoder="h264_nvenc")
    export._match_combos_to_values()
    assert export.preset_combo.currentData() == "Custom"
    assert export.cover_check.isChecked()  # on by default
    export.cover_time_spin.setValue(0.5)

    qtbot.mouseClick(export.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: export.job is None, timeout=90_000)
    out = tmp_path / "custom.mp4"
    assert export.status_label.text() == f"Done! Your short is ready: {out}"
    assert not export.notice_label.isHidden()
    assert export.notice_label.text() == (
        "NVENC is not available on this computer; exporting with x264 (software) instead"
    )
    info = probe_video(out)
    assert (info.width, info.height, info.fps) == (240, 426, 24.0)
    with Image.open(tmp_path / "custom.cover.jpg") as cover:
        assert cover.size == (240, 426) and cover.format == "JPEG"


def test_cover_and_advanced_choices_come_back_in_a_new_window(qtbot, studio, tmp_path, monkeypatch):
    from aigc_studio.ui.main_window import MainWindow

    monkeypatch.setenv("AIGC_STUDIO_CONFIG_DIR", str(tmp_path / "config"))
    add_content(studio, 0.5)
    export = studio.export_panel
    export.path_edit.setText(str(tmp_path / "c.mp4"))
    export.advanced.width_spin.setValue(200)
    export.advanced.height_spin.setValue(356)
    export.advanced.crf_spin.setValue(28)
    export.advanced.bitrate_combo.setCurrentIndex(export.advanced.bitrate_combo.findData("128k"))
    export.cover_check.setChecked(False)
    export.cover_time_spin.setValue(0.3)
    qtbot.mouseClick(export.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: export.job is None, timeout=90_000)
    assert probe_video(tmp_path / "c.mp4").width == 200
    assert not (tmp_path / "c.cover.jpg").exists()

    again = MainWindow(confirm_close=False)
    qtbot.addWidget(again)
    try:
        panel = again.export_panel
        assert panel.preset_combo.currentData() == "Custom"
        assert panel.quality_combo.currentData() == "custom"
        values = panel.advanced.values()
        assert (values.width, values.height, values.crf, values.audio_bitrate) == (
            200,
            356,
            28,
            "128k",
        )
        assert not panel.cover_check.isChecked() and not panel.cover_time_spin.isEnabled()
        assert panel.cover_time == 0.3
    finally:
        again.close()
