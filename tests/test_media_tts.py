"""Offline narration: the bundled eSpeak NG reads English and Mandarin, a Piper voice on
disk is found and used, and every line ends up as a trimmed 48 kHz mono 16-bit WAV."""

from __future__ import annotations

import json
import threading
import wave
from pathlib import Path

import numpy as np
import pytest

from aigc_studio.media import tts, tts_espeak, tts_piper
from aigc_studio.progress import Cancelled
from aigc_studio.project.sound_settings import VoiceSettings

EN_LINE = "Hello, this is a short video about faces."
ZH_LINE = "你好，这是一个关于人脸的短视频。"
SINE_HZ = 220.0  # the synthetic Piper voice hums this
SAMPLES_PER_ID = 256  # and makes this many samples per phoneme id (times length_scale)
PIPER_RATE = 22050


def read_wav(path: Path) -> tuple[np.ndarray, int, int, int]:
    """(samples in [-1, 1], rate, channels, bytes per sample)."""
    with wave.open(str(path), "rb") as wav:
        data = wav.readframes(wav.getnframes())
        shape = (wav.getframerate(), wav.getnchannels(), wav.getsampwidth())
    return np.frombuffer(data, "<i2").astype(np.float32) / 32768, *shape


def rms(samples: np.ndarray) -> float:
    return float(np.sqrt(np.mean(samples.astype(np.float64) ** 2)))


def fundamental_hz(samples: np.ndarray, rate: int) -> float:
    """Median voice pitch: the autocorrelation peak (60..500 Hz) of the loud 40 ms frames."""
    frame = int(0.04 * rate)
    frames = samples[: samples.size // frame * frame].reshape(-1, frame).astype(np.float64)
    loudness = np.sqrt(np.mean(frames**2, axis=1))
    shortest, longest = rate // 500, rate // 60
    pitches = []
    for chunk in frames[loudness > 0.3 * loudness.max()]:
        chunk = chunk - chunk.mean()
        corr = np.correlate(chunk, chunk, "full")[frame - 1 :]
        pitches.append(rate / (shortest + np.argmax(corr[shortest:longest])))
    return float(np.median(pitches))


def zero_crossing_hz(samples: np.ndarray, rate: int) -> float:
    crossings = np.count_nonzero(np.diff(np.signbit(samples)))
    return crossings / 2 / (samples.size / rate)


def make_piper_voice(folder: Path, name: str = "test_voice", espeak_voice: str = "en-us") -> Path:
    """A tiny ONNX model with Piper's inputs and output: a 220 Hz hum whose length is
    SAMPLES_PER_ID × ids × length_scale, and the json Piper ships beside it."""
    from onnx import TensorProto, helper

    const = helper.make_tensor
    nodes = [
        helper.make_node("Shape", ["input"], ["shape"]),
        helper.make_node("Gather", ["shape", "one_i"], ["n_ids"], axis=0),  # ids in the sequence
        helper.make_node("Cast", ["n_ids"], ["n_ids_f"], to=TensorProto.FLOAT),
        helper.make_node("Gather", ["scales", "one_i"], ["length_scale"], axis=0),
        helper.make_node("Mul", ["n_ids_f", "per_id"], ["samples_f"]),
        helper.make_node("Mul", ["samples_f", "length_scale"], ["limit"]),
        helper.make_node("Range", ["zero_f", "limit", "one_f"], ["t"]),
        helper.make_node("Mul", ["t", "omega"], ["phase"]),
        helper.make_node("Sin", ["phase"], ["wave"]),
        helper.make_node("Mul", ["wave", "amp"], ["quiet"]),
        helper.make_node("Reshape", ["quiet", "out_shape"], ["output"]),
    ]
    inits = [
        const("one_i", TensorProto.INT64, [], [1]),
        const("per_id", TensorProto.FLOAT, [], [float(SAMPLES_PER_ID)]),
        const("zero_f", TensorProto.FLOAT, [], [0.0]),
        const("one_f", TensorProto.FLOAT, [], [1.0]),
        const("omega", TensorProto.FLOAT, [], [2 * np.pi * SINE_HZ / PIPER_RATE]),
        const("amp", TensorProto.FLOAT, [], [0.3]),
        const("out_shape", TensorProto.INT64, [4], [1, 1, 1, -1]),
    ]
    inputs = [
        helper.make_tensor_value_info("input", TensorProto.INT64, [1, "n"]),
        helper.make_tensor_value_info("input_lengths", TensorProto.INT64, [1]),
        helper.make_tensor_value_info("scales", TensorProto.FLOAT, [3]),
    ]
    output = helper.make_tensor_value_info("output", TensorProto.FLOAT, None)
    graph = helper.make_graph(nodes, "piper_stand_in", inputs, [output], initializer=inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    onnx_path = folder / f"{name}.onnx"
    onnx_path.write_bytes(model.SerializeToString())
    # Every IPA symbol espeak writes for the test lines, as Piper's map has them.
    symbols = sorted(set(tts_espeak.phonemes(EN_LINE, espeak_voice)) | set(" ,.!?"))
    id_map = {"_": [0], "^": [1], "$": [2]}
    id_map.update({symbol: [index + 3] for index, symbol in enumerate(symbols)})
    config = {
        "audio": {"sample_rate": PIPER_RATE},
        "espeak": {"voice": espeak_voice},
        "language": {"code": "en_US", "family": espeak_voice[:2]},
        "inference": {"noise_scale": 0.667, "length_scale": 1, "noise_w": 0.8},
        "phoneme_type": "espeak",
        "phoneme_id_map": id_map,
        "num_speakers": 1,
    }
    (folder / f"{name}.onnx.json").write_text(json.dumps(config), encoding="utf-8")
    return onnx_path


@pytest.fixture(scope="module")
def en_wav(tmp_path_factory) -> tts.SpokenLine:
    out = tmp_path_factory.mktemp("tts") / "en.wav"
    return tts.speak_to_wav(EN_LINE, out, "en", VoiceSettings())


@pytest.fixture(scope="module")
def zh_wav(tmp_path_factory) -> tts.SpokenLine:
    out = tmp_path_factory.mktemp("tts") / "zh.wav"
    return tts.speak_to_wav(ZH_LINE, out, "zh", VoiceSettings())


def test_english_line_is_speech_of_plausible_length(en_wav):
    samples, rate, channels, width = read_wav(en_wav.path)
    assert (rate, channels, width) == (48000, 1, 2)
    assert 1.5 <= en_wav.duration <= 6.0
    assert samples.size / rate == pytest.approx(en_wav.duration, abs=1e-3)
    assert rms(samples) > 0.03  # speech, not silence (digital silence is 0)


def test_mandarin_line_is_read_in_mandarin(zh_wav, en_wav):
    samples, rate, channels, width = read_wav(zh_wav.path)
    assert (rate, channels, width) == (48000, 1, 2)
    assert 1.5 <= zh_wav.duration <= 7.0
    assert rms(samples) > 0.03
    voice = tts.voice_for(VoiceSettings(), "zh")
    assert voice.name == "cmn"
    # The cmn voice reads the hanzi as pinyin syllables with tone numbers ("ni2 ..."),
    # where an English voice would spell out "Chinese letter" for each character.
    ipa = tts_espeak.phonemes("你好", "cmn")
    assert ipa.startswith("ni") and any(tone in ipa for tone in "12345")
    english_reading = tts_espeak.phonemes("你好", "en-us")
    assert english_reading != ipa
    en_samples = read_wav(en_wav.path)[0]
    assert abs(samples.size - en_samples.size) > 0.1 * rate  # a different line, not a copy


def test_silence_is_trimmed_to_about_50_ms(en_wav):
    samples, rate, *_ = read_wav(en_wav.path)
    # Within 60 ms of each end there is sound: no long silence was left in the clip.
    assert rms(samples[: int(0.06 * rate)]) > 1e-3
    assert rms(samples[-int(0.06 * rate) :]) > 1e-3
    # A line with a second of silence either side keeps 50 ms of it on each side.
    tone = 0.3 * np.sin(2 * np.pi * 300 * np.arange(rate) / rate)
    padded = np.concatenate([np.zeros(rate), tone, np.zeros(rate)]).astype(np.float32)
    trimmed = tts.trim_silence(padded, rate)
    assert trimmed.size / rate == pytest.approx(1.1, abs=0.011)
    assert rms(trimmed[: int(0.04 * rate)]) == 0 and rms(trimmed[-int(0.04 * rate) :]) == 0


def test_faster_rate_gives_shorter_audio(tmp_path):
    fast = tts.speak_to_wav(EN_LINE, tmp_path / "fast.wav", "en", VoiceSettings(rate=1.5))
    slow = tts.speak_to_wav(EN_LINE, tmp_path / "slow.wav", "en", VoiceSettings(rate=0.75))
    assert fast.duration < 0.7 * slow.duration


def test_higher_pitch_raises_the_voice():
    low = tts.speak(EN_LINE, "en", VoiceSettings(pitch=10))
    high = tts.speak(EN_LINE, "en", VoiceSettings(pitch=90))
    # espeak's pitch 10 -> 90 moves the voice from about 83 Hz to about 150 Hz.
    assert fundamental_hz(high, 48000) > 1.3 * fundamental_hz(low, 48000)


@pytest.mark.parametrize("text", ["", "   \n"])
def test_empty_text_is_refused(tmp_path, text):
    with pytest.raises(ValueError, match="no text"):
        tts.speak_to_wav(text, tmp_path / "x.wav", "en", VoiceSettings())
    assert not (tmp_path / "x.wav").exists()


def test_a_line_with_nothing_to_say_is_refused(tmp_path):
    with pytest.raises(ValueError, match="made no sound"):
        tts.speak_to_wav("。", tmp_path / "x.wav", "zh", VoiceSettings())
    assert not list(tmp_path.iterdir())  # no empty or half-written WAV left behind


def test_unknown_language_and_voice_are_refused(tmp_path):
    with pytest.raises(ValueError, match="not 'fr'"):
        tts.speak_to_wav(EN_LINE, tmp_path / "x.wav", "fr", VoiceSettings())
    with pytest.raises(ValueError, match="no voice called"):
        tts.speak_to_wav(EN_LINE, tmp_path / "x.wav", "en", VoiceSettings(voice="no-such"))
    # The failure left the library usable with its own voice.
    assert tts.speak_to_wav(EN_LINE, tmp_path / "ok.wav", "en", VoiceSettings()).duration > 1


def test_threads_speaking_at_once_get_their_own_lines():
    alone = {
        "en": tts.speak(EN_LINE, "en", VoiceSettings()),
        "zh": tts.speak(ZH_LINE, "zh", VoiceSettings()),
    }
    results: dict[int, np.ndarray] = {}

    def worker(index: int) -> None:
        lang = "en" if index % 2 else "zh"
        results[index] = tts.speak(EN_LINE if lang == "en" else ZH_LINE, lang, VoiceSettings())

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == [0, 1, 2, 3]
    for index, samples in results.items():
        expected = alone["en" if index % 2 else "zh"]
        # espeak varies a line by a few samples run to run; another thread's samples mixed
        # in (or a line cut short) would change the length by far more than 2%.
        assert samples.size == pytest.approx(expected.size, rel=0.02)
        assert rms(samples) == pytest.approx(rms(expected), rel=0.05)


def test_resample_keeps_pitch_and_level():
    rate = 22050
    t = np.arange(rate) / rate
    tone = (0.5 * np.sin(2 * np.pi * 1000 * t)).astype(np.float32)
    out = tts.resample(tone, rate, 48000)
    assert out.size == 48000
    assert zero_crossing_hz(out, 48000) == pytest.approx(1000, rel=0.01)
    assert rms(out[4800:-4800]) == pytest.approx(0.5 / np.sqrt(2), rel=0.01)


def test_script_lines_become_numbered_wavs_and_cancel_stops(tmp_path):
    class Recorder:
        def __init__(self, cancel_after: int | None = None) -> None:
            self.messages: list[float] = []
            self.cancel_after = cancel_after

        def progress(self, fraction: float, message: str = "") -> None:
            self.messages.append(fraction)

        def cancelled(self) -> bool:
            return self.cancel_after is not None and len(self.messages) >= self.cancel_after

    lines = ["One.", "Two lines.", "Three lines here."]
    reporter = Recorder()
    spoken = tts.speak_lines(lines, tmp_path / "narration", "en", VoiceSettings(), reporter)
    assert [s.path.name for s in spoken] == ["line-001.wav", "line-002.wav", "line-003.wav"]
    assert spoken[0].duration < spoken[2].duration
    assert reporter.messages[-1] == 1.0
    with pytest.raises(Cancelled):
        tts.speak_lines(lines, tmp_path / "stopped", "en", VoiceSettings(), Recorder(1))
    assert [p.name for p in (tmp_path / "stopped").iterdir()] == ["line-001.wav"]


def test_piper_voice_is_listed_and_speaks(tmp_path):
    onnx_path = make_piper_voice(tmp_path)
    voices = tts.list_voices(tmp_path)
    assert {("espeak", "en-us"), ("espeak", "cmn")} <= {(v.engine, v.name) for v in voices}
    piper = [v for v in voices if v.engine == "piper"]
    assert [(Path(v.name), v.lang) for v in piper] == [(onnx_path, "en")]

    settings = VoiceSettings(engine="piper", voice=str(onnx_path))
    spoken = tts.speak_to_wav(EN_LINE, tmp_path / "piper.wav", "en", settings)
    samples, rate, channels, width = read_wav(spoken.path)
    assert (rate, channels, width) == (48000, 1, 2)
    voice = tts_piper.PiperVoice(onnx_path)
    ids = tts_piper.phoneme_ids(voice.phonemes(EN_LINE), voice.config.phoneme_id_map)
    assert ids[:2] == [1, 0] and ids[-1] == 2  # ^ _ … $
    assert ids[3::2] == [0] * len(ids[3::2])  # the pad after every phoneme
    # The stand-in model makes SAMPLES_PER_ID samples per id: all of them reached the WAV.
    assert spoken.duration == pytest.approx(len(ids) * SAMPLES_PER_ID / PIPER_RATE, abs=0.02)
    assert zero_crossing_hz(samples, rate) == pytest.approx(SINE_HZ, rel=0.02)
    assert rms(samples) > 0.1


def test_piper_rate_and_pitch(tmp_path):
    onnx_path = make_piper_voice(tmp_path)
    fast = tts.speak(EN_LINE, "en", VoiceSettings(engine="piper", voice=str(onnx_path), rate=1.5))
    slow = tts.speak(EN_LINE, "en", VoiceSettings(engine="piper", voice=str(onnx_path), rate=0.75))
    assert fast.size == pytest.approx(slow.size / 2, rel=0.02)
    high = tts.speak(EN_LINE, "en", VoiceSettings(engine="piper", voice=str(onnx_path), pitch=90))
    assert zero_crossing_hz(high, 48000) > 1.15 * SINE_HZ
    assert high.size == pytest.approx(slow.size / 2 * 1.5, rel=0.02)  # pitch keeps duration


def test_piper_voice_chosen_by_name_or_language(tmp_path, monkeypatch):
    make_piper_voice(tmp_path, "en_US-test-low")
    monkeypatch.setenv(tts.VOICES_ENV, str(tmp_path))
    by_name = tts.voice_for(VoiceSettings(engine="piper", voice="en_US-test-low"), "en")
    by_lang = tts.voice_for(VoiceSettings(engine="piper"), "en")
    assert by_name.name == by_lang.name == "en_US-test-low"
    with pytest.raises(ValueError, match="no Piper voice for 'zh'"):
        tts.voice_for(VoiceSettings(engine="piper"), "zh")


def test_broken_piper_voices_fail_with_a_sentence(tmp_path):
    good = make_piper_voice(tmp_path, "good")
    settings = VoiceSettings(engine="piper")

    with pytest.raises(ValueError, match="does not exist"):
        tts.voice_for(VoiceSettings(engine="piper", voice=str(tmp_path / "gone.onnx")), "en")

    broken = tmp_path / "broken.onnx"
    broken.write_bytes(b"not an onnx model")
    (tmp_path / "broken.onnx.json").write_text(good.with_name("good.onnx.json").read_text())
    settings = VoiceSettings(engine="piper", voice=str(broken))
    with pytest.raises(ValueError, match="not a working ONNX model"):
        tts.speak_to_wav(EN_LINE, tmp_path / "x.wav", "en", settings)

    lonely = tmp_path / "lonely.onnx"
    lonely.write_bytes(good.read_bytes())
    with pytest.raises(ValueError, match="no lonely.onnx.json"):
        tts.voice_for(VoiceSettings(engine="piper", voice=str(lonely)), "en")

    garbled = tmp_path / "garbled.onnx"
    garbled.write_bytes(good.read_bytes())
    (tmp_path / "garbled.onnx.json").write_text('{"audio": {}}')
    with pytest.raises(ValueError, match="garbled.onnx.json"):
        tts.voice_for(VoiceSettings(engine="piper", voice=str(garbled)), "en")
    # Only the working voice (and not the broken json one) is offered.
    names = {Path(v.name).name for v in tts.list_voices(tmp_path) if v.engine == "piper"}
    assert names == {"good.onnx", "broken.onnx"}
    assert not (tmp_path / "x.wav").exists()
