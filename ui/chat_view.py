"""The conversation: user messages and replies, updated in place while a reply streams.

Deltas are buffered and drawn at most about 30 times a second; only the last
reply changes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from engine.store import COMPLETE, Message

from .answer_view import AnswerView
from .markdown_render import MarkdownRenderer
from .reasoning_pane import ReasoningPane

FLUSH_MS = 33
_STATE_NOTES = {"interrupted": "Interrupted: the engine stopped before the reply was complete.",
                "cancelled": "Stopped.", "failed": "Failed."}


def _delete_button(signal: Signal, message_id: int) -> QToolButton:  # type: ignore[valid-type]
    button = QToolButton()
    button.setText("Delete")
    button.setAccessibleName("Delete this message")
    button.clicked.connect(lambda: signal.emit(message_id))  # type: ignore[attr-defined]
    return button


class UserMessage(QFrame):
    edit_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, message: Message, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("userMessage")
        self.message = message
        self.label = QLabel(message.content)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAccessibleName("Your message")
        edit = QToolButton()
        edit.setText("Edit")
        edit.setAccessibleName("Edit and resend this message")
        edit.clicked.connect(lambda: self.edit_requested.emit(self.message.id))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.label, 1)
        layout.addWidget(edit, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(_delete_button(self.delete_requested, message.id), 0,
                         Qt.AlignmentFlag.AlignTop)


class AssistantMessage(QFrame):
    link_requested = Signal(QUrl)
    delete_requested = Signal(int)

    def __init__(self, message: Message, renderer: MarkdownRenderer, keep_open: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("assistantMessage")
        self.message = message
        self.keep_open = keep_open
        self.reasoning: ReasoningPane | None = None
        self.answer = AnswerView(renderer)
        self.answer.link_requested.connect(self.link_requested)
        self.footer = QLabel()
        self.footer.setObjectName("replyFooter")
        copy = QToolButton()
        copy.setText("Copy")
        copy.setAccessibleName("Copy this reply")
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.answer.text))
        bottom = QHBoxLayout()
        bottom.addWidget(self.footer, 1)
        bottom.addWidget(copy)
        bottom.addWidget(_delete_button(self.delete_requested, message.id))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(12, 8, 12, 8)
        self._layout.addWidget(self.answer)
        self._layout.addLayout(bottom)
        self._pending_reasoning: list[str] = []
        self._pending_answer = False
        if message.reasoning:
            self._ensure_reasoning().append(message.reasoning)
        if message.content:
            self.answer.set_text(message.content)
        if message.state != "streaming":
            self.show_final(message)

    def _ensure_reasoning(self) -> ReasoningPane:
        if self.reasoning is None:
            self.reasoning = ReasoningPane(self.message.budget if self.message.budget is not None else -1)
            self._layout.insertWidget(0, self.reasoning)
        return self.reasoning

    def add_reasoning(self, text: str) -> None:
        self._pending_reasoning.append(text)

    def add_answer(self, text: str) -> None:
        self.answer.append(text)
        self._pending_answer = True

    def flush(self) -> None:
        if self._pending_reasoning:
            self._ensure_reasoning().append("".join(self._pending_reasoning))
            self._pending_reasoning.clear()
        if self._pending_answer:
            if self.reasoning is not None and self.reasoning.expanded and not self.keep_open \
                    and not self.reasoning.finished:
                self.reasoning.set_expanded(False)  # the answer started: fold the thought away
            self.answer.refresh()
            self._pending_answer = False
        if self.reasoning is not None:
            self.reasoning.tick()

    def show_final(self, message: Message) -> None:
        self.message = message
        self.flush()
        stats: dict[str, Any] = message.stats
        if self.reasoning is not None:
            self.reasoning.finish(int(stats.get("reasoning_tokens", self.reasoning.approx_tokens)),
                                  float(stats.get("thinking_s", 0.0)),
                                  bool(stats.get("budget_exhausted")))
            self.reasoning.set_expanded(self.keep_open)
        parts = []
        if message.state != COMPLETE:
            parts.append(_STATE_NOTES.get(message.state, message.state))
        if stats.get("decode_tokens_per_s"):
            parts.append(f"{stats.get('generated_tokens', 0)} tokens · "
                         f"{stats['decode_tokens_per_s']:.1f} tok/s · "
                         f"first token {stats.get('ttft_s', 0):.2f} s")
        self.footer.setText("  ·  ".join(parts))


class ChatView(QScrollArea):
    edit_requested = Signal(int)
    delete_requested = Signal(int)
    link_requested = Signal(QUrl)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("chatView")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.renderer = MarkdownRenderer()
        self.keep_reasoning_open = False
        self._content = QWidget()
        self._content.setObjectName("chatContent")
        self._column = QVBoxLayout(self._content)
        self._column.setContentsMargins(24, 16, 24, 16)
        self._column.setSpacing(14)
        self._column.addStretch(1)
        self.setWidget(self._content)
        self.placeholder = QLabel("Type a message below to start.")
        self.placeholder.setObjectName("placeholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._column.insertWidget(0, self.placeholder)
        self.current: AssistantMessage | None = None
        self._stick_to_bottom = True
        self.verticalScrollBar().rangeChanged.connect(self._on_range_changed)
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self._timer = QTimer(self)
        self._timer.setInterval(FLUSH_MS)
        self._timer.timeout.connect(self._flush)

    def set_dark(self, dark: bool) -> None:
        self.renderer = MarkdownRenderer(dark=dark)

    def messages(self) -> list[QWidget]:
        return [self._column.itemAt(i).widget() for i in range(self._column.count() - 1)
                if isinstance(self._column.itemAt(i).widget(), (UserMessage, AssistantMessage))]

    def clear(self) -> None:
        self._timer.stop()
        self.current = None
        for widget in self.messages():
            widget.deleteLater()
            self._column.removeWidget(widget)
        self.placeholder.setVisible(True)

    def show_conversation(self, messages: list[Message]) -> None:
        self.clear()
        for message in messages:
            self.add_message(message)
        self._stick_to_bottom = True

    def add_message(self, message: Message) -> QWidget:
        self.placeholder.setVisible(False)
        if message.role == "user":
            widget: QWidget = UserMessage(message)
            widget.edit_requested.connect(self.edit_requested)
        else:
            widget = AssistantMessage(message, self.renderer, self.keep_reasoning_open)
            widget.link_requested.connect(self.link_requested)
            if message.state == "streaming":
                self.current = widget
                self._timer.start()
        widget.delete_requested.connect(self.delete_requested)
        self._column.insertWidget(self._column.count() - 1, widget)
        return widget

    def add_reasoning(self, text: str) -> None:
        if self.current is not None:
            self.current.add_reasoning(text)

    def add_answer(self, text: str) -> None:
        if self.current is not None:
            self.current.add_answer(text)

    def finish_reply(self, message: Message) -> None:
        self._timer.stop()
        if self.current is not None and self.current.message.id == message.id:
            self.current.show_final(message)
        self.current = None

    def _flush(self) -> None:
        if self.current is not None:
            self.current.flush()

    def _on_scrolled(self, value: int) -> None:
        self._stick_to_bottom = value >= self.verticalScrollBar().maximum() - 8

    def _on_range_changed(self, _low: int, high: int) -> None:
        if self._stick_to_bottom:
            self.verticalScrollBar().setValue(high)
