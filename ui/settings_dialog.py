"""The settings dialog: plain values in, plain values out (the app decides what they mean)."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QCoreApplication
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
    QLabel,
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
from engine.answer_language import NATIVE_NAMES  # the interface's languages, each named in itself

from . import l10n

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
            shown = l10n.localized(label)
            box.setAccessibleName(self.tr("{group}: {field}", "a sampling setting's accessible name").format(
                group=title, field=shown))
            form.addRow(shown, box)
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
        self.setWindowTitle(self.tr("Settings"))
        self.resize(560, 520)
        self._values = copy.deepcopy(values)
        tabs = QTabWidget()

        general = QWidget()
        g = QFormLayout(general)
        self.theme = QComboBox()
        self.theme.addItem(self.tr("system", "theme: follow the system's colours"), "system")
        self.theme.addItem(self.tr("light", "theme"), "light")
        self.theme.addItem(self.tr("dark", "theme"), "dark")
        self.theme.setCurrentIndex(max(0, self.theme.findData(values["theme"])))
        self.language = QComboBox()
        self.language.addItem(self.tr("System default", "interface language: the system's"), "")
        for code, name in NATIVE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(values.get("language", ""))))
        language_note = QLabel(self.tr("The new language is used the next time Ponder starts."))
        language_note.setObjectName("placeholder")  # muted, as the theme shows a hint
        language_note.setWordWrap(True)
        small = language_note.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        language_note.setFont(small)
        self.keep_open = QCheckBox(self.tr("Keep the reasoning open when the answer starts"))
        self.keep_open.setChecked(values["keep_reasoning_open"])
        self.models_folder = QLineEdit(values["models_folder"])
        browse = QPushButton(self.tr("Browse…", "button: choose a folder"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.models_folder)
        row.addWidget(browse)
        self.offline = QCheckBox(self.tr("Offline: make no network calls at all"))
        self.offline.setChecked(values["offline"])
        self.offline.setToolTip(self.tr("Model search and downloads are off; "
                                        "the models on this computer still work."))
        g.addRow(self.tr("Theme"), self.theme)
        g.addRow(self.tr("Language", "the interface's language"), self.language)
        g.addRow("", language_note)
        g.addRow("", self.keep_open)
        g.addRow(self.tr("Models folder"), row)
        g.addRow("", self.offline)
        tabs.addTab(general, self.tr("General", "settings tab"))

        engine = QWidget()
        e = QFormLayout(engine)
        self.context = QSpinBox()
        self.context.setRange(0, 262144)
        self.context.setSingleStep(1024)
        self.context.setSpecialValueText(self.tr("model default", "context size: the model's own"))
        self.context.setValue(values["context_size"])
        layers = str(values["gpu_layers"])
        self.gpu_layers = QLineEdit("" if layers == "auto" else layers)  # empty: the placeholder says "auto"
        self.gpu_layers.setPlaceholderText(self.tr("auto", "GPU layers: chosen automatically"))
        self.threads = QSpinBox()
        self.threads.setRange(0, 256)
        self.threads.setSpecialValueText(self.tr("one per physical core", "CPU threads"))
        self.threads.setValue(values["threads"])
        self.wrap_up = QLineEdit(values["wrap_up"])
        e.addRow(self.tr("Context size"), self.context)
        e.addRow(self.tr("GPU layers"), self.gpu_layers)
        e.addRow(self.tr("CPU threads"), self.threads)
        e.addRow(self.tr("Budget wrap-up", "the sentence that ends a thought when its budget runs out"),
                 self.wrap_up)
        tabs.addTab(engine, self.tr("Engine", "settings tab"))

        sampling = QWidget()
        s = QVBoxLayout(sampling)
        self.sampling_on = _SamplingGroup(self.tr("Reasoning on", "sampling settings group"),
                                          values["sampling_reasoning"], recommended_on)
        self.sampling_off = _SamplingGroup(self.tr("Reasoning off", "sampling settings group"),
                                           values["sampling_plain"], recommended_off)
        reset = QPushButton(self.tr("Reset to recommended"))
        reset.clicked.connect(self.reset_sampling)
        s.addWidget(self.sampling_on)
        s.addWidget(self.sampling_off)
        s.addWidget(reset)
        tabs.addTab(sampling, self.tr("Sampling", "settings tab"))

        presets = QWidget()
        p = QVBoxLayout(presets)
        self.preset_list = QListWidget()
        self.preset_name = QLineEdit()
        self.preset_text = QPlainTextEdit()
        add = QPushButton(self.tr("Add", "button: add a system prompt preset"))
        remove = QPushButton(self.tr("Remove", "button: remove a system prompt preset"))
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
        tabs.addTab(presets, self.tr("System prompts", "settings tab"))

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
            "theme": str(self.theme.currentData()),
            "language": str(self.language.currentData() or ""),
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
        folder = QFileDialog.getExistingDirectory(self, self.tr("Models folder"), self.models_folder.text())
        if folder:
            self.models_folder.setText(folder)

    @staticmethod
    def _shown_name(name: str) -> str:
        """A preset's name as shown: Ponder's own presets (stored in English) in the interface's
        language; a name the user wrote, as written (the lookup finds only Ponder's)."""
        return QCoreApplication.translate("Settings", name, "a system prompt preset")

    def _refresh_presets(self) -> None:
        self.preset_list.clear()
        self.preset_list.addItems([self._shown_name(p["name"]) for p in self._presets])

    def _show_preset(self, row: int) -> None:
        if 0 <= row < len(self._presets):
            self.preset_name.setText(self._shown_name(self._presets[row]["name"]))
            self.preset_text.blockSignals(True)
            self.preset_text.setPlainText(self._presets[row]["text"])
            self.preset_text.blockSignals(False)

    def _edit_preset(self, *_args: Any) -> None:
        row = self.preset_list.currentRow()
        if 0 <= row < len(self._presets):
            name = self.preset_name.text()
            stored = self._presets[row]["name"]
            self._presets[row] = {"name": stored if name == self._shown_name(stored) else name,  # kept in English
                                  "text": self.preset_text.toPlainText()}
            self.preset_list.item(row).setText(self.preset_name.text())

    def _add_preset(self) -> None:
        self._presets.append({"name": self.tr("Preset {number}", "a new system prompt preset's name").format(
            number=l10n.number(len(self._presets) + 1)), "text": ""})
        self._refresh_presets()
        self.preset_list.setCurrentRow(len(self._presets) - 1)

    def _remove_preset(self) -> None:
        row = self.preset_list.currentRow()
        if 0 <= row < len(self._presets):
            del self._presets[row]
            self._refresh_presets()
