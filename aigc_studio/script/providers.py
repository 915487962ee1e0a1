"""The one interface every script writer speaks: a request in, a Script of scenes out."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from aigc_studio.progress import Reporter
from aigc_studio.script.model import Script

PLATFORM_LIMIT_SECONDS = 60.0  # the short-video platforms' cap; a 60 s request stays under it


class ProviderError(RuntimeError):
    """A writer could not produce a script; the message is a sentence for the user."""


@dataclass
class ScriptRequest:
    topic: str  # what the short is about, e.g. "how a GAN learns faces"
    lang: str = "en"  # "en" | "zh": the language the lines are written in
    structure: str = "hook-problem-reveal-cta"  # one of structures.STRUCTURES
    keywords: list[str] = field(default_factory=list)  # words to work in; also hashtags
    tone: str = "friendly"  # e.g. "friendly", "energetic", "calm", "funny"
    seed: int = 0  # same seed, same script; another seed, other phrasings
    seconds: float = 30.0  # target length; the platform limit is respected


class ScriptProvider(Protocol):
    name: str  # shown in the UI and accepted by the CLI's --provider

    def write(
        self,
        request: ScriptRequest,
        reporter: Reporter | None = None,
        on_text: Callable[[str], None] | None = None,
    ) -> Script:
        """Write a script for `request`; `on_text` sees text as it streams in.

        Raises ProviderError with a sentence when no usable script came out, and
        progress.Cancelled when the reporter says the user stopped it.
        """
        ...
