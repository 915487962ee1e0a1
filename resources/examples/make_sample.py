"""Build the sample project resources/examples/sample-short.aigcproj (run from the repo root).

    python resources/examples/make_sample.py

Everything in it is made here, so the project ships with no third-party media:
- assets/background.jpg: a soft gradient with blurred light spots (numpy + Pillow);
- assets/narration-N.wav: each scene's line spoken by eSpeak NG (`espeak-ng` on PATH at build
  time only); the scenes hold them as recordings, so Generate narration keeps them and an
  edit to the script keeps each scene's voice on the narration track;
- assets/music-loop.m4a: a copy of resources/music/quick-loop.m4a (an 8 s, 120 BPM loop
  synthesised by resources/music/make_music.py); the music clip loops it for the whole video;
- assets/whoosh.wav: a filtered noise sweep at the second scene change.
Three 10 s scenes, each with its own latent walk of the shipped default model over the
background (the second crossfades in, the third slides in), bilingual captions, narration,
music and one sound effect: 30 s, the export benchmark's length.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import wave
from pathlib import Path

import numpy as np
from PIL import Image, ImageFilter

from aigc_studio.project.model import (
    AudioClip,
    CaptionClip,
    ImageClip,
    LatentWalkClip,
    Project,
    Timeline,
    Track,
)
from aigc_studio.project.script_timeline import narration_clips
from aigc_studio.project.storage import save_project
from aigc_studio.resources import music_dir
from aigc_studio.script.model import Scene, Script

NAME = "sample-short"
RATE = 48000
SCENE_SECONDS = 10.0
LATENT_DIM = 100  # the shipped default model's latent size
SCENES = [
    (
        "Close-up of a face slowly changing, soft light",
        "Meet faces from a model trained right on this computer.",
        "认识这些面孔：模型就在这台电脑上训练。",
    ),
    (
        "The face morphs as if a slider were dragged",
        "Drag a slider and watch a face change in real time.",
        "拖动滑块，实时看到面孔变化。",
    ),
    (
        "A calm walk through new faces, ending on a smile",
        "Record a walk, add your voice, and export a short.",
        "录制漫步，配上声音，导出短视频。",
    ),
]


def main() -> None:
    target = Path(__file__).resolve().parent / f"{NAME}.aigcproj"
    with tempfile.TemporaryDirectory() as work:
        media = Path(work)
        write_background(media / "background.jpg")
        for index, (_, line, _) in enumerate(SCENES, 1):
            speak(line, media / f"narration-{index}.wav")
        shutil.copy2(music_dir() / "quick-loop.m4a", media / "music-loop.m4a")
        write_whoosh(media / "whoosh.wav")
        if target.exists():
            shutil.rmtree(target)
        (target / "assets").mkdir(parents=True)
        for file in media.iterdir():
            shutil.copy2(file, target / "assets" / file.name)
        save_project(build_project(target), target)
    print(f"wrote {target}")


def build_project(folder: Path) -> Project:
    """The sample's timeline; media paths are relative to the project folder."""
    media = Path("assets")
    rng = np.random.default_rng(2026)
    walks, captions, scenes = [], [], []
    for index, (shot, line, chinese) in enumerate(SCENES):
        start = index * SCENE_SECONDS
        keyframes = rng.standard_normal((3, LATENT_DIM)).astype(np.float32).tolist()
        walk = LatentWalkClip(start, SCENE_SECONDS, keyframes, easing=["ease-in-out"] * 2)
        walk.transition = ("none", "crossfade", "slide")[index]
        walk.transition_duration = 0.8
        walks.append(walk)
        captions.append(CaptionClip(start + 0.3, SCENE_SECONDS - 0.6, f"{line}\n{chinese}"))
        voice = media / f"narration-{index + 1}.wav"
        scene = Scene(shot=shot, line=line, duration=SCENE_SECONDS, caption=f"{line}\n{chinese}")
        scene.narration, scene.recorded = voice.as_posix(), True
        scene.narration_duration = wav_seconds(folder / voice)
        scenes.append(scene)
    narration = narration_clips(scenes)  # where the studio puts a scene's voice
    duration = SCENE_SECONDS * len(SCENES)
    background = ImageClip(0.0, duration, (media / "background.jpg").as_posix(), fit="ken_burns")
    background.ken_burns_zoom = 1.08
    music = AudioClip(
        0.0,
        duration,
        (media / "music-loop.m4a").as_posix(),
        gain_db=-10.0,
        fade_in=1.0,
        fade_out=2.0,
        source_duration=8.0,
    )
    music.loop = True
    whoosh = AudioClip(
        SCENE_SECONDS * 2 - 0.4,
        0.8,
        (media / "whoosh.wav").as_posix(),
        gain_db=-6.0,
        source_duration=0.8,
    )
    script = Script(
        title="Faces from your own model · 你自己的模型生成的面孔",
        scenes=scenes,
    )
    tracks = [
        Track("video", "Walks", walks),
        Track("video", "Background", [background]),
        Track("caption", "Captions", captions),
        Track("narration", "Narration", narration),
        Track("music", "Music", [music]),
        Track("effects", "Effects", [whoosh]),
    ]
    return Project(name="Sample short 示例短片", script=script, timeline=Timeline(tracks))


def write_background(path: Path, width: int = 1080, height: int = 1920) -> None:
    y = np.linspace(0.0, 1.0, height, dtype=np.float32)[:, None, None]
    top = np.array([38, 52, 96], np.float32)
    bottom = np.array([140, 72, 110], np.float32)
    image = np.broadcast_to(top + (bottom - top) * y, (height, width, 3)).copy()
    rng = np.random.default_rng(7)
    spots = Image.new("RGB", (width // 4, height // 4))
    canvas = np.zeros((height // 4, width // 4, 3), np.float32)
    yy, xx = np.mgrid[0 : height // 4, 0 : width // 4]
    for _ in range(14):
        cx, cy = rng.uniform(0, width // 4), rng.uniform(0, height // 4)
        radius = rng.uniform(12, 60)
        colour = rng.uniform(60, 200, 3)
        mask = np.exp(-(((xx - cx) ** 2 + (yy - cy) ** 2) / (2 * radius**2)))
        canvas += mask[..., None] * colour * 0.5
    spots = Image.fromarray(np.clip(canvas, 0, 255).astype(np.uint8))
    spots = spots.filter(ImageFilter.GaussianBlur(6)).resize((width, height), Image.BICUBIC)
    image = np.clip(image + np.asarray(spots, np.float32) * 0.8, 0, 255).astype(np.uint8)
    Image.fromarray(image).save(path, quality=88, optimize=True)


def speak(text: str, path: Path) -> None:
    espeak = shutil.which("espeak-ng")
    if espeak is None:
        sys.exit("espeak-ng is needed to build the sample's narration (apt install espeak-ng)")
    subprocess.run([espeak, "-v", "en-us", "-s", "150", "-w", str(path), text], check=True)


def wav_seconds(path: Path) -> float:
    with wave.open(str(path)) as wav:
        return round(wav.getnframes() / wav.getframerate(), 3)


def write_whoosh(path: Path, seconds: float = 0.8) -> None:
    rng = np.random.default_rng(3)
    n = int(seconds * RATE)
    noise = rng.standard_normal(n)
    # A one-pole low-pass whose cutoff sweeps up then down: the "whoosh".
    sweep = np.sin(np.linspace(0, np.pi, n)) ** 2
    alpha = 0.02 + 0.5 * sweep
    out = np.empty(n)
    state = 0.0
    for i in range(n):
        state += alpha[i] * (noise[i] - state)
        out[i] = state
    out *= sweep / (np.abs(out).max() + 1e-9) * 0.8
    write_wav(path, np.stack([out, out], axis=1))


def write_wav(path: Path, samples: np.ndarray) -> None:
    pcm = (np.clip(samples, -1, 1) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(pcm.shape[1])
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(pcm.tobytes())


if __name__ == "__main__":
    main()
