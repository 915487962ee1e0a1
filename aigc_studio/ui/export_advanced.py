"""The Export area's Advanced pane: frame size, rate, CRF, x264 speed, encoder and audio
bitrate, folded away under one "Advanced" button until a creator wants them.

A platform preset fills the pane; the Export panel turns the preset into "Custom" when the
creator edits the format here. Which hardware encoders work is probed in the engine the
first time the pane opens (the probe runs ffmpeg a few times), never on the GUI thread.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from aigc_studio.engine.engine import Engine
from aigc_studio.engine.jobs import Job
from aigc_studio.media.encoders import LABELS, SOFTWARE_ENCODER, available_encoders, check_encoder
from aigc_studio.media.export import X264_SPEEDS
from aigc_studio.ui.i18n import tr

AUDIO_BITRATES = ("128k", "160k", "192k", "256k", "320k")
MAX_SIDE = 4096  # pixels: the largest frame H.264 level 5.1 (and every platform) takes


@dataclass(frozen=True)
class AdvancedValues:
    width: int  # full-quality frame width in pixels, even
    height: int  # full-quality frame height in pixels, even
    fps: int  # frames per second
    crf: int  # x264 constant quality (lower is better and larger)
    speed: str  # x264 speed preset, e.g. "veryfast"
    encoder: str  # "auto", "libx264" or a hardware encoder (media/encoders.py)
    audio_bitrate: str  # AAC bitrate, e.g. "192k"

    @classmethod
    def from_dict(cls, data: object) -> AdvancedValues | None:
        """Values saved with to_dict, or None when they are missing or damaged."""
        if not isinstance(data, dict):
            return None
        try:
            values = cls(**{f.name: data[f.name] for f in fields(cls)})
            ints = (values.width, values.height, values.fps, values.crf)
            if not all(isinstance(v, int) for v in ints):
                return None
            check_encoder(values.encoder)
        except (KeyError, TypeError, ValueError):
            return None
        if values.speed not in X264_SPEEDS or values.audio_bitrate not in AUDIO_BITRATES:
            return None
        return values

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


def encoder_label(encoder: str) -> str:
    """An encoder's menu words: the two that describe themselves are translated, hardware
    encoders keep their makers' names (media/encoders.py LABELS)."""
    if encoder == "auto":
        return tr("Auto (hardware when available)")
    if encoder == SOFTWARE_ENCODER:
        return tr("x264 (software)")
    return LABELS[encoder]


def _spin(low: int, high: int, step: int, suffix: str, tip: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setSingleStep(step)
    spin.setSuffix(suffix)
    spin.setToolTip(tip)
    spin.setKeyboardTracking(False)  # one change when typing ends, not one per digit
    spin.setMaximumWidth(160)
    return spin


class AdvancedExportPane(QWidget):
    sig_format_edited = Signal()
    """The creator changed the size, rate, speed or audio bitrate by hand."""
    sig_crf_edited = Signal()
    """The creator changed the CRF by hand."""
    sig_changed = Signal()
    """Any value changed, by hand or by a preset filling the pane."""

    def __init__(self, engine: Engine, parent=None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.probe_job: Job | None = None
        self._probed = False
        self._filling = False  # set while a preset fills the pane: no "edited" signals
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.toggle = QToolButton()
        self.toggle.setText(tr("Advanced"))
        self.toggle.setCheckable(True)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setToolTip(tr("Frame size, rate, quality, encoder and audio bitrate"))
        self.toggle.setStatusTip(self.toggle.toolTip())
        self.toggle.toggled.connect(self.set_expanded)
        layout.addWidget(self.toggle)
        self.body = QWidget()
        form = QFormLayout(self.body)
        form.setHorizontalSpacing(12)
        self.width_spin = _spin(16, MAX_SIDE, 2, tr(" px"), tr("Frame width (even)"))
        self.height_spin = _spin(16, MAX_SIDE, 2, tr(" px"), tr("Frame height (even)"))
        size_row = QHBoxLayout()
        size_row.addWidget(self.width_spin)
        size_row.addWidget(QLabel("×"))
        size_row.addWidget(self.height_spin)
        size_row.addStretch(1)
        form.addRow(tr("Frame size"), size_row)
        self.fps_spin = _spin(1, 120, 1, tr(" fps"), tr("Frames per second"))
        form.addRow(tr("Frame rate"), self.fps_spin)
        crf_tip = tr(
            "Constant quality: 18 looks lossless, 23 is x264's default; each step of 6 about "
            "halves the file"
        )
        self.crf_spin = _spin(0, 51, 1, "", crf_tip)
        form.addRow(tr("CRF"), self.crf_spin)
        self.speed_combo = QComboBox()
        for speed in X264_SPEEDS:
            self.speed_combo.addItem(speed, speed)
        self.speed_combo.setToolTip(
            tr(
                "x264's speed: slower makes a smaller file at the same quality (ultrafast "
                "gives up the High profile)"
            )
        )
        self.speed_combo.setMaximumWidth(240)
        form.addRow(tr("x264 speed"), self.speed_combo)
        self.encoder_combo = QComboBox()
        for encoder in ("auto", SOFTWARE_ENCODER):
            self.encoder_combo.addItem(encoder_label(encoder), encoder)
        self.encoder_combo.setToolTip(
            tr("A hardware encoder is faster; the list shows the ones that work on this computer")
        )
        self.encoder_note = QLabel()
        self.encoder_note.setObjectName("hint")
        encoder_row = QHBoxLayout()
        encoder_row.addWidget(self.encoder_combo)
        encoder_row.addWidget(self.encoder_note, 1)
        form.addRow(tr("Encoder"), encoder_row)
        self.bitrate_combo = QComboBox()
        for bitrate in AUDIO_BITRATES:
            self.bitrate_combo.addItem(f"{bitrate.removesuffix('k')} kbit/s", bitrate)
        self.bitrate_combo.setToolTip(tr("AAC stereo at 48 kHz"))
        self.bitrate_combo.setMaximumWidth(240)
        form.addRow(tr("Audio bitrate"), self.bitrate_combo)
        self.body.hide()
        layout.addWidget(self.body)

        for spin in (self.width_spin, self.height_spin):
            spin.valueChanged.connect(self._on_size_changed)
        self.fps_spin.valueChanged.connect(self._on_format_changed)
        self.speed_combo.currentIndexChanged.connect(self._on_format_changed)
        self.bitrate_combo.currentIndexChanged.connect(self._on_format_changed)
        self.crf_spin.valueChanged.connect(self._on_crf_changed)
        self.encoder_combo.currentIndexChanged.connect(lambda _: self.sig_changed.emit())

    # -- values -----------------------------------------------------------------------

    def values(self) -> AdvancedValues:
        return AdvancedValues(
            width=self.width_spin.value(),
            height=self.height_spin.value(),
            fps=self.fps_spin.value(),
            crf=self.crf_spin.value(),
            speed=str(self.speed_combo.currentData()),
            encoder=str(self.encoder_combo.currentData()),
            audio_bitrate=str(self.bitrate_combo.currentData()),
        )

    def fill(self, **values: object) -> None:
        """Set some of the values as a preset does (no "edited" signals)."""
        self._filling = True
        try:
            for name, value in values.items():
                if name == "width":
                    self.width_spin.setValue(int(value))
                elif name == "height":
                    self.height_spin.setValue(int(value))
                elif name == "fps":
                    self.fps_spin.setValue(int(value))
                elif name == "crf":
                    self.crf_spin.setValue(int(value))
                elif name == "speed":
                    self.speed_combo.setCurrentIndex(self.speed_combo.findData(value))
                elif name == "audio_bitrate":
                    self.bitrate_combo.setCurrentIndex(self.bitrate_combo.findData(value))
                elif name == "encoder":
                    self._select_encoder(str(value))
                else:
                    raise ValueError(f"no advanced value called {name!r}")
        finally:
            self._filling = False
        self.sig_changed.emit()

    def _select_encoder(self, encoder: str) -> None:
        index = self.encoder_combo.findData(encoder)
        if index < 0:  # remembered from an earlier run: listed until the probe says more
            self.encoder_combo.addItem(encoder_label(encoder), encoder)
            index = self.encoder_combo.count() - 1
        self.encoder_combo.setCurrentIndex(index)

    def _on_size_changed(self, value: int) -> None:
        spin = self.sender()
        if isinstance(spin, QSpinBox) and value % 2:
            spin.setValue(value - 1)  # yuv420p needs even sizes; this re-enters once
            return
        self._on_format_changed()

    def _on_format_changed(self) -> None:
        if not self._filling:
            self.sig_format_edited.emit()
            self.sig_changed.emit()

    def _on_crf_changed(self) -> None:
        if not self._filling:
            self.sig_crf_edited.emit()
            self.sig_changed.emit()

    # -- folding and the encoder probe --------------------------------------------------

    def set_expanded(self, expanded: bool) -> None:
        """Show or fold the pane; the first opening starts the encoder probe."""
        if self.toggle.isChecked() != expanded:
            self.toggle.setChecked(expanded)  # comes back here through toggled
            return
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.body.setVisible(expanded)
        if expanded and not self._probed:
            self.probe_encoders()

    def probe_encoders(self) -> None:
        """Find the working hardware encoders in the engine and list them when known."""
        if self._probed:
            return
        self._probed = True
        self.encoder_note.setText(tr("Checking for hardware encoders…"))
        self.probe_job = self.engine.start_job(
            tr("Checking encoders"), lambda _: available_encoders()
        )
        self.probe_job.sig_finished.connect(self._on_probed)
        self.probe_job.sig_failed.connect(self._on_probe_failed)

    def _on_probed(self, found: list[str]) -> None:
        self.probe_job = None
        for encoder in found:
            if self.encoder_combo.findData(encoder) < 0:
                self.encoder_combo.addItem(encoder_label(encoder), encoder)
        self.encoder_note.setText(
            tr("Hardware: {encoders}").format(encoders=", ".join(LABELS[e] for e in found))
            if found
            else tr("No hardware encoder works here; x264 encodes")
        )

    def _on_probe_failed(self, message: str) -> None:
        self.probe_job = None
        self.encoder_note.setText(message)
