"""The creator's own char-GPT as a script writer: prompt with a scene header, sample, parse.

The model only knows the shape of the scripts it was trained on, so the prompt is the start
of a scene in that shape ("SCENE 1 / SHOT:" or "场景1 / 画面："), with the topic as a title
line above it. Sampling runs in chunks so the editor sees text stream in and Cancel works
between chunks; it stops at the first blank line, where a script ends in the corpus.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from aigc_studio.gan.checkpoint import ModelFileError
from aigc_studio.progress import Reporter, SilentReporter, check_cancelled
from aigc_studio.script.char_gpt import CharGPT, Vocabulary, sample
from aigc_studio.script.model import Script
from aigc_studio.script.parse import parse_script
from aigc_studio.script.providers import ProviderError, ScriptRequest
from aigc_studio.script.structures import finish_written_script
from aigc_studio.translation import tr

CHUNK_CHARS = 100  # characters sampled between progress reports and cancel checks
END_OF_SCRIPT = "\n\n"  # scripts in the corpus are separated by a blank line

# Prompt templates per language: a title line, then the first scene's header and shot field.
PROMPTS = {
    "en": "TITLE: {topic}\nSCENE 1\nSHOT:",
    "zh": "标题：{topic}\n场景1\n画面：",
}

Sampler = Callable[[CharGPT, Vocabulary, str, int, float, int | None, int], str]


@dataclass
class OwnModelProvider:
    model_path: Path | str  # a .safetensors file written by char_gpt_train
    temperature: float = 0.8  # sampling temperature; lower is safer, higher more varied
    top_k: int = 20  # sample among the k likeliest characters; 1 is greedy
    max_chars: int = 1500  # most characters sampled; a 60 s short is about 1,000
    name: str = "own"  # provider name in the UI and the CLI's --provider
    sampler: Sampler = field(default=sample, repr=False)  # char_gpt.sample; tests stub it
    _loaded: tuple[CharGPT, Vocabulary] | None = field(default=None, init=False, repr=False)

    def load(self) -> tuple[CharGPT, Vocabulary]:
        if self._loaded is None:
            from aigc_studio.script.char_gpt_train import load_char_gpt

            path = Path(self.model_path)
            if not path.is_file():
                raise ProviderError(
                    tr("No text model at {path}; train one with script-train.").format(path=path)
                )
            try:
                model, vocab, _ = load_char_gpt(path)
            except ModelFileError as error:
                # the file's own sentence, ended once whether or not it had a full stop
                message = str(error).rstrip(".。")
                raise ProviderError(tr("{message}.").format(message=message)) from None
            self._loaded = (model, vocab)
        return self._loaded

    def prompt(self, request: ScriptRequest, vocab: Vocabulary) -> str:
        """The scene header in the corpus's language; English when zh is not in the vocab."""
        template = PROMPTS["zh" if request.lang == "zh" else "en"]
        if not set(template.format(topic="")) <= set(vocab.chars):
            template = PROMPTS["en"]
        return template.format(topic=request.topic.strip())

    def write(
        self,
        request: ScriptRequest,
        reporter: Reporter | None = None,
        on_text: Callable[[str], None] | None = None,
    ) -> Script:
        reporter = reporter or SilentReporter()
        model, vocab = self.load()
        prompt = self.prompt(request, vocab)
        header = prompt.split("\n", 1)[1]  # the title is context, not a scene field
        text = ""
        chunk = 0
        while len(text) < self.max_chars and END_OF_SCRIPT not in text:
            check_cancelled(reporter)
            size = min(CHUNK_CHARS, self.max_chars - len(text))
            part = self.sampler(
                model,
                vocab,
                prompt + text,
                size,
                self.temperature,
                self.top_k,
                request.seed + chunk,
            )
            chunk += 1
            shown, text = len(text), text + part
            end = text.find(END_OF_SCRIPT)
            if on_text is not None:
                on_text(text[shown : end if end >= 0 else None])  # not the next script's start
            reporter.progress(min(0.95, len(text) / self.max_chars), tr("Writing…"))
        text = text.split(END_OF_SCRIPT, 1)[0]
        if len(text) >= self.max_chars and "\n" in text:
            text = text.rsplit("\n", 1)[0]  # the last line was cut mid-sentence
        try:
            script = parse_script(header + text, request.lang)
        except ProviderError:
            raise ProviderError(
                tr(
                    "Your text model wrote no usable scenes; train it longer or on more of "
                    "your scripts, or lower the temperature."
                )
            ) from None
        finish_written_script(script, request)
        reporter.progress(1.0, tr("Script written"))
        return script
