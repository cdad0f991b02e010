"""Heavy mode's switch for the top bar: on or off, and how many candidates, with the cost said up front.

Heavy mode (NVIDIA's GenSelect) writes N solutions, then the model compares
them and picks one: about N + 1 replies' worth of work. The control shows that
cost while it is on ("5 generations", shortened when the bar is narrow).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QSpinBox, QToolButton, QWidget

from engine.genselect import DEFAULT_CANDIDATES, MAX_CANDIDATES, MIN_CANDIDATES

from . import l10n


class _FitLabel(QLabel):
    """Shows the longest of its forms that fits its width; it asks for the first and makes do with the last."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._forms = [""]
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def set_forms(self, *forms: str) -> None:
        self._forms = list(forms) or [""]
        self.updateGeometry()
        self._fit()

    def full_text(self) -> str:
        return self._forms[0]

    def _room(self, text: str) -> int:
        margins = self.contentsMargins()
        return self.fontMetrics().horizontalAdvance(text) + margins.left() + margins.right() + 2 * self.margin() + 2

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's API)
        return QSize(self._room(self._forms[0]), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's API)
        return QSize(self._room(self._forms[-1]), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's API)
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        text = next((form for form in self._forms if self._room(form) <= self.width()), self._forms[-1])
        if text != self.text():
            self.setText(text)


class HeavyControl(QWidget):
    """Emits changed(enabled, n) when the user switches heavy mode or changes its number of candidates.

    While unavailable (set_available(False, reason)) it is greyed with the reason
    as its tooltip, and is_on() says False whatever it was set to.
    """

    changed = Signal(bool, int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._available = True
        self._reason = ""
        self._button = QToolButton()
        self._button.setObjectName("heavyButton")
        self._button.setText(self.tr("Heavy", "heavy mode's switch: several candidates, then a judge"))
        self._button.setCheckable(True)
        self._button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._button.setAccessibleName(self.tr("Heavy mode"))
        self._count = QSpinBox()
        self._count.setObjectName("heavyCount")
        self._count.setRange(MIN_CANDIDATES, MAX_CANDIDATES)
        self._count.setValue(DEFAULT_CANDIDATES)
        self._count.setAccessibleName(self.tr("Candidates in heavy mode"))
        self._cost = _FitLabel()
        self._cost.setObjectName("heavyCost")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self._button)
        layout.addWidget(self._count)
        layout.addWidget(self._cost, 1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._button.toggled.connect(self._on_toggled)
        self._count.valueChanged.connect(self._on_count_changed)
        self._show()

    # -- what the app tells it -------------------------------------------------------------
    def set_state(self, enabled: bool, n: int) -> None:
        """The open chat's heavy mode (n is kept within 2–8); emits nothing."""
        for widget in (self._button, self._count):
            widget.blockSignals(True)
        self._button.setChecked(enabled)
        self._count.setValue(n)
        for widget in (self._button, self._count):
            widget.blockSignals(False)
        self._show()

    def set_available(self, available: bool, reason: str = "") -> None:
        """Whether the loaded model can run heavy mode; the reason says why not (its tooltip)."""
        self._available, self._reason = available, reason
        self._button.setEnabled(available)
        self._count.setEnabled(available)
        self._show()

    # -- what it shows ---------------------------------------------------------------------
    @property
    def available(self) -> bool:
        return self._available

    def is_on(self) -> bool:
        """Switched on and available: the next reply is a heavy one."""
        return self._available and self._button.isChecked()

    def candidates(self) -> int:
        return self._count.value()

    def cost_text(self) -> str:
        """The cost as it is said in full ("5 generations"); "" while heavy mode is off."""
        return self._cost_of(self.candidates()) if self.is_on() else ""

    # n is 2 to 8, so the English sources say the plural ("%n generations"); translations give each form.
    def _cost_of(self, n: int) -> str:
        """What heavy mode with n candidates costs: n candidates and the judge ("5 generations")."""
        return self.tr("%n generations", "heavy mode's cost: the candidates and the judge", n + 1)

    def _explain(self, n: int) -> str:
        return self.tr("Generates %n solutions, then the model compares them and picks the best (NVIDIA's GenSelect). "
                       "Costs about {cost} replies.", "{cost} is the number of solutions plus one, 3 to 9", n).format(
                           cost=n + 1)

    def explanation(self) -> str:
        """The hover explanation (or why it is not available)."""
        return self.toolTip()

    def _show(self) -> None:
        n = self.candidates()
        if self._available:
            text = self._explain(n)
        else:
            reason = l10n.localized(self._reason) if self._reason else self.tr("this model cannot run heavy mode.")
            text = self.tr("Not available: {reason}", "heavy mode").format(reason=reason)
        for widget in (self, self._button, self._count, self._cost):
            widget.setToolTip(text)
        self._button.setAccessibleDescription(text)
        self._cost.set_forms(self._cost_of(n), self.tr("%n gens", "heavy mode's cost, short for %n generations", n + 1),
                             self.tr("×{count}", "heavy mode's cost, shortest: times this many replies").format(
                                 count=n + 1))
        self._cost.setAccessibleName(self.tr("Costs {cost}: %n candidates and the judge", "", n).format(
            cost=self._cost_of(n)))
        self._cost.setVisible(self.is_on())

    def _on_toggled(self, _checked: bool) -> None:
        self._show()
        self.changed.emit(self._button.isChecked(), self.candidates())

    def _on_count_changed(self, _n: int) -> None:
        self._show()
        self.changed.emit(self._button.isChecked(), self.candidates())
