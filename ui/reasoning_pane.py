"""The collapsible reasoning pane above an answer: streams live, then folds away."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPlainTextEdit,
    QProgressBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


class ReasoningPane(QFrame):
    toggled = Signal(bool)

    def __init__(self, budget: int = -1, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reasoningPane")
        self.budget = budget
        self._started = time.monotonic()
        self._chars = 0
        self.finished = False
        self._header = QToolButton()
        self._header.setObjectName("reasoningHeader")
        self._header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._header.setCheckable(True)
        self._header.setChecked(True)
        self._header.setArrowType(Qt.ArrowType.DownArrow)
        self._header.setAccessibleName("Show or hide the reasoning")
        self._header.toggled.connect(self.set_expanded)
        self._copy = QToolButton()
        self._copy.setText("Copy")
        self._copy.setAccessibleName("Copy the reasoning")
        self._copy.clicked.connect(self.copy)
        self._meter = QProgressBar()
        self._meter.setObjectName("budgetMeter")
        self._meter.setMaximumWidth(90)
        self._meter.setMaximumHeight(8)
        self._meter.setTextVisible(False)
        self._meter.setVisible(budget > 0)
        self._meter.setRange(0, max(budget, 1))
        self.body = QPlainTextEdit()
        self.body.setObjectName("reasoningBody")
        self.body.setReadOnly(True)
        self.body.setMaximumHeight(220)
        self.body.setAccessibleName("Reasoning")
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self._header)
        top.addWidget(self._meter)
        top.addStretch()
        top.addWidget(self._copy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addLayout(top)
        layout.addWidget(self.body)
        self._refresh_header()

    @property
    def text(self) -> str:
        return self.body.toPlainText()

    @property
    def expanded(self) -> bool:
        return self._header.isChecked()

    @property
    def approx_tokens(self) -> int:
        """While streaming only text arrives: about four characters a token."""
        return self._chars // 4

    def header_text(self) -> str:
        return self._header.text()

    def append(self, text: str) -> None:
        cursor = self.body.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        cursor.insertText(text)
        self._chars += len(text)
        bar = self.body.verticalScrollBar()
        bar.setValue(bar.maximum())
        self._refresh_header()

    def tick(self) -> None:
        if not self.finished:
            self._refresh_header()

    def _refresh_header(self) -> None:
        seconds = int(time.monotonic() - self._started)
        approx = self.approx_tokens
        self._header.setText(f"Thinking… ~{approx} tokens · {seconds} s")
        if self.budget > 0:
            self._meter.setValue(min(approx, self.budget))

    def finish(self, tokens: int, seconds: float, budget_reached: bool) -> None:
        self.finished = True
        summary = f"Thought for {seconds:.0f} s · {tokens} tokens"
        if budget_reached:
            summary += " · budget reached"
        self._header.setText(summary)
        if self.budget > 0:
            self._meter.setValue(min(tokens, self.budget))

    def set_expanded(self, expanded: bool) -> None:
        self._header.blockSignals(True)
        self._header.setChecked(expanded)
        self._header.blockSignals(False)
        self._header.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.body.setVisible(expanded)
        self.toggled.emit(expanded)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text)
