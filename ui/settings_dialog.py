"""The settings dialog: plain values in, plain values out (the app decides what they mean)."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from engine import protocol as P

# key, label, kind, minimum, maximum, step: from the one definition of sampling (engine.protocol.Sampling)
SAMPLING_FIELDS = [(f.name, f.label, f.kind, f.low, f.high, f.step) for f in P.tunable_fields()]
DEFAULT_SAMPLING = {f.name: f.default for f in P.tunable_fields()}


class _SamplingGroup(QGroupBox):
    def __init__(self, title: str, values: dict[str, Any], recommended: dict[str, Any]):
        super().__init__(title)
        self.recommended = {**DEFAULT_SAMPLING, **recommended}
        self.fields: dict[str, QSpinBox | QDoubleSpinBox] = {}
        form = QFormLayout(self)
        for key, label, kind, low, high, step in SAMPLING_FIELDS:
            box: QSpinBox | QDoubleSpinBox = QSpinBox() if kind is int else QDoubleSpinBox()
            box.setRange(low, high)  # type: ignore[arg-type]
            box.setSingleStep(step)  # type: ignore[arg-type]
            box.setAccessibleName(f"{title}: {label}")
            form.addRow(label, box)
            self.fields[key] = box
        self.set_values({**self.recommended, **values})

    def set_values(self, values: dict[str, Any]) -> None:
        for key, box in self.fields.items():
            box.setValue(values.get(key, self.recommended[key]))

    def overrides(self) -> dict[str, Any]:
        """Only the values that differ from the model's recommendation."""
        out = {}
        for key, box in self.fields.items():
            value = box.value()
            if abs(float(value) - float(self.recommended[key])) > 1e-9:
                out[key] = value
        return out


class SettingsDialog(QDialog):
    def __init__(self, values: dict[str, Any], recommended_on: dict[str, Any],
                 recommended_off: dict[str, Any], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.resize(560, 520)
        self._values = copy.deepcopy(values)
        tabs = QTabWidget()

        general = QWidget()
        g = QFormLayout(general)
        self.theme = QComboBox()
        self.theme.addItems(["system", "light", "dark"])
        self.theme.setCurrentText(values["theme"])
        self.keep_open = QCheckBox("Keep the reasoning open when the answer starts")
        self.keep_open.setChecked(values["keep_reasoning_open"])
        self.models_folder = QLineEdit(values["models_folder"])
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.models_folder)
        row.addWidget(browse)
        self.offline = QCheckBox("Offline: make no network calls at all")
        self.offline.setChecked(values["offline"])
        self.offline.setToolTip("Model search and downloads are off; the models on this computer still work.")
        g.addRow("Theme", self.theme)
        g.addRow("", self.keep_open)
        g.addRow("Models folder", row)
        g.addRow("", self.offline)
        tabs.addTab(general, "General")

        engine = QWidget()
        e = QFormLayout(engine)
        self.context = QSpinBox()
        self.context.setRange(0, 262144)
        self.context.setSingleStep(1024)
        self.context.setSpecialValueText("model default")
        self.context.setValue(values["context_size"])
        self.gpu_layers = QLineEdit(str(values["gpu_layers"]))
        self.gpu_layers.setPlaceholderText("auto")
        self.threads = QSpinBox()
        self.threads.setRange(0, 256)
        self.threads.setSpecialValueText("one per physical core")
        self.threads.setValue(values["threads"])
        self.wrap_up = QLineEdit(values["wrap_up"])
        e.addRow("Context size", self.context)
        e.addRow("GPU layers", self.gpu_layers)
        e.addRow("CPU threads", self.threads)
        e.addRow("Budget wrap-up", self.wrap_up)
        tabs.addTab(engine, "Engine")

        sampling = QWidget()
        s = QVBoxLayout(sampling)
        self.sampling_on = _SamplingGroup("Reasoning on", values["sampling_reasoning"], recommended_on)
        self.sampling_off = _SamplingGroup("Reasoning off", values["sampling_plain"], recommended_off)
        reset = QPushButton("Reset to recommended")
        reset.clicked.connect(self.reset_sampling)
        s.addWidget(self.sampling_on)
        s.addWidget(self.sampling_off)
        s.addWidget(reset)
        tabs.addTab(sampling, "Sampling")

        presets = QWidget()
        p = QVBoxLayout(presets)
        self.preset_list = QListWidget()
        self.preset_name = QLineEdit()
        self.preset_text = QPlainTextEdit()
        add, remove = QPushButton("Add"), QPushButton("Remove")
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        p.addWidget(self.preset_list)
        p.addLayout(buttons)
        p.addWidget(self.preset_name)
        p.addWidget(self.preset_text)
        self._presets = copy.deepcopy(values["system_prompt_presets"])
        self._refresh_presets()
        self.preset_list.currentRowChanged.connect(self._show_preset)
        self.preset_name.textEdited.connect(self._edit_preset)
        self.preset_text.textChanged.connect(self._edit_preset)
        add.clicked.connect(self._add_preset)
        remove.clicked.connect(self._remove_preset)
        tabs.addTab(presets, "System prompts")

        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(box)

    def reset_sampling(self) -> None:
        self.sampling_on.set_values(self.sampling_on.recommended)
        self.sampling_off.set_values(self.sampling_off.recommended)

    def values(self) -> dict[str, Any]:
        layers = self.gpu_layers.text().strip() or "auto"
        if layers != "auto" and not layers.isdigit():
            layers = "auto"
        return {
            **self._values,
            "theme": self.theme.currentText(),
            "keep_reasoning_open": self.keep_open.isChecked(),
            "offline": self.offline.isChecked(),
            "models_folder": self.models_folder.text().strip(),
            "context_size": self.context.value(),
            "gpu_layers": layers,
            "threads": self.threads.value(),
            "wrap_up": self.wrap_up.text(),
            "sampling_reasoning": self.sampling_on.overrides(),
            "sampling_plain": self.sampling_off.overrides(),
            "system_prompt_presets": [p for p in self._presets if p["name"].strip()],
        }

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Models folder", self.models_folder.text())
        if folder:
            self.models_folder.setText(folder)

    def _refresh_presets(self) -> None:
        self.preset_list.clear()
        self.preset_list.addItems([p["name"] for p in self._presets])

    def _show_preset(self, row: int) -> None:
        if 0 <= row < len(self._presets):
            self.preset_name.setText(self._presets[row]["name"])
            self.preset_text.blockSignals(True)
            self.preset_text.setPlainText(self._presets[row]["text"])
            self.preset_text.blockSignals(False)

    def _edit_preset(self, *_args: Any) -> None:
        row = self.preset_list.currentRow()
        if 0 <= row < len(self._presets):
            self._presets[row] = {"name": self.preset_name.text(), "text": self.preset_text.toPlainText()}
            self.preset_list.item(row).setText(self.preset_name.text())

    def _add_preset(self) -> None:
        self._presets.append({"name": f"Preset {len(self._presets) + 1}", "text": ""})
        self._refresh_presets()
        self.preset_list.setCurrentRow(len(self._presets) - 1)

    def _remove_preset(self) -> None:
        row = self.preset_list.currentRow()
        if 0 <= row < len(self._presets):
            del self._presets[row]
            self._refresh_presets()
