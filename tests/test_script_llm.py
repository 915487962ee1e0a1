"""The local-LLM writer against a tiny OpenAI-compatible server, and the text-to-scenes parser."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from aigc_studio.progress import Cancelled
from aigc_studio.script.llm import LLMProvider
from aigc_studio.script.parse import MAX_SCENES, parse_script
from aigc_studio.script.providers import ProviderError, ScriptRequest

ANSWER = json.dumps(
    {
        "title": "Latent walks",
        "hashtags": ["#gan", "ai"],
        "scenes": [
            {"shot": "Face close-up", "line": "Stop scrolling: faces can walk.", "sfx": "whoosh"},
            {"shot": "Grid of faces", "line": "Each step moves through the latent space."},
            {"shot": "Smile", "line": "Follow for part two.", "sfx": "pop"},
        ],
    }
)


class FakeServer:
    """Speaks /v1/chat/completions with stream=true; `mode` picks how it misbehaves."""

    def __init__(self) -> None:
        self.mode = "ok"
        self.requests: list[dict] = []
        self.chunks_sent = 0
        self.release = threading.Event()  # ends a "sleep" early when the test is done
        self.answered = threading.Event()  # set once the handler has sent all it will send
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:  # keep test output clean
                pass

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                outer.requests.append({"path": self.path, **json.loads(body)})
                try:
                    outer.respond(self)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout, cancel): nothing to clean up
                outer.answered.set()

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def respond(self, handler: BaseHTTPRequestHandler) -> None:
        if self.mode == "missing-model":
            body = json.dumps({"error": {"message": 'model "nope" not found'}}).encode()
            handler.send_response(404)
            handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            handler.wfile.write(body)
            return
        handler.send_response(200)
        handler.send_header("Content-Type", "text/event-stream")
        handler.end_headers()
        if self.mode == "sleep":
            self.release.wait(5)
            return
        if self.mode == "malformed":
            handler.wfile.write(b'data: {"choices": [{"delta": {"content": "Sce\n\n')
            handler.wfile.flush()
            return
        text = {"ok": ANSWER, "empty": "", "prose-overflow": "x\n\n" * (MAX_SCENES + 5)}[self.mode]
        for i in range(0, len(text), 40):
            delta = {"choices": [{"delta": {"content": text[i : i + 40]}}]}
            handler.wfile.write(b": keep-alive\n\ndata: " + json.dumps(delta).encode() + b"\n\n")
            handler.wfile.flush()
            self.chunks_sent += 1
        handler.wfile.write(b"data: [DONE]\n\n")


@pytest.fixture
def server() -> Iterator[FakeServer]:
    fake = FakeServer()
    fake.thread.start()
    yield fake
    fake.release.set()
    fake.httpd.shutdown()
    fake.httpd.server_close()
    fake.thread.join(5)


class Recorder:
    def __init__(self, cancel_after: int | None = None) -> None:
        self.fractions: list[float] = []
        self.cancel_after = cancel_after

    def progress(self, fraction: float, message: str = "") -> None:
        self.fractions.append(fraction)

    def cancelled(self) -> bool:
        return self.cancel_after is not None and len(self.fractions) >= self.cancel_after


def test_streamed_answer_arrives_in_chunks_and_becomes_scenes(server: FakeServer) -> None:
    chunks: list[str] = []
    reporter = Recorder()
    script = LLMProvider(url=server.url, model="tiny", timeout=5).write(
        ScriptRequest(topic="latent walks", seconds=20), reporter, on_text=chunks.append
    )
    assert len(chunks) == server.chunks_sent > 5
    assert "".join(chunks) == ANSWER
    assert [s.line for s in script.scenes] == [
        "Stop scrolling: faces can walk.",
        "Each step moves through the latent space.",
        "Follow for part two.",
    ]
    assert script.scenes[0].sfx == "whoosh" and script.scenes[2].shot == "Smile"
    assert script.title == "Latent walks" and script.hashtags == ["gan", "ai"]
    assert 0 < script.duration <= 20
    assert reporter.fractions[-1] == 1.0
    sent = server.requests[0]
    assert sent["path"] == "/v1/chat/completions"
    assert sent["stream"] is True and sent["model"] == "tiny"
    assert "latent walks" in sent["messages"][-1]["content"]


def test_cancel_stops_between_chunks(server: FakeServer) -> None:
    with pytest.raises(Cancelled):
        LLMProvider(url=server.url + "/v1", timeout=5).write(
            ScriptRequest(topic="x"), Recorder(cancel_after=2)
        )


def test_cancel_cuts_a_server_that_sends_nothing(server: FakeServer) -> None:
    # The server sends its headers, then thinks in silence until the test ends. Cancel
    # must end the write while the server is still silent, not when it next speaks.
    server.mode = "sleep"

    class CancelOnceAsked:
        def progress(self, fraction: float, message: str = "") -> None:
            pass

        def cancelled(self) -> bool:
            return bool(server.requests)  # the user clicks Cancel once the request is out

    with pytest.raises(Cancelled):
        LLMProvider(url=server.url, timeout=30).write(ScriptRequest(topic="x"), CancelOnceAsked())
    assert not server.answered.is_set()


def test_server_down_says_how_to_start_one() -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    with pytest.raises(ProviderError) as err:
        LLMProvider(url=url, timeout=2).write(ScriptRequest(topic="x"))
    assert str(err.value) == (
        f"No local LLM server at {url}; start Ollama/llama.cpp/LM Studio or switch to the "
        "built-in writer."
    )


def test_silent_server_times_out(server: FakeServer) -> None:
    server.mode = "sleep"
    with pytest.raises(ProviderError, match=r"sent nothing for 0\.3 seconds"):
        LLMProvider(url=server.url, timeout=0.3).write(ScriptRequest(topic="x"))


def test_malformed_stream_is_reported(server: FakeServer) -> None:
    server.mode = "malformed"
    with pytest.raises(ProviderError, match="malformed JSON"):
        LLMProvider(url=server.url, timeout=5).write(ScriptRequest(topic="x"))


@pytest.mark.parametrize(
    ("mode", "message"),
    [
        ("missing-model", r'HTTP 404 \(is the model name right\?\): model "nope" not found'),
        ("empty", "gave back nothing"),
        ("prose-overflow", "more than a short can hold"),
    ],
)
def test_bad_answers_are_sentences(server: FakeServer, mode: str, message: str) -> None:
    server.mode = mode
    with pytest.raises(ProviderError, match=message):
        LLMProvider(url=server.url, timeout=5).write(ScriptRequest(topic="x"))


def test_plain_text_scenes_in_english_and_chinese() -> None:
    en = parse_script(
        "Scene 1: Close-up of a face\nLine: Stop scrolling.\nSFX: whoosh\n\n"
        "Scene 2: Wide shot\nLine: Here is why\nit matters.\nDuration: 4s\n"
    )
    assert [(s.shot, s.line, s.sfx) for s in en.scenes] == [
        ("Close-up of a face", "Stop scrolling.", "whoosh"),
        ("Wide shot", "Here is why it matters.", ""),
    ]
    assert en.scenes[1].duration == 4.0 and en.lang == "en"
    zh = parse_script(
        "场景1：\n画面：脸部特写\n台词：先别划走。\n音效：whoosh\n场景2：\n画面：远景\n台词：这就是原因。"
    )
    assert [(s.shot, s.line) for s in zh.scenes] == [
        ("脸部特写", "先别划走。"),
        ("远景", "这就是原因。"),
    ]
    assert zh.lang == "zh" and zh.scenes[0].sfx == "whoosh"
    numbered = parse_script("1. Stop scrolling now.\n2. Here is the secret.\n3. Follow for more.")
    assert [s.line for s in numbered.scenes][1] == "Here is the secret."


def test_json_in_a_code_fence_and_a_bare_list() -> None:
    fenced = parse_script("```json\n" + ANSWER + "\n```")
    assert len(fenced.scenes) == 3 and fenced.hook == "Stop scrolling: faces can walk."
    bare = parse_script('[{"visual": "a face", "narration": "hello there"}, "just a line"]')
    assert [(s.shot, s.line) for s in bare.scenes] == [
        ("a face", "hello there"),
        ("", "just a line"),
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("   ", "gave back nothing"),
        ('{"scenes": [{"line": "a"', "looks like JSON but is broken"),
        ('{"scenes": [{"shot": ""}]}', "no scenes with a line"),
        ("x" * 30_000, "far too long"),
        ('[{"line": "' + "word " * 200 + '"}]', "too long to say in one scene"),
    ],
)
def test_bad_text_gives_a_sentence(text: str, message: str) -> None:
    with pytest.raises(ProviderError, match=message):
        parse_script(text)


def test_markdown_answer_with_chatter_around_it() -> None:
    text = (
        "Here is your script!\n\n**Scene 1: Hook**\n- **Shot:** Close-up of a glowing face\n"
        '- **Line:** "What if your photos could dream?"\n- **SFX:** whoosh\n\n'
        "**Scene 2: Reveal**\n- **Shot:** Grid of faces\n- **Line:** This is a GAN.\n\n"
        "### 场景 3\n**画面**：人脸微笑\n**台词**：关注我。\n\nLet me know if you want changes!\n"
    )
    scenes = parse_script(text, "en").scenes
    assert [(s.shot, s.line, s.sfx) for s in scenes] == [
        ("Close-up of a glowing face", "What if your photos could dream?", "whoosh"),
        ("Grid of faces", "This is a GAN.", ""),
        ("人脸微笑", "关注我。", ""),
    ]
