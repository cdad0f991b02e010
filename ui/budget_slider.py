"""The thinking-budget slider: Off, 256 … 32k, Unlimited, in log steps."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QWidget

STEPS = [0, 256, 512, 1024, 2048, 4096, 8192, 16384, 32768, -1]


def budget_label(budget: int) -> str:
    if budget == 0:
        return "Off"
    if budget < 0:
        return "Unlimited"
    return f"{budget // 1024}k" if budget >= 1024 else str(budget)


def nearest_step(budget: int) -> int:
    if budget < 0:
        return len(STEPS) - 1
    return min(range(len(STEPS) - 1), key=lambda i: abs(STEPS[i] - budget))


class BudgetSlider(QWidget):
    budget_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._title = QLabel("Thinking budget")
        self._slider = QSlider(Qt.Orientation.Horizontal)
        self._slider.setRange(0, len(STEPS) - 1)
        self._slider.setPageStep(1)
        self._slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self._slider.setAccessibleName("Thinking budget")
        self._slider.setMinimumWidth(140)
        self._value = QLabel()
        self._value.setMinimumWidth(88)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._title)
        layout.addWidget(self._slider)
        layout.addWidget(self._value)
        self._slider.valueChanged.connect(self._on_value_changed)
        self.set_budget(-1)

    def budget(self) -> int:
        return STEPS[self._slider.value()]

    def set_budget(self, budget: int) -> None:
        self._slider.blockSignals(True)
        self._slider.setValue(nearest_step(budget))
        self._slider.blockSignals(False)
        self._show()

    @property
    def available(self) -> bool:
        return self._slider.isEnabled()

    def set_available(self, available: bool, reason: str = "") -> None:
        self._slider.setEnabled(available)
        self.setToolTip("" if available else reason)
        if available:
            self._show()
        else:
            self._value.setText("n/a")

    def _show(self) -> None:
        text = budget_label(self.budget())
        self._value.setText(text + (" tokens" if self.budget() > 0 else ""))
        self._slider.setAccessibleDescription(text)

    def _on_value_changed(self, _index: int) -> None:
        self._show()
        self.budget_changed.emit(self.budget())
