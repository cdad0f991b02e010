"""The one reasoning control: Off, 256 … 32k, Unlimited thinking tokens, in log steps.

It replaces a "Reasoning" checkbox beside a budget slider (the two could
contradict each other). What it offers depends on the model:
- a model that cannot reason: greyed out, with a one-line reason;
- a model that may reason: Off answers directly, a number caps the thought;
- a model that always reasons: Off closes the thought as soon as it opens.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QWidget

from engine.profiles import ReasoningKind
from engine.protocol import BUDGET_OFF, BUDGET_UNLIMITED

from . import l10n

OFF, UNLIMITED = BUDGET_OFF, BUDGET_UNLIMITED
STEPS = [OFF, 256, 512, 1024, 2048, 4096, 8192, 16384, 32768, UNLIMITED]

EXPLAIN = str(QT_TRANSLATE_NOOP("ReasoningControl", "How long the model may think before it answers, in tokens. "
                                "When the budget runs out, the thought is closed gracefully and the model answers."))


@dataclass(frozen=True)
class ReasoningState:
    """What the control shows: the model's kind, why it is off (kind NONE), the chat's budget."""

    kind: ReasoningKind = ReasoningKind.NONE
    budget: int = UNLIMITED
    reason: str = ""  # one line, shown when the model cannot reason


def budget_label(budget: int) -> str:
    if budget == OFF:
        return QCoreApplication.translate("ReasoningControl", "Off", "thinking budget: no thinking")
    if budget == UNLIMITED:
        return QCoreApplication.translate("ReasoningControl", "Unlimited", "thinking budget: no limit")
    if budget >= 1024:
        label = QCoreApplication.translate("ReasoningControl", "{thousands}k", "a thinking budget of N×1024 tokens")
        return label.format(thousands=l10n.number(budget // 1024))
    return l10n.number(budget)


def nearest_step(budget: int) -> int:
    if budget == UNLIMITED:
        return len(STEPS) - 1
    return min(range(len(STEPS) - 1), key=lambda i: abs(STEPS[i] - budget))


class ReasoningControl(QWidget):
    """Emits budget_changed(tokens) when the user moves it: 0 is off, -1 unlimited."""

    budget_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._state = ReasoningState()
        self._title = QLabel(self.tr("Reasoning", "label of the thinking budget control"))
        self._slider = QSlider(Qt.Orientation.Horizontal)
        self._slider.setRange(0, len(STEPS) - 1)
        self._slider.setPageStep(1)
        self._slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self._slider.setAccessibleName(self.tr("Reasoning budget"))
        self._slider.setMinimumWidth(80)
        self._slider.setMaximumWidth(180)
        self._value = QLabel()
        self._value.setObjectName("reasoningValue")
        self._value.setMinimumWidth(self._value.fontMetrics().horizontalAdvance(budget_label(UNLIMITED)) + 4)
        self._title.setBuddy(self._slider)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._title)
        layout.addWidget(self._slider, 1)
        layout.addWidget(self._value)
        self._slider.valueChanged.connect(self._on_value_changed)
        self.set_state(self._state)

    # -- what the app tells it -------------------------------------------------
    def set_state(self, state: ReasoningState) -> None:
        self._state = state
        self._slider.blockSignals(True)
        self._slider.setValue(nearest_step(state.budget))
        self._slider.blockSignals(False)
        self._slider.setEnabled(self.available)
        self._title.setEnabled(self.available)
        self._show()

    def set_budget(self, budget: int) -> None:
        """The open chat's budget (the model's kind stays)."""
        self.set_state(ReasoningState(self._state.kind, budget, self._state.reason))

    # -- what it shows ---------------------------------------------------------
    @property
    def state(self) -> ReasoningState:
        return self._state

    @property
    def available(self) -> bool:
        return self._state.kind != ReasoningKind.NONE

    def budget(self) -> int:
        return STEPS[self._slider.value()]

    def value_text(self) -> str:
        return self._value.text()

    def _show(self) -> None:
        if not self.available:
            reason = (l10n.localized(self._state.reason) if self._state.reason
                      else self.tr("This model does not reason."))
            self._value.setText(self.tr("n/a", "thinking budget: the model cannot reason"))
            self._explain(self.tr("Not available: {reason}").format(reason=reason))
            return
        budget = self.budget()
        self._value.setText(budget_label(budget))
        if budget == OFF:
            if self._state.kind == ReasoningKind.ALWAYS:
                what = self.tr("Off: this model always reasons, so its thought is closed as soon as it opens.")
            else:
                what = self.tr("Off: the model answers without thinking.")
        elif budget == UNLIMITED:
            what = self.tr("Unlimited: the model thinks as long as it needs.")
        else:
            what = self.tr("The model thinks at most {tokens}, then answers.").format(tokens=l10n.tokens(budget))
        self._explain(f"{what}\n{QCoreApplication.translate('ReasoningControl', EXPLAIN)}")

    def _explain(self, text: str) -> None:
        self.setToolTip(text)
        self._slider.setToolTip(text)
        self._slider.setAccessibleDescription(text.split("\n", 1)[0])

    def _on_value_changed(self, _index: int) -> None:
        self._state = ReasoningState(self._state.kind, self.budget(), self._state.reason)
        self._show()
        self.budget_changed.emit(self.budget())
