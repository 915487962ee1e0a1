"""Built-in writer: proven short-video structures in zh and en, filled from a topic.

Always offline and instant. Each structure is a list of beats; each beat has several
phrasings per language, and the seed picks one, so a seed always gives the same script and
another seed gives other words. Scene durations come from the lines' reading time, then the
whole is fitted to the requested length: middle beats are dropped first (the hook and the
call to action carry the short), then every scene is shortened evenly.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Callable
from dataclasses import dataclass

from aigc_studio.progress import Reporter, SilentReporter, check_cancelled
from aigc_studio.script.model import LANGS, Scene, Script
from aigc_studio.script.providers import ProviderError, ScriptRequest
from aigc_studio.script.reading import MIN_SECONDS, reading_seconds
from aigc_studio.translation import tr

MIN_REQUEST_SECONDS = 5.0  # hook, one middle beat and a call to action need at least this
MAX_LINGER_SECONDS = 4.0  # a scene is held at most this long past its line's reading time
LIST_ITEMS = (3, 5)  # how many items a list or a tutorial has when keywords do not say

# Each phrasing is (shot, line, sfx). Placeholders: {topic}, {kw}, {kw2}, {adj}, {item},
# {i} (1-based item number), {n} (number of items).
Phrasing = tuple[str, str, str]

_EN: dict[str, list[Phrasing]] = {
    "hook": [
        (
            "Extreme close-up of the face, sudden zoom in",
            "Stop scrolling: {topic} is not what you think.",
            "whoosh",
        ),
        ("Face snaps into frame, quick morph", "Nobody tells you this about {topic}.", "impact"),
        (
            "Fast latent walk, freeze on one face",
            "Here is the {adj} truth about {topic}, in seconds.",
            "riser",
        ),
    ],
    "problem": [
        (
            "Blurry faces flicker in a grid",
            "Most people get {kw} wrong, and it costs them.",
            "glitch",
        ),
        (
            "Slow pan across failed attempts",
            "You try {kw}, it looks fine, then it falls apart.",
            "",
        ),
        (
            "Split screen, one side breaks",
            "The usual advice about {topic} skips the hard part: {kw}.",
            "glitch",
        ),
    ],
    "reveal": [
        (
            "Morph resolves into a sharp face",
            "The trick is {kw2}, and it changes everything.",
            "ding",
        ),
        (
            "Camera pulls back to reveal the whole grid",
            "Once you see {kw2}, {topic} finally clicks.",
            "whoosh",
        ),
        ("Light sweeps across the face", "Here is the secret: start with {kw2}, not {kw}.", "ding"),
    ],
    "proof": [
        (
            "Before and after side by side",
            "Same idea, {adj} result: look at the difference.",
            "pop",
        ),
        (
            "Timelapse of the faces getting sharper",
            "Watch it improve step by step, no magic involved.",
            "",
        ),
        ("Zoom on the details", "The details are where {topic} really shows.", "pop"),
    ],
    "cta": [
        ("Face smiles, text slides in", "Follow for more on {topic}, and try it today.", "pop"),
        (
            "Freeze frame, logo corner",
            "Save this for later and tell me what you would make.",
            "ding",
        ),
        ("Slow zoom out to the full grid", "Want part two about {kw}? Comment below.", "whoosh"),
    ],
    "list_hook": [
        ("Numbers count down over the face", "{n} things about {topic} you need to know.", "riser"),
        (
            "Grid of {n} faces pops in",
            "{n} {adj} facts about {topic}, number {n} surprised me.",
            "pop",
        ),
        ("Quick cuts between faces", "Here are {n} ways to get better at {topic}.", "whoosh"),
    ],
    "item": [
        ("Big number {i} on screen, face morphs", "Number {i}: {item}.", "pop"),
        ("Face turns, caption {i}", "{i}. {item}, and most people skip it.", "ding"),
        ("Zoom into face number {i}", "Next up, {item}. Simple, but it works.", "whoosh"),
    ],
    "before": [
        (
            "Dull, blurry face, muted colours",
            "Before: {topic} looked like this, flat and forgettable.",
            "",
        ),
        ("Shaky, noisy frames", "This is where I started with {topic}. Not great.", "glitch"),
        ("Grey grid of failed faces", "Before {kw}, everything looked the same.", ""),
    ],
    "turn": [
        ("Quick flash transition", "Then I changed one thing: {kw}.", "whoosh"),
        ("Slider moves, face shifts", "One small change made the difference: {kw}.", "riser"),
        ("Hand-drawn arrow over the face", "The turning point was {kw}.", "whoosh"),
    ],
    "after": [
        ("Sharp, vivid face, slow push in", "After: {topic} looks {adj} and alive.", "ding"),
        ("Smooth latent walk in full colour", "And now? Clean, sharp and {adj}.", "pop"),
        ("Side by side, the new one glows", "Same {topic}, a whole new result.", "ding"),
    ],
    "setup": [
        (
            "Wide shot, a single face in the dark",
            "It started with a simple question about {topic}.",
            "",
        ),
        ("Slow fade in on the first face", "A while ago, I knew nothing about {topic}.", ""),
        ("Old sketch dissolves into a face", "Picture this: day one with {topic}.", "riser"),
    ],
    "conflict": [
        (
            "Faces glitch and tear apart",
            "Nothing worked. {kw} kept failing, again and again.",
            "glitch",
        ),
        ("Error flashes over the grid", "Then it broke, right when {kw} mattered most.", "impact"),
        ("Camera shakes, faces blur", "I almost gave up on {topic}.", ""),
    ],
    "resolution": [
        (
            "Face comes into focus, warm light",
            "Then {kw2} made it click, and it finally worked.",
            "ding",
        ),
        ("Smooth morph to a calm face", "That is how {topic} went from impossible to {adj}.", ""),
        ("Sunrise colours over the face", "Now it runs every day, and it still amazes me.", "ding"),
    ],
    "step": [
        ("Step {i} label, hands-on close-up", "Step {i}: {item}.", "pop"),
        (
            "Screen recording, highlight on step {i}",
            "Step {i}, {item}. Take your time here.",
            "ding",
        ),
        ("Face nods, caption step {i}", "Now step {i}: {item}.", "whoosh"),
    ],
    "result": [
        ("Final face, slow push in", "And that is it: {topic}, done.", "ding"),
        ("Finished grid, everything sharp", "Here is the result. {adj}, right?", "pop"),
        ("Before and after flash", "From nothing to this, in {n} steps.", "whoosh"),
    ],
}

_ZH: dict[str, list[Phrasing]] = {
    "hook": [
        ("脸部特写，突然推近", "先别划走：{topic}和你想的不一样。", "whoosh"),
        ("人脸闪入画面，快速变形", "关于{topic}，没人告诉你这件事。", "impact"),
        ("快速潜空间漫步，定格一张脸", "三十秒带你看懂{topic}的{adj}真相。", "riser"),
    ],
    "problem": [
        ("模糊的人脸在网格里闪烁", "大多数人都把{kw}做错了。", "glitch"),
        ("慢慢扫过失败的作品", "你试过{kw}，一开始还行，后来全崩了。", ""),
        ("分屏，一边突然崩坏", "常见的{topic}教程，偏偏跳过了{kw}这一步。", "glitch"),
    ],
    "reveal": [
        ("变形后出现清晰的人脸", "关键在于{kw2}，一下子全变了。", "ding"),
        ("镜头拉远，露出整个网格", "搞懂{kw2}，{topic}就通了。", "whoosh"),
        ("一道光扫过脸庞", "秘诀是：先做{kw2}，再做{kw}。", "ding"),
    ],
    "proof": [
        ("前后对比并排", "同样的思路，{adj}的效果，差别一眼就看出来。", "pop"),
        ("延时镜头，人脸越来越清晰", "一步一步变好，没有任何魔法。", ""),
        ("放大细节", "{topic}的功夫，全在细节里。", "pop"),
    ],
    "cta": [
        ("人脸微笑，文字滑入", "关注我，看更多{topic}干货，今天就试试。", "pop"),
        ("定格画面，角落有标志", "先收藏，评论区告诉我你想做什么。", "ding"),
        ("慢慢拉远到整个网格", "想看{kw}的下集？评论区见。", "whoosh"),
    ],
    "list_hook": [
        ("数字在脸上倒数", "关于{topic}，你必须知道的{n}件事。", "riser"),
        ("{n}张脸依次弹出", "{n}个{adj}的{topic}冷知识，最后一个惊到我了。", "pop"),
        ("几张脸快速切换", "{n}个方法，让你的{topic}更上一层楼。", "whoosh"),
    ],
    "item": [
        ("屏幕上大大的数字{i}，人脸变形", "第{i}个：{item}。", "pop"),
        ("人脸转头，字幕{i}", "第{i}点，{item}，很多人都忽略了。", "ding"),
        ("推近第{i}张脸", "接下来是{item}，简单但有效。", "whoosh"),
    ],
    "before": [
        ("暗淡模糊的人脸，颜色灰暗", "以前我的{topic}是这样的，平平无奇。", ""),
        ("画面抖动，满是噪点", "这是我刚开始做{topic}的样子，不太行。", "glitch"),
        ("一排灰色的失败作品", "在用{kw}之前，每张看起来都一样。", ""),
    ],
    "turn": [
        ("快速闪白转场", "后来我只改了一件事：{kw}。", "whoosh"),
        ("滑块移动，人脸随之变化", "一个小改动带来了大不同：{kw}。", "riser"),
        ("手绘箭头指向人脸", "转折点就是{kw}。", "whoosh"),
    ],
    "after": [
        ("清晰鲜艳的人脸，慢慢推近", "现在的{topic}，{adj}又生动。", "ding"),
        ("全彩的流畅潜空间漫步", "现在呢？干净、清晰、{adj}。", "pop"),
        ("左右对比，新的那张在发光", "同样的{topic}，完全不同的结果。", "ding"),
    ],
    "setup": [
        ("远景，黑暗中一张脸", "一切都从一个关于{topic}的问题开始。", ""),
        ("第一张脸慢慢淡入", "不久前，我对{topic}还一无所知。", ""),
        ("旧草图溶解成一张脸", "想象一下：第一天接触{topic}。", "riser"),
    ],
    "conflict": [
        ("人脸出错、撕裂", "什么都不行，{kw}一次又一次失败。", "glitch"),
        ("网格上闪过报错", "偏偏在{kw}最关键的时候，崩了。", "impact"),
        ("镜头晃动，人脸模糊", "我差点就放弃了{topic}。", ""),
    ],
    "resolution": [
        ("人脸渐渐清晰，暖光", "后来靠{kw2}，终于成功了。", "ding"),
        ("平滑变形成一张平静的脸", "{topic}就这样从不可能变得{adj}。", ""),
        ("日出般的色彩洒在脸上", "现在它每天都在跑，我还是觉得很神奇。", "ding"),
    ],
    "step": [
        ("第{i}步标签，手部特写", "第{i}步：{item}。", "pop"),
        ("录屏，高亮第{i}步", "第{i}步，{item}，这里慢一点。", "ding"),
        ("人脸点头，字幕第{i}步", "接着第{i}步：{item}。", "whoosh"),
    ],
    "result": [
        ("最终的人脸，慢慢推近", "搞定！{topic}就这么简单。", "ding"),
        ("完成的网格，张张清晰", "看看效果，是不是很{adj}？", "pop"),
        ("前后对比一闪", "从零到这样，只用了{n}步。", "whoosh"),
    ],
}

PHRASES = {"en": _EN, "zh": _ZH}

# Tone words that fill {adj}, per language.
TONES = {
    "en": {
        "friendly": ["simple", "honest", "clear"],
        "energetic": ["wild", "insane", "incredible"],
        "calm": ["quiet", "gentle", "calm"],
        "funny": ["ridiculous", "weird", "hilarious"],
    },
    "zh": {
        "friendly": ["简单", "实在", "清楚"],
        "energetic": ["炸裂", "疯狂", "惊人"],
        "calm": ["安静", "温柔", "从容"],
        "funny": ["离谱", "奇怪", "好笑"],
    },
}

# Generic items for lists and tutorials when the keywords run out.
FILLER_ITEMS = {
    "en": [
        "start small",
        "keep your data clean",
        "change one thing at a time",
        "look at the results often",
        "save what works",
    ],
    "zh": ["从小处开始", "数据要干净", "一次只改一处", "经常看结果", "保存有效的做法"],
}


@dataclass(frozen=True)
class Beat:
    key: str  # which phrasings to use (a key of PHRASES[lang])
    role: str  # "hook", "middle" or "cta": hook and cta are never dropped
    optional: bool = False  # dropped first when the short runs long
    repeat: bool = False  # one scene per item (lists, tutorial steps)


STRUCTURES: dict[str, tuple[Beat, ...]] = {
    "hook-problem-reveal-cta": (
        Beat("hook", "hook"),
        Beat("problem", "middle"),
        Beat("reveal", "middle"),
        Beat("proof", "middle", optional=True),
        Beat("cta", "cta"),
    ),
    "list-of-n": (
        Beat("list_hook", "hook"),
        Beat("item", "middle", repeat=True),
        Beat("cta", "cta"),
    ),
    "before-after": (
        Beat("hook", "hook"),
        Beat("before", "middle"),
        Beat("turn", "middle", optional=True),
        Beat("after", "middle"),
        Beat("cta", "cta"),
    ),
    "story": (
        Beat("hook", "hook"),
        Beat("setup", "middle", optional=True),
        Beat("conflict", "middle"),
        Beat("resolution", "middle"),
        Beat("cta", "cta"),
    ),
    "tutorial": (
        Beat("hook", "hook"),
        Beat("step", "middle", repeat=True),
        Beat("result", "middle", optional=True),
        Beat("cta", "cta"),
    ),
}


def _items(request: ScriptRequest, rng: random.Random) -> list[str]:
    """The list's items: the keywords first, then generic ones, 3 to 5 in all."""
    items = [k.strip() for k in request.keywords if k.strip()]
    fillers = list(FILLER_ITEMS[request.lang])
    rng.shuffle(fillers)
    count = max(LIST_ITEMS[0], min(LIST_ITEMS[1], len(items) or rng.randint(*LIST_ITEMS)))
    return (items + [f for f in fillers if f not in items])[:count]


def _hashtags(request: ScriptRequest) -> list[str]:
    """Topic and keywords as hashtags, spaces removed, no duplicates, at most 6."""
    tags: list[str] = []
    for text in [request.topic, *request.keywords]:
        tag = re.sub(r"[\s#]+", "", text).lower()
        if tag and tag not in tags and len(tag) <= 30:
            tags.append(tag)
    tags += ["shorts"] if request.lang == "en" else ["短视频"]
    return tags[:6]


def finish_written_script(script: Script, request: ScriptRequest) -> None:
    """Complete a script a model wrote (LLM or own): language, a title and hashtags from the
    request when it gave none, and durations fitted to the requested length, the first
    scene taken as the hook and the last as the call to action."""
    script.lang = request.lang
    script.title = script.title or request.topic.strip()
    if not script.hashtags:
        script.hashtags = [k.replace(" ", "") for k in request.keywords if k.strip()]
    roles = ["hook"] + ["middle"] * (len(script.scenes) - 2) + ["cta"]
    script.scenes = fit_durations(script.scenes, roles[: len(script.scenes)], request.seconds)


def fit_durations(scenes: list[Scene], roles: list[str], target: float) -> list[Scene]:
    """Drop middle scenes from the end, then shorten evenly, until the total fits `target`.

    Durations are tenths of a second and never below MIN_SECONDS; the hook (first) and the
    call to action (last) stay. A short that runs under the target is held a little longer
    per scene (at most MAX_LINGER_SECONDS), which gives shots time to breathe.
    """
    scenes, roles = list(scenes), list(roles)
    # Optional beats go first, then other middle beats from the end, keeping one.
    for only_optional in (True, False):
        i = len(scenes) - 1
        while sum(s.duration for s in scenes) > target and i > 0:
            middles = sum(r != "hook" and r != "cta" for r in roles)
            droppable = roles[i] == "optional" or (not only_optional and roles[i] == "middle")
            if droppable and middles > 1:
                del scenes[i], roles[i]
            i -= 1
    total = sum(s.duration for s in scenes)
    if total > target:
        factor = target / total
        for s in scenes:
            s.duration = max(MIN_SECONDS, math.floor(s.duration * factor * 10) / 10)
    elif total < target:
        extra = min(MAX_LINGER_SECONDS, (target - total) / len(scenes))
        for s in scenes:
            s.duration = math.floor((s.duration + extra) * 10) / 10
    # Rounding and the minimum can leave a tenth or two over: take it from the longest.
    while sum(s.duration for s in scenes) > target + 1e-9:
        longest = max(scenes, key=lambda s: s.duration)
        longest.duration = round(longest.duration - 0.1, 1)
    return scenes


class BuiltinProvider:
    """The default writer: a structure filled with the topic, keywords and tone."""

    name = "builtin"

    def write(
        self,
        request: ScriptRequest,
        reporter: Reporter | None = None,
        on_text: Callable[[str], None] | None = None,
    ) -> Script:
        reporter = reporter or SilentReporter()
        check_cancelled(reporter)
        topic = request.topic.strip()
        if not topic:
            raise ProviderError(tr("Give the script a topic first, e.g. “how a GAN learns faces”."))
        if request.lang not in LANGS:
            raise ProviderError(
                tr("Scripts are written in {langs}, not {lang!r}.").format(
                    langs=" or ".join(LANGS), lang=request.lang
                )
            )
        if request.structure not in STRUCTURES:
            names = ", ".join(STRUCTURES)
            raise ProviderError(
                tr("There is no structure called {structure!r}; try {names}.").format(
                    structure=request.structure, names=names
                )
            )
        if not request.seconds >= MIN_REQUEST_SECONDS:
            raise ProviderError(
                tr("A short needs at least {seconds:g} seconds.").format(
                    seconds=MIN_REQUEST_SECONDS
                )
            )

        # A string seed is hashed the same way on every run and machine.
        rng = random.Random(f"{request.seed}|{request.structure}|{request.lang}|{topic}")
        phrases = PHRASES[request.lang]
        keywords = [k.strip() for k in request.keywords if k.strip()]
        items = _items(request, rng)
        tones = TONES[request.lang]
        fill = {
            "topic": topic,
            "kw": keywords[0] if keywords else topic,
            "kw2": keywords[1] if len(keywords) > 1 else (items[0] if items else topic),
            "adj": rng.choice(tones.get(request.tone, tones["friendly"])),
            "n": str(len(items)),
        }
        scenes: list[Scene] = []
        roles: list[str] = []
        for beat in STRUCTURES[request.structure]:
            for i, item in enumerate(items if beat.repeat else [""], start=1):
                shot, line, sfx = rng.choice(phrases[beat.key])
                values = {**fill, "item": item, "i": str(i)}
                line = line.format(**values)
                scenes.append(
                    Scene(
                        shot=shot.format(**values),
                        line=line,
                        duration=round(reading_seconds(line, request.lang), 1),
                        sfx=sfx,
                    )
                )
                roles.append("optional" if beat.optional else beat.role)
                if on_text is not None:
                    on_text(line + "\n")
        # The request's length is the cap, so a 60 s request never crosses the platform limit.
        scenes = fit_durations(scenes, roles, request.seconds)
        reporter.progress(1.0, tr("Script written"))
        hook = scenes[0].line
        cover = _cover_text(request, rng)
        return Script(
            title=_title(request, items),
            scenes=scenes,
            hook=hook,
            hashtags=_hashtags(request),
            cover_text=cover,
            lang=request.lang,
        )


def _title(request: ScriptRequest, items: list[str]) -> str:
    topic = request.topic.strip()
    zh = request.lang == "zh"
    if request.structure == "list-of-n":
        return f"关于{topic}的{len(items)}件事" if zh else f"{len(items)} things about {topic}"
    if request.structure == "tutorial":
        return f"{len(items)}步学会{topic}" if zh else f"{topic} in {len(items)} steps"
    if request.structure == "before-after":
        return f"{topic}：前后对比" if zh else f"{topic}: before and after"
    if request.structure == "story":
        return f"我和{topic}的故事" if zh else f"My story with {topic}"
    return f"{topic}的真相" if zh else f"The truth about {topic}"


def _cover_text(request: ScriptRequest, rng: random.Random) -> str:
    """A few big words for the cover: short enough to read on a phone thumbnail."""
    topic = request.topic.strip()
    if request.lang == "zh":
        options = [f"{topic}的秘密", f"{topic}，一看就懂", f"别再做错{topic}"]
    else:
        options = [f"{topic}, explained", f"The {topic} secret", f"Stop doing {topic} wrong"]
    return rng.choice(options)
