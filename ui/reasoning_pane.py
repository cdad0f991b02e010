"""The collapsible reasoning pane above an answer: streams live, then folds away.

Its header says "Thinking… N s" while the model thinks, and "Thought for N s ·
M tokens" from the moment the answer starts (the clock stops there), with
"cut short" when Answer now or the budget ended the thought.
"""

from __future__ import annotations

import time
from enum import Enum

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent, QTextOption
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPlainTextEdit,
    QProgressBar,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from engine.protocol import budget_is_capped

from . import l10n
from .answer_view import CopyButton


class ThoughtState(Enum):
    THINKING = "thinking"  # reasoning text still arriving
    ANSWERING = "answering"  # the answer started: the thought is over, exact figures not known yet
    FINISHED = "finished"  # the reply ended: the engine's figures are shown


class _Header(QToolButton):
    """The fold button: its text is elided when the pane is narrow (the whole text is its tooltip)."""

    def __init__(self) -> None:
        super().__init__()
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        if text != self._full:
            self._full = text
            self.setToolTip(text)
            self._elide()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's API)
        return QSize(60, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's API)
        hint = super().sizeHint()
        return QSize(hint.width() + self.fontMetrics().horizontalAdvance(self._full)
                     - self.fontMetrics().horizontalAdvance(self.text()), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's API)
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = self.width() - 28  # the arrow and the margins
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(room, 20))
                     if self.fontMetrics().horizontalAdvance(self._full) > room else self._full)


class ReasoningPane(QFrame):
    toggled = Signal(bool)

    def __init__(self, budget: int = -1, parent: QWidget | None = None, expanded: bool = True):
        super().__init__(parent)
        self.setObjectName("reasoningPane")
        self.budget = budget
        self._started = time.monotonic()
        self._seconds: float | None = None  # frozen once the thought ended
        self._chars = 0
        self.state = ThoughtState.THINKING
        self.cut_short = False
        self._budget_reached = False
        self._tokens: int | None = None
        self._header = _Header()
        self._header.setObjectName("reasoningHeader")
        self._header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._header.setCheckable(True)
        self._header.setChecked(expanded)
        self._header.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self._header.setAccessibleName(self.tr("Show or hide the reasoning"))
        self._header.toggled.connect(self.set_expanded)
        self._copy = CopyButton(lambda: self.text, self.tr("Copy the reasoning"))
        self._copy.setVisible(expanded)
        self._meter = QProgressBar()
        self._meter.setObjectName("budgetMeter")
        self._meter.setMaximumWidth(90)
        self._meter.setMaximumHeight(8)
        self._meter.setTextVisible(False)
        self._meter.setVisible(budget_is_capped(budget))
        self._meter.setRange(0, max(budget, 1))
        self._parts: list[str] = []
        self.body: QPlainTextEdit | None = None  # made when first shown: a folded thought costs no editor
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self._header, 1)
        top.addWidget(self._meter)
        top.addWidget(self._copy)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 4, 8, 4)
        self._layout.addLayout(top)
        if expanded:
            self._ensure_body()
        self._refresh_header()

    def _ensure_body(self) -> QPlainTextEdit:
        if self.body is None:
            self.body = QPlainTextEdit()
            self.body.setObjectName("reasoningBody")
            self.body.setReadOnly(True)
            self.body.setMaximumHeight(220)
            self.body.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
            self.body.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.body.setAccessibleName(self.tr("Reasoning", "accessible name of a reply's thought"))
            self.body.setPlainText("".join(self._parts))
            self._layout.addWidget(self.body)
        return self.body

    @property
    def text(self) -> str:
        return "".join(self._parts)

    @property
    def expanded(self) -> bool:
        return self._header.isChecked()

    @property
    def finished(self) -> bool:
        return self.state is ThoughtState.FINISHED

    @property
    def thinking(self) -> bool:
        return self.state is ThoughtState.THINKING

    @property
    def approx_tokens(self) -> int:
        """While streaming only text arrives: about four characters a token."""
        return self._chars // 4

    def header_text(self) -> str:
        return self._header.full_text()

    def append(self, text: str) -> None:
        self._parts.append(text)
        self._chars += len(text)
        if self.body is not None:
            cursor = self.body.textCursor()
            cursor.movePosition(cursor.MoveOperation.End)
            cursor.insertText(text)
            bar = self.body.verticalScrollBar()
            bar.setValue(bar.maximum())
        self._refresh_header()

    def tick(self) -> None:
        """Called while a reply streams: the thinking clock moves on."""
        if self.thinking:
            self._refresh_header()

    def end_thinking(self) -> None:
        """The answer started: the clock stops and the header says how long the thought took."""
        if self.thinking:
            self._seconds = time.monotonic() - self._started
            self.state = ThoughtState.ANSWERING
            self._refresh_header()

    def mark_cut_short(self) -> None:
        """The user pressed Answer now: the thought ends here, and the header says so at once."""
        self.cut_short = True
        self.end_thinking()
        self._refresh_header()

    def finish(self, tokens: int, seconds: float, budget_reached: bool) -> None:
        """The reply ended; the engine's figures replace the estimates (seconds <= 0: keep the clock's)."""
        if self._seconds is None:
            self._seconds = time.monotonic() - self._started
        if seconds > 0:
            self._seconds = seconds
        self._tokens = tokens
        self._budget_reached = budget_reached
        self.state = ThoughtState.FINISHED
        self._refresh_header()

    def _refresh_header(self) -> None:
        if self.thinking:
            clock = l10n.seconds(int(time.monotonic() - self._started), whole=True)
            header = self.tr("Thinking… {seconds} · {tokens}", "a live clock, then an estimated count of tokens")
            self._header.set_full_text(header.format(seconds=clock, tokens=l10n.approx_tokens(self.approx_tokens)))
            if budget_is_capped(self.budget):
                self._meter.setValue(min(self.approx_tokens, self.budget))
            return
        tokens = l10n.tokens(self._tokens) if self._tokens is not None else l10n.approx_tokens(self.approx_tokens)
        seconds = l10n.seconds(self._seconds or 0)
        if self._budget_reached:
            summary = self.tr("Thought for {seconds} · {tokens} · cut short: budget reached")
        elif self.cut_short:
            summary = self.tr("Thought for {seconds} · {tokens} · cut short")
        else:
            summary = self.tr("Thought for {seconds} · {tokens}")
        self._header.set_full_text(summary.format(seconds=seconds, tokens=tokens))
        if budget_is_capped(self.budget):
            self._meter.setValue(min(self._tokens if self._tokens is not None else self.approx_tokens,
                                     self.budget))

    def set_expanded(self, expanded: bool) -> None:
        self._header.blockSignals(True)
        self._header.setChecked(expanded)
        self._header.blockSignals(False)
        self._header.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        if expanded:
            self._ensure_body().setVisible(True)
        elif self.body is not None:
            self.body.setVisible(False)
        self._copy.setVisible(expanded)  # folded, the header has the room
        self.toggled.emit(expanded)

    def copy(self) -> None:
        self._copy.copy()
