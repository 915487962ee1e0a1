"""A local LLM server as a script writer, over the OpenAI-compatible chat API, streamed.

Ollama, llama.cpp's server, LM Studio and vLLM all speak POST /v1/chat/completions with
stream=true, answering Server-Sent Events ("data: {json}" lines, ending "data: [DONE]").
Plain urllib keeps it dependency-free. Off by default: nothing calls it unless the user
picks it, and nothing leaves the machine unless the URL they give points elsewhere.
"""

from __future__ import annotations

import json
import socket
import threading
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from aigc_studio.progress import Cancelled, Reporter, SilentReporter
from aigc_studio.script.model import Script
from aigc_studio.script.parse import parse_script
from aigc_studio.script.providers import ProviderError, ScriptRequest
from aigc_studio.script.structures import STRUCTURES, finish_written_script
from aigc_studio.translation import tr

SYSTEM_PROMPT = (
    "You write scripts for vertical short videos. Answer with one JSON object only: "
    '{"title": str, "hook": str, "hashtags": [str], "cover_text": str, "scenes": '
    '[{"shot": what we see, "line": spoken narration, "caption": on-screen text, '
    '"sfx": a sound effect name or ""}]}. The first scene is the hook, the last a call '
    "to action. Keep each line short enough to say in a few seconds."
)
CANCEL_POLL_S = 0.1  # how often the watchdog asks whether the user cancelled
CHARS_PER_SECOND = 40  # rough size of a JSON script per second of video, for progress only


@dataclass
class LLMProvider:
    url: str = "http://localhost:11434"  # server base URL (Ollama's default) or full endpoint
    model: str = "llama3.2"  # model name as the server knows it
    timeout: float = 60.0  # seconds to wait for the server to connect or send the next chunk
    temperature: float = 0.8  # sampling temperature passed to the server
    name: str = "llm"  # provider name in the UI and the CLI's --provider

    def endpoint(self) -> str:
        url = self.url.strip().rstrip("/")
        if url.endswith("/chat/completions"):
            return url
        return url + ("/chat/completions" if url.endswith("/v1") else "/v1/chat/completions")

    def messages(self, request: ScriptRequest) -> list[dict[str, str]]:
        language = "Simplified Chinese" if request.lang == "zh" else "English"
        keywords = ", ".join(request.keywords) or "none"
        beats = " -> ".join(b.key for b in STRUCTURES.get(request.structure, ()))
        user = (
            f"Topic: {request.topic}\nLanguage: {language}\nStructure: {request.structure}"
            f" ({beats})\nKeywords: {keywords}\nTone: {request.tone}\n"
            f"Length: at most {request.seconds:g} seconds of narration in total."
        )
        return [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": user}]

    def write(
        self,
        request: ScriptRequest,
        reporter: Reporter | None = None,
        on_text: Callable[[str], None] | None = None,
    ) -> Script:
        reporter = reporter or SilentReporter()
        text = self.stream(request, reporter, on_text)
        script = parse_script(text, request.lang)
        finish_written_script(script, request)
        reporter.progress(1.0, tr("Script written"))
        return script

    def stream(
        self,
        request: ScriptRequest,
        reporter: Reporter,
        on_text: Callable[[str], None] | None = None,
    ) -> str:
        """The model's whole answer, handing each chunk to `on_text` as it arrives."""
        body = {
            "model": self.model,
            "messages": self.messages(request),
            "stream": True,
            "temperature": self.temperature,
            "seed": request.seed,
        }
        http = urllib.request.Request(
            self.endpoint(),
            data=json.dumps(body).encode(),
            headers={"Content-Type": "application/json", "Accept": "text/event-stream"},
            method="POST",
        )
        # No proxies: the server is local, and a system proxy would swallow localhost.
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        parts: list[str] = []
        try:
            with (
                opener.open(http, timeout=self.timeout) as response,
                _closed_on_cancel(response, reporter),
            ):
                for chunk in _events(response, self.url):
                    if reporter.cancelled():
                        raise Cancelled()
                    parts.append(chunk)
                    if on_text is not None:
                        on_text(chunk)
                    done = sum(map(len, parts)) / (CHARS_PER_SECOND * max(request.seconds, 1))
                    reporter.progress(min(0.95, done), tr("Writing…"))
        except urllib.error.HTTPError as error:
            detail = _error_detail(error.read(2000))
            error.close()
            if error.code == 404:  # the usual cause: a model the server does not have
                sentence = tr(
                    "The LLM server at {url} answered HTTP {code} (is the model name right?): "
                    "{detail}."
                )
            else:
                sentence = tr("The LLM server at {url} answered HTTP {code}: {detail}.")
            raise ProviderError(
                sentence.format(url=self.url, code=error.code, detail=detail)
            ) from None
        except urllib.error.URLError as error:
            raise self._unreachable(error.reason) from None
        except (TimeoutError, ConnectionError, OSError) as error:
            if reporter.cancelled():  # the watchdog cut the connection: that is the cancel
                raise Cancelled() from None
            raise self._unreachable(error) from None
        if reporter.cancelled():  # the stream ended because the watchdog closed it
            raise Cancelled()
        return "".join(parts)

    def _unreachable(self, reason: object) -> ProviderError:
        if isinstance(reason, ConnectionRefusedError):
            return ProviderError(
                tr(
                    "No local LLM server at {url}; start Ollama/llama.cpp/LM Studio or "
                    "switch to the built-in writer."
                ).format(url=self.url)
            )
        if isinstance(reason, TimeoutError):
            return ProviderError(
                tr(
                    "The LLM server at {url} sent nothing for {seconds:g} seconds; "
                    "it may still be loading the model. Try again or raise the timeout."
                ).format(url=self.url, seconds=self.timeout)
            )
        return ProviderError(
            tr("Could not talk to the LLM server at {url} ({reason}).").format(
                url=self.url, reason=reason
            )
        )


@contextmanager
def _closed_on_cancel(response: Any, reporter: Reporter) -> Iterator[None]:
    """While the body streams, cut the connection as soon as the user cancels.

    A server that is thinking sends nothing for seconds; the read blocks, so asking
    ``cancelled()`` between chunks alone would keep Cancel waiting for up to the timeout.
    A small watchdog thread asks instead and shuts the socket down, which ends the read.
    """
    done = threading.Event()

    def watch() -> None:
        while not done.wait(CANCEL_POLL_S):
            if reporter.cancelled():
                _shut_down(response)
                return

    watchdog = threading.Thread(target=watch, name="llm-cancel-watch", daemon=True)
    watchdog.start()
    try:
        yield
    finally:
        done.set()
        watchdog.join()


def _shut_down(response: Any) -> None:
    # http.client keeps the socket at response.fp.raw._sock (a SocketIO); shutting it
    # down wakes a blocked recv, which a plain close() from another thread does not.
    sock = getattr(getattr(getattr(response, "fp", None), "raw", None), "_sock", None)
    try:
        if sock is not None:
            sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass  # already closed: nothing left to interrupt


def _events(response: Any, url: str) -> Any:
    """Yield the text chunks of an SSE chat stream (or of one plain JSON answer)."""
    seen_data = False
    other: list[bytes] = []
    for raw in response:
        line = raw.decode("utf-8", errors="replace").strip()
        if not line.startswith("data:"):
            # Comments (":"), event/id/retry fields and blank separators carry no text;
            # anything else may be a server that ignored stream=true and sent one JSON.
            if line and not line.startswith((":", "event:", "id:", "retry:")):
                other.append(raw)
            continue
        seen_data = True
        payload = line[5:].strip()
        if payload == "[DONE]":
            return
        text = _chunk_text(payload, url)
        if text:
            yield text
    if not seen_data and other:
        text = _chunk_text(b"".join(other).decode("utf-8", errors="replace"), url)
        if text:
            yield text


def _chunk_text(payload: str, url: str) -> str:
    try:
        data = json.loads(payload)
    except json.JSONDecodeError:
        raise ProviderError(
            tr(
                "The LLM server at {url} sent malformed JSON in its stream ({payload!r}); "
                "is it an OpenAI-compatible server?"
            ).format(url=url, payload=payload[:60])
        ) from None
    if not isinstance(data, dict):
        raise ProviderError(
            tr("The LLM server at {url} sent {payload!r}, not a chat chunk.").format(
                url=url, payload=payload[:60]
            )
        )
    if "error" in data:
        raise ProviderError(
            tr("The LLM server at {url} reported: {detail}.").format(
                url=url, detail=_error_detail(data)
            )
        )
    choices = data.get("choices") or [{}]
    choice = choices[0] if isinstance(choices[0], dict) else {}
    message = choice.get("delta") or choice.get("message") or {}
    content = message.get("content") if isinstance(message, dict) else None
    return content if isinstance(content, str) else ""


def _error_detail(body: bytes | dict[str, Any]) -> str:
    """The server's own error message, if it sent one, else the start of its body."""
    data: Any = body
    if isinstance(body, bytes):
        try:
            data = json.loads(body)
        except (json.JSONDecodeError, UnicodeDecodeError):
            return body.decode("utf-8", errors="replace").strip()[:200] or tr("no details")
    error = data.get("error", data) if isinstance(data, dict) else data
    if isinstance(error, dict):
        error = error.get("message", error)
    return str(error).strip().rstrip(".")[:200] or tr("no details")
