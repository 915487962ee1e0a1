"""The Script area's writers as a creator uses them: a local LLM server streaming into
the pane, Cancel, a server that is down, the script's details, and training and using
their own text model, all from the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from aigc_studio.script.char_gpt_train import load_char_gpt
from aigc_studio.script.model import Scene
from aigc_studio.script.text_model_sizes import TEXT_MODEL_SIZES
from aigc_studio.ui.settings import load_settings, save_settings
from tests.test_script_char_gpt import make_corpus
from tests.test_script_llm import ANSWER, FakeServer, server  # noqa: F401  (fixture)


def _lines(panel) -> list[str]:
    return [scene.line for scene in panel.document.project.script.scenes]


def _use_llm(writer, url: str) -> None:
    settings = load_settings()
    settings.llm_url, settings.llm_model, settings.llm_timeout = url, "tiny", "5"
    save_settings(settings)
    writer.provider_combo.setCurrentIndex(writer.provider_combo.findData("llm"))


@pytest.fixture
def script_area(studio):
    studio.show_area("Script")
    studio.script.set_scenes([Scene(line="keep me", duration=3.0)])
    studio.script.writer.topic_edit.setText("latent walks")
    return studio.script


def test_llm_writer_streams_into_the_pane_and_fills_the_script(qtbot, studio, script_area, server):  # noqa: F811
    writer = script_area.writer
    _use_llm(writer, server.url)
    messages: list[str] = []
    script_area.sig_status.connect(messages.append)
    qtbot.mouseClick(writer.write_button, Qt.MouseButton.LeftButton)
    assert writer.write_button.text() == "Cancel"
    qtbot.waitUntil(lambda: writer.job is None, timeout=10_000)

    assert writer.output.isVisible()
    assert writer.output.toPlainText() == ANSWER  # every streamed piece, in order
    assert _lines(script_area)[0] == "Stop scrolling: faces can walk."
    assert script_area.details.title_edit.text() == "Latent walks"
    assert script_area.details.hashtags_edit.text() == "#gan #ai"
    assert writer.write_button.text() == "Write for me"
    assert messages[-1].startswith("Wrote 3 scenes")

    studio.undo_action.trigger()  # scenes, title and hashtags come back in one step
    assert _lines(script_area) == ["keep me"]
    assert script_area.details.title_edit.text() == ""


def test_cancel_while_the_server_thinks_leaves_the_scenes(qtbot, script_area, server):  # noqa: F811
    server.mode = "sleep"
    writer = script_area.writer
    _use_llm(writer, server.url)
    messages: list[str] = []
    script_area.sig_status.connect(messages.append)
    qtbot.mouseClick(writer.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(server.requests), timeout=5_000)
    qtbot.mouseClick(writer.write_button, Qt.MouseButton.LeftButton)  # now "Cancel"
    qtbot.waitUntil(lambda: writer.job is None, timeout=5_000)
    assert not server.answered.is_set()  # cut off while the server was still silent
    assert messages[-1] == "Writing cancelled; the scenes are unchanged"
    assert _lines(script_area) == ["keep me"]
    assert writer.write_button.text() == "Write for me" and writer.write_button.isEnabled()


def test_server_down_is_a_message_not_a_change(qtbot, script_area, unused_port_url):
    writer = script_area.writer
    _use_llm(writer, unused_port_url)
    messages: list[str] = []
    script_area.sig_status.connect(messages.append)
    qtbot.mouseClick(writer.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: writer.job is None, timeout=10_000)
    assert messages[-1].startswith(f"No local LLM server at {unused_port_url}")
    assert _lines(script_area) == ["keep me"]


@pytest.fixture
def unused_port_url() -> str:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"  # closed again: nothing listens there


def test_script_details_edit_undoably(qtbot, studio, script_area):
    details = script_area.details
    details.title_edit.setFocus()
    details.title_edit.setText("GAN 人脸")
    qtbot.keyClick(details.title_edit, Qt.Key.Key_Return)
    details.hashtags_edit.setText("#ai  faces，生成")
    qtbot.keyClick(details.hashtags_edit, Qt.Key.Key_Return)
    script = studio.document.project.script
    assert script.title == "GAN 人脸" and script.hashtags == ["ai", "faces", "生成"]
    studio.undo_action.trigger()
    assert script.hashtags == [] and details.hashtags_edit.text() == ""
    assert script.title == "GAN 人脸"


def test_train_my_text_model_then_write_with_it(qtbot, script_area, tmp_path: Path):
    writer = script_area.writer
    writer.provider_combo.setCurrentIndex(writer.provider_combo.findData("own"))
    messages: list[str] = []
    script_area.sig_status.connect(messages.append)
    qtbot.mouseClick(writer.write_button, Qt.MouseButton.LeftButton)
    assert messages[-1].startswith("No text model yet")  # nothing trained, nothing chosen

    corpus = tmp_path / "my-scripts.txt"
    corpus.write_text(make_corpus(20_000), encoding="utf-8")
    dialog = writer.open_training()
    dialog.add_paths([corpus])
    dialog.size_combo.setCurrentIndex(dialog.size_combo.findData("small"))
    dialog.steps_spin.setValue(80)
    dialog.out_edit.setText(str(tmp_path / "mine.safetensors"))
    writer.provider_combo.setCurrentIndex(0)  # training switches the writer to the new model
    qtbot.mouseClick(dialog.train_button, Qt.MouseButton.LeftButton)
    assert dialog.cancel_button.isEnabled() and not dialog.train_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=120_000)

    assert "Trained: 80 steps" in dialog.status.text(), dialog.status.text()
    _model, _vocab, header = load_char_gpt(tmp_path / "mine.safetensors")
    assert header["config"]["n_embd"] == TEXT_MODEL_SIZES["small"]["n_embd"]  # size picked
    assert load_settings().text_model == str(tmp_path / "mine.safetensors")
    assert writer.provider_key == "own"
    dialog.close()

    qtbot.mouseClick(writer.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: writer.job is None, timeout=60_000)
    # 80 steps learn the corpus's shape: scenes come back, or a sentence says why not.
    wrote = messages[-1].startswith("Wrote ")
    assert wrote or "text model wrote no usable scenes" in messages[-1], messages[-1]
    assert writer.output.toPlainText().strip()  # its text streamed into the pane
    if wrote:
        assert _lines(script_area) != ["keep me"]


def test_too_little_text_to_train_on_is_explained(qtbot, script_area, tmp_path: Path):
    small = tmp_path / "one.txt"
    small.write_text("TITLE: hi\nSCENE 1\nSHOT: a face\nLINE: hello\n", encoding="utf-8")
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    dialog = script_area.writer.open_training()
    dialog.add_paths([small, broken])
    qtbot.mouseClick(dialog.train_button, Qt.MouseButton.LeftButton)
    assert dialog.job is None
    text = dialog.status.text()
    assert text.startswith("Add more scripts: only") and "broken.json" in text
    dialog.close()
