"""eSpeak NG voices through the library the ``espeakng-loader`` wheel ships (no system install).

The C library is driven with ctypes in synchronous mode: ``espeak_Synth`` returns only
after every sample has gone through our callback, on the calling thread. The library keeps
one global voice, rate and pitch, so every call takes the module lock, and the library is
initialised once per process. Mandarin lines use the ``cmn`` voice (its dictionary reads
hanzi as pinyin with tones); English lines use ``en-us``.
"""

from __future__ import annotations

import ctypes
import threading
from dataclasses import dataclass

import numpy as np

from aigc_studio.translation import tr

# Values from espeak-ng's speak_lib.h.
AUDIO_OUTPUT_SYNCHRONOUS = 2  # synth runs to completion inside espeak_Synth
INITIALIZE_DONT_EXIT = 0x8000  # return an error instead of exit() when data is missing
ESPEAK_RATE = 1  # espeak_PARAMETER: words per minute
ESPEAK_PITCH = 3  # espeak_PARAMETER: base pitch 0..100
ESPEAK_RANGE = 4  # espeak_PARAMETER: pitch range 0..100
POS_CHARACTER = 1  # espeak_POSITION_TYPE
CHARS_UTF8 = 1  # espeak_Synth flags: the text is UTF-8
PHONEMES_IPA = 0x02  # espeak_TextToPhonemes phonememode: IPA as UTF-8
EE_OK = 0  # espeak_ERROR

DEFAULT_WPM = 175  # espeak's own default speed, what rate 1.0 means
MIN_WPM, MAX_WPM = 80, 450  # the range espeak accepts
DEFAULT_VOICES = {"en": "en-us", "zh": "cmn"}  # the script language's default voice

_CALLBACK = ctypes.CFUNCTYPE(
    ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p
)

_lock = threading.RLock()  # the library has one global state: one caller at a time
_lib: ctypes.CDLL | None = None
_sample_rate = 0
_chunks: list[np.ndarray] = []  # samples the callback has received for the current line
_current_voice = ""


def _on_samples(wav: ctypes.POINTER(ctypes.c_short), count: int, events: int) -> int:
    if wav and count > 0:
        _chunks.append(np.ctypeslib.as_array(wav, shape=(count,)).copy())
    return 0  # 0 = keep going


_callback = _CALLBACK(_on_samples)  # kept alive for the life of the process


def _library() -> ctypes.CDLL:
    """The initialised library (loaded on first use); call with the lock held."""
    global _lib, _sample_rate
    if _lib is not None:
        return _lib
    try:
        import espeakng_loader

        lib = ctypes.CDLL(espeakng_loader.get_library_path())
        data_path = espeakng_loader.get_data_path()
    except (ImportError, OSError, RuntimeError) as error:
        raise RuntimeError(
            tr(
                "The bundled eSpeak NG voice could not be loaded ({error}); "
                "reinstall AIGC Studio's espeakng-loader package."
            ).format(error=error)
        ) from error
    lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
    lib.espeak_Initialize.restype = ctypes.c_int
    lib.espeak_SetSynthCallback.argtypes = [_CALLBACK]
    lib.espeak_SetSynthCallback.restype = None
    lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
    lib.espeak_SetVoiceByName.restype = ctypes.c_int
    lib.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
    lib.espeak_SetParameter.restype = ctypes.c_int
    lib.espeak_Synth.argtypes = [
        ctypes.c_void_p,
        ctypes.c_size_t,
        ctypes.c_uint,
        ctypes.c_int,
        ctypes.c_uint,
        ctypes.c_uint,
        ctypes.c_void_p,
        ctypes.c_void_p,
    ]
    lib.espeak_Synth.restype = ctypes.c_int
    lib.espeak_TextToPhonemes.argtypes = [
        ctypes.POINTER(ctypes.c_void_p),
        ctypes.c_int,
        ctypes.c_int,
    ]
    lib.espeak_TextToPhonemes.restype = ctypes.c_char_p
    rate = lib.espeak_Initialize(
        AUDIO_OUTPUT_SYNCHRONOUS, 0, data_path.encode(), INITIALIZE_DONT_EXIT
    )
    if rate <= 0:
        raise RuntimeError(
            tr("eSpeak NG could not start with its voice data in {folder}.").format(
                folder=data_path
            )
        )
    lib.espeak_SetSynthCallback(_callback)
    _lib, _sample_rate = lib, rate
    return lib


def _select_voice(lib: ctypes.CDLL, name: str) -> None:
    global _current_voice
    if name == _current_voice:
        return
    if lib.espeak_SetVoiceByName(name.encode()) != EE_OK:
        raise ValueError(tr("eSpeak NG has no voice called {name!r}.").format(name=name))
    _current_voice = name


def words_per_minute(rate: float) -> int:
    """espeak's speed for a rate multiplier (1.0 = espeak's default 175 wpm)."""
    return int(round(min(max(DEFAULT_WPM * rate, MIN_WPM), MAX_WPM)))


def voice_name(voice: str, lang: str) -> str:
    """The espeak voice to use: the one asked for, else the language's default."""
    if voice:
        return voice
    return DEFAULT_VOICES.get(lang, DEFAULT_VOICES["en"])


@dataclass
class EspeakVoice:
    """One eSpeak NG voice; safe to use from any thread (calls are serialised)."""

    name: str  # espeak voice name: "en-us", "en", "cmn", ...
    lang: str  # the script language it reads: "en" or "zh"

    def synthesize(self, text: str, rate: float = 1.0, pitch: int = 50) -> tuple[np.ndarray, int]:
        """The line as float32 mono samples in [-1, 1] and their sample rate."""
        if not text.strip():
            raise ValueError(tr("There is no text to speak."))
        data = text.encode("utf-8") + b"\0"
        buffer = ctypes.create_string_buffer(data, len(data))
        with _lock:
            lib = _library()
            _select_voice(lib, self.name)
            lib.espeak_SetParameter(ESPEAK_RATE, words_per_minute(rate), 0)
            lib.espeak_SetParameter(ESPEAK_PITCH, int(min(max(pitch, 0), 100)), 0)
            _chunks.clear()
            try:
                status = lib.espeak_Synth(
                    buffer, len(data), 0, POS_CHARACTER, 0, CHARS_UTF8, None, None
                )
                samples = np.concatenate(_chunks) if _chunks else np.zeros(0, np.int16)
            finally:
                _chunks.clear()
            sample_rate = _sample_rate
        if status != EE_OK:
            raise RuntimeError(
                tr("eSpeak NG could not speak this line (error {status}).").format(status=status)
            )
        return (samples.astype(np.float32) / 32768.0), sample_rate


def phonemes(text: str, voice: str) -> str:
    """The text as IPA phonemes read by an espeak voice (clauses joined by spaces); what
    Piper voices are trained on."""
    data = text.encode("utf-8") + b"\0"
    buffer = ctypes.create_string_buffer(data, len(data))
    pointer = ctypes.c_void_p(ctypes.addressof(buffer))
    parts: list[str] = []
    with _lock:
        lib = _library()
        _select_voice(lib, voice)
        # Each call reads one clause and moves the pointer on; NULL once the text is done.
        while pointer.value:
            result = lib.espeak_TextToPhonemes(ctypes.byref(pointer), CHARS_UTF8, PHONEMES_IPA)
            if result:
                parts.append(result.decode("utf-8", errors="replace").strip())
    return " ".join(part for part in parts if part)


def espeak_voice_names() -> list[tuple[str, str]]:
    """The bundled voices this studio offers: (espeak name, script language)."""
    return [("en-us", "en"), ("en", "en"), ("cmn", "zh")]
